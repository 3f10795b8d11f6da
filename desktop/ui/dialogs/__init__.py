"""The window's dialogs: a new posting or event, the skills profile, what to learn next, the
user's time zone and working hours, the follow-up reminders. desktop/ui/prompts.py is the one
door to them."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout


def add_ok_cancel(dialog: QDialog, layout: QVBoxLayout, ok: str = "") -> QDialogButtonBox:
    """OK and Cancel at the foot of `layout`, accepting or rejecting `dialog`; `ok` names
    the OK button when the action deserves its own word ("&Add posting")."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
