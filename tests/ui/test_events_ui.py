"""Events on the Overview tab: added through a dialog, shown in both zones with a warning
when clocks change before them, removed, and exported as a calendar file."""

from datetime import datetime

import icalendar
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from desktop.domain.tracking.events import EventKind
from desktop.ui.dialogs.new_event import EventDialog, NewEvent
from tests.ui.conftest import add

POSTING = "Platform Engineer\nAcme\n\nRemote contract. Core hours 9am to 1pm Pacific Time.\n"


def test_an_event_added_from_the_pane_shows_in_both_zones_with_the_clock_change(window, prompts):
    posting = add(window, POSTING)
    # Asked on 5 Aug 2026; both Berlin and Los Angeles leave summer time before 3 Nov.
    prompts.new_event_answer = NewEvent(
        EventKind.INTERVIEW, datetime(2026, 11, 3, 8, 0), "America/Los_Angeles", 45, "panel"
    )
    window.detail.events.add_button.click()
    assert prompts.new_event_asked.id == posting.id
    shown = window.detail.events.listing.text()
    assert "Tue 3 Nov 17:00 your time · 08:00 Los Angeles" in shown
    assert "45 min" in shown and "panel" in shown
    assert "Clocks change before this event in Los Angeles" in shown
    assert "Berlin, your zone," in shown

    event_id = window.tracker.events(posting.id)[0].id
    window.detail.events.listing.linkActivated.emit(f"remove:{event_id}")
    assert window.tracker.events(posting.id) == []
    assert "No interviews" in window.detail.events.listing.text()


def test_a_cancelled_dialog_adds_nothing(window, prompts):
    posting = add(window, POSTING)
    window.add_event()
    assert window.tracker.events(posting.id) == []


def test_file_export_calendar_writes_the_events(window, prompts, tmp_path):
    posting = add(window, POSTING)
    window.tracker.add_event(
        posting.id, EventKind.CALL, datetime(2026, 9, 1, 9, 0), zone="Europe/Berlin"
    )
    prompts.calendar_to = tmp_path / "gigdesk.ics"
    window.export_calendar()
    (item,) = icalendar.Calendar.from_ical(prompts.calendar_to.read_bytes()).walk("VEVENT")
    assert str(item["summary"]) == "Call: Platform Engineer at Acme"


def test_the_dialog_offers_the_users_and_the_postings_zones_and_refuses_a_skipped_time(qtbot):
    dialog = EventDialog(
        ["Europe/Berlin", "America/Los_Angeles", "Europe/Berlin"], datetime(2027, 3, 1, 9)
    )
    qtbot.addWidget(dialog)
    zones = [dialog.zone_combo.itemText(i) for i in range(dialog.zone_combo.count())]
    assert zones == ["Europe/Berlin", "America/Los_Angeles"]
    dialog.zone_combo.setCurrentIndex(1)
    dialog.start_edit.setDateTime(QDateTime(QDate(2027, 3, 14), QTime(2, 30), QTimeZone.utc()))
    dialog.accept()
    assert dialog.result() != EventDialog.DialogCode.Accepted
    assert "go forward" in dialog.problem.text()
    dialog.start_edit.setDateTime(QDateTime(QDate(2027, 3, 18), QTime(8, 0), QTimeZone.utc()))
    dialog.zone_combo.setEditText("Mars/Olympus")
    dialog.accept()
    assert "IANA" in dialog.problem.text()
    dialog.zone_combo.setEditText("America/Los_Angeles")
    dialog.accept()
    assert dialog.result() == EventDialog.DialogCode.Accepted
    assert dialog.answer().start == datetime(2027, 3, 18, 8, 0)


def test_an_event_chosen_in_the_dialog_is_kept_with_its_kind(window, qtbot):
    """The dialog's own answer, not a faked one, goes to the store: its kind is an
    EventKind whatever the Qt binding hands back from the combo."""
    posting = add(window, POSTING)
    dialog = EventDialog(["Europe/Berlin"], datetime(2026, 9, 1, 9))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Call"))
    answer = dialog.answer()
    assert type(answer.kind) is EventKind
    window.tracker.add_event(
        posting.id, answer.kind, answer.start, zone=answer.zone, minutes=answer.minutes
    )
    (event,) = window.tracker.events(posting.id)
    assert event.kind is EventKind.CALL
