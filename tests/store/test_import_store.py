"""Imported postings go in all together or not at all."""

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.store.imported import ImportedPosting


def _posting(title, history):
    return ImportedPosting(
        text=f"{title}\nAcme",
        details=PostingDetails(title=title, company="Acme"),
        corrections={},
        stage=Stage.APPLIED,
        outcome=None,
        history=history,
    )


def test_a_failure_part_way_leaves_the_tracker_as_it_was(store):
    day = datetime(2026, 3, 4, 12, tzinfo=UTC)
    store.import_postings([_posting("Kept", ((day, "saved"),))])
    before = store.list_rows()
    # The second posting's history cannot be stored (a moment is required): nothing of
    # this import may stay, the first posting included.
    broken = [
        _posting("Clerk", ((day, "saved"), (day, "applied"))),
        _posting("Baker", ((None, "saved"),)),
    ]
    with pytest.raises(IntegrityError):  # NOT NULL: the database's own refusal
        store.import_postings(broken)
    assert store.list_rows() == before


def test_imported_postings_are_numbered_on_and_keep_their_days(store):
    day = datetime(2025, 11, 2, 12, tzinfo=UTC)
    first = store.import_postings([_posting("One", ((day, "saved"), (day, "applied")))])
    second = store.import_postings([_posting("Two", ()), _posting("Three", ((day, "saved"),))])
    assert second == [first[0] + 1, first[0] + 2]
    rows = {row.title: row for row in store.rows_with_history()}
    assert [event.name for event in rows["One"].history] == ["saved", "applied"]
    assert rows["One"].added_at == day
    assert [event.name for event in rows["Two"].history] == ["applied"]  # no day: today


def test_a_posting_imported_without_a_day_stands_where_its_status_says_today(store, clock):
    from dataclasses import replace

    from desktop.domain.tracking.tracker import Outcome

    closed = replace(_posting("Baker", ()), outcome=Outcome.REJECTED)
    (number,) = store.import_postings([closed])
    (row,) = [row for row in store.rows_with_history() if row.id == number]
    assert [event.name for event in row.history] == ["applied", "rejected"]
    assert row.outcome is Outcome.REJECTED
    assert row.history[0].at.year == clock.now.year
