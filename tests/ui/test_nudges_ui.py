"""The Follow-up column says when a posting has gone quiet; the limits are the user's."""

from datetime import date, timedelta

from desktop.domain.tracking.nudges import SilenceLimits
from desktop.domain.tracking.tracker import Stage
from desktop.ui.posting_model import Column
from tests.ui.conftest import add

POSTING = "Logistics Planner\nNorthbay Freight\n\nPlan the week's routes.\n"


def _follow_up_cell(window):
    index = window.model.index(0, Column.FOLLOW_UP)
    return index.data(), index.data(0x0003)  # the text and its tooltip


def test_a_quiet_application_asks_for_a_follow_up_then_suggests_closing(window, days, tracker):
    posting = add(window, POSTING)  # the store's clock: 3 August 2026
    window.menu_actions.next_stage.trigger()  # Applying
    window.menu_actions.next_stage.trigger()  # Applied
    assert _follow_up_cell(window)[0] == ""
    days[0] = date(2026, 8, 17)  # 14 days of silence
    window.day_timer.timeout.emit()
    text, tip = _follow_up_cell(window)
    assert text == "follow up 14 d"
    assert "Applied is followed up after 14" in tip
    days[0] = date(2026, 9, 2)
    window.day_timer.timeout.emit()
    assert _follow_up_cell(window)[0] == "close? 30 d"
    assert tracker.get(posting.id).outcome is None  # suggested, never done
    assert tracker.get(posting.id).stage == Stage.APPLIED


def test_a_message_ends_the_silence_and_the_limits_are_set_from_the_tools_menu(
    window, days, tracker, prompts, clock
):
    posting = add(window, POSTING)
    tracker.set_stage(posting.id, Stage.INTERVIEWING)
    window.reload()
    days[0] = date(2026, 8, 12)
    window.day_timer.timeout.emit()
    assert _follow_up_cell(window)[0].startswith("follow up")
    clock.jump(timedelta(days=9))  # the message is logged on the 12th
    tracker.add_message(posting.id, date(2026, 8, 12), "Thanks, we will be in touch next week.")
    window.reload()
    assert _follow_up_cell(window)[0] == ""
    prompts.silence_answer = SilenceLimits(interviewing=1)
    (reminders,) = [
        a for a in window.findChildren(type(window.menu_actions.new)) if "reminders" in a.text()
    ]
    reminders.trigger()
    assert tracker.silence_limits() == SilenceLimits(interviewing=1)


def test_an_event_agreed_ends_the_silence_as_a_message_does(window, days, tracker, clock):
    from datetime import datetime

    from desktop.domain.tracking.events import EventKind

    posting = add(window, POSTING)
    tracker.set_stage(posting.id, Stage.SCREENING)
    window.reload()
    days[0] = date(2026, 8, 12)
    window.day_timer.timeout.emit()
    assert _follow_up_cell(window)[0].startswith("follow up")
    clock.jump(timedelta(days=9))  # the call is agreed on the 12th
    tracker.add_event(posting.id, EventKind.CALL, datetime(2026, 8, 14, 10, 0))
    window.reload()
    assert _follow_up_cell(window)[0] == ""
