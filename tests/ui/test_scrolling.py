"""A wheel turn over a field the pointer passes scrolls the page and leaves the field as it was."""

from PySide6.QtWidgets import QComboBox, QDateEdit, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.scrolling import ValueWheelGuard
from tests.ui.conftest import turn_wheel_down


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
