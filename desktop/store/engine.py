"""The SQLite engine: pragmas on every connection, and SQLite errors made readable."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import create_engine

from desktop.store.errors import StoreError, StoreProblem, folder_problem

# How long a write waits for another program's before the user is told: long enough for
# a second Gigdesk's save, short enough never to look like a hang.
BUSY_TIMEOUT_SECONDS = 3.0


def make_engine(db_file: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    """sqlite3's `timeout` is SQLite's busy timeout, on every connection the engine makes."""
    engine = create_engine(f"sqlite:///{db_file}", connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_reading_engine(db_file: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    """An engine that cannot write, for a database in a folder Gigdesk may not write to.

    SQLite needs to create its `-shm` file beside a WAL database even to read it;
    where it cannot, and no `-wal` file holds changes yet to be copied in, the file
    is opened as immutable.
    """
    uri = db_file.resolve().as_uri()
    probe = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        probe.execute("PRAGMA user_version").fetchone()
        mode = "mode=ro"
    except sqlite3.OperationalError:
        if _has_pending_changes(db_file):
            raise
        mode = "immutable=1"
    finally:
        probe.close()
    return create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            f"{uri}?{mode}", uri=True, timeout=busy_timeout, check_same_thread=False
        ),
    )


@contextmanager
def sqlite_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """One of the engine's own sqlite3 connections, for PRAGMAs SQLAlchemy has no words for."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        yield raw


def _has_pending_changes(db_file: Path) -> bool:
    wal = db_file.with_name(db_file.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def find_damage(connection: sqlite3.Connection) -> str | None:
    """The first problem SQLite's quick_check finds in the file's structure, or None.

    quick_check reads every page (about 25 ms per 10,000 postings with the file in
    the page cache, 0.6 s from a cold disk; see benchmarks/bench_integrity.py) but
    skips the slower index cross-checks of integrity_check. The file is not read
    ahead by other means: closing any other handle on it would drop the process's
    SQLite locks (POSIX fcntl semantics) under connections still open.
    """
    try:
        problem = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not _says_damaged(str(exc)):
            raise
        return str(exc)
    return None if problem == "ok" else str(problem).replace("*** in database main ***\n", "")


def _says_damaged(text: str) -> bool:
    return any(fragment in text.lower() for fragment in _DAMAGE_FRAGMENTS)


_DAMAGE_FRAGMENTS = ("not a database", "malformed", "corrupt", "could not decode")


# SQLite message fragments, the problem they mean, and what the user is told.
_KNOWN_FAILURES: tuple[tuple[tuple[str, ...], StoreProblem, str], ...] = (
    (
        ("locked", "busy"),
        StoreProblem.LOCKED,
        "The database {path} is in use by another program (another Gigdesk?). "
        "Close it and try again.",
    ),
    (
        _DAMAGE_FRAGMENTS,
        StoreProblem.CORRUPT,
        "The database {path} is damaged or is not a Gigdesk database ({error}).",
    ),
    (
        ("readonly", "read-only"),
        StoreProblem.READ_ONLY,
        "The database {path} is read-only; Gigdesk cannot save changes to it.",
    ),
    (
        ("full",),
        StoreProblem.DISK_FULL,
        "The disk holding {path} is full; free some space and try again.",
    ),
    (
        ("unable to open", "disk i/o"),
        StoreProblem.UNREADABLE,
        "The database {path} cannot be opened ({error}).",
    ),
)


# SQLite's words for these do not say which it is; the data folder is asked.
_FOLDER_PROBLEMS = (StoreProblem.READ_ONLY, StoreProblem.DISK_FULL, StoreProblem.UNREADABLE)


def store_error(exc: BaseException, db_file: Path) -> StoreError | None:
    """The user-facing error for a SQLite failure, or None if it is a bug."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    # A value SQLite cannot decode is quoted whole in the error: keep the words before it.
    said = str(original).split(" with text ", 1)[0]
    text = said.lower()
    for fragments, problem, message in _KNOWN_FAILURES:
        if any(fragment in text for fragment in fragments):
            if problem in _FOLDER_PROBLEMS and (found := folder_problem(db_file.parent)):
                return StoreError(
                    found.problem, db_file, f"Gigdesk cannot write {db_file}: {found}"
                )
            return StoreError(problem, db_file, message.format(path=db_file, error=said))
    return None


@contextmanager
def translated_errors(db_file: Path) -> Iterator[None]:
    """Re-raise known SQLite failures as StoreError; let bugs through untouched."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        known = store_error(exc, db_file)
        if known is None:
            raise
        raise known from exc
