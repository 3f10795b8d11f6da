"""Database work off the GUI thread: one worker, results handed back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")


class Tasks(Protocol):
    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None: ...

    def shutdown(self) -> None: ...


class BackgroundTasks(QObject):
    """Runs work on a single database thread, so reads never freeze the window.

    The worker only runs `work`; callbacks always run on the GUI thread, where
    this object lives, through a queued signal.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gigdesk-db")
        self._finished.connect(self._deliver)
        self._shut_down = False

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        def job() -> None:
            outcome: tuple[Callable[[Any], None], Any]
            try:
                outcome = (on_done, work())
            except Exception as exc:
                outcome = (on_error, exc)
            self._finished.emit(outcome)

        self._executor.submit(job)

    @Slot(object)
    def _deliver(self, outcome: tuple[Callable[[Any], None], Any]) -> None:
        if self._shut_down:
            return  # the window that asked has closed
        callback, value = outcome
        callback(value)

    def shutdown(self) -> None:
        """Finish the work queued so far; results not yet handed back are dropped."""
        self._executor.shutdown(wait=True)
        self._shut_down = True


class ImmediateTasks:
    """Runs work at once on the calling thread: for tests and tiny jobs."""

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        try:
            result = work()
        except Exception as exc:
            on_error(exc)
            return
        on_done(result)

    def shutdown(self) -> None:
        pass
