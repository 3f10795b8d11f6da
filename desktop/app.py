"""The composition root: paths, store, application, window. Nothing else wires things."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QLockFile, QTimeZone
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME, __version__
from desktop.domain.zones import known_zone, system_zone_name
from desktop.paths import AppPaths, resolve_paths
from desktop.store import Store, StoreError, StoreProblem, utc_now
from desktop.store.recovery import set_aside
from desktop.ui.errors import install_excepthook
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiState
from desktop.ui.tasks import BackgroundTasks


def run_app(data_dir: str | None = None) -> int:
    """Start the app on `data_dir` (or the default folders); returns the exit code."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setDesktopFileName(APP_ID)
    paths = resolve_paths(data_dir)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        paths.config_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fatal(f"Gigdesk cannot create its folder {paths.data_dir}: {exc.strerror}.")
        return 1
    lock = QLockFile(str(paths.lock_file))
    if not lock.tryLock(200):
        _fatal(
            f"Gigdesk is already running with the data folder {paths.data_dir}. "
            "Switch to that window, or close it first."
        )
        return 1
    try:
        store = open_store(paths)
        if store is None:
            return 1
        install_excepthook(paths.data_dir / "crash.log")
        tasks = BackgroundTasks()
        window = MainWindow(
            store,
            tasks,
            UiState(paths.ui_state_file),
            today=date.today,
            system_zone=system_zone(),
        )
        window.show()
        code = app.exec()
        store.close()
        return code
    finally:
        lock.unlock()


def open_store(paths: AppPaths) -> Store | None:
    """The store, or None after telling the user why not. A damaged file is never altered."""
    try:
        return Store.open(paths.db_file)
    except StoreError as exc:
        if exc.problem is not StoreProblem.CORRUPT:
            _fatal(str(exc))
            return None
        answer = QMessageBox.question(
            None,
            "Damaged database",
            f"{exc}\n\nGigdesk has not changed it. Start a fresh database? The damaged "
            "file will be kept beside it under a dated name, for you or a tool to recover.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        kept = set_aside(paths.db_file, utc_now())
        store = Store.open(paths.db_file)
        QMessageBox.information(
            None, "Fresh database", f"Started a fresh database. The old one is kept as {kept}."
        )
        return store


def _fatal(message: str) -> None:
    print(f"gigdesk: {message}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, message)


def system_zone() -> str:
    """The system's zone as an IANA name: Qt knows it on every platform."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if known_zone(name) else system_zone_name()
