"""In a week and No response on Today: each says what it did, as Done does, and Ctrl+Z takes
it back; the row no longer vanishes without a word."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from tests.ui.conftest import add

QUIET = "Logistics Planner\nNorthbay Freight\n\nPlan the week's routes.\n"
DUE = "Bookkeeper\nLedgerly\n\nKeep the books.\n"
CTRL = Qt.KeyboardModifier.ControlModifier
SNOOZED = "Next follow-up on “Bookkeeper”: 2026-08-27, in a week. Ctrl+Z takes it back."
CLOSED = "Closed “Logistics Planner” as No response. Ctrl+Z takes it back."


def _on_today(qtbot, window, tracker, days, notes: str = "Sent the CV."):
    """Bookkeeper's follow-up (10 August) overdue, Logistics Planner quiet for 17 days."""
    due = add(window, DUE)
    details = PostingDetails(title="Bookkeeper", notes=notes, follow_up=date(2026, 8, 10))
    tracker.save_details(due.id, details)
    tracker.set_stage(due.id, Stage.APPLIED)
    window.reload()
    quiet = add(window, QUIET)  # shown until Today shows Bookkeeper, as now stored
    tracker.set_stage(quiet.id, Stage.APPLIED)
    window.reload()
    days[0] = date(2026, 8, 20)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.menu_actions.today.trigger()
    assert _listed(window) == [due.id, quiet.id]
    assert window.detail.notes_edit.toPlainText() == notes
    return due, quiet


def _listed(window) -> list[int]:
    model = window.agenda.model
    return [model.item(row).posting.id for row in range(model.rowCount())]


def _click(window, qtbot, name: str) -> None:
    qtbot.mouseClick(window.agenda.buttons[name], Qt.MouseButton.LeftButton)


def _key(qtbot, modifiers=CTRL) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, modifiers)


def test_in_a_week_says_the_date_it_set_and_ctrl_z_brings_the_old_one_back(
    qtbot, window, tracker, days
):
    due, quiet = _on_today(qtbot, window, tracker, days)
    _click(window, qtbot, "snooze")
    assert tracker.get(due.id).details.follow_up == date(2026, 8, 27)
    assert _listed(window) == [quiet.id]
    assert window.statusBar().currentMessage() == SNOOZED

    _key(qtbot)
    assert tracker.get(due.id).details.follow_up == date(2026, 8, 10)
    assert window.views.currentWidget() is window.agenda  # still on Today, the row back
    assert _listed(window) == [due.id, quiet.id]
    assert window.agenda.current().id == due.id
    assert window.statusBar().currentMessage() == (
        "Undone: the follow-up on “Bookkeeper” is 2026-08-10 again."
    )

    _key(qtbot, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tracker.get(due.id).details.follow_up == date(2026, 8, 27)
    assert window.statusBar().currentMessage() == "Redone: n" + SNOOZED[1:]


def test_in_a_week_on_a_quiet_posting_is_undone_to_no_date(qtbot, window, tracker, days):
    _, quiet = _on_today(qtbot, window, tracker, days)
    window.agenda.choose(quiet.id)
    _click(window, qtbot, "snooze")
    assert tracker.get(quiet.id).details.follow_up == date(2026, 8, 27)
    assert window.statusBar().currentMessage() == (
        "Next follow-up on “Logistics Planner”: 2026-08-27, in a week. Ctrl+Z takes it back."
    )
    window.undo_stack.undo()
    assert tracker.get(quiet.id).details.follow_up is None
    assert window.statusBar().currentMessage() == (
        "Undone: “Logistics Planner” has no follow-up date again."
    )


def test_in_a_week_keeps_notes_typed_a_moment_before(qtbot, window, tracker, days):
    """The date was set on the agenda's row as it was read, and the pane, shown again
    with it, dropped notes typed and not saved yet."""
    due, _ = _on_today(qtbot, window, tracker, days)
    assert window.detail.posting.id == due.id
    window.detail.notes_edit.appendPlainText("Asked about the budget.")
    assert window.detail._notes_timer.isActive()  # not saved yet
    _click(window, qtbot, "snooze")
    stored = tracker.get(due.id).details
    assert stored.notes == "Sent the CV.\nAsked about the budget."
    assert stored.follow_up == date(2026, 8, 27)


def test_undoing_in_a_week_keeps_a_date_set_since(qtbot, window, tracker, days):
    due, _ = _on_today(qtbot, window, tracker, days)
    _click(window, qtbot, "snooze")
    later = PostingDetails(title="Bookkeeper", notes="Sent the CV.", follow_up=date(2026, 9, 1))
    tracker.save_details(due.id, later)
    window.undo_stack.undo()
    assert tracker.get(due.id).details.follow_up == date(2026, 9, 1)


def test_no_response_says_so_and_ctrl_z_reopens_it_without_a_trace(qtbot, window, tracker, days):
    """Undone, the posting is open as it was: no "No response" and no "Reopened" in its
    history (the funnel would count both), and its silence still counts from its last move,
    so it is back on Today."""
    _, quiet = _on_today(qtbot, window, tracker, days)
    before = tracker.get(quiet.id)
    window.agenda.choose(quiet.id)
    _click(window, qtbot, "close")
    assert tracker.get(quiet.id).outcome == Outcome.NO_RESPONSE
    assert quiet.id not in _listed(window)
    assert window.statusBar().currentMessage() == CLOSED

    _key(qtbot)
    back = tracker.get(quiet.id)
    assert back.outcome is None
    assert back.history == before.history
    assert back.last_moved == before.last_moved
    assert back.updated_at == before.updated_at
    assert quiet.id in _listed(window)
    assert window.agenda.current().id == quiet.id
    assert window.statusBar().currentMessage() == "Undone: “Logistics Planner” is open again."

    _key(qtbot, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tracker.get(quiet.id).outcome == Outcome.NO_RESPONSE
    assert window.statusBar().currentMessage() == "Redone: c" + CLOSED[1:]


def test_no_response_on_a_posting_closed_since_leaves_it_as_it_is(qtbot, window, tracker, days):
    """Today worked out before the posting was closed elsewhere: its closing stays, and no
    second entry is written into its history for Ctrl+Z to take out."""
    _, quiet = _on_today(qtbot, window, tracker, days)
    tracker.set_outcome(quiet.id, Outcome.REJECTED)
    history = tracker.get(quiet.id).history
    window.agenda.choose(quiet.id)
    _click(window, qtbot, "close")
    assert tracker.get(quiet.id).outcome == Outcome.REJECTED
    assert tracker.get(quiet.id).history == history
    assert window.statusBar().currentMessage() == "“Logistics Planner” was closed already."
    assert not window.undo_stack.canUndo()
