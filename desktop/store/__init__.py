"""Storage on SQLite through SQLModel. No Qt here; nothing ORM-shaped leaves it."""

from desktop.store.database import utc_now
from desktop.store.errors import StoreError, StoreProblem
from desktop.store.store import Store, StoredPosting
from desktop.store.summaries import KeptSummary

__all__ = ["KeptSummary", "Store", "StoreError", "StoreProblem", "StoredPosting", "utc_now"]
