"""The open window brings in what the command line (or any other program) changes in the
database: when it is activated, and on its timer; never for its own writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.cli import main
from desktop.domain.skills.profile import Profile, ProfileSkill, format_profile
from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.posting_model import Column
from desktop.ui.settings import UiState
from desktop.ui.tasks import BackgroundTasks
from tests.conftest import BUSY_SECONDS, DATA, fixture_text
from tests.ui.conftest import add

CONTRACT = fixture_text("platform_contract.txt")


def _gigdesk(paths, *args: str) -> None:
    """A command typed in a terminal beside the window."""
    assert main([*args, "--data-dir", str(paths.data_dir)]) == 0


def _stage_of(window: MainWindow, posting_id: int) -> Stage | None:
    row = window.model.row_of(posting_id)
    return None if row is None else window.model.posting_at(row).stage


def _come_back(qtbot, window: MainWindow) -> None:
    """The user goes to another window (the terminal) and back to Gigdesk's."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _reloads(window: MainWindow) -> list[bool]:
    """Every whole-list load the window starts from now on."""
    started: list[bool] = []
    window.loader.loading.connect(lambda loading: loading and started.append(True))
    return started


def _active(qtbot, open_window) -> MainWindow:
    """A window shown and active, as the user has it in front of them."""
    window: MainWindow = open_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _two_postings(tracker) -> tuple[int, int]:
    first = tracker.add("Go developer\nNorthwind\n\nWe need Go.\n", PostingDetails())
    second = tracker.add("Data analyst\nContoso\n\nWe need SQL.\n", PostingDetails())
    return first.id, second.id


def test_a_stage_the_command_line_moves_shows_when_the_window_is_activated(
    qtbot, tracker, open_window, paths
):
    _, second = _two_postings(tracker)
    window = _active(qtbot, open_window)
    window.select_posting(second)
    assert window.detail.posting.stage is Stage.SAVED
    window.freshness.timer.setInterval(60_000)  # the activation alone
    _gigdesk(paths, "stage", str(second), "phone screen")
    _come_back(qtbot, window)
    qtbot.waitUntil(lambda: _stage_of(window, second) is Stage.SCREENING)
    assert window.detail.posting.id == second  # still the one selected
    assert window.detail.posting.stage is Stage.SCREENING
    assert window.detail.stage_combo.currentData() == Stage.SCREENING
    # The next stage from where it stands now, not from the Saved the window had shown.
    qtbot.keyClick(window.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert tracker.get(second).stage is Stage.INTERVIEWING


def test_the_next_stage_key_moves_on_from_a_stage_moved_elsewhere_since_the_last_look(
    qtbot, tracker, open_window, paths
):
    """No activation or tick in between: the key looks first."""
    _, second = _two_postings(tracker)
    window = open_window()
    window.show()
    window.select_posting(second)
    window.freshness.timer.stop()
    _gigdesk(paths, "stage", str(second), "applied")
    window.step_stage(forward=True)
    assert tracker.get(second).stage is Stage.SCREENING
    assert _stage_of(window, second) is Stage.SCREENING


def test_changes_another_connection_commits_show_on_the_timer(qtbot, window, tracker, paths):
    first, second = _two_postings(tracker)
    window.reload()
    window.select_posting(first)
    window.freshness.timer.setInterval(20)
    other = Store.open(paths.db_file, busy_timeout=BUSY_SECONDS)
    try:
        other.set_stage(second, Stage.APPLIED)
    finally:
        other.close()
    qtbot.waitUntil(lambda: _stage_of(window, second) is Stage.APPLIED)
    _gigdesk(paths, "add", str(DATA / "hn_comment.txt"))
    qtbot.waitUntil(lambda: window.model.total() == 3)
    assert window.detail.posting.id == first  # the selection stays where the user left it
    assert window.table.currentIndex().row() == window.model.row_of(first)


def test_no_look_while_the_window_is_minimised(qtbot, window):
    assert window.freshness.timer.isActive()
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.freshness.timer.isActive())
    window.showNormal()
    qtbot.waitUntil(window.freshness.timer.isActive)


def test_the_windows_own_edits_do_not_reload_it(qtbot, tracker, paths, prompts):
    """Its writes go through the database thread and the GUI thread, each on a connection of
    its own: none of them is taken for another program's."""
    _two_postings(tracker)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    tasks, searches = BackgroundTasks(), BackgroundTasks()
    window = MainWindow(
        tracker, tasks, UiState(paths.ui_state_file), prompts=prompts, searches=searches
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail.posting is not None and not window._listing)
    reloads = _reloads(window)
    window.freshness.timer.setInterval(20)
    posting = window.detail.posting.id
    window.step_stage(forward=True)  # on the GUI thread
    window.detail.title_edit.setText("Go developer (remote)")
    window.detail.title_edit.editingFinished.emit()
    saved: list[str] = []
    window.statusBar().messageChanged.connect(saved.append)
    prompts.profile_to_save = Profile((ProfileSkill("Go", 2),))
    window.edit_profile()  # saved on the database thread, every Fit worked out again there
    qtbot.waitUntil(lambda: any(m.startswith("Profile saved") for m in saved))
    qtbot.waitUntil(lambda: any(m.startswith("Fit, risk and hours") for m in saved))
    qtbot.wait(200)  # ten of the timer's looks
    assert window.changes.changed() is False
    assert reloads == []
    assert tracker.get(posting).stage is Stage.APPLYING
    # Another program's change, after all that, is still seen.
    _gigdesk(paths, "stage", str(posting), "applied")
    qtbot.waitUntil(lambda: _stage_of(window, posting) is Stage.APPLIED)
    assert reloads == [True]
    window.close()


