"""Sorting by Fit, Risk and Hours: the best fit a click away, blank cells last both ways."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from desktop.domain.clock import UserTime
from desktop.domain.hours.working import HoursSummary
from desktop.domain.red_flags.risk import Risk, RiskSummary
from desktop.domain.skills.checklist import FitSummary
from desktop.domain.tracking.tracker import PostingDetails
from desktop.services.summaries import TableSummaries
from desktop.ui.posting_model import Column, PostingTableModel

TODAY = date(2026, 8, 5)
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
# The new user's table: two 3/4, a 1/4, a 0/2 and a posting with no checklist, in the
# order they were added (the blank one in the middle, where a stable sort leaves it).
FITS = ("1/4", "3/4", "", "0/2", "3/4")


def _fit(shown: str) -> FitSummary | None:
    if not shown:
        return None
    met, total = map(int, shown.split("/"))
    return FitSummary(met, total, ("Go",) * (total - met))


def _hours(cell: str, *, local: bool = True) -> HoursSummary:
    return HoursSummary(f"{cell} stated", "UTC", f"{cell} UTC" if local else "", None, cell)


@pytest.fixture
def table(tracker, qtmodeltester) -> PostingTableModel:
    """A table of five postings, each with the fit of FITS at its place."""
    postings = [tracker.add(f"Posting {n}", PostingDetails(title=f"Posting {n}")) for n in range(5)]
    model = PostingTableModel(UserTime(lambda: datetime.combine(TODAY, time(10), UTC), "UTC"))
    model.set_postings(postings)
    fits = {p.id: fit for p, shown in zip(postings, FITS, strict=True) if (fit := _fit(shown))}
    model.set_summaries(TableSummaries(fits=fits))
    qtmodeltester.check(model)
    return model


def _column(model: PostingTableModel, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _ids(model: PostingTableModel) -> list[int]:
    return [model.posting_at(row).id for row in range(model.rowCount())]


def _click_header(view: QTableView, column: Column) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_one_click_on_fit_puts_the_best_fit_first_and_the_next_the_worst_blanks_last(qtbot, table):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(table)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.TITLE, ASCENDING)  # as the window starts: another column
    for column in Column:
        view.setColumnWidth(column, 40)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    _click_header(view, Column.FIT)
    assert _column(table, Column.FIT) == ["3/4", "3/4", "1/4", "0/2", ""]
    _click_header(view, Column.FIT)
    assert _column(table, Column.FIT) == ["0/2", "1/4", "3/4", "3/4", ""]
    _click_header(view, Column.FIT)
    assert _column(table, Column.FIT) == ["3/4", "3/4", "1/4", "0/2", ""]


def test_fits_of_one_ratio_put_the_one_with_more_items_met_first(tracker, table):
    ids = _ids(table)
    fits = dict(zip(ids, (FitSummary(1, 2, ("Go",)), FitSummary(3, 6, ("Go",) * 3)), strict=False))
    fits[ids[2]] = FitSummary(2, 4, ("Go", "C"))
    fits[ids[3]] = FitSummary(4, 4, ())
    table.set_summaries(TableSummaries(fits=fits))
    table.sort(Column.FIT, DESCENDING)
    assert _column(table, Column.FIT) == ["4/4", "3/6", "2/4", "1/2", ""]
    table.sort(Column.FIT, ASCENDING)
    assert _column(table, Column.FIT) == ["1/2", "2/4", "3/6", "4/4", ""]


def test_blank_risk_cells_are_last_in_both_directions(table):
    ids = _ids(table)
    risks = {
        ids[0]: RiskSummary(Risk.LOW, ("a",)),
        ids[1]: RiskSummary(Risk.HIGH, ("a", "b")),
        ids[3]: RiskSummary(Risk.NONE, ()),  # no red flag: shown blank, as not worked out
        ids[4]: RiskSummary(Risk.MEDIUM, ("a",)),
    }
    table.set_summaries(TableSummaries(risks=risks))
    table.sort(Column.RISK, ASCENDING)
    assert _column(table, Column.RISK) == ["Low", "Medium", "High", "", ""]
    table.sort(Column.RISK, DESCENDING)
    assert _column(table, Column.RISK) == ["High", "Medium", "Low", "", ""]


def test_blank_hours_are_last_in_both_directions_after_hours_in_words(table):
    ids = _ids(table)
    hours = {
        ids[0]: _hours("15:00–23:00"),
        ids[1]: _hours("overlap 4 of 8 h", local=False),
        ids[3]: _hours("09:00–17:00"),
    }
    table.set_summaries(TableSummaries(hours=hours))
    table.sort(Column.HOURS, ASCENDING)
    assert _column(table, Column.HOURS) == ["09–17", "15–23", "overlap 4 of 8 h", "", ""]
    table.sort(Column.HOURS, DESCENDING)
    assert _column(table, Column.HOURS) == ["15–23", "09–17", "overlap 4 of 8 h", "", ""]


@pytest.mark.parametrize("order", [ASCENDING, DESCENDING])
@pytest.mark.parametrize("column", [Column.FIT, Column.RISK, Column.HOURS])
def test_a_posting_added_while_sorted_by_a_summary_lands_where_a_full_sort_puts_it(
    tracker, table, column, order
):
    """The binary search that places an added or edited row must agree with the order a
    fresh sort gives, blanks last, in both directions."""
    ids = _ids(table)
    table.merge_summaries(
        TableSummaries(
            risks={ids[0]: RiskSummary(Risk.HIGH, ("a",)), ids[2]: RiskSummary(Risk.LOW, ())},
            hours={ids[1]: _hours("08:00–12:00"), ids[4]: _hours("no time zone", local=False)},
        )
    )
    table.sort(column, order)
    added = [tracker.add(f"Later {n}", PostingDetails(title=f"Later {n}")) for n in range(3)]
    for posting in added:
        table.upsert(posting)
    for posting_id in (ids[1], ids[2]):  # edited: each leaves its place and finds it again
        edited = tracker.get(posting_id)
        table.upsert(tracker.save_details(posting_id, replace(edited.details, notes="edited")))
    placed = _ids(table)
    table.sort(column, ASCENDING if order == DESCENDING else DESCENDING)
    table.sort(column, order)
    assert placed == _ids(table)
    assert _column(table, column)[-1] == ""
