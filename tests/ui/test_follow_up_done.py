"""Done on Today: the status bar says what was recorded, and Ctrl+Z takes it back; the row
no longer vanishes without a word."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.tracking.tracker import PostingDetails, Stage
from tests.ui.conftest import add

DUE = "Backend Engineer\nLedgerly\n\nKeep our APIs up.\n"
OTHER = "Logistics Planner\nNorthbay Freight\n\nPlan the week's routes.\n"
CTRL = Qt.KeyboardModifier.ControlModifier
# The next follow-up a stage's silence away: 14 days for Applied, as the tracker's limits
# start.
NEXT = date(2026, 8, 19)
DONE_SAID = (
    "Followed up on “Backend Engineer” — noted 2026-08-05, next follow-up 2026-08-19. "
    "Ctrl+Z takes it back."
)


def _due_on_today(window, tracker, notes: str = "Sent CV."):
    """A posting whose follow-up date (1 August) has passed, Today showing it."""
    posting = add(window, DUE)
    details = PostingDetails(
        title="Backend Engineer", company="Ledgerly", notes=notes, follow_up=date(2026, 8, 1)
    )
    tracker.save_details(posting.id, details)
    tracker.set_stage(posting.id, Stage.APPLIED)
    window.reload()
    add(window, OTHER)  # shown until Today shows the posting, as now stored
    window.menu_actions.today.trigger()
    assert window.agenda.current().id == posting.id
    assert window.detail.notes_edit.toPlainText() == notes
    return posting


def _done(window, qtbot) -> None:
    qtbot.mouseClick(window.agenda.buttons["done"], Qt.MouseButton.LeftButton)


def _undo(window, qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)


def _listed(window) -> list[int]:
    model = window.agenda.model
    return [model.item(row).posting.id for row in range(model.rowCount())]


def test_done_says_what_it_noted_and_ctrl_z_brings_the_follow_up_back(qtbot, window, tracker):
    posting = _due_on_today(window, tracker)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _done(window, qtbot)
    done = tracker.get(posting.id).details
    assert done.notes == "Sent CV.\nFollowed up 2026-08-05." and done.follow_up == NEXT
    assert window.model.silence_limits.for_stage(Stage.APPLIED) == (NEXT - date(2026, 8, 5)).days
    assert _listed(window) == []
    assert window.statusBar().currentMessage() == DONE_SAID

    _undo(window, qtbot)
    back = tracker.get(posting.id).details
    assert back.notes == "Sent CV." and back.follow_up == date(2026, 8, 1)
    assert window.views.currentWidget() is window.agenda  # still on Today, the row back
    assert _listed(window) == [posting.id]
    assert window.agenda.current().id == posting.id
    assert window.detail.posting.id == posting.id
    assert window.detail.notes_edit.toPlainText() == "Sent CV."
    assert window.statusBar().currentMessage() == (
        "Undone: the follow-up on “Backend Engineer” is no longer noted."
    )

    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert tracker.get(posting.id).details == done
    assert window.statusBar().currentMessage() == "Redone: f" + DONE_SAID[1:]


def test_undoing_done_keeps_what_was_written_since(qtbot, window, tracker):
    posting = _due_on_today(window, tracker)
    _done(window, qtbot)
    window.menu_actions.today.trigger()  # to the list, the posting still shown
    assert window.detail.posting.id == posting.id
    window.detail.notes_edit.appendPlainText("Mia called back: interview on Monday.")
    window.detail.flush()
    window.undo_stack.undo()
    assert tracker.get(posting.id).details.notes == (
        "Sent CV.\nMia called back: interview on Monday."
    )


def test_done_keeps_notes_typed_a_moment_before(qtbot, window, tracker):
    """Notes typed in the pane and not saved yet were written over by the Done."""
    posting = _due_on_today(window, tracker)
    notes = window.detail.notes_edit
    notes.appendPlainText("Asked about the budget.")
    assert window.detail._notes_timer.isActive()  # not saved yet
    _done(window, qtbot)
    assert tracker.get(posting.id).details.notes == (
        "Sent CV.\nAsked about the budget.\nFollowed up 2026-08-05."
    )
    assert window.statusBar().currentMessage() == DONE_SAID


def test_done_on_a_posting_gone_quiet_takes_it_off_today_and_is_undone_too(
    qtbot, window, tracker, days
):
    """No follow-up date to clear: a note is no move, so the next follow-up is set, and the
    posting leaves Today; all of it taken back."""
    posting = add(window, DUE)
    tracker.set_stage(posting.id, Stage.APPLIED)
    window.reload()
    days[0] = date(2026, 8, 30)
    window.day_timer.timeout.emit()
    window.menu_actions.today.trigger()
    assert _listed(window) == [posting.id]
    _done(window, qtbot)
    assert tracker.get(posting.id).details.notes == "Followed up 2026-08-30."
    assert _listed(window) == []
    assert window.statusBar().currentMessage() == (
        "Followed up on “Backend Engineer” — noted 2026-08-30, next follow-up 2026-09-13. "
        "Ctrl+Z takes it back."
    )
    window.undo_stack.undo()
    assert tracker.get(posting.id).details.notes == ""
    assert tracker.get(posting.id).details.follow_up is None
    assert window.statusBar().currentMessage() == (
        "Undone: the follow-up on “Backend Engineer” is no longer noted."
    )
