"""At 1024 pixels every column the user keeps is in view: none behind a sideways scrollbar."""

from desktop.ui.column_fitter import STRETCHED_MINIMUM
from desktop.ui.posting_model import Column


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
