"""Plain sqlite3 connections to the file: read-only opening, the damage check, and SQLite's
failures in words the user can act on.

No SQLAlchemy here: the commands that only read, and migrations, use these without
paying its import (0.18 s).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.errors import StoreError, StoreProblem, folder_problem

# How long a write waits for another program's before the user is told: long enough for
# a second Gigdesk's save, short enough never to look like a hang.
BUSY_TIMEOUT_SECONDS = 3.0


def reading_uri(db_file: Path) -> str:
    """The URI that opens the file for reading only, even in a folder Gigdesk may not write to.

    SQLite needs to create its `-shm` file beside a WAL database even to read it;
    where it cannot, and no `-wal` file holds changes yet to be copied in, the file
    is opened as immutable.
    """
    uri = db_file.resolve().as_uri()
    probe = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        probe.execute("PRAGMA user_version").fetchone()
        return f"{uri}?mode=ro"
    except sqlite3.OperationalError:
        if _has_pending_changes(db_file):
            raise
        return f"{uri}?immutable=1"
    finally:
        probe.close()


def _has_pending_changes(db_file: Path) -> bool:
    wal = db_file.with_name(db_file.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


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


def damaged(db_file: Path, damage: str) -> StoreError:
    """The error for a file quick_check found damaged."""
    return StoreError(
        StoreProblem.CORRUPT, db_file, f"The database {db_file} is damaged ({damage})."
    )


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
    original = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
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
    except Exception as exc:
        known = store_error(exc, db_file)
        if known is None:
            raise
        raise known from exc
