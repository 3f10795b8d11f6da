"""At 1024 pixels every column the user keeps is in view: none behind a sideways scrollbar."""

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
