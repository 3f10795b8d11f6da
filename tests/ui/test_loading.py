"""The table shows kept summaries at once and works out stale ones in parts."""

from __future__ import annotations

from collections import deque
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop.domain.skills.profile import Profile, ProfileSkill
from desktop.domain.tracking.tracker import PostingDetails
from desktop.ui import loading
from desktop.ui.main_window import MainWindow
from desktop.ui.posting_model import Column, PostingTableModel
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks

POSTING = "Data engineer\n\n## Requirements\n- Python\n- Airflow\n\nRef {n}\n"


def test_a_new_profile_is_worked_out_in_parts_each_shown_as_it_comes(
    monkeypatch, tracker, open_window
):
    ids = [tracker.add(POSTING.format(n=n), PostingDetails()).id for n in range(3)]
    tracker.store.save_profile(Profile((ProfileSkill("Python"),)))  # behind the tracker's back
    parts: list[list[int]] = []
    refresh = tracker.refresh_summaries
    monkeypatch.setattr(
        tracker, "refresh_summaries", lambda ids: (parts.append(ids), refresh(ids))[1]
    )
    monkeypatch.setattr(loading, "REFRESH_PART", 1)
    window = open_window()
    assert parts == [[posting_id] for posting_id in ids]
    cells = {
        window.model.posting_at(r).id: window.model.index(r, Column.FIT).data() for r in range(3)
    }
    assert cells == {posting_id: "1/2" for posting_id in ids}
    said = window.statusBar().currentMessage()
    assert said == "Fit, risk and hours worked out again for 3 postings."
    assert tracker.kept_summaries()[1] == []


def test_after_a_parser_upgrade_postings_are_read_again_in_parts_and_nothing_twice(
    monkeypatch, tracker, open_window, paths
):
    import sqlite3

    tracker.save_profile(Profile((ProfileSkill("Cobol"),)))  # a fit is shown once skills are
    ids = [tracker.add(POSTING.format(n=n), PostingDetails()).id for n in range(5)]
    with sqlite3.connect(paths.db_file) as raw:  # as an older parser left them
        raw.execute("UPDATE posting SET analysis_version = 1")
        raw.execute("UPDATE summary SET fit_basis = 'older', risk_basis = 'older'")
    raw.close()
    parts: list[list[int]] = []
    read_again = tracker.read_again
    monkeypatch.setattr(tracker, "read_again", lambda ids: (parts.append(ids), read_again(ids))[1])
    refreshed: list[list[int]] = []
    refresh = tracker.refresh_summaries
    monkeypatch.setattr(
        tracker, "refresh_summaries", lambda ids: (refreshed.append(ids), refresh(ids))[1]
    )
    monkeypatch.setattr(loading, "READ_PART", 2)
    window = open_window()
    assert parts == [ids[:2], ids[2:4], ids[4:]]
    assert refreshed == []  # each part's summaries came with its new reading
    assert tracker.stale_readings() == [] and tracker.kept_summaries()[1] == []
    cells = [window.model.index(r, Column.FIT).data() for r in range(5)]
    assert cells == ["0/2"] * 5
    assert "read 5 postings again" in window.statusBar().currentMessage().lower()


def test_the_newest_postings_show_with_their_summaries_before_the_whole_list(
    monkeypatch, tracker, open_window
):
    ids = [tracker.add(POSTING.format(n=n), PostingDetails()).id for n in range(5)]
    tracker.save_profile(Profile((ProfileSkill("Python"),)))
    tracker.summaries()  # kept, so the first screenful has them too
    shown: list[tuple[list[int], list[str], str]] = []
    set_summaries = PostingTableModel.set_summaries

    def recording(model, summaries):
        set_summaries(model, summaries)
        window_counts = model.parent().counts.text()
        cells = [model.index(r, Column.FIT).data() for r in range(model.rowCount())]
        shown.append(
            ([model.posting_at(r).id for r in range(model.rowCount())], cells, window_counts)
        )

    monkeypatch.setattr(PostingTableModel, "set_summaries", recording)
    monkeypatch.setattr(loading, "FIRST_ROWS", 2)
    window = open_window()
    first, whole = shown[0], shown[-1]
    assert sorted(first[0]) == ids[3:] and first[1] == ["1/2", "1/2"] and first[2] == ""
    assert sorted(whole[0]) == ids
    assert window.counts.text() == "5 postings"


