"""The tracker table: one row per posting, sorted on real values, filtered as you type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from dateutil import tz
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.intake import is_freelance_source
from desktop.domain.tracker import Posting, Stage

SortRole = Qt.ItemDataRole.UserRole
PostingRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

_OVERDUE = QColor("#b3261e")


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    STAGE = 2
    SOURCE = 3
    ADDED = 4
    CHANGED = 5
    FOLLOW_UP = 6


HEADERS = {
    Column.TITLE: "Title",
    Column.COMPANY: "Company / client",
    Column.STAGE: "Stage",
    Column.SOURCE: "Source",
    Column.ADDED: "Added",
    Column.CHANGED: "Last change",
    Column.FOLLOW_UP: "Follow-up",
}


def status_label(posting: Posting) -> str:
    """The outcome once closed, else the stage in the platform's own words."""
    if posting.outcome is not None:
        return posting.outcome.label
    return posting.stage.label_for(freelance=is_freelance_source(posting.details.source))


def display_title(posting: Posting) -> str:
    if posting.title:
        return posting.title
    first_line = next((ln.strip() for ln in posting.raw_text.splitlines() if ln.strip()), "")
    return f"(untitled) {first_line[:60]}"


def _local_day(moment: datetime) -> date:
    return moment.astimezone(tz.tzlocal()).date()


class PostingTableModel(QAbstractTableModel):
    """Holds the postings shown in the tracker, in load order."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._postings: list[Posting] = []
        self._haystacks: list[str] = []
        self._rows_by_id: dict[int, int] = {}

    # Qt overrides

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._postings)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        posting = self._postings[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(posting, column)
        if role == SortRole:
            return self.sort_key(index.row(), column)
        if role == PostingRole:
            return posting
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return display_title(posting)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            return QBrush(_OVERDUE) if self._is_overdue(posting) else None
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and not posting.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # Content

    def set_postings(self, postings: Sequence[Posting]) -> None:
        self.beginResetModel()
        self._postings = list(postings)
        self._haystacks = [_haystack(p) for p in self._postings]
        self._reindex()
        self.endResetModel()

    def upsert(self, posting: Posting) -> None:
        """Show a new or changed posting without reloading the rest."""
        row = self._rows_by_id.get(posting.id)
        if row is None:
            row = len(self._postings)
            self.beginInsertRows(QModelIndex(), row, row)
            self._postings.append(posting)
            self._haystacks.append(_haystack(posting))
            self._rows_by_id[posting.id] = row
            self.endInsertRows()
            return
        self._postings[row] = posting
        self._haystacks[row] = _haystack(posting)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove(self, posting_id: int) -> None:
        row = self._rows_by_id.get(posting_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._postings[row]
        del self._haystacks[row]
        self._reindex()
        self.endRemoveRows()

    def row_of(self, posting_id: int) -> int | None:
        return self._rows_by_id.get(posting_id)

    def posting_at(self, row: int) -> Posting:
        return self._postings[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def sort_key(self, row: int, column: Column) -> tuple[Any, ...]:
        """A native, comparable value; empty values sort last in ascending order."""
        posting = self._postings[row]
        if column == Column.TITLE:
            return (not posting.title, display_title(posting).casefold())
        if column == Column.COMPANY:
            return (not posting.company, posting.company.casefold())
        if column == Column.STAGE:
            closed = posting.outcome is not None
            return (closed, list(Stage).index(posting.stage), status_label(posting))
        if column == Column.SOURCE:
            return (not posting.details.source, posting.details.source.casefold())
        if column == Column.ADDED:
            return (posting.added_at,)
        if column == Column.CHANGED:
            return (posting.updated_at,)
        follow_up = posting.details.follow_up
        return (follow_up is None, follow_up or date.max)

    def _display(self, posting: Posting, column: Column) -> str:
        if column == Column.TITLE:
            return display_title(posting)
        if column == Column.COMPANY:
            return posting.company
        if column == Column.STAGE:
            return status_label(posting)
        if column == Column.SOURCE:
            return posting.details.source
        if column == Column.ADDED:
            return _local_day(posting.added_at).isoformat()
        if column == Column.CHANGED:
            return _local_day(posting.updated_at).isoformat()
        follow_up = posting.details.follow_up
        return follow_up.isoformat() if follow_up else ""

    def _is_overdue(self, posting: Posting) -> bool:
        follow_up = posting.details.follow_up
        return bool(follow_up and not posting.is_closed and follow_up <= self._today())

    def _reindex(self) -> None:
        self._rows_by_id = {p.id: row for row, p in enumerate(self._postings)}


def _haystack(posting: Posting) -> str:
    details = posting.details
    return "\n".join(
        (
            details.title,
            details.company,
            details.source,
            status_label(posting),
            details.notes,
            posting.raw_text,
        )
    ).casefold()


class PostingFilterProxy(QSortFilterProxyModel):
    """Keeps rows containing every word typed, anywhere in their fields, notes or text."""

    def __init__(self, source: PostingTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: list[str] = []
        self.setSourceModel(source)
        self.setSortRole(SortRole)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._words = query.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        haystack = self._source.haystack(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        column = Column(left.column())
        return bool(
            self._source.sort_key(left.row(), column) < self._source.sort_key(right.row(), column)
        )
