"""The main window's toolbar: the actions a user reaches for most, with icons.

Icons come from the desktop's icon theme where there is one (Qt's theme names), else
from Gigdesk's own (resources/icons/), drawn in a blue that reads on light and dark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar

from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.menus import WindowActions

# Each toolbar action: the window's action, its short label, the theme's icon, Gigdesk's own.
_BUTTONS: tuple[tuple[str, str, QIcon.ThemeIcon, str], ...] = (
    ("new", "New", QIcon.ThemeIcon.DocumentNew, "new.svg"),
    ("paste", "Paste", QIcon.ThemeIcon.EditPaste, "paste.svg"),
    ("export", "Export", QIcon.ThemeIcon.DocumentSaveAs, "export.svg"),
    ("profile", "Skills", QIcon.ThemeIcon.DocumentProperties, "skills.svg"),
    ("my_hours", "Hours", QIcon.ThemeIcon.AppointmentNew, "hours.svg"),
)


def build_toolbar(window: MainWindow, actions: WindowActions) -> QToolBar:
    """A toolbar over the window's own actions (the menus' keys and tips go with them)."""
    bar = QToolBar("Toolbar", window)
    bar.setObjectName("main_toolbar")  # its place and visibility are kept with the layout
    bar.setMovable(False)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name, label, theme, own in _BUTTONS:
        action: QAction = getattr(actions, name)
        action.setIcon(QIcon.fromTheme(theme, QIcon(str(resource_path(f"icons/{own}")))))
        action.setIconText(label)
        bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
