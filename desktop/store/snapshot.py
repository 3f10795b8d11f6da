"""The database read through plain sqlite3, for the commands that only read and for the
window's start.

`gigdesk list` and `export` read a few tables and write nothing: opening the Store
for that would import SQLAlchemy and SQLModel (0.18 s of a 0.25 s command), and the
window would show 0.4 s later. A Snapshot runs the Store's own reads (reads.py) on a
read-only connection instead; any thread may use it, each on a connection of its own, so
that no read waits for another's (the window reads its kept summaries beside its list).
It opens only a file at this version's schema: a missing, older or newer one is
the Store's to create, upgrade or refuse.

It does not run quick_check first (0.3–0.9 s at 100,000 postings, as long as the
export itself takes in plain SQL): the commands read every row they show, and a
damaged page met on the way fails the read with the same StoreError.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.skills.profile import Profile
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.proposals import LedgerEntry, Proposal
from desktop.domain.tracking.tracker import PostingRow
from desktop.domain.tracking.worksearch import Activity
from desktop.store import reads
from desktop.store.connections import BUSY_TIMEOUT_SECONDS, reading_uri, translated_errors
from desktop.store.migrations import SCHEMA_STEPS
from desktop.store.reads import KeptSummary, StandingSummaries


class Snapshot:
    """Read-only access to a database at the current schema; see the module."""

    def __init__(self, db_file: Path, connection: sqlite3.Connection) -> None:
        self.db_file = db_file
        self._own = threading.local()  # each thread's connection, opened on its first read
        self._own.connection = connection
        self._opened = [connection]  # every thread's, closed together
        self._opening = threading.Lock()

    @classmethod
    def open(cls, db_file: Path) -> Snapshot | None:
        """The file, opened for reading (StoreError if it is not a database); None when only
        the Store may open it."""
        if not db_file.is_file():
            return None
        with translated_errors(db_file):
            connection = _connected(db_file)
            try:
                (version,) = connection.execute("PRAGMA user_version").fetchone()
            except BaseException:
                connection.close()
                raise
        if version != len(SCHEMA_STEPS):
            connection.close()
            return None
        return cls(db_file, connection)

    def close(self) -> None:
        with self._opening:
            for connection in self._opened:
                connection.close()
            self._opened.clear()

    def list_rows(self) -> list[PostingRow]:
        with self._reading() as connection:
            return reads.posting_rows(connection)

    def newest_rows(self, count: int) -> list[PostingRow]:
        with self._reading() as connection:
            return reads.newest_posting_rows(connection, count)

    def rows_with_history(self, span: range | None = None) -> Iterator[PostingRow]:
        with self._reading() as connection:
            yield from reads.posting_rows_with_history(connection, span)

    def company_postings(self, words: str) -> list[PostingRow]:
        with self._reading() as connection:
            return reads.company_postings(connection, words)

    def search(self, words: Sequence[str]) -> list[frozenset[int]]:
        with self._reading() as connection:
            return reads.search(connection, words)

    def standing_summaries(
        self, bases: dict[str, str], posting_ids: Collection[int] | None = None
    ) -> StandingSummaries:
        with self._reading() as connection:
            return reads.standing_summaries(connection, bases, posting_ids)

    def id_spans(self, parts: int, least: int = 1) -> list[range]:
        with self._reading() as connection:
            return reads.id_spans(connection, parts, least)

    def stale_readings(self, version: int) -> list[int]:
        with self._reading() as connection:
            return reads.stale_readings(connection, version)

    def kept_summaries(self, posting_ids: Collection[int] | None = None) -> dict[int, KeptSummary]:
        with self._reading() as connection:
            return reads.kept_summaries(connection, posting_ids)

    def readings(
        self, posting_ids: Collection[int] | None = None
    ) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
        with self._reading() as connection:
            return reads.readings(connection, posting_ids)

    def events_from(self, day: date) -> list[Event]:
        with self._reading() as connection:
            return reads.events_from(connection, day)

    def activities(self, start: date, end: date) -> list[Activity]:
        with self._reading() as connection:
            return reads.activities(connection, start, end)

    def first_message_days(self) -> dict[int, date]:
        with self._reading() as connection:
            return reads.first_message_days(connection)

    def ledger_entries(self) -> list[LedgerEntry]:
        with self._reading() as connection:
            return reads.ledger_entries(connection)

    def proposals(self) -> dict[int, Proposal]:
        with self._reading() as connection:
            return reads.proposals(connection)

    def profile(self) -> Profile:
        with self._reading() as connection:
            return reads.profile(connection)

    def settings(self) -> dict[str, str]:
        with self._reading() as connection:
            return reads.settings(connection)

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection: a long read on one thread holds up no other's."""
        connection: sqlite3.Connection | None = getattr(self._own, "connection", None)
        with translated_errors(self.db_file):
            if connection is None:
                connection = self._own.connection = _connected(self.db_file)
                with self._opening:
                    self._opened.append(connection)
            yield connection


def _connected(db_file: Path) -> sqlite3.Connection:
    return sqlite3.connect(
        reading_uri(db_file),
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,  # closed by whichever thread closes the Snapshot
    )
