"""Daily copies of the database, made with SQLite's online backup API and checked.

Plain sqlite3: the copy is consistent even while the window writes (the backup API copies
a snapshot page by page), and it needs no SQLAlchemy. Restoring sets the live file aside
first (recovery.py), so no file the user had is ever overwritten.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.backups import backup_day, backup_name, days_to_keep
from desktop.domain.files import written_atomically
from desktop.store.connections import reading_uri, translated_errors
from desktop.store.errors import StoreError, StoreProblem
from desktop.store.recovery import set_aside

FOLDER = "backups"


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    postings: int | None  # None: the file could not be read
    size: int


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER


def make_backup(db_file: Path, day: date, at: time | None = None) -> Path:
    """A checked copy of the database as it is now, named by `day`; with `at` (a backup made
    by hand), one that day's backup already has the name of is named by its time too."""
    folder = backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(day)
    if at is not None and target.exists():
        target = folder / backup_name(day, at)
    with translated_errors(db_file), written_atomically(target) as temporary:
        source = sqlite3.connect(reading_uri(db_file), uri=True)
        try:
            copy = sqlite3.connect(temporary)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
                problem = copy.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                copy.close()
        finally:
            source.close()
        if problem != "ok":
            raise StoreError(
                StoreProblem.CORRUPT,
                db_file,
                f"The backup of {db_file} failed its check: {problem}",
            )
    return target


def daily_backup(db_file: Path, today: date) -> Path | None:
    """Today's backup if there is none yet, then the old ones beyond the rotation removed;
    the new file, or None when today's was already made."""
    folder = backup_folder(db_file)
    made = None
    if not (folder / backup_name(today)).exists():
        folder.mkdir(parents=True, exist_ok=True)
        needed = 2 * db_file.stat().st_size  # the copy, and room to spare after it
        if shutil.disk_usage(folder).free < needed:
            raise StoreError(
                StoreProblem.DISK_FULL,
                db_file,
                f"There is not enough free space in {folder} for today's backup "
                f"({needed / 2**20:,.0f} MiB wanted).",
            )
        made = make_backup(db_file, today)
    prune(folder, today)
    return made


def prune(folder: Path, today: date) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns them."""
    found = [(day, path) for path in folder.glob("gigdesk-*.db") if (day := backup_day(path.name))]
    keep = days_to_keep((day for day, _ in found), today)
    removed = [path for day, path in found if day not in keep]
    for path in removed:
        for companion in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            companion.unlink(missing_ok=True)
    return removed


def list_backups(db_file: Path) -> list[Backup]:
    """The backups beside the database, newest first, each with its posting count."""
    backups = []
    for path in backup_folder(db_file).glob("gigdesk-*.db"):
        day = backup_day(path.name)
        if day is None:
            continue
        backups.append(Backup(path, day, _count(path), path.stat().st_size))
    # newest first; within a day, those made by hand (named by their time, newest first)
    # before the day's own, which was made first
    return sorted(
        backups,
        key=lambda b: (b.day, b.path.name != backup_name(b.day), b.path.name),
        reverse=True,
    )


def restore_backup(db_file: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the database; the live file (if any) is set aside first.
    Returns where the live file went. The app must not have the file open."""
    if _count(backup) is None:
        raise StoreError(StoreProblem.CORRUPT, backup, f"{backup} is not a Gigdesk database.")
    kept = set_aside(db_file, now, "replaced") if db_file.exists() else None
    with written_atomically(db_file) as temporary:
        shutil.copyfile(backup, temporary)
    return kept


def _count(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM posting").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None
