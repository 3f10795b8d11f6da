"""The database file: opened safely, checked before anything is written, closed.

Kept apart from what is stored (store.py): here is how the file is reached, upgraded,
opened read-only where it cannot be written, and guarded against damage.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypedDict, Unpack

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.clock import utc_now
from desktop.store.changes import ChangeWatch, Watched
from desktop.store.connections import (
    BUSY_TIMEOUT_SECONDS,
    damaged,
    find_damage,
    translated_errors,
)
from desktop.store.engine import make_engine, make_reading_engine, sqlite_connection
from desktop.store.errors import StoreError, StoreProblem
from desktop.store.migrations import SCHEMA_STEPS, MigrationReport, current_version, migrate

Clock = Callable[[], datetime]
# Problems that leave a database readable: a reader may still open it read-only.
_CANNOT_WRITE = (StoreProblem.READ_ONLY, StoreProblem.DISK_FULL)


class OpenOptions(TypedDict, total=False):
    """How a database is opened.

    check: run SQLite's quick_check now (default); without it, the check runs before
        the first write, or earlier through `check_integrity` (the window runs it in
        the background).
    only_reading: the caller will not write, so a database in a folder Gigdesk may not
        write to, or on a full disk, is opened read-only instead of refused.
    busy_timeout: seconds a write waits for another program's (default 3).
    """

    check: bool
    only_reading: bool
    busy_timeout: float


class Database:
    """One SQLite file, its sessions, and the guarantee that nothing is written to it before
    its structure has been checked, nor after a check or a query found it damaged."""

    def __init__(
        self,
        db_file: Path,
        engine: Engine,
        clock: Clock,
        migration: MigrationReport,
        *,
        read_only: bool = False,
        watched: Watched | None = None,
    ):
        self.db_file = db_file
        self.engine = engine
        self.clock = clock
        self.migration = migration
        self.read_only = read_only
        self._watched = watched or Watched()
        self._check_lock = threading.Lock()
        self._checked = False
        self._damage: StoreError | None = None

    @classmethod
    def open(
        cls, db_file: Path, clock: Clock = utc_now, **options: Unpack[OpenOptions]
    ) -> Database:
        """Open (creating or migrating) the file; StoreError names it on failure."""
        check = options.get("check", True)
        only_reading = options.get("only_reading", False)
        busy_timeout = options.get("busy_timeout", BUSY_TIMEOUT_SECONDS)
        db_file = Path(db_file)
        if db_file.is_dir():
            raise StoreError(
                StoreProblem.UNREADABLE,
                db_file,
                f"{db_file} is a folder, not a Gigdesk database. Rename or move that folder "
                "and Gigdesk will start a new database there.",
            )
        try:
            database = cls._open_writable(db_file, clock, busy_timeout)
        except StoreError as exc:
            if not (only_reading and db_file.is_file() and exc.problem in _CANNOT_WRITE):
                raise
            database = cls._open_read_only(db_file, clock, busy_timeout)
        if check:
            try:
                database.check_integrity()
            except StoreError:
                database.close()
                raise
        return database

    @classmethod
    def _open_writable(cls, db_file: Path, clock: Clock, busy_timeout: float) -> Database:
        try:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                StoreProblem.UNREADABLE,
                db_file,
                f"Gigdesk cannot create the folder {db_file.parent}: {exc.strerror}.",
            ) from exc
        with translated_errors(db_file):
            report = migrate(db_file, now=clock(), busy_timeout=busy_timeout)
            watched = Watched()
            engine = make_engine(db_file, busy_timeout, watched)
            return cls(db_file, engine, clock, report, watched=watched)

    @classmethod
    def _open_read_only(cls, db_file: Path, clock: Clock, busy_timeout: float) -> Database:
        with translated_errors(db_file):
            engine = make_reading_engine(db_file, busy_timeout)
            try:
                with sqlite_connection(engine) as raw:
                    version = current_version(raw, db_file, len(SCHEMA_STEPS))
            except BaseException:
                engine.dispose()
                raise
        return cls(db_file, engine, clock, MigrationReport(version, version, None), read_only=True)

    def close(self) -> None:
        self.engine.dispose()

    def tell_commits_to(self, watch: ChangeWatch | None) -> None:
        """Each commit that writes, on any of the engine's connections, noted by `watch` from
        now on: the window's own writes are not another program's (desktop/store/changes.py).
        A file opened read-only commits nothing to note."""
        self._watched.watch = watch

    def check_integrity(self) -> None:
        """Run SQLite's quick_check once; StoreError (damaged) if the file is not sound.

        A write waits for a check in progress on another thread, then is refused if
        the file is damaged.
        """
        with self._check_lock:
            if not self._checked:
                with translated_errors(self.db_file), sqlite_connection(self.engine) as raw:
                    damage = find_damage(raw)
                if damage is not None:
                    self._damage = damaged(self.db_file, damage)
                self._checked = True
        if self._damage is not None:
            raise self._damage

    @contextmanager
    def session(self, *, writes: bool = False) -> Iterator[Session]:
        """A session whose SQLite errors arrive as StoreError; a damaged file refuses writes."""
        if writes:
            if self.read_only:
                raise StoreError(
                    StoreProblem.READ_ONLY,
                    self.db_file,
                    f"Gigdesk may only read {self.db_file} here; nothing was changed.",
                )
            self.check_integrity()
        with self._noting_damage(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One of the engine's own sqlite3 connections, for the plain reads of reads.py."""
        with self._noting_damage(), sqlite_connection(self.engine) as connection:
            yield connection

    @contextmanager
    def _noting_damage(self) -> Iterator[None]:
        """SQLite's errors as StoreError; one that finds the file damaged refuses later writes."""
        try:
            with translated_errors(self.db_file):
                yield
        except StoreError as exc:
            if exc.problem is StoreProblem.CORRUPT:
                self._damage = exc
            raise
