"""Setting a database aside (damaged, or replaced by a backup) without altering its bytes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def set_aside(db_file: Path, now: datetime, why: str = "damaged") -> Path:
    """Rename `db_file` (and its WAL and shared-memory files) to a dated name beside it,
    saying why (`gigdesk.damaged-20261128T101500.db`)."""
    stamp = f"{now:%Y%m%dT%H%M%S}"
    kept = db_file.with_name(f"{db_file.stem}.{why}-{stamp}{db_file.suffix}")
    db_file.rename(kept)
    for suffix in ("-wal", "-shm"):
        companion = db_file.with_name(db_file.name + suffix)
        if companion.exists():
            companion.rename(kept.with_name(kept.name + suffix))
    return kept
