"""Backups: consistent copies while the store is open, rotated, and restored without loss."""

from datetime import UTC, date, datetime, time, timedelta

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
    by_hand = make_backup(paths.db_file, day, time(14, 7, 12))
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
