"""Backups listed by the moment each was made, whatever zone's clock named it.

A new user quit once on the system's zone (UTC), chose America/New_York in Gigdesk, quit
again and clicked Back up now: the backup named "…-092400" on the UTC clock was listed
above the newer ones named "…-042600" on New York's, and pre-selected for a restore.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from desktop.domain.backups import days_to_keep
from desktop.domain.clock import zone_named
from desktop.domain.tracking.tracker import PostingDetails
from desktop.paths import AppPaths
from desktop.services import Tracker
from desktop.store import Store
from desktop.store.backups import (
    BackupShelf,
    backup_at_quit,
    backup_folder,
    daily_backup,
    list_backups,
    make_backup,
    prune,
)

NEW_YORK = zone_named("America/New_York")


def _utc(hour: int, minute: int, second: int = 0, *, day: date = date(2026, 11, 30)) -> datetime:
    return datetime.combine(day, time(hour, minute, second), UTC)


def _modified(path: Path, moment: datetime) -> Path:
    """The file's modification time set to `moment`, as a backup made then has it."""
    os.utime(path, (moment.timestamp(), moment.timestamp()))
    return path


def _older_copy(made: Path, name: str, at: datetime) -> Path:
    """A backup as an earlier Gigdesk named it (by a clock with no offset), made `at`."""
    return _modified(Path(shutil.copyfile(made, made.with_name(name))), at)


def test_backups_named_on_two_zones_clocks_are_listed_newest_first(tracker, paths):
    """The new user's steps: a quit on UTC, a quit on New York's clock, Back up now."""
    start = daily_backup(paths.db_file, date(2026, 11, 30))
    assert start is not None
    _modified(start, _utc(9, 0))
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    tracker.close()
    on_utc = backup_at_quit(paths.db_file, _utc(9, 24))
    with _reopened(paths) as again:
        again.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    on_new_york = backup_at_quit(paths.db_file, _utc(9, 26).astimezone(NEW_YORK))
    shelf = BackupShelf(paths.db_file, lambda: _utc(9, 27).astimezone(NEW_YORK))
    now = shelf.back_up_now()
    assert on_utc is not None and on_new_york is not None
    assert on_utc.name == "gigdesk-2026-11-30-092400+0000.db"
    assert on_new_york.name == "gigdesk-2026-11-30-042600-0500.db"
    assert now.name == "gigdesk-2026-11-30-042700-0500.db"
    listed = shelf.listed()
    assert [b.path for b in listed] == [now, on_new_york, on_utc, start]
    assert [b.made for b in listed] == [_utc(9, 27), _utc(9, 26), _utc(9, 24), _utc(9, 0)]
    assert [b.postings for b in listed] == [2, 2, 1, 0]


@contextmanager
def _reopened(paths: AppPaths) -> Iterator[Tracker]:
    """The tracker opened again after a quit, closed again after the block."""
    tracker = Tracker(Store.open(paths.db_file))
    try:
        yield tracker
    finally:
        tracker.close()


def test_older_names_without_an_offset_are_ordered_by_when_their_files_were_written(tracker, paths):
    """Backups named before the offset was: each read in the zone its modification time
    gives, to the second its name gives; one whose time fits no zone by its name alone."""
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    made = make_backup(paths.db_file, _utc(9, 20))
    on_utc = _older_copy(made, "gigdesk-2026-11-30-092405.db", _utc(9, 24, 7))
    on_new_york = _older_copy(made, "gigdesk-2026-11-30-042611.db", _utc(9, 26, 12))
    days_own = _older_copy(made, "gigdesk-2026-11-30.db", _utc(4, 2))
    copied = _older_copy(made, "gigdesk-2026-11-29-231500.db", datetime(2027, 3, 1, tzinfo=UTC))
    newest = make_backup(paths.db_file, _utc(9, 27).astimezone(NEW_YORK))
    listed = list_backups(paths.db_file)
    assert [b.path for b in listed] == [newest, on_new_york, on_utc, made, days_own, copied]
    by_path = {b.path: b for b in listed}
    assert by_path[on_new_york].made == _utc(9, 26, 11) and by_path[on_new_york].exact
    assert by_path[on_new_york].made.utcoffset() == timedelta(hours=-5)
    assert by_path[on_utc].made == _utc(9, 24, 5) and by_path[on_utc].exact
    assert by_path[days_own].made == _utc(4, 2) and not by_path[days_own].timed
    # its file written long after its name's day (copied): by its name, as if on UTC
    assert by_path[copied].made == _utc(23, 15, day=date(2026, 11, 29))
    assert not by_path[copied].exact


def test_the_day_a_backup_counts_for_is_its_names_and_todays_is_made_once(tracker, paths):
    """A backup made at quit on New York's clock counts for New York's day: the next
    start that day makes no other."""
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    tracker.close()
    # 02:30 UTC on 1 December is 21:30 on 30 November in New York
    at_quit = backup_at_quit(paths.db_file, _utc(2, 30, day=date(2026, 12, 1)).astimezone(NEW_YORK))
    assert at_quit is not None and at_quit.name == "gigdesk-2026-11-30-213000-0500.db"
    assert [b.day for b in list_backups(paths.db_file)] == [date(2026, 11, 30)]
    assert daily_backup(paths.db_file, date(2026, 11, 30)) is None
    assert daily_backup(paths.db_file, date(2026, 12, 1)) is not None


def test_the_rotation_keeps_seven_days_and_four_weeks_of_every_kind_of_name(tracker, paths):
    """Over two months of days, each backed up under one of the three names, the rotation
    keeps exactly the days days_to_keep keeps, and removes the rest, new names too."""
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    made = make_backup(paths.db_file, _utc(12, 0))
    folder = backup_folder(paths.db_file)
    first, today = date(2026, 10, 1), date(2026, 11, 30)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    for n, day in enumerate(days):
        kind = n % 3
        name = (
            f"gigdesk-{day}.db",
            f"gigdesk-{day}-183000.db",
            f"gigdesk-{day}-133000-0500.db",
        )[kind]
        if not (folder / name).exists():
            _older_copy(made, name, _utc(18, 30, day=day))
    made.unlink()
    removed = prune(folder, today)
    kept = {b.day for b in list_backups(paths.db_file, counted=False)}
    assert kept == days_to_keep(days, today)
    assert len(kept) == 7 + 4 and len(removed) == len(days) - len(kept)
    assert any(path.name.endswith("-0500.db") for path in removed)
