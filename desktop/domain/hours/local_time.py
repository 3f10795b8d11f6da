"""A posting's hours in the user's time, for a given day, with the overlap against their own.

Every conversion goes through real instants for that date (python-dateutil's
tz), so summer time is right on each side, including the weeks when only one
side has changed its clocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from desktop.domain.hours.statements import HoursStatement, window_instants
from desktop.domain.hours.working import (
    HoursKind,
    HoursSummary,
    WorkingHours,
    WorkingHoursError,
    parse_days,
)
from desktop.domain.hours.zones import (
    fixed_offset,
    standard_time_note,
    utc_offset,
    zone_info,
    zone_label,
)

_LOOKAHEAD_DAYS = 183
# Whose business hours an overlap is measured against when the text gives none.
_BUSINESS_HOURS = (time(9), time(17))


@dataclass(frozen=True)
class LocalWindow:
    """A window placed on a day: both ends as aware datetimes in the user's zone."""

    day: date
    start: datetime
    end: datetime

    def shift(self, moment: datetime) -> int:
        return (moment.date() - self.day).days

    @property
    def label(self) -> str:
        """ "17:00–08:00 (+1)": a marker on each end that is not on the posting's day."""
        return (
            f"{_clock(self.start, self.shift(self.start))}–{_clock(self.end, self.shift(self.end))}"
        )


def _clock(moment: datetime, shift: int) -> str:
    return f"{moment:%H:%M}" + (f" ({shift:+d})" if shift else "")


@dataclass(frozen=True)
class HoursReading:
    """One statement for one user and day."""

    statement: HoursStatement
    user_zone: str
    local: LocalWindow | None = None
    overlap_hours: float | None = None
    # The verdict, the one both the hours view and the checklist show: a window wholly
    # within the user's working hours, an overlap as long as asked, the user's zone inside
    # a band; None where none can be made (a statement without a zone).
    met: bool | None = None
    notes: tuple[str, ...] = field(default=())


def read_hours(
    statements: Sequence[HoursStatement],
    on: date,
    user_zone: str,
    working: WorkingHours,
    *,
    look_ahead: bool = True,
) -> list[HoursReading]:
    """Each statement in the user's time on `on`.

    `look_ahead` adds the notes on clock changes in the next six months, a day-by-day
    search worth doing for the posting on screen, not for a whole table.
    """
    zone_info(user_zone)
    readings = [_reading(s, on, user_zone, working, look_ahead) for s in statements]
    return [
        _as_reference(reading) if _measured_against(reading.statement, statements) else reading
        for reading in readings
    ]


def _measured_against(window: HoursStatement, statements: Sequence[HoursStatement]) -> bool:
    """Whether the window is what an overlap in the same words is measured against
    ("overlap at least 4 hours with US Eastern Time (9am-5pm EST)"): the overlap is the ask,
    and the window needs no verdict of its own."""
    return window.kind == HoursKind.WINDOW and any(
        other.kind == HoursKind.OVERLAP
        and other.text == window.text
        and other.zone == window.zone
        and other.reference == window.clock
        for other in statements
    )


def _as_reference(reading: HoursReading) -> HoursReading:
    note = "The overlap asked for is measured against these hours; its verdict stands."
    return replace(reading, met=None, notes=(*reading.notes, note))


def _reading(
    statement: HoursStatement, on: date, user_zone: str, working: WorkingHours, look_ahead: bool
) -> HoursReading:
    if not statement.converts:
        return HoursReading(statement, user_zone)
    notes = list(_standard_notes(statement, on))
    if statement.kind == HoursKind.WINDOW and statement.zone:
        local = local_window(statement, on, user_zone)
        overlap = _window_overlap(statement, on, user_zone, working)
        if look_ahead:
            notes.extend(clock_changes(statement, on, user_zone))
        # met: the whole window falls within the user's working hours
        length = round((local.end.timestamp() - local.start.timestamp()) / 3600, 2)
        return HoursReading(statement, user_zone, local, overlap, overlap >= length, tuple(notes))
    if statement.kind == HoursKind.OVERLAP and statement.zone:
        begins, ends = statement.reference or _BUSINESS_HOURS
        reference = HoursStatement(
            HoursKind.WINDOW, statement.text, 0, 0, statement.zone, begins=begins, ends=ends
        )
        if statement.reference is None:
            notes.append(
                f"No hours are given for {zone_label(statement.zone)}, so the overlap is "
                f"measured against {reference.clock_range} there."
            )
        hours = _window_overlap(reference, on, user_zone, working)
        met = hours >= (statement.hours or 0)
        return HoursReading(statement, user_zone, None, hours, met, tuple(notes))
    met, note = _band(statement, on, user_zone)
    return HoursReading(statement, user_zone, None, None, met, (*notes, note))


def local_window(statement: HoursStatement, on: date, user_zone: str) -> LocalWindow:
    start, end = window_instants(statement, on)
    info = zone_info(user_zone)
    return LocalWindow(on, start.astimezone(info), end.astimezone(info))


