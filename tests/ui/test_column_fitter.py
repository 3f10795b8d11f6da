"""At 1024 pixels every column the user keeps is in view: none behind a sideways scrollbar."""

import re
from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.tracking.tracker import Stage
from desktop.ui.column_fitter import SHRUNK_MINIMUM, STRETCHED_MINIMUM
from desktop.ui.posting_model import Column
from tests.conftest import fixture_text
from tests.ui.conftest import add


def _widths(window):
    header = window.table.horizontalHeader()
    return {
        c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    }


def _settle(qtbot, window, width):
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.table.viewport().width() < width)
    qtbot.wait(20)


def test_columns_shrink_to_fit_a_small_screen_and_grow_back(qtbot, window):
    add(window, "Pastry Chef\nLarkspur Bakery\n\nWe bake for weddings.\n")
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    narrow = _widths(window)
    assert sum(narrow.values()) <= window.table.viewport().width()
    assert narrow[Column.TITLE] >= STRETCHED_MINIMUM * 3 // 4  # the start of a title
    whole_date = window.table.fontMetrics().horizontalAdvance("2026-11-28")
    assert narrow[Column.ADDED] > whole_date
    assert not window.table.horizontalScrollBar().isVisible()

    window.splitter.setSizes([1400, 500])
    _settle(qtbot, window, 1900)
    wide = _widths(window)
    others = [c for c in wide if c != Column.TITLE]
    assert all(wide[c] >= narrow[c] for c in others)
    assert sum(wide[c] for c in others) > sum(narrow[c] for c in others)


def test_a_width_the_user_drags_is_kept_when_there_is_room(qtbot, window):
    window.splitter.setSizes([1400, 500])
    _settle(qtbot, window, 1900)
    window.table.horizontalHeader().resizeSection(Column.STAGE, 150)
    _settle(qtbot, window, 1800)
    assert _widths(window)[Column.STAGE] == 150


def test_a_narrow_table_keeps_the_stage_whole_and_takes_room_from_empty_columns(
    qtbot, window, tracker
):
    """ "Applying" and "Applied" both cut to "Appl…" told nothing; an empty Follow-up column
    gives its room first."""
    add(window, "Pastry Chef\nLarkspur Bakery\n\nWe bake for weddings.\n")
    tracker.set_stage(window.detail.posting.id, Stage.INTERVIEWING)
    window.reload()
    qtbot.waitUntil(lambda: window.model.index(0, Column.STAGE).data() == "Interviewing")
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    widths = _widths(window)
    stage_text = window.model.index(0, Column.STAGE).data()
    needed = window.table.fontMetrics().horizontalAdvance(stage_text)
    assert widths[Column.STAGE] > needed
    assert widths[Column.FOLLOW_UP] == SHRUNK_MINIMUM  # no follow-up set: nothing to show


def test_the_stage_column_follows_a_stage_changed_in_place(qtbot, window, tracker):
    """Fitted to "Saved", a narrow table's stage column widens for "Proposal sent"."""
    posting = add(window, fixture_text("upwork_listing_hourly.txt"))
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    tracker.set_stage(posting.id, Stage.APPLIED)
    window.model.upsert(tracker.get(posting.id).row)
    shown = window.model.index(0, Column.STAGE).data()
    assert shown == "Proposal sent"
    needed = window.table.fontMetrics().horizontalAdvance(shown)
    qtbot.waitUntil(lambda: _widths(window)[Column.STAGE] > needed)


def _words_fit(window, column):
    """Every cell of the column in view shows its words whole (a cell's margins included)."""
    metrics, width = window.table.fontMetrics(), _widths(window)[column]
    texts = [window.model.index(row, column).data() for row in range(window.model.rowCount())]
    return all(metrics.horizontalAdvance(text) + 8 <= width for text in texts if text)


def test_words_share_a_narrow_table_with_the_title_and_a_reminder_stays_whole(
    qtbot, window, tracker, days
):
    """At 1024 pixels the company and the hours were cut to "Umb…" and "18:0…" while the
    dates kept their room; the Follow-up column's "follow up · 23 d" was cut at every width."""
    for text in (
        "Senior Backend Engineer\nUmbrella Corporation\n\nRemote. Work 9am-5pm EST (UTC-5).\n",
        "Logistics Planner\nNorthbay Freight International\n\nRoutes, 10:00-18:00 GMT.\n",
    ):
        tracker.set_stage(add(window, text).id, Stage.APPLIED)
    days[0] = date(2026, 8, 26)  # 23 days of silence: a reminder to follow up
    window.reload()
    window.day_timer.timeout.emit()
    assert window.model.index(0, Column.FOLLOW_UP).data() == "follow up 23 d"
    assert all(window.model.index(row, Column.HOURS).data() for row in (0, 1))
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    narrow = _widths(window)
    assert sum(narrow.values()) <= window.table.viewport().width()
    # Cut as far as the title is, not down to their first letters.
    title_share = narrow[Column.TITLE] / STRETCHED_MINIMUM
    for column, natural in ((Column.COMPANY, 112), (Column.HOURS, 104)):
        assert narrow[column] > SHRUNK_MINIMUM + 10
        assert narrow[column] / natural >= title_share * 0.8
    date_width = window.table.fontMetrics().horizontalAdvance("2026-08-03") + 8
    assert narrow[Column.ADDED] <= date_width + 2  # a date needs only its own width
    for column in (Column.ADDED, Column.STAGE, Column.FOLLOW_UP):
        assert _words_fit(window, column)
    window.splitter.setSizes([800, 480])
    _settle(qtbot, window, 1280)
    assert _words_fit(window, Column.FOLLOW_UP)
    days[0] = date(2026, 9, 10)
    window.day_timer.timeout.emit()
    assert window.model.index(0, Column.FOLLOW_UP).data() == "close? 38 d"
    qtbot.waitUntil(lambda: _words_fit(window, Column.FOLLOW_UP))


def test_hours_on_the_hour_are_short_and_stay_whole_at_1024(qtbot, window, tracker):
    """At 1024 pixels the Hours column read "15:00–…": the cell now says "16–07 (+1)",
    whole, and its tooltip the hours in full."""
    posting = add(window, fixture_text("core_hours_contract.txt"))
    tracker.set_stage(posting.id, Stage.APPLIED)
    window.reload()
    cell = window.model.index(0, Column.HOURS)
    assert re.fullmatch(r"\d{2}–\d{2} \(\+1\)", cell.data())
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert re.match(r"\d{2}:00–\d{2}:00 \(\+1\) your time \(", tooltip)
    assert "Pacific Time" in tooltip
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    assert _words_fit(window, Column.HOURS)
    assert _widths(window)[Column.TITLE] >= STRETCHED_MINIMUM // 2
