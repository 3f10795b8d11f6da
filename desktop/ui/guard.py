"""The window's access to the tracker, now or on the database thread, with storage
failures turned into words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.services import StoreError, StoreProblem, Tracker
from desktop.ui.prompts import Prompts
from desktop.ui.tasks import Tasks

T = TypeVar("T")


class TrackerGuard(QObject):
    """Runs small tracker operations at once (indexed, bounded: fine on the GUI thread) and
    long ones on the database thread (`run`).

    A known storage failure is explained to the user and the call gives None; damage
    is signalled once, so the app can offer a fresh database; a bug still reaches the
    crash hook. `writes` counts the writes asked for, so that a whole-list load can
    tell that one raced it.

    Signals:
        damaged(StoreError): the file was found damaged; nothing more is written to it.
    """

    damaged = Signal(object)

    def __init__(
        self, tracker: Tracker, tasks: Tasks, prompts: Prompts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.tasks = tasks
        self._prompts = prompts
        self.writes = 0
        self._damage_reported = False

    def call(self, call: Callable[[Tracker], T], *, writes: bool = True) -> T | None:
        """`call(tracker)`, or None after telling the user of a known failure."""
        self.writes += int(writes)
        try:
            return call(self.tracker)
        except StoreError as exc:
            self.failed(exc)
            return None

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], Any],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """`work` on the database thread, `done` with its result back on the GUI thread;
        a failure goes to `failed`, else is explained (or raised, for a bug)."""
        self.tasks.run(work, done, failed or self.task_failed)

    def task_failed(self, exc: Exception) -> None:
        """For work run on the database thread: known failures explained, bugs raised."""
        if not isinstance(exc, StoreError):
            raise exc
        self.failed(exc)

    def failed(self, error: StoreError) -> None:
        if error.problem is StoreProblem.CORRUPT and not self._damage_reported:
            self._damage_reported = True
            self.damaged.emit(error)
            return
        self._prompts.warn("Database problem", str(error))
