"""What a backup's name says: the day it counts for, and when it was made whatever zone's
clock named it (an older name by its time alone, with its file's modification time)."""

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from desktop.domain.backups import BackupName, backup_name, read_backup_name, timed_name, when_made
from desktop.domain.clock import zone_named

NEW_YORK = zone_named("America/New_York")


def test_names_round_trip_and_other_files_are_not_backups():
    day = date(2026, 2, 28)
    assert read_backup_name(backup_name(day)) == BackupName(day, None, None)
    assert read_backup_name("gigdesk-2026-02-30.db") is None
    assert read_backup_name("gigdesk.db") is None and read_backup_name("notes.txt") is None


@pytest.mark.parametrize(
    ("moment", "name"),
    [
        (datetime(2026, 11, 30, 4, 26, tzinfo=NEW_YORK), "gigdesk-2026-11-30-042600-0500.db"),
        (datetime(2026, 11, 30, 9, 24, 5, tzinfo=UTC), "gigdesk-2026-11-30-092405+0000.db"),
        (
            datetime(2026, 12, 1, 3, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "gigdesk-2026-12-01-030000+0530.db",
        ),
    ],
)
def test_a_timed_name_says_the_moment_on_its_clock_and_reads_back_to_it(moment, name):
    assert timed_name(moment) == name
    named = read_backup_name(name)
    assert named is not None and named.day == moment.date()
    assert named.at == moment.time() and named.offset == moment.utcoffset()
    # whatever the file's modification time: the name alone says when
    assert when_made(named, datetime(2030, 1, 1, tzinfo=UTC)) == (moment, True)


@pytest.mark.parametrize(
    "name",
    [
        "gigdesk-2026-11-30-250000.db",  # no such hour
        "gigdesk-2026-11-30-042600+2400.db",  # a day or more from UTC
        "gigdesk-2026-11-30-0426-0500.db",
        "gigdesk-2026-11-30.db.bak",
    ],
)
def test_names_no_moment_fits_are_not_backups(name):
    assert read_backup_name(name) is None


def _utc(hour: int, minute: int, second: int = 0, *, day: date = date(2026, 11, 30)) -> datetime:
    return datetime.combine(day, time(hour, minute, second), UTC)


def test_an_older_name_of_a_time_alone_is_read_in_the_zone_its_files_time_gives():
    """Named before the offset was, on New York's clock, written a second after: New
    York's time to the name's own second. One on UTC's clock likewise."""
    on_new_york = read_backup_name("gigdesk-2026-11-30-042611.db")
    assert on_new_york is not None and on_new_york.offset is None
    made, exact = when_made(on_new_york, _utc(9, 26, 12))
    assert made == _utc(9, 26, 11) and exact and made.utcoffset() == timedelta(hours=-5)
    on_utc = read_backup_name("gigdesk-2026-11-30-092405.db")
    assert on_utc is not None
    assert when_made(on_utc, _utc(9, 24, 7)) == (_utc(9, 24, 5), True)


def test_a_name_its_files_time_fits_in_no_zone_is_read_by_its_clock_as_utc():
    """A file copied long after its name's day: its name's clock, as if on UTC, not exact."""
    copied = read_backup_name("gigdesk-2026-11-29-231500.db")
    assert copied is not None
    made, exact = when_made(copied, datetime(2027, 3, 1, tzinfo=UTC))
    assert made == _utc(23, 15, day=date(2026, 11, 29)) and not exact
    assert made.utcoffset() == timedelta(0)


def test_a_days_own_is_made_when_its_file_was_written_within_that_day_in_some_zone():
    days_own = read_backup_name("gigdesk-2026-11-30.db")
    assert days_own is not None
    # 30 November began at 10:00 UTC on the 29th in Kiritimati and ends at 12:00 UTC on
    # 1 December on Baker Island; the copy may take minutes after that
    for written in (
        _utc(4, 2),
        _utc(10, 0, day=date(2026, 11, 29)),
        _utc(12, 4, day=date(2026, 12, 1)),
    ):
        assert when_made(days_own, written) == (written, True)
    for written in (_utc(9, 59, day=date(2026, 11, 29)), _utc(12, 6, day=date(2026, 12, 1))):
        assert when_made(days_own, written) == (_utc(0, 0), False)
