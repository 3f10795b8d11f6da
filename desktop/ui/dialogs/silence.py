"""How long a silence may last, by stage, before Gigdesk says to follow up or to close."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.nudges import SilenceLimits
from desktop.ui.dialogs import add_ok_cancel

_LABELS = {
    "applied": "&Applied:",
    "screening": "&Screening:",
    "interviewing": "&Interviewing:",
    "offer": "&Offer:",
    "close_after": "Suggest &closing after:",
}


class SilenceDialog(QDialog):
    def __init__(self, limits: SilenceLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Follow-up reminders")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "A posting with no change and no follow-up date for this many days shows "
            "“follow up” in the Follow-up column; after the last limit, Gigdesk suggests "
            "closing it as No response (it never closes anything by itself)."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[str, QSpinBox] = {}
        for field in fields(SilenceLimits):
            box = QSpinBox()
            box.setRange(1, 365)
            box.setSuffix(" days")
            box.setValue(getattr(limits, field.name))
            form.addRow(_LABELS[field.name], box)
            self.boxes[field.name] = box
        layout.addLayout(form)
        add_ok_cancel(self, layout)

    def answer(self) -> SilenceLimits:
        return SilenceLimits(**{name: box.value() for name, box in self.boxes.items()})

    @classmethod
    def ask(cls, limits: SilenceLimits, parent: QWidget | None = None) -> SilenceLimits | None:
        dialog = cls(limits, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
