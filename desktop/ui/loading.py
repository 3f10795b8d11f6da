"""Filling the tracker table on the database thread, so the window shows at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.tracking.tracker import PostingRow
from desktop.services.summaries import TableSummaries
from desktop.ui.guard import TrackerGuard
from desktop.ui.posting_model import PostingTableModel

# Postings worked out per trip to the database thread: small enough that each result
# shows quickly, large enough that the trips cost little.
REFRESH_PART = 2_000


class TableLoader(QObject):
    """Every posting into the table, then each row's fit, risk and hours; postings an
    older parser read are read again; the file's structure is checked.

    Signals:
        loading(bool): the whole list is being read (True) or is in the table (False).
        told(str): a note for the status bar.
        progress(str): how far the working out of summaries has come.
    """

    loading = Signal(bool)
    told = Signal(str)
    progress = Signal(str)

    def __init__(
        self,
        guard: TrackerGuard,
        model: PostingTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._model = model

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
        """Show every posting's kept fit, risk and hours at once, then work out the stale
        ones in parts, each part shown as it comes, so the window stays usable."""
        tracker = self._guard.tracker

        def kept(result: tuple[TableSummaries, list[int]]) -> None:
            summaries, stale = result
            self._model.set_summaries(summaries)
            self._refresh(stale, len(stale))

        self._guard.run(tracker.kept_summaries, kept)

    def _refresh(self, stale: list[int], total: int) -> None:
        if not stale:
            if total:
                self.told.emit(f"Fit, risk and hours are up to date for {total:,} postings.")
            return
        part, rest = stale[:REFRESH_PART], stale[REFRESH_PART:]
        tracker = self._guard.tracker

        def refreshed(summaries: TableSummaries) -> None:
            self._model.merge_summaries(summaries)
            self.progress.emit(
                f"Working out fit, risk and hours: {total - len(rest):,} of {total:,}…"
            )
            self._refresh(rest, total)

        self._guard.run(lambda: tracker.refresh_summaries(part), refreshed)
