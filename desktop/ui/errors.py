"""Bugs reach the user as a dialog with the traceback, and a log file they can send."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

_open_boxes: list[QMessageBox] = []  # keeps non-modal boxes alive while shown


def install_excepthook(log_file: Path) -> None:
    """Uncaught exceptions are logged to `log_file` and shown; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        print(text, file=sys.stderr)
        try:
            with log_file.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            pass
        if QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Gigdesk hit a bug",
            "Something went wrong inside Gigdesk. Your postings are safe in the database; "
            f"what you were doing may not have been saved.\n\nDetails are in {log_file}.",
        )
        box.setDetailedText(text)
        box.finished.connect(lambda _result: _open_boxes.remove(box))
        _open_boxes.append(box)
        box.show()

    sys.excepthook = hook
