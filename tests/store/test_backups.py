"""Backups: consistent copies while the store is open, rotated, and restored without loss."""

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.domain.clock import zone_named
from desktop.domain.tracking.tracker import PostingDetails
from desktop.services import Tracker
from desktop.store import Store
from desktop.store.backups import (
    backup_folder,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)


def _modified(path: Path, moment: datetime) -> None:
    """Give a backup the modification time a backup made at `moment` has."""
    os.utime(path, (moment.timestamp(), moment.timestamp()))


def test_a_daily_backup_copies_the_open_database_once_a_day_and_rotates(tracker, paths):
    tracker.add("Warehouse Lead\nNorthbay\n\nLead the night shift.\n", PostingDetails())
    first = daily_backup(paths.db_file, date(2026, 11, 1))
    assert first is not None and daily_backup(paths.db_file, date(2026, 11, 1)) is None
    for offset in range(1, 40):
        daily_backup(paths.db_file, date(2026, 11, 1) + timedelta(days=offset))
    backups = list_backups(paths.db_file)
    assert len(backups) <= 11 and backups[0].day == date(2026, 12, 10)
    assert all(backup.postings == 1 for backup in backups)
    assert sorted(backup_folder(paths.db_file).iterdir()) == sorted(b.path for b in backups)


def test_backups_made_by_hand_on_a_day_that_has_one_are_kept_beside_it_then_rotated(tracker, paths):
    tracker.add("Warehouse Lead\nNorthbay\n\nLead the night shift.\n", PostingDetails())
    day = date(2026, 11, 1)
    own = daily_backup(paths.db_file, day)
    _modified(own, datetime(2026, 11, 1, 8, 0, tzinfo=UTC))  # the morning's start
    by_hand = make_backup(paths.db_file, datetime(2026, 11, 1, 14, 7, 12, tzinfo=UTC))
    assert own is not None and by_hand != own and own.exists()
    assert [b.path for b in list_backups(paths.db_file)] == [by_hand, own]
    daily_backup(paths.db_file, day + timedelta(days=60))  # both far past the rotation
    assert not own.exists() and not by_hand.exists()


def test_a_damaged_live_file_is_replaced_by_a_backup_and_kept_aside(tracker, paths):
    posting = tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    made = daily_backup(paths.db_file, date(2026, 11, 28))
    tracker.close()
    paths.db_file.write_bytes(b"not a database any more " * 100)
    kept = restore_backup(paths.db_file, made, datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    assert kept is not None and kept.read_bytes().startswith(b"not a database")
    reopened = Tracker(Store.open(paths.db_file))
    try:
        assert [row.title for row in reopened.list_rows()] == [posting.title]
    finally:
        reopened.close()


def test_no_backup_is_started_without_room_for_it(tracker, paths, monkeypatch):
    import shutil
    from collections import namedtuple

    import pytest

    from desktop.store import StoreError, StoreProblem

    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _: usage(10**6, 10**6 - 1000, 1000))
    with pytest.raises(StoreError) as full:
        daily_backup(paths.db_file, date(2026, 11, 28))
    assert full.value.problem is StoreProblem.DISK_FULL and "free space" in str(full.value)
    assert list_backups(paths.db_file) == []


def test_two_restores_in_the_same_second_keep_both_replaced_files(tracker, paths):
    """Each restore sets the live file aside under a name of its own: the first file set
    aside is never written over by the second."""
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    made = make_backup(paths.db_file, date(2026, 11, 28))
    tracker.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    tracker.close()
    now = datetime(2026, 11, 30, 1, 10, 9, tzinfo=UTC)
    first = restore_backup(paths.db_file, made, now)
    second = restore_backup(paths.db_file, made, now)
    assert first is not None and second is not None
    assert first.name == "gigdesk.replaced-20261130T011009.db"
    assert second.name == "gigdesk.replaced-20261130T011009-2.db"
    from desktop.store.backups import posting_count

    assert (posting_count(first), posting_count(second)) == (2, 1)


def test_backups_made_by_hand_in_the_same_second_never_overwrite_one_another(tracker, paths):
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    at = datetime(2026, 11, 1, 14, 7, 12, tzinfo=UTC)
    made = [make_backup(paths.db_file, at) for _ in range(3)]
    assert [path.name for path in made] == [
        "gigdesk-2026-11-01-140712+0000.db",
        "gigdesk-2026-11-01-140713+0000.db",
        "gigdesk-2026-11-01-140714+0000.db",
    ]
    assert all(path.exists() for path in made)


def test_postings_added_after_the_first_starts_backup_are_backed_up_at_quit(tracker, paths):
    """The day a tracker is begun, the start's backup is of the empty file; quitting after
    adding postings keeps them in another of the day's backups, and an unchanged database
    is not copied again."""
    from desktop.store.backups import backup_at_quit

    day = date(2026, 11, 30)
    morning = daily_backup(paths.db_file, day)
    assert morning is not None and morning.exists()
    _modified(morning, datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    tracker.close()  # as at quit
    evening = backup_at_quit(paths.db_file, datetime(2026, 11, 30, 18, 30, 5, tzinfo=UTC))
    assert evening is not None and evening.name == "gigdesk-2026-11-30-183005+0000.db"
    assert [b.postings for b in list_backups(paths.db_file)] == [1, 0]
    assert backup_at_quit(paths.db_file, datetime(2026, 11, 30, 19, 0, tzinfo=UTC)) is None
    # a day with no backup yet (the window open past midnight) gets one at quit
    next_day = backup_at_quit(paths.db_file, datetime(2026, 12, 1, 0, 20, tzinfo=UTC))
    assert next_day is not None and next_day.name == "gigdesk-2026-12-01-002000+0000.db"
    assert daily_backup(paths.db_file, date(2026, 12, 1)) is None  # the day has one


def test_a_backup_made_now_is_named_by_the_users_clock_and_counted(tracker, paths):
    from desktop.store.backups import BackupShelf

    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    new_york = zone_named("America/New_York")
    shelf = BackupShelf(paths.db_file, lambda: datetime(2026, 11, 30, 9, 15, 0, tzinfo=new_york))
    assert shelf.postings_now() == 1 and shelf.listed() == []
    made = shelf.back_up_now()
    again = shelf.back_up_now()
    assert [made.name, again.name] == [
        "gigdesk-2026-11-30-091500-0500.db",
        "gigdesk-2026-11-30-091501-0500.db",
    ]
    assert [b.path for b in shelf.listed()] == [again, made]


def test_a_database_unchanged_since_the_days_backup_is_not_copied_again_at_quit(tracker, paths):
    """The day's backup taken while the window has the file open (its last writes still in
    the write-ahead log) holds what the file holds once closed: nothing to add at quit."""
    from desktop.store.backups import backup_at_quit

    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    daily_backup(paths.db_file, date(2026, 11, 30))
    tracker.close()
    assert backup_at_quit(paths.db_file, datetime(2026, 11, 30, 18, 0, tzinfo=UTC)) is None
    assert [b.path.name for b in list_backups(paths.db_file)] == ["gigdesk-2026-11-30.db"]
