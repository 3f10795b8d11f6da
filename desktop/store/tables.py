"""SQLModel tables. They never leave desktop.store: the store hands out domain objects.

The schema itself is created by the steps in migrations.py; a test checks that
these classes and the migrated schema agree column for column.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlmodel import Field, Session, SQLModel, col, select

from desktop.domain.tracking.events import Event, EventKind
from desktop.domain.tracking.worksearch import Contact
from desktop.store.errors import StoreError, StoreProblem


class PostingTable(SQLModel, table=True):
    __tablename__ = "posting"

    id: int | None = Field(default=None, primary_key=True)
    raw_text: str
    fingerprint: str = Field(index=True)
    source: str = ""
    url: str | None = Field(default=None, index=True)
    title: str = ""
    company: str = ""
    added_at: datetime
    updated_at: datetime
    stage: str
    outcome: str | None = None
    follow_up: date | None = None
    notes: str = ""
    analysis: str | None = None  # JSON of the parser's reading (desktop.domain.reading.serialize)
    analysis_version: int = 0
    overrides: str = "{}"  # JSON of the fields the user corrected
    # Schema 14: the last word from the other side (a message logged, an event agreed), and
    # when the application last moved: the latest of that, its history and its adding (the
    # Store keeps it so; None, for a row written past it, reads as its last change).
    heard_at: datetime | None = None
    moved_at: datetime | None = None


class StageEventTable(SQLModel, table=True):
    __tablename__ = "stage_event"

    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", index=True)
    at: datetime
    name: str


class ProfileSkillTable(SQLModel, table=True):
    __tablename__ = "profile_skill"

    name: str = Field(primary_key=True)
    years: float | None = None
    level: str


class CheckOverrideTable(SQLModel, table=True):
    """The user's own verdict on one must-have, keyed by its words (offsets may move)."""

    __tablename__ = "check_override"

    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", primary_key=True)
    item: str = Field(primary_key=True)
    status: str


class MessageTable(SQLModel, table=True):
    """A recruiter's email or chat message about a posting, as pasted."""

    __tablename__ = "message"

    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", index=True)
    received: date
    text: str


class EventTable(SQLModel, table=True):
    """An interview, call, test task or deadline: the wall-clock start as ISO text (no
    offset) in the IANA zone it was given in."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", index=True)
    kind: str
    start: str
    zone: str
    minutes: int = 0
    note: str = ""


class ProposalTable(SQLModel, table=True):
    """The proposal sent for a posting (one at most): the bid, the Connects it cost and
    how it closed; the Connects returned follow from that (domain/tracking/proposals.py)."""

    __tablename__ = "proposal"

    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", primary_key=True)
    sent_on: date
    bid_amount: float | None = None
    bid_period: str = ""
    bid_currency: str = ""
    connects_spent: int = 0
    boost_connects: int = 0
    viewed: bool = False
    closed: str = ""
    text: str = ""
    template: str = ""


class ProposalTemplateTable(SQLModel, table=True):
    """One of the user's own proposal texts, by its unique name."""

    __tablename__ = "proposal_template"

    name: str = Field(primary_key=True)
    body: str = ""


class ContactTable(SQLModel, table=True):
    """Whom an application went to, as the user gave it for the work-search report."""

    __tablename__ = "contact"

    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", primary_key=True)
    person: str = ""
    method: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


class ActivityTable(SQLModel, table=True):
    """A work-search activity that is not an application, for the benefits report."""

    __tablename__ = "activity"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    kind: str
    name: str
    minutes: int = 0
    place: str = ""
    notes: str = ""


class DismissedFlagTable(SQLModel, table=True):
    __tablename__ = "dismissed_flag"

    posting_id: int = Field(foreign_key="posting.id", ondelete="CASCADE", primary_key=True)
    flag: str = Field(primary_key=True)


class SettingTable(SQLModel, table=True):
    """One of the user's settings, as text (see Store.my_hours)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class SummaryTable(SQLModel, table=True):
    """A posting's fit, risk, hours, pay and engagement as last worked out, each with its
    basis: what it was worked out from (the profile, the parser, the day and zone), so a
    stale one is known."""

    __tablename__ = "summary"

    posting_id: int = Field(foreign_key="posting.id", primary_key=True, ondelete="CASCADE")
    fit_basis: str | None = None
    fit_met: int | None = None
    fit_total: int | None = None
    fit_missing: str | None = None
    risk_basis: str | None = None
    risk_level: int | None = None
    risk_flags: str | None = None
    hours_basis: str | None = None
    hours_text: str | None = None
    hours_zone: str | None = None
    hours_local: str | None = None
    hours_overlap: float | None = None
    hours_cell: str | None = None
    terms_basis: str | None = None
    pay_min: float | None = None
    pay_max: float | None = None
    pay_currency: str | None = None
    pay_period: str | None = None
    engagement: str | None = None
    client_quality: str | None = None


def posting_row(session: Session, posting_id: int, db_file: Path) -> PostingTable:
    """The posting's row; StoreError (not found) when it is gone, as after a delete."""
    row = session.get(PostingTable, posting_id)
    if row is None:
        raise StoreError(StoreProblem.NOT_FOUND, db_file, f"There is no posting #{posting_id}.")
    return row


def heard_from(posting: PostingTable, now: datetime) -> None:
    """Word from the other side about the posting (a message logged, an event agreed): a
    change, and the end of its silence."""
    posting.updated_at = posting.heard_at = now
    posting.moved_at = max(posting.moved_at or now, now)


def contact_row(posting_id: int, contact: Contact) -> ContactTable:
    return ContactTable(
        posting_id=posting_id,
        person=contact.person,
        method=contact.method.value if contact.method else "",
        address=contact.address,
        phone=contact.phone,
        email=contact.email,
        website=contact.website,
    )


def event_row(event: Event, *, with_id: bool = True) -> EventTable:
    """The row keeping `event`; without its id for a new one, which SQLite numbers."""
    return EventTable(
        id=event.id if with_id else None,
        posting_id=event.posting_id,
        kind=event.kind.value,
        start=event.start.isoformat(timespec="minutes"),
        zone=event.zone,
        minutes=event.minutes,
        note=event.note,
    )


def event_of(row: EventTable) -> Event:
    assert row.id is not None, "row was not flushed"
    return Event(
        row.id,
        row.posting_id,
        EventKind(row.kind),
        datetime.fromisoformat(row.start),
        row.zone,
        row.minutes,
        row.note,
    )


def posting_events(session: Session, posting_id: int) -> list[Event]:
    """A posting's events, as entered (their order in time depends on their zones)."""
    rows = session.exec(
        select(EventTable).where(EventTable.posting_id == posting_id).order_by(col(EventTable.id))
    ).all()
    return [event_of(row) for row in rows]
