"""A main window on a temporary tracker, with prompts answered by the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.clock import UserTime
from desktop.domain.tracking.tracker import Posting
from desktop.services import Tracker
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import DuplicateChoice, UnsavedChoice
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks

TODAY = date(2026, 8, 5)


class FakePrompts:
    """Answers the window's questions as the test sets them, and records warnings."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.duplicate_choice = DuplicateChoice.CANCEL
        self.duplicates_shown: list[Posting] = []
        self.delete_answer = True
        self.export_to: Path | None = None
        self.calendar_to: Path | None = None
        self.import_from: Path | None = None
        self.import_answer = None  # answers the import dialog: plan, name -> (rows, keep) | None
        self.new_event_answer = None
        self.new_event_asked = None
        self.new_posting_text: str | None = None
        self.shortcuts: list[tuple[str, str]] = []
        self.profile_to_save = None
        self.learn_next_seen = None
        self.my_hours_answer = None
        self.my_hours_asked = None
        self.silence_answer = None
        self.backups_shown = None
        self.backup_day = None
        self.silence_asked = None
        self.templates_answer = None
        self.activity_answer = None
        self.ledger_shown = None
        self.unsaved_choices: list[UnsavedChoice] = []
        self.unsaved_asked: list[tuple[int, str]] = []

    def new_posting(self) -> str | None:
        return self.new_posting_text

    def duplicate(self, existing: Posting) -> DuplicateChoice:
        self.duplicates_shown.append(existing)
        return self.duplicate_choice

    def confirm_delete(self, posting: Posting) -> bool:
        return self.delete_answer

    def export_path(self, folder: str) -> Path | None:
        return self.export_to

    def calendar_path(self, folder: str) -> Path | None:
        return self.calendar_to

    def import_path(self, folder: str) -> Path | None:
        return self.import_from

    def import_sheet(self, plan, name, tracked):
        self.import_shown = (plan, name, tracked(plan.rows()))
        return self.import_answer(plan, name, tracked) if self.import_answer else None

    def new_event(self, posting: Posting):
        self.new_event_asked = posting
        return self.new_event_answer

    def warn(self, title: str, message: str) -> None:
        self.warnings.append((title, message))

    def about(self, version: str, data_file: Path) -> bool:
        self.about_seen = (version, data_file)
        return False

    def unsaved_edits(self, count: int, reason: str) -> UnsavedChoice:
        self.unsaved_asked.append((count, reason))
        return self.unsaved_choices.pop(0)

    def my_hours(self, zone, working):
        self.my_hours_asked = (zone, working)
        return self.my_hours_answer

    def backup_to_restore(self, backups, live):
        self.backups_shown = backups
        self.backups_live = live
        return next((b for b in backups if b.day == self.backup_day), None)

    def silence_limits(self, limits):
        self.silence_asked = limits
        return self.silence_answer

    def edit_profile(self, profile):
        return self.profile_to_save

    def proposal_templates(self, templates):
        self.templates_asked = templates
        return self.templates_answer

    def new_activity(self, today):
        return self.activity_answer

    def work_search_report(self, today, write, header, activities, forget):
        self.report_shown = (today, write, *header)
        self.report_lists = (activities, forget)

    def insights(self, request, today, sources):
        self.insights_shown = (request, today, sources)

    def ledger(self, load, price, save_price, export):
        """The ledger as the dialog would first load it, with its callbacks to try."""
        self.ledger_shown = (load, price, save_price, export)

    def learn_next(self, ranked, titles):
        self.learn_next_seen = (ranked, titles)

    def show_shortcuts(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        self.shortcut_groups = groups
        self.shortcuts = [row for _, rows in groups for row in rows]


class HeldTasks:
    """The database thread's (or the search thread's) work held until the test lets it
    run, as the event loop would after the window shows."""

    def __init__(self) -> None:
        self.held: list = []

    def run(self, work, on_done, on_error) -> None:
        self.held.append((work, on_done, on_error))

    def run_held(self) -> None:
        while self.held:
            work, on_done, on_error = self.held.pop(0)
            try:
                result = work()
            except Exception as exc:
                on_error(exc)
            else:
                on_done(result)

    def shutdown(self) -> None:
        pass


def turn_wheel_down(widget) -> None:
    """One notch of the mouse wheel turned down over the widget."""
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def add(window: MainWindow, text: str) -> Posting | None:
    """Paste `text` into a window whose tasks run at once; the posting stored, or None."""
    added: list[Posting] = []
    window.posting_added.connect(added.append)
    try:
        window.add_posting_text(text)
    finally:
        window.posting_added.disconnect(added.append)
    return added[0] if added else None


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def days() -> list[date]:
    """The window's today, as a one-item list a test may change."""
    return [TODAY]


@pytest.fixture
def user_time(days) -> UserTime:
    """The user's clock at 10:00 UTC on the test's day, on a system set to Berlin time."""
    return UserTime(lambda: datetime.combine(days[0], time(10), tzinfo=UTC), "Europe/Berlin")


@pytest.fixture
def tracker(store: Store, user_time: UserTime) -> Tracker:
    """The use cases over the test's store, on the window's clock."""
    return Tracker(store, user_time)


@pytest.fixture
def open_window(qtbot, tracker, paths, prompts, user_time) -> Callable[[], MainWindow]:
    """Opens a window on the test's tracker as the app does, tasks run at once."""

    def opened() -> MainWindow:
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        shown = MainWindow(
            tracker,
            ImmediateTasks(),
            UiState(paths.ui_state_file),
            prompts=prompts,
        )
        qtbot.addWidget(shown)
        return shown

    return opened


@pytest.fixture
def window(open_window) -> MainWindow:
    shown = open_window()
    shown.show()
    return shown
