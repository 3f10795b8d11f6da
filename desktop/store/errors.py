"""Storage problems the user can act on, each naming the file concerned."""

from __future__ import annotations

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
