"""Every question the main window asks, in one place tests can replace.

Each dialog is imported when it is first opened: the window's start needs none of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.clock import UserTime
from desktop.domain.hours.working import WorkingHours
from desktop.domain.hours.zones import is_fixed_offset
from desktop.domain.skills.profile import Profile
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.nudges import SilenceLimits
from desktop.domain.tracking.proposals import Grouping, LedgerRow, Period, ProposalTemplate
from desktop.domain.tracking.tracker import Posting
from desktop.domain.tracking.worksearch import Activity
from desktop.services import Backup

if TYPE_CHECKING:
    from desktop.domain.tracking.importing import ImportPlan, ImportRow
    from desktop.ui.dialogs.insights import Request
    from desktop.ui.dialogs.learn import Rankings
    from desktop.ui.dialogs.new_event import NewEvent
    from desktop.ui.dialogs.report import ReportRequest

Choice = TypeVar("Choice", bound=Enum)


class DuplicateChoice(Enum):
    OPEN = "open"
    ADD = "add"
    CANCEL = "cancel"


class UnsavedChoice(Enum):
    RETRY = "retry"
    COPY_AND_CLOSE = "copy and close"
    CANCEL = "cancel"


class BackupShelf(Protocol):
    """The backups of the database in use, as the composition root gives them
    (`BackupShelf` in desktop/store/backups.py). `local_now` is the user's clock, whose
    zone the dialog shows each backup's moment in."""

    def local_now(self) -> datetime: ...
    def listed(self) -> list[Backup]: ...
    def postings_now(self) -> int | None: ...
    def back_up_now(self) -> Path: ...


@dataclass(frozen=True)
class LiveDatabase:
    """The database in use, for File → Backups…: its file; its backups (None: neither its
    count nor Back up now is offered); and `run(work, done, failed)`, which does `work`
    on the database thread and hands its result back on the GUI thread."""

    file: Path
    shelf: BackupShelf | None
    run: Callable[[Callable[[], Any], Callable[[Any], Any], Callable[[Exception], None]], None]


# What Gigdesk ships with, under whose licence (Help → About).
LICENCES = (
    "Built on Qt for Python (PySide6: LGPL-3.0), SQLModel, SQLAlchemy, pydantic, tzlocal, "
    "platformdirs, openpyxl (MIT), python-dateutil (BSD-3-Clause) and icalendar "
    "(BSD-2-Clause). "
    "The skills taxonomy's sources and their licences are listed in "
    "<code>skills/SOURCES.md</code> among Gigdesk's data files."
)


