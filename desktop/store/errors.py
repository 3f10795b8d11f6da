"""Storage problems the user can act on, each naming the file concerned."""

from __future__ import annotations

import contextlib
import errno
import os
from enum import Enum
from pathlib import Path


class StoreProblem(Enum):
    LOCKED = "locked"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    READ_ONLY = "read-only"
    DISK_FULL = "disk full"
    TOO_NEW = "too new"
    NOT_FOUND = "not found"


class StoreError(Exception):
    """A known storage failure (environment, not a bug), with a message fit for the user."""

    def __init__(self, problem: StoreProblem, path: Path, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path


# What an errno from a failed write in the data folder means for the user.
_WRITE_FAILURES = {
    errno.ENOSPC: (StoreProblem.DISK_FULL, "The disk holding {folder} is full; free some space."),
    errno.EDQUOT: (StoreProblem.DISK_FULL, "Your disk quota for {folder} is used up."),
    errno.EROFS: (StoreProblem.READ_ONLY, "{folder} is on a read-only disk."),
    errno.EACCES: (StoreProblem.READ_ONLY, "You may not write in {folder} (permission denied)."),
    errno.EPERM: (StoreProblem.READ_ONLY, "You may not write in {folder} (not permitted)."),
    errno.ENOENT: (StoreProblem.UNREADABLE, "The folder {folder} does not exist."),
}
_PROBE_BYTES = 64 * 1024


def folder_problem(folder: Path) -> StoreError | None:
    """Why nothing can be written in `folder`, found by writing a little; None if that works.

    SQLite says "disk I/O error" or "unable to open database file" for a full disk,
    a read-only disk and a missing permission alike; the operating system tells them apart.
    """
    probe = folder / f".gigdesk-write-test-{os.getpid()}"
    try:
        with open(probe, "wb") as handle:
            handle.write(bytes(_PROBE_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if exc.errno not in _WRITE_FAILURES:
            return None
        problem, message = _WRITE_FAILURES[exc.errno]
        return StoreError(problem, folder, message.format(folder=folder))
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return None
