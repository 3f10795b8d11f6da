"""Storage on SQLite through SQLModel. No Qt here; nothing ORM-shaped leaves it.

The Store and what it returns are imported on first use: the commands that only
read go through snapshot.py and never pay for SQLAlchemy's import.
"""

from typing import TYPE_CHECKING, Any

from desktop.store.errors import StoreError, StoreProblem
from desktop.store.reads import KeptSummary

if TYPE_CHECKING:
    from desktop.store.store import Store, StoredPosting

__all__ = ["KeptSummary", "Store", "StoreError", "StoreProblem", "StoredPosting"]


def __getattr__(name: str) -> Any:
    if name in ("Store", "StoredPosting"):
        from desktop.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
