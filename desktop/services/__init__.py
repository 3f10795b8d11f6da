"""The use cases both faces of Gigdesk call: the window (desktop/ui) and the command line.

The window imports storage types only from here, so that `desktop/ui` never reaches
into `desktop/store`. The Tracker is imported on first use, as the Store is.
"""

from typing import TYPE_CHECKING, Any

from desktop.store import StoreError, StoreProblem
from desktop.store.backups import Backup
from desktop.store.changes import ChangeWatch

if TYPE_CHECKING:
    from desktop.services.tracker import Intake, PostingView, Tracker
    from desktop.store import StoredPosting

__all__ = [
    "Backup",
    "ChangeWatch",
    "Intake",
    "PostingView",
    "StoreError",
    "StoreProblem",
    "StoredPosting",
    "Tracker",
]


def __getattr__(name: str) -> Any:
    if name in ("Intake", "PostingView", "Tracker"):
        from desktop.services import tracker

        return getattr(tracker, name)
    if name == "StoredPosting":
        from desktop import store

        return store.StoredPosting
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
