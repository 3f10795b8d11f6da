"""Tools → Proposals: what the proposals sent cost and won, per week or month, per platform
or template: the freelancer's "report sheet of Connects"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.proposals import Grouping, LedgerRow, Period
from desktop.ui.table_model import AnyIndex, HeaderedTableModel

# Each column: its header, what it means, how a row's value shows (the raw value sorts it).
_COLUMNS: tuple[tuple[str, str, Callable[[LedgerRow], Any], str], ...] = (
    ("Period", "The month, or the ISO week", lambda r: r.period, ""),
    ("Group", "The platform or template, or all together", lambda r: r.group, ""),
    ("Sent", "Proposals sent", lambda r: r.sent, ""),
    ("Connects", "Connects spent, boosts included", lambda r: r.connects_spent, ""),
    (
        "Returned",
        "Connects given back (the client cancelled before hiring, or the job was removed)",
        lambda r: r.connects_returned,
        "",
    ),
    ("Net cost", "Connects kept by the platform, at your price", lambda r: r.net_cost, "money"),
    ("Viewed", "Proposals the client opened (or answered)", lambda r: r.viewed, ""),
    ("Replied", "Postings with a message from the client", lambda r: r.replied, ""),
    ("Interviews", "Postings that reached an interview", lambda r: r.interviewed, ""),
    ("Hired", "Postings you were hired for", lambda r: r.hired, ""),
    ("Win rate", "Hires per proposal sent", lambda r: r.win_rate, "percent"),
    ("Connects/win", "Net Connects per hire", lambda r: r.connects_per_win, "one"),
    ("Cost/win", "Net cost per hire", lambda r: r.cost_per_win, "money"),
    ("Avg bid", "Average hourly bid (fixed-price bids apart)", lambda r: r.average_bid, "money"),
    ("Avg won", "Average hourly bid of the proposals won", lambda r: r.average_won_bid, "money"),
)


def _fitting(wanted: QSize, parent: QWidget | None) -> QSize:
    """`wanted`, or less on a small screen: the buttons must stay in reach at 1024x700."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - QSize(40, 80)
    return wanted.boundedTo(room)


_FIRST_FIGURE = 2  # the columns from here on hold figures, aligned right


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "money":
        return f"${value:,.2f}"
    if kind == "percent":
        return f"{value:.0%}"
    if kind == "one":
        return f"{value:,.1f}"
    return str(value)


class LedgerModel(HeaderedTableModel):
    headers = tuple(header for header, _, _, _ in _COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []

    def set_rows(self, rows: list[LedgerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return _COLUMNS[section][1]
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _, _, value_of, kind = _COLUMNS[index.column()]
        value = value_of(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(value, kind)
        if role == Qt.ItemDataRole.UserRole:  # what sorts the column
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= _FIRST_FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LedgerDialog(QDialog):
    """The ledger, worked out again whenever the period, the grouping or the price changes.

    `load(period, grouping)` gives the rows (None if the database refused), `save_price`
    keeps the price of a Connect and returns it, `export(path, period, grouping)` writes
    the CSV and returns the rows written (None on failure).
    """

    def __init__(
        self,
        load: Callable[[Period, Grouping], list[LedgerRow] | None],
        price: float,
        save_price: Callable[[float], float | None],
        export: Callable[[Path, Period, Grouping], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Proposals")
        self.resize(_fitting(QSize(1240, 460), parent))
        self._load, self._save_price, self._export = load, save_price, export
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls(price))
        self._build_table(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export_button = QPushButton("&Export CSV…")
        buttons.addButton(export_button, QDialogButtonBox.ButtonRole.ActionRole)
        export_button.clicked.connect(self._ask_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.grouping_combo.currentIndexChanged.connect(self.refresh)
        self.price_spin.editingFinished.connect(self._price_changed)
        self.refresh()

    def _build_controls(self, price: float) -> QHBoxLayout:
        controls = QHBoxLayout()
        self.period_combo = QComboBox()
        # Item data holds plain text: PySide6 gives a StrEnum back as a str.
        self.period_combo.addItem("By month", Period.MONTH.value)
        self.period_combo.addItem("By week", Period.WEEK.value)
        self.grouping_combo = QComboBox()
        self.grouping_combo.addItem("All platforms together", Grouping.ALL.value)
        self.grouping_combo.addItem("Per platform", Grouping.PLATFORM.value)
        self.grouping_combo.addItem("Per template", Grouping.TEMPLATE.value)
        self.price_spin = QDoubleSpinBox()
        self.price_spin.setPrefix("$")
        self.price_spin.setDecimals(3)
        self.price_spin.setRange(0, 10)
        self.price_spin.setSingleStep(0.01)
        self.price_spin.setValue(price)
        self.price_spin.setAccessibleName("Price of a Connect")
        price_label = QLabel("A &Connect costs")
        price_label.setBuddy(self.price_spin)
        for widget in (self.period_combo, self.grouping_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(price_label)
        controls.addWidget(self.price_spin)
        return controls

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.model = LedgerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest period first
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            "No proposals recorded yet. Open a posting's Proposal tab (Alt+6), fill in what you "
            "sent and press Save: this ledger then shows what each win costs."
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

    def refresh(self) -> None:
        rows = self._load(*self._chosen())
        self.model.set_rows(rows or [])
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _price_changed(self) -> None:
        saved = self._save_price(self.price_spin.value())
        if saved is not None:
            self.refresh()

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the ledger", "proposals.csv", "CSV files (*.csv)"
        )
        if path:
            self._export(Path(path), *self._chosen())

    def _chosen(self) -> tuple[Period, Grouping]:
        return Period(self.period_combo.currentData()), Grouping(self.grouping_combo.currentData())
