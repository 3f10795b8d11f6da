"""Store: the tracker's only door to the database. Takes and returns plain objects.

It keeps what it is given and reads nothing itself: the parser's reading of a
posting arrives and leaves as JSON-ready data (desktop/domain/reading/serialize.py's
form), next to the user's corrections to it; desktop/services turns them into
a reading.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

import sqlalchemy
from sqlalchemy import Table, insert, or_
from sqlmodel import Session, col, select

from desktop.domain.clock import utc_now
from desktop.domain.skills.profile import Profile
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.intake import fingerprint
from desktop.domain.tracking.proposals import Proposal
from desktop.domain.tracking.tracker import (
    REOPENED,
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)
from desktop.domain.tracking.worksearch import Contact, ContactMethod
from desktop.store import reads
from desktop.store.activities import Activities
from desktop.store.annotations import Annotations
from desktop.store.database import Clock, Database, OpenOptions
from desktop.store.imported import ImportedPosting
from desktop.store.migrations import MigrationReport
from desktop.store.proposals import Proposals, proposal_of, proposal_row
from desktop.store.reads import KeptSummary, StandingSummaries
from desktop.store.summaries import Summaries
from desktop.store.tables import (
    CheckOverrideTable,
    ContactTable,
    DismissedFlagTable,
    MessageTable,
    PostingTable,
    ProfileSkillTable,
    ProposalTable,
    SettingTable,
    StageEventTable,
    contact_row,
    event_row,
    posting_events,
    posting_row,
)

_TABLES: tuple[Table, Table] = (PostingTable.__table__, StageEventTable.__table__)  # type: ignore[attr-defined]


# Columns of the posting table that the user's corrections to the reading also set.
_NAMED_COLUMNS = ("title", "company")


@dataclass(frozen=True)
class AddedByUser:
    """What the user added to a posting besides its details, as plain values: its messages
    (number, day received, text), verdicts on must-haves (item, status), dismissed flags,
    the proposal sent and whom it went to."""

    messages: tuple[tuple[int, date, str], ...] = ()
    verdicts: tuple[tuple[str, str], ...] = ()
    dismissed: tuple[str, ...] = ()
    proposal: Proposal | None = None
    contact: Contact | None = None


@dataclass(frozen=True)
class StoredPosting:
    """A posting as kept: its reading (None until read) and the user's corrections apart,
    and its events; for a deleted one, what the user added to it (`added`), which an undone
    delete brings back with the events under their old numbers. `heard_at`: when word last
    came from the other side (a message logged, an event agreed), one of its moves."""

    posting: Posting
    reading: dict[str, Any] | None
    corrections: dict[str, Any]
    events: tuple[Event, ...] = ()
    added: AddedByUser = AddedByUser()
    heard_at: datetime | None = None


class Store:
    """Postings and their history, the user's profile and settings, in one database;
    what the user adds to a posting (verdicts, messages, dismissed flags) is `annotations`,
    the proposals sent and the user's proposal templates `proposals`.

    Each method opens its own session, so the store may be used from the GUI
    thread for single-row work and from a worker thread for whole-table reads.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.annotations = Annotations(database)
        self.proposals = Proposals(database)
        self.activities = Activities(database)
        self.summaries = Summaries(database)
        self._session = database.session
        self._clock = database.clock

    @classmethod
    def open(cls, db_file: Path, clock: Clock = utc_now, **options: Unpack[OpenOptions]) -> Store:
        """The store on `db_file`, opened as Database.open says."""
        return cls(Database.open(db_file, clock, **options))

    @property
    def db_file(self) -> Path:
        return self.database.db_file

    @property
    def migration(self) -> MigrationReport:
        return self.database.migration

    def close(self) -> None:
        self.database.close()

    def check_integrity(self) -> None:
        self.database.check_integrity()

    # Postings

    def list_rows(self) -> list[PostingRow]:
        """Every posting as the tracker table shows it (no history, no text), oldest first.
        Unbounded: not for the GUI thread."""
        with self.database.reading() as connection:
            return reads.posting_rows(connection)

    def newest_rows(self, count: int) -> list[PostingRow]:
        """The `count` postings added last, as `list_rows` gives them (the table's first
        screenful at start, while the whole list is read)."""
        with self.database.reading() as connection:
            return reads.newest_posting_rows(connection, count)

    def rows_with_history(self) -> Iterator[PostingRow]:
        """Every posting with its dated history, oldest first, one at a time (for the CSV)."""
        with self.database.reading() as connection:
            yield from reads.posting_rows_with_history(connection)

    def sources(self) -> list[str]:
        with self.database.reading() as connection:
            return reads.sources(connection)

    def first_message_days(self) -> dict[int, date]:
        with self.database.reading() as connection:
            return reads.first_message_days(connection)

    def company_postings(self, words: str) -> list[PostingRow]:
        with self.database.reading() as connection:
            return reads.company_postings(connection, words)

    def search(self, words: Sequence[str]) -> list[frozenset[int]]:
        """For each word, the postings whose title, company, source, notes or text has a word
        starting with it (diacritics and case ignored)."""
        with self.database.reading() as connection:
            return reads.search(connection, words)

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

    def tracked(self, texts_and_urls: Sequence[tuple[str, str | None]]) -> list[bool]:
        """For each (text, URL), whether a stored posting has the same text (whitespace
        normalised) or URL: the check `find_duplicates` makes, for many at once."""
        prints = [fingerprint(text) for text, _ in texts_and_urls]
        urls = {url for _, url in texts_and_urls if url}
        with self.database.reading() as connection:
            known_prints, known_urls = reads.tracked(connection, set(prints), urls)
        return [
            print_ in known_prints or bool(url and url in known_urls)
            for print_, (_, url) in zip(prints, texts_and_urls, strict=True)
        ]

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
            moved_at=now,
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

    def import_postings(self, postings: Sequence[ImportedPosting]) -> list[int]:
        """Keep imported postings, each with its back-dated history, in one transaction:
        all of them or, on any failure, none. Returns their numbers. They are kept unread
        (no reading, parser version 0): `save_readings` reads them, as after an upgrade.

        Two bulk statements through the tables' own columns, not an ORM object a row:
        10,000 objects and flushes took 15 s."""
        if not postings:
            return []
        rows, histories = [], []
        for posting in postings:
            history = posting.history or _undated(self._clock(), posting.stage, posting.outcome)
            histories.append(history)
            rows.append(
                {
                    "raw_text": posting.text,
                    "fingerprint": fingerprint(posting.text),
                    "added_at": history[0][0],
                    "updated_at": history[-1][0],
                    "moved_at": max(at for at, _ in history),
                    "stage": posting.stage.value,
                    "outcome": posting.outcome.value if posting.outcome else None,
                    "analysis": None,
                    "analysis_version": 0,
                    "overrides": json.dumps(posting.corrections),
                    **_detail_columns(posting.details),
                }
            )
        postings_table = PostingTable.__table__  # type: ignore[attr-defined]
        events_table = StageEventTable.__table__  # type: ignore[attr-defined]
        with self._session(writes=True) as session:
            connection = session.connection()
            # The write lock is ours until the commit: SQLite numbers the new rows on from
            # the highest (a RETURNING a row took 3 of the 5 s left).
            highest = _highest_id(connection, postings_table)
            connection.execute(insert(postings_table), rows)
            numbers = list(range(highest + 1, highest + 1 + len(rows)))
            if _highest_id(connection, postings_table) != numbers[-1]:
                raise RuntimeError("imported postings were not numbered on from the highest")
            events = [
                {"posting_id": number, "at": at, "name": name}
                for number, history in zip(numbers, histories, strict=True)
                for at, name in history
            ]
            connection.execute(insert(events_table), events)
            session.commit()
        return numbers

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
        """Postings read by a parser older than `version`, to be read again."""
        with self.database.reading() as connection:
            return reads.stale_readings(connection, version)

    def kept_summaries(self, posting_ids: Collection[int] | None = None) -> dict[int, KeptSummary]:
        """The kept summaries of these postings (of every one without `posting_ids`)."""
        with self.database.reading() as connection:
            return reads.kept_summaries(connection, posting_ids)

    def texts(self, posting_ids: Collection[int]) -> dict[int, tuple[str, str]]:
        """The verbatim text and the source of these postings, to read them again."""
        with self.database.reading() as connection:
            return reads.texts(connection, posting_ids)

    def save_readings(self, readings: Mapping[int, dict[str, Any]], version: int) -> None:
        """Keep new readings of stored postings in one transaction; the user's corrections
        stay as they are.

        Schema 1 kept no corrections: a title or company it stored that the first
        reading does not give is the user's, and is kept as a correction.
        """
        with self._session(writes=True) as session:
            for posting_id, reading in readings.items():
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

    def set_stage(self, posting_id: int, stage: Stage) -> StoredPosting:
        """Move to `stage` and record when. Setting the current stage records nothing."""
        with self._session(writes=True) as session:
            row = self._row(session, posting_id)
            if row.stage != stage.value:
                self._record(session, row, stage.value)
                row.stage = stage.value
                session.commit()
            return self._load(session, posting_id)

    def take_back_stage(
        self, posting_id: int, stage: Stage, recorded: StageEvent, changed_at: datetime
    ) -> StoredPosting:
        """Undo a move: back to `stage`, last changed at `changed_at`, without the event the
        move `recorded`, so that a stage reached by mistake leaves no trace in the funnel."""
        with self._session(writes=True) as session:
            row = self._take_back(session, posting_id, recorded, changed_at)
            row.stage = stage.value
            session.commit()
            return self._load(session, posting_id)

    def take_back_outcome(
        self, posting_id: int, outcome: Outcome | None, recorded: StageEvent, changed_at: datetime
    ) -> StoredPosting:
        """Undo a closing: `outcome` again (None: open), last changed at `changed_at`,
        without the event the closing `recorded`. Reopening with `set_outcome` would leave
        the closing and a reopening in the funnel, and count the silence from the undo."""
        with self._session(writes=True) as session:
            row = self._take_back(session, posting_id, recorded, changed_at)
            row.outcome = outcome.value if outcome else None
            session.commit()
            return self._load(session, posting_id)

    def _take_back(
        self, session: Session, posting_id: int, recorded: StageEvent, changed_at: datetime
    ) -> PostingTable:
        """The event a step `recorded` dropped, and the row last changed at `changed_at`;
        its last move is again the one before: the latest of its history left, the last
        word from the other side and its adding."""
        row = self._row(session, posting_id)
        events = _TABLES[1]
        session.connection().execute(
            events.delete().where(
                events.c.posting_id == posting_id,
                events.c.name == recorded.name,
                events.c.at == recorded.at,
            )
        )
        history = session.exec(
            select(StageEventTable.at).where(StageEventTable.posting_id == posting_id)
        ).all()
        heard = [row.heard_at] if row.heard_at else []
        row.moved_at = max([row.added_at, *history, *heard])
        row.updated_at = changed_at
        return row

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
        """Remove a posting, its history and events; returns everything needed to restore
        it."""
        with self._session(writes=True) as session:
            snapshot = replace(
                self._load(session, posting_id), added=_added_by_user(session, posting_id)
            )
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
                    heard_at=stored.heard_at,
                    moved_at=posting.last_moved,
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
            session.add_all(event_row(event) for event in stored.events)
            added = stored.added
            session.add_all(
                MessageTable(id=number, posting_id=posting.id, received=day, text=text)
                for number, day, text in added.messages
            )
            session.add_all(
                CheckOverrideTable(posting_id=posting.id, item=item, status=status)
                for item, status in added.verdicts
            )
            session.add_all(
                DismissedFlagTable(posting_id=posting.id, flag=flag) for flag in added.dismissed
            )
            if added.proposal is not None:
                session.add(proposal_row(added.proposal))
            if added.contact is not None:
                session.add(contact_row(posting.id, added.contact))
            session.commit()
            return self._load(session, posting.id)

    # Every posting at once, for the table's columns and the export. Not for the GUI thread.

    def standing_summaries(
        self, bases: dict[str, str], posting_ids: Collection[int] | None = None
    ) -> StandingSummaries:
        """The kept summaries standing on `bases`, grouped by their values, and the stale."""
        with self.database.reading() as connection:
            return reads.standing_summaries(connection, bases, posting_ids)

    def readings(
        self, posting_ids: Sequence[int] | None = None
    ) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
        """The reading and the user's corrections of every read posting, or of those given."""
        with self.database.reading() as connection:
            return reads.readings(connection, posting_ids)

    # Skills profile

    def profile(self) -> Profile:
        with self.database.reading() as connection:
            return reads.profile(connection)

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

    # Settings the command line shares with the window

    def settings(self) -> dict[str, str]:
        with self.database.reading() as connection:
            return reads.settings(connection)

    def save_settings(self, values: dict[str, str]) -> dict[str, str]:
        with self._session(writes=True) as session:
            for key, value in values.items():
                session.merge(SettingTable(key=key, value=value))
            session.commit()
        return self.settings()

    # Helpers

    def _record(self, session: Session, row: PostingTable, name: str) -> None:
        """A move, dated now: the history's entry, the last change and the last move."""
        now = self._clock()
        session.add(StageEventTable(posting_id=_id(row), at=now, name=name))
        row.updated_at = now
        row.moved_at = max(row.moved_at or now, now)

    def _row(self, session: Session, posting_id: int) -> PostingTable:
        return posting_row(session, posting_id, self.db_file)

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
            tuple(posting_events(session, posting_id)),
            heard_at=row.heard_at,
        )


