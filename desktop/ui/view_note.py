"""A note over an item view's rows: what goes there while it has none, or why it shows none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout


def note_over(view: QAbstractItemView) -> QLabel:
    """A hidden note centred over the view's rows, in the placeholder's grey, which clicks
    pass through to the view; its words are set, and it is shown, by its owner."""
    note = QLabel()
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    note.hide()
    QVBoxLayout(view.viewport()).addWidget(note)
    return note