def _window_overlap(
    statement: HoursStatement, on: date, user_zone: str, working: WorkingHours
) -> float:
    """Hours of the window inside the user's working hours on their next working day from `on`."""
    day = next(
        (
            on + timedelta(days=i)
            for i in range(7)
            if (on + timedelta(days=i)).weekday() in working.days
        ),
        on,
    )
    info = zone_info(user_zone)
    end_day = day if working.end > working.start else day + timedelta(days=1)
    # Compared as POSIX seconds: aware datetimes in two dateutil zones compare slowly.
    work_start = datetime.combine(day, working.start, info).timestamp()
    work_end = datetime.combine(end_day, working.end, info).timestamp()
    total = 0.0
    for offset in (-1, 0, 1):
        posting_day = day + timedelta(days=offset)
        if statement.days and posting_day.weekday() not in _statement_days(statement.days):
            continue
        start, end = (moment.timestamp() for moment in window_instants(statement, posting_day))
        total += max(0.0, min(end, work_end) - max(start, work_start))
    return round(total / 3600, 2)


def _statement_days(days: str) -> frozenset[int]:
    try:
        return parse_days(days)
    except WorkingHoursError:
        return frozenset(range(7))


def clock_changes(statement: HoursStatement, on: date, user_zone: str) -> list[str]:
    """When the window moves for the user in the next six months: only one side changes
    its clocks, or both do on different dates."""
    notes: list[str] = []
    current = _gap(statement, on, user_zone)
    for offset in range(1, _LOOKAHEAD_DAYS):
        day = on + timedelta(days=offset)
        gap = _gap(statement, day, user_zone)
        if gap == current:
            continue
        start, _ = window_instants(statement, day)
        label = local_window(statement, day, user_zone).label
        moved = _moved_side(statement.zone or "UTC", user_zone, start)
        notes.append(f"From {day:%a %d %b %Y} this is {label} for you ({moved}).")
        current = gap
        if len(notes) == 3:
            break
    return notes


def _gap(statement: HoursStatement, day: date, user_zone: str) -> timedelta:
    """How far the user's clock is from the posting's at the window's start that day."""
    start, _ = window_instants(statement, day)
    return utc_offset(user_zone, start) - utc_offset(statement.zone or "UTC", start)


def _moved_side(posting_zone: str, user_zone: str, moment: datetime) -> str:
    before = moment - timedelta(days=1)
    posting_moved = utc_offset(posting_zone, before) != utc_offset(posting_zone, moment)
    user_moved = utc_offset(user_zone, before) != utc_offset(user_zone, moment)
    if posting_moved and not user_moved:
        return f"{zone_label(posting_zone)} changes its clocks and {zone_label(user_zone)} does not"
    if user_moved and not posting_moved:
        return f"{zone_label(user_zone)} changes its clocks and {zone_label(posting_zone)} does not"
    return "both sides change their clocks, on different dates"


def _standard_notes(statement: HoursStatement, on: date) -> list[str]:
    if statement.zone is None or not statement.written_zone:
        return []
    moment = datetime.combine(on, time(12), zone_info(statement.zone))
    note = standard_time_note(statement.written_zone, statement.zone, moment)
    return [note] if note else []


def _band(statement: HoursStatement, on: date, user_zone: str) -> tuple[bool, str]:
    """Whether the user's zone is inside a band of zones on that date."""
    noon = datetime.combine(on, time(12), zone_info(user_zone))
    mine = utc_offset(user_zone, noon)
    mine_text = fixed_offset(int(mine.total_seconds() // 60))
    if statement.plus_minus is not None and statement.zone is not None:
        theirs = utc_offset(statement.zone, noon)
        apart = abs(mine - theirs).total_seconds() / 3600
        inside = apart <= statement.plus_minus
        where = "inside" if inside else "outside"
        return inside, (
            f"Your zone ({mine_text}) is {apart:g} h from {zone_label(statement.zone)}: "
            f"{where} the ±{statement.plus_minus:g} h band."
        )
    low = _offset_hours(statement.band_from or "UTC+0")
    high = _offset_hours(statement.band_to or "UTC+0")
    low, high = min(low, high), max(low, high)
    hours = mine.total_seconds() / 3600
    inside = low <= hours <= high
    where = "inside" if inside else "outside"
    return (
        inside,
        f"Your zone ({mine_text}) is {where} {statement.band_from} to {statement.band_to}.",
    )


def _offset_hours(label: str) -> float:
    match = re.fullmatch(r"UTC([+-])(\d{1,2})(?::(\d{2}))?", label)
    if not match:
        return 0.0
    value = int(match.group(2)) + int(match.group(3) or 0) / 60
    return -value if match.group(1) == "-" else value


def summarize_hours(
    statements: Sequence[HoursStatement], on: date, user_zone: str, working: WorkingHours
) -> HoursSummary | None:
    """The first window in the user's time, else the first overlap, band or unconverted hours."""
    if not statements:
        return None
    readings = read_hours(statements, on, user_zone, working, look_ahead=False)
    main = next((r for r in readings if r.local is not None), None) or next(
        (r for r in readings if r.statement.converts), readings[0]
    )
    statement = main.statement
    zone = statement.zone or ""
    if main.local is not None:
        local = f"{main.local.label} {user_zone}"
        cell = main.local.label
    elif statement.kind == HoursKind.OVERLAP and main.overlap_hours is not None:
        local = ""
        cell = f"overlap {main.overlap_hours:g} of {statement.hours:g} h"
    elif statement.kind == HoursKind.BAND:
        local = ""
        cell = "in zone band" if main.met else "outside zone band"
    elif statement.options:
        local, cell = "", f"{statement.written_zone}: pick a zone"
    else:
        local, cell = "", "no time zone"
    return HoursSummary(statement.text, zone, local, main.overlap_hours, cell)
