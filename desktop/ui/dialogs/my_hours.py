"""The user's time zone and working hours: what postings' hours are converted to and against."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.hours.working import WorkingHours
from desktop.domain.hours.zones import known_zone, zone_label
from desktop.ui.dialogs import add_ok_cancel

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _zone_named(written: str) -> str:
    """The zone a user means: the name as written, or the one zone whose city it names
    ("Manila", "new york": Asia/Manila, America/New_York); as written when none or several."""
    if known_zone(written):
        return written
    city = " ".join(written.split()).casefold()
    named = [zone for zone in available_zones() if zone_label(zone).casefold() == city]
    return named[0] if len(named) == 1 else written


def available_zones() -> list[str]:
    """IANA zone names that both Qt and the shipped tz database know, sorted."""
    names = (bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds())
    return sorted(n for n in names if "/" in n and known_zone(n))


class MyHoursDialog(QDialog):
    def __init__(self, zone: str, working: WorkingHours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your time zone and working hours")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Postings' hours are shown in this zone, and their overlap with these hours."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(available_zones())
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentText(zone)
        form.addRow("Time &zone:", self.zone_combo)
        self.start_edit = QTimeEdit(QTime(working.start.hour, working.start.minute))
        self.end_edit = QTimeEdit(QTime(working.end.hour, working.end.minute))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel("to"))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        # A label over a layout has no buddy, and would show its "&": it goes to the start.
        hours_label = QLabel("Working &hours:")
        hours_label.setBuddy(self.start_edit)
        form.addRow(hours_label, hours)
        days = QHBoxLayout()
        self.day_checks = []
        for number, name in enumerate(_DAY_NAMES):
            check = QCheckBox(name)
            check.setChecked(number in working.days)
            self.day_checks.append(check)
            days.addWidget(check)
        form.addRow("Working days:", days)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        # a problem shown is taken away as soon as the user mends it
        self.zone_combo.currentTextChanged.connect(self.problem.hide)
        add_ok_cancel(self, layout)

    def answer(self) -> tuple[str, WorkingHours] | None:
        """The zone and hours as entered; None, with the reason shown, when they cannot be used."""
        zone = _zone_named(self.zone_combo.currentText().strip())
        self.zone_combo.setCurrentText(zone)
        start, end = self.start_edit.time(), self.end_edit.time()
        days = frozenset(n for n, check in enumerate(self.day_checks) if check.isChecked())
        problem = ""
        if not known_zone(zone):
            problem = f"“{zone}” is not a time zone name; pick one such as Europe/Berlin."
        elif start == end:
            problem = "Working hours must start and end at different times."
        elif not days:
            problem = "Tick at least one working day."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return None
        working = WorkingHours(
            time(start.hour(), start.minute()), time(end.hour(), end.minute()), days
        )
        return zone, working

    def accept(self) -> None:
        if self.answer() is not None:
            super().accept()

    @classmethod
    def ask(
        cls, zone: str, working: WorkingHours, parent: QWidget | None = None
    ) -> tuple[str, WorkingHours] | None:
        dialog = cls(zone, working, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
