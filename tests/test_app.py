"""End to end: the real window, store and database thread on one data folder."""

import ast
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.app import open_database
from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.paths import resolve_paths
from desktop.services import Tracker
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.posting_model import Column
from desktop.ui.settings import UiState
from desktop.ui.tasks import BackgroundTasks
from tests.conftest import fixture_text
from tests.ui.conftest import FakePrompts

# The longest a start with a damaged database may take before the test gives up on it.
_LONGEST_START = 120


@pytest.fixture(autouse=True)
def _no_message_box_waits(monkeypatch) -> None:
    """A message the app shows outside a test's own answers (a warning at quit, say) is
    printed and passed over: offscreen no one can close it, and its modal loop would hold
    the run past any timeout. A test that expects one patches it itself."""

    def passed_over(kind: str):
        def show(*args, **kwargs):
            print(f"QMessageBox.{kind} not answered by the test: {args[2:3]}", file=sys.stderr)
            return QMessageBox.StandardButton.NoButton

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, passed_over(kind))


def _open_window(qtbot, paths):
    store = Tracker(Store.open(paths.db_file))
    window = MainWindow(
        store,
        BackgroundTasks(),
        UiState(paths.ui_state_file),
        prompts=FakePrompts(),
    )
    qtbot.addWidget(window)
    window.show()
    return store, window


def test_paste_stage_close_and_reopen_keeps_everything(qtbot, paths):
    paths.data_dir.mkdir(parents=True)
    store, window = _open_window(qtbot, paths)
    QGuiApplication.clipboard().setText(fixture_text("hn_comment.txt"))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.detail.posting is not None)
    qtbot.keyClick(window.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.detail.notes_edit, "Replied on HN")
    window.close()
    store.close()

    store, window = _open_window(qtbot, paths)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, Column.TITLE).data() == "Senior Firmware Engineer"
    assert window.model.index(0, Column.STAGE).data() == "Applied"
    posting = store.get(store.list_rows()[0].id)
    assert posting.stage is Stage.APPLIED
    assert [e.name for e in posting.history] == ["saved", "applying", "applied"]
    assert posting.details.notes == "Replied on HN"
    assert posting.raw_text == fixture_text("hn_comment.txt")
    window.close()
    store.close()


