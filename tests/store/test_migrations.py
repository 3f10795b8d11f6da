import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel

import desktop.store.tables  # noqa: F401 - registers every table
from desktop.domain.tracking.tracker import PostingDetails
from desktop.services import Tracker
from desktop.store import Store, StoreError, StoreProblem
from desktop.store.engine import make_engine
from desktop.store.migrations import SCHEMA_STEPS, migrate

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_gets_the_newest_schema_and_no_backup(tmp_path):
    db = tmp_path / "g.db"
    report = migrate(db, now=NOW)
    assert (report.from_version, report.to_version, report.backup) == (0, len(SCHEMA_STEPS), None)
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(SCHEMA_STEPS)


def test_migrated_schema_matches_the_table_classes(tmp_path):
    db = tmp_path / "g.db"
    migrate(db, now=NOW)
    engine = make_engine(db)
    inspector = inspect(engine)
    for table in SQLModel.metadata.tables.values():
        actual = {c["name"]: c["nullable"] for c in inspector.get_columns(table.name)}
        expected = {c.name: c.nullable for c in table.columns}
        assert actual == expected, table.name
    keys = inspector.get_foreign_keys("stage_event")
    engine.dispose()
    assert keys[0]["referred_table"] == "posting"


def test_upgrade_copies_the_file_aside_and_keeps_the_data(tmp_path):
    db = tmp_path / "g.db"
    tracker = Tracker(Store.open(db))
    tracker.add("Original posting", PostingDetails(title="Kept"))
    tracker.close()
    next_step = "ALTER TABLE posting ADD COLUMN priority INTEGER;"
    report = migrate(db, now=NOW, steps=(*SCHEMA_STEPS, next_step))
    newest = len(SCHEMA_STEPS)
    assert (report.from_version, report.to_version) == (newest, newest + 1)
    assert report.backup is not None and report.backup.parent == tmp_path
    with sqlite3.connect(report.backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == newest
        assert old.execute("SELECT title FROM posting").fetchall() == [("Kept",)]
    with sqlite3.connect(db) as new:
        assert new.execute("SELECT title, priority FROM posting").fetchall() == [("Kept", None)]


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path):
    db = tmp_path / "g.db"
    Store.open(db).close()
    broken = "ALTER TABLE posting ADD COLUMN a INTEGER; THIS IS NOT SQL;"
    with pytest.raises(sqlite3.Error):
        migrate(db, now=NOW, steps=(*SCHEMA_STEPS, broken))
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(SCHEMA_STEPS)
        columns = [row[1] for row in raw.execute("PRAGMA table_info(posting)")]
    assert "a" not in columns


def test_database_from_a_newer_gigdesk_is_refused_and_untouched(tmp_path):
    db = tmp_path / "g.db"
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 99")
    before = _digest(db)
    with pytest.raises(StoreError) as refused:
        Store.open(db)
    assert refused.value.problem is StoreProblem.TOO_NEW
    assert "newer Gigdesk" in str(refused.value)
    assert _digest(db) == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TABLE songs (name TEXT)")
    with pytest.raises(StoreError, match="not a Gigdesk database"):
        Store.open(db)


def test_corrupt_file_gives_a_message_naming_it_and_stays_untouched(tmp_path):
    db = tmp_path / "gigdesk.db"
    db.write_bytes(b"this is not sqlite at all\n" * 200)
    before = _digest(db)
    with pytest.raises(StoreError) as failed:
        Store.open(db)
    assert failed.value.problem is StoreProblem.CORRUPT
    assert str(db) in str(failed.value)
    assert _digest(db) == before


def test_a_folder_where_the_database_should_be_is_reported(tmp_path):
    db = tmp_path / "gigdesk.db"
    db.mkdir()
    with pytest.raises(StoreError) as failed:
        Store.open(db)
    assert failed.value.problem is StoreProblem.UNREADABLE


