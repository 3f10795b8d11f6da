"""Adding a posting from the clipboard, the New posting box or a file, without freezing the
window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import PasteError
from desktop.domain.tracking.intake import (
    POSTING_FILE_BYTES,
    DecodedText,
    posting_from_file,
    tidy_pasted_text,
)
from desktop.domain.tracking.tracker import Posting
from desktop.ui.clipboard import text_from_mime
from desktop.ui.guard import TrackerGuard
from desktop.ui.prompts import DuplicateChoice, Prompts

NOT_SAVED = "The posting was not saved; its text is on the clipboard to paste again."
IMPORT_TAKES = (
    "Import takes a spreadsheet (.csv, .tsv, .xlsx) or a posting saved as text (.txt, .md, "
    ".eml, a web page). For a posting in a PDF or a document, copy its text and press Ctrl+V."
)
# File → Import… reads these as spreadsheets; any other file is a posting saved as text.
_SHEET_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx"})


def read_import(path: Path) -> bytes | DecodedText:
    """What File → Import… reads from `path`: a spreadsheet's bytes, or the posting any
    other file holds as a paste of it would give it (decoded with care, a page's source
    read as the text it shows, as `gigdesk add FILE` reads it). The user who picks a .txt
    or an .eml means a posting, not a sheet of one column. PasteError for a file too large
    for a posting, or no text; OSError when it cannot be read."""
    with path.open("rb") as file:
        start = file.read(POSTING_FILE_BYTES + 1)
        if _is_sheet(path, start):
            return start + file.read()
    return posting_from_file(start, "This file")  # the window names the file before it


def _is_sheet(path: Path, start: bytes) -> bool:
    """By its suffix; a .txt by its first two lines cut by as many tabs, as Excel saves a
    sheet as "Text (Tab delimited)"."""
    from desktop.domain.tracking.importing import decode_table  # loaded on a first import

    suffix = path.suffix.casefold()
    if suffix != ".txt":
        return suffix in _SHEET_SUFFIXES
    lines = decode_table(start).splitlines()[:2]
    return len(lines) == 2 and lines[0].count("\t") == lines[1].count("\t") > 0


class PostingAdder(QObject):
    """Checks a pasted text, asks about a copy already tracked, then reads and stores it
    on the database thread (a long posting takes a while to read).

    Signals:
        busy(bool): a posting is being read (True) or is done (False).
        added(Posting, str): stored; the note's end says where the text came from, when
            not typed or pasted, and what was tidied in it.
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
        tidied = f"; {'; '.join(pasted.notes)} from the pasted text" if pasted.notes else ""
        self.add(pasted.text, tidied)

    def add_file(self, read: DecodedText, name: str) -> None:
        """A posting saved as the file `name`, as `read_import` read it: added as a paste is."""
        self.add(read.text, f" from {name}" + "".join(f"; {note}" for note in read.notes))

    def ask(self) -> None:
        text = self._prompts.new_posting()
        if text is not None:
            self.add(text)

    def add(self, text: str, said: str = "") -> None:
        """Store `text` unless it is unusable or the user keeps the copy already tracked.

        `said` ends the note that says it was added: where the text came from, what was
        tidied in it.
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
            self.added.emit(posting, said)

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
