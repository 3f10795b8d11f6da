from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from desktop.domain.clock import UserTime
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from desktop.ui.posting_model import Column, PostingFilterProxy, PostingTableModel

TODAY = date(2026, 8, 5)


@pytest.fixture
def postings(tracker, clock):
    a = tracker.add(
        "Rust firmware for robots", PostingDetails(title="Firmware Engineer", company="Lumen")
    )
    clock.jump(timedelta(days=1))
    b = tracker.add(
        "Upwork\nLaravel API",
        PostingDetails(
            title="", company="Acme", source="Upwork", follow_up=TODAY - timedelta(days=1)
        ),
    )
    b = tracker.set_stage(b.id, Stage.APPLIED)
    clock.jump(timedelta(days=1))
    c = tracker.add(
        "Design system work",
        PostingDetails(
            title="Product Designer",
            company="kestrel",
            follow_up=TODAY + timedelta(days=3),
            notes="ask about Figma seats",
        ),
    )
    c = tracker.set_stage(c.id, Stage.INTERVIEWING)
    d = tracker.set_outcome(
        tracker.add("Old one", PostingDetails(title="Writer")).id, Outcome.REJECTED
    )
    return [a, b, c, d]


@pytest.fixture
def model(postings, qtmodeltester):
    table = PostingTableModel(UserTime(lambda: datetime.combine(TODAY, time(10), UTC), "UTC"))
    table.set_postings(postings)
    qtmodeltester.check(table)
    return table


def _column(proxy, column):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_model_shows_stage_in_freelance_words_and_outcome_once_closed(model):
    stages = [model.index(r, Column.STAGE).data() for r in range(model.rowCount())]
    assert stages == ["Saved", "Proposal sent", "Interviewing", "Rejected"]


def test_untitled_posting_shows_its_first_line_that_is_not_the_platform(model):
    assert model.index(1, Column.TITLE).data() == "(untitled) Laravel API"


def test_overdue_follow_up_is_marked_only_when_due_and_open(model):
    overdue = model.index(1, Column.FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole)
    upcoming = model.index(2, Column.FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush)
    assert upcoming is None


def test_sorting_uses_pipeline_order_and_real_dates(model):
    proxy = PostingFilterProxy(model)
    proxy.sort(Column.STAGE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, Column.STAGE) == ["Saved", "Proposal sent", "Interviewing", "Rejected"]
    proxy.sort(Column.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, Column.FOLLOW_UP) == ["2026-08-04", "2026-08-08", "", ""]
    proxy.sort(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, Column.COMPANY) == ["Acme", "kestrel", "Lumen", ""]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("", ["Firmware Engineer", "(untitled) Laravel API", "Product Designer", "Writer"]),
        ("figma", ["Product Designer"]),
        ("RUST robots", ["Firmware Engineer"]),
        ("proposal", ["(untitled) Laravel API"]),
        ("rejected", ["Writer"]),
        ("rust designer", []),
    ],
)
def test_filter_keeps_rows_with_every_word_in_fields_notes_or_text(model, query, titles):
    proxy = PostingFilterProxy(model)
    proxy.set_query(query)
    assert _column(proxy, Column.TITLE) == titles


def test_upsert_and_remove_keep_rows_consistent(model, tracker, qtmodeltester):
    new = tracker.add("Another", PostingDetails(title="QA Analyst"))
    model.upsert(new)
    assert model.row_of(new.id) == 4
    changed = tracker.set_stage(new.id, Stage.OFFER)
    model.upsert(changed)
    assert model.index(4, Column.STAGE).data() == "Offer"
    model.remove(model.posting_at(0).id)
    assert model.row_of(new.id) == 3
    qtmodeltester.check(model)


def test_filter_stays_right_when_typing_on_deleting_and_editing(model, tracker):
    proxy = PostingFilterProxy(model)
    for partial in ("f", "fi", "fig", "figm"):
        proxy.set_query(partial)
    assert _column(proxy, Column.TITLE) == ["Product Designer"]
    proxy.set_query("fi")
    assert "Firmware Engineer" in _column(proxy, Column.TITLE)
    proxy.set_query("figm")
    lumen = model.posting_at(0)
    model.upsert(
        tracker.save_details(
            lumen.id,
            lumen.details.__class__(title=lumen.title, company=lumen.company, notes="figma plugin"),
        )
    )
    proxy.set_query("figma")
    assert _column(proxy, Column.TITLE) == ["Firmware Engineer", "Product Designer"]
