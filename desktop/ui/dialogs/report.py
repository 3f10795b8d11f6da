"""File → Work-search report: the weekly log a benefits agency asks for, as a PDF to hand in
or a CSV, with a preset of an agency's rules or the user's own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import load_json
from desktop.ui.dialogs import day_of, qdate


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: the period, the rules, the header and the file."""

    start: date
    end: date
    minimum: int
    week_start: int  # 0 Monday … 6 Sunday
    different_days: bool
    name: str
    claim: str
    path: Path
    pdf: bool


_WEEK_STARTS = {"sunday": 6, "monday": 0}


class ReportDialog(QDialog):
    """`write(request)` writes the file and returns a note for the user, or None when it
    could not (it says why itself)."""

    def __init__(
        self,
        today: date,
        write: Callable[[ReportRequest], str | None],
        *,
        name: str = "",
        claim: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Work-search report")
        self._write = write
        self._presets = load_json("work_search_presets.json")["presets"]
        layout = QVBoxLayout(self)
        warning = QLabel(
            "Agencies' rules differ and change: check your own agency's before you hand this in."
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
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
            ("&Weeks start on:", self.week_combo),
            ("", self.days_check),
            ("Your &name:", self.name_edit),
            ("&Claim number:", self.claim_edit),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for text, pdf in (("Save &PDF…", True), ("Save C&SV…", False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, pdf=pdf: self._save(pdf=pdf))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preset_combo.currentIndexChanged.connect(self._apply_preset)
        self._apply_preset(0)

    def _apply_preset(self, index: int) -> None:
        preset = self._presets[index]
        self.note_label.setText(preset["note"])
        self.minimum_spin.setValue(preset["minimum"])
        self.week_combo.setCurrentIndex(self.week_combo.findData(preset["week_start"]))
        self.days_check.setChecked(preset["different_days"])

    def request(self, path: Path, *, pdf: bool) -> ReportRequest:
        return ReportRequest(
            start=day_of(self.from_edit.date()),
            end=day_of(self.to_edit.date()),
            minimum=self.minimum_spin.value(),
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