def test_selection_sort_filter_and_scroll_are_kept(qtbot, tracker, open_window, paths, tmp_path):
    for n in range(40):
        kind = "Backend" if n % 2 else "Frontend"
        tracker.add(f"{kind} engineer {n:02d}\nAcme {n:02d}\n\nWe need Python.\n", PostingDetails())
    window = open_window()
    window.resize(900, 420)
    window.show()
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    window.search.setText("backend")
    qtbot.waitUntil(lambda: window.model.rowCount() == 20)
    chosen = window.model.posting_at(12).id
    window.select_posting(chosen)
    window.table.verticalScrollBar().setValue(5)
    top = window.model.posting_at(window.table.rowAt(0)).id
    assert window.table.verticalScrollBar().value() > 0
    # A posting that sorts before the top one (its row comes in above), another of the
    # filter's words, and the chosen one moved on.
    _gigdesk(paths, "stage", str(chosen), "applied")
    other = Store.open(paths.db_file, busy_timeout=BUSY_SECONDS)
    try:
        other.save_details(top, PostingDetails(title="Backend engineer 00a", company="Acme"))
    finally:
        other.close()
    _gigdesk(paths, "add", str(DATA / "hn_comment.txt"))  # not one the filter shows
    matching = tmp_path / "backend.txt"
    matching.write_text("Backend engineer 99\nAcme 99\n\nWe need Go.\n", encoding="utf-8")
    _gigdesk(paths, "add", str(matching))
    assert window.freshness.check()
    qtbot.waitUntil(lambda: _stage_of(window, chosen) is Stage.APPLIED)
    qtbot.waitUntil(lambda: window.model.rowCount() == 21)  # searched again: it matches
    assert window.search.text() == "backend"
    assert window.model.total() == 42
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        Column.TITLE,
        Qt.SortOrder.AscendingOrder,
    )
    titles = [window.model.posting_at(r).title for r in range(window.model.rowCount())]
    assert titles == sorted(titles)
    assert window.detail.posting.id == chosen
    assert window.table.currentIndex().row() == window.model.row_of(chosen)
    assert window.model.posting_at(window.table.rowAt(0)).id == top


def test_a_profile_imported_by_the_command_line_works_fit_out_again(
    qtbot, window, prompts, paths, tmp_path
):
    add(window, CONTRACT)
    prompts.profile_to_save = Profile((ProfileSkill("Kotlin", 7), ProfileSkill("GraphQL")))
    window.edit_profile()
    assert window.model.index(0, Column.FIT).data() == "2/8"
    profile = tmp_path / "skills.txt"
    profile.write_text(format_profile(Profile((ProfileSkill("Kotlin", 7),))), encoding="utf-8")
    _gigdesk(paths, "profile", "import", str(profile))
    assert window.freshness.check()
    qtbot.waitUntil(lambda: window.model.index(0, Column.FIT).data() == "1/8")
    assert window.detail.reading.must_label.text() == "Must-haves: you meet 1 of 8"


def test_what_the_user_is_typing_in_the_pane_is_kept_until_they_leave_it(
    qtbot, tracker, open_window, paths
):
    """A correction saves when its field is left: the pane waits for that before it shows
    the posting as another program left it."""
    _, second = _two_postings(tracker)
    window = _active(qtbot, open_window)
    window.select_posting(second)
    pay = window.detail.pay_edit
    window.show_tab(window.detail.details)
    pay.setFocus()
    qtbot.waitUntil(pay.hasFocus)
    qtbot.keyClicks(pay, "$40-50/hour")
    _gigdesk(paths, "stage", str(second), "applied")
    assert window.freshness.check()
    assert _stage_of(window, second) is Stage.APPLIED  # the table has it
    assert window.detail.posting.stage is Stage.SAVED  # the pane waits
    assert pay.text() == "$40-50/hour" and pay.hasFocus()
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.detail.posting.stage is Stage.APPLIED)
    stored = tracker.get(second)
    assert stored.stage is Stage.APPLIED
    assert (stored.analysis.pay.min, stored.analysis.pay.max) == (40, 50)
    assert window.detail.stage_combo.currentData() == Stage.APPLIED
    assert QApplication.focusWidget() is window.table


def test_no_look_while_a_dialog_is_open(qtbot, window, tracker, paths):
    """A warning shown halfway through an edit runs the event loop: the list is not
    replaced under it; the change comes in once the dialog has closed."""
    first, _ = _two_postings(tracker)
    window.reload()
    reloads = _reloads(window)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    _gigdesk(paths, "stage", str(first), "applied")
    assert window.freshness.check() is False
    assert reloads == []
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.freshness.check() is True
    assert _stage_of(window, first) is Stage.APPLIED


def test_a_change_to_another_posting_leaves_the_pane_as_it_is(
    qtbot, window, tracker, paths, monkeypatch
):
    """Filled again, its lists would lose their place and the reading its marks."""
    first, second = _two_postings(tracker)
    window.reload()
    window.select_posting(first)
    filled: list[object] = []
    show = window.detail.show_posting
    monkeypatch.setattr(
        window.detail, "show_posting", lambda *a, **k: filled.append(a) or show(*a, **k)
    )
    _gigdesk(paths, "stage", str(second), "applied")
    assert window.freshness.check()
    assert _stage_of(window, second) is Stage.APPLIED
    assert filled == []
    _gigdesk(paths, "stage", str(first), "applied")
    assert window.freshness.check()
    assert len(filled) == 1 and window.detail.posting.stage is Stage.APPLIED
