"""Adding a posting from the clipboard or the New posting box, without freezing the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import PasteError
from desktop.domain.tracking.intake import tidy_pasted_text
from desktop.domain.tracking.tracker import Posting
from desktop.ui.clipboard import text_from_mime
from desktop.ui.guard import TrackerGuard
from desktop.ui.prompts import DuplicateChoice, Prompts

NOT_SAVED = "The posting was not saved; its text is on the clipboard to paste again."


class PostingAdder(QObject):
    """Checks a pasted text, asks about a copy already tracked, then reads and stores it
    on the database thread (a long posting takes a while to read).

    Signals:
        busy(bool): a posting is being read (True) or is done (False).
        added(Posting, str): stored; the note says what was tidied in the pasted text.
        reveal(int): the user wants to see the posting already tracked.
        told(str): a note for the status bar.
    """

    busy = Signal(bool)
    added = Signal(object, str)
    reveal = Signal(int)
    told = Signal(str)

    def __init__(
        self, guard: TrackerGuard, prompts: Prompts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._prompts = prompts

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime is not None and mime.hasImage() and not mime.hasText():
                raise PasteError("The clipboard holds an image, not text.")
            pasted = tidy_pasted_text(text_from_mime(mime))
        except PasteError as exc:
            self._prompts.warn("Cannot add this posting", str(exc))
            return
        self.add(pasted.text, notes=pasted.notes)

    def ask(self) -> None:
        text = self._prompts.new_posting()
        if text is not None:
            self.add(text)

    def add(self, text: str, notes: tuple[str, ...] = ()) -> None:
        """Store `text` unless it is unusable or the user keeps the copy already tracked.

        `notes` say what was tidied in the pasted text.
        """
        try:
            intake = self._guard.call(lambda t: t.intake(text), writes=False)
        except PasteError as exc:
            self._prompts.warn("Cannot add this posting", str(exc))
            return
        if intake is None:
            self._keep_on_clipboard(text)
            return
        if intake.duplicates:
            choice = self._prompts.duplicate(intake.duplicates[0])
            if choice is DuplicateChoice.OPEN:
                self.reveal.emit(intake.duplicates[0].id)
            if choice is not DuplicateChoice.ADD:
                return
        self._set_busy(True)
        self._guard.writes += 1
        tracker = self._guard.tracker

        def added(posting: Posting) -> None:
            self._set_busy(False)
            tidied = f"; {'; '.join(notes)} from the pasted text" if notes else ""
            self.added.emit(posting, tidied)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            try:
                self._guard.task_failed(exc)
            finally:
                self._keep_on_clipboard(text)

        self._guard.run(lambda: tracker.add(intake.text, intake.details), added, failed)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()
        self.busy.emit(busy)

    def _keep_on_clipboard(self, text: str) -> None:
        """A posting that could not be stored goes back on the clipboard, so it is not lost."""
        QGuiApplication.clipboard().setText(text)
        self.told.emit(NOT_SAVED)
