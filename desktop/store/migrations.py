"""Schema versions kept in `PRAGMA user_version`, applied in order, file copied aside first.

A plain list of SQL steps is used rather than Alembic: the app is a single
SQLite file with one writer, the steps run at start-up with no command-line
tool, and SQLite's transactional DDL makes each step all-or-nothing. Alembic's
autogeneration and branching would add a dependency and a config tree without
serving a case we have. Tests migrate real files and check the backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.store.engine import BUSY_TIMEOUT_SECONDS
from desktop.store.errors import StoreError, StoreProblem

# Step N (1-based) takes a database from version N-1 to N. Never edit a released step:
# add a new one.
SCHEMA_STEPS: tuple[str, ...] = (
    # 1: postings, verbatim text first, and their dated stage history.
    """
    CREATE TABLE posting (
        id INTEGER NOT NULL PRIMARY KEY,
        raw_text VARCHAR NOT NULL,
        fingerprint VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR NOT NULL,
        company VARCHAR NOT NULL,
        added_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        stage VARCHAR NOT NULL,
        outcome VARCHAR,
        follow_up DATE,
        notes VARCHAR NOT NULL
    );
    CREATE INDEX ix_posting_fingerprint ON posting (fingerprint);
    CREATE INDEX ix_posting_url ON posting (url);
    CREATE TABLE stage_event (
        id INTEGER NOT NULL PRIMARY KEY,
        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
        at DATETIME NOT NULL,
        name VARCHAR NOT NULL
    );
    CREATE INDEX ix_stage_event_posting_id ON stage_event (posting_id);
    """,
    # 2: the parser's reading of each posting, kept with its version, and the user's
    # corrections to it, so that a better parser can read postings again.
    """
    ALTER TABLE posting ADD COLUMN analysis VARCHAR;
    ALTER TABLE posting ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE posting ADD COLUMN overrides VARCHAR NOT NULL DEFAULT '{}';
    """,
    # 3: the user's skills profile, and their own verdicts on checklist items.
    """
    CREATE TABLE profile_skill (
        name VARCHAR NOT NULL PRIMARY KEY,
        years FLOAT,
        level VARCHAR NOT NULL
    );
    CREATE TABLE check_override (
        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
        item VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        PRIMARY KEY (posting_id, item)
    );
    """,
    # 4: messages about a posting (recruiter emails, chats), and red flags the user dismissed.
    """
    CREATE TABLE message (
        id INTEGER NOT NULL PRIMARY KEY,
        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
        received DATE NOT NULL,
        text VARCHAR NOT NULL
    );
    CREATE INDEX ix_message_posting_id ON message (posting_id);
    CREATE TABLE dismissed_flag (
        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
        flag VARCHAR NOT NULL,
        PRIMARY KEY (posting_id, flag)
    );
    """,
    # 5: the user's own settings that the command line shares (time zone, working hours).
    """
    CREATE TABLE setting (
        key VARCHAR NOT NULL PRIMARY KEY,
        value VARCHAR NOT NULL
    );
    """,
)


@dataclass(frozen=True)
class MigrationReport:
    from_version: int
    to_version: int
    backup: Path | None


def migrate(db_file: Path, now: datetime, steps: Sequence[str] = SCHEMA_STEPS) -> MigrationReport:
    """Bring `db_file` to the newest schema, copying it aside first if it holds data.

    Raises sqlite3 errors for unreadable files (the caller translates them) and
    StoreError for a database made by a newer Gigdesk or by another program.
    """
    target = len(steps)
    connection = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > target:
            raise StoreError(
                StoreProblem.TOO_NEW,
                db_file,
                f"The database {db_file} was written by a newer Gigdesk (schema {version}; "
                f"this version knows {target}). Update Gigdesk to open it.",
            )
        if version == 0 and _has_tables(connection):
            raise StoreError(
                StoreProblem.CORRUPT,
                db_file,
                f"{db_file} is an SQLite file but not a Gigdesk database.",
            )
        if version == target:
            return MigrationReport(version, version, None)
        backup = _copy_aside(connection, db_file, version, now) if version > 0 else None
        for number in range(version + 1, target + 1):
            _apply(connection, steps[number - 1], number)
        return MigrationReport(version, target, backup)
    finally:
        connection.close()


def _has_tables(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _copy_aside(connection: sqlite3.Connection, db_file: Path, version: int, now: datetime) -> Path:
    """A consistent copy (WAL included) next to the database, named for its version."""
    backup = db_file.with_name(
        f"{db_file.stem}.v{version}-backup-{now:%Y%m%dT%H%M%S}{db_file.suffix}"
    )
    target = sqlite3.connect(backup)
    try:
        connection.backup(target)
    finally:
        target.close()
    return backup


def _apply(connection: sqlite3.Connection, sql: str, number: int) -> None:
    try:
        connection.executescript(
            f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
