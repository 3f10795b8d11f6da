"""Setting a database aside (damaged, or replaced by a backup) without altering its bytes."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from pathlib import Path

_COMPANIONS = ("-wal", "-shm")


def set_aside(db_file: Path, now: datetime, why: str = "damaged") -> Path:
    """Rename `db_file` (and its WAL and shared-memory files) to a dated name beside it,
    saying why (`gigdesk.damaged-20261128T101500.db`). A name already taken (a file set
    aside in the same second) is never overwritten: the next is numbered
    (`gigdesk.damaged-20261128T101500-2.db`)."""
    kept = _free_name(db_file, f"{why}-{now:%Y%m%dT%H%M%S}")
    db_file.rename(kept)
    for suffix in _COMPANIONS:
        companion = db_file.with_name(db_file.name + suffix)
        if companion.exists():
            companion.rename(kept.with_name(kept.name + suffix))
    return kept


def _free_name(db_file: Path, label: str) -> Path:
    """The first of `gigdesk.LABEL.db`, `gigdesk.LABEL-2.db`, … that neither it nor its
    companions take."""
    for number in count(1):
        numbered = label if number == 1 else f"{label}-{number}"
        kept = db_file.with_name(f"{db_file.stem}.{numbered}{db_file.suffix}")
        taken = (kept, *(kept.with_name(kept.name + suffix) for suffix in _COMPANIONS))
        if not any(map(is_taken, taken)):
            return kept
    raise AssertionError("unreachable")  # count() never ends


def is_taken(path: Path) -> bool:
    """Whether a file (or a link, even a broken one) has this name: never written over."""
    return path.exists() or path.is_symlink()
