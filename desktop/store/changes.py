"""Whether another program changed the database file since the window last looked.

SQLite's `PRAGMA data_version` changes on a connection when another connection commits to
the file, and stays as it was for the connection's own commits. The window's Store writes
through a pool of connections (the GUI thread, the database thread and the search thread
each take one), and every one of them sees the others' commits as another's; so the
watch reads the version on a read-only connection of its own, and each commit of the
Store's that wrote tells it first (`Committing.commit`, `ChangeWatch.own_commit`), so that
the window's own writes are never taken for the command line's.

Plain sqlite3 (no SQLAlchemy): the window makes its watch before it shows.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.connections import reading_uri

_log = logging.getLogger(__name__)

# How long a look waits for a reader's lock SQLite holds only while it rebuilds its index of
# the write-ahead log (after a crash): the window asks again at its next look.
_LOOK_TIMEOUT_SECONDS = 0.05


def _data_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA data_version").fetchone()[0]
    return version


class ChangeWatch:
    """Tells whether another program committed to the file since it was last asked.

    `changed` is one PRAGMA on the watch's own connection (microseconds), fine on the GUI
    thread. The Store's own commits are noted through `own_commit` by every connection of
    its engine (`Database.tell_commits_to`) and never count as another program's.
    """

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        # Held from just before one of the Store's own commits until the version after it
        # is read, so that no look sees that commit half noted.
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._seen = 0  # the version as last looked at, own commits included
        self._elsewhere = False  # another program's commit, found while noting an own one
        try:
            connection = sqlite3.connect(
                reading_uri(db_file),
                uri=True,
                timeout=_LOOK_TIMEOUT_SECONDS,
                check_same_thread=False,  # looked at on the GUI thread, noted on any
            )
            self._seen = _data_version(connection)
        except sqlite3.Error as exc:
            # Not fatal: the window works as before, only without noticing others' changes.
            _log.warning("cannot watch %s for changes: %s", db_file, exc)
            return
        self._connection = connection

    def changed(self) -> bool | None:
        """Whether another program committed since the last call that said so; None when it
        cannot tell now (one of the Store's own commits is being noted): ask again shortly.
        A look SQLite refuses (busy rebuilding its log's index) says False: the next tells."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if self._connection is None:
                return False
            try:
                version = _data_version(self._connection)
            except sqlite3.Error:
                return False
            changed = self._elsewhere or version != self._seen
            self._seen, self._elsewhere = version, False
            return changed
        finally:
            self._lock.release()

    @contextmanager
    def own_commit(self, connection: sqlite3.Connection) -> Iterator[None]:
        """Around one of the Store's commits on `connection`, in a transaction that wrote.

        Until it commits, the transaction holds the file's write lock, so nobody else
        can commit meanwhile: a version that moved before the commit is another's. After
        the commit, the watch's version moves for it; one that moved on `connection`
        too (which never counts its own) tells of another's commit right after it.
        """
        with self._lock:
            watching = self._connection
            if watching is None:
                yield
                return
            before: int | None
            mine: int | None
            try:
                before = _data_version(watching)
                mine = _data_version(connection)
            except sqlite3.Error:
                before = mine = None
            yield  # the commit; a failed one raises here and writes nothing
            try:
                # The watch's first: a commit landing between the two reads moves both.
                after = _data_version(watching)
                also_mine = _data_version(connection)
            except sqlite3.Error:
                self._elsewhere = True  # cannot tell: a reload too many, not one too few
                return
            if before is None or before != self._seen or also_mine != mine:
                self._elsewhere = True
            self._seen = after

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class Watched:
    """Where a Store's connections find the watch on their file, once one is set."""

    def __init__(self) -> None:
        self.watch: ChangeWatch | None = None


class Committing(sqlite3.Connection):
    """One of the Store's connections: a commit that wrote is noted by the watch on the
    file, if the window set one (`Database.tell_commits_to`)."""

    watched: Watched | None = None

    def commit(self) -> None:
        watch = self.watched.watch if self.watched is not None else None
        if watch is None or not self.in_transaction:
            super().commit()
            return
        with watch.own_commit(self):
            super().commit()
