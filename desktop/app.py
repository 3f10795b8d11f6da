"""The composition root: paths, store, application, window. Nothing else wires things."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from desktop import APP_ID, APP_NAME, __version__
from desktop.desktop_entry import ICON_FILE
from desktop.domain.clock import UserTime, system_zone_name, utc_now
from desktop.paths import AppPaths, resolve_paths
from desktop.resources import resource_path
from desktop.services import Tracker
from desktop.store import StoreError, StoreProblem
from desktop.store.backups import BackupShelf, backup_at_quit, posting_count, restore_backup
from desktop.store.deferred import DeferredStore
from desktop.store.errors import folder_problem
from desktop.store.recovery import set_aside
from desktop.store.snapshot import Snapshot
from desktop.ui.appearance import AppearanceSwitch
from desktop.ui.errors import (
    fatal_ends_the_process,
    install_excepthook,
    install_qt_message_handler,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.running import ShowRequests, ask_to_show, socket_name
from desktop.ui.scrolling import ValueWheelGuard
from desktop.ui.settings import UiState
from desktop.ui.tasks import BackgroundTasks

_log = logging.getLogger(__name__)

EXIT_NO_DISPLAY = 2  # the window cannot start here; the commands still work

if TYPE_CHECKING:
    from desktop.store import Store


def run_app(data_dir: str | None = None, *, log_file: Path | None = None) -> int:
    """Start the app on `data_dir` (or the default folders); returns the exit code.

    `log_file` is where logging goes (desktop.cli set it up), named in the crash dialog;
    Qt's messages go there too while the app runs.
    """
    qt_messages_before = install_qt_message_handler()
    try:
        return _run(data_dir, log_file)
    finally:
        qInstallMessageHandler(qt_messages_before)


def _run(data_dir: str | None, log_file: Path | None) -> int:
    app = _application()
    install_excepthook(log_file)
    paths = resolve_paths(data_dir)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        paths.config_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fatal(f"Gigdesk cannot create its folder {paths.data_dir}: {exc.strerror}.")
        return 1
    lock = _folder_lock(paths)
    if isinstance(lock, int):
        return lock
    requests = ShowRequests(socket_name(paths.data_dir), app)  # a second start's
    app.installEventFilter(ValueWheelGuard(app))
    appearance = AppearanceSwitch(app)
    appearance.apply(UiState(paths.ui_state_file).appearance)
    tray = _tray(app)  # one icon for the run: a window opened again keeps it
    try:
        database = open_database(paths)
        if database is None:
            return 1
        while True:
            afresh: list[StoreError] = []
            restoring: list[Path] = []
            window = _main_window(paths, database, appearance, tray, on_damage=afresh.append)
            window.restore_wanted.connect(restoring.append)
            requests.window = window
            window.show()
            # Once the event loop has painted it: the line tools/check_bundle.py times.
            QTimer.singleShot(0, lambda: _log.info("window shown"))
            code = app.exec()
            database.close()
            window.deleteLater()
            # The window has closed and its database thread stopped: the file is free.
            if not restoring and not afresh:
                back_up_at_quit(paths, window.tracker.time)
            if restoring:
                reopened = restored(paths, restoring[-1])
            elif afresh:
                fresh = _fresh_store(paths)
                reopened = None if fresh is None else DeferredStore.opened(fresh)
            else:
                return code
            if reopened is None:
                return 1
            database = reopened
    finally:
        requests.close()
        lock.unlock()


def restored(paths: AppPaths, backup: Path) -> DeferredStore | None:
    """The database with `backup` put in its place (the live file set aside, never
    overwritten), or None after telling the user why not."""
    try:
        kept = restore_backup(paths.db_file, backup, utc_now())
    except (OSError, StoreError) as exc:
        _fatal(f"Gigdesk could not restore {backup}: {exc}")
        return None
    database = open_database(paths)
    if database is not None and kept is not None:
        held = posting_count(kept)
        what = "" if held is None else f", with its {held:,} posting{'' if held == 1 else 's'},"
        QMessageBox.information(
            None,
            "Backup restored",
            f"Restored {backup.name}. The database it replaced{what} is kept, unchanged, "
            f"as:\n\n{kept.absolute()}",
        )
    return database


def back_up_at_quit(paths: AppPaths, time: UserTime) -> None:
    """Another of the day's backups if the database changed since the newest (the first
    start's may be of an empty file); the database is closed. A failure is told, not fatal."""
    try:
        made = backup_at_quit(paths.db_file, time.local(time.now()))
    except (OSError, StoreError) as exc:
        _log.warning("the backup at quit failed: %s", exc)
        QMessageBox.warning(None, APP_NAME, f"Gigdesk could not back up your database: {exc}")
        return
    if made is not None:
        _log.info("backed up at quit: %s", made)


