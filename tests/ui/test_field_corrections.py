"""Passing through the Details tab's fields corrects nothing: only a changed value is the
user's, and only a change moves the posting's last-change time."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.posting_model import Column
from tests.ui.conftest import add

EMPTY = "Logistics Planner\nNorthbay Freight\n\nPlan the week's routes.\n"
READ = (
    "Backend Developer\nAcme Ltd\n\nLocation: Lisbon, Portugal (hybrid)\n"
    "Pay: $30.50-45/hour\nPart-time contract, 20-30 hours per week.\n\n"
    "Build our APIs in Python.\n"
)


def _tab_through_details(window, qtbot) -> list:
    """Focus the title, then Tab through every field of the Details tab, typing nothing."""
    detail = window.detail
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    detail.tabs.setCurrentWidget(detail.details)
    detail.title_edit.setFocus()
    qtbot.waitUntil(detail.title_edit.hasFocus)
    passed = []
    while detail.remote_combo not in passed:  # the reading's last field, then out of it
        assert len(passed) < 40, "Tab never reached the work mode"
        passed.append(focused := QApplication.focusWidget())
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return passed


def _assert_untouched(window, tracker, posting) -> None:
    detail = window.detail
    stored = tracker.get(posting.id)
    assert stored.overridden == frozenset()
    assert stored.updated_at == posting.updated_at
    assert stored.analysis == posting.analysis
    assert not any(label.font().italic() for label in detail._field_labels.values())
    assert not detail.reset_button.isEnabled()


def test_tabbing_through_empty_fields_changes_nothing(window, tracker, qtbot):
    posting = add(window, EMPTY)
    detail = window.detail
    assert (detail.pay_edit.text(), detail.hours_edit.text(), detail.location_edit.text()) == (
        "",
        "",
        "",
    )
    passed = _tab_through_details(window, qtbot)
    for field in (
        detail.title_edit,
        detail.company_edit,
        detail.engagement_combo,
        detail.pay_edit,
        detail.hours_edit,
        detail.location_edit,
        detail.remote_combo,
    ):
        assert field in passed
    QTest.mouseClick(detail.location_edit, Qt.MouseButton.LeftButton)  # clicked into, left
    qtbot.waitUntil(detail.location_edit.hasFocus)
    QTest.keyClick(detail.location_edit, Qt.Key.Key_Tab)
    _assert_untouched(window, tracker, posting)


def test_fields_showing_the_reading_left_as_they_are_store_no_correction(window, tracker, qtbot):
    posting = add(window, READ)
    detail = window.detail
    # $30.50 shows rounded: reading the shown text back would have made it $30.
    assert detail.pay_edit.text() == "USD 30-45/hour"
    assert detail.hours_edit.text() == "20-30"
    assert detail.location_edit.text() == "Lisbon, Portugal (hybrid)"
    _tab_through_details(window, qtbot)
    for combo in (detail.engagement_combo, detail.remote_combo):  # the item shown, chosen
        assert combo.currentData() is not None
        combo.activated.emit(combo.currentIndex())
    _assert_untouched(window, tracker, posting)
    assert tracker.get(posting.id).analysis.pay.min == 30.5


def test_the_reading_typed_again_is_no_correction(window, tracker):
    posting = add(window, READ)
    detail = window.detail
    for edit, text in (
        (detail.pay_edit, "$30.50-45 per hour"),  # the same pay in other words
        (detail.hours_edit, "20 to 30"),
        (detail.location_edit, "  Lisbon, Portugal (hybrid) "),
    ):
        edit.setText(text)
        edit.editingFinished.emit()
    _assert_untouched(window, tracker, posting)


def test_an_unreadable_pay_taken_back_is_no_longer_marked(window, tracker):
    posting = add(window, READ)
    pay = window.detail.pay_edit
    pay.setText("a lot")
    pay.editingFinished.emit()
    assert "b3261e" in pay.styleSheet()
    pay.setText("USD 30-45/hour")
    pay.editingFinished.emit()
    assert pay.styleSheet() == ""
    _assert_untouched(window, tracker, posting)


def test_passing_through_a_field_keeps_a_quiet_postings_close_reminder(
    window, days, tracker, clock, qtbot
):
    posting = add(window, EMPTY)  # the store's clock: 3 August 2026
    window.menu_actions.next_stage.trigger()  # Applying
    window.menu_actions.next_stage.trigger()  # Applied
    clock.jump(timedelta(days=30))
    days[0] = date(2026, 9, 2)
    window.day_timer.timeout.emit()
    reminder = window.model.index(0, Column.FOLLOW_UP).data()
    assert reminder == "close? 30 d"
    before = tracker.get(posting.id).updated_at
    _tab_through_details(window, qtbot)
    assert window.model.index(0, Column.FOLLOW_UP).data() == reminder
    assert tracker.get(posting.id).updated_at == before


def test_a_changed_field_is_still_the_users_correction(window, tracker, qtbot):
    posting = add(window, EMPTY)
    location = window.detail.location_edit
    location.setText("Rotterdam")
    location.editingFinished.emit()
    stored = tracker.get(posting.id)
    assert stored.overridden == {"location"}
    assert stored.analysis.location == "Rotterdam"
    assert stored.updated_at > posting.updated_at
    assert window.detail._field_labels["location"].font().italic()


def test_half_hours_a_week_are_shown_and_typed_as_written(window, tracker):
    posting = add(window, "Office Manager\nBramble & Co\n\nHours: 37.5 hours per week.\n")
    detail = window.detail
    assert detail.hours_edit.text() == "37.5"
    detail.hours_edit.setText("22.5")
    detail.hours_edit.editingFinished.emit()
    hours = tracker.get(posting.id).analysis.hours_per_week
    assert (hours.min, hours.max) == (22.5, 22.5)
