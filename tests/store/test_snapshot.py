"""A Snapshot reads what the Store reads, and opens only what it may read as it is."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import date
from pathlib import Path

from desktop.domain.hours.local_time import WorkingHours
from desktop.domain.skills.profile import Level, Profile, ProfileSkill
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from desktop.services.summaries import summary_bases
from desktop.store.snapshot import Snapshot

FIXTURES = Path(__file__).parent / "fixtures"


def _varied_tracker(tracker):
    """Postings with every kind of row value: titled or not, notes, follow-ups, closed."""
    tracker.save_profile(Profile((ProfileSkill("Python", 4.0, Level.HAVE),)))
    tracker.save_my_hours("Europe/Lisbon", WorkingHours.parse("08:30-17:00", "Mon-Thu"))
    first = tracker.add(
        "Senior Python Engineer\nAcme Robotics\n\nRequirements:\n- Python\n- Go\n",
        PostingDetails(url="https://acme.example/jobs/1", notes="Call Ana.\nRate ok."),
    )
    tracker.set_stage(first.id, Stage.APPLIED)
    untitled = tracker.add("ok, so: " + "we pay well and so on, " * 30, PostingDetails())
    closed = tracker.add(
        "Data Analyst – Lisbon\nCore hours 9:00 am to 1:00 pm Eastern Time.\n",
        PostingDetails(title="Analyst", company="Brightwell", source="LinkedIn"),
    )
    tracker.save_details(closed.id, PostingDetails(title="Analyst", follow_up=date(2026, 12, 3)))
    tracker.set_outcome(closed.id, Outcome.REJECTED)
    return [first.id, untitled.id, closed.id]


def test_a_snapshot_reads_what_the_store_reads(tracker, paths):
    """Listing and exporting go through a Snapshot: they must see what the window sees."""
    ids = _varied_tracker(tracker)
    store = tracker.store
    snapshot = Snapshot.open(paths.db_file)
    assert snapshot is not None
    try:
        # Each posting as the Store loads it whole, through the ORM.
        whole = [tracker.get(posting_id) for posting_id in ids]
        assert snapshot.list_rows() == [posting.row for posting in whole]
        exported = list(snapshot.rows_with_history())
        assert [(row.details, row.history) for row in exported] == [
            (posting.details, posting.history) for posting in whole
        ]
        assert [len(row.history) for row in exported] == [2, 1, 2]
        assert snapshot.profile() == store.profile()
        assert snapshot.settings() == store.settings()
        bases = asdict(summary_bases(store.profile(), tracker.summary_context()))
        standing = snapshot.standing_summaries(bases)
        assert standing == store.standing_summaries(bases)
        assert standing.stale == []
        assert sorted(i for _, group in standing.groups["fits"] for i in group) == ids
        assert snapshot.standing_summaries({**bases, "fit": "another profile"}).stale == ids
        assert snapshot.kept_summaries() == store.kept_summaries()
        assert set(snapshot.kept_summaries()) == set(ids)
    finally:
        snapshot.close()


def test_a_read_on_one_thread_holds_up_no_other(tracker, paths):
    """The window reads its kept summaries beside its list: each thread reads on a
    connection of its own, so a read under way on one does not hold the other up."""
    ids = _varied_tracker(tracker)
    snapshot = Snapshot.open(paths.db_file)
    assert snapshot is not None
    exporting = snapshot.rows_with_history()
    beside = ThreadPoolExecutor(1)
    try:
        assert next(exporting).id == ids[0]  # a long read under way on this thread
        listed = beside.submit(snapshot.list_rows).result(timeout=5)
        assert [row.id for row in listed] == ids
        assert [row.id for row in exporting] == ids[1:]
    finally:
        exporting.close()  # ends the read, should it be holding the other up
        beside.shutdown()
        snapshot.close()


def test_only_a_database_at_this_schema_opens_as_a_snapshot(tmp_path):
    assert Snapshot.open(tmp_path / "missing.db") is None
    older = tmp_path / "gigdesk.db"
    with sqlite3.connect(older) as connection:
        connection.executescript((FIXTURES / "schema_v5.sql").read_text(encoding="utf-8"))
    connection.close()
    before = older.read_bytes()
    assert Snapshot.open(older) is None  # the Store upgrades it
    assert older.read_bytes() == before
