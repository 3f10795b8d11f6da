from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from desktop.domain.clock import UserTime
from desktop.domain.reading.terms import Engagement, Terms
from desktop.domain.red_flags.risk import Risk, RiskSummary
from desktop.domain.skills.checklist import FitSummary
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from desktop.services.summaries import TableSummaries
from desktop.ui.posting_model import (
    ROW_COLUMNS,
    Column,
    PostingTableModel,
    make_listing,
    words_of,
)

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


def _column(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _filter(model, tracker, query):
    """What the window does as the user types: search the text, then filter the table."""
    words = words_of(query)
    model.filter_by(words, tracker.search(words))


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
    model.sort(Column.STAGE, Qt.SortOrder.AscendingOrder)
    assert _column(model, Column.STAGE) == ["Saved", "Proposal sent", "Interviewing", "Rejected"]
    model.sort(Column.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert _column(model, Column.FOLLOW_UP) == ["2026-08-04", "2026-08-08", "", ""]
    model.sort(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    assert _column(model, Column.COMPANY) == ["Acme", "kestrel", "Lumen", ""]
    model.sort(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.COMPANY) == ["Lumen", "kestrel", "Acme", ""]
    model.sort(Column.FOLLOW_UP, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.FOLLOW_UP) == ["2026-08-08", "2026-08-04", "", ""]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("", ["Firmware Engineer", "(untitled) Laravel API", "Product Designer", "Writer"]),
        ("figma", ["Product Designer"]),
        ("RUST robots", ["Firmware Engineer"]),
        ("proposal", ["(untitled) Laravel API"]),
        ("rejected", ["Writer"]),
        ("rust designer", []),
        ("firm robo", ["Firmware Engineer"]),
        ("lar -", ["(untitled) Laravel API"]),
    ],
)
def test_filter_keeps_rows_with_every_word_in_fields_notes_or_text(model, tracker, query, titles):
    """Each word typed must start a word of the title, company, source, notes or text, or
    appear in the stage as shown; a word of punctuation alone keeps every row."""
    _filter(model, tracker, query)
    assert _column(model, Column.TITLE) == titles


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
    for partial in ("f", "fi", "fig", "figm"):
        _filter(model, tracker, partial)
    assert _column(model, Column.TITLE) == ["Product Designer"]
    _filter(model, tracker, "fi")
    assert "Firmware Engineer" in _column(model, Column.TITLE)
    lumen = model.every_posting()[0]
    model.upsert(tracker.save_details(lumen.id, replace(lumen.details, notes="figma plugin")))
    _filter(model, tracker, "figma")
    assert _column(model, Column.TITLE) == ["Firmware Engineer", "Product Designer"]
    model.remove(lumen.id)
    assert _column(model, Column.TITLE) == ["Product Designer"]


def test_a_stage_word_and_a_sorted_column_follow_edits_made_after_them(model, tracker, qtbot):
    """What the filter and sorting keep between keystrokes must not outlive a change."""
    _filter(model, tracker, "interview")
    assert _column(model, Column.TITLE) == ["Product Designer"]
    writer = model.every_posting()[3]
    model.upsert(tracker.set_outcome(writer.id, None))
    model.upsert(tracker.set_stage(writer.id, Stage.INTERVIEWING))
    _filter(model, tracker, "interview")
    assert _column(model, Column.TITLE) == ["Product Designer", "Writer"]
    _filter(model, tracker, "")
    model.sort(Column.STAGE, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.STAGE)[:2] == ["Interviewing", "Interviewing"]
    firmware = model.every_posting()[0]
    model.upsert(tracker.set_outcome(firmware.id, Outcome.WITHDRAWN))
    model.sort(Column.STAGE, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.STAGE)[0] == "Withdrawn"


def test_fits_arriving_in_parts_keep_rows_in_place_until_the_order_settles(model, qtbot):
    """Rows must not jump under the user while summaries stream in; they sort once done."""
    ids = [posting.id for posting in model.every_posting()]
    model.set_summaries(TableSummaries(fits={ids[0]: FitSummary(1, 4, ("Go", "C", "Zig"))}))
    model.sort(Column.FIT, Qt.SortOrder.DescendingOrder)
    qtbot.wait(1)
    assert _column(model, Column.FIT) == ["1/4", "", "", ""]  # no checklist: last both ways
    row_before = model.row_of(ids[2])
    model.merge_summaries(TableSummaries(fits={ids[2]: FitSummary(3, 3, ())}))
    qtbot.wait(1)
    assert model.row_of(ids[2]) == row_before
    assert model.index(row_before, Column.FIT).data() == "3/3"
    model.settle_order()
    qtbot.waitUntil(lambda: _column(model, Column.FIT) == ["3/3", "1/4", "", ""])


@pytest.mark.parametrize("column", [Column.TITLE, Column.STAGE, Column.ADDED, Column.COMPANY])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_an_added_or_edited_posting_lands_where_a_full_sort_puts_it(
    model, tracker, qtmodeltester, column, order
):
    """Placed by a binary search rather than a sort of every row; the result must agree,
    in the table and in the orders kept for the next sort."""
    for other in Column:
        model.sort(other, order)  # every column's order is kept from here on
    model.sort(column, order)
    qtmodeltester.check(model)
    first = model.posting_at(0)
    model.upsert(tracker.add("Kotlin services", PostingDetails(title="Backend", company="Acme")))
    model.upsert(tracker.set_stage(first.id, Stage.INTERVIEWING))
    model.upsert(
        tracker.save_details(first.id, replace(first.details, title="Zed", company="zulu"))
    )
    model.upsert(tracker.add("No title here", PostingDetails()))
    placed = _ids(model)
    fresh = PostingTableModel(UserTime(lambda: datetime.combine(TODAY, time(10), UTC), "UTC"))
    fresh.set_postings(model.every_posting())
    for other in Column:
        model.sort(other, order)
        fresh.sort(other, order)
        assert _ids(model) == _ids(fresh), other
    fresh.sort(column, order)
    assert placed == _ids(fresh)


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("column", sorted(ROW_COLUMNS))
def test_a_listing_ordered_beside_the_window_shows_what_sorting_here_shows(
    model, postings, tracker, column, order
):
    """The window's list is built and ordered on the database thread; the table must read
    as if it had sorted the rows itself, before and after an edit."""
    model.sort(column, order)
    fresh = PostingTableModel(UserTime(lambda: datetime.combine(TODAY, time(10), UTC), "UTC"))
    fresh.sort(column, order)
    assert fresh.presorted_columns() == (column,)
    fresh.set_postings(make_listing(postings, fresh.presorted_columns()))
    assert _ids(fresh) == _ids(model)
    added = tracker.add("Go services", PostingDetails(title="Backend", company="Birch"))
    for table in (model, fresh):
        table.upsert(added)
    assert _ids(fresh) == _ids(model)


def test_a_column_of_summaries_is_not_ordered_beside_the_window(model):
    model.sort(Column.FIT, Qt.SortOrder.AscendingOrder)
    assert model.presorted_columns() == ()


def _ids(model):
    return [model.posting_at(r).id for r in range(model.rowCount())]


def test_an_untitled_row_shows_its_first_line_without_markdown(model, tracker):
    for text, shown in (
        (
            "**Remote | Flexible | Contract**\nWe build maps.",
            "(untitled) Remote | Flexible | Contract",
        ),
        ("## Looking for a `Go` wizard\nDetails below.", "(untitled) Looking for a Go wizard"),
        ("> Quick gig: logo for a café\nBudget soon.", "(untitled) Quick gig: logo for a café"),
        (
            "anyone around for a **quick** fix on our *shop* tonight?\nPing me.",
            "(untitled) anyone around for a quick fix on our shop tonight?",
        ),
        # a chat export's time and sender before the message
        (
            "[09:12, 03/12/2026] Dana K: Hi all, quick question\nAnyone?",
            "(untitled) Hi all, quick question",
        ),
        # a greeting alone on its line names nothing: the line after it does
        (
            "Hello Dear,\n\nYour CV was picked for a weekend data entry role.\n",
            "(untitled) Your CV was picked for a weekend data entry role.",
        ),
    ):
        model.upsert(tracker.add(text, PostingDetails()))
        assert shown in _column(model, Column.TITLE)


def test_an_untitled_row_loaded_then_titled_or_untitled_again_shows_and_sorts_as_it_is_now(
    postings, tracker
):
    """The stand-ins of untitled rows are worked out once, with the listing: a title given
    later, or taken away, must show and sort at once."""
    untitled = tracker.add("Sketch a logo for a bakery\nBudget later.", PostingDetails())
    table = PostingTableModel(UserTime(lambda: datetime.combine(TODAY, time(10), UTC), "UTC"))
    table.set_postings(make_listing([*postings, untitled]))
    table.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert _column(table, Column.TITLE)[-2:] == [
        "(untitled) Laravel API",
        "(untitled) Sketch a logo for a bakery",
    ]
    titled = tracker.save_details(untitled.id, replace(untitled.details, title="Baker's Logo"))
    table.upsert(titled)
    assert _column(table, Column.TITLE)[0] == "Baker's Logo"
    table.upsert(tracker.save_details(untitled.id, replace(titled.details, title="")))
    assert _column(table, Column.TITLE)[-1] == "(untitled) Sketch a logo for a bakery"


def test_selected_rows_stay_on_their_postings_through_each_sort(model, postings):
    """The rows the view holds (its selection, its current row) follow their postings when
    a click sorts the table, under a filter too, in either order and for many of them."""
    from PySide6.QtCore import QPersistentModelIndex

    def held(*ids):
        return [QPersistentModelIndex(model.index(model.row_of(i), Column.COMPANY)) for i in ids]

    writer, designer = postings[3].id, postings[2].id
    few = held(writer, designer)
    every = held(*(p.id for p in postings)) * 3  # more than a selection's few
    for column in (Column.TITLE, Column.STAGE, Column.ADDED, Column.COMPANY):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            shown = [model.posting_at(index.row()).id for index in few]
            assert shown == [writer, designer]
            assert [model.posting_at(i.row()).id for i in every] == [p.id for p in postings] * 3
            assert all(index.column() == Column.COMPANY for index in few + every)
            # looked up one by one, then (past a few) from an index of every row
            rows = [model.row_of(p.id) for p in postings * 3]
            assert [model.posting_at(row).id for row in rows] == [p.id for p in postings] * 3
    model.set_match(frozenset({writer, designer}))
    few = held(designer, writer)
    for column in (Column.TITLE, Column.FOLLOW_UP):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert [model.posting_at(index.row()).id for index in few] == [designer, writer]
        assert [model.row_of(p.id) is None for p in postings] == [True, True, False, False]


def test_showing_a_posting_repaints_its_row_only_where_a_summary_changed(model, qtbot):
    """Every posting shown in the pane hands the table its summaries again; at 100,000 rows
    finding its row costs a scan, so the usual case, nothing changed, must cost nothing."""
    first = model.posting_at(0).id
    fit, risk = FitSummary(1, 2, ("Go",)), RiskSummary(Risk.LOW, ())
    model.set_summaries(TableSummaries(fits={first: fit}, risks={first: risk}))
    none_stated = Terms(None, None)
    with qtbot.assertNotEmitted(model.dataChanged):
        model.show_summaries(first, fit=fit, risk=risk, hours=None, terms=none_stated)
        model.show_summaries(first, fit=None, risk=risk, hours=None, terms=none_stated)
    with qtbot.waitSignal(model.dataChanged) as changed:
        terms = Terms(None, Engagement.CONTRACT)
        model.show_summaries(first, fit=FitSummary(2, 2, ()), risk=risk, hours=None, terms=terms)
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row()) == (0, 0)
    assert (top.column(), bottom.column()) == (Column.FIT, Column.CLIENT)
    assert model.index(0, Column.FIT).data() == "2/2"
    assert model.index(0, Column.ENGAGEMENT).data()


