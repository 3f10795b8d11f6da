"""At 1024 pixels every column the user keeps is in view: none behind a sideways scrollbar."""

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.domain.tracking.tracker import Outcome, Stage
from desktop.ui.column_fitter import READABLE_CHARACTERS, SHRUNK_MINIMUM, TITLE_READABLE
from desktop.ui.posting_model import Column
from tests.conftest import fixture_text
from tests.ui.conftest import add


def _widths(window):
    header = window.table.horizontalHeader()
    return {
        c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    }


def _characters(window, count):
    """The width of a cell holding about `count` characters, its margins included."""
    return count * window.table.fontMetrics().averageCharWidth() + 8


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
    title = window.table.fontMetrics().horizontalAdvance("Pastry Chef")
    assert narrow[Column.TITLE] > title  # the whole title
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
    assert widths[Column.FOLLOW_UP] < 84  # no follow-up set: nothing to show


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
    """Every cell of the column in view shows its words whole, as its delegate paints them
    ("5 Aug" for a narrowed date; a cell's margins included)."""
    metrics, width = window.table.fontMetrics(), _widths(window)[column]
    model = window.model
    texts = [_shown_text(window, model.index(row, column)) for row in range(model.rowCount())]
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
    # The title and the company keep what reads, not their first letters; the hours whole.
    assert narrow[Column.TITLE] >= _characters(window, TITLE_READABLE)
    assert narrow[Column.COMPANY] >= _characters(window, READABLE_CHARACTERS)
    assert _words_fit(window, Column.HOURS)
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
    assert _widths(window)[Column.TITLE] >= window.column_fitter.title_room() // 2


def test_at_1024_the_title_and_company_come_before_the_dates_and_the_hours(qtbot, window, tracker):
    """At 1024 pixels the title and company were cut to "Unity Ga…" and "Pixel…" while
    Added, Follow-up, Stage and Hours kept their full widths. The dates now give room first
    ("5 Aug" for "2026-08-05", the full date in the tooltip), and the title keeps about 24
    characters."""
    postings = {}
    for title, company, more in (
        ("Unity Gameplay Programmer - Indie Studio", "Pixel Harbor Games", ""),
        ("Senior React Developer", "TalentBridge Recruiting", "Work 10:00-18:30 CET.\n"),
        ("Backend Engineer, Payments Platform", "Northwind Freight Lines", ""),
        ("Remote Data Entry Clerk", "Global Vertex Solutions", "Work 9am-5pm EST.\n"),
    ):
        posting = add(window, f"{title}\n{company}\n\nRemote team.\n{more}")
        postings[title] = posting
    tracker.set_stage(postings["Backend Engineer, Payments Platform"].id, Stage.INTERVIEWING)
    tracker.set_outcome(postings["Remote Data Entry Clerk"].id, Outcome.WITHDRAWN)
    react = postings["Senior React Developer"]
    tracker.save_details(react.id, replace(react.details, follow_up=date(2026, 8, 12)))
    window.reload()
    window.splitter.setSizes([560, 464])
    _settle(qtbot, window, 1024)
    widths = _widths(window)
    metrics = window.table.fontMetrics()
    assert sum(widths.values()) <= window.table.viewport().width()
    assert widths[Column.TITLE] >= 24 * metrics.averageCharWidth()
    assert widths[Column.COMPANY] > SHRUNK_MINIMUM + 10
    # The dates show as "5 Aug", whole, and say the full date in their tooltips.
    assert widths[Column.ADDED] < metrics.horizontalAdvance("2026-08-05")
    added = window.model.index(0, Column.ADDED)
    assert added.data(Qt.ItemDataRole.ToolTipRole) == added.data()
    shown = _shown_text(window, added)
    assert re.fullmatch(r"\d{1,2} Aug", shown)
    assert metrics.horizontalAdvance(shown) + 8 <= widths[Column.ADDED]
    row = window.model.row_of(react.id)
    assert _shown_text(window, window.model.index(row, Column.FOLLOW_UP)) == "12 Aug"
    # The stage stays whole.
    assert _words_fit(window, Column.STAGE)
    # Room again: the dates whole.
    window.splitter.setSizes([1400, 500])
    _settle(qtbot, window, 1900)
    assert _shown_text(window, added) == added.data()


def _shown_text(window, index) -> str:
    """The words a cell shows, as its delegate paints them."""
    option = QStyleOptionViewItem()
    option.rect = window.table.visualRect(index)
    option.font = window.table.font()
    option.fontMetrics = window.table.fontMetrics()
    window.table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def test_a_narrow_table_cuts_the_hours_before_the_company_reads_as_its_first_letters(
    qtbot, window, tracker, days
):
    """At 1024 pixels beside a wide detail pane the company was cut to "Tal…" and "Acm…",
    the title to a dozen letters, while a reminder, a stage and the hours kept their full
    widths (a new user's trial). The hours, which their tooltip says in full, give way
    first, and the company says itself whole in its tooltip; at 1280 pixels the title
    keeps its room and nothing else is cut."""
    talent = add(window, "Data Engineer\nTalentBridge Partners\n\nPaid by gift card only.\n")
    tracker.set_stage(talent.id, Stage.OFFER)
    for text, stage in (
        ("Senior Python Engineer\nAcme Corp\n\nRemote. Work 9am-5pm PT.\n", Stage.APPLIED),
        ("Site Reliability Engineer\nNorthwind Robotics\n\nOn call 10-18 CET.\n", Stage.SAVED),
    ):
        tracker.set_stage(add(window, text).id, stage)
    tracker.set_stage(add(window, fixture_text("upwork_listing_hourly.txt")).id, Stage.APPLIED)
    days[0] = date(2026, 8, 26)  # 23 days of silence: reminders to follow up
    window.reload()
    window.day_timer.timeout.emit()
    window.splitter.setSizes([540, 484])
    _settle(qtbot, window, 1024)
    widths = _widths(window)
    assert sum(widths.values()) <= window.table.viewport().width()
    assert widths[Column.TITLE] >= _characters(window, TITLE_READABLE)
    assert widths[Column.COMPANY] >= _characters(window, READABLE_CHARACTERS)
    company = window.model.index(window.model.row_of(talent.id), Column.COMPANY)
    assert company.data(Qt.ItemDataRole.ToolTipRole) == "TalentBridge Partners"
    for column in (Column.STAGE, Column.ADDED, Column.FOLLOW_UP, Column.RISK):
        assert _words_fit(window, column)
    assert not _words_fit(window, Column.HOURS)

    window.splitter.setSizes([800, 480])
    _settle(qtbot, window, 1280)
    assert _widths(window)[Column.TITLE] >= window.column_fitter.title_room()
    for column in (Column.STAGE, Column.ADDED, Column.FOLLOW_UP, Column.RISK, Column.HOURS):
        assert _words_fit(window, column)
