"""Every shortcut the README lists is one the window really has."""

from PySide6.QtGui import QAction, QKeySequence

from tests.test_readme import table_rows


def test_documented_shortcuts_exist(window):
    shortcuts = {key for action in window.findChildren(QAction) for key in action.shortcuts()}
    for keys, what in table_rows("## Using it"):
        for key in keys.split(" / "):
            sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
            assert sequence in shortcuts, f"{key} ({what}) is in the README but not in the app"
