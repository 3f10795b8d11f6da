"""A DeferredStore reads before its Store is open, and opens it once however many ask."""

from __future__ import annotations

import threading
import time

from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.services import Tracker
from desktop.store import Store
from desktop.store.deferred import DeferredStore
from desktop.store.snapshot import Snapshot


def _deferred(paths, opened: list[Store]) -> DeferredStore:
    snapshot = Snapshot.open(paths.db_file)
    assert snapshot is not None

    def opener() -> Store:
        time.sleep(0.05)  # long enough for every caller to be waiting
        store = Store.open(paths.db_file)
        opened.append(store)
        return store

    return DeferredStore.later(snapshot, opener)


def test_a_start_reads_without_opening_the_store(tracker, paths):
    first = tracker.add("Go developer\nNorthwind\n\nRequirements:\n- Go\n", PostingDetails())
    tracker.set_stage(first.id, Stage.APPLIED)
    opened: list[Store] = []
    deferred = Tracker(_deferred(paths, opened), tracker.time)
    try:
        rows, summaries = deferred.newest_rows(10)
        assert [(row.title, row.stage) for row in rows] == [("Go developer", Stage.APPLIED)]
        assert set(summaries.risks) == {first.id}  # kept summaries, none worked out
        assert deferred.list_rows() == rows
        assert deferred.search(["northw"]) == [frozenset({first.id})]
        assert deferred.kept_summaries()[1] == [] and deferred.stale_readings() == []
        assert not opened
        # The first write opens the Store; reads then see what it wrote.
        deferred.set_stage(first.id, Stage.INTERVIEWING)
        assert len(opened) == 1
        assert [row.stage for row in deferred.list_rows()] == [Stage.INTERVIEWING]
    finally:
        deferred.close()


def test_the_store_opens_once_when_threads_ask_together(store, paths):
    opened: list[Store] = []
    deferred = _deferred(paths, opened)
    got: list[Store] = []
    threads = [threading.Thread(target=lambda: got.append(deferred.store())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert len(opened) == 1 and got == opened * 4
        assert deferred.is_open and deferred.reads() is opened[0]
    finally:
        deferred.close()


def test_closing_leaves_the_whole_database_in_its_file(paths):
    """The Store, closed last, copies the write-ahead log back: after quitting, gigdesk.db
    alone holds everything (what the README's "to move your data" and the backup at quit
    count on)."""
    Store.open(paths.db_file).close()
    opened: list[Store] = []
    deferred = Tracker(_deferred(paths, opened))
    deferred.add("Go developer\nNorthwind\n\nRequirements:\n- Go\n", PostingDetails())
    deferred.close()
    wal = paths.db_file.with_name(paths.db_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
