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

from desktop.store.errors import StoreError, StoreProblem

BUSY_TIMEOUT_SECONDS = 3.0


def make_engine(db_file: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_file}", connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


# SQLite message fragments, the problem they mean, and what the user is told.
_KNOWN_FAILURES: tuple[tuple[tuple[str, ...], StoreProblem, str], ...] = (
    (
        ("locked", "busy"),
        StoreProblem.LOCKED,
        "The database {path} is in use by another program (another Gigdesk?). "
        "Close it and try again.",
    ),
    (
        ("not a database", "malformed", "corrupt"),
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


def store_error(exc: BaseException, db_file: Path) -> StoreError | None:
    """The user-facing error for a SQLite failure, or None if it is a bug."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    for fragments, problem, message in _KNOWN_FAILURES:
        if any(fragment in text for fragment in fragments):
            return StoreError(problem, db_file, message.format(path=db_file, error=original))
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
