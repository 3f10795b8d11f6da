"""Working hours in the window: converted lines, the 24-hour bar, zone picks, the column."""

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.domain.hours.local_time import LocalWindow, WorkingHours
from desktop.ui.dialogs.my_hours import MyHoursDialog
from desktop.ui.hours_view import overlap_segments, window_segments, working_segments
from desktop.ui.posting_model import Column
from tests.conftest import fixture_text
from tests.ui.conftest import add

CORE_HOURS = fixture_text("core_hours_contract.txt")
UPWORK = fixture_text("upwork_contract.txt")
AMBIGUOUS = "Support Engineer\n\nWe need you online 9am-5pm IST on weekdays.\n"


def _hours_cell(window, posting_id):
    row = window.model.row_of(posting_id)
    return window.model.index(row, Column.HOURS).data()


def test_core_hours_show_in_the_users_time_with_a_bar_and_the_inconsistency(window):
    add(window, CORE_HOURS)
    view = window.detail.hours
    assert view.isVisible()
    line = view.lines[0].text()
    assert "08:00–23:00 Pacific Time" in line
    assert "17:00–08:00 (+1)" in line and "overlap 1&nbsp;h" in line
    assert "cannot extend it" in view.lines[1].text()
    window.resize(1280, 640)  # tight: the text below gives way, not the notes
    QApplication.processEvents()
    notes = view.lines[1]
    bottom = notes.mapTo(view, QPoint(0, notes.height())).y()
    assert bottom <= view.height(), "the notes are squeezed out of sight"
    (bar,) = view.bars
    assert bar.content.window == ((17.0, 24.0), (0.0, 8.0))
    assert bar.content.overlap == [(17.0, 18.0)]
    assert "overlap 17:00–18:00" in bar.accessibleDescription()


def test_show_in_text_highlights_the_hours_words(window):
    add(window, CORE_HOURS)
    window.detail.tabs.setCurrentIndex(1)
    (statement,) = window.detail.posting.analysis.hours
    window.detail.hours.lines[0].linkActivated.emit(f"{statement.span_start}:{statement.span_end}")
    assert window.detail.tabs.currentWidget() is window.detail.reading
    assert window.detail.reading.highlighted() == "8:00 am to 11:00 pm Pacific Time"


def test_a_posting_without_hours_shows_no_hours_block(window):
    add(window, "Data Analyst\n\nWe need SQL and Excel.\n")
    assert not window.detail.hours.isVisible()


def test_hours_column_and_csv_give_the_users_time(window, prompts, tmp_path):
    posting = add(window, UPWORK)
    assert _hours_cell(window, posting.id) == "15–19"
    prompts.export_to = tmp_path / "tracker.csv"
    window.menu_actions.export.trigger()
    text = prompts.export_to.read_bytes().decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["hours_text"] == "Core hours are 9:00 am to 1:00 pm Eastern Time."
    assert row["hours_zone"] == "America/New_York"
    assert row["hours_local"] == "15:00–19:00 Europe/Berlin"
    assert row["overlap_hours"] == "3"


def test_an_ambiguous_zone_is_picked_once_and_kept(window, tracker):
    posting = add(window, AMBIGUOUS)
    (picker,) = window.detail.hours.pickers
    assert picker.currentData() is None
    assert _hours_cell(window, posting.id) == "IST: pick a zone"
    index = picker.findData("Asia/Kolkata")
    picker.activated.emit(index)
    stored = tracker.get(posting.id).analysis.hours[0]
    assert (stored.zone, stored.picked) == ("Asia/Kolkata", True)
    assert "05:30–13:30" in window.detail.hours.lines[0].text()
    assert _hours_cell(window, posting.id) == "05:30–13:30"
    (picker,) = window.detail.hours.pickers
    assert picker.currentData() == "Asia/Kolkata"


