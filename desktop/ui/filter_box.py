"""The filter above the table, which knows a posting from a filter when one is pasted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

# Longer than any filter anyone types: a pasted line this long is a posting.
LONGEST_FILTER = 120


class FilterBox(QLineEdit):
    """A line edit for filter words, which Esc clears.

    Pasting a posting here (Ctrl+V out of habit, with the focus in the box) would squash it
    into one filter line and hide every row: a paste of more than one line, or of a line
    longer than any filter, is handed on as a posting.

    Signals:
        posting_pasted(): the clipboard holds a posting; nothing was put in the box.
        down_wanted(): Down or Page Down, to the list the words filter, as in a search box.
    """

    posting_pasted = Signal()
    down_wanted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            event.accept()
            self.clear()  # Esc takes the filter away, as in every search box
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            event.accept()
            self.down_wanted.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste) and is_posting(
            QGuiApplication.clipboard().text()
        ):
            event.accept()
            self.posting_pasted.emit()
            return
        super().keyPressEvent(event)


def is_posting(pasted: str) -> bool:
    """Text no one would type as a filter: more than one line, or a very long one."""
    text = pasted.strip()
    return "\n" in text or "\r" in text or len(text) > LONGEST_FILTER
