"""Store: the tracker's only door to the database. Takes and returns domain objects."""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypedDict

import sqlalchemy
from sqlalchemy import Engine, Row, Table, or_
from sqlmodel import Session, col, select

from desktop.domain.analysis import PARSER_VERSION, PostingAnalysis, analyze_posting
from desktop.domain.fit import (
    CheckItem,
    FitSummary,
    Level,
    Profile,
    ProfileSkill,
    Status,
    check,
    item_key,
    summarize,
)
from desktop.domain.fit import apply_overrides as apply_fit_overrides
from desktop.domain.hours import HoursStatement
from desktop.domain.intake import check_posting_text, fingerprint
from desktop.domain.local_time import (
    HoursSummary,
    WorkingHours,
    WorkingHoursError,
    summarize_hours,
)
from desktop.domain.red_flags import RiskSummary, find_red_flags, summarize_risk
from desktop.domain.serialize import (
    EDITABLE_FIELDS,
    ZONE_PICK,
    analysis_from_dict,
    analysis_to_dict,
    apply_overrides,
    statement_from_dict,
    with_zone_picks,
    zone_picks,
)
from desktop.domain.skills import taxonomy
from desktop.domain.tracker import (
    REOPENED,
    Message,
    Outcome,
    Posting,
    PostingDetails,
    Stage,
    StageEvent,
)
from desktop.domain.zones import known_zone
from desktop.store.engine import (
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
    ) -> Store:
        """Open (creating or migrating) the database; StoreError names the file on failure.

        `check` runs SQLite's quick_check now; without it, the check runs before the
        first write, or earlier through `check_integrity` (the window runs it in the
        background). `only_reading`: the caller will not write, so a database in a
        folder Gigdesk may not write to, or on a full disk, is opened read-only
        instead of refused.
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
            store = cls._open_writable(db_file, clock)
        except StoreError as exc:
            if not (only_reading and db_file.is_file() and exc.problem in _CANNOT_WRITE):
                raise
            store = cls._open_read_only(db_file, clock)
        if check:
            try:
                store.check_integrity()
            except StoreError:
                store.close()
                raise
        return store

    @classmethod
    def _open_writable(cls, db_file: Path, clock: Clock) -> Store:
        try:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                StoreProblem.UNREADABLE,
                db_file,
                f"Gigdesk cannot create the folder {db_file.parent}: {exc.strerror}.",
            ) from exc
        with translated_errors(db_file):
            report = migrate(db_file, now=clock())
            return cls(db_file, make_engine(db_file), clock, report)

    @classmethod
    def _open_read_only(cls, db_file: Path, clock: Clock) -> Store:
        with translated_errors(db_file):
            engine = make_reading_engine(db_file)
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

    # Reading

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

    def get(self, posting_id: int) -> Posting:
        with self._session() as session:
            return self._load(session, posting_id)

    def find_duplicates(self, text: str, url: str | None) -> list[Posting]:
        """Stored postings with the same URL, or the same text once whitespace is normalised."""
        condition = col(PostingTable.fingerprint) == fingerprint(text)
        if url:
            condition = or_(condition, col(PostingTable.url) == url)
        with self._session() as session:
            ids = session.exec(select(PostingTable.id).where(condition).limit(20)).all()
            return [self._load(session, posting_id) for posting_id in ids if posting_id]

    # Writing

    def add(self, text: str, details: PostingDetails, stage: Stage = Stage.SAVED) -> Posting:
        """Store a new posting verbatim and read it; its history starts at `stage`, now.

        An empty title or company in `details` takes Gigdesk's reading; a given one
        is kept as the user's own value.
        """
        check_posting_text(text)
        now = self._clock()
        analysis = analyze_posting(text, details.source)
        overrides = {
            name: value
            for name, value in (
                ("title", details.title.strip()),
                ("company", details.company.strip()),
            )
            if value and value != getattr(analysis, name)
        }
        row = PostingTable(
            raw_text=text,
            fingerprint=fingerprint(text),
            added_at=now,
            updated_at=now,
            stage=stage.value,
            analysis=json.dumps(analysis_to_dict(analysis)),
            analysis_version=PARSER_VERSION,
            overrides=json.dumps(overrides),
            **_detail_columns(details),
        )
        row.title = overrides.get("title", analysis.title)
        row.company = overrides.get("company", analysis.company)
        with self._session(writes=True) as session:
            session.add(row)
            session.flush()
            session.add(StageEventTable(posting_id=_id(row), at=now, name=stage.value))
            session.commit()
            return self._load(session, _id(row))

    def save_details(self, posting_id: int, details: PostingDetails) -> Posting:
        """Replace the editable fields; the last-change time moves only if something differs."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            changes = {
                name: value
                for name, value in _detail_columns(details).items()
                if getattr(row, name) != value
            }
            if changes:
                overrides = json.loads(row.overrides)
                for name, value in changes.items():
                    setattr(row, name, value)
                    if name in EDITABLE_FIELDS:
                        overrides[name] = value
                row.overrides = json.dumps(overrides)
                row.updated_at = self._clock()
                session.commit()
            return self._load(session, posting_id)

    def set_field(self, posting_id: int, name: str, value: object) -> Posting:
        """Put the user's value for one field of the reading in place of the parser's.

        `value` takes the form desktop.domain.serialize gives the field; None means
        "not stated".
        """
        if name not in EDITABLE_FIELDS and not name.startswith(ZONE_PICK):
            raise ValueError(f"{name!r} is not an editable field")
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            overrides = json.loads(row.overrides)
            overrides[name] = value
            row.overrides = json.dumps(overrides)
            if name in ("title", "company"):
                setattr(row, name, value or "")
            row.updated_at = self._clock()
            session.commit()
            return self._load(session, posting_id)

    def reset_fields(self, posting_id: int) -> Posting:
        """Drop the user's corrections; every field shows Gigdesk's reading again."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            if row.overrides != "{}":
                row.overrides = "{}"
                parsed = self._reading(row)
                row.title, row.company = parsed.title, parsed.company
                row.updated_at = self._clock()
                session.commit()
            return self._load(session, posting_id)

    def stale_readings(self) -> list[int]:
        """Postings read by an older parser (or never), to be read again."""
        with self._session() as session:
            return [
                posting_id
                for posting_id in session.exec(
                    select(PostingTable.id).where(
                        col(PostingTable.analysis_version) < PARSER_VERSION
                    )
                ).all()
                if posting_id is not None
            ]

    def read_again(self, posting_id: int) -> Posting:
        """Read a stored posting with the current parser, keeping the user's corrections."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            analysis = analyze_posting(row.raw_text, row.source)
            overrides = json.loads(row.overrides)
            if row.analysis is None:
                overrides = {**_names_from_before_readings(row, analysis), **overrides}
                row.overrides = json.dumps(overrides)
            row.analysis = json.dumps(analysis_to_dict(analysis))
            row.analysis_version = PARSER_VERSION
            row.title = overrides.get("title", analysis.title) or ""
            row.company = overrides.get("company", analysis.company) or ""
            session.commit()
            return self._load(session, posting_id)

    def set_stage(self, posting_id: int, stage: Stage) -> Posting:
        """Move to `stage` and record when. Setting the current stage records nothing."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            if row.stage != stage.value:
                self._record(session, row, stage.value)
                row.stage = stage.value
                session.commit()
            return self._load(session, posting_id)

    def set_outcome(self, posting_id: int, outcome: Outcome | None) -> Posting:
        """Close the application with `outcome`, or reopen it with None; recorded with a date."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            value = outcome.value if outcome else None
            if row.outcome != value:
                self._record(session, row, value or REOPENED)
                row.outcome = value
                session.commit()
            return self._load(session, posting_id)

    def delete(self, posting_id: int) -> Posting:
        """Remove a posting and its history; returns everything needed to restore it."""
        with self._session(writes=True) as session:
            snapshot = self._load(session, posting_id)
            session.delete(self._row(session, posting_id))
            session.commit()
            return snapshot

    def restore(self, posting: Posting) -> Posting:
        """Put back a deleted posting exactly as it was, under its old number."""
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
                    analysis=json.dumps(analysis_to_dict(posting.analysis))
                    if posting.analysis
                    else None,
                    analysis_version=PARSER_VERSION if posting.analysis else 0,
                    overrides=json.dumps(_overrides_of(posting)),
                    **_detail_columns(posting.details),
                )
            )
            session.flush()
            for event in posting.history:
                session.add(StageEventTable(posting_id=posting.id, at=event.at, name=event.name))
            session.commit()
            return self._load(session, posting.id)

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

    def checklist(self, posting: Posting, profile: Profile) -> list[CheckItem]:
        """A posting's must-haves checked against `profile`, with the user's verdicts."""
        if posting.analysis is None:
            return []
        items = check(posting.analysis.must_haves, profile, taxonomy())
        return apply_fit_overrides(items, self.check_overrides(posting.id))

    def fit_summaries(self) -> dict[int, FitSummary]:
        """Every posting's fit against the stored profile. Unbounded: not for the GUI thread."""
        profile = self.profile()
        skills = taxonomy()
        with self._session() as session:
            connection = session.connection()
            postings = PostingTable.__table__  # type: ignore[attr-defined]
            overrides_table = CheckOverrideTable.__table__  # type: ignore[attr-defined]
            rows = connection.execute(sqlalchemy.select(postings.c.id, postings.c.analysis)).all()
            verdicts: dict[int, dict[str, Status]] = defaultdict(dict)
            for posting_id, item, status in connection.execute(
                sqlalchemy.select(
                    overrides_table.c.posting_id, overrides_table.c.item, overrides_table.c.status
                )
            ).all():
                verdicts[posting_id][item] = Status(status)
        summaries = {}
        for posting_id, analysis in rows:
            if analysis is None:
                continue
            reading = analysis_from_dict(json.loads(analysis))
            items = check(reading.must_haves, profile, skills)
            summaries[posting_id] = summarize(apply_fit_overrides(items, verdicts[posting_id]))
        return summaries

    def risk_summaries(self) -> dict[int, RiskSummary]:
        """Every posting's risk over its text and messages. Unbounded: not for the GUI thread."""
        postings = PostingTable.__table__  # type: ignore[attr-defined]
        with self._session() as session:
            rows = (
                session.connection()
                .execute(sqlalchemy.select(postings.c.id, postings.c.raw_text, postings.c.analysis))
                .all()
            )
            messages: dict[int, list[str]] = defaultdict(list)
            for message in session.exec(select(MessageTable)).all():
                messages[message.posting_id].append(message.text)
            dismissed: dict[int, set[str]] = defaultdict(set)
            for row in session.exec(select(DismissedFlagTable)).all():
                dismissed[row.posting_id].add(row.flag)
        summaries = {}
        for posting_id, text, analysis in rows:
            # The reading keeps the posting's own red flags; only messages are read here.
            hits = (
                list(analysis_from_dict(json.loads(analysis)).red_flags)
                if analysis
                else find_red_flags(text)
            )
            for message_text in messages[posting_id]:
                hits.extend(find_red_flags(message_text))
            summaries[posting_id] = summarize_risk(hits, frozenset(dismissed[posting_id]))
        return summaries

    def hours_statements(self) -> dict[int, tuple[HoursStatement, ...]]:
        """Every posting's working hours with the user's zone picks. Not for the GUI thread."""
        postings = PostingTable.__table__  # type: ignore[attr-defined]
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
            posting_id: with_zone_picks(
                tuple(statement_from_dict(h) for h in json.loads(analysis).get("hours", [])),
                json.loads(overrides),
            )
            for posting_id, analysis, overrides in rows
        }

    def hours_summaries(self, on: date, default_zone: str) -> dict[int, HoursSummary]:
        """Every posting's main hours in the user's zone (or `default_zone`) on `on`.

        Unbounded: not for the GUI thread.
        """
        zone, working = self.my_hours()
        summaries = {}
        for posting_id, statements in self.hours_statements().items():
            summary = summarize_hours(statements, on, zone or default_zone, working)
            if summary is not None:
                summaries[posting_id] = summary
        return summaries

    def my_hours(self) -> tuple[str | None, WorkingHours]:
        """The user's time zone (None: not chosen, use the system's) and working hours."""
        with self._session() as session:
            values = {row.key: row.value for row in session.exec(select(SettingTable)).all()}
        zone = values.get("time_zone")
        try:
            working = WorkingHours.parse(
                values.get("working_hours", "09:00-18:00"), values.get("working_days", "Mon-Fri")
            )
        except WorkingHoursError:
            working = WorkingHours()
        return (zone if zone and known_zone(zone) else None), working

    def save_my_hours(
        self, zone: str | None, working: WorkingHours
    ) -> tuple[str | None, WorkingHours]:
        """Keep the user's zone (None: follow the system's) and working hours; returns them."""
        values = {
            "time_zone": zone or "",
            "working_hours": working.hours_text,
            "working_days": working.days_text,
        }
        with self._session(writes=True) as session:
            for key, value in values.items():
                session.merge(SettingTable(key=key, value=value))
            session.commit()
        return self.my_hours()

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
        check_posting_text(text)
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

    def check_overrides(self, posting_id: int) -> dict[str, Status]:
        """The user's verdicts on a posting's must-haves, by the item's words."""
        with self._session() as session:
            rows = session.exec(
                select(CheckOverrideTable).where(CheckOverrideTable.posting_id == posting_id)
            ).all()
            return {row.item: Status(row.status) for row in rows}

    def set_check_override(self, posting_id: int, item: str, status: Status | None) -> None:
        """Record (or with None, forget) the user's verdict on one must-have."""
        key = item_key(item)
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

    def _load(self, session: Session, posting_id: int) -> Posting:
        row = self._row(session, posting_id)
        events = session.exec(
            select(StageEventTable)
            .where(StageEventTable.posting_id == posting_id)
            .order_by(col(StageEventTable.at), col(StageEventTable.id))
        ).all()
        history = [StageEvent(e.at, e.name) for e in events]
        overrides = json.loads(row.overrides)
        reading = apply_overrides(self._reading(row), overrides) if row.analysis else None
        return replace(_posting(row, history), analysis=reading, overridden=frozenset(overrides))

    @staticmethod
    def _reading(row: PostingTable) -> PostingAnalysis:
        if row.analysis is None:
            return analyze_posting(row.raw_text, row.source)
        return analysis_from_dict(json.loads(row.analysis))


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


def _names_from_before_readings(row: PostingTable, analysis: PostingAnalysis) -> dict[str, str]:
    """Schema 1 kept no corrections: a stored title or company unlike the reading is the user's."""
    return {
        name: value
        for name in ("title", "company")
        if (value := getattr(row, name)) and value != getattr(analysis, name)
    }


def _overrides_of(posting: Posting) -> dict[str, Any]:
    if posting.analysis is None:
        return {}
    values = analysis_to_dict(posting.analysis)
    fields = {name: values[name] for name in posting.overridden if name in values}
    return {**fields, **zone_picks(posting.analysis)}


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
