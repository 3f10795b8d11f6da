"""File → Work-search report: the weekly log a benefits agency asks for, as a PDF to hand in
or a CSV, with a preset of an agency's rules or the user's own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.worksearch import Activity
from desktop.resources import load_json
from desktop.ui.dialogs import day_of, qdate
from desktop.ui.table_model import AnyIndex, HeaderedTableModel


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: the period, the rules, the header and the file."""

    start: date
    end: date
    minimum: int
    minimum_hours: float
    week_start: int  # 0 Monday … 6 Sunday
    different_days: bool
    name: str
    claim: str
    path: Path
    pdf: bool


_WEEK_STARTS = {"sunday": 6, "monday": 0}


class ActivityModel(HeaderedTableModel):
    """The period's logged activities, one a row."""

    headers = ("Day", "Kind", "Name", "Place or organiser", "Length")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activities: list[Activity] = []

    def set_activities(self, activities: list[Activity]) -> None:
        self.beginResetModel()
        self._activities = list(activities)
        self.endResetModel()

    def activity(self, row: int) -> Activity:
        return self._activities[row]

    def row_total(self) -> int:
        return len(self._activities)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        found = self._activities[index.row()]
        return (
            found.day.isoformat(),
            found.kind.label,
            found.name,
            found.place,
            f"{found.minutes} min" if found.minutes else "",
        )[index.column()]


class ReportDialog(QDialog):
    """`write(request)` writes the file and returns a note for the user, or None when it
    could not (it says why itself). `activities(start, end)` lists the period's logged
    activities and `forget(id)` deletes one, both None-safe when the database refuses."""

    def __init__(
        self,
        today: date,
        write: Callable[[ReportRequest], str | None],
        *,
        name: str = "",
        claim: str = "",
        activities: Callable[[date, date], list[Activity]] = lambda start, end: [],
        forget: Callable[[int], object] = lambda activity_id: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Work-search report")
        self.resize(640, 600)  # the activities' names whole; within a 1024x700 screen
        self._write = write
        self._activities, self._forget = activities, forget
        self._presets = load_json("work_search_presets.json")["presets"]
        layout = QVBoxLayout(self)
        warning = QLabel(
            "Agencies' rules differ and change: check your own agency's before you hand this in."
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        layout.addLayout(self._build_form(today, name, claim))
        self._build_activities(layout)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Enter saves the PDF (it asks where): never deletes, never closes what was typed.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        for text, pdf in (("Save &PDF…", True), ("Save C&SV…", False)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setDefault(pdf)
            button.clicked.connect(lambda _=False, pdf=pdf: self._save(pdf=pdf))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preset_combo.currentIndexChanged.connect(self._apply_preset)
        self._apply_preset(0)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._list_activities)
        self._list_activities()

    def _build_form(self, today: date, name: str, claim: str) -> QFormLayout:
        form = QFormLayout()
        self.from_edit = QDateEdit(qdate(today - timedelta(weeks=4)))
        self.to_edit = QDateEdit(qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.preset_combo = QComboBox()
        for preset in self._presets:
            self.preset_combo.addItem(preset["name"])
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.minimum_spin = QSpinBox()
        self.minimum_spin.setRange(0, 50)
        self.minimum_spin.setSuffix(" a week")
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 80)
        self.hours_spin.setSuffix(" h a week")
        self.hours_spin.setSpecialValueText("no hours asked")
        self.week_combo = QComboBox()
        self.week_combo.addItem("Sunday", "sunday")
        self.week_combo.addItem("Monday", "monday")
        self.days_check = QCheckBox("On &different days (one a day counts)")
        self.name_edit = QLineEdit(name)
        self.claim_edit = QLineEdit(claim)
        for label, widget in (
            ("&From:", self.from_edit),
            ("&To:", self.to_edit),
            ("&Rules:", self.preset_combo),
            ("", self.note_label),
            ("&Minimum:", self.minimum_spin),
            ("&Hours:", self.hours_spin),
            ("&Weeks start on:", self.week_combo),
            ("", self.days_check),
            ("Your &name:", self.name_edit),
            ("&Claim number:", self.claim_edit),
        ):
            form.addRow(label, widget)
        return form

    def _build_activities(self, layout: QVBoxLayout) -> None:
        """The period's logged activities, each one deletable."""
        logged = QLabel("Activities logged in the period (Tools → Log a work-search activity…):")
        logged.setWordWrap(True)
        layout.addWidget(logged)
        self.activity_model = ActivityModel(self)
        self.activity_view = QTableView()
        self.activity_view.setModel(self.activity_model)
        self.activity_view.verticalHeader().hide()
        header = self.activity_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the name
        self.activity_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.activity_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.activity_view, 1)
        forget_button = QPushButton("De&lete the chosen activity")
        forget_button.setAutoDefault(False)  # Enter in a box must not delete anything
        forget_button.clicked.connect(self._forget_chosen)
        layout.addWidget(forget_button)

    def _list_activities(self) -> None:
        start, end = day_of(self.from_edit.date()), day_of(self.to_edit.date())
        self.activity_model.set_activities(self._activities(start, end) if start <= end else [])

    def _forget_chosen(self) -> None:
        index = self.activity_view.currentIndex()
        if index.isValid():
            gone = self.activity_model.activity(index.row())
            self._forget(gone.id)
            self._list_activities()
            self.status.setText(f"Deleted {gone.kind.label.lower()} “{gone.name}” of {gone.day}.")

    def _apply_preset(self, index: int) -> None:
        preset = self._presets[index]
        self.note_label.setText(preset["note"])
        self.minimum_spin.setValue(preset["minimum"])
        self.hours_spin.setValue(preset.get("hours", 0))
        self.week_combo.setCurrentIndex(self.week_combo.findData(preset["week_start"]))
        self.days_check.setChecked(preset["different_days"])

    def request(self, path: Path, *, pdf: bool) -> ReportRequest:
        return ReportRequest(
            start=day_of(self.from_edit.date()),
            end=day_of(self.to_edit.date()),
            minimum=self.minimum_spin.value(),
            minimum_hours=self.hours_spin.value(),
            week_start=_WEEK_STARTS[self.week_combo.currentData()],
            different_days=self.days_check.isChecked(),
            name=self.name_edit.text().strip(),
            claim=self.claim_edit.text().strip(),
            path=path,
            pdf=pdf,
        )

    def _save(self, *, pdf: bool) -> None:
        if day_of(self.from_edit.date()) > day_of(self.to_edit.date()):
            self.status.setText("The period ends before it starts: choose another “From”.")
            return
        suffix = "pdf" if pdf else "csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save the report", f"work-search-log.{suffix}", f"{suffix.upper()} (*.{suffix})"
        )
        if chosen:
            note = self._write(self.request(Path(chosen), pdf=pdf))
            if note:
                self.status.setText(note)
