"""The SQLAlchemy engine over the file: pragmas on every connection (desktop/store/connections.py
has what needs no SQLAlchemy)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import create_engine

from desktop.store.changes import Committing, Watched
from desktop.store.connections import BUSY_TIMEOUT_SECONDS, reading_uri


def make_engine(
    db_file: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, watched: Watched | None = None
) -> Engine:
    """sqlite3's `timeout` is SQLite's busy timeout, on every connection the engine makes;
    each connection's commits that wrote are noted by the watch `watched` holds, if any
    (desktop/store/changes.py)."""
    engine = create_engine(
        f"sqlite:///{db_file}", connect_args={"timeout": busy_timeout, "factory": Committing}
    )
    event.listen(engine, "connect", _set_pragmas)
    if watched is not None:

        def note_commits(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
            if isinstance(dbapi_connection, Committing):
                dbapi_connection.watched = watched

        event.listen(engine, "connect", note_commits)
    return engine


def make_reading_engine(db_file: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    """An engine that cannot write, for a database in a folder Gigdesk may not write to."""
    uri = reading_uri(db_file)
    return create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=busy_timeout, check_same_thread=False
        ),
    )


@contextmanager
def sqlite_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """One of the engine's own sqlite3 connections, for PRAGMAs SQLAlchemy has no words for."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        yield raw


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
