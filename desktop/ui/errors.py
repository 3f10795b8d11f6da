"""Bugs reach the user as a dialog with the traceback; bugs and Qt's own messages reach
the log (desktop/logs.py), which the user can send."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]

_log = logging.getLogger(__name__)
_qt_log = logging.getLogger("qt")
_open_boxes: list[QMessageBox] = []  # keeps non-modal boxes alive while shown

# Qt's critical is an error the app survives; fatal aborts right after it is logged.
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler() -> QtMessageHandler | None:
    """Send Qt's messages to the "qt" logger instead of stderr; returns the handler
    replaced (None for Qt's own), to put back when the app has ended."""
    return qInstallMessageHandler(_log_qt_message)


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS[kind]
    if context.category and context.category != "default":
        message = f"{context.category}: {message}"
    if level >= logging.WARNING and context.file:
        message = f"{message} ({context.file}:{context.line})"
    _qt_log.log(level, "%s", message)
    if kind == QtMsgType.QtFatalMsg:
        # Qt aborts next: the log file is not where someone at a terminal looks.
        print(f"gigdesk: the window cannot start: {message}", file=sys.stderr)
        print(_NO_WINDOW_HINT, file=sys.stderr)


@contextmanager
def fatal_ends_the_process(code: int) -> Iterator[None]:
    """While Qt starts, a fatal message of its own (no display to connect to) ends the
    process with `code` once logged and said. Qt would abort next: exit status 134 and
    "Fatal Python error: Aborted" in faults.log, a crash report for a missing display."""

    def end_if_fatal(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        _log_qt_message(kind, context, message)
        if kind == QtMsgType.QtFatalMsg:
            logging.shutdown()
            sys.stderr.flush()
            os._exit(code)  # from inside Qt: no exception could unwind it

    before = qInstallMessageHandler(end_if_fatal)
    try:
        yield
    finally:
        qInstallMessageHandler(before)


_NO_WINDOW_HINT = (
    "gigdesk: the window needs a graphical display (on Linux, an X11 or Wayland session); "
    "the commands work without one: gigdesk --help"
)


def install_excepthook(log_file: Path | None) -> None:
    """Uncaught exceptions, including those raised in slots, are logged and shown; the
    app keeps running. The dialog names `log_file`, unless logging could not use one."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        _log.critical("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            return
        message = (
            "Something went wrong inside Gigdesk. Your postings are safe in the database; "
            "what you were doing may not have been saved."
        )
        if log_file is not None:
            message += (
                f"\n\nThe details are also in {log_file.name}, in the log folder "
                f"{log_file.parent} (Help → Open log folder)."
            )
        box = QMessageBox(QMessageBox.Icon.Critical, "Gigdesk hit a bug", message)
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.finished.connect(lambda _result: _open_boxes.remove(box))
        _open_boxes.append(box)
        box.show()

    sys.excepthook = hook
