"""Backups' names, and which daily backups to keep: the last 7 days' and one for each of
the last 4 weeks.

A backup is named by the user's day when it was made. The day's own has the day alone
(`gigdesk-2026-11-30.db`); one made at a known moment (by hand, at quit, `gigdesk backup`)
also its time and UTC offset (`gigdesk-2026-11-30-042600-0500.db`), so that each names its
moment whatever zone the user had then. An older Gigdesk named those by the time alone
(`gigdesk-2026-11-28-140712.db`, the clock of whichever zone was in use), which is still
read: its moment is worked out with the file's modification time (`when_made`).

All of it is pure: the names, the moments and the rotation are functions of names, given
times and today, so they are tested over simulated weeks and zones without a clock or files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

DAILY = 7
WEEKLY = 4

# A backup's name: its day, then for one made at a known moment its time and UTC offset
# (an older one has the time alone).
_NAME = re.compile(
    r"gigdesk-(\d{4}-\d{2}-\d{2})(?:-(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?)?\.db"
)


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says."""

    day: date  # the user's day when it was made: the day it counts for in the rotation
    at: time | None  # None: named by its day alone
    offset: timedelta | None  # from UTC; None: not in the name


def backup_name(day: date) -> str:
    """The name of the day's own backup: `gigdesk-2026-11-30.db`."""
    return f"gigdesk-{day.isoformat()}.db"


def timed_name(moment: datetime) -> str:
    """The name of a backup made at `moment` (aware), on its clock and with its offset,
    so that the name alone says when it was made: `gigdesk-2026-11-30-042600-0500.db`."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"gigdesk-{moment:%Y-%m-%d-%H%M%S}{sign}{hours:02d}{minutes:02d}.db"


def read_backup_name(name: str) -> BackupName | None:
    """What a backup's file name says, in any of the three forms; None for any other file
    (one the user put beside them, or a name no real day or offset fits)."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    day, hour, minute, second, sign, off_hours, off_minutes = match.groups()
    try:
        at = time(int(hour), int(minute), int(second)) if hour else None
        offset = None
        if sign:
            offset = timedelta(hours=int(off_hours), minutes=int(off_minutes))
            offset = -offset if sign == "-" else offset
            timezone(offset)  # within a day of UTC
        return BackupName(date.fromisoformat(day), at, offset)
    except ValueError:
        return None


# The furthest a zone's clock is from UTC, each way; the time a copy may take after its
# name was chosen; the steps zones' offsets come in.
_EAST, _WEST = timedelta(hours=14), timedelta(hours=12)
_COPYING = timedelta(minutes=5)
_OFFSET_STEP = timedelta(minutes=15)


def when_made(named: BackupName, modified: datetime) -> tuple[datetime, bool]:
    """When a backup was made, and whether that is the moment (else its name's clock read
    as UTC, the best left to go by), so that backups named on different zones' clocks are
    listed in the order they were made. A name with an offset says it. For another, the
    file's modification time (`modified`, aware: the end of its copy) where it fits the
    name in some zone: for a day's own, any moment of that day in any zone; for one named
    by its time, that time in the zone whose offset the modification time gives (to the
    quarter hour), the name's own second. A file copied since may have another
    modification time."""
    if named.at is not None and named.offset is not None:
        return datetime.combine(named.day, named.at, timezone(named.offset)), True
    if named.at is None:
        start = datetime.combine(named.day, time(), UTC)
        if start - _EAST <= modified <= start + timedelta(days=1) + _WEST + _COPYING:
            return modified, True
        return start, False
    clock = datetime.combine(named.day, named.at, UTC)
    apart = clock - modified  # the zone's offset, less the copy's time
    if -_WEST - _COPYING <= apart <= _EAST:
        offset = _OFFSET_STEP * round(apart / _OFFSET_STEP)
        if -_WEST <= offset <= _EAST:
            return datetime.combine(named.day, named.at, timezone(offset)), True
    return clock, False


def days_to_keep(days: Iterable[date], today: date) -> set[date]:
    """The newest backup of each of the last `DAILY` days, and the oldest of each of the
    `WEEKLY` weeks before them (Monday to Sunday): the rest may go."""
    kept: set[date] = set()
    recent = today - timedelta(days=DAILY - 1)
    weeks: dict[date, date] = {}
    for day in sorted(set(days)):
        if day > today:
            continue  # a clock set back: leave what it cannot place
        if day >= recent:
            kept.add(day)
            continue
        monday = day - timedelta(days=day.weekday())
        if monday >= recent - timedelta(weeks=WEEKLY) and monday not in weeks:
            weeks[monday] = day
    kept.update(weeks.values())
    return kept
