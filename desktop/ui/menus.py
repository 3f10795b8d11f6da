"""The main window's menus and the keys that reach them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desktop.ui.appearance import Appearance
from desktop.ui.posting_model import HEADERS, Column

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The actions other code enables, disables or triggers."""

    new: QAction
    paste: QAction
    export: QAction
    next_stage: QAction
    previous_stage: QAction
    delete: QAction
    profile: QAction
    learn: QAction
    my_hours: QAction
    board: QAction
    today: QAction


def build_menus(window: MainWindow) -> WindowActions:
    """File, Edit, View, Posting, Tools and Help, each action also reachable by its key."""
    bar = window.menuBar()
    file_menu, edit_menu, view_menu, posting_menu, tools_menu, help_menu = (
        bar.addMenu(title) for title in ("&File", "&Edit", "&View", "&Posting", "&Tools", "&Help")
    )

    def action(
        menu: QMenu,
        text: str,
        shortcut: str | QKeySequence.StandardKey,
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        item = QAction(text, window)
        item.setShortcut(QKeySequence(shortcut))
        item.setStatusTip(tip)
        item.triggered.connect(slot)
        menu.addAction(item)
        window.addAction(item)
        return item

    new = action(
        file_menu,
        "&New posting…",
        QKeySequence.StandardKey.New,
        window.adder.ask,
        "Type or paste a posting in a box",
    )
    paste = action(
        file_menu,
        "&Paste posting",
        QKeySequence.StandardKey.Paste,
        window.adder.paste,
        "Add the posting on the clipboard",
    )
    file_menu.addSeparator()
    export = action(
        file_menu,
        "&Export tracker…",
        "Ctrl+E",
        window.export_csv,
        "Save every posting and its history as CSV",
    )
    files: tuple[tuple[str, Callable[[], object], str], ...] = (
        (
            "&Import…",
            window.import_file,
            "Postings from a spreadsheet (.csv, .xlsx) or another tracker's export, or a "
            "posting saved as text (.txt, .md, .eml, a web page)",
        ),
        (
            "Export &calendar…",
            window.export_calendar,
            "Save events and follow-up dates as an iCalendar file for your calendar",
        ),
        (
            "&Work-search report…",
            window.work_search_report,
            "The weekly log of applications and activities a benefits agency asks for",
        ),
        ("&Backups…", window.show_backups, "The daily copies of your database, and restoring one"),
    )
    for text, slot, tip in files:
        action(file_menu, text, "", slot, tip)
    file_menu.addSeparator()
    action(file_menu, "&Quit", "Ctrl+Q", window.close)

    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addActions([undo, redo])
    window.addActions([undo, redo])
    edit_menu.addSeparator()
    action(edit_menu, "&Find…", QKeySequence.StandardKey.Find, window.focus_search)
    action(edit_menu, "Go to &list", "Ctrl+L", window.focus_postings)

    board, today = _build_view_menu(window, view_menu)

    next_stage = action(
        posting_menu, "&Next stage", "Ctrl+]", lambda: window.step_stage(forward=True)
    )
    previous_stage = action(
        posting_menu, "&Previous stage", "Ctrl+[", lambda: window.step_stage(forward=False)
    )
    action(posting_menu, "Edit &title", "F2", window.edit_title)
    detail = window.detail
    tabs: tuple[tuple[str, str, QWidget], ...] = (
        ("Show o&verview", "Alt+1", detail.overview),
        ("Show t&ext", "Alt+2", detail.reading),
        ("Edit &details", "Alt+3", detail.details),
        ("Edit n&otes", "Alt+4", detail.notes_edit),
        ("Show &messages", "Alt+5", detail.messages),
        ("Show propos&al", "Alt+6", detail.proposal_view),
        ("Show &history", "Alt+7", detail.history_view),
    )
    for text, key, tab in tabs:
        action(posting_menu, text, key, partial(window.show_tab, tab))
        # The tabs' names underline no letter (the Today buttons and fields have them): their
        # keys are said on hover instead (the history, no tab, is index -1: no tip).
        detail.tabs.setTabToolTip(detail.tabs.indexOf(tab), key)
    posting_menu.addSeparator()
    delete = action(
        posting_menu, "De&lete posting…", QKeySequence.StandardKey.Delete, window.delete_current
    )
    # Delete belongs to the list: in a text box the key deletes text.
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(delete)
    window.table.addAction(delete)
    window.board_actions.append(delete)

    profile = action(
        tools_menu,
        "Skills &profile…",
        "Ctrl+P",
        window.edit_profile,
        "Your skills, checked against every posting's must-haves",
    )
    learn = action(
        tools_menu,
        "What to &learn next…",
        "Ctrl+Shift+L",
        window.show_learn_next,
        "Missing skills ranked by how many open postings need them",
    )
    my_hours = action(
        tools_menu,
        "Your time &zone and hours…",
        "Ctrl+Shift+H",
        window.edit_my_hours,
        "The zone postings' hours are shown in, and your own working hours",
    )
    for text, key, slot, tip in _tool_actions(window):
        action(tools_menu, text, key, slot, tip)
    _settings_in_view(window, view_menu)
    helps: tuple[tuple[str, str | QKeySequence.StandardKey, Callable[[], object]], ...] = (
        (
            "&Keyboard shortcuts",
            QKeySequence.StandardKey.HelpContents,
            partial(show_shortcuts, window),
        ),
        ("&About Gigdesk", "", window.show_about),
    )
    for text, keys, slot in helps:
        action(help_menu, text, keys, slot)
    if window.log_folder is not None:
        action(
            help_menu,
            "Open &log folder",
            "",
            window.open_log_folder,
            "Gigdesk's log, to attach to a bug report",
        )
    return WindowActions(
        new,
        paste,
        export,
        next_stage,
        previous_stage,
        delete,
        profile,
        learn,
        my_hours,
        board,
        today,
    )


def _tool_actions(window: MainWindow) -> tuple[tuple[str, str, Callable[[], object], str], ...]:
    """The Tools menu's entries after the skills and hours: (text, key, slot, tip)."""
    return (
        (
            "&Insights…",
            "Ctrl+I",
            window.show_insights,
            "How far applications get, who answers, how long each stage takes, the weekly pace",
        ),
        (
            "Log a work-search &activity…",
            "",
            window.log_activity,
            "A workshop, job fair, networking meeting or course, for the work-search report",
        ),
        (
            "P&roposals…",
            "Ctrl+Shift+P",
            window.proposals.show_ledger,
            "What your proposals cost and won, per week or month, platform or template",
        ),
        (
            "Proposal &templates…",
            "",
            window.proposals.edit_templates,
            "Your own proposal texts, filled from a posting on its Proposal tab",
        ),
        (
            "&Follow-up reminders…",
            "",
            window.edit_silence_limits,
            "How many days of silence, by stage, before a posting needs a follow-up",
        ),
    )


def _build_view_menu(window: MainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """Today's agenda, the list or the board, and the board's keys for moving a card; the
    Board and Today actions."""
    today = QAction("&Today", window, checkable=True)
    today.setShortcut(QKeySequence("Ctrl+T"))
    today.setStatusTip("Follow-ups due and applications gone quiet")
    today.toggled.connect(window.show_today)
    menu.addAction(today)
    window.addAction(today)
    board = QAction("&Board", window, checkable=True)
    board.setShortcut(QKeySequence("Ctrl+B"))
    board.setStatusTip("Postings as cards, a column per stage")
    board.toggled.connect(window.show_board)  # also when the last run's view is put back
    menu.addAction(board)
    window.addAction(board)
    menu.addSeparator()
    for text, key, forward in (
        ("Move card to &next stage", "Ctrl+Shift+Right", True),
        ("Move card to &previous stage", "Ctrl+Shift+Left", False),
    ):
        move = QAction(text, window)
        move.setShortcut(QKeySequence(key))
        move.triggered.connect(
            lambda _=False, forward=forward: window.board.step_current(forward=forward)
        )
        # The board's keys alone: in a text box Ctrl+Shift+arrows select words.
        move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        menu.addAction(move)
        window.board_actions.append(move)
    return board, today


def _settings_in_view(window: MainWindow, menu: QMenu) -> None:
    """Reminders on or off, and the appearance, below the views."""
    menu.addSeparator()
    reminders = menu.addAction("&Reminders in the tray")
    reminders.setCheckable(True)
    reminders.setChecked(window.reminders.enabled)
    reminders.setStatusTip("A tray icon with what is due, and a message when it comes due")
    reminders.toggled.connect(window.set_reminders)
    _appearance_menu(window, menu.addMenu("&Appearance"))


def _appearance_menu(window: MainWindow, menu: QMenu) -> None:
    """Light, dark or the system's, one of them ticked."""
    group = QActionGroup(menu)
    current = window.appearance.appearance if window.appearance else Appearance.SYSTEM
    for appearance in Appearance:
        choice = menu.addAction(appearance.label)
        choice.setCheckable(True)
        choice.setChecked(appearance is current)
        choice.triggered.connect(partial(window.set_appearance, appearance))
        group.addAction(choice)


def show_shortcuts(window: MainWindow) -> None:
    """Every key the window answers to, with what it does, grouped by task as the menus
    group them (and in their order), then any key no menu shows."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    listed: set[QAction] = set()
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = [a for a in menu.actions() if not a.shortcut().isEmpty()]
        listed.update(actions)
        if actions:
            groups.append((entry.text().replace("&", ""), [_key_row(a) for a in actions]))
    others = [
        _key_row(a)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a not in listed
    ]
    if others:
        groups.append(("Other", sorted(set(others), key=lambda row: row[1])))
    window.prompts.show_shortcuts(groups)


def _key_row(action: QAction) -> tuple[str, str]:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return keys, action.text().replace("&", "")


def show_column_menu(table: QTableView, position: QPoint) -> None:
    """Right-click on the header: show or hide columns (the title always stays)."""
    header = table.horizontalHeader()
    menu = QMenu(table)
    for column in Column:
        if column == Column.TITLE:
            continue
        toggle = menu.addAction(HEADERS[column])
        toggle.setCheckable(True)
        toggle.setChecked(not header.isSectionHidden(column))
        toggle.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    menu.exec(header.mapToGlobal(position))
