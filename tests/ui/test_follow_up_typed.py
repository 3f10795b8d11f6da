"""The follow-up box takes a date written whole, set with Enter (or on leaving the box); one
it cannot read is said so, and what was typed stays there to be mended."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import add

POSTING = "Bookkeeper\nLedgerly\n\nKeep the books.\n"
SHOWN = date(2026, 8, 12)  # a week from the window's today, as a new follow-up starts
RED = "#b3261e"


def _box(qtbot, window):
    """The follow-up box of a posting on show, switched on, the focus in it from Tab."""
    posting = add(window, POSTING)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.detail.follow_up_check.setChecked(True)
    box = window.detail.follow_up_date
    box.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.tracker.get(posting.id).details.follow_up == SHOWN
    return posting, box


def _type(qtbot, box, text: str, key=Qt.Key.Key_Return) -> None:
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, key)


@pytest.mark.parametrize("typed", ["2026-12-14", "14/12/2026", "Dec 14", "14 December 2026"])
def test_a_date_typed_whole_and_enter_sets_the_follow_up(qtbot, window, typed):
    posting, box = _box(qtbot, window)
    qtbot.keyClicks(box, typed)
    assert box.text() == typed
    # Nothing stored on the way: "03/04/2026" typed a digit at a time stored 20 April.
    assert window.tracker.get(posting.id).details.follow_up == SHOWN
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 12, 14)
    assert box.text() == "2026-12-14"
    assert box.hasFocus()


def test_a_date_typed_after_a_click_in_the_box_takes_the_whole_box(qtbot, window):
    posting, box = _box(qtbot, window)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    box.lineEdit().setCursorPosition(9)  # in the day, nothing chosen
    _type(qtbot, box, "Dec 14")
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 12, 14)


def test_a_date_pasted_into_the_box_is_read_as_one_typed(qtbot, window):
    posting, box = _box(qtbot, window)
    QGuiApplication.clipboard().setText("14 December 2026")
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 12, 14)


def test_a_step_still_steps_the_part_chosen(qtbot, window):
    """Typed over, a part chosen (as a step leaves it) is what the digits replace."""
    posting, box = _box(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the year, chosen by Tab
    assert box.text() == "2027-08-12"
    _type(qtbot, box, "2028")
    assert window.tracker.get(posting.id).details.follow_up == date(2028, 8, 12)


@pytest.mark.parametrize(
    ("country", "day"),
    [
        (QLocale.Country.UnitedKingdom, date(2026, 4, 3)),
        (QLocale.Country.UnitedStates, date(2026, 3, 4)),
    ],
)
def test_a_date_read_both_ways_is_read_in_the_users_order(qtbot, window, country, day):
    posting, box = _box(qtbot, window)
    box.setLocale(QLocale(QLocale.Language.English, country))
    _type(qtbot, box, "03/04/2026")
    assert window.tracker.get(posting.id).details.follow_up == day


def test_what_a_year_or_month_leaves_out_is_the_date_shown(qtbot, window):
    posting, box = _box(qtbot, window)
    _type(qtbot, box, "20")  # the 20th of the month shown
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 8, 20)


def test_a_date_typed_is_set_on_leaving_the_box_too(qtbot, window):
    posting, box = _box(qtbot, window)
    _type(qtbot, box, "Dec 14", key=Qt.Key.Key_Tab)
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 12, 14)
    assert box.text() == "2026-12-14"


def test_a_date_it_cannot_read_is_said_and_what_was_typed_stays(qtbot, window):
    posting, box = _box(qtbot, window)
    _type(qtbot, box, "Dex 41")
    assert box.text() == "Dex 41"
    assert window.tracker.get(posting.id).details.follow_up == SHOWN
    assert "“Dex 41” is not a date Gigdesk can read" in box.toolTip()
    assert RED in box.lineEdit().styleSheet()

    window.detail.notes_edit.setFocus()  # left, it still holds what was typed
    assert box.text() == "Dex 41"
    assert window.tracker.get(posting.id).details.follow_up == SHOWN
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    assert box.text() == "Dex 41"

    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    _type(qtbot, box, "c 14")  # mended: "Dec 14"
    assert window.tracker.get(posting.id).details.follow_up == date(2026, 12, 14)
    assert box.text() == "2026-12-14"
    assert RED not in box.lineEdit().styleSheet()
    assert "Dex 41" not in box.toolTip()


def test_a_date_it_cannot_read_is_said_on_leaving_the_box_as_with_enter(qtbot, window):
    """Tab out of "next friday" left it red with no word of why, where Enter said so (a new
    user's trial); a click elsewhere says it too, once the button is let go."""
    posting, box = _box(qtbot, window)
    _type(qtbot, box, "next friday", key=Qt.Key.Key_Tab)
    assert not box.hasFocus()
    assert box.text() == "next friday"
    assert window.tracker.get(posting.id).details.follow_up == SHOWN
    said = "“next friday” is not a date Gigdesk can read"
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text().startswith(said))

    QToolTip.hideText()
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.mouseClick(window.detail.title_edit, Qt.MouseButton.LeftButton)
    assert box.text() == "next frida"
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "“next frida”" in QToolTip.text())


def test_escape_takes_back_what_was_typed(qtbot, window):
    posting, box = _box(qtbot, window)
    _type(qtbot, box, "Dec 1", key=Qt.Key.Key_Escape)
    assert box.text() == "2026-08-12"
    assert window.tracker.get(posting.id).details.follow_up == SHOWN


def test_what_was_typed_and_not_read_goes_when_another_posting_shows(qtbot, window):
    first, box = _box(qtbot, window)
    _type(qtbot, box, "Dex 41")
    other = add(window, "Logistics Planner\nNorthbay Freight\n\nPlan the routes.\n")
    assert window.detail.posting.id == other.id
    window.select_posting(first.id)
    assert box.text() == "2026-08-12"
    assert RED not in box.lineEdit().styleSheet()
