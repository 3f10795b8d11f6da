"""Storage on SQLite through SQLModel. No Qt here; nothing ORM-shaped leaves it."""

from desktop.store.errors import StoreError, StoreProblem
from desktop.store.store import Store, StoredPosting, utc_now

__all__ = ["Store", "StoreError", "StoreProblem", "StoredPosting", "utc_now"]
