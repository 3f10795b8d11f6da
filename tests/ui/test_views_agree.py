"""Whatever view shows (Today, the list, the board), the posting in the detail pane is the
one chosen in it; and the window opens on the view it stays on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import DuplicateChoice
from desktop.ui.settings import UiState
from tests.ui.conftest import HeldTasks, add

ACME = "Python Developer\nAcme\n\nBuild our billing service.\n"
DJANGO = "Django Developer\nGlobex\n\nIntegrate Stripe payments into our Django shop.\n"
GAMMA = "Support Engineer\nGamma\n\nAnswer the customers' tickets.\n"
NORTHWIND = "Warehouse Lead\nNorthwind\n\nRun the night shift in the warehouse.\n"


def _shown(qtbot, window: MainWindow) -> MainWindow:
    """The window shown and active, as the user sees it: the keys go to its focus."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _chosen_in_view(window: MainWindow) -> int | None:
    """The posting chosen in the view the window shows: Today's item, or the list's row
    (the board's chosen card is the list's current row)."""
    if window.views.currentWidget() is window.agenda:
        current = window.agenda.current()
        return None if current is None else current.id
    index = window.table.currentIndex()
    return window.model.posting_at(index.row()).id if index.isValid() else None


def _due(tracker, text: str, follow_up: date = date(2026, 8, 1)) -> int:
    """A posting applied to, its follow-up overdue on the window's day (5 August)."""
    posting = tracker.add(text, PostingDetails())
    kept = tracker.get(posting.id).details
    tracker.save_details(posting.id, PostingDetails(title=kept.title, follow_up=follow_up))
    tracker.set_stage(posting.id, Stage.APPLIED)
    return posting.id


def test_ctrl_f_on_today_filters_the_postings_list_it_shows(qtbot, open_window, tracker):
    """Ctrl+F, "stripe" on Today left Acme chosen there while the pane showed the Django
    posting the hidden list had filtered to: the list shows, filtered, and says so."""
    django = tracker.add(DJANGO, PostingDetails()).id
    acme = _due(tracker, ACME)
    window = _shown(qtbot, open_window())
    assert window.views.currentWidget() is window.agenda
    assert _chosen_in_view(window) == window.detail.posting.id == acme

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "stripe")
    assert window.views.currentWidget() is window.table
    assert not window.menu_actions.today.isChecked()
    assert window.model.rowCount() == 1
    assert _chosen_in_view(window) == window.detail.posting.id == django
    assert "Ctrl+T" in window.statusBar().currentMessage()
    assert window.search.hasFocus()  # still typing

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.agenda
    assert _chosen_in_view(window) == window.detail.posting.id == acme
    assert window.search.placeholderText().startswith("Filter all postings: leaves Today")


def test_today_chosen_under_a_filter_hiding_it_is_still_the_posting_shown(qtbot, window, tracker):
    """The agenda lists every posting due; the list's filter hid the one chosen there, and
    the pane kept showing the list's."""
    django = add(window, DJANGO)
    acme = _due(tracker, ACME)
    window.reload()
    window.search.setText("stripe")
    assert window.detail.posting.id == django.id
    window.menu_actions.today.trigger()
    assert _chosen_in_view(window) == window.detail.posting.id == acme
    window.menu_actions.today.trigger()  # back to the filtered list
    assert window.views.currentWidget() is window.table
    assert _chosen_in_view(window) == window.detail.posting.id == django.id


def test_open_existing_from_today_shows_it_chosen_in_the_list(qtbot, open_window, tracker, prompts):
    """Pasting Northwind again and choosing Open existing on Today showed Northwind in the
    pane while Gamma stayed chosen on Today: Today cannot list it, so the list shows, with
    Northwind chosen and scrolled to."""
    northwind = tracker.add(NORTHWIND, PostingDetails()).id
    for n in range(60):
        tracker.add(f"Filler {n}\nCompany {n}\n\nNothing to see.\n", PostingDetails())
    gamma = _due(tracker, GAMMA)
    window = _shown(qtbot, open_window())
    assert _chosen_in_view(window) == window.detail.posting.id == gamma
    assert window.agenda.table.hasFocus()

    prompts.duplicate_choice = DuplicateChoice.OPEN
    assert add(window, NORTHWIND) is None
    assert window.views.currentWidget() is window.table
    assert not window.menu_actions.today.isChecked()
    assert _chosen_in_view(window) == window.detail.posting.id == northwind
    shown_at = window.table.visualRect(window.table.currentIndex())
    assert shown_at.top() >= 0 and shown_at.bottom() <= window.table.viewport().height()
    assert window.table.hasFocus()  # the focus left Today with it, not for the title field


