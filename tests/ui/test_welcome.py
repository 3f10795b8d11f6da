"""A new tracker greets the user with three first steps, each ticked once taken."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.hours.local_time import WorkingHours
from desktop.domain.skills.profile import Profile, ProfileSkill
from desktop.ui.welcome import DONE

POSTING = (
    "Support Specialist (part-time)\nBrightdesk\n\nRequirements:\n- Excellent written English\n"
    "- Zendesk\n"
)


def _ticks(window):
    return [tick.text() for tick in window.detail.welcome.ticks]


def test_an_empty_tracker_shows_the_three_steps_and_ticks_each_once_taken(qtbot, window, prompts):
    assert window.detail.currentWidget() is window.detail.welcome
    assert _ticks(window) == ["1", "2", "3"]
    paste, skills, hours = window.detail.welcome.buttons

    QGuiApplication.clipboard().setText(POSTING)
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)
    assert window.model.total() == 1
    assert _ticks(window) == [DONE, "2", "3"]

    prompts.profile_to_save = Profile((ProfileSkill("Zendesk"),))
    qtbot.mouseClick(skills, Qt.MouseButton.LeftButton)
    assert _ticks(window) == [DONE, DONE, "3"]

    prompts.my_hours_answer = ("America/Chicago", WorkingHours.parse("08:00-16:00"))
    qtbot.mouseClick(hours, Qt.MouseButton.LeftButton)
    assert _ticks(window) == [DONE, DONE, DONE]


def test_steps_taken_before_stay_ticked_and_a_tracker_set_up_shows_the_plain_hint(
    open_window, tracker, prompts
):
    tracker.save_profile(Profile((ProfileSkill("Zendesk"),)))
    tracker.save_my_hours(None, WorkingHours())  # confirmed, following the system's zone
    first = open_window()
    assert _ticks(first) == ["1", DONE, DONE]
    assert first.detail.currentWidget() is first.detail.welcome
    first.close()

    tracker.add(POSTING, tracker.intake(POSTING).details)
    again = open_window()
    again.detail.show_posting(None)
    assert _ticks(again) == [DONE, DONE, DONE]
    assert again.detail.currentWidget() is again.detail.hint


def test_the_steps_left_after_the_first_paste_stay_in_reach_over_the_posting(
    qtbot, window, prompts
):
    """After the first paste the posting shows in the welcome's place: the steps left are a
    line over it, each a link, gone once taken."""
    QGuiApplication.clipboard().setText(POSTING)
    qtbot.mouseClick(window.detail.welcome.buttons[0], Qt.MouseButton.LeftButton)
    note = window.detail.steps_note
    assert not note.isHidden()
    assert "set your skills" in note.text() and "time zone" in note.text()

    prompts.profile_to_save = Profile((ProfileSkill("Zendesk"),))
    note.linkActivated.emit("skills")
    assert "set your skills" not in note.text() and not note.isHidden()
    assert note.text().endswith("to see the hours in your time.")  # the fit shows already

    prompts.my_hours_answer = ("America/Chicago", WorkingHours.parse("08:00-16:00"))
    note.linkActivated.emit("hours")
    assert note.isHidden()


def test_the_steps_left_are_reached_with_tab_and_followed_with_enter(qtbot, window, prompts):
    QGuiApplication.clipboard().setText(POSTING)
    qtbot.mouseClick(window.detail.welcome.buttons[0], Qt.MouseButton.LeftButton)
    note = window.detail.steps_note
    followed = []
    note.linkActivated.connect(followed.append)
    window.activateWindow()
    window.detail.title_edit.setFocus()
    for _ in range(40):  # Tab from the title on until the note's first link
        if note.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert note.hasFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # inside the note, Tab goes from link to link
    assert note.selectedText() == "set your skills"
    prompts.profile_to_save = Profile((ProfileSkill("Zendesk"),))
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert followed == ["skills"]
