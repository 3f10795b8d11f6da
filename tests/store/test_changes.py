"""The watch on the file tells another program's commits from the Store's own, on any of its
connections and threads."""

from __future__ import annotations

import threading
import time

from desktop.domain.skills.profile import Profile, ProfileSkill
from desktop.services import Tracker
from desktop.store import Store
from desktop.store.changes import ChangeWatch
from desktop.store.deferred import DeferredStore
from desktop.store.snapshot import Snapshot
from tests.conftest import BUSY_SECONDS


def _other(paths) -> Store:
    """Another program on the same file: the command line, a script."""
    return Store.open(paths.db_file, busy_timeout=BUSY_SECONDS)


def _watched(store: Store) -> ChangeWatch:
    return Tracker(store).watch_changes()


def _note(store: Store, value: str) -> None:
    store.save_settings({"test_note": value})


def _note_elsewhere(paths, value: str) -> None:
    """A commit by another program: a store of its own on the same file."""
    other = _other(paths)
    try:
        _note(other, value)
    finally:
        other.close()


def test_another_programs_commit_is_told_once(store, paths):
    watch = _watched(store)
    assert watch.changed() is False
    _note_elsewhere(paths, "1")
    assert watch.changed() is True
    assert watch.changed() is False


def test_the_stores_own_commits_on_every_thread_are_not_told(store):
    watch = _watched(store)
    # A connection held here, so that the thread's writes take another of the engine's
    # pool: each of the two sees the other's commits as another's.
    with store.database.reading():
        writer = threading.Thread(target=lambda: [_note(store, f"{i}") for i in range(5)])
        writer.start()
        writer.join()
    assert store.database.engine.pool.checkedin() >= 2
    _note(store, "here")
    store.save_profile(Profile((ProfileSkill("Python", 3),)))
    assert watch.changed() is False


def test_another_commit_between_two_of_the_stores_own_is_told(store, paths):
    watch = _watched(store)
    _note(store, "mine")
    _note_elsewhere(paths, "theirs")
    _note(store, "mine again")  # its commit moves the watch's version: it must not hide theirs
    assert watch.changed() is True
    assert watch.changed() is False


def test_a_commit_landing_right_after_one_of_the_stores_own_is_told(store, paths, monkeypatch):
    """Another program waiting for the write lock commits between the Store's commit and the
    watch's look at the version after it: that look sees both commits as one change."""
    from desktop.store import changes

    watch = _watched(store)
    other = _other(paths)
    real = changes._data_version
    looks: list[None] = []

    def version(connection):
        if connection is watch._connection:
            looks.append(None)
            if len(looks) == 2:  # the look after the Store's commit
                _note(other, "theirs, right after")
        return real(connection)

    monkeypatch.setattr(changes, "_data_version", version)
    try:
        _note(store, "mine")
    finally:
        other.close()
    monkeypatch.undo()
    assert len(looks) == 2
    assert watch.changed() is True


def test_a_watch_made_before_the_store_opens_leaves_its_writes_out(store, paths):
    store.close()
    snapshot = Snapshot.open(paths.db_file)
    assert snapshot is not None
    deferred = DeferredStore.later(snapshot, lambda: Store.open(paths.db_file))
    try:
        watch = deferred.watch_changes()
        assert deferred.watch_changes() is watch
        _note(deferred.store(), "mine")  # opened after the watch: its commits are noted
        assert watch.changed() is False
        _note_elsewhere(paths, "theirs")
        assert watch.changed() is True
    finally:
        deferred.close()
    assert watch.changed() is False  # closed: nothing more to tell


def test_a_look_waits_for_no_commit(store, paths):
    """While one of the Store's commits is being noted, a look says it cannot tell rather
    than wait for it (the GUI thread looks)."""
    watch = _watched(store)
    with watch._lock:
        began = time.perf_counter()
        assert watch.changed() is None
        assert time.perf_counter() - began < 0.05
    assert watch.changed() is False
