"""File → Backups…: what a restore would put in place of what, a backup made now, Close."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from desktop.domain.tracking.tracker import PostingDetails
from desktop.store import StoreError, StoreProblem
from desktop.store.backups import BackupShelf, list_backups, make_backup
from desktop.ui.dialogs.backups import BackupsDialog, restore_question
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import LiveDatabase
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks

POSTING = "Courier {n}\nRoadrunner\n\nDeliver parcels.\n"


@pytest.fixture
def shelf(paths) -> BackupShelf:
    """The backups of the test's database, on a clock stopped at 09:15 UTC on 30 Nov 2026."""
    return BackupShelf(paths.db_file, lambda: datetime(2026, 11, 30, 9, 15, tzinfo=UTC))


def _dialog(qtbot, paths, shelf, backups=None) -> BackupsDialog:
    live = LiveDatabase(paths.db_file, shelf, ImmediateTasks().run)
    dialog = BackupsDialog(list_backups(paths.db_file) if backups is None else backups, live)
    qtbot.addWidget(dialog)
    return dialog


def _texts(dialog: BackupsDialog) -> list[str]:
    return [button.text() for button in dialog.findChild(QDialogButtonBox).buttons()]


def test_the_dialog_is_closed_with_close_not_cancel(qtbot, tracker, paths, shelf):
    dialog = _dialog(qtbot, paths, shelf)
    assert "Close" in _texts(dialog) and "Cancel" not in _texts(dialog)
    (close,) = [b for b in dialog.findChild(QDialogButtonBox).buttons() if b.text() == "Close"]
    dialog.show()
    close.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_restore_asks_with_what_the_backup_holds_against_the_tracker_now(
    qtbot, tracker, paths, shelf, monkeypatch
):
    make_backup(paths.db_file, date(2026, 11, 30))  # of the empty file
    for n in range(2):
        tracker.add(POSTING.format(n=n), PostingDetails())
    asked: list[str] = []
    defaults: list[QMessageBox.StandardButton] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, _buttons, default):
        asked.append(text)
        defaults.append(default)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _dialog(qtbot, paths, shelf)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # "No" keeps the dialog open
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked[0].startswith(
        "This backup from 30 Nov 2026 holds 0 postings; your tracker now holds 2 postings."
    )
    assert str(paths.db_file.parent) in asked[0] and "never overwritten" in asked[0]
    assert defaults == [QMessageBox.StandardButton.No] * 2  # Enter restores nothing
    assert dialog.chosen() is not None and dialog.chosen().postings == 0


def test_back_up_now_makes_a_backup_and_lists_it(qtbot, tracker, paths, shelf):
    tracker.add(POSTING.format(n=1), PostingDetails())
    dialog = _dialog(qtbot, paths, shelf)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "&Back up now" in _texts(dialog)
    dialog.back_up_button.click()
    dialog.back_up_button.click()  # the same second: a name of its own, the first kept
    names = [b.path.name for b in dialog.model.backups]
    assert names == ["gigdesk-2026-11-30-091501+0000.db", "gigdesk-2026-11-30-091500+0000.db"]
    assert [b.postings for b in dialog.model.backups] == [1, 1]
    assert dialog.restore_button.isEnabled() and dialog.chosen() == dialog.model.backups[0]
    assert dialog.back_up_button.isEnabled() and dialog.back_up_button.text() == "&Back up now"
    assert dialog.intro.text().startswith("Gigdesk copies your database here")


def test_a_backup_that_fails_is_told_and_can_be_tried_again(
    qtbot, tracker, paths, shelf, monkeypatch
):
    def full() -> None:
        raise StoreError(StoreProblem.DISK_FULL, paths.db_file, "There is not enough room.")

    monkeypatch.setattr(BackupShelf, "back_up_now", lambda _self: full())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    dialog = _dialog(qtbot, paths, shelf)
    dialog.back_up_button.click()
    assert told == ["The backup could not be made: There is not enough room."]
    assert dialog.back_up_button.isEnabled() and dialog.model.rowCount() == 0


