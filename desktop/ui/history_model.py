"""A posting's dated stage history as a two-column table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop.domain.clock import UserTime
from desktop.domain.tracking.tracker import StageEvent
from desktop.ui.table_model import AnyIndex, HeaderedTableModel


class HistoryModel(HeaderedTableModel):
    """Newest change first, times in the user's zone."""

    headers = ("When", "Stage")

    def __init__(self, time: UserTime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self._events: list[StageEvent] = []
        self._freelance = False

    def set_events(self, events: tuple[StageEvent, ...], *, freelance: bool = False) -> None:
        """`freelance`: name stages as a freelance platform does, as the stage box does."""
        self.beginResetModel()
        self._events = list(reversed(events))
        self._freelance = freelance
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self._events[index.row()]
        if index.column() == 0:
            return self._time.local(event.at).strftime("%Y-%m-%d %H:%M")
        return event.label_for(freelance=self._freelance)