def test_the_users_zone_and_hours_are_kept_and_everything_converted_again(window, prompts, tracker):
    posting = add(window, UPWORK)
    prompts.my_hours_answer = ("Asia/Kolkata", WorkingHours.parse("10:00-19:00", "Sun-Thu"))
    window.menu_actions.my_hours.trigger()
    assert prompts.my_hours_asked == ("Europe/Berlin", WorkingHours())
    assert tracker.my_hours() == ("Asia/Kolkata", WorkingHours.parse("10:00-19:00", "Sun-Thu"))
    assert _hours_cell(window, posting.id) == "18:30–22:30"
    assert "overlap 0.5&nbsp;h" in window.detail.hours.lines[0].text()


def test_the_dialog_refuses_an_unknown_zone_and_empty_days(qtbot):
    dialog = MyHoursDialog("Europe/Berlin", WorkingHours())
    qtbot.addWidget(dialog)
    assert dialog.answer() == ("Europe/Berlin", WorkingHours())
    dialog.zone_combo.setCurrentText("Atlantis/Capital")
    assert dialog.answer() is None
    assert "not a time zone name" in dialog.problem.text()
    dialog.zone_combo.setCurrentText("Asia/Manila")
    for check in dialog.day_checks:
        check.setChecked(False)
    assert dialog.answer() is None
    assert "at least one working day" in dialog.problem.text()


def test_the_dialog_takes_a_city_for_its_zone_and_mends_its_message_as_you_type(qtbot):
    dialog = MyHoursDialog("Europe/Berlin", WorkingHours())
    qtbot.addWidget(dialog)
    dialog.zone_combo.setCurrentText("manila")
    assert dialog.answer() == ("Asia/Manila", WorkingHours())
    dialog.zone_combo.setCurrentText("Sao Paulo")
    assert dialog.answer() == ("America/Sao_Paulo", WorkingHours())
    dialog.zone_combo.setCurrentText("Atlantis")
    assert dialog.answer() is None
    assert not dialog.problem.isHidden()
    dialog.zone_combo.setCurrentText("Asia/Manila")
    assert dialog.problem.isHidden()


