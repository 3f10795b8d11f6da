"""The store keeps what it is given: readings as data, the user's corrections apart."""

from __future__ import annotations

from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from desktop.store.engine import sqlite_connection
from tests.conftest import BUSY_SECONDS

READING = {"title": "Data Engineer", "company": "Acme", "must_haves": [], "hours": []}


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(store):
    with sqlite_connection(store.database.engine) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_SECONDS * 1000


def test_a_reading_and_corrections_come_back_as_given(store):
    stored = store.add(
        "Data Engineer at Acme",
        PostingDetails(),
        reading=READING,
        version=7,
        corrections={"company": "Acme Labs", "zone:CST": "America/Chicago"},
    )
    assert (stored.reading, stored.corrections) == (
        READING,
        {"company": "Acme Labs", "zone:CST": "America/Chicago"},
    )
    assert (stored.posting.title, stored.posting.company) == ("Data Engineer", "Acme Labs")
    assert store.stale_readings(7) == [] and store.stale_readings(8) == [stored.posting.id]


def test_a_title_typed_in_the_details_is_also_a_correction(store):
    stored = store.add("x", PostingDetails(), reading=READING, version=1, corrections={})
    saved = store.save_details(
        stored.posting.id, PostingDetails(title="Lead Data Engineer", company="Acme")
    )
    assert saved.corrections == {"title": "Lead Data Engineer"}
    dropped = store.drop_corrections(stored.posting.id)
    assert (dropped.corrections, dropped.posting.title) == ({}, "Data Engineer")


def test_a_first_reading_keeps_titles_the_first_schema_stored_as_the_users(store):
    """Schema 1 had no readings: its title column held what the user saw or typed."""
    stored = store.add("x", PostingDetails(), reading=READING, version=1, corrections={})
    with sqlite_connection(store.database.engine) as raw:
        raw.execute(
            "UPDATE posting SET analysis = NULL, title = 'My title', company = 'Acme' WHERE id = ?",
            (stored.posting.id,),
        )
        raw.commit()
    store.save_readings({stored.posting.id: READING}, 2)
    again = store.get(stored.posting.id)
    assert again.corrections == {"title": "My title"}
    assert (again.posting.title, again.posting.company) == ("My title", "Acme")


def test_a_deleted_posting_comes_back_exactly(store):
    stored = store.add(
        "x", PostingDetails(notes="n"), reading=READING, version=3, corrections={"remote": True}
    )
    store.set_stage(stored.posting.id, Stage.APPLIED)
    snapshot = store.delete(stored.posting.id)
    assert store.list_rows() == []
    assert store.restore(snapshot, 3) == snapshot


def test_the_last_move_is_kept_with_each_move_and_taken_back_with_it(store, clock):
    """Adding and each move date the posting's last move; an edit does not; a move taken
    back gives back the one before, a message logged since it included."""
    from datetime import date, timedelta

    stored = store.add("x", PostingDetails(), reading=READING, version=1, corrections={})
    posting_id, added = stored.posting.id, stored.posting.added_at
    assert stored.posting.last_moved == added
    clock.jump(timedelta(days=3))
    edited = store.save_details(posting_id, PostingDetails(notes="Ask about the team"))
    assert edited.posting.updated_at > added and edited.posting.last_moved == added
    applied = store.set_stage(posting_id, Stage.APPLIED).posting
    assert applied.last_moved == applied.history[-1].at > edited.posting.updated_at
    clock.jump(timedelta(days=3))
    store.annotations.add_message(posting_id, date(2026, 8, 9), "We are reviewing.")
    heard = store.get(posting_id).posting
    assert heard.last_moved == heard.updated_at > applied.last_moved
    clock.jump(timedelta(days=3))
    screened = store.set_stage(posting_id, Stage.SCREENING).posting
    assert screened.last_moved == screened.history[-1].at
    back = store.take_back_stage(
        posting_id, Stage.APPLIED, screened.history[-1], heard.updated_at
    ).posting
    assert back.last_moved == heard.last_moved
    assert [row.last_moved for row in store.list_rows()] == [heard.last_moved]


def test_a_closing_taken_back_leaves_the_posting_open_with_no_trace_in_its_history(store, clock):
    """Undoing "No response" must not leave a closing and a reopening in the funnel, nor
    count the silence from the undo."""
    from datetime import timedelta

    stored = store.add("x", PostingDetails(), reading=READING, version=1, corrections={})
    posting_id = stored.posting.id
    applied = store.set_stage(posting_id, Stage.APPLIED).posting
    clock.jump(timedelta(days=20))
    closed = store.set_outcome(posting_id, Outcome.NO_RESPONSE).posting
    assert closed.outcome is Outcome.NO_RESPONSE
    back = store.take_back_outcome(posting_id, None, closed.history[-1], applied.updated_at).posting
    assert back.outcome is None
    assert back.history == applied.history
    assert back.last_moved == applied.last_moved
    assert back.updated_at == applied.updated_at


def test_a_posting_written_past_the_store_is_silent_since_its_last_change(store):
    """A row another program wrote without its last move reads as the schema before did."""
    stored = store.add("x", PostingDetails(), reading=READING, version=1, corrections={})
    with sqlite_connection(store.database.engine) as raw:
        raw.execute("UPDATE posting SET moved_at = NULL, updated_at = '2026-08-20 10:00:00.000000'")
        raw.commit()
    (listed,) = store.list_rows()
    assert listed.last_moved == listed.updated_at
    assert listed.last_moved.isoformat() == "2026-08-20T10:00:00+00:00"
    assert store.get(stored.posting.id).posting.row == listed
