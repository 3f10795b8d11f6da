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

from desktop.domain.files import written_atomically
from desktop.store.connections import BUSY_TIMEOUT_SECONDS, find_damage
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
    # 6: each posting's fit, risk and hours kept with what they were worked out from (basis),
    # so a start or an export reads them instead of working them out again; and a full-text
    # index of what the filter searches, kept in step with the posting table by triggers.
    """
    CREATE TABLE summary (
        posting_id INTEGER NOT NULL PRIMARY KEY REFERENCES posting (id) ON DELETE CASCADE,
        fit_basis VARCHAR,
        fit_met INTEGER,
        fit_total INTEGER,
        fit_missing VARCHAR,
        risk_basis VARCHAR,
        risk_level INTEGER,
        risk_flags VARCHAR,
        hours_basis VARCHAR,
        hours_text VARCHAR,
        hours_zone VARCHAR,
        hours_local VARCHAR,
        hours_overlap FLOAT,
        hours_cell VARCHAR
    );
    CREATE VIRTUAL TABLE posting_text USING fts5(
        title, company, source, notes, raw_text,
        content = 'posting', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );
    CREATE TRIGGER posting_text_added AFTER INSERT ON posting BEGIN
        INSERT INTO posting_text (rowid, title, company, source, notes, raw_text)
        VALUES (new.id, new.title, new.company, new.source, new.notes, new.raw_text);
    END;
    CREATE TRIGGER posting_text_deleted AFTER DELETE ON posting BEGIN
        INSERT INTO posting_text (posting_text, rowid, title, company, source, notes, raw_text)
        VALUES ('delete', old.id, old.title, old.company, old.source, old.notes, old.raw_text);
    END;
    CREATE TRIGGER posting_text_changed
    AFTER UPDATE OF title, company, source, notes, raw_text ON posting BEGIN
        INSERT INTO posting_text (posting_text, rowid, title, company, source, notes, raw_text)
        VALUES ('delete', old.id, old.title, old.company, old.source, old.notes, old.raw_text);
        INSERT INTO posting_text (rowid, title, company, source, notes, raw_text)
        VALUES (new.id, new.title, new.company, new.source, new.notes, new.raw_text);
    END;
    INSERT INTO posting_text (posting_text) VALUES ('rebuild');
    """,
    # 7: the tracker table's columns, and whether a posting was read, in one index: listing
    # every posting reads them there, not from rows whose long text comes first (3x faster).
    """
    CREATE INDEX posting_row ON posting (
        id, title, company, source, url, follow_up, notes, added_at, updated_at, stage, outcome,
        analysis_version
    );
    """,
    # 8: each posting's pay and engagement as the table's columns show them, kept beside its
    # fit, risk and hours, with their own basis (the parser's version).
    """
    ALTER TABLE summary ADD COLUMN terms_basis VARCHAR;
    ALTER TABLE summary ADD COLUMN pay_min FLOAT;
    ALTER TABLE summary ADD COLUMN pay_max FLOAT;
    ALTER TABLE summary ADD COLUMN pay_currency VARCHAR;
    ALTER TABLE summary ADD COLUMN pay_period VARCHAR;
    ALTER TABLE summary ADD COLUMN engagement VARCHAR;
    """,
    # 9: a posting's events (interviews, calls, test tasks, deadlines), each kept as the
    # wall-clock start it was given (ISO text, no offset) and the IANA zone it was given in.
    """
    CREATE TABLE event (
        id INTEGER NOT NULL PRIMARY KEY,
        posting_id INTEGER NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
        kind VARCHAR NOT NULL,
        start VARCHAR NOT NULL,
        zone VARCHAR NOT NULL,
        minutes INTEGER NOT NULL,
        note VARCHAR NOT NULL
    );
    CREATE INDEX ix_event_posting_id ON event (posting_id);
    """,
    # 10: the freelancer's proposals, one per posting, and their own proposal templates.
    """
    CREATE TABLE proposal (
        posting_id INTEGER NOT NULL PRIMARY KEY REFERENCES posting (id) ON DELETE CASCADE,
        sent_on DATE NOT NULL,
        bid_amount FLOAT,
        bid_period VARCHAR NOT NULL,
        bid_currency VARCHAR NOT NULL,
        connects_spent INTEGER NOT NULL,
        boost_connects INTEGER NOT NULL,
        viewed BOOLEAN NOT NULL,
        closed VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        template VARCHAR NOT NULL
    );
    CREATE TABLE proposal_template (
        name VARCHAR NOT NULL PRIMARY KEY,
        body VARCHAR NOT NULL
    );
    """,
    # 11: the quality of the client a posting's page describes, kept beside pay and engagement.
    """
    ALTER TABLE summary ADD COLUMN client_quality VARCHAR;
    """,
    # 12: work-search activities that are not applications (workshops, job fairs, …).
    """
    CREATE TABLE activity (
        id INTEGER NOT NULL PRIMARY KEY,
        day DATE NOT NULL,
        kind VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        minutes INTEGER NOT NULL,
        place VARCHAR NOT NULL,
        notes VARCHAR NOT NULL
    );
    CREATE INDEX ix_activity_day ON activity (day);
    """,
    # 13: whom an application went to, for the work-search report.
    """
    CREATE TABLE contact (
        posting_id INTEGER NOT NULL PRIMARY KEY REFERENCES posting (id) ON DELETE CASCADE,
        person VARCHAR NOT NULL,
        method VARCHAR NOT NULL,
        address VARCHAR NOT NULL,
        phone VARCHAR NOT NULL,
        email VARCHAR NOT NULL,
        website VARCHAR NOT NULL
    );
    """,
    # 14: when each application last moved, from which its silence counts (the follow-up
    # nudges): its last stage or outcome change, or the last word from the other side (a
    # message logged, an event agreed: `heard_at`), never an edit of its details; listed from
    # the posting_row index. A posting kept before has it from its history and its messages'
    # days (noon, UTC: the time a message was logged was not kept).
    """
    ALTER TABLE posting ADD COLUMN heard_at DATETIME;
    ALTER TABLE posting ADD COLUMN moved_at DATETIME;
    UPDATE posting SET heard_at = (
        SELECT max(received) || ' 12:00:00.000000' FROM message WHERE posting_id = posting.id
    )
    WHERE id IN (SELECT posting_id FROM message);
    UPDATE posting SET moved_at = max(
        added_at,
        coalesce(heard_at, added_at),
        coalesce((SELECT max(at) FROM stage_event WHERE posting_id = posting.id), added_at)
    );
    DROP INDEX posting_row;
    CREATE INDEX posting_row ON posting (
        id, title, company, source, url, follow_up, notes, added_at, updated_at, moved_at, stage,
        outcome, analysis_version
    );
    """,
)


