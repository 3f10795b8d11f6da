"""Nothing typed is lost when the database refuses it, and long work leaves the window free."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.tracking.tracker import PostingDetails
from desktop.services import StoreError, StoreProblem, Tracker
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import UnsavedChoice
from desktop.ui.settings import UiState
from desktop.ui.tasks import BackgroundTasks, ImmediateTasks
from tests.conftest import BUSY_SECONDS, fixture_text
from tests.ui.conftest import FakePrompts, add

UPWORK = fixture_text("upwork_contract.txt")
HN = fixture_text("hn_comment.txt")
NOTES = "Called Dana on Tuesday; send the portfolio by Friday."


def _refuse_saving(monkeypatch, tracker) -> None:
    def refuse(*_args):
        raise StoreError(StoreProblem.LOCKED, tracker.data_file, "The database is in use.")

    monkeypatch.setattr(tracker, "save_details", refuse)


def test_notes_typed_while_the_database_is_locked_are_kept_shown_and_saved_later(
    qtbot, prompts, paths, user_time
):
    """As the app runs it: the file checked by the window, while its connections are open."""
    seed = Tracker(Store.open(paths.db_file))
    seed.add(HN, PostingDetails())
    seed.add(UPWORK, PostingDetails())
    seed.close()
    store = Store.open(paths.db_file, check=False, busy_timeout=BUSY_SECONDS)
    tracker = Tracker(store, user_time)
    window = MainWindow(tracker, ImmediateTasks(), UiState(paths.ui_state_file), prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    first, second = tracker.get(1), tracker.get(2)
    window.select_posting(first.id)
    blocker = sqlite3.connect(paths.db_file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.detail.notes_edit.setPlainText(NOTES)
        window.detail.flush()
        assert "in use by another program" in prompts.warnings[-1][1]
        assert "kept" in prompts.warnings[-1][1]
        assert window.editor.note.text() == "Not saved yet: 1 posting"
        window.select_posting(second.id)
        window.select_posting(first.id)
        assert window.detail.notes_edit.toPlainText() == NOTES
        assert window.editor.retry_timer.isActive()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    window.editor.retry_timer.timeout.emit()
    assert window.editor.note.text() == ""
    assert len(prompts.warnings) == 1
    another_program = sqlite3.connect(paths.db_file)
    try:
        saved = another_program.execute("SELECT notes FROM posting WHERE id = ?", (first.id,))
        assert saved.fetchone() == (NOTES,)
    finally:
        another_program.close()


def test_closing_with_refused_edits_asks_and_can_keep_them_open_or_on_the_clipboard(
    window, prompts, tracker, monkeypatch
):
    posting = add(window, HN)
    _refuse_saving(monkeypatch, tracker)
    window.detail.notes_edit.setPlainText(NOTES)
    prompts.unsaved_choices = [UnsavedChoice.CANCEL]
    window.close()
    assert window.isVisible()
    assert prompts.unsaved_asked == [(1, "The database is in use.")]
    prompts.unsaved_choices = [UnsavedChoice.RETRY, UnsavedChoice.COPY_AND_CLOSE]
    window.close()
    assert not window.isVisible()
    assert len(prompts.unsaved_asked) == 3
    copied = QGuiApplication.clipboard().text()
    assert NOTES in copied and f"posting #{posting.id}" in copied
    (kept,) = tracker.data_file.parent.glob("unsaved-edits-*.txt")
    assert kept.read_text(encoding="utf-8") == copied


def test_closing_saves_kept_edits_once_the_database_takes_them(
    window, prompts, tracker, monkeypatch
):
    posting = add(window, HN)
    _refuse_saving(monkeypatch, tracker)
    window.detail.notes_edit.setPlainText(NOTES)
    window.detail.flush()
    monkeypatch.undo()
    window.close()
    assert prompts.unsaved_asked == []
    assert tracker.get(posting.id).details.notes == NOTES


def test_a_long_posting_is_read_on_the_database_thread_with_a_busy_window(
    qtbot, tracker, paths, user_time
):
    threads: list[str] = []
    adding = tracker.add

    def add_and_note_the_thread(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return adding(*args, **kwargs)

    tracker.add = add_and_note_the_thread  # type: ignore[method-assign]
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(
        tracker,
        BackgroundTasks(),
        UiState(paths.ui_state_file),
        prompts=FakePrompts(),
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.posting_added, timeout=20_000) as added:
        window.add_posting_text(UPWORK + "\n" + "Core hours 9am-5pm PST. " * 1500)
        assert not window.menu_actions.paste.isEnabled()
        assert window.statusBar().currentMessage() == "Reading the posting…"
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    assert threads and threads[0].startswith("gigdesk-db")
    assert added.args[0].title == "Senior Data Engineer"
    assert window.detail.posting.id == added.args[0].id
    assert window.menu_actions.paste.isEnabled() and QApplication.overrideCursor() is None
