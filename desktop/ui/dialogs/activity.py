"""Tools → Log a work-search activity: a workshop, job fair, networking meeting, course, CV
session or recruiter call, for the work-search report beside the applications."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.worksearch import Activity, ActivityKind
from desktop.ui.dialogs import add_ok_cancel, day_of, qdate

_MAX_MINUTES = 24 * 60


class ActivityDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a work-search activity")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day_edit = QDateEdit(qdate(today))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        for kind in ActivityKind:
            self.kind_combo.addItem(kind.label, kind.value)  # plain text: see proposal_view
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. CV clinic, Spring tech fair")
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText("where, or who organised it")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, _MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(" min")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        for label, widget in (
            ("&Day:", self.day_edit),
            ("&Kind:", self.kind_combo),
            ("&Name:", self.name_edit),
            ("&Place or organiser:", self.place_edit),
            ("Len&gth:", self.minutes_spin),
            ("N&otes:", self.notes_edit),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        add_ok_cancel(self, layout, ok="&Log activity")
        self.name_edit.setFocus()

    def answer(self) -> Activity:
        return Activity(
            0,
            day_of(self.day_edit.date()),
            ActivityKind(self.kind_combo.currentData()),
            self.name_edit.text().strip(),
            self.minutes_spin.value(),
            self.place_edit.text().strip(),
            self.notes_edit.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, today: date, parent: QWidget | None = None) -> Activity | None:
        dialog = cls(today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
