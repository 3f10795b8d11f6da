"""The user's working hours and zone as their settings keep them, the kinds of hours
statement, and a posting's hours summed up for the table: what the window's start needs of
hours, without the reader of hours statements (statements.py) and the conversions
(local_time.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from desktop.domain.errors import DomainError
from desktop.domain.hours.zones import known_zone

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class WorkingHoursError(DomainError):
    """Working hours that cannot be read."""


@dataclass(frozen=True)
class WorkingHours:
    """The user's own working day, in their zone."""

    start: time = time(9)
    end: time = time(18)
    days: frozenset[int] = frozenset(range(5))  # Monday is 0

    @classmethod
    def parse(cls, hours: str, days: str = "Mon-Fri") -> WorkingHours:
        """ "09:00-18:00" and "Mon-Fri" (or "Mon,Wed,Fri"), as the settings keep them."""
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*", hours)
        if not match:
            raise WorkingHoursError(f"Working hours {hours!r} should look like 09:00-18:00.")
        try:
            start = time(int(match.group(1)), int(match.group(2)))
            end = time(int(match.group(3)) % 24, int(match.group(4)))
        except ValueError as exc:
            raise WorkingHoursError(f"Working hours {hours!r} are not clock times.") from exc
        if start == end:
            raise WorkingHoursError("Working hours must start and end at different times.")
        return cls(start, end, parse_days(days))

    @property
    def hours_text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @property
    def days_text(self) -> str:
        return format_days(self.days)


def parse_days(days: str) -> frozenset[int]:
    """ "Mon-Fri", "Sun-Thu", "Mon,Wed,Fri" → weekday numbers."""
    names = [d.casefold() for d in _DAY_NAMES]
    result: set[int] = set()
    for part in re.split(r"\s*,\s*", days.strip()):
        ends = [p.strip().casefold()[:3] for p in re.split(r"\s*[-–]\s*", part) if p.strip()]
        if not ends or any(e not in names for e in ends) or len(ends) > 2:
            raise WorkingHoursError(f"Working days {days!r} should look like Mon-Fri.")
        first, last = names.index(ends[0]), names.index(ends[-1])
        result.update((first + i) % 7 for i in range((last - first) % 7 + 1))
    return frozenset(result)


def format_days(days: frozenset[int]) -> str:
    """ "Mon-Fri", "Sun-Thu" for a run of three or more days; else "Mon,Wed,Fri"."""
    for first in sorted(days):
        run = [(first + i) % 7 for i in range(len(days))]
        if len(days) > 2 and set(run) == days:
            return f"{_DAY_NAMES[run[0]]}-{_DAY_NAMES[run[-1]]}"
    return ",".join(_DAY_NAMES[d] for d in sorted(days))


def my_hours_from(settings: Mapping[str, str]) -> tuple[str | None, WorkingHours]:
    """The user's zone (None: not chosen, follow the system's) and working hours, from their
    settings as kept (`my_hours_settings`); what cannot be read is the default."""
    zone = settings.get("time_zone")
    try:
        working = WorkingHours.parse(
            settings.get("working_hours", "09:00-18:00"), settings.get("working_days", "Mon-Fri")
        )
    except WorkingHoursError:
        working = WorkingHours()
    return (zone if zone and known_zone(zone) else None), working


def hours_confirmed(settings: Mapping[str, str]) -> bool:
    """Whether the user has saved their zone and working hours (`my_hours_settings`) once:
    until then Gigdesk assumes the system's zone and a nine-to-six day."""
    return "working_hours" in settings


def my_hours_settings(zone: str | None, working: WorkingHours) -> dict[str, str]:
    """The user's zone and working hours as settings to keep."""
    return {
        "time_zone": zone or "",
        "working_hours": working.hours_text,
        "working_days": working.days_text,
    }


@dataclass(frozen=True, slots=True)
class HoursSummary:
    """A posting's main hours statement for one user and day: a table cell and CSV columns."""

    text: str
    zone: str
    local: str
    overlap_hours: float | None
    cell: str


class HoursKind(StrEnum):
    """What a statement gives; the values are those the JSON form has always used."""

    WINDOW = "window"  # clock times: "9am-5pm ET"
    OVERLAP = "overlap"  # a number of hours shared with a zone's day
    BAND = "band"  # a range of zones: "within 3 hours of CET", "UTC-3 to UTC+1"
