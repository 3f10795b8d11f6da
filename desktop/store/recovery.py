"""Setting a damaged database aside so a fresh one can start, without altering its bytes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def set_aside(db_file: Path, now: datetime) -> Path:
    """Rename `db_file` (and its WAL and shared-memory files) to a dated name beside it."""
    stamp = f"{now:%Y%m%dT%H%M%S}"
    kept = db_file.with_name(f"{db_file.stem}.damaged-{stamp}{db_file.suffix}")
    db_file.rename(kept)
    for suffix in ("-wal", "-shm"):
        companion = db_file.with_name(db_file.name + suffix)
        if companion.exists():
            companion.rename(kept.with_name(kept.name + suffix))
    return kept
