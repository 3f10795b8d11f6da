"""The tracker table: one row per posting, sorted on real values, filtered as you type."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.clock import UserTime
from desktop.domain.hours.local_time import HoursSummary
from desktop.domain.red_flags.flags import Risk, RiskSummary
from desktop.domain.skills.fit import FitSummary
from desktop.domain.tracking.intake import is_freelance_source
from desktop.domain.tracking.tracker import Posting, Stage
from desktop.ui.table_model import AnyIndex, HeaderedTableModel

_OVERDUE = QColor("#b3261e")


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    STAGE = 2
    SOURCE = 3
    ADDED = 4
    CHANGED = 5
    FOLLOW_UP = 6
    FIT = 7
    RISK = 8
    HOURS = 9


HEADERS = {
    Column.TITLE: "Title",
    Column.COMPANY: "Company / client",
    Column.STAGE: "Stage",
    Column.SOURCE: "Source",
    Column.ADDED: "Added",
    Column.CHANGED: "Last change",
    Column.FOLLOW_UP: "Follow-up",
    Column.FIT: "Fit",
    Column.RISK: "Risk",
    Column.HOURS: "Hours (your time)",
}


def status_label(posting: Posting) -> str:
    """The outcome once closed, else the stage in the platform's own words."""
    if posting.outcome is not None:
        return posting.outcome.label
    return posting.stage.label_for(freelance=is_freelance_source(posting.details.source))


def display_title(posting: Posting) -> str:
    if posting.title:
        return posting.title
    source = posting.details.source.casefold()
    first_line = next(
        (
            line
            for line in (raw.strip() for raw in posting.raw_text.splitlines())
            if line and line.casefold() != source and not line.startswith(("http://", "https://"))
        ),
        "",
    )
    return f"(untitled) {first_line[:60]}"


