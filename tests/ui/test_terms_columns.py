"""Pay and Engagement columns: shown from the column menu, kept between starts, sortable."""

from PySide6.QtCore import Qt

from desktop.ui.posting_model import Column
from tests.ui.conftest import add

HOURLY = "Data Engineer\nOrbit Labs\n\nContract role, remote. Rate: $60-80/hour.\n"
SALARIED = "Support Lead\nHarbour Co\n\nFull-time. Salary: €52,000-58,000 per year.\n"
UNSTATED = "Copywriter\nInkwell\n\nWrite product pages for our shop.\n"


def _column(window, column):
    model = window.model
    return {
        model.index(row, Column.TITLE).data(): model.index(row, column).data()
        for row in range(model.rowCount())
    }


def test_pay_and_engagement_show_as_read_and_as_corrected(qtbot, window, tracker):
    for text in (HOURLY, SALARIED, UNSTATED):
        add(window, text)
    assert window.table.horizontalHeader().isSectionHidden(Column.PAY)  # until chosen
    assert _column(window, Column.PAY) == {
        "Data Engineer": "USD 60-80/hour",
        "Support Lead": "EUR 52,000-58,000/year",
        "Copywriter": "",
    }
    assert _column(window, Column.ENGAGEMENT)["Support Lead"] == "Full-time"

    window.detail.pay_edit.setText("$90/hour")
    window.detail.pay_edit.editingFinished.emit()  # the user's value, on the posting shown
    shown = window.detail.posting
    assert _column(window, Column.PAY)[shown.title] == "USD 90/hour"
    kept, stale = tracker.kept_summaries()
    assert stale == [] and kept.terms[shown.id].pay.max == 90


def test_pay_sorts_by_what_it_pays_for_then_amount_with_none_last_both_ways(window):
    for text in (SALARIED, UNSTATED, HOURLY):
        add(window, text)
    window.table.sortByColumn(Column.PAY, Qt.SortOrder.AscendingOrder)
    model = window.model
    titles = [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]
    assert titles == ["Data Engineer", "Support Lead", "Copywriter"]
    window.table.sortByColumn(Column.PAY, Qt.SortOrder.DescendingOrder)
    titles = [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]
    assert titles == ["Support Lead", "Data Engineer", "Copywriter"]  # none still last


def test_the_client_column_judges_the_client_box_and_sorts_the_best_first(window, tracker):
    from tests.conftest import fixture_text

    for name in ("pages/upwork_new_client.txt", "upwork_job_page.txt"):
        add(window, fixture_text(name))
    add(window, UNSTATED)
    assert window.table.horizontalHeader().isSectionHidden(Column.CLIENT)  # until chosen
    assert sorted(_column(window, Column.CLIENT).values()) == ["", "Good", "Poor"]
    window.table.sortByColumn(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    model = window.model
    shown = [model.index(row, Column.CLIENT).data() for row in range(model.rowCount())]
    assert shown == ["Good", "Poor", ""]
    window.table.sortByColumn(Column.CLIENT, Qt.SortOrder.DescendingOrder)
    shown = [model.index(row, Column.CLIENT).data() for row in range(model.rowCount())]
    assert shown == ["Poor", "Good", ""]
    # Kept with the other summaries: a new start shows it without reading any posting.
    kept, stale = tracker.kept_summaries()
    assert stale == [] and sorted(terms.client for terms in kept.terms.values()) == [
        "good",
        "poor",
    ]
