"""Reading many postings, and working out many postings' summaries, on every core.

The parser is pure Python: threads would take turns under the GIL, and a thread reading
thousands of postings (after a parser upgrade, or an import) would also slow the window's
own thread. Worker processes read in parallel and leave the window alone. They are
started with "spawn" on every system (forking a process that runs Qt's threads is not
safe), once, and kept until the Tracker closes: each imports the reader and compiles its
patterns, half a second. Small batches are read in this process, where that start would
cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from math import ceil
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from desktop.services.working_out import Part
    from desktop.store import KeptSummary

# Postings below which one process reads them: a worker's start is worth ~70 postings.
MIN_PARALLEL = 150

_Item = TypeVar("_Item")
_Done = TypeVar("_Done")


def read_posting(item: tuple[str, str]) -> dict[str, Any]:
    """One posting's reading as the store keeps it (run in a worker)."""
    from desktop.domain.reading.analysis import analyze_posting  # the reader: when first read
    from desktop.domain.reading.serialize import analysis_to_dict

    text, source = item
    return analysis_to_dict(analyze_posting(text, source))


def usable_cores() -> int:
    """The cores this process may run on: a container's or `taskset`'s share of the
    machine where the system tells it (os.cpu_count() counts the whole machine)."""
    if hasattr(os, "sched_getaffinity"):  # Linux
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def yield_to_the_window() -> None:
    """A worker's first step: a lower priority than the process that started it. The workers
    take every core; at the same priority, the window's thread waited behind them for the
    processor (stalls of a third of a second on a 2-core machine at a new day's start)."""
    if hasattr(os, "nice"):  # not on Windows
        os.nice(10)


class Readers:
    """Reads postings and works out their summaries, in worker processes when there are
    many and more than one core."""

    def __init__(self, workers: int | None = None) -> None:
        self._workers = workers if workers is not None else usable_cores()
        self._pool: ProcessPoolExecutor | None = None

    @property
    def workers(self) -> int:
        """How many worker processes work at once."""
        return self._workers

    @property
    def started(self) -> bool:
        """Whether worker processes run (they start with the first large batch)."""
        return self._pool is not None

    def in_workers(self, count: int) -> bool:
        """Whether `count` postings are worth the worker processes."""
        return self._workers >= 2 and count >= MIN_PARALLEL

    def read(self, items: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """The readings of (text, source) pairs, in their order."""
        if not self.in_workers(len(items)):
            return [read_posting(item) for item in items]
        chunk = ceil(len(items) / (self._workers * 4))  # a few chunks each: even finishes
        return list(self._started().map(read_posting, items, chunksize=chunk))

    def work_out(self, part: Part) -> list[KeptSummary]:
        """The part's summaries worked out in the workers, each reading its share from the
        file: this process, the window's, is left sending ids and keeping the results
        (working out 100,000 fits on its database thread held the interpreter from the
        window for 19 s, and stalled it for up to 0.3 s at a time)."""
        from desktop.services.working_out import work_out_part  # loaded by the caller

        ids = part.posting_ids
        size = ceil(len(ids) / self._workers)
        shares = [replace(part, posting_ids=ids[at : at + size]) for at in range(0, len(ids), size)]
        return [row for rows in self.each(work_out_part, shares) for row in rows]

    def each(self, work: Callable[[_Item], _Done], items: Sequence[_Item]) -> list[_Done]:
        """`work(item)` for each item in the worker processes, in their order (`work` a
        module's function, as a spawned worker imports it)."""
        return list(self._started().map(work, items))

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Imported here: 11 ms of every start, for the few that read in workers.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self._workers, mp_context=context, initializer=yield_to_the_window
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
