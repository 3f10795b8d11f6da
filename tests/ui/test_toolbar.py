"""The toolbar offers the everyday actions with icons, even on a system without an icon theme."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def test_the_toolbar_buttons_show_icons_and_run_the_menus_actions(qtbot, window, prompts):
    buttons = {
        action.iconText(): action
        for action in window.toolbar.actions()
        if isinstance(window.toolbar.widgetForAction(action), QToolButton)
    }
    assert list(buttons) == ["New", "Paste", "Export", "Skills", "Hours"]
    assert all(not action.icon().isNull() for action in buttons.values())
    assert buttons["Skills"] is window.menu_actions.profile  # the menu's action, key and all
    qtbot.mouseClick(window.toolbar.widgetForAction(buttons["Hours"]), Qt.MouseButton.LeftButton)
    assert prompts.my_hours_asked is not None
