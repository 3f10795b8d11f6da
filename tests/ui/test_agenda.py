"""Today (Ctrl+T): what is due, each a click from done; the start page when something is."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from tests.ui.conftest import add

QUIET = "Logistics Planner\nNorthbay Freight\n\nPlan the week's routes.\n"
DUE = "Bookkeeper\nLedgerly\n\nKeep the books.\n"


def _whys(window):
    model = window.agenda.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_ctrl_t_shows_what_is_due_and_each_action_takes_it_off(qtbot, window, days, tracker):
    quiet = add(window, QUIET)
    tracker.set_stage(quiet.id, Stage.APPLIED)
    due = add(window, DUE)
    tracker.save_details(due.id, PostingDetails(title="Bookkeeper", follow_up=date(2026, 8, 10)))
    tracker.set_stage(due.id, Stage.APPLIED)
    window.reload()
    days[0] = date(2026, 8, 20)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.agenda
    assert _whys(window) == [
        ("Follow-up 10 d overdue", "Bookkeeper"),
        ("No word for 17 d", "Logistics Planner"),
    ]
    assert window.agenda.table.hasFocus()

    qtbot.mouseClick(window.agenda.buttons["snooze"], Qt.MouseButton.LeftButton)  # Bookkeeper
    assert tracker.get(due.id).details.follow_up == date(2026, 8, 27)
    assert _whys(window) == [("No word for 17 d", "Logistics Planner")]
    qtbot.mouseClick(window.agenda.buttons["close"], Qt.MouseButton.LeftButton)
    assert tracker.get(quiet.id).outcome == Outcome.NO_RESPONSE
    assert window.agenda.summary.text() == "Nothing is due today."


def test_enter_opens_the_posting_in_the_list_and_due_work_opens_the_window_on_today(
    qtbot, open_window, tracker, days
):
    posting = tracker.add(QUIET, PostingDetails())
    tracker.set_stage(posting.id, Stage.INTERVIEWING)
    days[0] = date(2026, 8, 30)
    window = open_window()
    window.show()
    assert window.views.currentWidget() is window.agenda  # the start page: something is due
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.table
    assert window.detail.posting.id == posting.id


def test_the_item_chosen_on_the_agenda_is_the_posting_shown(qtbot, window, days, tracker):
    first = add(window, QUIET)
    second = add(window, DUE)
    for posting in (first, second):
        tracker.set_stage(posting.id, Stage.APPLIED)
    window.reload()
    days[0] = date(2026, 8, 30)
    window.menu_actions.today.trigger()
    agenda = window.agenda
    for row in range(agenda.model.rowCount()):
        agenda.table.selectRow(row)
        assert window.detail.posting.id == agenda.model.item(row).posting.id


def test_a_posting_pasted_over_the_agenda_shows_in_the_list(qtbot, window, days, tracker):
    quiet = add(window, QUIET)
    tracker.set_stage(quiet.id, Stage.APPLIED)
    days[0] = date(2026, 8, 30)
    window.menu_actions.today.trigger()
    assert window.views.currentWidget() is window.agenda
    added = add(window, DUE)
    assert window.views.currentWidget() is window.table
    assert window.detail.posting.id == added.id


def test_an_interview_this_week_heads_the_agenda_in_both_zones(qtbot, window, tracker):
    from datetime import datetime

    from desktop.domain.tracking.events import EventKind

    posting = add(window, QUIET)
    tracker.add_event(
        posting.id,
        EventKind.INTERVIEW,
        datetime(2026, 8, 7, 8, 0),  # two days after the window's today, 5 August
        zone="America/Los_Angeles",
    )
    window.menu_actions.today.trigger()
    (why, title) = _whys(window)[0]
    assert title == "Logistics Planner"
    assert why.startswith("Interview Fri 7 Aug 17:00 your time · 08:00 Los Angeles")
    assert window.agenda.summary.text() == "Today: 1 coming this week"


def test_done_notes_the_follow_up_sets_the_next_and_takes_it_off_today(
    qtbot, window, days, tracker
):
    due = add(window, DUE)
    tracker.save_details(
        due.id, PostingDetails(title="Bookkeeper", notes="Sent CV.", follow_up=date(2026, 8, 5))
    )
    tracker.set_stage(due.id, Stage.APPLIED)
    window.reload()
    window.menu_actions.today.trigger()
    assert _whys(window) == [("Follow-up today", "Bookkeeper")]
    qtbot.mouseClick(window.agenda.buttons["done"], Qt.MouseButton.LeftButton)
    kept = tracker.get(due.id).details
    assert kept.notes == "Sent CV.\nFollowed up 2026-08-05."
    assert kept.follow_up == date(2026, 8, 19)  # Applied's silence (14 days) away
    assert window.agenda.summary.text() == "Nothing is due today."


def test_done_keeps_the_focus_on_today_and_never_in_the_title(qtbot, window, tracker):
    """Done on the only item due sent the focus on to the title field, all of it selected:
    the next key typed replaced the title. Done goes on to the next item in the list."""
    for text in (DUE, QUIET, "Night Porter\nHarbour Hotel\n\nKeep the desk.\n"):
        posting = add(window, text)
        follow_up = replace(tracker.get(posting.id).details, follow_up=date(2026, 8, 5))
        tracker.save_details(posting.id, follow_up)
        tracker.set_stage(posting.id, Stage.APPLIED)
    window.reload()
    window.menu_actions.today.trigger()
    agenda = window.agenda
    titles = [title for _, title in _whys(window)]
    agenda.table.selectRow(1)
    qtbot.mouseClick(agenda.buttons["done"], Qt.MouseButton.LeftButton)
    assert [title for _, title in _whys(window)] == [titles[0], titles[2]]
    assert QApplication.focusWidget() is agenda.table
    assert agenda.current().title == titles[2]  # the next one
    for _ in titles[1:]:
        qtbot.mouseClick(agenda.buttons["done"], Qt.MouseButton.LeftButton)
    assert agenda.summary.text() == "Nothing is due today."
    assert QApplication.focusWidget() is agenda.table
    title = window.detail.title_edit
    assert not title.hasSelectedText()
    written = title.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    assert title.text() == written