def test_every_label_of_the_dialog_shows_its_words_without_an_ampersand(qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = MyHoursDialog("Europe/Berlin", WorkingHours())
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text() and not label.text().startswith("<"):
            assert label.buddy() is not None, f"{label.text()!r} shows its ampersand"


def test_bar_segments_wrap_at_midnight():
    berlin = ZoneInfo("Europe/Berlin")
    window = LocalWindow(
        date(2026, 12, 1),
        datetime(2026, 12, 1, 17, 0, tzinfo=berlin),
        datetime(2026, 12, 2, 8, 0, tzinfo=berlin),
    )
    assert window_segments(window) == [(17.0, 24.0), (0.0, 8.0)]
    night = WorkingHours(time(22), time(6))
    assert working_segments(night) == [(22.0, 24.0), (0.0, 6.0)]
    assert overlap_segments(window_segments(window), working_segments(night)) == [
        (22.0, 24.0),
        (0.0, 6.0),
    ]


def test_a_new_day_converts_the_hours_again(window, days):
    days[0] = date(2026, 3, 27)
    posting = add(window, CORE_HOURS)
    # The US is on summer time, Berlin not yet.
    assert _hours_cell(window, posting.id) == "16–07 (+1)"
    assert 0 < window.day_timer.remainingTime() <= 24 * 3600 * 1000
    days[0] = date(2026, 3, 30)
    window.day_timer.timeout.emit()
    assert _hours_cell(window, posting.id) == "17–08 (+1)"
    assert "17:00–08:00 (+1)" in window.detail.hours.lines[0].text()


def test_history_table_and_csv_dates_follow_the_zone_the_user_chose(window, prompts, tmp_path):
    """The system is on Berlin time; the user then chooses Tokyo for everything they see."""
    posting = add(window, UPWORK)
    added = posting.history[0].at

    def shown_in(zone: str) -> str:
        return added.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")

    history = window.detail.history_model
    assert history.index(0, 0).data() == shown_in("Europe/Berlin")
    prompts.my_hours_answer = ("Asia/Tokyo", WorkingHours())
    window.menu_actions.my_hours.trigger()
    window.select_posting(posting.id)
    assert history.index(0, 0).data() == shown_in("Asia/Tokyo")
    prompts.export_to = tmp_path / "tracker.csv"
    window.menu_actions.export.trigger()
    (row,) = csv.DictReader(io.StringIO(prompts.export_to.read_text(encoding="utf-8-sig")))
    assert row["added"] == added.astimezone(ZoneInfo("Asia/Tokyo")).isoformat(timespec="seconds")
    assert row["added"].endswith("+09:00") and row["hours_local"].endswith("Asia/Tokyo")


def test_at_midnight_the_follow_up_default_and_the_message_date_move_too(window, days):
    add(window, UPWORK)
    assert window.detail.follow_up_date.date().toPython() == date(2026, 8, 12)
    assert window.detail.messages.received.date().toPython() == date(2026, 8, 5)
    days[0] = date(2026, 8, 6)
    window.day_timer.timeout.emit()
    assert window.detail.follow_up_date.date().toPython() == date(2026, 8, 13)
    assert window.detail.messages.received.date().toPython() == date(2026, 8, 6)


def test_hours_show_whole_after_a_posting_without_any(qtbot, window):
    """Issue 15 (2): moving from a posting without hours to one with them (arrow keys, or a
    paste) left an empty gap where the hours should be."""
    plain = add(window, "Data Analyst\n\nWe need SQL and Excel.\n")
    hourly = add(window, CORE_HOURS)
    for shown in (plain.id, hourly.id, plain.id, hourly.id):
        window.select_posting(shown)
        qtbot.wait(50)  # the layout settles
    view = window.detail.hours
    assert view.isVisible() and view.height() >= view.sizeHint().height()
    first = view.lines[0]
    assert first.isVisible() and "Pacific Time" in first.text()
    top = first.mapTo(view, QPoint(0, 0)).y()
    assert top >= 0 and top + first.height() <= view.height()


def test_a_windows_verdict_says_whether_it_falls_partly_or_wholly_outside_your_hours():
    from desktop.domain.hours.local_time import read_hours
    from desktop.domain.hours.statements import find_hours
    from desktop.ui.hours_view import describe

    nine_to_five = WorkingHours(time(9), time(17))  # in Lisbon, on a winter Tuesday

    def line(text: str) -> str:
        (reading,) = read_hours(find_hours(text), date(2026, 12, 1), "Europe/Lisbon", nine_to_five)
        return describe(reading, nine_to_five)

    assert line("Core hours 8am-4pm GMT.").endswith("(not met: partly outside your hours)")
    assert line("Core hours 9am-5pm EST.").endswith("(not met: partly outside your hours)")
    assert line("On call 7pm-11pm GMT.").endswith("(not met: outside your hours)")
    assert line("Core hours 10am-3pm GMT.").endswith("(met: all within your hours)")


def test_many_hours_grow_the_overview_with_one_scrollbar_and_no_line_cut(qtbot, window, prompts):
    """Once the user's zone was set, a posting's hours (an overlap asked for, a window, the
    clocks' changes) took a scrollbar of their own inside the Overview's, 190 pixels high,
    the last line cut in half (a new user's trial): the block is now as tall as its lines,
    and the Overview tab's scrollbar is the one that scrolls them."""
    prompts.my_hours_answer = ("Europe/Lisbon", WorkingHours.parse("09:00-18:00", "Mon-Fri"))
    window.menu_actions.my_hours.trigger()
    window.resize(1024, 700)
    add(
        window,
        "Senior Django Developer\n\nRequirements:\n"
        "- Must overlap 4 hours with US Pacific time (9am-5pm PT) for standups\n"
        "- Core hours 10:00-15:00 EST, Mon-Fri\n",
    )
    qtbot.wait(50)  # the layout settles
    view = window.detail.hours
    assert len(view.lines) >= 5
    assert not any(area.verticalScrollBar().isVisible() for area in view.findChildren(QScrollArea))
    for line in view.lines:
        top = line.mapTo(view, QPoint(0, 0)).y()
        assert top >= 0 and top + line.height() <= view.height()
        assert line.height() >= line.heightForWidth(line.width())  # no line cut
    overview = window.detail.overview
    assert overview.verticalScrollBar().maximum() > 0  # the tab's scrollbar takes them
