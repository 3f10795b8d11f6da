"""A wheel turn over a field the pointer passes scrolls the page and leaves the field as it was."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.scrolling import ValueWheelGuard
from tests.ui.conftest import add, turn_wheel_down


def _page(qtbot):
    area = QScrollArea()
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["As the source says", "By email", "In person"])
    date = QDateEdit()
    layout.addWidget(combo)
    layout.addWidget(date)
    layout.addSpacing(3000)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    qtbot.addWidget(area)
    guard = ValueWheelGuard(area)
    for box in (combo, date):
        box.installEventFilter(guard)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, date


def test_the_wheel_over_an_unfocused_box_scrolls_the_page_and_keeps_its_value(qtbot):
    area, combo, date = _page(qtbot)
    day = date.date()
    turn_wheel_down(combo)
    turn_wheel_down(date)
    assert combo.currentText() == "As the source says"
    assert date.date() == day
    assert area.verticalScrollBar().value() > 0


def test_a_box_the_user_has_focused_takes_the_wheel(qtbot):
    area, combo, _date = _page(qtbot)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    turn_wheel_down(combo)
    assert combo.currentText() == "By email"
    assert area.verticalScrollBar().value() == 0


@pytest.fixture
def wheel_guard(qapp):
    """The guard on the whole application, as the composition root installs it before the
    window is built."""
    guard = ValueWheelGuard()
    qapp.installEventFilter(guard)
    yield guard
    qapp.removeEventFilter(guard)


def _turn_a_real_wheel_down(box: QWidget) -> None:
    """A turn of a mouse's wheel as Qt delivers it: first the focus, to a box whose policy
    takes it from the wheel, then the turn (an event a test sends skips the first step)."""
    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocus(Qt.FocusReason.MouseFocusReason)
    turn_wheel_down(box)


def test_a_real_wheel_turn_over_the_details_tab_changes_none_of_its_boxes(wheel_guard, window):
    window.resize(1280, 800)
    add(window, "Backend Engineer\nNorthwind Analytics\n\nRemote, part-time.")
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.details)
    for combo in (
        detail.engagement_combo,
        detail.remote_combo,
        detail.contact_box.method_combo,
    ):
        combo.setCurrentIndex(0)
        _turn_a_real_wheel_down(combo)
        assert combo.currentIndex() == 0
        assert not combo.hasFocus()


def test_no_box_in_the_detail_pane_takes_the_focus_from_the_wheel(wheel_guard, window):
    add(window, "Backend Engineer\nNorthwind Analytics\n\nRemote, part-time.")
    boxes = [
        *window.detail.findChildren(QComboBox),
        *window.detail.findChildren(QAbstractSpinBox),
    ]
    assert len(boxes) >= 10  # the stage, details, contact, messages and proposal boxes
    assert [box for box in boxes if box.focusPolicy() == Qt.FocusPolicy.WheelFocus] == []
