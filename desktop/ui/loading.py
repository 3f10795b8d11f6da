"""Filling the tracker table on the database thread, so the window shows at once."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.collector import building_long_lived
from desktop.services import StoreError
from desktop.services.summaries import TableSummaries
from desktop.ui.guard import TrackerGuard
from desktop.ui.posting_model import Listing, PostingTableModel, make_listing

# Postings worked out per trip to the database thread: small enough that each result
# shows quickly, large enough that the trips cost little.
REFRESH_PART = 2_000
# Postings read again per trip: reading one takes a few milliseconds.
READ_PART = 200
# The newest postings shown at start while the whole list is read (1.5 s at 100,000):
# more than a tall window shows, few enough to read in milliseconds.
FIRST_ROWS = 200

_Built = TypeVar("_Built")


def _long_lived(work: Callable[[], _Built]) -> Callable[[], _Built]:
    """`work` for the database thread, what it builds kept out of the collector's passes: it
    goes into the table and lives as long as the window (desktop/collector.py)."""

    def built() -> _Built:
        with building_long_lived():
            return work()

    return built


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
        # Postings are being read again: their summaries come with their new readings, and
        # working out stale ones from the old readings meanwhile would be wasted.
        self._reading_again = False
        # Today's backup waits until the table is filled: copying a large file on the
        # database thread first held the summaries back (5 s at 100,000 postings).
        self._backup_after_fill = False

    def reload(
        self,
        then: Callable[[], None] | None = None,
        *,
        before: Callable[[], None] | None = None,
    ) -> None:
        """Load every posting with its kept summaries, in one trip so that they show together;
        load again if a write raced the reading; then work out the stale summaries, and do
        `then` once the list is in the table (or could not be read). `before` is done just
        before the rows go into the table (the window notes where it was scrolled)."""
        started_at = self._guard.writes
        tracker = self._guard.tracker
        self.loading.emit(True)

        def loaded(result: tuple[Listing, tuple[TableSummaries, list[int]]]) -> None:
            if self._guard.writes != started_at:
                self.reload(then, before=before)
                return
            if before is not None:
                before()
            postings, kept = result
            with building_long_lived():
                self._model.set_postings(postings)
            self._show_kept(kept)
            self.loading.emit(False)
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            self.loading.emit(False)
            self._guard.task_failed(exc)
            if then is not None:
                then()  # the check of the file tells what a damaged page failed

        columns = self._model.presorted_columns()

        def listed() -> tuple[Listing, tuple[TableSummaries, list[int]]]:
            # Side by side: SQLite groups the kept summaries without holding the interpreter
            # while this thread builds the rows (100,000 postings: 1.7 s, and 2.2 s one after
            # the other; medians of six in turns).
            with ThreadPoolExecutor(1, thread_name_prefix="gigdesk-kept") as beside:
                kept = beside.submit(tracker.kept_summaries)
                return make_listing(tracker.list_rows(), columns), kept.result()

        self._guard.run(_long_lived(listed), loaded, failed)

    def start(self) -> None:
        """Put the newest postings in the table at once, then fill it, read again what an older
        parser read (in parts, each part's summaries shown as it comes, the table reloaded
        at the end), check the file."""
        tracker = self._guard.tracker

        def found(stale: list[int]) -> None:
            self._reading_again = bool(stale)
            self._backup_after_fill = not stale
            # Once the list is in the table (the check reads every page: 0.6 s at 100,000
            # postings, and opening the Store imports SQLAlchemy: begun beside the table's
            # filling, it held the interpreter from it). Writes wait for the verdict;
            # damage is signalled through the guard.
            self.reload(then=lambda: self._guard.run(tracker.check_integrity, lambda _: None))
            if stale:
                self._back_up()  # before every reading is written again
                self._read_again(stale)

        self.loading.emit(True)
        # Read here, on the GUI thread (a bounded query: milliseconds), so that the window's
        # first paint shows them.
        first = self._guard.call(lambda tracker: tracker.newest_rows(FIRST_ROWS), writes=False)
        if first is not None:
            rows, summaries = first
            self._model.set_postings(rows)
            self._model.set_summaries(summaries)
        self._guard.run(tracker.stale_readings, found)

    def _back_up_if_due(self) -> None:
        if self._backup_after_fill:
            self._back_up()

    def _back_up(self) -> None:
        """Once a day, a checked copy beside the database (desktop/store/backups.py)."""
        self._backup_after_fill = False
        self._guard.run(self._guard.tracker.daily_backup, lambda _: None, self._backup_failed)

    def _backup_failed(self, exc: Exception) -> None:
        if not isinstance(exc, (OSError, StoreError)):
            raise exc
        self.told.emit(f"Today's backup could not be made: {exc}")

    def _read_again(self, stale: list[int]) -> None:
        total = len(stale)
        self.read_in_background(
            stale,
            "Reading postings again with the improved parser",
            f"Read {total:,} posting{'s' if total != 1 else ''} again with the improved "
            "parser; your corrections are kept.",
        )

    def read_in_background(self, posting_ids: list[int], doing: str, done: str) -> None:
        """Read stored postings in parts on the database thread, the table usable and each
        part's summaries shown as they come; the list again at the end."""
        self._reading_again = True

        def finished() -> None:
            self._reading_again = False
            self.reload()
            self.told.emit(done)

        self._in_parts(posting_ids, READ_PART, self._guard.tracker.read_again, doing, finished)

    def refresh_summaries(self) -> None:
        """Show every posting's kept fit, risk and hours at once, then work out the stale
        ones in parts, each part shown as it comes, so the window stays usable."""
        self._guard.run(_long_lived(self._guard.tracker.kept_summaries), self._show_kept)

    def _show_kept(self, kept: tuple[TableSummaries, list[int]]) -> None:
        summaries, stale = kept
        with building_long_lived():
            self._model.set_summaries(summaries)
        if not self._reading_again:
            self._refresh(stale)

    def _refresh(self, stale: list[int]) -> None:
        total = len(stale)

        def finished() -> None:
            self._model.settle_order()
            postings = "posting" if total == 1 else "postings"
            self.told.emit(f"Fit, risk and hours worked out again for {total:,} {postings}.")
            self._back_up_if_due()

        if stale:
            self._in_parts(
                stale,
                REFRESH_PART,
                self._guard.tracker.refresh_summaries,
                "Working out fit, risk and hours",
                finished,
            )
        else:
            self._back_up_if_due()

    def _in_parts(
        self,
        ids: list[int],
        size: int,
        work: Callable[[list[int]], TableSummaries],
        doing: str,
        finished: Callable[[], None],
    ) -> None:
        """`work` on `ids` in parts of `size`, one trip to the database thread each; each
        part's summaries go into the table as they come, with the count done so far."""
        total = len(ids)

        def next_part(rest: list[int]) -> None:
            if not rest:
                finished()
                return
            part, rest = rest[:size], rest[size:]

            def done(summaries: TableSummaries) -> None:
                with building_long_lived():
                    self._model.merge_summaries(summaries)
                self.progress.emit(f"{doing}: {total - len(rest):,} of {total:,}…")
                next_part(rest)

            self._guard.run(_long_lived(lambda: work(part)), done)

        next_part(ids)
