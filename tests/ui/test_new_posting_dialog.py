"""File → New posting…: Ctrl+Enter adds the posting, as in most editors' dialogs; plain
Enter is a new line in the text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.dialogs.new_posting import NewPostingDialog

TEXT = "Backend Engineer\nAcme Ltd"
CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def _shown(qtbot) -> NewPostingDialog:
    """The dialog on screen, active, its text box focused."""
    shown = NewPostingDialog()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.text_box.setFocus()
    return shown


@pytest.fixture
def dialog(qtbot) -> NewPostingDialog:
    shown = _shown(qtbot)
    shown.text_box.setPlainText(TEXT)
    shown.text_box.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after it
    return shown


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Enter, CTRL | KEYPAD)],
    ids=["ctrl+return", "ctrl+enter on the keypad"],
)
def test_ctrl_enter_in_the_text_adds_the_posting(qtbot, dialog, key, modifiers):
    qtbot.keyClick(dialog.text_box, key, modifiers)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.text_box.toPlainText() == TEXT  # no new line added on the way


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_plain_enter_is_a_new_line_in_the_text(qtbot, dialog, key):
    qtbot.keyClick(dialog.text_box, key)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.text_box.toPlainText() == TEXT + "\n"


def test_ctrl_enter_on_an_empty_box_says_why_and_stays_open(qtbot):
    shown = _shown(qtbot)
    qtbot.keyClick(shown.text_box, Qt.Key.Key_Return, CTRL)
    assert shown.isVisible()
    assert shown.error_label.isVisible() and "empty" in shown.error_label.text()