class Prompts:
    """Modal questions and warnings, parented to the main window."""

    def __init__(self, parent: QWidget, time: UserTime) -> None:
        self._parent = parent
        self._time = time

    def new_posting(self) -> str | None:
        from desktop.ui.dialogs.new_posting import NewPostingDialog

        return NewPostingDialog.ask(self._parent)

    def duplicate(self, existing: Posting) -> DuplicateChoice:
        added = self._time.local(existing.added_at).date().isoformat()
        return self._choose(
            QMessageBox.Icon.Information,
            "Already tracked",
            f"This posting is already tracked as #{existing.id}: "
            f"{existing.title or 'untitled'}"
            f"{' at ' + existing.company if existing.company else ''}, added {added}.",
            question="Nothing has been changed. Open the one you have?",
            default=("&Open existing", DuplicateChoice.OPEN),
            other=("&Add anyway", DuplicateChoice.ADD),
            cancelled=DuplicateChoice.CANCEL,
        )

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

    def import_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            "Import postings",
            folder,
            "Spreadsheets and postings (*.csv *.tsv *.xlsx *.txt *.md *.eml *.html *.htm);;"
            "Spreadsheets (*.csv *.tsv *.xlsx *.txt);;All files (*)",
        )
        return Path(name) if name else None

    def import_sheet(
        self, plan: ImportPlan, name: str, tracked: Callable[[list[ImportRow]], list[bool]]
    ) -> tuple[list[ImportRow], bool] | None:
        """The rows to import, as the user corrected the plan, and whether rows already
        tracked (`tracked` tells) go in too; None when the user cancels."""
        from desktop.ui.dialogs.import_sheet import ImportDialog

        return ImportDialog.ask(plan, name, tracked, self._parent)

    def calendar_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            "Export calendar",
            str(Path(folder) / "gigdesk.ics"),
            "iCalendar files (*.ics)",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".ics")

    def new_event(self, posting: Posting) -> NewEvent | None:
        """An event for `posting`, its time given in the user's zone or one the posting
        names (or any other typed)."""
        from desktop.ui.dialogs.new_event import EventDialog

        named = [s.zone for s in posting.analysis.hours] if posting.analysis else []
        zones = [self._time.zone_name, *(z for z in named if z and not is_fixed_offset(z))]
        return EventDialog.ask(zones, self._time.local(self._time.now()), self._parent)

    def edit_profile(self, profile: Profile) -> Profile | None:
        from desktop.ui.dialogs.profile import ProfileDialog

        return ProfileDialog.ask(profile, taxonomy(), self._parent)

    def my_hours(self, zone: str, working: WorkingHours) -> tuple[str, WorkingHours] | None:
        from desktop.ui.dialogs.my_hours import MyHoursDialog

        return MyHoursDialog.ask(zone, working, self._parent)

    def backup_to_restore(self, backups: list[Backup], live: LiveDatabase) -> Backup | None:
        """File → Backups…: the one chosen and confirmed to restore, or None."""
        from desktop.ui.dialogs.backups import BackupsDialog

        return BackupsDialog.ask(backups, live, self._parent)

    def silence_limits(self, limits: SilenceLimits) -> SilenceLimits | None:
        from desktop.ui.dialogs.silence import SilenceDialog

        return SilenceDialog.ask(limits, self._parent)

    def proposal_templates(
        self, templates: list[ProposalTemplate]
    ) -> list[ProposalTemplate] | None:
        from desktop.ui.dialogs.templates import TemplatesDialog

        return TemplatesDialog.ask(templates, self._parent)

    def new_activity(self, today: date) -> Activity | None:
        from desktop.ui.dialogs.activity import ActivityDialog

        return ActivityDialog.ask(today, self._parent)

    def work_search_report(
        self,
        today: date,
        write: Callable[[ReportRequest], str | None],
        header: tuple[str, str],
        activities: Callable[[date, date], list[Activity]],
        forget: Callable[[int], object],
    ) -> None:
        from desktop.ui.dialogs.report import ReportDialog

        name, claim = header
        ReportDialog(
            today,
            write,
            name=name,
            claim=claim,
            activities=activities,
            forget=forget,
            parent=self._parent,
        ).exec()

    def insights(self, request: Request, today: date, sources: list[str]) -> None:
        from desktop.ui.dialogs.insights import InsightsDialog

        InsightsDialog(request, today, sources, self._parent).exec()

    def ledger(
        self,
        load: Callable[[Period, Grouping], list[LedgerRow] | None],
        price: float,
        save_price: Callable[[float], float | None],
        export: Callable[[Path, Period, Grouping], int | None],
    ) -> None:
        from desktop.ui.dialogs.ledger import LedgerDialog

        LedgerDialog(load, price, save_price, export, self._parent).exec()

    def learn_next(self, rankings: Rankings, titles: dict[int, str]) -> int | None:
        from desktop.ui.dialogs.learn import LearnNextDialog

        return LearnNextDialog.ask(rankings, titles, self._parent)

    def unsaved_edits(self, count: int, reason: str) -> UnsavedChoice:
        """Closing with edits the database still refuses: try again, or keep them elsewhere."""
        return self._choose(
            QMessageBox.Icon.Warning,
            "Edits not saved",
            f"Your edits to {count} posting{'s' if count != 1 else ''} could not be saved: "
            f"{reason}",
            question="Try again, or close Gigdesk with your edits copied to the clipboard and, "
            "where the data folder can be written, kept in an unsaved-edits text file there.",
            default=("&Try again", UnsavedChoice.RETRY),
            other=("&Copy and close", UnsavedChoice.COPY_AND_CLOSE),
            cancelled=UnsavedChoice.CANCEL,
        )

    def _choose(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        *,
        question: str,
        default: tuple[str, Choice],
        other: tuple[str, Choice],
        cancelled: Choice,
    ) -> Choice:
        """A box with two answers and Cancel; the first answer is the default."""
        box = QMessageBox(self._parent)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(question)
        first = box.addButton(default[0], QMessageBox.ButtonRole.AcceptRole)
        second = box.addButton(other[0], QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(first)
        box.exec()
        if box.clickedButton() is first:
            return default[1]
        if box.clickedButton() is second:
            return other[1]
        return cancelled

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self._parent, title, message)

    def about(self, version: str, data_file: Path) -> bool:
        """Gigdesk's version and where the user's data is; True to open its folder."""
        box = QMessageBox(self._parent)
        box.setWindowTitle("About Gigdesk")
        box.setText(
            f"<h3>Gigdesk {escape(version)}</h3><p>Your postings, kept on this computer only: "
            f"no account, no network.</p><p>Your data: <code>{escape(str(data_file))}</code></p>"
            f"<p><small>{LICENCES}</small></p>"
        )
        open_folder = box.addButton("&Open data folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is open_folder

    def show_shortcuts(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        from desktop.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(groups, self._parent).exec()
