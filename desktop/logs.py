"""Log records go to a small rotating file that a user can send with a bug report.

The command line sets this up too, so nothing here may import Qt.

Privacy rule: posting text, notes and recruiters' messages are never passed to logging
at INFO or above, the default level, nor put in exception messages, which the crash
hook logs; so a log can be shared without leaking what a user tracks.
tests/test_logs.py runs the command line over a posting and checks the log for it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
from contextlib import suppress
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from desktop import APP_NAME, __version__

LOG_FILE_NAME = "gigdesk.log"
FAULT_FILE_NAME = "faults.log"
MAX_LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log = logging.getLogger(__name__)
_our_handlers: list[logging.Handler] = []
_fault_file: TextIO | None = None


def setup_logging(folder: Path, *, debug: bool = False) -> Path | None:
    """Log to `folder`/gigdesk.log at INFO, or at DEBUG and also to stderr with `debug`.

    Returns the log file, or None if the folder cannot be written: the app must start
    anyway, so records then go to stderr and one warning says why. A second call
    replaces what the first set up rather than adding to it.
    """
    root = logging.getLogger()
    for handler in _our_handlers:
        root.removeHandler(handler)
        handler.close()
    _our_handlers.clear()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # SQL is logged with its parameters, which hold posting text and notes: keep it
    # out even with `debug`. (SQLAlchemy's own default, pinned in case it was changed.)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)

    try:
        file_handler, faults = _open_files(folder)
    except OSError as exc:
        _add_handlers(root, logging.StreamHandler())
        _send_faults_to(None)
        _log.warning(
            "cannot write the log folder %s (%s); logging to the terminal only",
            folder,
            exc.strerror or exc,
        )
        return None
    _add_handlers(root, file_handler, *([logging.StreamHandler()] if debug else []))
    _send_faults_to(faults)
    _log.info(
        "%s %s on Python %s, %s",
        APP_NAME,
        __version__,
        platform.python_version(),
        platform.platform(),
    )
    return Path(file_handler.baseFilename)


def _open_files(folder: Path) -> tuple[RotatingFileHandler, TextIO]:
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / LOG_FILE_NAME, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    fault_path = folder / FAULT_FILE_NAME
    # Appended to, so the dump of the last crash survives the restart after it;
    # started afresh once it outgrows a log file.
    too_big = fault_path.exists() and fault_path.stat().st_size > MAX_LOG_BYTES
    try:
        faults = fault_path.open("w" if too_big else "a", encoding="utf-8")
    except OSError:
        handler.close()
        raise
    return handler, faults


def _add_handlers(root: logging.Logger, *handlers: logging.Handler) -> None:
    formatter = logging.Formatter(LOG_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
        _our_handlers.append(handler)


def _send_faults_to(faults: TextIO | None) -> None:
    """Point faulthandler at `faults`, or at stderr if None.

    faulthandler writes to the file descriptor from the crashing process, where no
    Python code can run, so it needs a real file that stays open until the process
    ends; the rotating log cannot serve, since rotation renames it.
    """
    global _fault_file  # noqa: PLW0603 - one faulthandler per process, so one file
    if faults is None:
        # No usable stderr (None under pythonw, or without a descriptor): no dumps.
        with suppress(AttributeError, OSError, RuntimeError, ValueError):
            faulthandler.enable()
    else:
        faults.write(f"--- {datetime.now().isoformat(timespec='seconds')} pid {os.getpid()}\n")
        faults.flush()
        faulthandler.enable(file=faults)
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = faults