@dataclass(frozen=True)
class MigrationReport:
    from_version: int
    to_version: int
    backup: Path | None


def migrate(
    db_file: Path,
    now: datetime,
    steps: Sequence[str] = SCHEMA_STEPS,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
) -> MigrationReport:
    """Bring `db_file` to the newest schema, copying it aside first if it holds data.

    The version is read and every step applied in one `BEGIN IMMEDIATE` transaction,
    so when several processes open a new or old file at once, one upgrades it and the
    others wait, then find it done. A damaged file is refused before anything is
    written. Raises sqlite3 errors for unreadable files (the caller translates them)
    and StoreError for a damaged file or one made by a newer Gigdesk or another program.
    """
    target = len(steps)
    connection = sqlite3.connect(db_file, timeout=busy_timeout, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = _checked_version(connection, db_file, target)
            if version == target:
                connection.execute("COMMIT")
                return MigrationReport(version, version, None)
            backup = None
            if version > 0:
                _refuse_damage(connection, db_file)
                backup = _copy_aside(db_file, version, now, busy_timeout)
            for step in steps[version:]:
                for statement in _statements(step):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {target}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return MigrationReport(version, target, backup)
    finally:
        connection.close()


def _checked_version(connection: sqlite3.Connection, db_file: Path, target: int) -> int:
    """The file's schema version, if this Gigdesk can open it."""
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
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
    return version


def current_version(connection: sqlite3.Connection, db_file: Path, target: int) -> int:
    """The schema version of a file that is only read: it must be the newest already."""
    version = _checked_version(connection, db_file, target)
    if version != target:
        raise StoreError(
            StoreProblem.READ_ONLY,
            db_file,
            f"The database {db_file} needs an upgrade to schema {target}, and Gigdesk "
            "cannot write there. Open it once where it can be written.",
        )
    return version


def _has_tables(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _refuse_damage(connection: sqlite3.Connection, db_file: Path) -> None:
    damage = find_damage(connection)
    if damage is not None:
        raise StoreError(
            StoreProblem.CORRUPT, db_file, f"The database {db_file} is damaged ({damage})."
        )


def _copy_aside(db_file: Path, version: int, now: datetime, busy_timeout: float) -> Path:
    """A consistent copy (WAL included) next to the database, named for its version.

    It is read through a second connection: SQLite will not back up from the
    connection holding the upgrade's write lock. Written under a temporary name,
    an interrupted copy never poses as a backup; one left by a killed upgrade is
    removed here, where the write lock says no other upgrade is copying.
    """
    backup = db_file.with_name(
        f"{db_file.stem}.v{version}-backup-{now:%Y%m%dT%H%M%S}{db_file.suffix}"
    )
    for interrupted in db_file.parent.glob(f".{db_file.stem}.v*-backup-*.partial"):
        interrupted.unlink(missing_ok=True)
    source = sqlite3.connect(db_file, timeout=busy_timeout)
    try:
        with written_atomically(backup) as temporary:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)
            finally:
                target.close()
    finally:
        source.close()
    return backup


def _statements(script: str) -> list[str]:
    """A step's statements one by one: executescript would commit the open transaction."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements
