"""Adding an event to a posting: its kind, the date and time on the clock of the zone it
was given in (the user's by default, or the posting's), how long, a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.tracking.events import Event, EventKind, checked_event
from desktop.ui.dialogs import add_ok_cancel


@dataclass(frozen=True)
class NewEvent:
    kind: EventKind
    start: datetime  # naive: the clock time in `zone`
    zone: str
    minutes: int
    note: str


class EventDialog(QDialog):
    def __init__(
        self,
        zones: list[str],
        today: datetime,
        parent: QWidget | None = None,
    ) -> None:
        """`zones`: the user's first, then the posting's; any other may be typed."""
        super().__init__(parent)
        self.setWindowTitle("Add event")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind in EventKind:
            # its value: PySide6 hands an enum stored in a combo back as a plain str
            self.kind_combo.addItem(kind.label.capitalize(), kind.value)
        form.addRow("&Kind:", self.kind_combo)
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # A plain wall clock: the system's own zone must not skip or move the time typed
        # for another zone's clock (its zone is the one chosen below).
        self.start_edit.setTimeZone(QTimeZone.utc())
        tomorrow = today.date() + timedelta(days=1)
        self.start_edit.setDateTime(
            QDateTime(
                QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(10, 0), QTimeZone.utc()
            )
        )
        form.addRow("&When:", self.start_edit)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(list(dict.fromkeys(zones)))
        self.zone_combo.setToolTip("The zone the time is given in, e.g. America/Los_Angeles")
        form.addRow("In &zone:", self.zone_combo)
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(0, 24 * 60)
        self.minutes_box.setSingleStep(15)
        self.minutes_box.setValue(45)
        self.minutes_box.setSuffix(" min")
        form.addRow("&Lasts:", self.minutes_box)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("Who, the link to join, what to prepare…")
        form.addRow("&Note:", self.note_edit)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        add_ok_cancel(self, layout)

    def answer(self) -> NewEvent:
        start = self.start_edit.dateTime().toPython()
        assert isinstance(start, datetime)
        start = start.replace(tzinfo=None)
        return NewEvent(
            EventKind(self.kind_combo.currentData()),
            start.replace(second=0, microsecond=0),
            self.zone_combo.currentText().strip(),
            self.minutes_box.value(),
            self.note_edit.text().strip(),
        )

    def accept(self) -> None:
        """Only an event that can be kept: a time the clocks do not skip, a zone that is."""
        answer = self.answer()
        try:
            checked_event(
                Event(0, 0, answer.kind, answer.start, answer.zone, answer.minutes, answer.note)
            )
        except DomainError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls, zones: list[str], today: datetime, parent: QWidget | None = None
    ) -> NewEvent | None:
        dialog = cls(zones, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
