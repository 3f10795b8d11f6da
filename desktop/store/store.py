"""Store: the tracker's only door to the database. Takes and returns plain objects.

It keeps what it is given and reads nothing itself: the parser's reading of a
posting arrives and leaves as JSON-ready data (desktop/domain/serialize.py's
form), next to the user's corrections to it; desktop/services turns them into
a reading.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypedDict

import sqlalchemy
from sqlalchemy import Engine, Row, Table, or_
from sqlmodel import Session, col, select

from desktop.domain.intake import fingerprint
from desktop.domain.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.tracker import (
    REOPENED,
    Message,
    Outcome,
    Posting,
    PostingDetails,
    Stage,
    StageEvent,
)
from desktop.store.engine import (
    BUSY_TIMEOUT_SECONDS,
    find_damage,
    make_engine,
    make_reading_engine,
    sqlite_connection,
    translated_errors,
)
from desktop.store.errors import StoreError, StoreProblem
from desktop.store.migrations import SCHEMA_STEPS, MigrationReport, current_version, migrate
from desktop.store.tables import (
    CheckOverrideTable,
    DismissedFlagTable,
    MessageTable,
    PostingTable,
    ProfileSkillTable,
    SettingTable,
    StageEventTable,
)

Clock = Callable[[], datetime]
_TABLES: tuple[Table, Table] = (PostingTable.__table__, StageEventTable.__table__)  # type: ignore[attr-defined]


# Problems that leave a database readable: a reader may still open it read-only.
_CANNOT_WRITE = (StoreProblem.READ_ONLY, StoreProblem.DISK_FULL)


def utc_now() -> datetime:
    return datetime.now(UTC)


# Columns of the posting table that the user's corrections to the reading also set.
_NAMED_COLUMNS = ("title", "company")


@dataclass(frozen=True)
class StoredPosting:
    """A posting as kept: its reading (None until read) and the user's corrections apart."""

    posting: Posting
    reading: dict[str, Any] | None
    corrections: dict[str, Any]