def test_a_first_version_database_gains_readings_and_keeps_its_postings(tmp_path):
    """Version 1 stored no reading: after the upgrade every posting is due to be read,
    and a title it kept that the reading does not give is the user's own."""
    db = tmp_path / "g.db"
    migrate(db, now=NOW, steps=SCHEMA_STEPS[:1])
    with sqlite3.connect(db) as raw:
        raw.execute(
            "INSERT INTO posting VALUES (1, ?, 'f', '', NULL, 'My own title', '', "
            "'2026-08-01 09:00:00', '2026-08-01 09:00:00', 'applied', NULL, NULL, 'n')",
            (
                "Job Title: QA Analyst\nCompany: Bright Harbor Ltd\n\n## Requirements\n"
                "- 2+ years of Cypress\n",
            ),
        )
    store = Tracker(Store.open(db))
    try:
        assert store.store.migration.backup is not None
        assert store.stale_readings() == [1]
        store.read_again([1])
        posting = store.get(1)
        assert store.stale_readings() == []
        assert posting.title == "My own title"
        assert posting.overridden == {"title"}
        assert posting.company == "Bright Harbor Ltd"
        assert [item.text for item in posting.analysis.must_haves] == ["2+ years of Cypress"]
        assert posting.stage.value == "applied" and posting.details.notes == "n"
    finally:
        store.close()


def test_an_upgrade_counts_each_postings_silence_from_its_history_not_its_last_edit(tmp_path):
    """Schema 14 keeps when each application last moved. A posting kept before has it from
    its dated history, or from the day a message came (at noon: the time it was logged was
    not kept), never from an edit of its notes; one that never moved, from its adding."""
    db = tmp_path / "g.db"
    migrate(db, now=NOW, steps=SCHEMA_STEPS[:13])
    columns = (
        "id, raw_text, fingerprint, source, title, company, added_at, updated_at, stage, notes"
    )
    postings = [
        # id, added, last edited (notes typed), stage; its history; messages received
        (1, "2026-08-01 09:00:00.000000", "2026-08-27 18:00:00.000000", "applied"),
        (2, "2026-08-03 10:00:00.000000", "2026-08-20 08:00:00.000000", "saved"),
        (3, "2026-08-01 09:00:00.000000", "2026-08-25 07:00:00.000000", "applied"),
        (4, "2026-08-01 09:00:00.000000", "2026-08-25 07:00:00.000000", "screening"),
    ]
    history = [
        (1, "2026-08-01 09:00:00.000000", "saved"),
        (1, "2026-08-02 10:30:00.000000", "applied"),
        (2, "2026-08-03 10:00:00.000000", "saved"),
        (3, "2026-08-01 09:00:00.000000", "saved"),
        (3, "2026-08-02 10:30:00.000000", "applied"),
        (4, "2026-08-01 09:00:00.000000", "saved"),
        (4, "2026-08-12 16:00:00.000000", "screening"),
    ]
    messages = [(3, "2026-08-10", "We are reviewing"), (4, "2026-08-04", "Thanks for applying")]
    with sqlite3.connect(db) as raw:
        raw.executemany(
            f"INSERT INTO posting ({columns}) VALUES (?, 'text', 'f', '', 'T', 'C', ?, ?, ?, 'n')",
            postings,
        )
        raw.executemany("INSERT INTO stage_event (posting_id, at, name) VALUES (?, ?, ?)", history)
        raw.executemany(
            "INSERT INTO message (posting_id, received, text) VALUES (?, ?, ?)", messages
        )
    raw.close()
    store = Store.open(db)
    try:
        assert store.migration.to_version == len(SCHEMA_STEPS)
        listed = {row.id: row for row in store.list_rows()}
        assert {posting_id: row.last_moved for posting_id, row in listed.items()} == {
            1: datetime(2026, 8, 2, 10, 30, tzinfo=UTC),
            2: datetime(2026, 8, 3, 10, 0, tzinfo=UTC),
            3: datetime(2026, 8, 10, 12, 0, tzinfo=UTC),
            4: datetime(2026, 8, 12, 16, 0, tzinfo=UTC),
        }
        for posting_id, row in listed.items():
            assert store.get(posting_id).posting.row == row
    finally:
        store.close()
