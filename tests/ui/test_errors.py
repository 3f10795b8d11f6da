"""Bugs and Qt's own messages end up in the log; a bug in a slot also opens the crash dialog."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QMessageLogger,
    QObject,
    Signal,
    qDebug,
    qInfo,
    qInstallMessageHandler,
    qWarning,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.errors import install_excepthook, install_qt_message_handler
from tests.test_logs import LogSetups

CRASH_TITLE = "Gigdesk hit a bug"


@pytest.fixture
def log_setups(request: pytest.FixtureRequest) -> Iterator[LogSetups]:
    setups = LogSetups(request.config)
    yield setups
    setups.undo()


@pytest.fixture
def qt_messages_logged() -> Iterator[None]:
    """Gigdesk's handler in place of pytest-qt's, which sees none of these messages."""
    previous = install_qt_message_handler()
    yield
    qInstallMessageHandler(previous)


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lets `install_excepthook` replace sys.excepthook for this test only."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


class Sender(QObject):
    fired = Signal()


def crash_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == CRASH_TITLE
    ]


def test_qt_messages_reach_the_log_at_their_level(tmp_path, log_setups, qt_messages_logged):
    log_file = log_setups(tmp_path)
    qWarning("a Qt warning")
    qInfo("a Qt note")
    qDebug("a Qt detail")
    QMessageLogger("qwidget.cpp", 42, "show", "qt.widgets").critical("a Qt error")

    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert " WARNING qt: a Qt warning\n" in text
    assert " INFO qt: a Qt note\n" in text
    assert " ERROR qt: qt.widgets: a Qt error (qwidget.cpp:42)\n" in text
    assert "a Qt detail" not in text  # DEBUG, and the log is at INFO


def test_qt_debug_messages_reach_the_log_with_debug(
    tmp_path, log_setups, qt_messages_logged, capsys
):
    log_file = log_setups(tmp_path, debug=True)
    qDebug("a Qt detail")

    assert log_file is not None
    assert " DEBUG qt: a Qt detail\n" in log_file.read_text(encoding="utf-8")
    assert "a Qt detail" in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture  # the exception must reach Gigdesk's hook, not pytest-qt's
def test_an_exception_in_a_slot_reaches_the_log_and_the_crash_dialog(
    qtbot, tmp_path, log_setups, crash_hook
):
    log_file = log_setups(tmp_path / "logs")
    install_excepthook(log_file)
    sender = Sender()

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    sender.fired.connect(broken_slot)
    sender.fired.emit()

    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert " CRITICAL desktop.ui.errors: uncaught exception\nTraceback" in text
    assert "in broken_slot\n" in text
    assert "RuntimeError: a bug in a slot" in text
    [box] = crash_boxes()
    qtbot.addWidget(box)  # shown, not exec'd: emit returned while it is open
    assert f"gigdesk.log, in the log folder {tmp_path / 'logs'}" in box.text()
    assert "RuntimeError: a bug in a slot" in box.detailedText()
    box.close()
    assert crash_boxes() == []


def test_without_a_log_file_the_crash_dialog_names_none(qtbot, crash_hook):
    install_excepthook(None)
    try:
        raise ValueError("a bug")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    [box] = crash_boxes()
    qtbot.addWidget(box)
    assert "log folder" not in box.text()
    assert "ValueError: a bug" in box.detailedText()
    box.close()


def test_a_fatal_qt_message_is_also_said_on_the_terminal(capsys):
    """Qt aborts after a fatal message (no display to connect to): the reason goes to the
    terminal as well as the log, with where the commands still work."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from desktop.ui.errors import _log_qt_message

    _log_qt_message(QtMsgType.QtFatalMsg, QMessageLogContext(), "could not connect to display")
    err = capsys.readouterr().err
    assert "could not connect to display" in err
    assert "gigdesk --help" in err
