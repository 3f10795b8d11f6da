"""The tracker's dates as an iCalendar file (RFC 5545) for any calendar application.

Each event becomes a VEVENT at its wall-clock time in its own zone (TZID, with a
VTIMEZONE the icalendar library works out from the tz database), so a calendar shows it
right after either side's clocks change; each open posting's follow-up date becomes an
all-day VEVENT. UIDs are the kept numbers (`event-12@gigdesk`, `follow-up-3@gigdesk`): a
file imported again updates what the last import made instead of doubling it.

The icalendar library writes it because RFC 5545's line folding, escaping and time zone
definitions are easy to get subtly wrong by hand, and calendars reject such files silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar

from desktop import APP_NAME, __version__
from desktop.domain.clock import zone_named
from desktop.domain.files import written_atomically
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.tracker import PostingRow

UID_DOMAIN = "gigdesk"
# How far past the last date a zone's definition reaches, so a calendar needs no guess.
_ZONE_MARGIN = timedelta(days=366)


def event_uid(event: Event) -> str:
    return f"event-{event.id}@{UID_DOMAIN}"


def follow_up_uid(posting: PostingRow) -> str:
    return f"follow-up-{posting.id}@{UID_DOMAIN}"


def calendar_of(
    postings: Iterable[PostingRow], events: Iterable[Event], now: datetime
) -> icalendar.Calendar:
    """The calendar: a VEVENT for each event of a listed posting, and an
    all-day VEVENT for each open posting's follow-up date; `now` stamps them."""
    by_id: Mapping[int, PostingRow] = {posting.id: posting for posting in postings}
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", APP_NAME)
    days: list[date] = []
    for event in events:
        posting = by_id.get(event.posting_id)
        if posting is not None:
            calendar.add_component(_event_item(event, posting, now))
            days.append(event.start.date())
    for posting in by_id.values():
        follow_up = posting.details.follow_up
        if follow_up is not None and posting.outcome is None:
            calendar.add_component(_follow_up_item(posting, follow_up, now))
    if days:
        calendar.add_missing_timezones(min(days) - _ZONE_MARGIN, max(days) + _ZONE_MARGIN)
    return calendar


def write_calendar(
    path: Path, postings: Iterable[PostingRow], events: Iterable[Event], now: datetime
) -> int:
    """Write `calendar_of` to `path`, whole or not at all; returns how many items it holds."""
    calendar = calendar_of(postings, events, now)
    with written_atomically(Path(path)) as temporary, open(temporary, "xb") as handle:
        handle.write(calendar.to_ical())
    return len(calendar.walk("VEVENT"))


def _event_item(event: Event, posting: PostingRow, now: datetime) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", event_uid(event))
    item.add("dtstamp", now)
    item.add("dtstart", event.start.replace(tzinfo=zone_named(event.zone)))
    if event.minutes:
        item.add("duration", timedelta(minutes=event.minutes))
    item.add("summary", f"{event.kind.label.capitalize()}: {_named(posting)}")
    description = "\n\n".join(part for part in (event.note, posting.details.url or "") if part)
    if description:
        item.add("description", description)
    if posting.details.url:
        item.add("url", posting.details.url)
    return item


def _follow_up_item(posting: PostingRow, day: date, now: datetime) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", follow_up_uid(posting))
    item.add("dtstamp", now)
    item.add("dtstart", day)
    item.add("dtend", day + timedelta(days=1))
    item.add("summary", f"Follow up: {_named(posting)}")
    item.add("transp", "TRANSPARENT")  # a reminder, not time taken
    if posting.details.url:
        item.add("description", posting.details.url)
        item.add("url", posting.details.url)
    return item


def _named(posting: PostingRow) -> str:
    company = posting.details.company
    return f"{posting.title} at {company}" if company else posting.title
