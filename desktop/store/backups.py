"""Daily copies of the database, made with SQLite's online backup API and checked.

Plain sqlite3: the copy is consistent even while the window writes (the backup API copies
a snapshot page by page), and it needs no SQLAlchemy. No backup is ever written over
another, and restoring sets the live file aside first (recovery.py), under a name no other
file has, so no file the user had is ever overwritten.

The day's backup is made at the window's first start that day; at quit, another is made if
the database changed since the newest of the day's (`backup_at_quit`), so that the postings
added on the day a tracker was begun are not left with only a copy of the empty file.

Names (the user's day, and for one made at a known moment its time and UTC offset), and
when each was made from its name and its file's modification time, are worked out in
desktop/domain/backups.py; this module copies, lists and prunes the files. They are listed
newest first by the moment each was made (`when_made`).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.domain.backups import (
    BackupName,
    backup_name,
    days_to_keep,
    read_backup_name,
    timed_name,
    when_made,
)
from desktop.domain.files import written_atomically
from desktop.store.connections import reading_uri, translated_errors
from desktop.store.errors import StoreError, StoreProblem
from desktop.store.recovery import is_taken, set_aside

FOLDER = "backups"


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date  # the day its name gives: the user's day when it was made
    postings: int | None  # None: the file could not be read
    size: int
    made: datetime  # when it was made, aware (see `when_made`)
    timed: bool = False  # its name gives its time too, not its day alone
    exact: bool = True  # False: `made` is only its name's clock, read as UTC


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER


@dataclass(frozen=True)
class BackupShelf:
    """The backups of one database, for the window (File → Backups…): listed, the
    postings the database holds now, and one made now. `local_now` is the user's clock."""

    db_file: Path
    local_now: Callable[[], datetime]

    def listed(self) -> list[Backup]:
        return list_backups(self.db_file)

    def postings_now(self) -> int | None:
        return posting_count(self.db_file)

    def back_up_now(self) -> Path:
        return back_up_now(self.db_file, self.local_now())


def _aware(moment: datetime) -> datetime:
    """`moment` with its zone; a naive one is read on the system's clock."""
    return moment if moment.utcoffset() is not None else moment.astimezone()


def make_backup(db_file: Path, when: date | datetime) -> Path:
    """A checked copy of the database as it is now: for a day, the day's own, named by it
    (FileExistsError if that name is taken); for a moment (aware; a naive one is on the
    system's clock), named by its day, time and offset, or by the next free second. An
    existing file is never written over."""
    folder = backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, when)
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


def _free_name(folder: Path, when: date | datetime) -> Path:
    if not isinstance(when, datetime):
        target = folder / backup_name(when)
        if is_taken(target):
            raise FileExistsError(f"{target} exists already")
        return target
    moment = _aware(when).replace(microsecond=0)
    day = moment.date()
    while moment.date() == day:
        target = folder / timed_name(moment)
        if not is_taken(target):
            return target
        moment += timedelta(seconds=1)
    raise FileExistsError(f"every name left for a backup of {day} in {folder} is taken")


def back_up_now(db_file: Path, now: datetime) -> Path:
    """A backup made now (`gigdesk backup`, File → Backups… → Back up now, at quit), named
    by `now` on the user's clock (aware) with its offset from UTC."""
    _check_room(db_file, "the backup")
    return make_backup(db_file, now)


def daily_backup(db_file: Path, today: date) -> Path | None:
    """Today's backup if there is none of today yet, then the old ones beyond the rotation
    removed; the new file, or None when today's was already made."""
    folder = backup_folder(db_file)
    made = None
    if today not in {named.day for _, named in _backup_files(folder)}:
        _check_room(db_file, "today's backup")
        made = make_backup(db_file, today)
    prune(folder, today)
    return made


def backup_at_quit(db_file: Path, now: datetime) -> Path | None:
    """At quit (`now` on the user's clock, aware): a backup named by its time if today has
    none yet or the database changed since the newest of today's, so that a day's work is
    kept even when the day's backup was made of the file as it was at start (empty, the day
    a tracker is begun); then the rotation. The new file, or None. The database must be
    closed (no write-ahead log waiting to be copied back into it)."""
    if not db_file.is_file():
        return None
    now = _aware(now)
    today = now.date()
    newest = next((b.path for b in list_backups(db_file, counted=False) if b.day == today), None)
    made = None
    if newest is None or not _same_pages(db_file, newest):
        made = back_up_now(db_file, now)
    prune(backup_folder(db_file), today)
    return made


# The database header: the change counter, the size in pages and the journal mode a copy
# records differently from its source, whose pages it holds byte for byte.
_HEADER = 100
_CHUNK = 2**20


def _same_pages(db_file: Path, backup: Path) -> bool:
    """Whether `backup` holds exactly the pages `db_file` holds (an unchanged database).
    In doubt (a write-ahead log beside it, another size), not."""
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    if db_file.stat().st_size != backup.stat().st_size:
        return False
    with open(db_file, "rb") as live, open(backup, "rb") as copy:
        live.seek(_HEADER)
        copy.seek(_HEADER)
        while True:
            block = live.read(_CHUNK)
            if block != copy.read(_CHUNK):
                return False
            if not block:
                return True


def _check_room(db_file: Path, what: str) -> None:
    folder = backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    needed = 2 * db_file.stat().st_size  # the copy, and room to spare after it
    if shutil.disk_usage(folder).free < needed:
        raise StoreError(
            StoreProblem.DISK_FULL,
            db_file,
            f"There is not enough free space in {folder} for {what} "
            f"({needed / 2**20:,.0f} MiB wanted).",
        )


def _backup_files(folder: Path) -> list[tuple[Path, BackupName]]:
    """The files in `folder` named as backups are, with what their names say."""
    return [
        (path, named)
        for path in folder.glob("gigdesk-*.db")
        if (named := read_backup_name(path.name))
    ]


def prune(folder: Path, today: date) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns them. A backup counts for
    the day its name gives: the user's day when it was made."""
    found = [(named.day, path) for path, named in _backup_files(folder)]
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


def list_backups(db_file: Path, *, counted: bool = True) -> list[Backup]:
    """The backups beside the database, newest first by the moment each was made, whatever
    zone named it (`when_made`), each with its posting count (None for all when not
    `counted`)."""
    backups = []
    for path, named in _backup_files(backup_folder(db_file)):
        try:
            status = path.stat()
        except OSError:  # gone meanwhile, or a link to nothing
            continue
        made, exact = when_made(named, datetime.fromtimestamp(status.st_mtime, UTC))
        postings = posting_count(path) if counted else None
        backups.append(
            Backup(path, named.day, postings, status.st_size, made, named.at is not None, exact)
        )
    # ties (a day's own and a backup by hand, both known by their names alone): the one
    # named by its time, made after the day's own
    return sorted(backups, key=lambda b: (b.made, b.timed, b.path.name), reverse=True)


def restore_backup(db_file: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the database; the live file (if any) is set aside first.
    Returns where the live file went. The app must not have the file open."""
    if posting_count(backup) is None:
        raise StoreError(StoreProblem.CORRUPT, backup, f"{backup} is not a Gigdesk database.")
    kept = set_aside(db_file, now, "replaced") if db_file.exists() else None
    with written_atomically(db_file) as temporary:
        shutil.copyfile(backup, temporary)
    return kept


def posting_count(path: Path) -> int | None:
    """How many postings the database at `path` holds; None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM posting").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None
