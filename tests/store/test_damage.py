"""Damaged files, folders in the way, read-only and full disks: clear words, no writes."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.services import Tracker
from desktop.store import Store, StoreError, StoreProblem
from desktop.store.errors import folder_problem
from tests.store.environments import full_folder, read_only_folder

TEXT = "Backend engineer {n}\nWe need Python and PostgreSQL, contract, remote.\n" + (
    "You will build and run the services our customers rely on every day. " * 30
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(db_file: Path, count: int = 30) -> Path:
    tracker = Tracker(Store.open(db_file))
    for n in range(count):
        tracker.add(TEXT.format(n=n), PostingDetails(title=f"Engineer {n}"))
    tracker.close()
    return db_file


def _scramble_page_of(db_file: Path, table: str) -> None:
    """Random bytes over a table's root page, as a failing disk or a torn copy leaves it."""
    raw = sqlite3.connect(db_file)
    (root,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    (size,) = raw.execute("PRAGMA page_size").fetchone()
    raw.close()
    with db_file.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(random.Random(7).randbytes(size))


@pytest.fixture
def damaged(paths) -> Path:
    db_file = _filled(paths.db_file)
    _scramble_page_of(db_file, "posting")
    return db_file


def test_damage_inside_the_file_is_found_at_open_and_nothing_is_written(damaged):
    before = _digest(damaged)
    with pytest.raises(StoreError) as found:
        Store.open(damaged)
    assert found.value.problem is StoreProblem.CORRUPT
    assert str(damaged) in str(found.value) and "damaged" in str(found.value)
    assert _digest(damaged) == before


def test_opened_unchecked_the_first_write_checks_and_is_refused(damaged):
    """The window checks in the background; a write that comes first waits for the check."""
    before = _digest(damaged)
    store = Store.open(damaged, check=False)
    try:
        with pytest.raises(StoreError) as refused:
            Tracker(store).add(TEXT.format(n=99), PostingDetails())
        assert refused.value.problem is StoreProblem.CORRUPT
        with pytest.raises(StoreError):
            store.save_profile(store.profile())
    finally:
        store.close()
    assert _digest(damaged) == before


def test_damage_met_while_reading_stops_every_later_write(paths):
    """A value SQLite cannot decode passes the structural check; reading it marks the damage."""
    _filled(paths.db_file, count=3)
    raw = sqlite3.connect(paths.db_file)
    raw.execute("UPDATE posting SET notes = CAST(x'ff00fe' AS TEXT) WHERE id = 2")
    raw.commit()
    raw.close()
    store = Store.open(paths.db_file)
    try:
        with pytest.raises(StoreError) as read:
            store.list_rows()
        assert read.value.problem is StoreProblem.CORRUPT
        assert "Could not decode" in str(read.value) and "Engineer" not in str(read.value)
        with pytest.raises(StoreError) as refused:
            store.set_stage(1, Stage.APPLIED)
        assert refused.value.problem is StoreProblem.CORRUPT
        assert store.get(1).posting.stage is Stage.SAVED
    finally:
        store.close()


def test_a_folder_in_place_of_the_database_is_named_as_such(paths):
    paths.db_file.mkdir(parents=True)
    with pytest.raises(StoreError) as refused:
        Store.open(paths.db_file)
    assert "is a folder, not a Gigdesk database" in str(refused.value)
    assert str(paths.db_file) in str(refused.value)


def test_a_read_only_folder_can_still_be_read_but_not_written(tmp_path):
    with read_only_folder(tmp_path, lambda folder: _filled(folder / "gigdesk.db", 3)) as folder:
        db_file = folder / "gigdesk.db"
        with pytest.raises(StoreError) as refused:
            Store.open(db_file)
        assert refused.value.problem is StoreProblem.READ_ONLY
        assert str(folder) in str(refused.value)
        store = Store.open(db_file, only_reading=True)
        try:
            assert [p.title for p in store.list_rows()] == [
                "Engineer 0",
                "Engineer 1",
                "Engineer 2",
            ]
            assert len(Tracker(store).summaries().fits) == 3
            with pytest.raises(StoreError) as write:
                store.set_stage(1, Stage.APPLIED)
            assert write.value.problem is StoreProblem.READ_ONLY
        finally:
            store.close()


def test_a_full_disk_is_called_full_and_the_tracker_can_still_be_read(tmp_path):
    with full_folder(tmp_path, lambda folder: _filled(folder / "gigdesk.db", 3)) as folder:
        with pytest.raises(StoreError) as full:
            tracker = Tracker(Store.open(folder / "gigdesk.db"))
            for n in range(200):
                tracker.add(TEXT.format(n=1000 + n) * 3, PostingDetails())
        reader = Store.open(folder / "gigdesk.db", only_reading=True)
        try:
            assert len(reader.list_rows()) == 3
        finally:
            reader.close()
    assert full.value.problem is StoreProblem.DISK_FULL
    assert "is full" in str(full.value) and "I/O" not in str(full.value)


@pytest.mark.parametrize(
    ("number", "problem", "words"),
    [
        (errno.ENOSPC, StoreProblem.DISK_FULL, "is full"),
        (errno.EROFS, StoreProblem.READ_ONLY, "read-only disk"),
        (errno.EACCES, StoreProblem.READ_ONLY, "permission denied"),
    ],
)
def test_the_folder_is_asked_why_a_write_fails(monkeypatch, tmp_path, number, problem, words):
    def refuse(*_args, **_kwargs):
        raise OSError(number, "refused")

    monkeypatch.setattr("desktop.store.errors.open", refuse, raising=False)
    found = folder_problem(tmp_path)
    assert found is not None and found.problem is problem
    assert words in str(found) and str(tmp_path) in str(found)


def test_a_writable_folder_has_no_problem_and_keeps_no_probe(tmp_path):
    assert folder_problem(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def _locks_held_on(path: Path) -> list[str]:
    """This process's POSIX locks on `path`, from /proc/locks (Linux)."""
    inode = f":{path.stat().st_ino} "
    with open("/proc/locks", encoding="ascii") as table:
        return [
            line.split(":", 1)[1] for line in table if inode in line and f" {os.getpid()} " in line
        ]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's lock table")
def test_the_check_keeps_the_locks_of_connections_still_reading(paths):
    """Closing any other handle on the file would drop every SQLite lock this process holds."""
    _filled(paths.db_file, count=3)
    store = Store.open(paths.db_file, check=False)
    reading = sqlite3.connect(paths.db_file)
    try:
        reading.execute("BEGIN")
        reading.execute("SELECT count(*) FROM posting").fetchone()
        before = _locks_held_on(paths.db_file)
        store.check_integrity()
        assert before and _locks_held_on(paths.db_file) == before
    finally:
        reading.close()
        store.close()
