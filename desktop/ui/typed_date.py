"""The follow-up box: a date box whose day, month and year step across a month's or a
year's end, and that takes a date written whole ("14/12/2026", "Dec 14")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from dateutil import parser as dates
from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QToolTip,
    QWidget,
)

from desktop.ui.dialogs import day_of, qdate

# How a date box's day, month and year step: across a month's or a year's end.
_DATE_STEPS: dict[QDateTimeEdit.Section, Callable[[QDate, int], QDate]] = {
    QDateTimeEdit.Section.DaySection: QDate.addDays,
    QDateTimeEdit.Section.MonthSection: QDate.addMonths,
    QDateTimeEdit.Section.YearSection: QDate.addYears,
}


class DayStepDateEdit(QDateEdit):
    """A date box whose arrows, keys and wheel step across a month's or a year's end: on
    "2026-12-01" Qt's day stops at the 1st, so with tomorrow the 1st, today could not be
    set. The day steps a day, the month a month, the year a year, within the box's range."""

    def stepBy(self, steps: int) -> None:
        section = self.currentSection()
        step = _DATE_STEPS.get(section)
        if step is None:
            super().stepBy(steps)
            return
        wanted = step(self.date(), steps)
        self.setDate(min(max(wanted, self.minimumDate()), self.maximumDate()))
        self.setSelectedSection(section)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.currentSection() not in _DATE_STEPS or self.isReadOnly():
            return super().stepEnabled()
        shown = self.date()
        enabled = QAbstractSpinBox.StepEnabledFlag.StepNone
        if shown > self.minimumDate():
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if shown < self.maximumDate():
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled


TYPED_DATE_TIP = (
    "Type a date, such as 2026-12-14, Dec 14 or 14 December 2026, and press Enter; or step "
    "the day, month or year with the arrow keys"
)
# Keys that edit what is typed as text once the box holds a date being written.
_TEXT_KEYS = frozenset((Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End))
_YEAR_FIRST = re.compile(r"\s*\d{4}\D")
_TYPED_RED = "color: #b3261e;"


def read_typed_day(text: str, shown: date, *, day_first: bool) -> date | None:
    """The day a date written whole names ("2026-12-14", "14/12/2026", "Dec 14", "14
    December 2026"), or None. Written year first it is year, month, day (ISO), whatever
    the order; else day and month are read in `day_first`'s order when both readings are
    possible ("03/04/2026"), in the only one when not ("14/12/2026"). What it leaves out
    (the year of "Dec 14", the month of "20") is `shown`'s, the date the box holds."""
    try:
        read = dates.parse(
            text,
            dayfirst=day_first and not _YEAR_FIRST.match(text),
            default=datetime(shown.year, shown.month, shown.day),
        )
    except (ValueError, OverflowError):
        return None
    return read.date()


def _day_first(locale: QLocale) -> bool:
    """Whether the user's locale writes the day before the month ("dd/MM/yyyy")."""
    written = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return -1 < written.find("d") < written.find("M")


class TypedDateEdit(DayStepDateEdit):
    """The follow-up box: it also takes a date written whole (`read_typed_day`), set with
    Enter or on leaving the box. Qt's date box takes a digit into a section at a time and
    refuses anything else, so "14/12/2026" or "Dec 14" typed did nothing, and each digit
    on its way was a date of its own, stored. What is typed here is text, kept out of the
    sections' sight until it is read; a date that cannot be read is said so and stays, in
    red, to be mended (Esc takes it back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False  # a key is going into the line as text
        self.setToolTip(TYPED_DATE_TIP)
        self.dateChanged.connect(lambda _: self._mark_unread(None))

    def hold(self, day: date) -> None:
        """Show `day`; what was typed and not read goes (another posting is shown)."""
        self.setDate(qdate(day))
        self._show_held()

    def written(self) -> str | None:
        """What the user typed, while it is not the date the box holds."""
        text = self.lineEdit().text()
        return None if text == self.textFromDateTime(self.dateTime()) else text

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typing:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        written = self.written()
        if written is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._read(written):
                self._say_unread()
        elif written is not None and event.key() == Qt.Key.Key_Escape:
            self._show_held()
        elif (
            (inserts := _typed(event) or event.matches(QKeySequence.StandardKey.Paste))
            or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            or (written is not None and event.key() in _TEXT_KEYS)
        ):
            line = self.lineEdit()
            self._typing = True
            try:
                with QSignalBlocker(line):  # the sections would put their date back
                    if inserts and written is None and not line.hasSelectedText():
                        line.selectAll()  # a new date in place of the one held
                    line.event(event)
            finally:
                self._typing = False
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab brings the whole date chosen, to be typed over (Qt chose its year, which the
        arrows still step); a date typed and not read is still there."""
        written = self.written()
        super().focusInEvent(event)
        if written is not None:
            self._show(written)
        elif event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            with QSignalBlocker(self.lineEdit()):  # the part the arrows step stays
                self.lineEdit().selectAll()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab leaves a date being typed, which is read then; Qt's Tab goes on from the year
        to the month and the day first, over what was typed."""
        if self.written() is not None:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """What was typed is read on leaving, as with Enter, and said so the same way when
        it cannot be: once the focus has moved on (the box taking it hides a tooltip shown
        now, and Tab left red text saying nothing), unless the window or a menu took it."""
        written = self.written()
        unread = written is not None and not self._read(written)
        super().focusOutEvent(event)  # Qt shows the date held
        if unread and written is not None:
            self._show(written)
            if event.reason() not in _FOCUS_ELSEWHERE:
                QTimer.singleShot(0, self, self._say_unread)

    def stepBy(self, steps: int) -> None:
        self._show_held()  # a step from the date held, not from what was typed
        super().stepBy(steps)

    def _read(self, written: str) -> bool:
        """Set the date `written` names, or say it cannot be read; False then."""
        if not written.strip():
            self._show_held()
            return True
        day = read_typed_day(written, day_of(self.date()), day_first=_day_first(self.locale()))
        if day is None or not self.minimumDate() <= qdate(day) <= self.maximumDate():
            self._mark_unread(written)
            return False
        self.setDate(qdate(day))
        self._show_held()  # the same date typed another way: shown as the box writes it
        return True

    def _show_held(self) -> None:
        self._show(self.textFromDateTime(self.dateTime()))
        self._mark_unread(None)

    def _show(self, text: str) -> None:
        with QSignalBlocker(self.lineEdit()):
            self.lineEdit().setText(text)

    def _mark_unread(self, written: str | None) -> None:
        """Red, and why in the tooltip, while `written` cannot be read."""
        self.lineEdit().setStyleSheet(_TYPED_RED if written is not None else "")
        if written is None:
            self.setToolTip(TYPED_DATE_TIP)
            return
        self.setToolTip(f"“{written}” is not a date Gigdesk can read. {TYPED_DATE_TIP}.")

    def _say_unread(self) -> None:
        """The tooltip saying why, shown at the box while what was typed is still there;
        after a click that took the focus, once the button is let go (its release hides a
        tooltip shown before)."""
        if self.written() is None:
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QTimer.singleShot(_HELD_BUTTON_MS, self, self._say_unread)
            return
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.toolTip(), self)


# The focus leaving for another window or a menu: no tooltip follows it there.
_FOCUS_ELSEWHERE = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
_HELD_BUTTON_MS = 50  # how often a button still held down is looked at again


def _typed(event: QKeyEvent) -> bool:
    """A character typed, with Shift at most."""
    others = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return bool(event.text()) and event.text().isprintable() and not others
