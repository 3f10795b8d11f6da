"""The main window: the tracker table, a search box and the selected posting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.collector import collector_paused
from desktop.domain.errors import DomainError, PasteError
from desktop.domain.reading.lines import display_title
from desktop.domain.red_flags.risk import Risk
from desktop.domain.skills.checklist import learn_next
from desktop.domain.tracking.insights import Insights
from desktop.domain.tracking.intake import DecodedText
from desktop.domain.tracking.nudges import AgendaItem, agenda
from desktop.domain.tracking.tracker import (
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    StageEvent,
)
from desktop.domain.tracking.worksearch import Activity, ReportWeek, write_report_csv
from desktop.services import PostingView, StoreError, StoreProblem, Tracker
from desktop.services.summaries import TableSummaries
from desktop.ui.adding import IMPORT_TAKES, PostingAdder, read_import
from desktop.ui.agenda_view import AgendaView
from desktop.ui.appearance import Appearance, AppearanceSwitch
from desktop.ui.column_fitter import ColumnFitter
from desktop.ui.detail_pane import DetailPane
from desktop.ui.editing import PostingEditor
from desktop.ui.filter_box import FilterBox
from desktop.ui.freshness import ChangeWatcher, ViewPlace
from desktop.ui.guard import TrackerGuard
from desktop.ui.loading import TableLoader
from desktop.ui.menus import build_menus, show_column_menu
from desktop.ui.posting_model import (
    DATE_COLUMNS,
    Column,
    PostingTableModel,
    short_hours,
    words_of,
)
from desktop.ui.prompts import BackupShelf, LiveDatabase, Prompts
from desktop.ui.proposal_actions import ProposalActions
from desktop.ui.reminders import Reminders, Tray
from desktop.ui.settings import UiState
from desktop.ui.tasks import Tasks
from desktop.ui.toolbar import build_toolbar
from desktop.ui.view_note import note_over
from desktop.ui.welcome import FirstSteps

if TYPE_CHECKING:
    from desktop.domain.tracking.importing import ImportRow
    from desktop.services import StoredPosting
    from desktop.ui.board_view import BoardView
    from desktop.ui.dialogs.report import ReportRequest

STATUS_TIMEOUT_MS = 8000
FILTER_HINT = "Filter by title, company, stage, notes or text  (Ctrl+F)"
# On Today the filter box filters the postings, in the list (or the board) it brings back.
FILTER_HINT_ON_TODAY = "Filter all postings: leaves Today for the {}  (Ctrl+F)"
FILTERING_FROM_TODAY = "Filtering all postings in the {}: Today lists only what is due (Ctrl+T)."
LOADING = "Loading postings…"
READING = "Reading the posting…"
# How often edits the database refused (locked, full) are tried again.
RETRY_MS = 5000
DEFAULT_WIDTHS = {
    Column.COMPANY: 112,
    Column.STAGE: 84,
    Column.SOURCE: 80,
    Column.ADDED: 84,
    Column.CHANGED: 84,
    Column.FOLLOW_UP: 84,
    Column.FIT: 44,
    Column.RISK: 62,  # "Medium" whole
    Column.HOURS: 104,
    Column.PAY: 130,
    Column.ENGAGEMENT: 110,
    Column.CLIENT: 70,
}
# Shown from the header's right-click menu; hidden at first so the title keeps its room.
HIDDEN_AT_FIRST = (Column.SOURCE, Column.CHANGED, Column.PAY, Column.ENGAGEMENT, Column.CLIENT)
T = TypeVar("T")


class SaidStep(QUndoCommand):
    """A step on the window's undo stack that says what it did, and what its undo and redo
    did, in the status bar: in place of what the step before said, as a message left from
    an earlier step told of an undo Ctrl+Z no longer makes."""

    def __init__(self, window: MainWindow, text: str) -> None:
        super().__init__(text)
        self._window = window

    def _say(self, note: str) -> None:
        self._window.statusBar().showMessage(note, STATUS_TIMEOUT_MS)

    def _stored(self, change: Callable[[Tracker], Posting]) -> Posting | None:
        """The change stored; None, and the step dropped, when it could not be (the error
        is shown where the store said it)."""
        stored = self._window.editor.store_change(change)
        if stored is None:
            self._dropped()
        return stored

    def _dropped(self) -> None:
        """Off the undo stack, saying nothing: the step did not happen."""
        self.setObsolete(True)
        self._say("")


class DeletePosting(SaidStep):
    """Deleting a posting, undoable until the app closes: the snapshot is put back whole."""

    def __init__(self, window: MainWindow, posting: Posting) -> None:
        self._title = f"“{posting.title or 'untitled'}”"
        super().__init__(window, f"delete {self._title}")
        self._posting_id = posting.id
        self._snapshot: StoredPosting | None = None

    def redo(self) -> None:
        deleted = self._window.guard.call(lambda t: t.delete(self._posting_id))
        if deleted is None:
            self._dropped()
            return
        again = " again" if self._snapshot is not None else ""  # Redo (Ctrl+Shift+Z)
        self._snapshot = deleted
        self._window.remove_posting(self._posting_id)
        self._say(f"Deleted {self._title}{again}. Ctrl+Z brings it back.")

    def undo(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        restored = self._window.guard.call(lambda t: t.restore(snapshot))
        if restored is None:
            self._dropped()
            return
        self._window.model.upsert(restored)
        self._window.reveal(restored.id)
        self._say(f"Brought back “{restored.title or 'untitled'}”.")


class FollowedUp(SaidStep):
    """Done on Today: "Followed up <day>." added to the posting's notes, and the next
    follow-up set a stage's silence away (a date still to come stays): silence counts from
    the application's last move, which a note is not, so a quiet posting would otherwise
    stay on Today. Undone, that line comes out of the notes and the date is back; what the
    user wrote or set since stays.

    Worked from the posting as stored, not the agenda's row: notes typed in the pane a
    moment before were kept, and would otherwise have been written over."""

    def __init__(self, window: MainWindow, posting: PostingRow) -> None:
        self._title = f"“{display_title(posting)}”"
        super().__init__(window, f"follow-up on {self._title}")
        self._posting_id = posting.id
        self._day = window.time.today()
        self._line = f"Followed up {self._day.isoformat()}."
        self._before: PostingDetails | None = None  # as they were before the Done
        self._done: PostingDetails | None = None  # as the Done left them

    def redo(self) -> None:
        posting_id, day, line = self._posting_id, self._day, self._line
        again = self._done is not None  # Redo (Ctrl+Shift+Z)

        limits = self._window.model.silence_limits

        def record(tracker: Tracker) -> Posting:
            posting = tracker.get(posting_id)
            details = posting.details
            notes = f"{details.notes}\n" if details.notes else ""
            due, limit = details.follow_up, limits.for_stage(posting.stage)
            following = due if due and due > day else None
            if following is None and limit is not None:
                following = day + timedelta(days=limit)
            done = replace(details, notes=f"{notes}{line}", follow_up=following)
            self._before, self._done = details, done
            return tracker.save_details(posting_id, done)

        if self._stored(record) is None:
            return
        self._window.refresh_agenda()
        said = "Redone: followed up" if again else "Followed up"
        following = self._done.follow_up if self._done else None
        next_one = f", next follow-up {following.isoformat()}" if following else ""
        self._say(
            f"{said} on {self._title} — noted {day.isoformat()}{next_one}. Ctrl+Z takes it back."
        )

    def undo(self) -> None:
        before, done, posting_id = self._before, self._done, self._posting_id
        if before is None or done is None:
            return

        def take_back(tracker: Tracker) -> Posting:
            now = tracker.get(posting_id).details
            added = done.notes.removeprefix(before.notes)  # "\nFollowed up <day>."
            notes = now.notes
            if now.notes == done.notes:
                notes = before.notes
            elif added in now.notes:  # written after since: only the line comes out
                head, _, tail = now.notes.rpartition(added)
                notes = head + tail
            follow_up = before.follow_up if now.follow_up == done.follow_up else now.follow_up
            return tracker.save_details(posting_id, replace(now, notes=notes, follow_up=follow_up))

        back = self._stored(take_back)
        if back is None:
            return
        self._window.refresh_agenda(choose=posting_id)
        self._say(f"Undone: the follow-up on {self._title} is no longer noted.")


class Snoozed(SaidStep):
    """In a week on Today: the next follow-up a week from today, so that Today asks again
    then. Undone, the date it had is back; a date set since stays.

    Worked from the posting as stored, as Done is: set on the agenda's row, the date wrote
    over notes typed in the pane a moment before."""

    def __init__(self, window: MainWindow, posting: PostingRow) -> None:
        self._title = f"“{display_title(posting)}”"
        super().__init__(window, f"follow-up on {self._title} in a week")
        self._posting_id = posting.id
        self._day = window.time.today() + timedelta(days=7)
        self._before: date | None = None  # the follow-up date it had
        self._again = False  # Redo (Ctrl+Shift+Z)

    def redo(self) -> None:
        posting_id, day = self._posting_id, self._day

        def snooze(tracker: Tracker) -> Posting:
            details = tracker.get(posting_id).details
            self._before = details.follow_up
            return tracker.save_details(posting_id, replace(details, follow_up=day))

        if self._stored(snooze) is None:
            return
        self._window.refresh_agenda()
        said = "Redone: next" if self._again else "Next"
        self._again = True
        self._say(
            f"{said} follow-up on {self._title}: {day.isoformat()}, in a week. "
            "Ctrl+Z takes it back."
        )

    def undo(self) -> None:
        posting_id, before, day = self._posting_id, self._before, self._day

        def take_back(tracker: Tracker) -> Posting:
            posting = tracker.get(posting_id)
            if posting.details.follow_up != day:  # set since: it stays
                return posting
            return tracker.save_details(posting_id, replace(posting.details, follow_up=before))

        back = self._stored(take_back)
        if back is None:
            return
        self._window.refresh_agenda(choose=posting_id)
        now = back.details.follow_up
        self._say(
            f"Undone: {self._follow_up(now)}{' again' if now == before else ', as set since'}."
        )

    def _follow_up(self, day: date | None) -> str:
        if day is None:
            return f"{self._title} has no follow-up date"
        return f"the follow-up on {self._title} is {day.isoformat()}"


class ClosedUnanswered(SaidStep):
    """No response on Today: the application closed with that outcome. Undone, it is open
    again as it was: neither the closing nor a reopening in its history (the funnel would
    count both), its silence counted from its last move as before, so back on Today. An
    outcome the user chose since stays.

    Worked from the posting as stored: one closed since Today was worked out is left so."""

    def __init__(self, window: MainWindow, posting: PostingRow) -> None:
        self._title = f"“{display_title(posting)}”"
        super().__init__(window, f"close {self._title} as {Outcome.NO_RESPONSE.label}")
        self._posting_id = posting.id
        self._recorded: StageEvent | None = None  # the closing, in the posting's history
        self._changed_at: datetime | None = None  # when it last changed before it
        self._again = False  # Redo (Ctrl+Shift+Z)

    def redo(self) -> None:
        posting_id, outcome = self._posting_id, Outcome.NO_RESPONSE
        self._recorded = None

        def close(tracker: Tracker) -> Posting:
            posting = tracker.get(posting_id)
            if posting.outcome is not None:
                return posting
            self._changed_at = posting.updated_at
            closed = tracker.set_outcome(posting_id, outcome)
            self._recorded = next(e for e in reversed(closed.history) if e.name == outcome.value)
            return closed

        closed = self._window.editor.store_change(close)
        if closed is None or self._recorded is None:  # not stored, or closed since
            self.setObsolete(True)
            self._window.refresh_agenda()
            self._say(f"{self._title} was closed already." if closed else "")
            return
        self._window.refresh_agenda()
        said = "Redone: closed" if self._again else "Closed"
        self._again = True
        self._say(f"{said} {self._title} as {outcome.label}. Ctrl+Z takes it back.")

    def undo(self) -> None:
        posting_id, recorded, changed_at = self._posting_id, self._recorded, self._changed_at
        if recorded is None or changed_at is None:
            return

        def reopen(tracker: Tracker) -> Posting:
            posting = tracker.get(posting_id)
            if posting.outcome is not Outcome.NO_RESPONSE:  # chosen since: it stays
                return posting
            return tracker.take_back_outcome(posting_id, None, recorded, changed_at)

        back = self._stored(reopen)
        if back is None:
            return
        self._window.refresh_agenda(choose=posting_id)
        if back.outcome is None:
            self._say(f"Undone: {self._title} is open again.")
        else:
            self._say(f"Undone: {self._title} stays {back.outcome.label}, as set since.")


class MainWindow(QMainWindow):
    """Tracker table on the left, the selected posting on the right.

    Single-row reads and writes run on the GUI thread (indexed, bounded); loading
    every posting, reading a pasted one, checking the file and exporting run through
    `tasks` on the database thread.

    Signals:
        posting_added(Posting): a pasted or typed posting was stored and selected.
        database_damaged(StoreError): the file was found damaged; nothing more is written to it.
        restore_wanted(Path): the user chose a backup to open in place of the database; the
            window closes so the composition root can swap the files.
    """

    posting_added = Signal(object)
    database_damaged = Signal(object)
    restore_wanted = Signal(object)

    def __init__(
        self,
        tracker: Tracker,
        tasks: Tasks,
        ui_state: UiState,
        *,
        prompts: Prompts | None = None,
        searches: Tasks | None = None,
        log_folder: Path | None = None,
        appearance: AppearanceSwitch | None = None,
        tray: Tray | None = None,
        backups: BackupShelf | None = None,
    ) -> None:
        super().__init__()
        self.log_folder = log_folder
        self.backup_shelf = backups
        self.appearance = appearance
        self.tracker = tracker
        self._watch_outside()  # before the first read: what others commit later is seen
        self.time = time = tracker.time
        _, self.working_hours = tracker.my_hours()
        self._ui_state = ui_state
        self.prompts = prompts or Prompts(self, time)
        self.guard = TrackerGuard(tracker, tasks, self.prompts, self)
        # Searches have their own thread, so typing never waits behind a long summary.
        self._searches = searches or tasks
        self._query: list[str] = []
        self._refiltering = False
        self.guard.damaged.connect(self.database_damaged)
        self._profile = tracker.profile()
        self._hours_confirmed = tracker.hours_confirmed()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.model = PostingTableModel(time, self)
        self.model.set_silence_limits(tracker.silence_limits())
        self.model.set_fit_shown(bool(self._profile.skills))
        self.reminders = Reminders(tray, self)
        self.reminders.set_enabled(ui_state.reminders)
        # The agenda worked out again every minute for the tray's reminders (not its view).
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60_000)
        self.reminder_timer.timeout.connect(self._remind)
        self.reminder_timer.start()
        self._listing = False  # the whole list is being read
        self._prepared = False  # the reader's patterns are compiled (Tracker.prepare)
        self._build()
        self._build_workers()
        self.menu_actions = build_menus(self)
        self.toolbar = build_toolbar(self, self.menu_actions)
        self.views.currentChanged.connect(self._view_changed)
        if not ui_state.restore_layout(self, self._splitters(), self.table.horizontalHeader()):
            self._first_size()
            self.splitter.setSizes([740, 540])  # the pane's six tabs fit at 1024 pixels too
        self._fit_to_screen()
        self.menu_actions.board.setChecked(ui_state.board_shown)
        self._start_loading()
        # Hours in the user's time and overdue follow-ups depend on the day.
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self._day_changed)
        self._wait_for_next_day()

    # Building

    def _start_loading(self) -> None:
        """The newest postings in the table for the first paint, the first view chosen by
        them (Today when one is due), and the whole list asked for."""
        self.loader = TableLoader(self.guard, self.model, self)
        self.loader.loading.connect(self._loading)
        self.loader.told.connect(self._tell)
        self.loader.progress.connect(self.statusBar().showMessage)
        self._preparing = False  # Tracker.prepare was asked for
        self._agenda_offered = False  # the whole agenda was worked out once the list was in
        self.loader.start()
        self._open_on_today_if_due()

    def _build_workers(self) -> None:
        """The editor of the posting shown and the adder of new ones, wired to the window."""
        self.editor = PostingEditor(
            self.guard,
            self.prompts,
            self.detail,
            time=self.time,
            undo_stack=self.undo_stack,
            parent=self,
        )
        self.editor.changed.connect(self._apply)
        self.editor.show_again.connect(self._show_current)
        self.editor.told.connect(self._tell)
        self.editor.undone.connect(self._undone)
        self.agenda.opened.connect(self._open_from_agenda)
        self.agenda.chosen.connect(self._agenda_chosen)
        self.agenda.snoozed.connect(self._snooze)
        self.agenda.done.connect(self._followed_up)
        self.agenda.closed.connect(self._close_quiet)
        self.adder = PostingAdder(self.guard, self.prompts, self)
        self.adder.busy.connect(self._reading)
        self.adder.added.connect(self._added)
        self.adder.reveal.connect(self.reveal)
        self.adder.told.connect(self._tell)
        self.search.posting_pasted.connect(self.adder.paste)
        self.detail.welcome.paste_wanted.connect(self.adder.paste)
        self.detail.welcome.skills_wanted.connect(self.edit_profile)
        self.detail.welcome.hours_wanted.connect(self.edit_my_hours)
        self.detail.company_wanted.connect(self.search.setText)
        self.detail.events.add_wanted.connect(self.add_event)
        self.detail.events.remove_wanted.connect(self._remove_event)
        self.proposals = ProposalActions(
            self.guard,
            self.prompts,
            self.detail.proposal_view,
            shown=lambda: self.detail.posting,
            profile=lambda: self._profile,
            parent=self,
        )
        self.proposals.changed.connect(self._show_current)
        self.detail.contact_box.edited.connect(
            lambda posting_id, contact: self.guard.call(
                lambda t: t.save_contact(posting_id, contact)
            )
        )
        self.proposals.told.connect(self._tell)
        self.statusBar().insertPermanentWidget(0, self.editor.note)

    def _first_size(self) -> None:
        """1280×800, within nine tenths of the screen and centred on it: the title bar and
        frame come on top of the size given, and a window the screen's size lost its status
        bar below a 1280×800 screen's edge."""
        screen = self.screen()
        if screen is None:
            self.resize(1280, 800)
            return
        available = screen.availableGeometry()
        width = min(1280, available.width() * 9 // 10)
        height = min(800, available.height() * 9 // 10)
        self.resize(width, height)
        self.move(available.center() - QPoint(width // 2, height // 2))

    def _fit_to_screen(self) -> None:
        """Keep the window within the screen it opens on: a size and place saved on a bigger
        one would leave the pane's right side and the status bar off the screen."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = min(self.width(), available.width())
        height = min(self.height(), available.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        left = min(max(self.x(), available.left()), available.right() + 1 - width)
        top = min(max(self.y(), available.top()), available.bottom() + 1 - height)
        if (left, top) != (self.x(), self.y()):
            self.move(left, top)

    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = FilterBox()
        self.search.setPlaceholderText(FILTER_HINT)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Filter postings")
        left_layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.ADDED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Tracked postings")
        # Said when the filter lets nothing through (the detail pane says how to see them
        # all again), gone as the filter changes.
        self.no_match = note_over(self.table)
        self._build_columns()
        self._board: BoardView | None = None  # built when first shown (Ctrl+B): 20 ms
        self.board_actions: list[QAction] = []  # the keys that work on the board alone
        self.views = QStackedWidget()  # the list or the board (Ctrl+B)
        self.views.addWidget(self.table)
        self.agenda = AgendaView()  # Ctrl+T
        self.views.addWidget(self.agenda)
        left_layout.addWidget(self.views, 1)

        self.detail = DetailPane(self.time)
        # Never so narrow that the pane's tabs lose their names (at 1024 pixels, say).
        self.detail.setMinimumWidth(self.detail.tabs.tabBar().sizeHint().width() + 24)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self.focus_postings)
        self.search.down_wanted.connect(self.focus_postings)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.rowsRemoved.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)

    def _build_columns(self) -> None:
        """The table's columns: their widths, those hidden at first, fitted to its width."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a shrunk header keeps its start
        metrics = self.table.fontMetrics()
        whole_date = metrics.horizontalAdvance("2026-12-31") + 14
        # Hours on the hour are as short as a date ("16–07 (+1)"), and cut say nothing.
        minimums: dict[int, int] = dict.fromkeys(DATE_COLUMNS, whole_date)
        minimums[Column.HOURS] = metrics.horizontalAdvance(short_hours("16:00–07:00 (+1)")) + 14
        # The stage, a reminder ("close? 21 d"), a fit and a risk level say little cut short.
        whole = (Column.STAGE, Column.FOLLOW_UP, Column.FIT, Column.RISK)
        # Cut only where the title and the company would not read otherwise, the one that
        # matters least first: the hours and the dates say themselves in full in their
        # tooltips and the detail pane; a reminder asks for a move, and a risk warns.
        yielding = (
            Column.HOURS,
            Column.CHANGED,
            Column.ADDED,
            Column.FIT,
            Column.FOLLOW_UP,
            Column.RISK,
        )
        self.column_fitter = ColumnFitter(
            self.table,
            Column.TITLE,
            minimums,
            whole,
            compact=DATE_COLUMNS,
            readable=(Column.COMPANY,),
            yielding=yielding,
        )
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda at: show_column_menu(self.table, at))

    def show_about(self) -> None:
        """Help → About: the version and the data folder, which it can open."""
        folder = self.tracker.data_file.parent
        wanted = self.prompts.about(__version__, self.tracker.data_file)
        if wanted and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.prompts.warn("Data folder", f"Gigdesk could not open {folder}.")

    def show_backups(self) -> None:
        """File → Backups…: list them, make one now; a backup chosen is opened in place of
        the database."""
        backups = self.guard.call(lambda t: t.backups(), writes=False)
        live = LiveDatabase(self.tracker.data_file, self.backup_shelf, self.guard.run)
        chosen = self.prompts.backup_to_restore(backups or [], live)
        if chosen is not None:
            self.restore_wanted.emit(chosen.path)
            self.close()

    def set_reminders(self, enabled: bool) -> None:
        """View → Reminders in the tray: on or off, remembered."""
        self.reminders.set_enabled(enabled)
        self._ui_state.reminders = enabled

    def set_appearance(self, appearance: Appearance) -> None:
        """View → Appearance: light, dark or the system's; remembered for the next start."""
        if self.appearance is not None:
            self.appearance.apply(appearance)
        self._ui_state.appearance = appearance

    def open_log_folder(self) -> None:
        """Show the log folder in the file manager, so the log can go with a bug report."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder))):
            self.prompts.warn("Log folder", f"Gigdesk could not open {self.log_folder}.")

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter}

    # Loading

    def reload(self) -> None:
        self.loader.reload()

    def _loading(self, loading: bool) -> None:
        """The list is being read; once in the table, the posting on show stays selected."""
        self._listing = loading
        self._update_counts()
        if loading:
            self.statusBar().showMessage(LOADING)
            return
        if self.statusBar().currentMessage() == LOADING:
            self.statusBar().clearMessage()
        if not self._preparing:
            # The search thread is idle now: it opens the Store and compiles the reader's
            # patterns, and the first posting is shown once they are ready (on this thread
            # they froze the window for 0.8 s; begun at start, they slowed the list down).
            self._preparing = True
            self._searches.run(self.tracker.prepare, self._ready, self._task_failed)
        elif self._prepared:
            self._offer_agenda()
        if self.detail.posting is not None:
            self.select_posting(self.detail.posting.id)
        elif self._prepared:
            self._select_first()

    def _ready(self, _: None) -> None:
        self._prepared = True
        if not self._listing:
            if self.detail.posting is None:
                self._select_first()
            self._offer_agenda()

    def _offer_agenda(self) -> None:
        """Once, the whole agenda (events and the older postings too), on Today if the
        window opened on it (`_open_on_today_if_due`), else said in the status bar. Worked
        out after the first posting shows: beside it, the agenda's pass over every row
        (100,000 of them) doubled the time the window took to show that posting."""
        if not self._agenda_offered:
            self._agenda_offered = True
            self._refresh_agenda(if_due=True)

    def _select_first(self) -> None:
        """Select the first row (on Today, show the posting chosen there), and give the
        postings the focus (so that Ctrl+V adds a posting and the arrow keys move) unless
        the user has started on the filter."""
        if self._on_today():
            self._follow_agenda()
        elif self.model.rowCount():
            self.table.selectRow(0)
        if not self.search.text():
            self.focus_postings()

    # Changes made by another program

    def _watch_outside(self) -> None:
        """Look for changes the command line (or any other program) makes while the window
        is open: as it is activated, and every few seconds while it shows."""
        self.changes = self.tracker.watch_changes()
        self._changed_outside = False  # and not in the table yet
        self._catching_up = False  # the list is being loaded again for them
        self._pane_behind = False  # the pane shows the posting as it was before them
        self._awaiting_focus = False  # until the user leaves the pane's editor
        self._shown_view: PostingView | None = None  # what the pane shows
        self.freshness = ChangeWatcher(self, self.changes.changed)
        self.freshness.changed.connect(self._changed_elsewhere)

    def _changed_elsewhere(self) -> None:
        """Another program (`gigdesk stage`, `add`, `profile import`...) committed to the
        file: the settings, the profile and the posting on show brought up to date here
        (small reads), then the whole list and its summaries on the database thread."""
        self._follow_settings()
        self._pane_behind = True
        self._refresh_pane()
        self._changed_outside = True
        self._catch_up()

    def _follow_settings(self) -> None:
        """The profile, the user's zone and hours and the follow-up limits as stored now; a
        new profile leaves every Fit stale (its basis names the profile), which the reload
        works out again."""
        stored = self.guard.call(
            lambda t: (t.profile(), t.my_hours(), t.hours_confirmed(), t.silence_limits()),
            writes=False,
        )
        if stored is None:
            return
        profile, (zone, working), self._hours_confirmed, limits = stored
        if profile != self._profile:
            self._profile = profile
            self.model.set_fit_shown(bool(profile.skills))
        if zone != self.time.chosen or working != self.working_hours:
            self.time.choose(zone)
            self.working_hours = working
            self.model.zone_changed()
            self._wait_for_next_day()
        if limits != self.model.silence_limits:
            self.model.set_silence_limits(limits)
        self._show_first_steps()

    def _refresh_pane(self, *, now: bool = False) -> None:
        """The posting on show read again and shown, unless the user is typing in one of the
        pane's editors: then once they leave it (what they typed saved first), or at once
        with `now`, what they typed saved as the window's closing saves it."""
        if not self._pane_behind:
            return
        if self._typing_in_pane():
            if not now:
                self._await_focus(True)
                return
            focused = self.focusWidget()
            if isinstance(focused, QLineEdit):
                focused.editingFinished.emit()
        self._await_focus(False)
        self._pane_behind = False
        self.detail.flush()  # notes typed a moment ago, saved before the pane fills again
        shown = self.detail.posting
        if shown is None:
            return
        try:
            posting = self.tracker.get(shown.id)
        except StoreError as exc:
            if exc.problem is not StoreProblem.NOT_FOUND:
                self.guard.failed(exc)
            return  # deleted elsewhere: the reload takes its row away
        self.model.upsert(posting)
        view = self._view_of(posting)
        if view is not None and view != self._shown_view:  # as it was: the lists keep their place
            self._show_view(view)

    def _typing_in_pane(self) -> bool:
        """Whether the focus is in one of the detail pane's editors, which may hold what the
        user has typed and not yet saved (a field saves when left, the notes a moment after)."""
        focused = self.focusWidget()  # the window's, kept while another program is active
        if focused is None or not self.detail.isAncestorOf(focused):
            return False
        if isinstance(focused, QLineEdit | QPlainTextEdit | QTextEdit):
            return not focused.isReadOnly()
        return isinstance(focused, QAbstractSpinBox)

    def _await_focus(self, waiting: bool) -> None:
        """Hear (or stop hearing) where the focus goes, until the user leaves the editor."""
        if waiting == self._awaiting_focus:
            return
        self._awaiting_focus = waiting
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if waiting:
            app.focusChanged.connect(self._focus_moved)
        else:
            app.focusChanged.disconnect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # Once the editor the focus left has saved what it held (its editingFinished).
        QTimer.singleShot(0, self, self._refresh_pane)

    def _catch_up(self) -> None:
        """Load the list again through the table's loader (the database thread), then
        filter it again, keeping the selection and where the table was scrolled."""
        if self._catching_up or not self._changed_outside:
            return  # the load running now ends with another if more came meanwhile
        self._changed_outside = False
        self._catching_up = True
        # Where the table is scrolled when the rows are replaced, not when they were asked
        # for: the user may scroll meanwhile.
        places: list[ViewPlace] = []

        def reloaded() -> None:
            if places:
                self._settle_view(places[-1])
            self._filter_again()

        self.loader.reload(
            then=reloaded, before=lambda: places.append(ViewPlace.of(self.table, self.model))
        )

    def _filter_again(self) -> None:
        """The filter's words searched again: a posting added or moved elsewhere may match."""
        words = self._query
        if not words:
            self._caught_up()
            return

        def found(matches: list[frozenset[int]]) -> None:
            if words == self._query:
                place = ViewPlace.of(self.table, self.model)
                self._filter(words, matches)
                self._settle_view(place)
            self._caught_up()

        def failed(exc: Exception) -> None:
            self._caught_up()
            self._task_failed(exc)

        self._searches.run(lambda: self.tracker.search(words), found, failed)

    def _settle_view(self, place: ViewPlace) -> None:
        """The table scrolled back to `place` once its rows were replaced; a posting on show
        that is gone (deleted elsewhere) leaves the first row selected."""
        shown = self.detail.posting
        if shown is not None and self.model.row_of(shown.id) is None:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.detail.show_posting(None)
        place.restore(self.table, self.model)

    def _caught_up(self) -> None:
        self._catching_up = False
        if self.views.currentWidget() is self.agenda:
            self._refresh_agenda()
        self._tell("Updated with changes made outside this window.")
        self._catch_up()

    def step_stage(self, *, forward: bool) -> None:
        """Ctrl+] and Ctrl+[: the posting on show a stage on or back from the stage it is at
        now, a change made elsewhere and not shown yet brought in first."""
        self.freshness.check()
        self._refresh_pane(now=True)
        self.editor.step_stage(forward=forward)

    # Adding

    def add_posting_text(self, text: str) -> None:
        """Store a pasted posting; `posting_added` says when it has been read and stored."""
        self.adder.add(text)

    def _reading(self, busy: bool) -> None:
        """While a posting is read: a word in the status bar, and no second paste."""
        for adding in (self.menu_actions.paste, self.menu_actions.new):
            adding.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(READING)
        elif self.statusBar().currentMessage() == READING:
            self.statusBar().clearMessage()

    def _added(self, posting: Posting, said: str) -> None:
        self.model.upsert(posting)
        self.menu_actions.today.setChecked(False)  # the new posting in its list
        self.reveal(posting.id)
        self._tell(f"Added #{posting.id}: {posting.title or 'untitled'}{said}")
        self.posting_added.emit(posting)

    def _tell(self, note: str) -> None:
        self.statusBar().showMessage(note, STATUS_TIMEOUT_MS)

    def _undone(self, posting_id: int, note: str) -> None:
        """A stage change undone or redone: its posting selected, and said."""
        self.reveal(posting_id)
        self._tell(note)

    # Editing

    def _apply(self, posting: Posting) -> None:
        """An edit was stored: its row, and the pane if it shows that posting."""
        self.model.upsert(posting)
        if self.detail.posting is not None and self.detail.posting.id == posting.id:
            self._show(posting)

    def _show_current(self) -> None:
        if self.detail.posting is not None:
            self._show(self.detail.posting)

    def edit_profile(self) -> None:
        """The profile saved on the database thread (its first save in a run compiles the
        Store's statements: a quarter of a second the window stood still), then every
        posting's fit worked out again there."""
        profile = self.prompts.edit_profile(self._profile)
        if profile is None:
            return

        def saved(_: object) -> None:
            self._profile = profile
            self.model.set_fit_shown(bool(profile.skills))
            self._show_first_steps()
            self.loader.refresh_summaries()
            self._show_current()
            self.statusBar().showMessage(
                f"Profile saved: {len(profile.skills)} skills.", STATUS_TIMEOUT_MS
            )

        self.guard.run(lambda: self.tracker.save_profile(profile), saved)

    def log_activity(self) -> None:
        """Tools → Log a work-search activity, kept for the report."""
        activity = self.prompts.new_activity(self.time.today())
        if activity is None:
            return
        try:
            logged = self.guard.call(lambda t: t.add_activity(activity))
        except DomainError as exc:
            self.prompts.warn("Activity not logged", str(exc))
            return
        if logged is not None:
            self._tell(f"Logged {logged.kind.label.lower()} “{logged.name}” on {logged.day}")

    def work_search_report(self) -> None:
        """File → Work-search report: the weekly log, worked out on the database thread
        and written as a PDF (laid out here, by Qt) or a CSV."""
        header = self.guard.call(lambda t: t.report_header(), writes=False) or ("", "")

        def write(asked: ReportRequest) -> str:
            self.guard.call(lambda t: t.save_report_header(asked.name, asked.claim))

            def work() -> list[ReportWeek]:
                return self.tracker.work_search_report(
                    asked.start,
                    asked.end,
                    week_start=asked.week_start,
                    minimum=asked.minimum,
                    different_days=asked.different_days,
                    minimum_hours=asked.minimum_hours,
                )

            self.guard.run(work, lambda weeks: self._write_report(asked, weeks))
            return f"Writing {asked.path}…"

        def activities(start: date, end: date) -> list[Activity]:
            found = self.guard.call(lambda t: t.activities(start, end), writes=False)
            return found or []

        def forget(activity_id: int) -> object:
            return self.guard.call(lambda t: t.delete_activity(activity_id))

        self.prompts.work_search_report(self.time.today(), write, header, activities, forget)

    def _write_report(self, asked: ReportRequest, weeks: list[ReportWeek]) -> None:
        from desktop.report_pdf import report_html, write_report_pdf

        try:
            if asked.pdf:
                html = report_html(
                    weeks,
                    start=asked.start,
                    end=asked.end,
                    minimum=asked.minimum,
                    minimum_hours=asked.minimum_hours,
                    different_days=asked.different_days,
                    name=asked.name,
                    claim=asked.claim,
                )
                write_report_pdf(asked.path, html)
            else:
                write_report_csv(weeks, asked.path)
        except OSError as exc:
            self.prompts.warn(
                "Report not written", f"Could not write {asked.path}: {exc.strerror}."
            )
            return
        short = sum(week.short for week in weeks)
        self._tell(f"Wrote {asked.path}: {len(weeks)} weeks, {short} short of {asked.minimum}")

    def show_insights(self) -> None:
        """Tools → Insights: the charts, worked out on the database thread."""

        def request(start: date, end: date, source: str, show: Callable[[Insights], None]) -> None:
            self.guard.run(lambda: self.tracker.insights(start, end, source), show)

        sources = self.guard.call(lambda t: t.sources(), writes=False) or []
        self.prompts.insights(request, self.time.today(), sources)

    def show_learn_next(self) -> None:
        """Missing skills across open postings, most needed first; pick one to see them.
        Postings at high scam risk are left out: their "requirements" are bait."""
        from desktop.ui.dialogs.learn import Rankings

        def shown(summaries: TableSummaries) -> None:
            scams = {k for k, risk in summaries.risks.items() if risk.level == Risk.HIGH}
            fits = {k: v for k, v in summaries.fits.items() if k not in scams}
            open_ids = {p.id for p in self._all_postings() if not p.is_closed}
            rankings = Rankings(
                open=learn_next({k: v for k, v in fits.items() if k in open_ids}),
                all=learn_next(fits),
            )
            titles = {p.id: display_title(p) for p in self._all_postings()}
            chosen = self.prompts.learn_next(rankings, titles)
            if chosen is not None:
                self.reveal(chosen)

        self.guard.run(self.tracker.summaries, shown, self._task_failed)

    def _all_postings(self) -> list[PostingRow]:
        return self.model.every_posting()

    def _wait_for_next_day(self) -> None:
        self.day_timer.start(int(self.time.until_tomorrow().total_seconds() * 1000))

    def _day_changed(self) -> None:
        self.model.day_changed()
        self.loader.refresh_summaries()
        if self.detail.posting is not None:
            self._show(self.detail.posting)
        self._wait_for_next_day()

    def edit_silence_limits(self) -> None:
        """Tools → Follow-up reminders: the days of silence, by stage, before a nudge."""
        limits = self.prompts.silence_limits(self.model.silence_limits)
        if limits is None:
            return
        saved = self.guard.call(lambda t: t.save_silence_limits(limits), writes=False)
        if saved is not None:
            self.model.set_silence_limits(saved)

    def edit_my_hours(self) -> None:
        """Ask for the user's time zone and working hours; keep them and convert again."""
        answer = self.prompts.my_hours(self.time.zone_name, self.working_hours)
        if answer is None:
            return
        zone, working = answer
        following = zone == self.time.system_zone and self.time.chosen is None
        chosen = None if following else zone
        saved = self.guard.call(lambda t: t.save_my_hours(chosen, working), writes=False)
        if saved is None:
            return
        _, self.working_hours = saved
        self._hours_confirmed = True
        self._show_first_steps()
        self.model.zone_changed()
        self.loader.refresh_summaries()
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

    # Exporting

    def export_csv(self) -> None:
        self.detail.flush()
        path = self.prompts.export_path(self._ui_state.export_dir)
        if path is None:
            return
        self._ui_state.export_dir = str(path.parent)
        self.statusBar().showMessage(f"Exporting to {path}…")
        self.menu_actions.export.setEnabled(False)

        def work() -> int:
            return self.tracker.export_csv(path)

        def done(count: int) -> None:
            self.menu_actions.export.setEnabled(True)
            self.statusBar().showMessage(
                f"Exported {count} posting{'s' if count != 1 else ''} to {path}",
                STATUS_TIMEOUT_MS,
            )

        def failed(exc: Exception) -> None:
            self.menu_actions.export.setEnabled(True)
            if isinstance(exc, OSError):
                self.statusBar().clearMessage()
                self.prompts.warn("Export failed", f"Could not write {path}: {exc.strerror}.")
                return
            self._task_failed(exc)

        self.guard.run(work, done, failed)

    def import_file(self) -> None:
        """File → Import…: a spreadsheet read on the database thread, checked by the user in
        a dialog, and its rows written there in one transaction; any other file a posting
        saved as text (`read_import`), added as a paste is."""
        from desktop.domain.tracking.importing import ImportPlan, read_sheet

        path = self.prompts.import_path(self._ui_state.export_dir)
        if path is None:
            return
        self._ui_state.export_dir = str(path.parent)
        self.statusBar().showMessage(f"Reading {path}…")

        def failed(exc: Exception) -> None:
            self.statusBar().clearMessage()
            if isinstance(exc, PasteError):
                self.prompts.warn(
                    "Cannot add this posting", f"{path.name}: {exc}\n\n{IMPORT_TAKES}"
                )
                return
            if isinstance(exc, OSError | DomainError):
                reason = exc.strerror if isinstance(exc, OSError) else str(exc)
                self.prompts.warn("Nothing imported", f"Could not read {path}: {reason}.")
                return
            self._task_failed(exc)

        def read() -> ImportPlan | DecodedText:
            found = read_import(path)
            if isinstance(found, DecodedText):
                return found
            return ImportPlan.of(read_sheet(found), self.time.today())

        def tracked(rows: list[ImportRow]) -> list[bool]:
            # One indexed query over the file's rows (the dialog's preview).
            known = self.guard.call(lambda t: t.already_tracked(rows), writes=False)
            return known if known is not None else [False] * len(rows)

        def check(found: ImportPlan | DecodedText) -> None:
            self.statusBar().clearMessage()
            if isinstance(found, DecodedText):
                self.adder.add_file(found, path.name)
                return
            asked = self.prompts.import_sheet(found, path.name, tracked)
            if asked is not None:
                self._import(path, *asked, failed)

        self.guard.run(read, check, failed)

    def _import(
        self,
        path: Path,
        rows: list[ImportRow],
        keep_duplicates: bool,
        failed: Callable[[Exception], None],
    ) -> None:
        self.statusBar().showMessage(f"Importing {len(rows):,} rows from {path.name}…")

        def done(imported: tuple[list[int], list[ImportRow]]) -> None:
            numbers, duplicates = imported
            self.reload()
            postings = f"{len(numbers):,} posting{'s' if len(numbers) != 1 else ''}"
            if numbers:
                self.loader.read_in_background(
                    numbers,
                    f"Reading the imported postings from {path.name}",
                    f"Read the {postings} imported from {path.name}.",
                )
            note = f"Imported {postings}"
            if duplicates:
                lines = ", ".join(str(row.line) for row in duplicates[:5])
                more = ", …" if len(duplicates) > 5 else ""
                kept = "imported again" if keep_duplicates else "left out"
                note += f"; {len(duplicates):,} already tracked, {kept} (lines {lines}{more})"
            self._tell(f"{note} from {path.name}")

        self.guard.run(
            lambda: self.tracker.import_rows(rows, keep_duplicates=keep_duplicates), done, failed
        )

    def export_calendar(self) -> None:
        """Events and follow-up dates as an iCalendar file, on the database thread."""
        self.detail.flush()
        path = self.prompts.calendar_path(self._ui_state.export_dir)
        if path is None:
            return
        self._ui_state.export_dir = str(path.parent)

        def done(count: int) -> None:
            self.statusBar().showMessage(
                f"Exported {count} calendar item{'s' if count != 1 else ''} to {path}",
                STATUS_TIMEOUT_MS,
            )

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                self.prompts.warn("Export failed", f"Could not write {path}: {exc.strerror}.")
                return
            self._task_failed(exc)

        self.guard.run(lambda: self.tracker.export_calendar(path), done, failed)

    # Events

    def add_event(self) -> None:
        """Ask for an event of the posting on show and keep it."""
        posting = self.detail.posting
        if posting is None:
            return
        answer = self.prompts.new_event(posting)
        if answer is None:
            return
        added = self.guard.call(
            lambda t: t.add_event(
                posting.id,
                answer.kind,
                answer.start,
                zone=answer.zone,
                minutes=answer.minutes,
                note=answer.note,
            )
        )
        if added is not None:
            self._show_current()

    def _remove_event(self, event_id: int) -> None:
        if self.guard.call(lambda t: t.delete_event(event_id)) is not None:
            self._show_current()

    # Store access

    def _task_failed(self, exc: Exception) -> None:
        self.statusBar().clearMessage()
        self.guard.task_failed(exc)

    # Selection and focus

    def select_posting(self, posting_id: int) -> bool:
        row = self.model.row_of(posting_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def reveal(self, posting_id: int) -> None:
        """Choose a posting in the view showing, and show it: on Today if Today lists it,
        else in the list (or the board), Today left for it and a filter hiding it cleared."""
        if self._on_today():
            if self.agenda.choose(posting_id):
                self._follow_agenda()
                return
            self._leave_today()  # Today lists only what is due
        if not self.select_posting(posting_id) and self.search.text():
            self.search.clear()
            self.select_posting(posting_id)

    def _on_today(self) -> bool:
        return self.views.currentWidget() is self.agenda

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._on_today():
            return  # the pane follows the posting chosen on Today, the list hidden
        if not current.isValid():
            if not self._refiltering:
                self.detail.show_posting(None)
            return
        listed = self.model.posting_at(current.row())
        if self.detail.posting is not None and self.detail.posting.id == listed.id:
            return  # the same posting, found again after filtering
        full = self.guard.call(lambda t: t.get(listed.id), writes=False)
        if full is not None:
            self._show(full)

    def _show_id(self, posting_id: int) -> None:
        """Show the posting numbered `posting_id` in the pane, unless it shows it already; one
        deleted meanwhile (by another program, the agenda not worked out again yet) is not."""
        if self.detail.posting is not None and self.detail.posting.id == posting_id:
            return
        try:
            posting = self.tracker.get(posting_id)
        except StoreError as exc:
            if exc.problem is not StoreProblem.NOT_FOUND:
                self.guard.failed(exc)
            return
        self._show(posting)

    def _show(self, posting: Posting) -> None:
        """Show a posting in the detail pane with its checklist, and its fit in the table.

        Edits not saved yet are shown in place of the stored details.
        """
        view = self._view_of(posting)
        if view is not None:
            self._show_view(view)

    def _view_of(self, posting: Posting) -> PostingView | None:
        posting = self.editor.shown_with_edits(posting)
        return self.guard.call(
            lambda t: t.view(
                posting, self._profile, self.time.today(), self.time.zone_name, self.working_hours
            ),
            writes=False,
        )

    def _show_company_history(self, posting_id: int, others: list[PostingRow]) -> None:
        if self.detail.posting is not None and self.detail.posting.id == posting_id:
            self.detail.show_company_history(others)

    def _show_view(self, view: PostingView) -> None:
        self._shown_view = view
        self.detail.show_posting(
            view.posting,
            view.checks,
            hits=view.hits,
            messages=view.messages,
            dismissed=view.dismissed,
            hours=view.hours,
            working=self.working_hours,
            events=view.events,
        )
        self.detail.contact_box.show_contact(view.posting.id, view.contact)
        self.detail.proposal_view.show_proposal(
            view.proposal or view.draft,
            recorded=view.proposal is not None,
            card=view.client,
            templates=view.templates,
        )
        self.model.show_summaries(
            view.posting.id,
            fit=view.fit,
            risk=view.risk,
            hours=view.hours_summary,
            terms=view.terms,
        )
        shown = view.posting.row
        self._searches.run(
            lambda: self.tracker.company_history(shown),
            lambda others: self._show_company_history(shown.id, others),
            self._task_failed,
        )

    def _filter_changed(self, text: str) -> None:
        """Find the postings holding every word typed, on the search thread; a result for
        what the user has since typed further is dropped."""
        words = words_of(text)
        self._query = words
        self.no_match.hide()  # until the search for the new words says otherwise
        if words and self._on_today():
            # The words filter the postings: Today, which lists only what is due, gives
            # way to the list (or the board) they filter, and the status bar says so.
            self._leave_today()
            self._tell(FILTERING_FROM_TODAY.format(self._postings_view_name()))
        if not words:
            self._filter([], [])
            return
        self._searches.run(
            lambda: self.tracker.search(words),
            lambda found: self._found(words, found),
            self._task_failed,
        )

    def _found(self, words: list[str], found: list[frozenset[int]]) -> None:
        if words == self._query:
            self._filter(words, found)

    def _filter(self, words: list[str], found: list[frozenset[int]]) -> None:
        """Filter the table, keeping the posting on show if the filter lets it through."""
        current = self.detail.posting
        self._refiltering = True
        try:
            self.model.filter_by(words, found)
        finally:
            self._refiltering = False
        self._show_no_match()
        if current is not None and self.select_posting(current.id):
            return
        if self._on_today():
            return  # the pane shows what Today chose; the list's choice waits for its return
        if self.model.rowCount():
            self.table.selectRow(0)
        elif words:
            self.detail.show_no_match(" ".join(words))
        else:
            self.detail.show_posting(None)

    def _show_no_match(self) -> None:
        """Say so over the table when the filter lets none of the postings through."""
        query = " ".join(self.search.text().split())
        if self._query and not self.model.rowCount() and self.model.total():
            self.no_match.setText(f"No posting matches “{query}”")
            self.no_match.show()
        else:
            self.no_match.hide()

    def _update_counts(self) -> None:
        self._show_first_steps()
        if self.no_match.isVisible() or (self._query and not self.model.rowCount()):
            self._show_no_match()  # a posting added or deleted under the filter
        if self._listing:  # the table holds the newest postings only, for now
            self.counts.setText("")
            return
        total, shown = self.model.total(), self.model.rowCount()
        noun = "posting" if total == 1 else "postings"
        counted = f"{total:,} {noun}"
        self.counts.setText(counted if shown == total else f"{shown:,} of {counted}")

    def _show_first_steps(self) -> None:
        self.detail.show_first_steps(
            FirstSteps(
                posting=self.model.total() > 0,
                skills=bool(self._profile.skills),
                hours=self._hours_confirmed,
            )
        )

    def show_today(self, shown: bool) -> None:
        """Ctrl+T: today's agenda, worked out on the search thread; again for the postings."""
        if not shown:
            self.show_board(self.menu_actions.board.isChecked())
            return
        self._refresh_agenda()
        self._show_agenda()

    def _remind(self) -> None:
        """The minute's check for the tray; no work when there is no tray to tell."""
        if self.reminders.active:
            self._refresh_agenda(view=False)

    def _show_agenda(self) -> None:
        self.views.setCurrentWidget(self.agenda)
        self.agenda.focus()
        self._follow_agenda()

    def _open_on_today(self) -> None:
        """Today as the start page: its action ticked, its items worked out already."""
        self._tick_today(True)
        self._show_agenda()

    def _open_on_today_if_due(self) -> None:
        """The first view, chosen before the window shows, so that it never shows the list
        or the board a moment before Today: Today when one of the postings read so far is
        due. These are the newest (all of them but in a large tracker), read on this thread
        for the first paint, and a pass over them takes a millisecond; the whole agenda,
        events too, is worked out once the list is in, and never switches a window on show."""
        if self._on_today():
            return  # the whole list was in already, and the agenda chose
        rows, today = self.model.every_posting(), self.time.today()
        items = agenda(rows, today, self.model.silence_limits, self.time.zone)
        if items:
            self.agenda.show_items(items, self.time.zone_name)
            self._open_on_today()

    def _agenda_chosen(self, _posting_id: int) -> None:
        if self._on_today():
            self._follow_agenda()

    def _follow_agenda(self) -> None:
        """The pane shows the posting chosen on Today (chosen in the hidden list too, if its
        filter lets it through), or none when Today lists nothing; once the reader is ready."""
        if not self._prepared:
            return  # the first posting is shown then (_ready)
        chosen = self.agenda.current()
        if chosen is None:
            self.detail.show_posting(None)
            return
        self.select_posting(chosen.id)
        self._show_id(chosen.id)

    def _leave_today(self) -> None:
        """From Today to the list or the board (the one last shown), the pane showing what
        it chooses, and the focus with them if it was on Today (not sent on to the title)."""
        focused = self.focusWidget()  # the window's, kept while a dialog is open
        on_today = focused is not None and self.agenda.isAncestorOf(focused)
        self._tick_today(False)
        self.views.setCurrentWidget(self._postings_view())
        self._follow_list()
        if on_today:
            self.focus_postings()

    def _follow_list(self) -> None:
        """Back on the list (or the board) from Today: the posting on show stays chosen if
        the filter lets it through, else the pane shows the list's own choice."""
        if not self._prepared:
            return  # the first posting is shown once the reader is ready (_ready)
        shown = self.detail.posting
        if shown is not None and self.select_posting(shown.id):
            return
        current = self.table.currentIndex()
        if current.isValid():
            self.table.selectRow(current.row())  # chosen, not only current
            self.table.scrollTo(current)
            self._current_changed(current, current)
        elif self.model.rowCount():
            self.table.selectRow(0)
        elif self._query and self.model.total():
            self.detail.show_no_match(" ".join(self._query))
        else:
            self.detail.show_posting(None)

    def _postings_view(self) -> QWidget:
        """The list or the board, whichever the user chose last."""
        return self.board if self.menu_actions.board.isChecked() else self.table

    def _postings_view_name(self) -> str:
        return "board" if self.menu_actions.board.isChecked() else "list"

    def _view_changed(self) -> None:
        """The filter box says what it filters: on Today, the postings it leaves Today for."""
        on_today = self._on_today()
        hint = FILTER_HINT_ON_TODAY.format(self._postings_view_name()) if on_today else FILTER_HINT
        self.search.setPlaceholderText(hint)

    def remove_posting(self, posting_id: int) -> None:
        """A posting deleted: out of the list, and off Today while it shows (the pane then
        on the item in its place), even when the list's filter hid it."""
        self.model.remove(posting_id)
        if self._on_today():
            self._refresh_agenda()

    def _refresh_agenda(
        self, *, if_due: bool = False, view: bool = True, choose: int | None = None
    ) -> None:
        """Work out today's agenda for the reminders and (with `view`) show it; with
        `if_due`, open it when something is due (the start page) if the window has not
        shown yet, else say so in the status bar: a switch then flashed the list first.
        The posting numbered `choose` is chosen on it if it lists it."""
        rows, today = self.model.every_posting(), self.time.today()
        limits, zone = self.model.silence_limits, self.time.zone

        def shown(items: list[AgendaItem]) -> None:
            self.reminders.show_agenda(items, self.time.now(), today, self.time.zone_name)
            if not view:
                return
            self.agenda.show_items(items, self.time.zone_name)
            if choose is not None:
                self.agenda.choose(choose)
            if self._on_today():
                self._follow_agenda()
            elif if_due and items:
                if self.isVisible():
                    self._tell(f"{self.agenda.summary.text()}. Ctrl+T shows them.")
                else:
                    self._open_on_today()  # shown already: not worked out again

        def work() -> list[AgendaItem]:
            # A pass over every row, in a thread beside the window: no collection of the
            # collector's (50 ms each at 100,000 rows, the window waiting) in the middle.
            with collector_paused():
                return agenda(rows, today, limits, zone, self.tracker.coming_events())

        self._searches.run(work, shown, self._task_failed)

    def _open_from_agenda(self, posting_id: int) -> None:
        self.menu_actions.today.setChecked(False)
        self.reveal(posting_id)
        self.focus_postings()

    def _snooze(self, posting: PostingRow) -> None:
        """In a week: a follow-up date a week from today; said, and undone with Ctrl+Z."""
        self.detail.flush()  # notes typed a moment ago are stored first, not written over
        self.undo_stack.push(Snoozed(self, posting))

    def _followed_up(self, posting: PostingRow) -> None:
        """Done: "Followed up <day>." in its notes (so the silence starts again), and a
        follow-up date that has come cleared; said, and undone with Ctrl+Z."""
        self.detail.flush()  # notes typed a moment ago are stored first, not written over
        self.undo_stack.push(FollowedUp(self, posting))

    def refresh_agenda(self, *, choose: int | None = None) -> None:
        """Today worked out again after a change made on it, the posting numbered `choose`
        chosen if it lists it (an undone Done brings its posting back)."""
        self._refresh_agenda(choose=choose)

    def _close_quiet(self, posting: PostingRow) -> None:
        """No response: the application closed with that outcome; said, and undone with
        Ctrl+Z."""
        self.undo_stack.push(ClosedUnanswered(self, posting))

    @property
    def board(self) -> BoardView:
        """The board, built the first time it is wanted."""
        if self._board is None:
            from desktop.ui.board_view import BoardView

            board = BoardView(self.model, self.table.selectionModel())
            board.moved.connect(self.editor.move)
            board.told.connect(self._tell)
            board.addActions(self.board_actions)
            self.views.addWidget(board)
            self._board = board
        return self._board

    def _tick_today(self, ticked: bool) -> None:
        """The Today action's tick, set without acting on it (the view is switched here)."""
        today = self.menu_actions.today
        today.blockSignals(True)
        today.setChecked(ticked)
        today.blockSignals(False)

    def show_board(self, shown: bool) -> None:
        """Ctrl+B: the board or the list, the same postings selected; remembered."""
        leaving_today = self._on_today()
        self._tick_today(False)
        self.views.setCurrentWidget(self.board if shown else self.table)
        self._ui_state.board_shown = shown
        if leaving_today:
            self._follow_list()
        if not shown:
            self.table.scrollTo(self.table.currentIndex())
        self.focus_postings()

    def focus_postings(self) -> None:
        """The focus on the list, or on the board's chosen card."""
        if self.views.currentWidget() is self.agenda:
            self.agenda.focus()
        elif self._board is not None and self.views.currentWidget() is self._board:
            self._board.focus_current()
        else:
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def edit_title(self) -> None:
        if self.detail.posting is not None:
            self.detail.title_edit.setFocus()
            self.detail.title_edit.selectAll()

    def show_tab(self, tab: QWidget) -> None:
        """Bring a tab of the detail pane forward, by the widget it shows (not its place,
        which moved when a tab was added and sent "Show history" to Messages)."""
        if self.detail.posting is not None:
            # The history sits on the Details tab, under the fields: scrolled to, as on a
            # low screen it is below them.
            page = self.detail.details if tab is self.detail.history_view else tab
            self.detail.tabs.setCurrentWidget(page)
            if isinstance(page, QScrollArea) and page is not tab:
                page.ensureWidgetVisible(tab)
            tab.setFocus()
            if isinstance(tab, QPlainTextEdit):
                # typing goes after the notes written so far, not glued before them
                tab.moveCursor(QTextCursor.MoveOperation.End)

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.editingFinished.emit()
        if not self.editor.settle():
            event.ignore()
            return
        self.freshness.stop()
        self.changes.close()  # its reader closed before the store's: the last one cleans up
        self._await_focus(False)
        self._ui_state.save_layout(self, self._splitters(), self.table.horizontalHeader())
        self.guard.tasks.shutdown()
        self._searches.shutdown()
        super().closeEvent(event)