class Store:
    """Postings and their history in one SQLite file.

    Each method opens its own session, so the store may be used from the GUI
    thread for single-row work and from a worker thread for whole-table reads.
    Nothing is written before the file's structure has been checked, and nothing
    after a check or a query found it damaged.
    """

    def __init__(
        self,
        db_file: Path,
        engine: Engine,
        clock: Clock,
        migration: MigrationReport,
        *,
        read_only: bool = False,
    ):
        self.db_file = db_file
        self.migration = migration
        self.read_only = read_only
        self._engine = engine
        self._clock = clock
        self._check_lock = threading.Lock()
        self._checked = False
        self._damage: StoreError | None = None

    @classmethod
    def open(
        cls,
        db_file: Path,
        clock: Clock = utc_now,
        *,
        check: bool = True,
        only_reading: bool = False,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> Store:
        """Open (creating or migrating) the database; StoreError names the file on failure.

        `check` runs SQLite's quick_check now; without it, the check runs before the
        first write, or earlier through `check_integrity` (the window runs it in the
        background). `only_reading`: the caller will not write, so a database in a
        folder Gigdesk may not write to, or on a full disk, is opened read-only
        instead of refused. `busy_timeout`: seconds a write waits for another program's.
        """
        db_file = Path(db_file)
        if db_file.is_dir():
            raise StoreError(
                StoreProblem.UNREADABLE,
                db_file,
                f"{db_file} is a folder, not a Gigdesk database. Rename or move that folder "
                "and Gigdesk will start a new database there.",
            )
        try:
            store = cls._open_writable(db_file, clock, busy_timeout)
        except StoreError as exc:
            if not (only_reading and db_file.is_file() and exc.problem in _CANNOT_WRITE):
                raise
            store = cls._open_read_only(db_file, clock, busy_timeout)
        if check:
            try:
                store.check_integrity()
            except StoreError:
                store.close()
                raise
        return store

    @classmethod
    def _open_writable(cls, db_file: Path, clock: Clock, busy_timeout: float) -> Store:
        try:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                StoreProblem.UNREADABLE,
                db_file,
                f"Gigdesk cannot create the folder {db_file.parent}: {exc.strerror}.",
            ) from exc
        with translated_errors(db_file):
            report = migrate(db_file, now=clock(), busy_timeout=busy_timeout)
            return cls(db_file, make_engine(db_file, busy_timeout), clock, report)

    @classmethod
    def _open_read_only(cls, db_file: Path, clock: Clock, busy_timeout: float) -> Store:
        with translated_errors(db_file):
            engine = make_reading_engine(db_file, busy_timeout)
            try:
                with sqlite_connection(engine) as raw:
                    version = current_version(raw, db_file, len(SCHEMA_STEPS))
            except BaseException:
                engine.dispose()
                raise
        return cls(db_file, engine, clock, MigrationReport(version, version, None), read_only=True)

    def close(self) -> None:
        self._engine.dispose()

    def check_integrity(self) -> None:
        """Run SQLite's quick_check once; StoreError (damaged) if the file is not sound.

        A write waits for a check in progress on another thread, then is refused if
        the file is damaged.
        """
        with self._check_lock:
            if not self._checked:
                with translated_errors(self.db_file), sqlite_connection(self._engine) as raw:
                    damage = find_damage(raw)
                if damage is not None:
                    self._damage = StoreError(
                        StoreProblem.CORRUPT,
                        self.db_file,
                        f"The database {self.db_file} is damaged ({damage}).",
                    )
                self._checked = True
        if self._damage is not None:
            raise self._damage

    @contextmanager
    def _session(self, *, writes: bool = False) -> Iterator[Session]:
        if writes:
            if self.read_only:
                raise StoreError(
                    StoreProblem.READ_ONLY,
                    self.db_file,
                    f"Gigdesk may only read {self.db_file} here; nothing was changed.",
                )
            self.check_integrity()
        try:
            with (
                translated_errors(self.db_file),
                Session(self._engine, expire_on_commit=False) as session,
            ):
                yield session
        except StoreError as exc:
            if exc.problem is StoreProblem.CORRUPT:
                self._damage = exc
            raise

    # Postings

    def list_postings(self) -> list[Posting]:
        """Every posting with its history, oldest first. Unbounded: not for the GUI thread.

        Reads plain rows rather than ORM objects: building thousands of SQLModel
        instances costs several times the query itself.
        """
        postings, events = _TABLES
        with self._session() as session:
            connection = session.connection()
            rows = connection.execute(sqlalchemy.select(postings).order_by(postings.c.id)).all()
            history = connection.execute(
                sqlalchemy.select(events.c.posting_id, events.c.at, events.c.name).order_by(
                    events.c.at, events.c.id
                )
            ).all()
        by_posting: dict[int, list[StageEvent]] = defaultdict(list)
        for posting_id, at, name in history:
            by_posting[posting_id].append(StageEvent(at, name))
        return [_posting(row, by_posting[row.id]) for row in rows]

    def get(self, posting_id: int) -> StoredPosting:
        with self._session() as session:
            return self._load(session, posting_id)

    def find_duplicates(self, text: str, url: str | None) -> list[StoredPosting]:
        """Stored postings with the same URL, or the same text once whitespace is normalised."""
        condition = col(PostingTable.fingerprint) == fingerprint(text)
        if url:
            condition = or_(condition, col(PostingTable.url) == url)
        with self._session() as session:
            ids = session.exec(select(PostingTable.id).where(condition).limit(20)).all()
            return [self._load(session, posting_id) for posting_id in ids if posting_id]

    def add(
        self,
        text: str,
        details: PostingDetails,
        *,
        reading: dict[str, Any],
        version: int,
        corrections: dict[str, Any],
        stage: Stage = Stage.SAVED,
    ) -> StoredPosting:
        """Keep a new posting verbatim with its reading; its history starts at `stage`, now."""
        now = self._clock()
        row = PostingTable(
            raw_text=text,
            fingerprint=fingerprint(text),
            added_at=now,
            updated_at=now,
            stage=stage.value,
            analysis=json.dumps(reading),
            analysis_version=version,
            overrides=json.dumps(corrections),
            **_detail_columns(details),
        )
        for name in _NAMED_COLUMNS:
            setattr(row, name, corrections.get(name, reading.get(name)) or "")
        with self._session(writes=True) as session:
            session.add(row)
            session.flush()
            session.add(StageEventTable(posting_id=_id(row), at=now, name=stage.value))
            session.commit()
            return self._load(session, _id(row))

    def save_details(self, posting_id: int, details: PostingDetails) -> StoredPosting:
        """Replace the editable fields; the last-change time moves only if something differs.

        A title or company typed here is also the user's correction to the reading.
        """
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            changes = {
                name: value
                for name, value in _detail_columns(details).items()
                if getattr(row, name) != value
            }
            if changes:
                corrections = json.loads(row.overrides)
                for name, value in changes.items():
                    setattr(row, name, value)
                    if name in _NAMED_COLUMNS:
                        corrections[name] = value
                row.overrides = json.dumps(corrections)
                row.updated_at = self._clock()
                session.commit()
            return self._load(session, posting_id)

    def correct(self, posting_id: int, name: str, value: object) -> StoredPosting:
        """Keep the user's value for one part of the reading in place of the parser's."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            corrections = json.loads(row.overrides)
            corrections[name] = value
            row.overrides = json.dumps(corrections)
            if name in _NAMED_COLUMNS:
                setattr(row, name, value or "")
            row.updated_at = self._clock()
            session.commit()
            return self._load(session, posting_id)

    def drop_corrections(self, posting_id: int) -> StoredPosting:
        """Forget the user's corrections; the reading's own title and company come back."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            if row.overrides != "{}":
                row.overrides = "{}"
                reading = json.loads(row.analysis) if row.analysis else {}
                for name in _NAMED_COLUMNS:
                    setattr(row, name, reading.get(name) or getattr(row, name))
                row.updated_at = self._clock()
                session.commit()
            return self._load(session, posting_id)

    def stale_readings(self, version: int) -> list[int]:
        """Postings read by a parser older than `version` (or never), to be read again."""
        with self._session() as session:
            return [
                posting_id
                for posting_id in session.exec(
                    select(PostingTable.id).where(col(PostingTable.analysis_version) < version)
                ).all()
                if posting_id is not None
            ]

    def save_reading(self, posting_id: int, reading: dict[str, Any], version: int) -> StoredPosting:
        """Keep a new reading of a stored posting; the user's corrections stay as they are.

        Schema 1 kept no corrections: a title or company it stored that the first
        reading does not give is the user's, and is kept as a correction.
        """
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            corrections = json.loads(row.overrides)
            if row.analysis is None:
                kept = {
                    name: value
                    for name in _NAMED_COLUMNS
                    if (value := getattr(row, name)) and value != (reading.get(name) or "")
                }
                corrections = {**kept, **corrections}
                row.overrides = json.dumps(corrections)
            row.analysis = json.dumps(reading)
            row.analysis_version = version
            for name in _NAMED_COLUMNS:
                setattr(row, name, corrections.get(name, reading.get(name)) or "")
            session.commit()
            return self._load(session, posting_id)

    def set_stage(self, posting_id: int, stage: Stage) -> StoredPosting:
        """Move to `stage` and record when. Setting the current stage records nothing."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            if row.stage != stage.value:
                self._record(session, row, stage.value)
                row.stage = stage.value
                session.commit()
            return self._load(session, posting_id)

    def set_outcome(self, posting_id: int, outcome: Outcome | None) -> StoredPosting:
        """Close the application with `outcome`, or reopen it with None; recorded with a date."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            value = outcome.value if outcome else None
            if row.outcome != value:
                self._record(session, row, value or REOPENED)
                row.outcome = value
                session.commit()
            return self._load(session, posting_id)

    def delete(self, posting_id: int) -> StoredPosting:
        """Remove a posting and its history; returns everything needed to restore it."""
        with self._session(writes=True) as session:
            snapshot = self._load(session, posting_id)
            session.delete(self._row(session, posting_id))
            session.commit()
            return snapshot

    def restore(self, stored: StoredPosting, version: int) -> StoredPosting:
        """Put back a deleted posting exactly as it was, under its old number."""
        posting = stored.posting
        with self._session(writes=True) as session:
            session.add(
                PostingTable(
                    id=posting.id,
                    raw_text=posting.raw_text,
                    fingerprint=fingerprint(posting.raw_text),
                    added_at=posting.added_at,
                    updated_at=posting.updated_at,
                    stage=posting.stage.value,
                    outcome=posting.outcome.value if posting.outcome else None,
                    analysis=json.dumps(stored.reading) if stored.reading is not None else None,
                    analysis_version=version if stored.reading is not None else 0,
                    overrides=json.dumps(stored.corrections),
                    **_detail_columns(posting.details),
                )
            )
            session.flush()
            for event in posting.history:
                session.add(StageEventTable(posting_id=posting.id, at=event.at, name=event.name))
            session.commit()
            return self._load(session, posting.id)

    # Every posting at once, for the table's columns and the export. Not for the GUI thread.

    def readings(self) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
        """Every read posting's reading and the user's corrections to it."""
        postings = _TABLES[0]
        with self._session() as session:
            rows = (
                session.connection()
                .execute(
                    sqlalchemy.select(
                        postings.c.id, postings.c.analysis, postings.c.overrides
                    ).where(postings.c.analysis.is_not(None))
                )
                .all()
            )
        return {
            posting_id: (json.loads(reading), json.loads(corrections))
            for posting_id, reading, corrections in rows
        }

    def all_verdicts(self) -> dict[int, dict[str, Status]]:
        """The user's verdicts on must-haves, by posting and by the item's key."""
        table = CheckOverrideTable.__table__  # type: ignore[attr-defined]
        verdicts: dict[int, dict[str, Status]] = defaultdict(dict)
        with self._session() as session:
            rows = session.connection().execute(
                sqlalchemy.select(table.c.posting_id, table.c.item, table.c.status)
            )
            for posting_id, item, status in rows:
                verdicts[posting_id][item] = Status(status)
        return verdicts

    def all_message_texts(self) -> dict[int, list[str]]:
        table = MessageTable.__table__  # type: ignore[attr-defined]
        texts: dict[int, list[str]] = defaultdict(list)
        with self._session() as session:
            rows = session.connection().execute(
                sqlalchemy.select(table.c.posting_id, table.c.text).order_by(table.c.id)
            )
            for posting_id, text in rows:
                texts[posting_id].append(text)
        return texts

    def all_dismissed(self) -> dict[int, frozenset[str]]:
        table = DismissedFlagTable.__table__  # type: ignore[attr-defined]
        dismissed: dict[int, set[str]] = defaultdict(set)
        with self._session() as session:
            rows = session.connection().execute(sqlalchemy.select(table.c.posting_id, table.c.flag))
            for posting_id, flag in rows:
                dismissed[posting_id].add(flag)
        return defaultdict(frozenset, {k: frozenset(v) for k, v in dismissed.items()})

    # Skills profile and checklist verdicts

    def profile(self) -> Profile:
        with self._session() as session:
            rows = session.exec(
                select(ProfileSkillTable).order_by(col(ProfileSkillTable.name))
            ).all()
            return Profile(tuple(ProfileSkill(r.name, r.years, Level(r.level)) for r in rows))

    def save_profile(self, profile: Profile) -> Profile:
        """Replace the whole profile; returns it as stored."""
        with self._session(writes=True) as session:
            for row in session.exec(select(ProfileSkillTable)).all():
                session.delete(row)
            session.flush()
            for skill in profile.skills:
                session.add(
                    ProfileSkillTable(name=skill.name, years=skill.years, level=skill.level)
                )
            session.commit()
        return self.profile()

    def verdicts(self, posting_id: int) -> dict[str, Status]:
        """The user's verdicts on a posting's must-haves, by the item's key."""
        with self._session() as session:
            rows = session.exec(
                select(CheckOverrideTable).where(CheckOverrideTable.posting_id == posting_id)
            ).all()
            return {row.item: Status(row.status) for row in rows}

    def set_verdict(self, posting_id: int, key: str, status: Status | None) -> None:
        """Record (or with None, forget) the user's verdict on one must-have."""
        with self._session(writes=True) as session:
            self._row(session, posting_id)
            row = session.get(CheckOverrideTable, (posting_id, key))
            if status is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CheckOverrideTable(posting_id=posting_id, item=key, status=status))
            else:
                row.status = status
            session.commit()

    # Settings the command line shares with the window

    def settings(self) -> dict[str, str]:
        with self._session() as session:
            return {row.key: row.value for row in session.exec(select(SettingTable)).all()}

    def save_settings(self, values: dict[str, str]) -> dict[str, str]:
        with self._session(writes=True) as session:
            for key, value in values.items():
                session.merge(SettingTable(key=key, value=value))
            session.commit()
        return self.settings()

    # Messages and dismissed red flags

    def messages(self, posting_id: int) -> list[Message]:
        """A posting's messages, oldest first."""
        with self._session() as session:
            rows = session.exec(
                select(MessageTable)
                .where(MessageTable.posting_id == posting_id)
                .order_by(col(MessageTable.received), col(MessageTable.id))
            ).all()
            return [Message(_id(r), r.posting_id, r.received, r.text) for r in rows]

    def add_message(self, posting_id: int, received: date, text: str) -> Message:
        """Keep a message about a posting verbatim, dated when it was received."""
        with self._session(writes=True) as session:
            self._row(session, posting_id)
            row = MessageTable(posting_id=posting_id, received=received, text=text)
            session.add(row)
            session.commit()
            return Message(_id(row), posting_id, received, text)

    def delete_message(self, message_id: int) -> None:
        with self._session(writes=True) as session:
            row = session.get(MessageTable, message_id)
            if row is not None:
                session.delete(row)
                session.commit()

    def dismissed_flags(self, posting_id: int) -> frozenset[str]:
        with self._session() as session:
            rows = session.exec(
                select(DismissedFlagTable.flag).where(DismissedFlagTable.posting_id == posting_id)
            ).all()
            return frozenset(rows)

    def set_dismissed(self, posting_id: int, flag: str, dismissed: bool) -> None:
        """Mark a red flag dismissed for this posting (kept, shown as such), or restore it."""
        with self._session(writes=True) as session:
            self._row(session, posting_id)
            row = session.get(DismissedFlagTable, (posting_id, flag))
            if dismissed and row is None:
                session.add(DismissedFlagTable(posting_id=posting_id, flag=flag))
            elif not dismissed and row is not None:
                session.delete(row)
            session.commit()

    # Helpers

    def _record(self, session: Session, row: PostingTable, name: str) -> None:
        now = self._clock()
        session.add(StageEventTable(posting_id=_id(row), at=now, name=name))
        row.updated_at = now

    def _row(self, session: Session, posting_id: int) -> PostingTable:
        row = session.get(PostingTable, posting_id)
        if row is None:
            raise StoreError(
                StoreProblem.NOT_FOUND, self.db_file, f"There is no posting #{posting_id}."
            )
        return row

    def _load(self, session: Session, posting_id: int) -> StoredPosting:
        row = self._row(session, posting_id)
        events = session.exec(
            select(StageEventTable)
            .where(StageEventTable.posting_id == posting_id)
            .order_by(col(StageEventTable.at), col(StageEventTable.id))
        ).all()
        history = [StageEvent(e.at, e.name) for e in events]
        return StoredPosting(
            _posting(row, history),
            json.loads(row.analysis) if row.analysis else None,
            json.loads(row.overrides),
        )


def _id(row: PostingTable | StageEventTable | MessageTable) -> int:
    assert row.id is not None, "row was not flushed"
    return row.id


class _DetailColumns(TypedDict):
    title: str
    company: str
    source: str
    url: str | None
    follow_up: date | None
    notes: str


def _detail_columns(details: PostingDetails) -> _DetailColumns:
    return {
        "title": details.title.strip(),
        "company": details.company.strip(),
        "source": details.source.strip(),
        "url": (details.url or "").strip() or None,
        "follow_up": details.follow_up,
        "notes": details.notes,
    }


def _posting(row: PostingTable | Row[Any], history: list[StageEvent]) -> Posting:
    """A domain posting from an ORM object or a plain row with the same columns."""
    assert row.id is not None, "row was not flushed"
    return Posting(
        id=row.id,
        raw_text=row.raw_text,
        details=PostingDetails(
            title=row.title,
            company=row.company,
            source=row.source,
            url=row.url,
            follow_up=row.follow_up,
            notes=row.notes,
        ),
        added_at=row.added_at,
        updated_at=row.updated_at,
        stage=Stage(row.stage),
        outcome=Outcome(row.outcome) if row.outcome else None,
        history=tuple(history),
    )