def test_open_existing_of_a_posting_due_chooses_it_on_today(qtbot, open_window, tracker, prompts):
    gamma = _due(tracker, GAMMA)
    northwind = _due(tracker, NORTHWIND, follow_up=date(2026, 8, 3))
    window = _shown(qtbot, open_window())
    assert _chosen_in_view(window) == gamma  # the most overdue first
    prompts.duplicate_choice = DuplicateChoice.OPEN
    add(window, NORTHWIND)
    assert window.views.currentWidget() is window.agenda
    assert _chosen_in_view(window) == window.detail.posting.id == northwind


def test_open_existing_clears_a_filter_hiding_it_in_the_board(qtbot, window, tracker, prompts):
    northwind = add(window, NORTHWIND)
    add(window, DJANGO)
    window.menu_actions.board.setChecked(True)
    window.search.setText("stripe")
    prompts.duplicate_choice = DuplicateChoice.OPEN
    add(window, NORTHWIND)
    assert window.search.text() == ""
    assert window.views.currentWidget() is window.board
    assert _chosen_in_view(window) == window.detail.posting.id == northwind.id


def test_the_window_opens_on_today_without_showing_the_list_first(qtbot, tracker, paths, prompts):
    """The start page was chosen once the whole list was read, after the window showed: the
    list (or the board) flashed before Today."""
    tracker.add(ACME, PostingDetails())
    gamma = _due(tracker, GAMMA)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    state = UiState(paths.ui_state_file)
    state.board_shown = True  # the last run ended on the board
    window, settle = _held_window(qtbot, tracker, state, prompts)
    assert window.views.currentWidget() is window.agenda  # before it shows
    assert window.menu_actions.today.isChecked()
    shown = settle()
    assert shown == []  # never switched once it showed
    assert window.views.currentWidget() is window.agenda
    assert _chosen_in_view(window) == window.detail.posting.id == gamma


def test_the_window_opens_on_the_list_when_nothing_is_due(qtbot, tracker, paths, prompts):
    tracker.add(ACME, PostingDetails())
    window, shown = _shown_with_held_work(qtbot, tracker, paths, prompts)
    assert shown == []
    assert window.views.currentWidget() is window.table
    assert _chosen_in_view(window) == window.detail.posting.id


def test_due_work_found_once_the_window_shows_is_said_not_switched_to(
    qtbot, monkeypatch, tracker, paths, prompts
):
    """In a large tracker the newest postings read for the first paint may hold nothing
    due when older ones do: the window stays on the list, and the status bar says so."""
    from desktop.ui import loading

    monkeypatch.setattr(loading, "FIRST_ROWS", 1)
    _due(tracker, GAMMA)  # the older one
    newest = tracker.add(ACME, PostingDetails()).id
    window, shown = _shown_with_held_work(qtbot, tracker, paths, prompts)
    assert shown == []
    assert _chosen_in_view(window) == window.detail.posting.id == newest
    assert window.statusBar().currentMessage() == "Today: 1 follow-up due. Ctrl+T shows them."


def test_deleting_the_posting_chosen_on_today_shows_the_next_one(qtbot, window, tracker):
    django = add(window, DJANGO)
    gamma, acme = _due(tracker, GAMMA), _due(tracker, ACME, follow_up=date(2026, 8, 3))
    window.reload()
    window.search.setText("stripe")  # hides both from the list
    window.menu_actions.today.trigger()
    assert _chosen_in_view(window) == window.detail.posting.id == gamma
    window.delete_current()
    agenda = window.agenda.model
    assert [agenda.item(row).posting.id for row in range(agenda.rowCount())] == [acme]
    assert _chosen_in_view(window) == window.detail.posting.id == acme
    window.delete_current()
    assert window.agenda.summary.text() == "Nothing is due today."
    assert window.detail.posting is None
    window.menu_actions.today.trigger()
    assert _chosen_in_view(window) == window.detail.posting.id == django.id


def _held_window(qtbot, tracker, state, prompts):
    """A window whose threads' work waits, and a function that shows it, lets the work
    run as the event loop would, and returns the views it switched to."""
    tasks, searches = HeldTasks(), HeldTasks()
    window = MainWindow(tracker, tasks, state, prompts=prompts, searches=searches)
    qtbot.addWidget(window)

    def settle() -> list:
        shown: list = []
        window.views.currentChanged.connect(shown.append)
        window.show()
        for _ in range(5):
            tasks.run_held()
            searches.run_held()
        return shown

    return window, settle


def _shown_with_held_work(qtbot, tracker, paths, prompts):
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window, settle = _held_window(qtbot, tracker, UiState(paths.ui_state_file), prompts)
    return window, settle()