def test_file_backups_offers_back_up_now_through_the_window(
    qtbot, tracker, paths, user_time, monkeypatch
):
    """The window hands the dialog the composition root's shelf and its database thread."""
    tracker.add(POSTING.format(n=1), PostingDetails())
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    shelf = BackupShelf(paths.db_file, lambda: user_time.local(user_time.now()))
    window = MainWindow(tracker, ImmediateTasks(), UiState(paths.ui_state_file), backups=shelf)
    qtbot.addWidget(window)
    seen: list[list[str]] = []

    def exec_(dialog: BackupsDialog) -> int:
        before = len(dialog.model.backups)
        dialog.back_up_button.click()
        seen.append([f"{before}", *(b.path.name for b in dialog.model.backups)])
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    (backups,) = [a for a in window.findChildren(QAction) if a.text() == "&Backups…"]
    backups.trigger()
    # the start's backup, then the one made now: 12:00 on the window's today, in Berlin
    assert seen == [["1", "gigdesk-2026-08-05-120000+0200.db", "gigdesk-2026-08-05.db"]]


def test_a_days_backups_show_the_time_they_were_made(qtbot, tracker, paths, shelf):
    """The day's first backup by its day; the others of the day by their time too."""
    make_backup(paths.db_file, date(2026, 11, 30))
    make_backup(paths.db_file, datetime(2026, 11, 30, 2, 40, 8, tzinfo=UTC))
    make_backup(paths.db_file, datetime(2026, 11, 30, 14, 7, 12, tzinfo=UTC))
    dialog = _dialog(qtbot, paths, shelf)
    model = dialog.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Made"
    shown = [(model.index(row, 0).data(), model.index(row, 3).data()) for row in range(3)]
    assert sorted(shown) == [
        ("30 Nov 2026", "gigdesk-2026-11-30.db"),
        ("30 Nov 2026 02:40", "gigdesk-2026-11-30-024008+0000.db"),
        ("30 Nov 2026 14:07", "gigdesk-2026-11-30-140712+0000.db"),
    ]
    timed = next(b for b in model.backups if b.path.name.endswith("024008+0000.db"))
    assert restore_question(timed, dialog.live).startswith("This backup from 30 Nov 2026 02:40 ")


def test_backups_named_on_another_zones_clock_are_listed_and_shown_in_order(qtbot, tracker, paths):
    """The new user's dialog: a backup named on UTC's clock before they chose New York's
    must not sit above the newer ones, nor be the one chosen for a restore; each shows
    when it was made on their clock now."""
    import os
    import shutil

    from desktop.domain.clock import zone_named

    new_york = zone_named("America/New_York")
    tracker.add(POSTING.format(n=1), PostingDetails())
    made = make_backup(paths.db_file, datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    for name, minute in (
        ("gigdesk-2026-11-30-092400.db", 24),
        ("gigdesk-2026-11-30-042600.db", 26),
    ):
        older = made.with_name(name)  # as an earlier Gigdesk named them, without an offset
        shutil.copyfile(made, older)
        written = datetime(2026, 11, 30, 9, minute, 1, tzinfo=UTC).timestamp()
        os.utime(older, (written, written))
    shelf = BackupShelf(
        paths.db_file, lambda: datetime(2026, 11, 30, 9, 27, tzinfo=UTC).astimezone(new_york)
    )
    dialog = _dialog(qtbot, paths, shelf)
    assert dialog.chosen() is not None and dialog.chosen().path.name.endswith("042600.db")
    dialog.back_up_button.click()
    model = dialog.model
    shown = [(model.index(row, 0).data(), model.index(row, 3).data()) for row in range(4)]
    assert shown == [
        ("30 Nov 2026 04:27", "gigdesk-2026-11-30-042700-0500.db"),
        ("30 Nov 2026 04:26", "gigdesk-2026-11-30-042600.db"),
        ("30 Nov 2026 04:24", "gigdesk-2026-11-30-092400.db"),
        ("30 Nov 2026 04:00", "gigdesk-2026-11-30-090000+0000.db"),
    ]
    assert dialog.chosen() == model.backups[0]
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    assert restore_question(model.backups[0], dialog.live).startswith(
        "This backup from 30 Nov 2026 04:27 holds 1 posting"
    )
