"""Tray reminders while Gigdesk runs, through a fake tray: each said once, and off when off."""

from datetime import date, datetime

from desktop.domain.tracking.events import EventKind
from desktop.domain.tracking.tracker import PostingDetails
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.tip = ""
        self.visible = False

    def setVisible(self, visible: bool) -> None:
        self.visible = visible

    def setToolTip(self, tip: str) -> None:
        self.tip = tip

    def showMessage(self, title: str, message: str) -> None:
        self.messages.append((title, message))


def _window(qtbot, tracker, paths, prompts, tray):
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(
        tracker, ImmediateTasks(), UiState(paths.ui_state_file), prompts=prompts, tray=tray
    )
    qtbot.addWidget(window)
    return window


def test_a_follow_up_due_is_said_once_a_day_and_an_event_a_quarter_hour_ahead(
    qtbot, tracker, paths, prompts, days
):
    due = tracker.add("Bookkeeper\nLedgerly\n\nKeep the books.\n", PostingDetails())
    tracker.save_details(due.id, PostingDetails(title="Bookkeeper", follow_up=days[0]))
    call = tracker.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    # The window's clock says 10:00 UTC: a call at 10:10 UTC (12:10 in Berlin, the user's).
    tracker.add_event(call.id, EventKind.CALL, datetime(2026, 8, 5, 12, 10), zone="Europe/Berlin")
    tray = FakeTray()
    window = _window(qtbot, tracker, paths, prompts, tray)
    assert tray.visible
    assert tray.messages == [
        ("Follow-ups due", "Follow up on Bookkeeper today."),
        ("Call soon", "Planner: Wed 5 Aug 12:10 your time"),
    ]
    assert tray.tip == "Gigdesk: 1 follow-up due, 1 event this week"
    window.reminder_timer.timeout.emit()  # a minute later: nothing said twice
    assert len(tray.messages) == 2
    days[0] = date(2026, 8, 6)
    tracker.save_details(due.id, PostingDetails(title="Bookkeeper", follow_up=days[0]))
    window.reload()
    window.reminder_timer.timeout.emit()
    assert tray.messages[-1] == ("Follow-ups due", "Follow up on Bookkeeper today.")


def test_reminders_turned_off_hide_the_tray_and_say_nothing(qtbot, tracker, paths, prompts, days):
    due = tracker.add("Bookkeeper\nLedgerly\n\nKeep the books.\n", PostingDetails())
    tracker.save_details(due.id, PostingDetails(title="Bookkeeper", follow_up=days[0]))
    UiState(paths.ui_state_file).reminders = False
    tray = FakeTray()
    window = _window(qtbot, tracker, paths, prompts, tray)
    assert not tray.visible and tray.messages == []
    (toggle,) = [
        a for a in window.findChildren(type(window.menu_actions.new)) if "Reminders" in a.text()
    ]
    toggle.trigger()
    assert tray.visible and UiState(paths.ui_state_file).reminders
