"""One clock and one zone for everything the user sees: now, today and their zone.

Built once by each composition root (the app, the command line) and handed down,
so that history times, follow-up defaults, message dates, the CSV and working
hours all agree, and "today" moves at midnight for all of them together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache

import tzlocal
from dateutil import tz

from desktop.domain.hours.zones import known_zone

# Past midnight by this much, so a timer never wakes on the old day.
_PAST_MIDNIGHT = timedelta(seconds=5)


def utc_now() -> datetime:
    """Now, in UTC: how every time is kept."""
    return datetime.now(UTC)


def system_zone_name() -> str:
    """The system's zone as an IANA name, or UTC when it cannot be told.

    tzlocal reads it where each system keeps it (TZ, /etc/localtime, the Windows
    registry), which reading files by hand does not.
    """
    try:
        name = tzlocal.get_localzone_name()
    except (LookupError, ValueError, OSError):
        return "UTC"
    return name if name and known_zone(name) else "UTC"


_DAY_SECONDS = 86_400


@cache
def zone_named(name: str) -> tzinfo:
    """A zone from the tz database; dateutil's file-based zones convert fastest."""
    found = tz.gettz(name)
    if found is None:
        raise ValueError(f"unknown time zone {name!r}")
    return found


def converter_to(zone: tzinfo) -> Callable[[datetime], datetime]:
    """`moment.astimezone(zone)` for many moments (an export's 500,000), five times faster.

    dateutil finds a moment's offset in Python; here each day of UTC is looked up once,
    and its offset reused when the zone keeps one offset through that day (a zone changes
    its offset at most once in a day, and a tracker's moments fall on a few hundred days;
    a day with a change is converted moment by moment).
    """
    offsets: dict[int, tzinfo | None] = {}

    def convert(moment: datetime) -> datetime:
        day = int(moment.timestamp()) // _DAY_SECONDS
        if day not in offsets:
            start = datetime.fromtimestamp(day * _DAY_SECONDS, UTC)
            first = start.astimezone(zone).utcoffset()
            last = (start + timedelta(seconds=_DAY_SECONDS - 1)).astimezone(zone).utcoffset()
            offsets[day] = timezone(first) if first is not None and first == last else None
        return moment.astimezone(offsets[day] or zone)

    return convert


class UserTime:
    """Now, today and the user's zone: the zone they chose in Gigdesk, else the system's."""

    def __init__(
        self, now: Callable[[], datetime], system_zone: str, chosen: str | None = None
    ) -> None:
        self._now = now
        self.system_zone = system_zone
        self.chosen = chosen

    def choose(self, zone: str | None) -> None:
        """Follow `zone` from now on; None follows the system's again."""
        self.chosen = zone

    @property
    def zone_name(self) -> str:
        return self.chosen or self.system_zone

    @property
    def zone(self) -> tzinfo:
        return zone_named(self.zone_name)

    def now(self) -> datetime:
        """This moment, aware of its zone."""
        return self._now()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def today(self) -> date:
        return self.local(self.now()).date()

    def at_noon(self, day: date) -> datetime:
        """Noon of `day` on the user's clock, in UTC: a moment for a day known alone (an
        imported history), on that day wherever the clocks change."""
        return datetime.combine(day, time(12), tzinfo=self.zone).astimezone(UTC)

    def until_tomorrow(self) -> timedelta:
        """How long until just after the next midnight in the user's zone."""
        now = self.local(self.now())
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=self.zone)
        # Aware datetimes in one zone subtract as wall clocks; in UTC the DST change counts.
        return midnight.astimezone(UTC) - now.astimezone(UTC) + _PAST_MIDNIGHT
