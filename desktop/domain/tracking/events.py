"""Events of a posting (an interview, a call, a test task, a deadline) in the zone they were
given in.

An event is kept as the wall-clock time it was agreed at and that zone's IANA name, not as
an instant: "08:00 Los Angeles" stays 08:00 there even if the rules of either zone change
before the day. It is shown in both zones, with a warning when either side's clocks
change between now and then, the weeks when the gap between them is not what it is today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from dateutil import tz

from desktop.domain.clock import zone_named
from desktop.domain.errors import DomainError
from desktop.domain.hours.zones import is_fixed_offset, known_zone, zone_label

YOUR_TIME = "your time"


class EventError(DomainError):
    """An event that cannot be kept: a date, time, zone or length that does not hold."""


class EventKind(StrEnum):
    INTERVIEW = "interview"
    CALL = "call"
    TEST_TASK = "test-task"
    DEADLINE = "deadline"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


@dataclass(frozen=True)
class Event:
    """One dated thing about a posting; `start` is naive, the wall clock in `zone`."""

    id: int
    posting_id: int
    kind: EventKind
    start: datetime
    zone: str
    minutes: int = 0
    note: str = ""

    @property
    def instant(self) -> datetime:
        """When it happens, in UTC; a wall-clock time that comes twice (clocks going back)
        is the first of the two."""
        return self.start.replace(tzinfo=zone_named(self.zone), fold=0).astimezone(UTC)


def parse_kind(text: str) -> EventKind:
    """An event kind as a user types it: "interview", "test task", "Test-Task"."""
    wanted = "-".join(text.lower().replace("_", " ").split())
    for kind in EventKind:
        if kind.value == wanted:
            return kind
    names = ", ".join(kind.label for kind in EventKind)
    raise EventError(f"{text!r} is not a kind of event; use one of: {names}.")


def parse_start(text: str) -> datetime:
    """A start as "2026-12-03 08:00" (or with a T): a naive wall-clock time."""
    try:
        start = datetime.fromisoformat(text.strip())
    except ValueError:
        raise EventError(
            f"{text!r} is not a date and time; write it as 2026-12-03 08:00."
        ) from None
    if start.tzinfo is not None:
        raise EventError(
            f"{text!r} carries an offset; give the clock time and its zone apart (--zone)."
        )
    return start.replace(second=0, microsecond=0)


def checked_event(event: Event) -> Event:
    """The event if it can be kept: a region's zone (or UTC), a time that exists there, a
    length of zero or more minutes; EventError saying what is wrong otherwise."""
    if not known_zone(event.zone) or is_fixed_offset(event.zone):
        raise EventError(
            f"{event.zone!r} is not a time zone name; use an IANA name such as America/Los_Angeles."
        )
    if event.minutes < 0:
        raise EventError("An event cannot last less than no time.")
    if not tz.datetime_exists(event.start, zone_named(event.zone)):
        raise EventError(
            f"{event.start:%H:%M} does not exist in {zone_label(event.zone)} on "
            f"{event.start.date().isoformat()}: the clocks go forward over it."
        )
    return event


def wall_clock(moment: datetime, zone: str) -> datetime:
    """An aware moment as the clock in `zone` shows it."""
    return moment.astimezone(zone_named(zone))


def in_both_zones(event: Event, my_zone: str) -> str:
    """How it reads for the user and where it was agreed: "Tue 3 Dec 17:00 your time ·
    08:00 Los Angeles"; the other side's day is named when it is not the user's."""
    mine = wall_clock(event.instant, my_zone)
    first = f"{_day(mine.date())} {mine:%H:%M} {YOUR_TIME}"
    if event.zone == my_zone:
        return first
    theirs = wall_clock(event.instant, event.zone)
    day = "" if theirs.date() == mine.date() else _day(theirs.date()) + " "
    return f"{first} · {day}{theirs:%H:%M} {zone_label(event.zone)}"


def clock_change_warning(event: Event, my_zone: str, now: datetime) -> str:
    """A warning when either zone's offset from UTC differs between `now` and the event
    (its clocks change in between): the gap between the two sides moves, or both shift
    and an hour agreed today may not be the hour meant. "" when neither changes, or the
    event is past."""
    when = event.instant
    if when <= now:
        return ""
    changing = [
        zone
        for zone in dict.fromkeys((event.zone, my_zone))
        if _offset(zone, now) != _offset(zone, when)
    ]
    if not changing:
        return ""
    places = " and ".join(
        f"{_place(zone, my_zone)} ({_utc(_offset(zone, now))} now, "
        f"{_utc(_offset(zone, when))} then)"
        for zone in changing
    )
    warning = f"Clocks change before this event in {places}."
    if event.zone != my_zone:
        gap_now = _offset(event.zone, now) - _offset(my_zone, now)
        gap_then = _offset(event.zone, when) - _offset(my_zone, when)
        if gap_now != gap_then:
            other = zone_label(event.zone)
            warning += (
                f" {other} is {_gap(gap_now)} today but {_gap(gap_then)} on the day: "
                "check the time with the other side."
            )
    return warning


def next_events(events: Iterable[Event], now: datetime) -> dict[int, Event]:
    """Each posting's next event: the first that has not yet begun."""
    found: dict[int, Event] = {}
    for event in events:
        when = event.instant
        if when < now:
            continue
        kept = found.get(event.posting_id)
        if kept is None or when < kept.instant:
            found[event.posting_id] = event
    return found


def _offset(zone: str, moment: datetime) -> timedelta:
    return moment.astimezone(zone_named(zone)).utcoffset() or timedelta(0)


def _place(zone: str, my_zone: str) -> str:
    return f"{zone_label(zone)}, your zone," if zone == my_zone else zone_label(zone)


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _utc(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _gap(gap: timedelta) -> str:
    hours = abs(gap.total_seconds()) / 3600
    if not hours:
        return "on your time"
    return f"{hours:g} h {'ahead of' if gap > timedelta(0) else 'behind'} you"