class PostingTableModel(HeaderedTableModel):
    """Holds the postings shown in the tracker, in load order."""

    headers = tuple(HEADERS[column] for column in Column)

    def __init__(self, time: UserTime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self._postings: list[Posting] = []
        self._haystacks: list[str] = []
        self._rows_by_id: dict[int, int] = {}
        self._fits: dict[int, FitSummary] = {}
        self._risks: dict[int, RiskSummary] = {}
        self._hours: dict[int, HoursSummary] = {}
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        # A changed row finds its sorted place once control returns to the event loop:
        # reordering inside a selection change (which may save an edit) would pull
        # rows from under the view mid-signal.
        self._resort = QTimer(self)
        self._resort.setSingleShot(True)
        self._resort.setInterval(0)
        self._resort.timeout.connect(self._apply_sort)

    # Qt overrides

    def row_total(self) -> int:
        return len(self._postings)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        posting = self._postings[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(posting, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return display_title(posting)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FIT:
            fit = self._fits.get(posting.id)
            if fit and fit.missing:
                return "You would need: " + ", ".join(fit.missing)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.FIT, Column.RISK):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RISK:
            risk = self._risks.get(posting.id)
            return QBrush(_OVERDUE) if risk and risk.level >= Risk.MEDIUM else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.RISK:
            risk = self._risks.get(posting.id)
            return "Red flags: " + ", ".join(risk.flags) if risk and risk.flags else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.HOURS:
            hours = self._hours.get(posting.id)
            return hours.text if hours else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            return QBrush(_OVERDUE) if self._is_overdue(posting) else None
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and not posting.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by a column's native values, keeping selections on their postings.

        Sorting here, once, in Python is about a hundred times faster than letting
        the proxy call back into Python for every comparison.
        """
        self._sort_column = Column(column) if column >= 0 else None
        self._sort_order = order
        self._apply_sort()

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        order_of_rows = self._sorted_rows()
        new_row = {old: new for new, old in enumerate(order_of_rows)}
        self._postings = [self._postings[row] for row in order_of_rows]
        self._haystacks = [self._haystacks[row] for row in order_of_rows]
        self._reindex()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    # Content

    def set_postings(self, postings: Sequence[Posting]) -> None:
        self.beginResetModel()
        self._postings = list(postings)
        self._haystacks = [_haystack(p) for p in self._postings]
        order_of_rows = self._sorted_rows()
        self._postings = [self._postings[row] for row in order_of_rows]
        self._haystacks = [self._haystacks[row] for row in order_of_rows]
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
        else:
            self._postings[row] = posting
            self._haystacks[row] = _haystack(posting)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if self._sort_column is not None:
            self._resort.start()

    def remove(self, posting_id: int) -> None:
        row = self._rows_by_id.get(posting_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._postings[row]
        del self._haystacks[row]
        self._reindex()
        self.endRemoveRows()

    def set_fits(self, fits: dict[int, FitSummary]) -> None:
        """Show how well the user's skills meet each posting's must-haves."""
        self._fits = dict(fits)
        self._column_changed(Column.FIT)

    def set_risks(self, risks: dict[int, RiskSummary]) -> None:
        """Show each posting's scam risk."""
        self._risks = dict(risks)
        self._column_changed(Column.RISK)

    def set_hours(self, hours: dict[int, HoursSummary]) -> None:
        """Show each posting's hours in the user's time."""
        self._hours = dict(hours)
        self._column_changed(Column.HOURS)

    def set_risk(self, posting_id: int, risk: RiskSummary) -> None:
        self._risks[posting_id] = risk
        self._cell_changed(posting_id, Column.RISK)

    def set_fit(self, posting_id: int, fit: FitSummary) -> None:
        self._fits[posting_id] = fit
        self._cell_changed(posting_id, Column.FIT)

    def set_hour(self, posting_id: int, hours: HoursSummary | None) -> None:
        if hours is None:
            self._hours.pop(posting_id, None)
        else:
            self._hours[posting_id] = hours
        self._cell_changed(posting_id, Column.HOURS)

    def day_changed(self) -> None:
        """A new day: follow-ups may have become due."""
        self._column_changed(Column.FOLLOW_UP)

    def zone_changed(self) -> None:
        """The user's zone changed: the days postings were added and changed may too."""
        for column in (Column.ADDED, Column.CHANGED, Column.FOLLOW_UP):
            self._column_changed(column)

    def _column_changed(self, column: Column) -> None:
        if self._postings:
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._postings) - 1, column)
            )
        if self._sort_column == column:
            self._resort.start()

    def _cell_changed(self, posting_id: int, column: Column) -> None:
        if (row := self._rows_by_id.get(posting_id)) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

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
        if column == Column.FIT:
            fit = self._fits.get(posting.id)
            if fit is None or not fit.total:
                return (True, 0.0, 0)
            return (False, fit.met / fit.total, fit.total)
        if column == Column.RISK:
            risk = self._risks.get(posting.id)
            return (risk is None, int(risk.level) if risk else 0)
        if column == Column.HOURS:
            hours = self._hours.get(posting.id)
            return (not hours or not hours.local, hours.cell if hours else "")
        follow_up = posting.details.follow_up
        return (follow_up is None, follow_up or date.max)

    def _sorted_rows(self) -> list[int]:
        column = self._sort_column
        if column is None:
            return list(range(len(self._postings)))
        return sorted(
            range(len(self._postings)),
            key=lambda row: self.sort_key(row, column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

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
            return self._time.local(posting.added_at).date().isoformat()
        if column == Column.CHANGED:
            return self._time.local(posting.updated_at).date().isoformat()
        if column == Column.FIT:
            fit = self._fits.get(posting.id)
            return f"{fit.met}/{fit.total}" if fit and fit.total else ""
        if column == Column.RISK:
            risk = self._risks.get(posting.id)
            return risk.level.label.capitalize() if risk and risk.level else ""
        if column == Column.HOURS:
            hours = self._hours.get(posting.id)
            return hours.cell if hours else ""
        follow_up = posting.details.follow_up
        return follow_up.isoformat() if follow_up else ""

    def _is_overdue(self, posting: Posting) -> bool:
        follow_up = posting.details.follow_up
        return bool(follow_up and not posting.is_closed and follow_up <= self._time.today())

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
    """Keeps rows containing every word typed, anywhere in their fields, notes or text.

    While the user keeps typing (each query extends the last), a row that failed
    the shorter query cannot pass the longer one, so it is not searched again.
    """

    def __init__(self, source: PostingTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ""
        self._words: list[str] = []
        self._rejected: set[int] = set()
        self.setSourceModel(source)
        for signal in (
            source.modelReset,
            source.rowsInserted,
            source.rowsRemoved,
            source.dataChanged,
        ):
            signal.connect(self._rejected.clear)

    def set_query(self, query: str) -> None:
        query = query.casefold()
        if not query.startswith(self._query):
            self._rejected.clear()
        self.beginFilterChange()
        self._query = query
        self._words = query.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        if source_row in self._rejected:
            return False
        haystack = self._source.haystack(source_row)
        if all(word in haystack for word in self._words):
            return True
        self._rejected.add(source_row)
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself; this proxy only filters and keeps its order."""
        self._source.sort(column, order)
