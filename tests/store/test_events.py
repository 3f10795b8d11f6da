"""A posting's events are kept as given, go with it, and come back when its delete is undone."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.tracking.events import Event, EventKind
from desktop.domain.tracking.tracker import PostingDetails
from desktop.store import StoreError
from desktop.store.snapshot import Snapshot


def _posting(store, title="Platform engineer"):
    reading = {"title": title, "company": "Acme", "must_haves": [], "hours": []}
    return store.add("x", PostingDetails(), reading=reading, version=1, corrections={})


def _event(posting_id, start, zone="America/Los_Angeles", kind=EventKind.INTERVIEW):
    return Event(0, posting_id, kind, datetime.fromisoformat(start), zone, 45, "bring the demo")


def test_an_event_comes_back_as_given_and_can_be_forgotten(store):
    posting_id = _posting(store).posting.id
    kept = store.annotations.add_event(_event(posting_id, "2027-03-18 08:00"))
    assert kept.id > 0
    assert store.annotations.events(posting_id) == [kept]
    assert (kept.start, kept.zone, kept.note) == (
        datetime(2027, 3, 18, 8, 0),
        "America/Los_Angeles",
        "bring the demo",
    )
    assert store.annotations.delete_event(kept.id) == kept
    assert store.annotations.events(posting_id) == []
    assert store.annotations.delete_event(kept.id) is None


def test_an_event_of_a_posting_that_is_gone_is_refused(store):
    with pytest.raises(StoreError):
        store.annotations.add_event(_event(99, "2027-03-18 08:00"))


def test_an_undone_delete_brings_the_events_back_under_their_numbers(store):
    posting_id = _posting(store).posting.id
    first = store.annotations.add_event(_event(posting_id, "2027-03-18 08:00"))
    second = store.annotations.add_event(
        _event(posting_id, "2027-04-06 09:00", "Australia/Sydney", EventKind.CALL)
    )
    snapshot = store.delete(posting_id)
    assert snapshot.events == (first, second)
    assert store.annotations.events(posting_id) == []
    restored = store.restore(snapshot, 1)
    assert restored == snapshot
    assert store.annotations.events(posting_id) == [first, second]


def test_every_postings_coming_events_in_one_read(store, tmp_path):
    one, two = _posting(store).posting.id, _posting(store, "Data engineer").posting.id
    past = store.annotations.add_event(_event(one, "2027-01-05 10:00"))
    coming = store.annotations.add_event(_event(one, "2027-03-18 08:00"))
    elsewhere = store.annotations.add_event(_event(two, "2027-03-10 00:30", "Asia/Tokyo"))
    snapshot = Snapshot.open(store.db_file)
    assert snapshot is not None
    try:
        found = snapshot.events_from(date(2027, 3, 9))
    finally:
        snapshot.close()
    assert found == [coming, elsewhere]
    assert past not in found
