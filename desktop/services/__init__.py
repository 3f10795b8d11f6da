"""The use cases both faces of Gigdesk call: the window (desktop/ui) and the command line.

The window imports storage types only from here, so that `desktop/ui` never reaches
into `desktop/store`.
"""

from desktop.services.tracker import Intake, PostingView, Tracker
from desktop.store import StoredPosting, StoreError, StoreProblem

__all__ = ["Intake", "PostingView", "StoreError", "StoreProblem", "StoredPosting", "Tracker"]
