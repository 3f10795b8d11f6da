"""Measure the database check Gigdesk runs before it writes, in one run.

    python benchmarks/bench_integrity.py [--postings 10000 100000] [--runs 3] [--cold]

For each size, a database of postings (2,000 made by make_tracker.py from the shared
corpus, copied up to the size) is checked with SQLite's `PRAGMA quick_check`, against reading the
file's bytes once, the least any check of every page must cost. Also timed: the
command line's open with the check and without it. `--cold` (root, Linux) drops
the page cache before each timing, as after a reboot.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_tracker import DEFAULT_CORPUS, load_corpus, make_tracker  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.connections import find_damage  # noqa: E402

READ_CHUNK = 1 << 20
PARSED = 2_000


def grown(template: Path, target: Path, count: int) -> None:
    """`template`'s postings copied (history included) until `target` holds `count`."""
    target.write_bytes(template.read_bytes())
    with sqlite3.connect(target) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(posting)")][1:]
        names = ", ".join(columns)
        while (have := db.execute("SELECT count(*) FROM posting").fetchone()[0]) < count:
            db.execute(
                f"INSERT INTO posting ({names}) SELECT {names} FROM posting LIMIT ?",
                (count - have,),
            )
            db.execute(
                "INSERT INTO stage_event (posting_id, at, name) "
                "SELECT id, added_at, stage FROM posting WHERE id > ?",
                (have,),
            )
    db.close()


def read_file(path: Path) -> None:
    with path.open("rb") as file:
        while file.read(READ_CHUNK):
            pass


def quick_check(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert find_damage(connection) is None
    finally:
        connection.close()


def timed(call: Callable[[], object], runs: int, cold: bool) -> float:
    times = []
    for _ in range(runs):
        if cold:
            subprocess.run(["sync"], check=True)
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    cache = "cold page cache" if args.cold else "file in the page cache"
    print(
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}; {cache}; "
        f"medians of {args.runs} runs\n"
    )
    print("| postings | file | quick_check | floor: read the file | ratio | open checked / not |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="gigdesk-bench-") as folder:
        template = Path(folder) / "template" / "gigdesk.db"
        make_tracker(template.parent, PARSED, load_corpus(DEFAULT_CORPUS))
        for count in args.postings:
            db_file = Path(folder) / f"{count}" / "gigdesk.db"
            db_file.parent.mkdir()
            grown(template, db_file, count)
            size = db_file.stat().st_size / 1024 / 1024
            check = timed(lambda path=db_file: quick_check(path), args.runs, args.cold)
            floor = timed(lambda path=db_file: read_file(path), args.runs, args.cold)
            checked = timed(lambda path=db_file: Store.open(path).close(), args.runs, args.cold)
            unchecked = timed(
                lambda path=db_file: Store.open(path, check=False).close(), args.runs, args.cold
            )
            print(
                f"| {count:,} | {size:.0f} MiB | {check * 1000:.0f} ms | {floor * 1000:.0f} ms | "
                f"{check / floor:.2f}x | {checked * 1000:.0f} / {unchecked * 1000:.0f} ms |"
            )


if __name__ == "__main__":
    main()
