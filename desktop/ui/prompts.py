"""Every question the main window asks, in one place tests can replace."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.dates import local_zone
from desktop.domain.fit import Profile
from desktop.domain.local_time import WorkingHours
from desktop.domain.skills import taxonomy
from desktop.domain.tracker import Posting
from desktop.ui.learn_dialog import LearnNextDialog, Rankings
from desktop.ui.my_hours_dialog import MyHoursDialog
from desktop.ui.new_posting_dialog import NewPostingDialog
from desktop.ui.profile_dialog import ProfileDialog


class DuplicateChoice(Enum):
    OPEN = "open"
    ADD = "add"
    CANCEL = "cancel"


class UnsavedChoice(Enum):
    RETRY = "retry"
    COPY_AND_CLOSE = "copy and close"
    CANCEL = "cancel"


class Prompts:
    """Modal questions and warnings, parented to the main window."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def new_posting(self) -> str | None:
        return NewPostingDialog.ask(self._parent)

    def duplicate(self, existing: Posting) -> DuplicateChoice:
        added = existing.added_at.astimezone(local_zone()).date().isoformat()
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Already tracked")
        box.setText(
            f"This posting is already tracked as #{existing.id}: "
            f"{existing.title or 'untitled'}"
            f"{' at ' + existing.company if existing.company else ''}, added {added}."
        )
        box.setInformativeText("Nothing has been changed. Open the one you have?")
        open_button = box.addButton("&Open existing", QMessageBox.ButtonRole.AcceptRole)
        add_button = box.addButton("&Add anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            return DuplicateChoice.OPEN
        if box.clickedButton() is add_button:
            return DuplicateChoice.ADD
        return DuplicateChoice.CANCEL

    def confirm_delete(self, posting: Posting) -> bool:
        answer = QMessageBox.question(
            self._parent,
            "Delete posting",
            f"Delete “{posting.title or 'untitled'}” with its notes and history?\n\n"
            "You can undo this with Ctrl+Z until you close Gigdesk.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            "Export tracker",
            str(Path(folder) / "gigdesk-tracker.csv"),
            "CSV files (*.csv)",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")

    def edit_profile(self, profile: Profile) -> Profile | None:
        return ProfileDialog.ask(profile, taxonomy(), self._parent)

    def my_hours(self, zone: str, working: WorkingHours) -> tuple[str, WorkingHours] | None:
        return MyHoursDialog.ask(zone, working, self._parent)

    def learn_next(self, rankings: Rankings, titles: dict[int, str]) -> int | None:
        return LearnNextDialog.ask(rankings, titles, self._parent)

    def unsaved_edits(self, count: int, reason: str) -> UnsavedChoice:
        """Closing with edits the database still refuses: try again, or keep them elsewhere."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Edits not saved")
        box.setText(
            f"Your edits to {count} posting{'s' if count != 1 else ''} could not be saved: {reason}"
        )
        box.setInformativeText(
            "Try again, or close Gigdesk with your edits copied to the clipboard and, where "
            "the data folder can be written, kept in an unsaved-edits text file there."
        )
        retry = box.addButton("&Try again", QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton("&Copy and close", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is retry:
            return UnsavedChoice.RETRY
        if box.clickedButton() is copy:
            return UnsavedChoice.COPY_AND_CLOSE
        return UnsavedChoice.CANCEL

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self._parent, title, message)

    def show_shortcuts(self, rows: list[tuple[str, str]]) -> None:
        table = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
        QMessageBox.information(
            self._parent, "Keyboard shortcuts", f"<table cellpadding='4'>{table}</table>"
        )