def test_a_new_posting_sorted_by_risk_moves_to_its_place_once_its_risk_is_known(
    model, tracker, qtmodeltester
):
    """A trial sorted by Risk saw a new "Low" posting land under the postings with no risk,
    and stay there: its risk comes after the row, from the pane."""
    ids = [model.posting_at(row).id for row in range(model.rowCount())]
    model.set_summaries(
        TableSummaries(
            risks={
                ids[0]: RiskSummary(Risk.HIGH, ("F1",)),
                ids[1]: RiskSummary(Risk.LOW, ("F8",)),
            }
        )
    )
    model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    added = tracker.add("Bookkeeping help", PostingDetails(title="Bookkeeper"))
    model.upsert(added)
    assert model.row_of(added.id) >= 2  # no risk yet: with the blank ones, last
    model.show_summaries(
        added.id,
        fit=None,
        risk=RiskSummary(Risk.MEDIUM, ("F6",)),
        hours=None,
        terms=Terms(None, None),
    )
    assert model.row_of(added.id) == 1  # between the high and the low
    qtmodeltester.check(model)


def test_a_posting_whose_risk_changes_while_shown_keeps_its_row(model):
    ids = [model.posting_at(row).id for row in range(model.rowCount())]
    model.set_summaries(
        TableSummaries(
            risks={ids[0]: RiskSummary(Risk.HIGH, ("F1",)), ids[1]: RiskSummary(Risk.LOW, ())}
        )
    )
    model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    high = model.posting_at(0).id
    model.show_summaries(
        high, fit=None, risk=RiskSummary(Risk.LOW, ()), hours=None, terms=Terms(None, None)
    )
    assert model.row_of(high) == 0  # the user is looking at it: it moves at the next sort