def test_the_apps_window_brings_in_what_the_command_line_changes_and_not_its_own_writes(
    qtbot, paths
):
    """The window as the app makes it: read through a Snapshot, its Store opened later on
    the search thread, its long work on the database thread."""
    from desktop.app import _main_window
    from desktop.cli import main

    tracker = Tracker(Store.open(paths.db_file))
    first = tracker.add("Go developer\nNorthwind\n\nWe need Go.\n", PostingDetails())
    second = tracker.add("Data analyst\nContoso\n\nWe need SQL.\n", PostingDetails())
    tracker.close()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(paths)
    assert database is not None and not database.is_open
    window = _main_window(paths, database, on_damage=lambda error: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: database.is_open and window.detail.posting is not None)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    reloads: list[bool] = []
    window.loader.loading.connect(lambda loading: loading and reloads.append(True))
    window.freshness.timer.setInterval(20)

    def stage_shown(posting_id: int) -> str:
        return window.model.index(window.model.row_of(posting_id), Column.STAGE).data()

    window.select_posting(second.id)
    qtbot.keyClick(window.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert stage_shown(second.id) == "Applying"
    qtbot.wait(300)  # the window's own write and the summary worked out after it
    assert reloads == []
    assert main(["stage", str(first.id), "applied", "--data-dir", str(paths.data_dir)]) == 0
    qtbot.waitUntil(lambda: stage_shown(first.id) == "Applied")
    assert reloads == [True]
    assert window.detail.posting.id == second.id
    window.close()
    database.close()


def test_background_results_arrive_on_the_gui_thread(qtbot):
    tasks = BackgroundTasks()
    seen = []
    tasks.run(
        lambda: threading.current_thread().name,
        lambda name: seen.append((name, threading.current_thread() is threading.main_thread())),
        seen.append,
    )
    qtbot.waitUntil(lambda: bool(seen))
    tasks.shutdown()
    assert seen[0][0].startswith("gigdesk-db") and seen[0][1] is True


def test_background_errors_reach_the_error_callback(qtbot):
    tasks = BackgroundTasks()
    errors = []
    tasks.run(lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    tasks.shutdown()
    assert isinstance(errors[0], ZeroDivisionError)


def test_cli_and_app_use_the_same_per_user_folder(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    QCoreApplication.setApplicationName(APP_NAME)
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert str(resolve_paths(None).data_dir) == qt_folder


def _answer_yes_to_a_fresh_database(monkeypatch) -> list[str]:
    """Say yes when Gigdesk offers a fresh database; the questions asked are listed."""
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1],
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return asked


def test_damaged_database_is_kept_and_a_fresh_one_started_on_request(qapp, monkeypatch, paths):
    paths.data_dir.mkdir(parents=True)
    damaged = b"definitely not sqlite " * 100
    paths.db_file.write_bytes(damaged)
    asked = _answer_yes_to_a_fresh_database(monkeypatch)
    database = open_database(paths)
    assert database is not None
    assert str(paths.db_file) in asked[0]
    assert database.reads().list_rows() == []
    database.close()
    kept = [p for p in paths.data_dir.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_damaged_database_is_left_alone_when_the_user_says_no(qapp, monkeypatch, paths):
    paths.data_dir.mkdir(parents=True)
    paths.db_file.write_bytes(b"junk" * 300)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert open_database(paths) is None
    assert paths.db_file.read_bytes() == b"junk" * 300
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["gigdesk.db"]


def test_second_gigdesk_on_the_same_folder_is_told_and_stops(qapp, monkeypatch, paths):
    from PySide6.QtCore import QLockFile

    from desktop.app import run_app

    paths.data_dir.mkdir(parents=True)
    held = QLockFile(str(paths.lock_file))
    assert held.tryLock(0)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    try:
        assert run_app(str(paths.data_dir)) == 1
    finally:
        held.unlock()
    assert "already running" in shown[0] and str(paths.data_dir) in shown[0]


def test_second_gigdesk_on_a_running_ones_folder_brings_its_window_forward(
    qapp, qtbot, monkeypatch, paths
):
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QWidget

    from desktop.app import run_app
    from desktop.ui.running import ShowRequests, socket_name

    paths.data_dir.mkdir(parents=True)
    held = QLockFile(str(paths.lock_file))
    assert held.tryLock(0)
    running = ShowRequests(socket_name(paths.data_dir))
    running.window = QWidget()
    qtbot.addWidget(running.window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    try:
        assert run_app(str(paths.data_dir)) == 0
        qtbot.waitUntil(running.window.isVisible)
    finally:
        running.close()
        held.unlock()
    assert shown == []


@pytest.mark.parametrize("found_by", ["the check of the file", "showing the first posting"])
def test_damage_found_after_the_window_shows_offers_a_fresh_database(
    qapp, monkeypatch, paths, found_by
):
    """The file's header is sound, so the window opens; the check behind it, or the reading
    of the posting it selects first, finds the damage; the window then opens on a fresh
    database (found while a row was being selected, it once closed and left the app
    running with no window)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import run_app
    from tests.store.test_damage import _filled, _scramble_page_of

    _filled(paths.db_file)
    _scramble_page_of(paths.db_file, "posting")
    damaged = paths.db_file.read_bytes()
    asked = _answer_yes_to_a_fresh_database(monkeypatch)
    if found_by == "showing the first posting":
        monkeypatch.setattr(Tracker, "check_integrity", lambda tracker: None)
    stores, pasted = [], []
    deadline = time.monotonic() + _LONGEST_START

    def watch():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if time.monotonic() > deadline:  # fail, never hang the run: close what is open
            for window in shown:
                window.close()
            return
        for window in shown:
            if window.tracker not in stores:
                stores.append(window.tracker)
            if window.tracker is not stores[-1] or len(stores) < 2:
                continue
            if window.model.rowCount() == 1:
                window.close()
                return
            # pasted once into each fresh tracker: damage found late opens another
            if window.menu_actions.paste.isEnabled() and window.tracker not in pasted:
                QGuiApplication.clipboard().setText(fixture_text("hn_comment.txt"))
                window.menu_actions.paste.trigger()
                pasted.append(window.tracker)
        QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    assert run_app(str(paths.data_dir)) == 0
    assert len(asked) == 1 and "is damaged" in asked[0]
    kept = [p for p in paths.data_dir.iterdir() if ".damaged-" in p.name and p.suffix == ".db"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    fresh = Store.open(paths.db_file)
    assert [p.title for p in fresh.list_rows()] == ["Senior Firmware Engineer"]
    fresh.close()


def test_a_data_folder_gigdesk_cannot_write_is_not_called_already_running(
    qapp, monkeypatch, tmp_path
):
    from desktop.app import run_app
    from tests.store.environments import read_only_folder

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    with read_only_folder(tmp_path, lambda folder: None) as folder:
        assert run_app(str(folder)) == 1
    assert "already running" not in shown[0]
    assert str(folder) in shown[0] and "read-only" in shown[0]


# Run in a fresh interpreter: this one has imported SQLAlchemy already.
_START_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from desktop.app import _main_window, open_database
from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.paths import resolve_paths

app = QApplication([])
paths = resolve_paths(sys.argv[1])
database = open_database(paths)
window = _main_window(paths, database, on_damage=print)
titles = [window.model.index(row, 0).data() for row in range(window.model.rowCount())]
print("before the window shows:", titles, "sqlalchemy" in sys.modules, database.is_open)
window.show()
while not (database.is_open and window.model.total() == 3):
    app.processEvents()
window.tracker.set_stage(1, Stage.APPLIED)
print("then:", database.is_open, window.tracker.get(1).stage)
window.close()
database.close()
"""


def test_the_window_shows_its_newest_rows_before_the_store_opens(tmp_path):
    """The Store's import (0.4 s) happens on a worker once the window shows, with its rows."""

    data_dir = str(tmp_path / "data")
    tracker = Tracker(Store.open(resolve_paths(data_dir).db_file))
    for title in ("Go developer", "Data analyst", "Ops engineer"):
        tracker.add(f"{title}\nNorthwind\n\nRequirements:\n- Go\n", PostingDetails())
    tracker.close()
    before, then = _python(_START_SCRIPT, data_dir).splitlines()
    assert before == (
        "before the window shows: ['Ops engineer', 'Data analyst', 'Go developer'] False False"
    )
    assert then == "then: True applied"


def _python(code: str, *args: str) -> str:
    """What a fresh Python process running `code` prints, from the project's folder."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _loaded_at_start(names: str) -> list[str]:
    """The modules a fresh process has loaded once it imported the window's start, of those
    `names` (an expression over `sys.modules`) picks."""
    return ast.literal_eval(_python(f"import sys, desktop.app; print(sorted({names}))").strip())


def test_the_window_starts_without_the_posting_reader():
    """The start shows kept rows and summaries: the reader's patterns (analysis, company,
    layouts, sections, requirements, fields, the red flags, the hours statements, the
    checklist's rules) and the hours conversions wait for the first posting read or shown."""
    reader = (
        "desktop.domain.reading.analysis",
        "desktop.domain.reading.company",
        "desktop.domain.reading.layouts",
        "desktop.domain.reading.layout",
        "desktop.domain.reading.sections",
        "desktop.domain.reading.requirements",
        "desktop.domain.reading.fields",
        "desktop.domain.reading.serialize",
        "desktop.domain.red_flags.flags",
        "desktop.domain.skills.fit",
        "desktop.domain.hours.statements",
        "desktop.domain.hours.local_time",
        "desktop.domain.patterns",
    )
    assert _loaded_at_start(f"m for m in {reader!r} if m in sys.modules") == []


def test_the_window_starts_without_its_dialogs():
    """Each dialog is imported when first opened, the spreadsheet reader on an import and
    the PDF writer on a report; only the paste box the messages view holds is there."""
    prefixes = ("desktop.ui.dialogs.", "desktop.domain.tracking.importing", "desktop.report_pdf")
    loaded = _loaded_at_start(f"m for m in sys.modules if m.startswith({prefixes!r})")
    assert loaded == ["desktop.ui.dialogs.new_posting"]


def test_a_restored_backup_reopens_with_the_replaced_file_kept(qapp, monkeypatch, paths):
    from datetime import date

    from desktop.app import restored
    from desktop.store.backups import make_backup

    paths.data_dir.mkdir(parents=True)
    tracker = Tracker(Store.open(paths.db_file))
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    backup = make_backup(paths.db_file, date(2026, 11, 27))
    tracker.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    tracker.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    database = restored(paths, backup)
    assert database is not None
    try:
        assert [row.title for row in database.reads().list_rows()] == ["Courier"]
    finally:
        database.close()
    (kept,) = paths.data_dir.glob("gigdesk.replaced-*.db")
    assert str(kept) in told[0]


def test_postings_added_after_the_days_first_backup_are_backed_up_at_quit(qapp, paths):
    """The day a tracker is begun, the start's backup is of the empty file; at quit the
    composition root backs up what was added since, named by the user's day and time."""
    import os
    from datetime import UTC, datetime

    from desktop.app import back_up_at_quit
    from desktop.domain.clock import UserTime
    from desktop.store.backups import daily_backup, list_backups

    paths.data_dir.mkdir(parents=True)
    # 23:30 UTC on 30 November: 00:30 on 1 December in Berlin
    time = UserTime(lambda: datetime(2026, 11, 30, 23, 30, tzinfo=UTC), "Europe/Berlin")
    tracker = Tracker(Store.open(paths.db_file), time)
    start = daily_backup(paths.db_file, time.today())  # the first start's, of the empty file
    assert start is not None
    at_start = datetime(2026, 11, 30, 23, 5, tzinfo=UTC).timestamp()
    os.utime(start, (at_start, at_start))  # as made at the start, on this test's clock
    tracker.add("Courier\nRoadrunner\n\nDeliver parcels.\n", PostingDetails())
    tracker.close()
    back_up_at_quit(paths, time)
    assert [(b.path.name, b.postings) for b in list_backups(paths.db_file)] == [
        ("gigdesk-2026-12-01-003000+0100.db", 1),
        ("gigdesk-2026-12-01.db", 0),
    ]
