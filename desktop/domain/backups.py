"""Which daily backups to keep: the last 7 days' and one for each of the last 4 weeks.

A backup is named by its day (`gigdesk-2026-11-28.db`), and one made by hand when that
day's exists also by its time (`gigdesk-2026-11-28-140712.db`, never overwriting the first);
the rotation is a pure function of those days and today, so it is tested over simulated
weeks without a clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time, timedelta

DAILY = 7
WEEKLY = 4
_NAME = re.compile(r"gigdesk-(\d{4}-\d{2}-\d{2})(?:-\d{6})?\.db")


def backup_name(day: date, at: time | None = None) -> str:
    """The day's name, or with `at` another one of the day, named by its time too."""
    stamp = f"-{at:%H%M%S}" if at is not None else ""
    return f"gigdesk-{day.isoformat()}{stamp}.db"


def backup_day(name: str) -> date | None:
    """The day a backup file was made, from its name; None for any other file."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


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