def _added_by_user(session: Session, posting_id: int) -> AddedByUser:
    messages = session.exec(select(MessageTable).where(MessageTable.posting_id == posting_id))
    verdicts = session.exec(
        select(CheckOverrideTable).where(CheckOverrideTable.posting_id == posting_id)
    )
    dismissed = session.exec(
        select(DismissedFlagTable.flag).where(DismissedFlagTable.posting_id == posting_id)
    )
    proposal = session.get(ProposalTable, posting_id)
    contact = session.get(ContactTable, posting_id)
    return AddedByUser(
        messages=tuple((row.id or 0, row.received, row.text) for row in messages),
        verdicts=tuple((row.item, row.status) for row in verdicts),
        dismissed=tuple(dismissed),
        proposal=proposal_of(proposal) if proposal else None,
        contact=_contact_of(contact) if contact else None,
    )


def _contact_of(row: ContactTable) -> Contact:
    method = ContactMethod(row.method) if row.method else None
    return Contact(row.person, method, row.address, row.phone, row.email, row.website)


def _id(row: PostingTable | StageEventTable) -> int:
    assert row.id is not None, "row was not flushed"
    return row.id


class _DetailColumns(TypedDict):
    title: str
    company: str
    source: str
    url: str | None
    follow_up: date | None
    notes: str


def _undated(
    now: datetime, stage: Stage, outcome: Outcome | None
) -> tuple[tuple[datetime, str], ...]:
    """The history of a posting imported without a day: where it stands, now."""
    return ((now, stage.value),) + (((now, outcome.value),) if outcome else ())


def _highest_id(connection: sqlalchemy.Connection, table: Table) -> int:
    return connection.execute(sqlalchemy.select(sqlalchemy.func.max(table.c.id))).scalar() or 0


def _detail_columns(details: PostingDetails) -> _DetailColumns:
    return {
        "title": details.title.strip(),
        "company": details.company.strip(),
        "source": details.source.strip(),
        "url": (details.url or "").strip() or None,
        "follow_up": details.follow_up,
        "notes": details.notes,
    }


def _posting(row: PostingTable, history: list[StageEvent]) -> Posting:
    return Posting(
        id=_id(row),
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
        moved_at=row.moved_at or row.updated_at,
        stage=Stage(row.stage),
        outcome=Outcome(row.outcome) if row.outcome else None,
        history=tuple(history),
        raw_text=row.raw_text,
    )
