"""Every shortcut the README lists is one the window really has, shown in a window that fits."""

from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.dialogs.shortcuts import ShortcutsDialog
from tests.test_readme import table_rows


def test_documented_shortcuts_exist(window):
    shortcuts = {key for action in window.findChildren(QAction) for key in action.shortcuts()}
    for keys, what in table_rows("## Using it"):
        for key in keys.split(" / "):
            sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
            assert sequence in shortcuts, f"{key} ({what}) is in the README but not in the app"


def test_each_show_tab_shortcut_opens_the_tab_its_name_says(window):
    from tests.ui.conftest import add

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
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].casefold() if index >= 0 else None


def test_no_tab_takes_a_menus_access_key(window):
    """Alt+V must open the View menu, not the tab whose name holds a "v" marked for Alt."""
    menus = {_access_key(action.text()) for action in window.menuBar().actions()}
    tabs = window.detail.tabs
    for i in range(tabs.count()):
        key = _access_key(tabs.tabText(i))
        assert key not in menus, f"tab {tabs.tabText(i)!r} takes Alt+{key.upper()} from a menu"


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
    from tests.ui.conftest import add

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
