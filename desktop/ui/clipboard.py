"""Clipboard contents as posting text, keeping the headings and list items of HTML."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from desktop.domain.reading.html_text import html_to_text
from desktop.domain.reading.plain_text import as_plain_text


def text_from_mime(mime: QMimeData | None) -> str:
    """The posting text a paste carries: HTML made into text if present, else plain text;
    plain text that is a page's source (copied from a "view source" or an editor) is read
    as HTML too, as `gigdesk add FILE` reads it."""
    if mime is None:
        return ""
    if mime.hasHtml():
        text = html_to_text(mime.html())
        if text.strip():
            return text
    text = mime.text() if mime.hasText() else ""
    return as_plain_text(text)
