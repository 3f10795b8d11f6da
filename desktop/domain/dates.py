"""Time zones through python-dateutil."""

from __future__ import annotations

from datetime import tzinfo

from dateutil import tz


def local_zone() -> tzinfo:
    """The system's zone from its tz database file.

    Preferred to tz.tzlocal(), which asks the C library on every conversion and
    is about eight times slower over a whole export.
    """
    return tz.gettz() or tz.tzlocal()
