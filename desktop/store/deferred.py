"""The database as the window opens it: read at once, the Store opened when first needed.

Importing SQLAlchemy and SQLModel takes 0.4 s, longer than the rest of the window's
start. A DeferredStore answers the reads a start makes (the newest rows, the whole
list, kept summaries, the profile and settings) through a Snapshot, which needs only
sqlite3, and opens the Store on the first call that needs it: the window asks for it
on a worker thread once it shows, so no click waits for the import.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.domain.skills.profile import Profile
from desktop.domain.tracking.tracker import PostingRow
from desktop.store.changes import ChangeWatch
from desktop.store.reads import KeptSummary, StandingSummaries
from desktop.store.snapshot import Snapshot

if TYPE_CHECKING:
    from desktop.store.store import Store


class Reads(Protocol):
    """The reads a Snapshot and the Store both answer, written once in reads.py."""

    def list_rows(self) -> list[PostingRow]: ...
    def newest_rows(self, count: int) -> list[PostingRow]: ...
    def search(self, words: Sequence[str]) -> list[frozenset[int]]: ...
    def company_postings(self, words: str) -> list[PostingRow]: ...
    def standing_summaries(
        self, bases: dict[str, str], posting_ids: Collection[int] | None = None
    ) -> StandingSummaries: ...
    def stale_readings(self, version: int) -> list[int]: ...
    def kept_summaries(
        self, posting_ids: Collection[int] | None = None
    ) -> dict[int, KeptSummary]: ...
    def profile(self) -> Profile: ...
    def settings(self) -> dict[str, str]: ...


class DeferredStore:
    """A Store, or the means to open one later with a Snapshot reading meanwhile.

    Any thread may call `store()`; the first call opens it (the others wait for it).
    `watch_changes()` is the window's watch for what other programs commit to the file.
    """

    def __init__(
        self,
        db_file: Path,
        *,
        store: Store | None = None,
        snapshot: Snapshot | None = None,
        opener: Callable[[], Store] | None = None,
    ) -> None:
        assert store is not None or (snapshot is not None and opener is not None)
        self.db_file = db_file
        self._store = store
        self._snapshot = snapshot
        self._opener = opener
        self._opening = threading.Lock()
        self._watch: ChangeWatch | None = None
        # Held to set the watch and to publish the Store (not while it opens: 0.4 s), so that
        # the one made first finds the other.
        self._watching = threading.Lock()

    @classmethod
    def opened(cls, store: Store) -> DeferredStore:
        return cls(store.db_file, store=store)

    @classmethod
    def later(cls, snapshot: Snapshot, opener: Callable[[], Store]) -> DeferredStore:
        return cls(snapshot.db_file, snapshot=snapshot, opener=opener)

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def reads(self) -> Reads:
        """What answers reads now: the Store once open, the Snapshot until then."""
        if self._store is not None:
            return self._store
        assert self._snapshot is not None
        return self._snapshot

    def store(self) -> Store:
        """The Store, opened now if it is not yet (StoreError if it cannot be)."""
        if self._store is None:
            with self._opening:
                if self._store is None:
                    assert self._opener is not None
                    store = self._opener()
                    with self._watching:
                        # Before any thread can write through it: its first commit is noted.
                        if self._watch is not None:
                            store.database.tell_commits_to(self._watch)
                        self._store = store
        return self._store

    def watch_changes(self) -> ChangeWatch:
        """The watch on the file (one for the window), from now on: whether another program
        changed it, the Store's own commits left out, before it opens and after."""
        with self._watching:
            if self._watch is None:
                self._watch = ChangeWatch(self.db_file)
                if self._store is not None:
                    self._store.database.tell_commits_to(self._watch)
            return self._watch

    def close(self) -> None:
        """The Snapshot's read-only connection first: SQLite copies the write-ahead log back
        into the file, and removes it, only when the last connection to close can write."""
        with self._opening:
            with self._watching:
                if self._watch is not None:
                    if self._store is not None:
                        self._store.database.tell_commits_to(None)
                    self._watch.close()
            if self._snapshot is not None:
                self._snapshot.close()
            if self._store is not None:
                self._store.close()
