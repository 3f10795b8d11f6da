"""Filling the tracker table on the database thread, so the window shows at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.clock import UserTime
from desktop.domain.tracking.tracker import PostingRow
from desktop.ui.guard import TrackerGuard
from desktop.ui.posting_model import PostingTableModel


class TableLoader(QObject):
    """Every posting into the table, then each row's fit, risk and hours; postings an
    older parser read are read again; the file's structure is checked.

    Signals:
        loading(bool): the whole list is being read (True) or is in the table (False).
        told(str): a note for the status bar.
    """

    loading = Signal(bool)
    told = Signal(str)

    def __init__(
        self,
        guard: TrackerGuard,
        model: PostingTableModel,
        time: UserTime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._model = model
        self._time = time

    def reload(self) -> None:
        """Load every posting; load again if a write raced the reading."""
        started_at = self._guard.writes
        self.loading.emit(True)

        def loaded(postings: list[PostingRow]) -> None:
            if self._guard.writes != started_at:
                self.reload()
                return
            self._model.set_postings(postings)
            self.refresh_summaries()
            self.loading.emit(False)

        def failed(exc: Exception) -> None:
            self.loading.emit(False)
            self._guard.task_failed(exc)

        self._guard.run(self._guard.tracker.list_rows, loaded, failed)

    def read_again_if_stale(self) -> None:
        """Read again the postings an older parser read, keeping corrections; then reload."""
        tracker = self._guard.tracker

        def work() -> int:
            stale = tracker.stale_readings()
            for posting_id in stale:
                tracker.read_again(posting_id)
            return len(stale)

        def done(count: int) -> None:
            if count:
                self.reload()
                self.told.emit(
                    f"Read {count} posting{'s' if count != 1 else ''} again with the improved "
                    "parser; your corrections are kept."
                )

        self._guard.run(work, done)

    def check_database(self) -> None:
        """Check the file's structure; writes wait for the verdict, damage is signalled."""
        tracker = self._guard.tracker
        self._guard.run(tracker.check_integrity, lambda _: None)

    def refresh_summaries(self) -> None:
        """Every posting's fit, risk and hours, worked out again."""
        tracker = self._guard.tracker
        self._guard.run(tracker.fit_summaries, self._model.set_fits)
        self._guard.run(tracker.risk_summaries, self._model.set_risks)
        self.refresh_hours()

    def refresh_hours(self) -> None:
        """Every posting's hours in the user's time for today."""
        today, zone, tracker = self._time.today(), self._time.zone_name, self._guard.tracker
        self._guard.run(lambda: tracker.hours_summaries(today, zone), self._model.set_hours)