class _HeldTasks(ImmediateTasks):
    """A search thread that runs nothing until told to."""

    def __init__(self) -> None:
        self.held: list[tuple] = []

    def run(self, work, on_done, on_error) -> None:
        self.held.append((work, on_done, on_error))

    def release(self) -> None:
        for job in self.held:
            super().run(*job)


def test_the_first_posting_is_shown_once_the_reader_is_ready(qtbot, tracker, paths, prompts):
    """Showing a posting compiles the reader's patterns if nothing has: half a second on the
    GUI thread. They are compiled on the idle search thread, and the first posting waits."""
    tracker.add(POSTING.format(n=1), PostingDetails())
    searches = _HeldTasks()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(
        tracker, ImmediateTasks(), UiState(paths.ui_state_file), prompts=prompts, searches=searches
    )
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1 and window.detail.posting is None
    assert searches.held[0][0] == tracker.prepare  # then the agenda (the start page)
    searches.release()
    assert window.detail.posting is not None


def test_a_start_makes_the_days_backup_beside_the_database(tracker, open_window, paths):
    tracker.add(POSTING.format(n=1), PostingDetails())
    open_window()
    (made,) = (paths.db_file.parent / "backups").glob("*.db")
    assert made.name == "gigdesk-2026-08-05.db"  # the window's today


def test_file_backups_hands_the_chosen_backup_over_and_closes(qtbot, tracker, open_window, prompts):
    tracker.add(POSTING.format(n=1), PostingDetails())
    window = open_window()  # today's backup made at start
    window.show()
    wanted: list = []
    window.restore_wanted.connect(wanted.append)
    prompts.backup_day = date(2026, 8, 5)
    (backups,) = [a for a in window.findChildren(QAction) if a.text() == "&Backups…"]
    backups.trigger()
    assert [b.postings for b in prompts.backups_shown] == [1]
    assert [path.name for path in wanted] == ["gigdesk-2026-08-05.db"]
    assert not window.isVisible()


def test_one_posting_worked_out_is_said_in_the_singular(tracker, open_window):
    tracker.add(POSTING.format(n=1), PostingDetails())
    tracker.store.save_profile(Profile((ProfileSkill("Python"),)))  # behind the tracker's back
    window = open_window()
    assert (
        window.statusBar().currentMessage() == "Fit, risk and hours worked out again for 1 posting."
    )


class _QueuedTasks(ImmediateTasks):
    """The database thread's queue: each job in its turn, a job a callback asks for behind
    those already waiting."""

    def __init__(self) -> None:
        self.queue: deque[tuple] = deque()

    def run(self, work, on_done, on_error) -> None:
        self.queue.append((work, on_done, on_error))

    def drain(self) -> None:
        while self.queue:
            super().run(*self.queue.popleft())


def test_the_days_backup_waits_until_the_stale_summaries_are_worked_out(
    qtbot, tracker, paths, prompts, monkeypatch
):
    """Copying a large file first held Fit, Risk and Hours back for seconds."""
    for n in range(3):
        tracker.add(POSTING.format(n=n), PostingDetails())
    tracker.store.save_profile(Profile((ProfileSkill("Python"),)))  # every fit stale
    done: list[str] = []
    refresh, backup = tracker.refresh_summaries, tracker.daily_backup
    monkeypatch.setattr(
        tracker, "refresh_summaries", lambda ids: done.append("fit") or refresh(ids)
    )
    monkeypatch.setattr(tracker, "daily_backup", lambda: done.append("backup") or backup())
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    tasks = _QueuedTasks()
    window = MainWindow(tracker, tasks, UiState(paths.ui_state_file), prompts=prompts)
    qtbot.addWidget(window)
    tasks.drain()
    assert done == ["fit", "backup"]


def test_the_fit_shows_once_the_profile_names_a_skill(tracker, open_window, prompts):
    tracker.add(POSTING.format(n=1), PostingDetails())
    window = open_window()
    fit = window.model.index(0, Column.FIT)
    assert fit.data() == ""  # "0/2" before any skill is named says nothing
    assert "Set your skills" in fit.data(Qt.ItemDataRole.ToolTipRole)
    prompts.profile_to_save = Profile((ProfileSkill("Cobol"),))
    window.edit_profile()
    assert window.model.index(0, Column.FIT).data() == "0/2"
