"""Help → Keyboard shortcuts: every shortcut by task, in a list that scrolls.

A message box grows with its text: the list ran to 900 pixels and pushed its OK button off a
1280×800 screen. Here the list scrolls inside a window no taller than the screen allows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

_WIDTH = 460
_HEIGHT = 640
_SCREEN_SHARE = 0.85  # of the available height, leaving room for the title bar and a panel


class ShortcutsDialog(QDialog):
    def __init__(
        self, groups: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(
            "<table cellpadding='4'>"
            + "".join(
                f"<tr><td colspan='2'><h4>{escape(task)}</h4></td></tr>"
                + "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
                for task, rows in groups
            )
            + "</table>"
        )
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        height = _HEIGHT
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * _SCREEN_SHARE))
        self.resize(_WIDTH, height)
