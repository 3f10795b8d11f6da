"""The main window: the tracker table, a search box and the selected posting."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.clock import UserTime
from desktop.domain.errors import PasteError
from desktop.domain.fit import FitSummary, Status, learn_next
from desktop.domain.intake import (
    check_posting_text,
    tidy_pasted_text,
)
from desktop.domain.tracker import Outcome, Posting, PostingDetails, Stage
from desktop.services import PostingView, StoredPosting, StoreError, StoreProblem, Tracker
from desktop.ui.clipboard import text_from_mime
from desktop.ui.detail_pane import DetailPane
from desktop.ui.learn_dialog import Rankings
from desktop.ui.posting_model import HEADERS, Column, PostingFilterProxy, PostingTableModel
from desktop.ui.prompts import DuplicateChoice, Prompts, UnsavedChoice
from desktop.ui.settings import UiState
from desktop.ui.tasks import Tasks

STATUS_TIMEOUT_MS = 8000
LOADING = "Loading postings…"
READING = "Reading the posting…"
# How often edits the database refused (locked, full) are tried again.
RETRY_MS = 5000
DEFAULT_WIDTHS = {
    Column.COMPANY: 110,
    Column.STAGE: 90,
    Column.SOURCE: 80,
    Column.ADDED: 84,
    Column.CHANGED: 84,
    Column.FOLLOW_UP: 84,
    Column.FIT: 44,
    Column.RISK: 54,
    Column.HOURS: 124,
}
# Shown from the header's right-click menu; hidden at first so the title keeps its room.
HIDDEN_AT_FIRST = (Column.SOURCE, Column.CHANGED)
T = TypeVar("T")


class DeletePosting(QUndoCommand):
    """Deleting a posting, undoable until the app closes: the snapshot is put back whole."""

    def __init__(self, window: MainWindow, posting: Posting) -> None:
        super().__init__(f"delete “{posting.title or 'untitled'}”")
        self._window = window
        self._posting_id = posting.id
        self._snapshot: StoredPosting | None = None

    def redo(self) -> None:
        deleted = self._window.tracker_call(lambda t: t.delete(self._posting_id))
        if deleted is None:
            self.setObsolete(True)
            return
        self._snapshot = deleted
        self._window.model.remove(self._posting_id)

    def undo(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        restored = self._window.tracker_call(lambda t: t.restore(snapshot))
        if restored is None:
            self.setObsolete(True)
            return
        self._window.model.upsert(restored)
        self._window.select_posting(restored.id)


class MainWindow(QMainWindow):
    """Tracker table on the left, the selected posting on the right.

    Single-row reads and writes run on the GUI thread (indexed, bounded); loading
    every posting, reading a pasted one, checking the file and exporting run through
    `tasks` on the database thread.

    Signals:
        posting_added(Posting): a pasted or typed posting was stored and selected.
        database_damaged(StoreError): the file was found damaged; nothing more is written to it.
    """

    posting_added = Signal(object)
    database_damaged = Signal(object)

    def __init__(
        self,
        tracker: Tracker,
        tasks: Tasks,
        ui_state: UiState,
        *,
        time: UserTime,
        prompts: Prompts | None = None,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self._log_folder = log_folder
        self.tracker = tracker
        self.time = time
        chosen_zone, self.working_hours = tracker.my_hours()
        time.choose(chosen_zone)
        self._tasks = tasks
        self._ui_state = ui_state
        self.prompts = prompts or Prompts(self, time)
        self._writes = 0
        self._damage_reported = False
        # Edits the database refused (locked, full), by posting: shown, retried, never dropped.
        self._unsaved: dict[int, PostingDetails] = {}
        self._unsaved_reason = ""
        self._profile = tracker.profile()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.model = PostingTableModel(time, self)
        self.proxy = PostingFilterProxy(self.model, self)
        self._build()
        self._build_actions()
        if not ui_state.restore_layout(self, self._splitters(), self.table.horizontalHeader()):
            self.resize(1280, 800)
            self.splitter.setSizes([780, 500])
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry_unsaved)
        self.reload()
        self.check_database()
        self.read_again_if_stale()
        # Hours in the user's time and overdue follow-ups depend on the day.
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self._day_changed)
        self._wait_for_next_day()

    # Building

    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by title, company, stage, notes or text  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Filter postings")
        left_layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.ADDED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Tracked postings")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        left_layout.addWidget(self.table, 1)

        self.detail = DetailPane(self.time)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.unsaved_note = QLabel()
        self.unsaved_note.setStyleSheet("color: #b3261e;")
        self.statusBar().addPermanentWidget(self.unsaved_note)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self._connect_detail()

    def _connect_detail(self) -> None:
        self.detail.details_edited.connect(self._details_edited)
        self.detail.stage_chosen.connect(self._set_stage)
        self.detail.outcome_chosen.connect(self._set_outcome)
        self.detail.field_edited.connect(self._set_field)
        self.detail.fields_reset.connect(self._reset_fields)
        self.detail.flag_dismissed.connect(self._dismiss_flag)
        self.detail.messages.message_added.connect(self._add_message)
        self.detail.messages.message_removed.connect(self._remove_message)
        self.detail.reading.must_model.verdict_chosen.connect(self._set_verdict)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        edit_menu = self.menuBar().addMenu("&Edit")
        posting_menu = self.menuBar().addMenu("&Posting")
        tools_menu = self.menuBar().addMenu("&Tools")
        help_menu = self.menuBar().addMenu("&Help")

        def action(menu, text, shortcut, slot, tip="") -> QAction:
            item = QAction(text, self)
            item.setShortcut(QKeySequence(shortcut))
            item.setStatusTip(tip)
            item.triggered.connect(slot)
            menu.addAction(item)
            self.addAction(item)
            return item

        self.new_action = action(
            file_menu,
            "&New posting…",
            QKeySequence.StandardKey.New,
            self.new_posting,
            "Type or paste a posting in a box",
        )
        self.paste_action = action(
            file_menu,
            "&Paste posting",
            QKeySequence.StandardKey.Paste,
            self.paste_posting,
            "Add the posting on the clipboard",
        )
        file_menu.addSeparator()
        self.export_action = action(
            file_menu,
            "&Export tracker…",
            "Ctrl+E",
            self.export_csv,
            "Save every posting and its history as CSV",
        )
        file_menu.addSeparator()
        action(file_menu, "&Quit", "Ctrl+Q", self.close)

        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([undo, redo])
        self.addActions([undo, redo])
        edit_menu.addSeparator()
        action(edit_menu, "&Find…", QKeySequence.StandardKey.Find, self._focus_search)
        action(edit_menu, "Go to &list", "Ctrl+L", self.table.setFocus)

        self.next_stage_action = action(
            posting_menu, "&Next stage", "Ctrl+]", lambda: self._step_stage(forward=True)
        )
        self.previous_stage_action = action(
            posting_menu, "&Previous stage", "Ctrl+[", lambda: self._step_stage(forward=False)
        )
        action(posting_menu, "Edit &title", "F2", self._edit_title)
        action(posting_menu, "Show t&ext", "Alt+1", lambda: self._show_tab(0))
        action(posting_menu, "Edit n&otes", "Alt+2", lambda: self._show_tab(1))
        action(posting_menu, "Show &history", "Alt+3", lambda: self._show_tab(2))
        posting_menu.addSeparator()
        self.delete_action = action(
            posting_menu, "&Delete posting…", QKeySequence.StandardKey.Delete, self.delete_current
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_action)
        self.table.addAction(self.delete_action)

        self.profile_action = action(
            tools_menu,
            "Skills &profile…",
            "Ctrl+P",
            self.edit_profile,
            "Your skills, checked against every posting's must-haves",
        )
        self.learn_action = action(
            tools_menu,
            "What to &learn next…",
            "Ctrl+Shift+L",
            self.show_learn_next,
            "Missing skills ranked by how many open postings need them",
        )
        self.my_hours_action = action(
            tools_menu,
            "Your time &zone and hours…",
            "Ctrl+Shift+H",
            self.edit_my_hours,
            "The zone postings' hours are shown in, and your own working hours",
        )
        action(
            help_menu,
            "&Keyboard shortcuts",
            QKeySequence.StandardKey.HelpContents,
            self._show_shortcuts,
        )
        if self._log_folder is not None:
            action(
                help_menu,
                "Open &log folder",
                "",
                self.open_log_folder,
                "Gigdesk's log, to attach to a bug report",
            )

    def open_log_folder(self) -> None:
        """Show the log folder in the file manager, so the log can go with a bug report."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_folder))):
            self.prompts.warn("Log folder", f"Gigdesk could not open {self._log_folder}.")

    def _column_menu(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns (the title always stays)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column == Column.TITLE:
                continue
            toggle = menu.addAction(HEADERS[column])
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter}

    # Loading

    def reload(self) -> None:
        """Load every posting on the database thread; reload again if a write raced it."""
        started_at = self._writes
        self.statusBar().showMessage(LOADING)

        def loaded(postings: list[Posting]) -> None:
            if self._writes != started_at:
                self.reload()
                return
            current = self.detail.posting
            self.model.set_postings(postings)
            self.refresh_summaries()
            if self.statusBar().currentMessage() == LOADING:
                self.statusBar().clearMessage()
            if current is not None:
                self.select_posting(current.id)
            elif self.proxy.rowCount():
                self.table.selectRow(0)

        self._tasks.run(self.tracker.list_postings, loaded, self._task_failed)

    def read_again_if_stale(self) -> None:
        """Re-read, on the database thread, postings an older parser read; then reload."""

        def work() -> int:
            stale = self.tracker.stale_readings()
            for posting_id in stale:
                self.tracker.read_again(posting_id)
            return len(stale)

        def done(count: int) -> None:
            if count:
                self.reload()
                self.statusBar().showMessage(
                    f"Read {count} posting{'s' if count != 1 else ''} again with the improved "
                    "parser; your corrections are kept.",
                    STATUS_TIMEOUT_MS,
                )

        self._tasks.run(work, done, self._task_failed)

    def check_database(self) -> None:
        """Check the file's structure on the database thread; writes wait for the verdict."""
        self._tasks.run(self.tracker.check_integrity, lambda _: None, self._task_failed)

    def _report_damage(self, error: StoreError) -> None:
        if self._damage_reported:
            self.prompts.warn("Database problem", str(error))
            return
        self._damage_reported = True
        self.database_damaged.emit(error)

    # Adding

    def paste_posting(self) -> None:
        pasted = tidy_pasted_text(text_from_mime(QGuiApplication.clipboard().mimeData()))
        self.add_posting_text(pasted.text, notes=pasted.notes)

    def new_posting(self) -> None:
        text = self.prompts.new_posting()
        if text is not None:
            self.add_posting_text(text)

    def add_posting_text(self, text: str, notes: tuple[str, ...] = ()) -> None:
        """Store a pasted posting unless it is unusable or the user keeps the existing copy.

        Reading a long posting takes a while, so it is read and stored on the database
        thread while the window stays responsive; `posting_added` says when it is done.
        `notes` say what was tidied in the pasted text.
        """
        try:
            intake = self.tracker_call(lambda t: t.intake(text), writes=False)
        except PasteError as exc:
            self.prompts.warn("Cannot add this posting", str(exc))
            return
        if intake is None:
            self._keep_on_clipboard(text)
            return
        if intake.duplicates:
            choice = self.prompts.duplicate(intake.duplicates[0])
            if choice is DuplicateChoice.OPEN:
                self._reveal(intake.duplicates[0].id)
                return
            if choice is DuplicateChoice.CANCEL:
                return
        self._set_busy(True)
        self._writes += 1

        def added(posting: Posting) -> None:
            self._set_busy(False)
            self.model.upsert(posting)
            self._reveal(posting.id)
            tidied = f"; {'; '.join(notes)} from the pasted text" if notes else ""
            self.statusBar().showMessage(
                f"Added #{posting.id}: {posting.title or 'untitled'}{tidied}", STATUS_TIMEOUT_MS
            )
            self.posting_added.emit(posting)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            try:
                self._task_failed(exc)
            finally:
                self._keep_on_clipboard(text)

        self._tasks.run(lambda: self.tracker.add(intake.text, intake.details), added, failed)

    def _set_busy(self, busy: bool) -> None:
        """While a posting is read: a busy cursor, a word in the status bar, no second paste."""
        for adding in (self.paste_action, self.new_action):
            adding.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(READING)
        else:
            QApplication.restoreOverrideCursor()
            if self.statusBar().currentMessage() == READING:
                self.statusBar().clearMessage()

    def _keep_on_clipboard(self, text: str) -> None:
        """A posting that could not be stored goes back on the clipboard, so it is not lost."""
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            "The posting was not saved; its text is on the clipboard to paste again.",
            STATUS_TIMEOUT_MS,
        )

    # Editing

    def _details_edited(self, details: PostingDetails) -> None:
        """Keep the edit, then save it; one the database refuses is kept and tried again."""
        posting = self.detail.posting
        if posting is None:
            return
        self._unsaved[posting.id] = details
        if self.retry_timer.isActive():
            return  # the next retry takes it with the others
        self._writes += 1
        try:
            saved = self.tracker.save_details(posting.id, details)
        except StoreError as exc:
            self._not_saved(exc, warn=True)
            return
        self._saved(posting.id, details)
        self._apply(saved)

    def _saved(self, posting_id: int, details: PostingDetails) -> None:
        """`details` reached the database; a newer edit made meanwhile stays to be saved."""
        if self._unsaved.get(posting_id) is details:
            del self._unsaved[posting_id]
        self._show_unsaved()

    def _not_saved(self, error: StoreError, *, warn: bool) -> None:
        self._unsaved_reason = str(error)
        self._show_unsaved()
        if error.problem is StoreProblem.CORRUPT:
            self._report_damage(error)  # no use trying again; closing offers the clipboard
            return
        if warn:
            self.prompts.warn(
                "Not saved yet",
                f"{error}\n\nWhat you typed is kept in Gigdesk, which tries again every "
                f"{RETRY_MS // 1000} seconds and asks before you close it.",
            )
        self.retry_timer.start()

    def _retry_unsaved(self) -> None:
        """Save the kept edits on the database thread: a locked file must not freeze the window."""
        waiting = dict(self._unsaved)

        def work() -> dict[int, Posting | None]:
            saved: dict[int, Posting | None] = {}
            for posting_id, details in waiting.items():
                try:
                    saved[posting_id] = self.tracker.save_details(posting_id, details)
                except StoreError as exc:
                    if exc.problem is not StoreProblem.NOT_FOUND:
                        raise
                    saved[posting_id] = None  # deleted meanwhile: nothing left to save
            return saved

        def done(saved: dict[int, Posting | None]) -> None:
            for posting_id, posting in saved.items():
                self._saved(posting_id, waiting[posting_id])
                if posting is not None:
                    self.model.upsert(posting)
            self.statusBar().showMessage("Your edits are saved.", STATUS_TIMEOUT_MS)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, StoreError):
                raise exc
            self._not_saved(exc, warn=False)

        self._writes += 1
        self._tasks.run(work, done, failed)

    def _show_unsaved(self) -> None:
        count = len(self._unsaved)
        self.unsaved_note.setText(
            f"Not saved yet: {count} posting{'s' if count != 1 else ''}" if count else ""
        )
        self.unsaved_note.setToolTip(self._unsaved_reason if count else "")

    def _set_stage(self, stage: Stage) -> None:
        posting = self.detail.posting
        if posting is not None:
            self._apply(self.tracker_call(lambda t: t.set_stage(posting.id, stage)))

    def _set_field(self, name: str, value: object) -> None:
        posting = self.detail.posting
        if posting is not None:
            self._apply(self.tracker_call(lambda t: t.set_field(posting.id, name, value)))

    def _reset_fields(self) -> None:
        posting = self.detail.posting
        if posting is not None:
            self._apply(self.tracker_call(lambda t: t.reset_fields(posting.id)))

    def _set_outcome(self, outcome: Outcome | None) -> None:
        posting = self.detail.posting
        if posting is not None:
            self._apply(self.tracker_call(lambda t: t.set_outcome(posting.id, outcome)))

    def _step_stage(self, *, forward: bool) -> None:
        posting = self.detail.posting
        if posting is not None:
            self._set_stage(posting.stage.next() if forward else posting.stage.previous())

    def _apply(self, posting: Posting | None) -> None:
        if posting is None:
            return
        self.model.upsert(posting)
        if self.detail.posting is not None and self.detail.posting.id == posting.id:
            self._show(posting)

    def _set_verdict(self, item: str, status: Status | None) -> None:
        posting = self.detail.posting
        if posting is not None:
            self.tracker_call(lambda t: t.set_check_override(posting.id, item, status))
            self._show(posting)

    def edit_profile(self) -> None:
        profile = self.prompts.edit_profile(self._profile)
        if profile is None:
            return
        if self.tracker_call(lambda t: t.save_profile(profile), writes=False) is None:
            return
        self._profile = profile
        self.refresh_summaries()
        if self.detail.posting is not None:
            self._show(self.detail.posting)
        self.statusBar().showMessage(
            f"Profile saved: {len(profile.skills)} skills.", STATUS_TIMEOUT_MS
        )

    def show_learn_next(self) -> None:
        """Missing skills across open postings, most needed first; pick one to see them."""

        def shown(fits: dict[int, FitSummary]) -> None:
            open_ids = {p.id for p in self._all_postings() if not p.is_closed}
            rankings = Rankings(
                open=learn_next({k: v for k, v in fits.items() if k in open_ids}),
                all=learn_next(fits),
            )
            titles = {p.id: p.title or "untitled" for p in self._all_postings()}
            chosen = self.prompts.learn_next(rankings, titles)
            if chosen is not None:
                self._reveal(chosen)

        self._tasks.run(self.tracker.fit_summaries, shown, self._task_failed)

    def _all_postings(self) -> list[Posting]:
        return [self.model.posting_at(row) for row in range(self.model.rowCount())]

    def _dismiss_flag(self, flag: str, dismissed: bool) -> None:
        posting = self.detail.posting
        if posting is not None:
            self.tracker_call(lambda t: t.set_dismissed(posting.id, flag, dismissed))
            self._show(posting)

    def _add_message(self, received: date, text: str) -> None:
        posting = self.detail.posting
        if posting is None:
            return
        try:
            check_posting_text(text)
        except PasteError as exc:
            self.prompts.warn("Cannot add this message", str(exc))
            return
        if self.tracker_call(lambda t: t.add_message(posting.id, received, text)) is not None:
            self.detail.messages.paste_box.clear()
            self._show(posting)

    def _remove_message(self, message_id: int) -> None:
        posting = self.detail.posting
        if posting is not None:
            self.tracker_call(lambda t: t.delete_message(message_id))
            self._show(posting)

    def refresh_summaries(self) -> None:
        """Recompute every posting's fit, risk and hours on the database thread."""
        self._tasks.run(self.tracker.fit_summaries, self.model.set_fits, self._task_failed)
        self._tasks.run(self.tracker.risk_summaries, self.model.set_risks, self._task_failed)
        self.refresh_hours()

    def refresh_hours(self) -> None:
        """Put every posting's hours in the user's time for today, on the database thread."""
        today, zone = self.time.today(), self.time.zone_name
        self._tasks.run(
            lambda: self.tracker.hours_summaries(today, zone),
            self.model.set_hours,
            self._task_failed,
        )

    def _wait_for_next_day(self) -> None:
        self.day_timer.start(int(self.time.until_tomorrow().total_seconds() * 1000))

    def _day_changed(self) -> None:
        self.model.day_changed()
        self.refresh_hours()
        if self.detail.posting is not None:
            self._show(self.detail.posting)
        self._wait_for_next_day()

    def edit_my_hours(self) -> None:
        """Ask for the user's time zone and working hours; keep them and convert again."""
        answer = self.prompts.my_hours(self.time.zone_name, self.working_hours)
        if answer is None:
            return
        zone, working = answer
        following = zone == self.time.system_zone and self.time.chosen is None
        chosen = None if following else zone
        saved = self.tracker_call(lambda t: t.save_my_hours(chosen, working), writes=False)
        if saved is None:
            return
        chosen_zone, self.working_hours = saved
        self.time.choose(chosen_zone)
        self.model.zone_changed()
        self.refresh_hours()
        self._wait_for_next_day()
        if self.detail.posting is not None:
            self._show(self.detail.posting)
        self.statusBar().showMessage(
            f"Hours shown in {zone}; your working hours {working.hours_text} {working.days_text}.",
            STATUS_TIMEOUT_MS,
        )

    def delete_current(self) -> None:
        posting = self.detail.posting
        if posting is None or not self.prompts.confirm_delete(posting):
            return
        self.detail.flush()
        self.undo_stack.push(DeletePosting(self, posting))
        if self.model.row_of(posting.id) is None:
            self.statusBar().showMessage(
                f"Deleted “{posting.title or 'untitled'}”. Ctrl+Z brings it back.",
                STATUS_TIMEOUT_MS,
            )

    # Exporting

    def export_csv(self) -> None:
        self.detail.flush()
        path = self.prompts.export_path(self._ui_state.export_dir)
        if path is None:
            return
        self._ui_state.export_dir = str(path.parent)
        self.statusBar().showMessage(f"Exporting to {path}…")
        self.export_action.setEnabled(False)

        today, zone, local = self.time.today(), self.time.zone_name, self.time.zone

        def work() -> int:
            return self.tracker.export_csv(path, local, today, zone)

        def done(count: int) -> None:
            self.export_action.setEnabled(True)
            self.statusBar().showMessage(
                f"Exported {count} posting{'s' if count != 1 else ''} to {path}",
                STATUS_TIMEOUT_MS,
            )

        def failed(exc: Exception) -> None:
            self.export_action.setEnabled(True)
            if isinstance(exc, OSError):
                self.statusBar().clearMessage()
                self.prompts.warn("Export failed", f"Could not write {path}: {exc.strerror}.")
                return
            self._task_failed(exc)

        self._tasks.run(work, done, failed)

    # Store access

    def tracker_call(self, call: Callable[[Tracker], T], *, writes: bool = True) -> T | None:
        """Run a small operation on the GUI thread; None after warning of a known failure.

        Bugs still propagate to the crash dialog.
        """
        self._writes += int(writes)
        try:
            return call(self.tracker)
        except StoreError as exc:
            self._store_failed(exc)
            return None

    def _task_failed(self, exc: Exception) -> None:
        self.statusBar().clearMessage()
        if not isinstance(exc, StoreError):
            raise exc
        self._store_failed(exc)

    def _store_failed(self, error: StoreError) -> None:
        """A known storage failure: damage takes its own path, the rest is explained."""
        if error.problem is StoreProblem.CORRUPT:
            self._report_damage(error)
        else:
            self.prompts.warn("Database problem", str(error))

    # Selection and focus

    def select_posting(self, posting_id: int) -> bool:
        row = self.model.row_of(posting_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _reveal(self, posting_id: int) -> None:
        """Select a posting, clearing the filter if it hides it."""
        if not self.select_posting(posting_id) and self.search.text():
            self.search.clear()
            self.select_posting(posting_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_posting(None)
            return
        listed = self.model.posting_at(self.proxy.mapToSource(current).row())
        full = self.tracker_call(lambda t: t.get(listed.id), writes=False)
        self._show(full or listed)

    def _show(self, posting: Posting) -> None:
        """Show a posting in the detail pane with its checklist, and its fit in the table.

        Edits not saved yet are shown in place of the stored details.
        """
        if posting.id in self._unsaved:
            posting = replace(posting, details=self._unsaved[posting.id])
        view = self.tracker_call(
            lambda t: t.view(
                posting, self._profile, self.time.today(), self.time.zone_name, self.working_hours
            ),
            writes=False,
        )
        if view is not None:
            self._show_view(view)

    def _show_view(self, view: PostingView) -> None:
        self.detail.show_posting(
            view.posting,
            view.checks,
            hits=view.hits,
            messages=view.messages,
            dismissed=view.dismissed,
            hours=view.hours,
            working=self.working_hours,
        )
        self.model.set_hour(view.posting.id, view.hours_summary)
        self.model.set_risk(view.posting.id, view.risk)
        if view.fit is not None:
            self.model.set_fit(view.posting.id, view.fit)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        current = self.table.currentIndex()
        if not current.isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_counts()

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        noun = "posting" if total == 1 else "postings"
        self.counts.setText(f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}")

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _edit_title(self) -> None:
        if self.detail.posting is not None:
            self.detail.title_edit.setFocus()
            self.detail.title_edit.selectAll()

    def _show_tab(self, index: int) -> None:
        if self.detail.posting is not None:
            self.detail.tabs.setCurrentIndex(index)
            self.detail.tabs.currentWidget().setFocus()

    def _show_shortcuts(self) -> None:
        rows = [
            (
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                a.text().replace("&", ""),
            )
            for a in self.findChildren(QAction)
            if not a.shortcut().isEmpty()
        ]
        self.prompts.show_shortcuts(sorted(set(rows), key=lambda r: r[1]))

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.editingFinished.emit()
        if not self._unsaved_settled():
            event.ignore()
            return
        self._ui_state.save_layout(self, self._splitters(), self.table.horizontalHeader())
        self._tasks.shutdown()
        super().closeEvent(event)

    def _unsaved_settled(self) -> bool:
        """Before closing: save kept edits, or let the user choose; False keeps the window open."""
        self.retry_timer.stop()
        while self._unsaved:
            for posting_id, details in list(self._unsaved.items()):
                try:
                    self.tracker.save_details(posting_id, details)
                except StoreError as exc:
                    if exc.problem is not StoreProblem.NOT_FOUND:
                        self._unsaved_reason = str(exc)
                        break
                self._saved(posting_id, details)
            if not self._unsaved:
                return True
            choice = self.prompts.unsaved_edits(len(self._unsaved), self._unsaved_reason)
            if choice is UnsavedChoice.CANCEL:
                self.retry_timer.start()
                return False
            if choice is UnsavedChoice.COPY_AND_CLOSE:
                self._hand_over_unsaved()
                return True
        return True

    def _hand_over_unsaved(self) -> None:
        """The kept edits on the clipboard and, where the folder takes it, in a text file
        beside the database: a clipboard may not outlive the app."""
        text = "\n\n".join(
            f"{details.title or 'untitled'}"
            f"{' at ' + details.company if details.company else ''} (posting #{posting_id})\n"
            f"{details.notes}"
            for posting_id, details in self._unsaved.items()
        )
        QGuiApplication.clipboard().setText(text)
        kept = self.tracker.db_file.with_name(
            f"unsaved-edits-{self.time.local(self.time.now()):%Y%m%dT%H%M%S}.txt"
        )
        with contextlib.suppress(OSError):
            kept.write_text(text, encoding="utf-8")
        self._unsaved.clear()
