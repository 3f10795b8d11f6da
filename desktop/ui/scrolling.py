"""The wheel scrolls a page: it never changes a field the pointer happens to pass over.

Qt gives a wheel turn to the combo box, date or number box under the pointer, focused or
not, so scrolling down the posting's details changed "How you applied" and saved it. Here a
box takes the wheel only while it has the keyboard focus (clicked or tabbed into); otherwise
the turn goes to the scroll area around it. Such boxes come with Qt's wheel focus, which a
real turn of the wheel gives them before any filter sees the turn (a test's sent event does
not), so each is polished to take the focus only from a click or Tab.

The detail pane's panes scroll in areas made by `scroll_area`, which Tab passes through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QScrollArea,
    QWidget,
)

# looked up once: every event of the application passes here
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_WATCHED = (_WHEEL, _POLISH)


class ValueWheelGuard(QObject):
    """An application-wide event filter; see the module."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED or not isinstance(watched, (QComboBox, QAbstractSpinBox)):
            return False
        if kind == _POLISH:
            # Qt's own policy: a real turn would focus the box before this filter saw it.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        return True  # the box's value stays as it was


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_area(content: QWidget | None = None) -> QScrollArea:
    """A frameless area that scrolls `content` (or one set later) when the pane is short. It
    takes no keyboard focus of its own: Tab goes from field to field inside it, the area
    following, and never stops on the area itself, where nothing shows the focus."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if content is not None:
        area.setWidget(content)
    return area
