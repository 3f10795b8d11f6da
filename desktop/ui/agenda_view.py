"""Today (Ctrl+T): the follow-ups due and the applications gone quiet, each a click from done."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reading.lines import display_title
from desktop.domain.tracking.events import in_both_zones
from desktop.domain.tracking.intake import status_label
from desktop.domain.tracking.nudges import AgendaItem, Due
from desktop.domain.tracking.tracker import PostingRow
from desktop.ui.table_model import ROOT, AnyIndex, HeaderedTableModel

# What each kind of item says, with its days.
_WHY = {
    Due.EVENT: "{days} d",
    Due.OVERDUE: "Follow-up {days} d overdue",
    Due.TODAY: "Follow-up today",
    Due.QUIET: "No word for {days} d",
    Due.CLOSE: "No word for {days} d: close?",
}


class AgendaModel(HeaderedTableModel):
    headers = ("Why", "Posting", "Company / client", "Stage")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._zone = "UTC"

    def set_items(self, items: list[AgendaItem], zone: str) -> None:
        """The items, an event's time shown in `zone` (the user's) and its own."""
        self.beginResetModel()
        self._items = items
        self._zone = zone
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def row_total(self) -> int:
        return len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:
            return None
        item = self._items[index.row()]
        posting = item.posting
        why = (
            f"{item.event.kind.label.capitalize()} {in_both_zones(item.event, self._zone)}"
            if item.event
            else _WHY[item.due].format(days=item.days)
        )
        return (
            why,
            display_title(posting),
            posting.company,
            status_label(posting),
        )[index.column()]


class AgendaView(QWidget):
    """The agenda, and what can be done about each item without leaving it.

    Signals:
        chosen(int): this posting is the one chosen: the detail pane shows it.
        opened(int): show this posting in the list (Enter, double-click, Open).
        done(object): the user followed up on this PostingRow.
        snoozed(object): ask again about this PostingRow in a week (a follow-up date).
        closed(object): close this PostingRow as No response.
    """

    opened = Signal(int)
    done = Signal(object)
    snoozed = Signal(object)
    closed = Signal(object)
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Today's agenda")
        # Fixed widths: sizing columns to their contents measures every row (30,000 at
        # 100,000 postings), a stall of seconds.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (0, 1):  # why and the posting share what the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 140), (3, 100)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(lambda index: self._act(self.opened, index))
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.table.installEventFilter(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QGridLayout()  # two by two: the four fit beside a list at 1024 pixels
        row.setColumnStretch(2, 1)
        for place, (name, text, signal, tip) in enumerate(
            (
                ("open", "&Open", self.opened, "Show the posting in the list"),
                ("done", "&Done", self.done, "Followed up: noted, the next follow-up set"),
                ("snooze", "In a &week", self.snoozed, "Ask again in a week: a follow-up date"),
                ("close", "&No response", self.closed, "Close it as No response"),
            )
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=signal: self._act(s))
            row.addWidget(button, place // 2, place % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_items(self, items: list[AgendaItem], zone: str) -> None:
        """The items (events in `zone`, the user's, and their own), the one chosen before
        still chosen if it is there, else the one now in its place (after a Done, the next)."""
        chosen, chosen_row = self.current(), self.table.currentIndex().row()
        self.model.set_items(items, zone)
        counts = Counter(item.due for item in items)
        follow_ups = counts[Due.OVERDUE] + counts[Due.TODAY]
        parts = [
            f"{count} {what}"
            for count, what in (
                (counts[Due.EVENT], "coming this week"),
                (follow_ups, "follow-up due" if follow_ups == 1 else "follow-ups due"),
                (counts[Due.QUIET], "gone quiet"),
                (counts[Due.CLOSE], "to consider closing"),
            )
            if count
        ]
        self.summary.setText("Today: " + " · ".join(parts) if items else "Nothing is due today.")
        rows = [row for row in range(len(items)) if chosen and items[row].posting.id == chosen.id]
        self.table.selectRow(rows[0] if rows else min(max(chosen_row, 0), len(items) - 1))
        if not items and any(button.hasFocus() for button in self.buttons.values()):
            # A disabled button hands the focus on down the tab order: to the title field,
            # all of it selected, which the next key typed replaced.
            self.table.setFocus()
        for button in self.buttons.values():
            button.setEnabled(bool(items))

    def _chosen(self, current: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(self.model.item(current.row()).posting.id)

    def choose(self, posting_id: int) -> bool:
        """Choose the posting's item (its first, if it has two) and scroll to it; False if
        Today does not list it."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).posting.id == posting_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def current(self) -> PostingRow | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).posting if index.isValid() else None

    def focus(self) -> None:
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._act(self.opened)
            return True
        return False

    def _act(self, signal: Any, index: QModelIndex = ROOT) -> None:
        row = index.row() if index.isValid() else self.table.currentIndex().row()
        if row < 0:
            return
        posting = self.model.item(row).posting
        if signal is self.opened:
            signal.emit(posting.id)
            return
        # Back to the list, on the next item once this one is taken off: a button clicked
        # keeps the focus, and Done, Done, Done would need the mouse each time.
        self.table.setFocus()
        signal.emit(posting)
