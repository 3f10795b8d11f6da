"""What the user adds to a posting besides its details: verdicts on its must-haves,
recruiters' messages about it, its events, and red flags they have dismissed."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlmodel import col, select

from desktop.domain.skills.profile import Status
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.tracker import Message
from desktop.domain.tracking.worksearch import Contact
from desktop.store import reads
from desktop.store.database import Database
from desktop.store.tables import (
    CheckOverrideTable,
    DismissedFlagTable,
    EventTable,
    MessageTable,
    contact_row,
    event_of,
    event_row,
    heard_from,
    posting_events,
    posting_row,
)


class Annotations:
    """Kept per posting; deleted with it (the tables cascade)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._session = database.session

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
            posting_row(session, posting_id, self._database.db_file)
            row = session.get(CheckOverrideTable, (posting_id, key))
            if status is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CheckOverrideTable(posting_id=posting_id, item=key, status=status))
            else:
                row.status = status
            session.commit()

    def messages(self, posting_id: int) -> list[Message]:
        """A posting's messages, oldest first."""
        with self._session() as session:
            rows = session.exec(
                select(MessageTable)
                .where(MessageTable.posting_id == posting_id)
                .order_by(col(MessageTable.received), col(MessageTable.id))
            ).all()
            return [Message(_message_id(r), r.posting_id, r.received, r.text) for r in rows]

    def add_message(self, posting_id: int, received: date, text: str) -> Message:
        """Keep a message about a posting verbatim, dated when it was received."""
        with self._session(writes=True) as session:
            posting = posting_row(session, posting_id, self._database.db_file)
            row = MessageTable(posting_id=posting_id, received=received, text=text)
            session.add(row)
            heard_from(posting, self._database.clock())
            session.commit()
            return Message(_message_id(row), posting_id, received, text)

    def delete_message(self, message_id: int) -> int | None:
        """Forget a message; returns the posting it was about (None if it was gone)."""
        with self._session(writes=True) as session:
            row = session.get(MessageTable, message_id)
            if row is None:
                return None
            session.delete(row)
            session.commit()
            return row.posting_id

    def events(self, posting_id: int) -> list[Event]:
        with self._session() as session:
            return posting_events(session, posting_id)

    def add_event(self, event: Event) -> Event:
        """Keep an event of `event.posting_id` (its id is given here); StoreError (not
        found) when the posting is gone."""
        with self._session(writes=True) as session:
            posting = posting_row(session, event.posting_id, self._database.db_file)
            row = event_row(event, with_id=False)
            session.add(row)
            heard_from(posting, self._database.clock())  # a date agreed
            session.commit()
            return event_of(row)

    def delete_event(self, event_id: int) -> Event | None:
        """Forget an event; returns it (None if it was gone)."""
        with self._session(writes=True) as session:
            row = session.get(EventTable, event_id)
            if row is None:
                return None
            event = event_of(row)
            session.delete(row)
            session.commit()
            return event

    def contacts(self) -> dict[int, Contact]:
        with self._database.reading() as connection:
            return reads.contacts(connection)

    def save_contact(self, posting_id: int, contact: Contact) -> None:
        """Keep whom an application went to (StoreError, not found, if the posting is gone)."""
        with self._session(writes=True) as session:
            posting_row(session, posting_id, self._database.db_file)
            session.merge(contact_row(posting_id, contact))
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
            posting_row(session, posting_id, self._database.db_file)
            row = session.get(DismissedFlagTable, (posting_id, flag))
            if dismissed and row is None:
                session.add(DismissedFlagTable(posting_id=posting_id, flag=flag))
            elif not dismissed and row is not None:
                session.delete(row)
            session.commit()

    # Many postings at once, for the table's columns. Not for the GUI thread.

    def verdicts_of(self, posting_ids: Collection[int]) -> dict[int, dict[str, Status]]:
        with self._database.reading() as connection:
            return reads.verdicts_of(connection, posting_ids)

    def message_texts_of(self, posting_ids: Collection[int]) -> dict[int, list[str]]:
        with self._database.reading() as connection:
            return reads.message_texts_of(connection, posting_ids)

    def events_from(self, day: date) -> list[Event]:
        """Every posting's events from `day` on, by their own clock (reads.events_from)."""
        with self._database.reading() as connection:
            return reads.events_from(connection, day)

    def dismissed_of(self, posting_ids: Collection[int]) -> dict[int, frozenset[str]]:
        with self._database.reading() as connection:
            return reads.dismissed_of(connection, posting_ids)


def _message_id(row: MessageTable) -> int:
    assert row.id is not None, "row was not flushed"
    return row.id
