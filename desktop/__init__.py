"""Gigdesk: an offline tracker for the job and contract postings you apply to."""

APP_ID = "io.github.gigdesk.Gigdesk"
APP_NAME = "Gigdesk"
__version__ = "0.2.0"
