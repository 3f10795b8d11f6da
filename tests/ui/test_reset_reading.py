""" "Use Gigdesk's reading" on the Details tab: it says which corrections it dropped, Ctrl+Z
puts back every one of them (a title retitled with F2 among them), and the fields it will
reset, title and company included, are marked before it is pressed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.reading.kept import ZONE_PICK
from desktop.ui.posting_model import Column
from tests.ui.conftest import add

POSTING = (
    "Support Engineer\nAcme Ltd\n\nLocation: Lisbon, Portugal (hybrid)\n"
    "Pay: $30.50-45/hour\nWe need you online 9am-5pm IST on weekdays.\n\n"
    "Answer our customers' questions about the API.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier


def _retitle(window, qtbot, title: str) -> None:
    """F2, the new title typed over the old one, Enter."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    edit = window.detail.title_edit
    assert edit.hasFocus() and edit.selectedText() == edit.text()
    qtbot.keyClicks(edit, title)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _correct(window, qtbot) -> None:
    """A title retitled with F2, the location and the pay corrected, the IST zone picked."""
    _retitle(window, qtbot, "Customer API Engineer")
    detail = window.detail
    detail.location_edit.setText("Porto, Portugal")
    detail.location_edit.editingFinished.emit()
    detail.pay_edit.setText("€40-50/hour")
    detail.pay_edit.editingFinished.emit()
    detail.hours.zone_picked.emit("IST", "Asia/Jerusalem")


def _press_reset(window, qtbot) -> None:
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.details)
    assert detail.reset_button.isEnabled()
    qtbot.mouseClick(detail.reset_button, Qt.MouseButton.LeftButton)


def _title_cell(window, posting_id: int) -> str:
    return window.model.index(window.model.row_of(posting_id), Column.TITLE).data()


def test_reset_says_what_it_restored_and_ctrl_z_puts_every_correction_back(qtbot, window, tracker):
    posting = add(window, POSTING)
    _correct(window, qtbot)
    corrected = tracker.get(posting.id)
    assert corrected.overridden == {"title", "location", "pay", ZONE_PICK + "IST"}
    assert corrected.title == "Customer API Engineer"

    _press_reset(window, qtbot)
    reset = tracker.get(posting.id)
    assert reset.overridden == frozenset()
    assert reset.title == "Support Engineer"
    assert reset.analysis.location == "Lisbon, Portugal (hybrid)"
    assert window.statusBar().currentMessage() == (
        "Gigdesk's reading restored for title, pay, location, IST zone — Ctrl+Z to undo"
    )

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    back = tracker.get(posting.id)
    assert back.overridden == corrected.overridden
    assert back.details == corrected.details
    assert back.analysis == corrected.analysis  # the pay, location and zone pick as they were
    assert window.detail.title_edit.text() == "Customer API Engineer"
    assert window.detail.location_edit.text() == "Porto, Portugal"
    assert _title_cell(window, posting.id) == "Customer API Engineer"
    assert window.statusBar().currentMessage() == (
        "Undone: your corrections are back on “Customer API Engineer”"
        " (title, pay, location, IST zone)."
    )

    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tracker.get(posting.id).overridden == frozenset()
    assert window.statusBar().currentMessage() == (
        "Redone: Gigdesk's reading restored for title, pay, location, IST zone."
    )


def test_the_title_and_company_the_reset_will_drop_are_marked(qtbot, window, tracker):
    """A retitled posting looked untouched: the button was enabled with nothing marked."""
    add(window, POSTING)
    detail = window.detail
    labels = detail._field_labels
    assert not detail.title_edit.font().italic()
    assert not detail.reset_button.isEnabled()

    _retitle(window, qtbot, "Customer API Engineer")
    assert detail.reset_button.isEnabled()
    assert detail.title_edit.font().italic()  # as the Details tab marks a corrected field
    assert detail.title_edit.font().bold()  # still the heading it was
    assert "Your value" in detail.title_edit.toolTip()
    assert "title" in detail.reset_button.toolTip()

    detail.company_edit.setText("Acme Support Ltd")
    detail.company_edit.editingFinished.emit()
    assert labels["company"].font().italic()
    assert labels["company"].toolTip() == "Your value"
    assert "title, company" in detail.reset_button.toolTip()

    _press_reset(window, qtbot)
    assert not detail.title_edit.font().italic()
    assert not labels["company"].font().italic()
    assert not detail.reset_button.isEnabled()
    assert detail.title_edit.text() == "Support Engineer"


def test_undo_keeps_a_field_corrected_again_after_the_reset(qtbot, window, tracker):
    """Undo puts back what the reset dropped, never over a value the user gave since."""
    posting = add(window, POSTING)
    location = window.detail.location_edit

    def correct_location(value: str) -> None:
        location.setText(value)
        location.editingFinished.emit()

    correct_location("Porto, Portugal")
    _retitle(window, qtbot, "Customer API Engineer")
    _press_reset(window, qtbot)
    correct_location("Braga, Portugal")  # corrected again once Gigdesk's reading is back
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    stored = tracker.get(posting.id)
    assert stored.analysis.location == "Braga, Portugal"
    assert stored.title == "Customer API Engineer"  # the reset's other correction, put back
    assert window.statusBar().currentMessage() == (
        "Undone: your corrections are back on “Customer API Engineer” (title)."
        " Kept your newer location."
    )
