"""Every shortcut the README lists is one the window really has, shown in a window that fits."""

from collections import Counter, defaultdict
from dataclasses import replace

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from desktop.ui.dialogs.shortcuts import ShortcutsDialog
from tests.conftest import fixture_text
from tests.test_readme import table_rows
from tests.ui.conftest import add

UPWORK = fixture_text("upwork_contract.txt")


def test_documented_shortcuts_exist(window):
    shortcuts = {key for action in window.findChildren(QAction) for key in action.shortcuts()}
    for keys, what in table_rows("## Using it"):
        for key in keys.split(" / "):
            sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
            assert sequence in shortcuts, f"{key} ({what}) is in the README but not in the app"


def test_each_show_tab_shortcut_opens_the_tab_its_name_says(window):
    add(window, "Data Analyst\n\nWe need SQL and Excel.\n")
    tabs = window.detail.tabs
    titles = {
        tabs.tabText(i).replace("&", "").casefold(): tabs.widget(i) for i in range(tabs.count())
    }
    named = {
        "show text": "posting",
        "edit notes": "notes",
        "edit details": "details",
        "show history": "details",  # the history sits under the details
    }
    opened = []
    for action in window.findChildren(QAction):
        name = action.text().replace("&", "").casefold()
        if action.shortcut().toString().startswith("Alt+") and name.startswith(
            ("show", "edit n", "edit d")
        ):
            action.trigger()
            wanted = named.get(name, name.removeprefix("show "))
            assert tabs.currentWidget() is titles[wanted], f"{action.text()} opened another tab"
            opened.append(wanted)
    assert sorted(set(opened)) == sorted(titles)


def test_help_about_names_the_version_and_the_data_file(window, prompts, tracker):
    from desktop import __version__

    (about,) = [a for a in window.findChildren(QAction) if a.text() == "&About Gigdesk"]
    about.trigger()
    assert prompts.about_seen == (__version__, tracker.store.db_file)


def _access_key(text):
    """The Alt+letter Qt takes from a text ("&Edit" is Alt+E), or None."""
    return QKeySequence.mnemonic(text).toString() or None


def _access_keys_on_screen(window):
    """Each Alt+letter the window answers to as it shows now, with whose it is: the menu
    bar's, and those of the buttons, tabs and labels with a buddy on screen (enabled or
    not: a button greyed out now is enabled later)."""
    keys = [(_access_key(action.text()), action.text()) for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        else:
            continue
        keys += [(_access_key(text), text) for text in texts]
    return [(key, whose) for key, whose in keys if key]


def _clashes(window):
    owners = defaultdict(list)
    for key, whose in _access_keys_on_screen(window):
        owners[key].append(whose)
    return {key: whose for key, whose in owners.items() if len(whose) > 1}


def test_no_two_things_on_screen_share_an_alt_letter(qtbot, window, tracker):
    """Qt only moves the focus between the owners of a shared Alt+letter: with a posting
    shown, Alt+E went to "Add event…" rather than the Edit menu, and in Today's view Alt+D,
    Alt+O and Alt+N to the Done, Open and No response buttons, whose letters the Details,
    Overview and Notes tabs had too. Each view and each tab of the pane is walked."""
    for view in ("the list", "Today"):
        window.menu_actions.today.setChecked(view == "Today")
        assert window.detail.currentWidget() is window.detail.welcome
        assert not _clashes(window), f"the first steps, in {view}"
    posting = add(window, UPWORK)
    tracker.save_details(
        posting.id, replace(tracker.get(posting.id).details, follow_up=window.time.today())
    )
    window.reload()
    views = {
        "the list": lambda: window.show_board(False),
        "Today": lambda: window.menu_actions.today.setChecked(True),
        "the board": lambda: window.show_board(True),
    }
    tabs = window.detail.tabs
    for view, show in views.items():
        show()
        assert window.detail.posting.id == posting.id
        if view == "Today":
            assert window.agenda.buttons["done"].isEnabled()  # the posting is due
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            assert not _clashes(window), f"{tabs.tabText(tab)} tab, in {view}"


def test_no_two_entries_of_a_menu_share_an_alt_letter(window):
    """In an open menu a shared letter only moves between its entries ("Edit &details" and
    "&Delete posting…" in the Posting menu)."""
    for menu in window.findChildren(QMenu):
        keys = Counter(_access_key(a.text()) for a in menu.actions() if not a.isSeparator())
        shared = [key for key, count in keys.items() if key and count > 1]
        assert not shared, f"{menu.title()}: {shared}"


def test_the_shortcuts_window_fits_a_small_screen_and_scrolls(qtbot, window):
    """Fourteen groups of keys ran to 900 pixels and pushed the button off a 1280×800 screen."""
    groups = [(f"Menu {n}", [(f"Ctrl+{n}", f"Does thing {n}")] * 6) for n in range(14)]
    dialog = ShortcutsDialog(groups, window)
    qtbot.addWidget(dialog)
    dialog.show()
    available = dialog.screen().availableGeometry().height()
    assert dialog.height() <= available
    assert dialog.text.verticalScrollBar().maximum() > 0


def test_show_history_scrolls_the_details_down_to_the_history(qtbot, window):
    """At 1024×700 the history sits below the fields: Alt+7 showed the fields' top."""
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    add(window, "Data Analyst\n\nWe need SQL and Excel.\n")
    history = window.detail.history_view
    window.show_tab(history)
    page = window.detail.details
    qtbot.waitUntil(
        lambda: page.verticalScrollBar().value() > 0 or page.verticalScrollBar().maximum() == 0
    )
    top = history.mapTo(page.viewport(), history.rect().topLeft()).y()
    assert 0 <= top < page.viewport().height()
