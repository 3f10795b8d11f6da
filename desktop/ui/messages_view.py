"""Messages about a posting (recruiter emails, chats): pasted, dated, read for red flags."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import UserTime
from desktop.domain.reading.lines import summary_line
from desktop.domain.red_flags.risk import Hit
from desktop.domain.tracking.tracker import Message
from desktop.ui.dialogs.new_posting import PasteBox
from desktop.ui.reading_view import RED_FLAG_TINT, Positions, display_text, tinted
from desktop.ui.table_model import ROOT, AnyIndex
from desktop.ui.view_note import note_over

# A message with the red flags found in it, read once by the main window.
MessageRead = tuple[Message, list[Hit]]


class MessageListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageRead] = []

    def set_messages(self, reads: list[MessageRead]) -> None:
        self.beginResetModel()
        self._messages = list(reads)
        self.endResetModel()

    def message(self, row: int) -> MessageRead:
        return self._messages[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        message, hits = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from desktop.domain.red_flags.flags import risk_level

            level = risk_level(hits)
            risk = f"{level.label} risk · " if level else ""
            summary = summary_line(message.text.splitlines())[:70]
            return f"{message.received.isoformat()} · {risk}{summary}"
        if role == Qt.ItemDataRole.ToolTipRole and hits:
            return "\n".join(hit.reason for hit in hits)
        return None


class MessagesView(QWidget):
    """Paste a message, date it, add it; choose one to read it with its red flags marked.

    Signals:
        message_added(date, str): the user added a message.
        message_removed(int): the user removed the message with this id.
    """

    message_added = Signal(object, str)
    message_removed = Signal(int)

    def __init__(self, time: UserTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self.model = MessageListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Messages")
        # Before any message is added, two empty panes said nothing of what goes in them.
        self.no_messages = note_over(self.list)
        self.no_messages.setText("No messages yet: paste one below, then Add message.")
        self.reader = QPlainTextEdit()
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName("Message text")
        self.reader.setPlaceholderText("Choose a message to read it here, its red flags marked.")
        self.paste_box = PasteBox()
        self.paste_box.setPlaceholderText("Paste a recruiter's email or chat message here…")
        self.paste_box.setTabChangesFocus(True)
        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        add = QPushButton("&Add message")
        remove = QPushButton("Remove")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        self.list.selectionModel().currentChanged.connect(self._chosen)

        adding = QHBoxLayout()
        adding.addWidget(QLabel("Received:"))
        adding.addWidget(self.received)
        adding.addStretch(1)
        adding.addWidget(remove)
        adding.addWidget(add)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.list)
        top.addWidget(self.reader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top, 2)
        layout.addWidget(self.paste_box, 1)
        layout.addLayout(adding)

    def show_messages(self, reads: list[MessageRead]) -> None:
        """A posting's messages; a new one is dated today unless the user says otherwise."""
        self.model.set_messages(reads)
        self.no_messages.setVisible(not reads)
        self.reader.clear()
        today = self._time.today()
        self.received.setDate(QDate(today.year, today.month, today.day))

    def _add(self) -> None:
        picked = self.received.date()
        self.message_added.emit(
            date(picked.year(), picked.month(), picked.day()), self.paste_box.toPlainText()
        )

    def _remove(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.message_removed.emit(self.model.message(index.row())[0].id)

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        message, hits = self.model.message(index.row())
        self.reader.setPlainText(display_text(message.text))
        selections = []
        positions = Positions(message.text)
        for hit in hits:
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(positions.at(hit.start))
            cursor.setPosition(positions.at(hit.end), QTextCursor.MoveMode.KeepAnchor)
            selections.append(tinted(cursor, RED_FLAG_TINT))
        self.reader.setExtraSelections(selections)