def _main_window(
    paths: AppPaths,
    database: DeferredStore,
    appearance: AppearanceSwitch | None = None,
    tray: QSystemTrayIcon | None = None,
    *,
    on_damage: Callable[[StoreError], None],
) -> MainWindow:
    """The window on `database`. Damage found while it runs takes the same path as at start:
    if the user wants a fresh database, `on_damage` hears of it and the window closes."""
    tracker = Tracker(database, UserTime(utc_now, system_zone_name()))
    time = tracker.time
    window = MainWindow(
        tracker,
        BackgroundTasks(),
        UiState(paths.ui_state_file),
        searches=BackgroundTasks(),
        log_folder=paths.log_dir,
        appearance=appearance,
        tray=tray,
        backups=BackupShelf(database.db_file, lambda: time.local(time.now())),
    )

    def damaged(error: StoreError) -> None:
        if _fresh_database_wanted(error):
            on_damage(error)
            # Once back in the event loop: found while a row was being selected, a close
            # inside that selection left the window shut and the app running.
            QTimer.singleShot(0, window.close)

    window.database_damaged.connect(damaged)
    return window


def _tray(app: QApplication) -> QSystemTrayIcon | None:
    """The system tray's icon for the reminders, where the desktop has a tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(QIcon(str(resource_path(ICON_FILE))), app)


def _application() -> QApplication:
    """The application, named and with its icon (the one running already, under tests)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        with fatal_ends_the_process(EXIT_NO_DISPLAY):
            app = QApplication(sys.argv[:1])
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(QIcon(str(resource_path(ICON_FILE))))
    return app


def _folder_lock(paths: AppPaths) -> QLockFile | int:
    """The data folder's lock; else the exit code: 0 when the Gigdesk that holds it was
    asked to bring its window forward, 1 after telling the user why it cannot start."""
    lock = QLockFile(str(paths.lock_file))
    if lock.tryLock(200):
        return lock
    running = lock.error() is QLockFile.LockError.LockFailedError
    if running and ask_to_show(socket_name(paths.data_dir)):
        print(f"gigdesk: already running on {paths.data_dir}: its window is brought forward.")
        return 0
    _fatal(_lock_failure(lock, paths))
    return 1


def _lock_failure(lock: QLockFile, paths: AppPaths) -> str:
    if lock.error() is QLockFile.LockError.LockFailedError:
        return (
            f"Gigdesk is already running with the data folder {paths.data_dir}. "
            "Switch to that window, or close it first."
        )
    problem = folder_problem(paths.data_dir)
    reason = str(problem) if problem else f"it cannot create {paths.lock_file}."
    return f"Gigdesk cannot start on the data folder {paths.data_dir}: {reason}"


def open_database(paths: AppPaths) -> DeferredStore | None:
    """The database, or None after telling the user why not. A damaged file is never altered.

    A file at this version is read through a Snapshot and the Store opened later, by
    the window, off the GUI thread (its import would hold the window back 0.4 s); a new,
    older, unreadable or damaged one is opened by the Store at once, which creates,
    upgrades or refuses it. The file's structure is checked by the window, in the
    background, once it shows.
    """
    try:
        snapshot = Snapshot.open(paths.db_file)
    except StoreError:
        snapshot = None  # the Store meets the same problem and says what it is
    if snapshot is not None:
        return DeferredStore.later(snapshot, lambda: _store(paths.db_file))
    store = _opened_store(paths)
    return None if store is None else DeferredStore.opened(store)


def _store(db_file: Path, *, check: bool = False) -> Store:
    from desktop.store import Store  # SQLAlchemy's import: 0.4 s

    return Store.open(db_file, check=check)


def _opened_store(paths: AppPaths) -> Store | None:
    try:
        return _store(paths.db_file)
    except StoreError as exc:
        if exc.problem is not StoreProblem.CORRUPT:
            _fatal(str(exc))
            return None
        if not _fresh_database_wanted(exc):
            return None
        return _fresh_store(paths)


def _fresh_database_wanted(error: StoreError) -> bool:
    answer = QMessageBox.question(
        None,
        "Damaged database",
        f"{error}\n\nGigdesk has not changed it and will not write to it. Start a fresh "
        "database? The damaged file will be kept beside it under a dated name, for you or "
        "a tool to recover.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _fresh_store(paths: AppPaths) -> Store | None:
    kept = set_aside(paths.db_file, utc_now())
    try:
        store = _store(paths.db_file, check=True)
    except StoreError as exc:
        _fatal(str(exc))
        return None
    QMessageBox.information(
        None, "Fresh database", f"Started a fresh database. The old one is kept as {kept}."
    )
    return store


def _fatal(message: str) -> None:
    print(f"gigdesk: {message}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, message)
