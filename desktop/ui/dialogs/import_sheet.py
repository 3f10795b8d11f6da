"""File → Import…: a spreadsheet or another tracker's export, checked before anything is
written. The user sees which column Gigdesk reads as what and corrects it, says what the
statuses it does not know mean and how the dates are written, and sees every row's
problems; Import stays off until no row has one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.export import COLUMNS as GIGDESK_COLUMNS
from desktop.domain.tracking.importing import Field, ImportPlan, ImportRow, unmapped_statuses
from desktop.domain.tracking.intake import is_freelance_source
from desktop.domain.tracking.tracker import Outcome, Stage, parse_milestone
from desktop.ui.table_model import AnyIndex, HeaderedTableModel

# What each field is called in the dialog; None: the column's values go to the notes.
FIELD_NAMES: dict[Field | None, str] = {
    None: "Into the notes as “Column: value”",
    Field.TITLE: "Title",
    Field.COMPANY: "Company or client",
    Field.URL: "Link",
    Field.SOURCE: "Source (where found)",
    Field.STAGE: "Status or stage",
    Field.OUTCOME: "Outcome",
    Field.APPLIED: "Date applied",
    Field.ADDED: "Date added",
    Field.FOLLOW_UP: "Follow-up date",
    Field.NOTES: "Notes (as written)",
    Field.PAY: "Pay (into the notes)",
    Field.LOCATION: "Location (into the notes)",
    Field.CONTACT: "Contact (into the notes)",
    Field.DESCRIPTION: "Posting text (description)",
    Field.HISTORY: "Gigdesk's stage history",
    Field.IGNORED: "Leave out",
}
_TARGETS = list(FIELD_NAMES)
_WORKED_OUT_AGAIN = "Leave out: read again from the posting's text"
_SAMPLE_ROWS = 3
_ROLE_TARGET = Qt.ItemDataRole.UserRole  # a column's field
_ROLE_TROUBLED = Qt.ItemDataRole.UserRole  # "troubled" for a row with problems, to filter


class ColumnsModel(HeaderedTableModel):
    """The sheet's columns: name, first values, and the field each is read as (editable)."""

    headers = ("Column", "First values", "Read as")

    def __init__(self, plan: ImportPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan

    def row_total(self) -> int:
        return len(self.plan.header)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.row()
        target = self.plan.mapping.get(column)
        if role == _ROLE_TARGET:
            return target
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return self.plan.header[column]
        if index.column() == 1:
            body = self.plan.table[1 : 1 + _SAMPLE_ROWS]
            values = (row[column] for row in body if column < len(row) and row[column].strip())
            return " · ".join(" ".join(value.split())[:40] for value in values)
        if target is Field.IGNORED and self.plan.header[column] in GIGDESK_COLUMNS:
            # Gigdesk's own export: fit, risk, hours, pay and terms come from the posting
            return _WORKED_OUT_AGAIN
        return FIELD_NAMES[target]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _ROLE_TARGET or index.column() != 2:
            return False
        self.plan = self.plan.with_field(index.row(), value)
        # A field moved here leaves the column that had it: the whole column may change.
        self.dataChanged.emit(self.index(0, 2), self.index(self.row_total() - 1, 2))
        return True


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of the fields a column can be read as."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for target in _TARGETS:
            box.addItem(FIELD_NAMES[target], target)
        box.activated.connect(lambda _: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(_TARGETS.index(index.data(_ROLE_TARGET)))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _ROLE_TARGET)


class RowsModel(HeaderedTableModel):
    """Every row as it would be imported, its problems last."""

    headers = ("Line", "Title", "Company", "Stage", "Outcome", "First day", "Tracked", "Problems")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []
        self.tracked: list[bool] = []
        self.dates_known = True

    def set_rows(self, rows: list[ImportRow], tracked: list[bool], *, dates_known: bool) -> None:
        """The rows, whether each is tracked already; until `dates_known`, their days are
        not shown (they may be misread)."""
        self.beginResetModel()
        self.rows, self.tracked = rows, tracked
        self.dates_known = dates_known
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == _ROLE_TROUBLED:
            return "troubled" if row.problems else ""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        first_day = row.history[0][0].isoformat() if row.history else ""
        return (
            row.line,
            row.details.title,
            row.details.company,
            row.stage.label_for(freelance=is_freelance_source(row.details.source)),
            row.outcome.label if row.outcome else "",
            first_day if self.dates_known else "?" if first_day else "",
            "already" if self.tracked[index.row()] else "",
            "; ".join(row.problems),
        )[index.column()]


class ImportDialog(QDialog):
    """The plan, corrected by the user, and the rows it gives."""

    def __init__(
        self,
        plan: ImportPlan,
        name: str,
        tracked: Callable[[list[ImportRow]], list[bool]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tracked = tracked
        self.setWindowTitle(f"Import {name}")
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{len(plan.table) - 1:,} rows in {name}. Check which column Gigdesk reads as "
            "what (double-click “Read as” to change it); columns it does not know go into "
            "each posting's notes. Nothing is written until you press Import."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.columns = ColumnsModel(plan, self)
        self.columns_view = self._columns_view()
        layout.addWidget(self.columns_view, 3)
        layout.addLayout(self._answers())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.only_problems = QCheckBox("Show only rows with &problems")
        layout.addWidget(self.only_problems)
        self.rows = RowsModel(self)
        self.shown_rows = QSortFilterProxyModel(self)
        self.shown_rows.setSourceModel(self.rows)
        self.shown_rows.setFilterRole(_ROLE_TROUBLED)
        self.only_problems.toggled.connect(self._filter_problems)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.shown_rows)
        self.rows_view.verticalHeader().hide()
        header = self.rows_view.horizontalHeader()
        for column in range(RowsModel.columnCount(self.rows)):
            stretch = column in (1, 2, 7)  # title, company, problems
            mode = (
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.rows_view.setWordWrap(False)
        self.rows_view.setTabKeyNavigation(False)
        layout.addWidget(self.rows_view, 3)

        self.keep_duplicates = QCheckBox(
            "Import rows already &tracked too (the same link or text); otherwise they are left out"
        )
        layout.addWidget(self.keep_duplicates)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.columns.dataChanged.connect(self._read)
        self._read()
        self.columns_view.setFocus()

    def _columns_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.columns)
        view.setItemDelegateForColumn(2, TargetDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _answers(self) -> QHBoxLayout:
        """What the user must say when the sheet cannot: statuses and the dates' order."""
        answers = QHBoxLayout()
        self.statuses_box = QGroupBox("Statuses Gigdesk does not know")
        self.statuses_form = QFormLayout(self.statuses_box)
        self.status_boxes: dict[str, QComboBox] = {}
        answers.addWidget(self.statuses_box, 1)
        self.dates_box = QGroupBox("How are the dates written?")
        dates = QVBoxLayout(self.dates_box)
        self.day_first = QRadioButton("&Day first: 04/03/2026 is 4 March")
        self.month_first = QRadioButton("&Month first: 04/03/2026 is 3 April")
        self.order = QButtonGroup(self)
        for button in (self.day_first, self.month_first):
            self.order.addButton(button)
            dates.addWidget(button)
            button.toggled.connect(self._order_changed)
        answers.addWidget(self.dates_box, 1)
        return answers

    @property
    def plan(self) -> ImportPlan:
        return self.columns.plan

    def _statuses(self) -> dict[str, Stage | Outcome]:
        # Qt hands a StrEnum back as its plain string: read it as a stage or outcome again.
        return {
            status: parse_milestone(box.currentData())
            for status, box in self.status_boxes.items()
            if box.currentData() is not None
        }

    def _read(self) -> None:
        """The rows again, after any change to the plan."""
        plan = replace(self.plan, statuses=self._statuses())
        self.columns.plan = plan
        self._ask_statuses(unmapped_statuses(plan.values(Field.STAGE)))
        self.dates_box.setVisible(plan.column_order() is None)
        rows = plan.rows()
        tracked = self._tracked(rows)
        self.rows.set_rows(rows, tracked, dates_known=plan.days_first() is not None)
        troubled = sum(1 for row in rows if row.problems)
        waiting = [
            plan.problem() or "",
            "say how the dates are written" if plan.days_first() is None else "",
            "say what each status means" if plan.unknown_statuses() else "",
        ]
        needed = "; ".join(part for part in waiting if part)
        told = [f"{len(rows):,} rows read."]
        if troubled:
            told.append(
                f"{troubled:,} {'has' if troubled == 1 else 'have'} a problem: change what a "
                "column is read as, or fix the file and import it again; nothing is imported "
                "while any row has one."
            )
        if known := sum(tracked):
            told.append(
                f"{known:,} {'is' if known == 1 else 'are'} tracked already and left out "
                "unless you say so."
            )
        if needed:
            told.append(f"Before importing: {needed}.")
        elif not troubled:
            told.append("Ready to import.")
        self.summary.setText(" ".join(told))
        self.import_button.setEnabled(not troubled and not needed and bool(rows))

    def _ask_statuses(self, unknown: list[str]) -> None:
        """A drop-down for each status no word names, kept across re-reads."""
        for status in unknown:
            if status in self.status_boxes:
                continue
            box = QComboBox()
            box.addItem("Choose…", None)
            for milestone in (*Stage, *Outcome):
                box.addItem(milestone.label, milestone)
            box.activated.connect(lambda _: self._read())
            previous = self._last_status_box()
            self.statuses_form.addRow(status, box)
            QWidget.setTabOrder(previous, box)  # after the columns, in order
            self.status_boxes[status] = box
        self.statuses_box.setVisible(bool(self.status_boxes))

    def _last_status_box(self) -> QWidget:
        return list(self.status_boxes.values())[-1] if self.status_boxes else self.columns_view

    def _order_changed(self) -> None:
        if self.order.checkedButton() is None:
            return
        self.columns.plan = replace(self.plan, day_first=self.day_first.isChecked())
        self._read()

    def _filter_problems(self, only: bool) -> None:
        self.shown_rows.setFilterFixedString("troubled" if only else "")

    @classmethod
    def ask(
        cls,
        plan: ImportPlan,
        name: str,
        tracked: Callable[[list[ImportRow]], list[bool]],
        parent: QWidget | None = None,
    ) -> tuple[list[ImportRow], bool] | None:
        dialog = cls(plan, name, tracked, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.rows.rows, dialog.keep_duplicates.isChecked()
