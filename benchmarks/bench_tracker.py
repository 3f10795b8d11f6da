"""Measure Gigdesk on a tracker of real postings against floors measured in the same run.

    python benchmarks/bench_tracker.py --count 10000 [--runs 3]
    python benchmarks/bench_tracker.py --data DIR [--count N] [--runs 3] [--upgrade-runs 1]

`--data DIR` is a data folder made by benchmarks/make_tracker.py (made there first, of
`--count` postings, when it holds no database); it is never changed: everything runs on
copies. With `--count` alone, the tracker is made in a temporary folder.

Prints a Markdown table: each figure is the median of `--runs` runs, beside its floor (the
least that work could cost on this machine) and the spread of the runs. The rows:

  start         `gigdesk` in a fresh process, offscreen, from process start until its window
                shows (the newest postings in its table), until its table holds every
                posting, and until Fit, Risk and Hours are filled (summaries and backup made
                today; and on a new day, the Hours of the postings that state hours worked
                out again and the day's backup made); the worst stall of its event loop
                meanwhile (a 10 ms timer's largest gap); its peak memory.
                Floor: a bare PySide6 window with a QTableView, measured the same way.
  profile       in the same process, once the start's check of the file is done (a write
                waits for it), a skill added to the profile: until every Fit is worked out
                again, and the worst event-loop stall meanwhile. Floors: checking every
                posting's must-haves against the new profile (N times the per-posting check
                on a sample of stored postings, timed just before each run), and the same
                timer's worst gap in the bare window.
  upgrade       a start after a parser upgrade (every posting read again), until Fit, Risk
                and Hours show. Floor: reading alone, N times the parser's time per posting
                on the sample, timed just before each run.
  read          reading one stored posting (analyze_posting), the median of the sample.
                Floor: one regular-expression pass over the same texts.
  export        `gigdesk export --csv`, a subprocess: time and peak memory. Floor: a plain
                sqlite3 + csv dump of the same rows (columns, history, summaries).
  filter, sort  the table's model in this process (a window on the tracker, its work run at
                once): a word set, cleared, and the worst keystroke typing a word letter by
                letter (the full-text search and the model's filter_by); a click on each
                column's header. Floors: a Python scan of the same casefolded strings;
                sorted() on the column's shown values.
  cli           `gigdesk list`, `add`, `export` on a tracker of 100 postings (their start),
                and `list`, `add`, `stats` and `report --csv` (every posting since 2000) on
                the N postings.
                Floor: `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_tracker import (  # noqa: E402
    DEFAULT_CORPUS,
    corpus_postings,
    keep_summaries,
    load_corpus,
    make_tracker,
)
from benchmarks.timing import median_seconds  # noqa: E402
from desktop.domain.backups import backup_name  # noqa: E402
from desktop.domain.tracking.export import SITE_COLUMNS  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FILTER_WORD = "python"
TYPED_WORD = "engineer"
ADDED_SKILL = "Kubernetes: 2"  # the profile change
SMALL_TRACKER = 100  # postings, for the commands' start
SAMPLE = 200  # stored postings read for the reading floor
TICK_MS = 10
WORDS = re.compile(r"\w+")

# Children print "<name> <number>" lines: perf_counter() marks (the clock is shared with this
# process, so a mark less the launch time is seconds from process start), "peak" (the most
# memory the process has held so far, KiB) and "stall_<phase>" (the event loop's worst gap,
# seconds). The peak is the kernel's VmHWM: a child's ru_maxrss starts at its parent's.

PEAK = """
import sys, time

def say(name, value):
    print(name, value, flush=True)

def peak():
    with open("/proc/self/status") as status:
        say("peak", next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""

TICKER = (
    PEAK
    + f"""
from PySide6.QtCore import QTimer

class Ticker:
    '''A {TICK_MS} ms timer recording its largest gap: how long the event loop stalled.'''
    def __init__(self):
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer = QTimer()
        self.timer.setInterval({TICK_MS})
        self.timer.timeout.connect(self.tick)
        self.timer.start()
    def tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now
    def report(self, phase):
        self.tick()
        say(f"stall_{{phase}}", self.worst)
        self.worst = 0.0
"""
)

BARE_WINDOW = (
    TICKER
    + """
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 10))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
def shown():
    say("filled", time.perf_counter())
    peak()
    ticker = Ticker()
    QTimer.singleShot(1000, lambda: (ticker.report("idle"), app.quit()))
QTimer.singleShot(0, shown)
app.exec()
"""
)

# `gigdesk --data-dir DIR` with hooks on the table model's public methods. argv: the folder,
# the postings it holds, and "start" (then change the profile) or "once" (close when filled).
APP_WINDOW = (
    TICKER
    + """
from desktop.cli import main
from desktop.domain.skills.profile import format_profile
from desktop.services import Tracker
from desktop.domain.skills.taxonomy import taxonomy
from desktop.ui.agenda_view import AgendaView
from desktop.ui.main_window import MainWindow
from desktop.ui.posting_model import PostingTableModel
from desktop.ui.loading import TableLoader
from desktop.services.summaries import TableSummaries as Summaries

folder, count, mode, added_skill = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
state = {
    "phase": "start", "window": None, "ticker": None, "fitted": set(), "checked": False,
    "stale": True, "agenda": False,
}

def wrap(cls, name, before=None, after=None):
    original = getattr(cls, name)
    def wrapped(self, *args, **kwargs):
        if before:
            before(self, *args)
        result = original(self, *args, **kwargs)
        if after:
            after(self, *args)
        return result
    setattr(cls, name, wrapped)

def built(window, *args):
    state["window"] = window
    def shown():
        say("shown", time.perf_counter())
        say("shown_rows", window.model.total())
        state["ticker"] = Ticker()
    QTimer.singleShot(0, shown)

def listed(model, rows):
    if model.total() == count:
        say("listed", time.perf_counter())

def merged(model, summaries):
    # set_summaries empties the model's summaries and merges the new ones.
    state["fitted"].update(summaries.fits)
    if len(state["fitted"]) >= count and model.total() == count and not state["stale"]:
        QTimer.singleShot(0, filled)

def kept_shown(loader, kept):
    # Stale summaries (a new day's hours, say) are worked out in parts after the kept
    # ones show; postings read again come with theirs, and a reload shows them kept.
    state["stale"] = True if loader._reading_again else bool(kept[1])

def in_parts(loader, ids, size, work, doing, finished):
    def done():
        finished()
        state["stale"] = False
        merged(loader._model, Summaries())
    return original_in_parts(loader, ids, size, work, doing, done)

def filled():
    window, phase = state["window"], state["phase"]
    if phase == "start":
        say("filled", time.perf_counter())
        peak()
        state["ticker"].report("start")
        if mode == "start":
            state["phase"] = "checking"
            change_profile(window)
            return
    elif phase == "profile":
        say("profiled", time.perf_counter())
        state["ticker"].report("profile")
    else:
        return
    state["phase"] = "done"
    window.close()

def change_profile(window):
    # A write waits for the start's check of the file; the start's tail (the first posting
    # shown once the Store is open, then today's agenda offered) is measured on its own.
    if not (state["checked"] and state["agenda"]):
        QTimer.singleShot(10, lambda: change_profile(window))
        return
    state["ticker"].report("tail")
    # The profile dialog's own work (the checklist's rules imported, the skills taxonomy
    # built to read it), not measured: the window's start does not load them.
    from desktop.domain.skills.fit import parse_profile
    text = format_profile(window.tracker.profile()) + "\\n" + added_skill
    profile, problems = parse_profile(text, taxonomy())
    assert not problems, problems
    window.prompts.edit_profile = lambda current: profile
    state["phase"], state["fitted"] = "profile", set()
    state["ticker"].report("dialog")
    say("profile", time.perf_counter())
    window.edit_profile()

wrap(Tracker, "check_integrity", after=lambda tracker: state.update(checked=True))
wrap(AgendaView, "show_items", after=lambda view, *args: state.update(agenda=True))
wrap(MainWindow, "__init__", after=built)
wrap(PostingTableModel, "set_postings", after=listed)
wrap(PostingTableModel, "set_summaries", before=lambda model, s: state["fitted"].clear())
wrap(PostingTableModel, "merge_summaries", after=merged)
original_in_parts = TableLoader._in_parts
TableLoader._in_parts = in_parts
wrap(TableLoader, "_show_kept", before=kept_shown)
sys.exit(main(["--data-dir", folder]))
"""
)

# The `gigdesk` command of this checkout, as its entry point runs it (the installed script
# may be another checkout's), telling its peak memory.
GIGDESK = (
    PEAK
    + """
import atexit
from desktop.cli import main
atexit.register(peak)
sys.exit(main(sys.argv[1:]))
"""
)

# The export's rows with nothing but sqlite3 and csv. argv: the database, the CSV.
PLAIN_EXPORT = (
    PEAK
    + """
import csv, sqlite3
query = '''
    SELECT p.id, p.title, p.company, p.source, p.url, p.stage, p.outcome, p.added_at,
           p.updated_at, p.follow_up,
           (SELECT group_concat(e.name || '@' || substr(e.at, 1, 10), ';')
              FROM stage_event e WHERE e.posting_id = p.id) AS stage_history,
           p.notes, s.fit_total, s.fit_met, s.fit_missing, s.risk_level, s.risk_flags,
           s.hours_text, s.hours_zone, s.hours_local, s.hours_overlap, s.pay_min, s.pay_max,
           s.pay_currency, s.pay_period, s.engagement,
           json_extract(p.analysis, SITE_PATHS) AS site
      FROM posting p LEFT JOIN summary s ON s.posting_id = p.id ORDER BY p.id
'''
with sqlite3.connect(sys.argv[1]) as db, open(sys.argv[2], "w", newline="") as out:
    rows = db.execute(query)
    writer = csv.writer(out)
    writer.writerow([column[0] for column in rows.description])
    writer.writerows(rows)
peak()
"""
).replace(
    # What the job site said (SITE_COLUMNS): the export reads it from each stored reading.
    "SITE_PATHS",
    ", ".join(f"'$.{field}'" for field in SITE_COLUMNS.values()),
)


@dataclass(frozen=True)
class Row:
    """One line of the table: our runs against the floor's."""

    work: str
    ours: Sequence[float]
    floor: Sequence[float]
    floor_name: str
    unit: str = "s"  # "s" (shown as ms or s) or "MiB"
    note: str = ""

    def cells(self) -> list[str]:
        ours, floor = statistics.median(self.ours), statistics.median(self.floor)
        ratio = ours / floor if floor else float("nan")
        note = f" ({self.note})" if self.note else ""
        spread = "–".join(_amount(v, self.unit) for v in (min(self.ours), max(self.ours)))
        return [
            self.work,
            _amount(ours, self.unit) + note,
            f"{_amount(floor, self.unit)} ({self.floor_name})",
            f"{ratio:.1f}x" if ratio >= 10 else f"{ratio:.2f}x",
            spread if len(self.ours) > 1 else "",
        ]


def _amount(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    if value >= 10:
        return f"{value:,.1f} s"
    if value >= 1:
        return f"{value:,.2f} s"
    return f"{value * 1000:,.0f} ms" if value >= 0.01 else f"{value * 1000:.2f} ms"


@dataclass(frozen=True)
class Child:
    """A finished process: launch to exit, and the numbers it printed."""

    seconds: float
    printed: dict[str, float]
    launched: float
    tree_peak_kib: float = 0  # with its worker processes, when sampled (run_child)

    def mark(self, name: str) -> float:
        """Seconds from the launch to a mark the child printed."""
        return self.printed[name] - self.launched

    @property
    def peak_mib(self) -> float:
        """Its own peak, or its processes' together when that was sampled and larger."""
        return max(self.printed["peak"], self.tree_peak_kib) / 1024


def run_child(command: Sequence[str], timeout: float, *, workers: bool = False) -> Child:
    """Run a process to its end; RuntimeError with its stderr if it fails. With `workers`,
    the resident memory of it and the processes it starts is summed every 20 ms."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        launched = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        # A blocking wait: one with a timeout polls, and would add up to 50 ms to a run.
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        sampler = TreeSampler(process.pid) if workers else None
        returncode = process.wait()
        ended = time.perf_counter()
        killer.cancel()
        tree_peak = sampler.stop() if sampler else 0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if returncode:
        raise RuntimeError(f"{' '.join(command[3:])} exited {returncode}:\n{stderr[-3000:]}")
    printed = {}
    for line in stdout.splitlines():
        name, _, value = line.partition(" ")
        if re.fullmatch(r"[a-z_]+", name) and re.fullmatch(r"[-+.e0-9]+", value):
            printed[name] = float(value)
    return Child(ended - launched, printed, launched, tree_peak)


class TreeSampler(threading.Thread):
    """The largest sum of resident memory (KiB) of a process and its descendants, sampled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._stopped = pid, 0, threading.Event()
        self.start()

    def run(self) -> None:
        while not self._stopped.wait(0.02):
            self.peak = max(self.peak, sum(_resident_kib(pid) for pid in _tree(self.pid)))

    def stop(self) -> int:
        self._stopped.set()
        self.join()
        return self.peak


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:  # gone (its memory reads as none), or a kernel without the list
        return [pid]
    return [pid, *(grandchild for child in children for grandchild in _tree(int(child)))]


def _resident_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    resident = (line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
    return int(next(resident, 0))


def python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


def gigdesk(*args: str) -> list[str]:
    return python(GIGDESK, *args)


class Bench:
    """The tracker measured, copies of it, and the rows measured so far."""

    def __init__(self, prepared: Path, scratch: Path, runs: int, timeout: float) -> None:
        self.prepared = prepared
        self.scratch = scratch
        self.runs = runs
        self.timeout = timeout
        self.rows: list[Row] = []
        self.details: list[str] = []
        with self.reading() as db:
            (self.count,) = db.execute("SELECT count(*) FROM posting").fetchone()

    @property
    def db_file(self) -> Path:
        return self.prepared / "gigdesk.db"

    def reading(self) -> closing[sqlite3.Connection]:
        """A read-only connection to the prepared database, closed after the `with`."""
        return closing(sqlite3.connect(f"{self.db_file.as_uri()}?mode=ro", uri=True))

    def copy(self, name: str, change: str = "", *, backed_up: bool = True) -> Path:
        """A fresh copy of the prepared folder, with an SQL `change` applied to it. With
        `backed_up`, today's backup counts as made (a stand-in file: copying the real one
        would double the disk's work), as after a start today; without, the start makes it,
        as the first start of a day does."""
        target = self.scratch / name
        shutil.rmtree(target, ignore_errors=True)
        copy_database(self.prepared, target)
        if change:
            with closing(sqlite3.connect(target / "gigdesk.db")) as db, db:
                db.execute(change)
        if backed_up:
            (target / "backups").mkdir()
            (target / "backups" / backup_name(date.today())).touch()
        return target

    def child(self, command: Sequence[str], *, workers: bool = False) -> Child:
        return run_child(command, self.timeout, workers=workers)

    def app(self, folder: Path, mode: str) -> Child:
        """The app started on `folder`; it closes once the table is filled (and, in the
        "start" mode, once a profile change has been worked out)."""
        return self.child(python(APP_WINDOW, str(folder), str(self.count), mode, ADDED_SKILL))

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print("  " + " | ".join(row.cells()), file=sys.stderr, flush=True)


def copy_database(source: Path, target: Path) -> None:
    """The database file of a data folder, and its write-ahead log if it has one."""
    target.mkdir(parents=True)
    for name in ("gigdesk.db", "gigdesk.db-wal"):
        if (source / name).exists():
            shutil.copyfile(source / name, target / name)


def prepare(source: Path, target: Path) -> Path:
    """A copy of `source` as the app leaves it after a start today: at this schema (the
    upgrade's backup removed), every summary worked out and kept."""
    from desktop.services import Tracker
    from desktop.store import Store

    copy_database(source, target)
    tracker = Tracker(Store.open(target / "gigdesk.db"))
    try:
        keep_summaries(tracker)
    finally:
        tracker.close()
    for backup in target.glob("gigdesk.v*-backup-*"):
        backup.unlink()
    return target


# Starting the window


def measure_start(bench: Bench, sample: Sample) -> None:
    """Bare windows, then app starts, each on a fresh copy (the profile change writes)."""
    bare = [bench.child(python(BARE_WINDOW)) for _ in range(bench.runs)]
    starts, checks = [], []
    for _ in range(bench.runs):
        checks.append(bench.count * statistics.mean(sample.time().check))
        starts.append(bench.app(bench.copy("start"), "start"))
    # A new day: the hours of postings that state hours were worked out for yesterday; the
    # others' summary stands on the parser alone (see desktop/services/summaries.py).
    new_day = "UPDATE summary SET hours_basis = 'yesterday' WHERE hours_text IS NOT NULL"
    days = [
        bench.app(bench.copy("day", new_day, backed_up=False), "once") for _ in range(bench.runs)
    ]
    shutil.rmtree(bench.scratch / "start")
    shutil.rmtree(bench.scratch / "day")
    floor = [child.mark("filled") for child in bare]
    name = "bare PySide6 window with a QTableView"
    n = f"{bench.count:,}"
    newest = statistics.median(child.printed["shown_rows"] for child in starts)
    bench.add(
        Row(
            f"start until the window shows, its newest {newest:,.0f} rows in the table",
            marks(starts, "shown"),
            floor,
            name,
        )
    )
    bench.add(Row(f"start until the table lists all {n}", marks(starts, "listed"), floor, name))
    bench.add(Row("start until Fit, Risk, Hours are filled", marks(starts, "filled"), floor, name))
    bench.add(
        Row(
            "first start of a day (the Hours of postings stating hours worked out again) until "
            "filled",
            marks(days, "filled"),
            floor,
            name,
            note=worst_stall(days),
        )
    )
    idle = [child.printed["stall_idle"] for child in bare]
    bench.add(
        Row(
            "worst event-loop stall, from window shown to filled",
            [child.printed["stall_start"] for child in starts],
            idle,
            f"the {TICK_MS} ms timer in the bare window",
        )
    )
    bench.add(
        Row(
            "worst event-loop stall, from filled until the first posting and today's agenda "
            "show (the Store opened beside the window first)",
            [child.printed["stall_tail"] for child in starts],
            idle,
            f"the {TICK_MS} ms timer in the bare window",
        )
    )
    bench.add(
        Row(
            "peak memory of the window, table filled",
            [child.peak_mib for child in starts],
            [child.peak_mib for child in bare],
            "the bare window",
            unit="MiB",
        )
    )
    profile = [child.mark("profiled") - child.mark("profile") for child in starts]
    bench.add(
        Row(
            f"profile change ({ADDED_SKILL} added): until every Fit is worked out again",
            profile,
            checks,
            "checking every posting's must-haves alone",
        )
    )
    bench.add(
        Row(
            "profile change: worst event-loop stall",
            [child.printed["stall_profile"] for child in starts],
            idle,
            f"the {TICK_MS} ms timer in the bare window",
        )
    )


def marks(children: Sequence[Child], name: str) -> list[float]:
    return [child.mark(name) for child in children]


def worst_stall(children: Sequence[Child]) -> str:
    stall = statistics.median(child.printed["stall_start"] for child in children)
    return f"worst stall {_amount(stall, 's')}"


def measure_upgrade(bench: Bench, runs: int, sample: Sample) -> None:
    stale = "UPDATE posting SET analysis_version = 0"
    starts, readings = [], []
    for _ in range(runs):
        readings.append(statistics.mean(sample.time().read))
        starts.append(bench.app(bench.copy("upgrade", stale), "once"))
    shutil.rmtree(bench.scratch / "upgrade")
    times = marks(starts, "filled")
    reading = statistics.median(readings)
    bench.add(
        Row(
            "start after a parser upgrade (every posting read again) until Fit, Risk, Hours show",
            times,
            [bench.count * seconds for seconds in readings],
            f"reading alone: {bench.count:,} x {_amount(reading, 's')}",
            note=f"{bench.count / statistics.median(times):,.0f} postings/s, "
            + worst_stall(starts),
        )
    )


# Reading: the floors of the upgrade and the profile change, and a row of its own


@dataclass(frozen=True)
class SampleTimes:
    """Seconds per posting over the sample, each the median of three calls."""

    read: list[float]  # analyze_posting
    regex: list[float]  # one regular-expression pass over the text
    check: list[float]  # its must-haves checked against the changed profile


class Sample:
    """Stored postings spread evenly over the tracker, timed beside each run they are the
    floor of, so that both meet the same load on a shared machine."""

    def __init__(self, bench: Bench) -> None:
        from desktop.domain.reading.analysis import analyze_posting
        from desktop.domain.skills.fit import parse_profile
        from desktop.domain.skills.profile import format_profile
        from desktop.domain.skills.taxonomy import taxonomy
        from desktop.store.snapshot import Snapshot

        with bench.reading() as db:
            step = max(1, bench.count // SAMPLE)
            self.texts = db.execute(
                "SELECT raw_text, source FROM posting WHERE id % ? = 0 LIMIT ?", (step, SAMPLE)
            ).fetchall()
        snapshot = Snapshot.open(bench.db_file)
        assert snapshot is not None
        self.profile, problems = parse_profile(
            format_profile(snapshot.profile()) + "\n" + ADDED_SKILL, taxonomy()
        )
        snapshot.close()
        assert not problems, problems
        self.must_haves = [analyze_posting(text, source).must_haves for text, source in self.texts]
        self.timed: list[SampleTimes] = []

    def time(self) -> SampleTimes:
        from desktop.domain.reading.analysis import analyze_posting
        from desktop.domain.skills.fit import check
        from desktop.domain.skills.taxonomy import taxonomy

        skills, profile = taxonomy(), self.profile
        times = SampleTimes([], [], [])
        for (text, source), must_haves in zip(self.texts, self.must_haves, strict=True):
            times.read.append(median_seconds(partial(analyze_posting, text, source), 3))
            times.regex.append(median_seconds(partial(WORDS.findall, text), 3))
            times.check.append(median_seconds(partial(check, must_haves, profile, skills), 3))
        self.timed.append(times)
        return times


def add_reading(bench: Bench, sample: Sample) -> None:
    bench.add(
        Row(
            f"read one posting (analyze_posting, median of {len(sample.texts)} stored postings)",
            [statistics.median(times.read) for times in sample.timed],
            [statistics.median(times.regex) for times in sample.timed],
            "one regex pass over the text",
            note=f"slowest {_amount(statistics.median(max(t.read) for t in sample.timed), 's')}",
        )
    )


# Export and the command line


def measure_export(bench: Bench) -> None:
    folder = bench.copy("export")
    target, plain = bench.scratch / "export.csv", bench.scratch / "plain.csv"
    export = gigdesk("export", "--csv", str(target), "--data-dir", str(folder))
    ours = [bench.child(export, workers=True) for _ in range(bench.runs)]
    floor = [
        bench.child(python(PLAIN_EXPORT, str(folder / "gigdesk.db"), str(plain)), workers=True)
        for _ in range(bench.runs)
    ]
    name = "plain sqlite3 + csv dump of the same rows"
    bench.add(
        Row(
            "`gigdesk export --csv`",
            [child.seconds for child in ours],
            [child.seconds for child in floor],
            name,
        )
    )
    bench.add(
        Row(
            "`gigdesk export --csv`: peak memory",
            [child.peak_mib for child in ours],
            [child.peak_mib for child in floor],
            name,
            unit="MiB",
        )
    )
    shutil.rmtree(folder)


def measure_cli(bench: Bench, corpus: Path) -> None:
    small = bench.scratch / "small"
    make_tracker(small, SMALL_TRACKER, load_corpus(corpus))
    large = bench.copy("cli")
    seed = corpus_postings(corpus)[-1]["text"]
    floor = [bench.child(python("pass")).seconds for _ in range(bench.runs)]

    def posting(run: int) -> str:
        """A posting not tracked yet."""
        path = bench.scratch / f"posting-{run}.txt"
        path.write_text(f"{seed}\n\nBenchmark posting {time.time_ns()}\n", encoding="utf-8")
        return str(path)

    commands: list[tuple[str, Path, Callable[[int], list[str]]]] = [
        ("list", small, lambda _: gigdesk("list", "--data-dir", str(small))),
        ("add", small, lambda run: gigdesk("add", posting(run), "--data-dir", str(small))),
        (
            "export --csv",
            small,
            lambda _: gigdesk(
                "export", "--csv", str(bench.scratch / "small.csv"), "--data-dir", str(small)
            ),
        ),
        ("list", large, lambda _: gigdesk("list", "--data-dir", str(large))),
        ("add", large, lambda run: gigdesk("add", posting(run), "--data-dir", str(large))),
        (
            "stats",
            large,
            lambda _: gigdesk("stats", "--from", "2000-01-01", "--data-dir", str(large)),
        ),
        (
            "report --csv",
            large,
            lambda run: gigdesk(
                "report",
                "--from",
                "2000-01-01",
                "--csv",
                str(bench.scratch / f"report-{run}.csv"),
                "--data-dir",
                str(large),
            ),
        ),
    ]
    for command, folder, line in commands:
        times = [bench.child(line(run)).seconds for run in range(bench.runs)]
        size = SMALL_TRACKER if folder == small else bench.count
        extra = statistics.median(times) - statistics.median(floor)
        bench.add(
            Row(
                f"`gigdesk {command}` ({size:,} postings)",
                times,
                floor,
                "`python -c pass`",
                note=f"+{_amount(extra, 's')}",
            )
        )
    shutil.rmtree(small)
    shutil.rmtree(large)


# The table's model, in this process: filter and sort


def open_window(folder: Path) -> Any:
    """The main window on a copy of the tracker, its work and searches run at once, shown
    offscreen: its model is filtered and sorted as the user's is."""
    from PySide6.QtWidgets import QApplication

    from desktop.services import Tracker
    from desktop.store import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiState
    from desktop.ui.tasks import ImmediateTasks

    QApplication.instance() or QApplication(sys.argv[:1])
    tracker = Tracker(Store.open(folder / "gigdesk.db", check=False))
    window = MainWindow(tracker, ImmediateTasks(), UiState(folder / "ui.ini"))
    window.show()
    QApplication.processEvents()
    return window


def timed(call: Callable[[], Any]) -> float:
    """Seconds until `call` is done and the window has handled what it posted (repaint)."""
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    call()
    QApplication.processEvents()
    return time.perf_counter() - began


def measure_filter(bench: Bench, window: Any) -> None:
    from desktop.ui.posting_model import words_of

    def set_filter(text: str) -> None:
        words = words_of(text)
        window.model.filter_by(words, window.tracker.search(words) if words else [])

    with bench.reading() as db:
        rows = db.execute("SELECT title, company, source, notes, raw_text FROM posting")
        strings = ["\n".join(row).casefold() for row in rows]

    def scan(word: str) -> list[int]:
        return [place for place, text in enumerate(strings) if word in text]

    prefixes = [TYPED_WORD[:end] for end in range(1, len(TYPED_WORD) + 1)]
    set_times, clear_times, worst = [], [], []
    for _ in range(bench.runs):
        set_times.append(timed(lambda: set_filter(FILTER_WORD)))
        shown = window.model.rowCount()
        clear_times.append(timed(lambda: set_filter("")))
        worst.append(max(timed(lambda p=prefix: set_filter(p)) for prefix in prefixes))
        timed(lambda: set_filter(""))
    name = "a Python scan of the same strings"
    bench.add(
        Row(
            f'filter: set one word ("{FILTER_WORD}")',
            set_times,
            [median_seconds(lambda: scan(FILTER_WORD), bench.runs)],
            name,
            note=f"{shown:,} shown",
        )
    )
    bench.add(
        Row("filter: clear", clear_times, [median_seconds(lambda: scan(""), bench.runs)], name)
    )
    slowest_scan = max(median_seconds(lambda p=prefix: scan(p), bench.runs) for prefix in prefixes)
    bench.add(
        Row(
            f'filter: worst keystroke typing "{TYPED_WORD}"',
            worst,
            [slowest_scan],
            "the slowest scan for a prefix",
        )
    )


def measure_sort(bench: Bench, window: Any) -> None:
    """Each column's first click (the model's kept orders dropped before it), and the
    floor: sorted() on the column's shown values."""
    from PySide6.QtCore import Qt

    from desktop.ui.posting_model import HEADERS, Column

    model, tracker = window.model, window.tracker
    rows, (summaries, _) = tracker.list_rows(), tracker.kept_summaries()
    clicks: dict[Column, list[float]] = {column: [] for column in Column}
    for _ in range(bench.runs):
        for column in Column:
            model.set_postings(rows)  # as after a start: no order kept
            model.set_summaries(summaries)
            clicks[column].append(
                timed(lambda c=column: model.sort(c, Qt.SortOrder.AscendingOrder))
            )
    floors = {}
    for column in Column:
        values = [str(model.index(row, column).data()) for row in range(model.rowCount())]
        floors[column] = median_seconds(lambda v=values: sorted(v), bench.runs)
    ours = {column: statistics.median(times) for column, times in clicks.items()}
    worst = max(Column, key=ours.__getitem__)
    bench.add(
        Row(
            f"sort by a column: the worst of {len(Column)} ({HEADERS[worst]})",
            clicks[worst],
            [floors[worst]],
            "sorted() on its shown values",
            note=f"all columns {_amount(min(ours.values()), 's')}–"
            f"{_amount(max(ours.values()), 's')}",
        )
    )
    bench.details.append(
        "Sort by column (first click, median; floor): "
        + "; ".join(
            f"{HEADERS[c]} {_amount(ours[c], 's')} ({_amount(floors[c], 's')})" for c in Column
        )
        + "."
    )


# Report


def machine() -> str:
    import PySide6

    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )


def print_table(rows: Sequence[Row]) -> None:
    """The rows as a Markdown table, as the README shows them."""
    print("| work | Gigdesk | floor | ratio | runs (min–max) |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row.cells()) + " |")


def report(bench: Bench, began: datetime, minutes: float) -> None:
    size = bench.db_file.stat().st_size / 1024 / 1024
    print(f"{began:%Y-%m-%d %H:%M} UTC; {machine()}  ")
    print(
        f"{bench.count:,} postings, database {size:,.0f} MiB; medians of {bench.runs} runs, "
        f"load average {os.getloadavg()[0]:.1f} at the end; the run took {minutes:.0f} min\n"
    )
    print_table(bench.rows)
    if bench.details:
        print()
        for detail in bench.details:
            print(detail)


def compile_bytecode() -> None:
    """Compile the package as `pip install .` does, so that no start is timed compiling it
    (where PYTHONDONTWRITEBYTECODE is set, every start would, 60 ms; PySide6's is compiled)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder made by make_tracker.py")
    parser.add_argument("--count", type=int, help="postings to make when there is no data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--upgrade-runs",
        type=int,
        help="runs of the upgrade (default --runs; 0 skips it: at 100,000 postings every "
        "posting is read again, a quarter of an hour)",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per process")
    args = parser.parse_args()
    if args.data is None and args.count is None:
        parser.error("give --data DIR, --count N, or both")
    began, clock = datetime.now(UTC), time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="gigdesk-bench-") as folder:
        scratch = Path(folder)
        source = args.data or scratch / "made"
        if not (source / "gigdesk.db").exists():
            if args.count is None:
                parser.error(f"{source} holds no gigdesk.db; give --count to make one")
            make_tracker(source, args.count, load_corpus(args.corpus))
        compile_bytecode()
        bench = Bench(prepare(source, scratch / "prepared"), scratch, args.runs, args.timeout)
        sample = Sample(bench)
        measure_start(bench, sample)
        upgrade_runs = args.runs if args.upgrade_runs is None else args.upgrade_runs
        if upgrade_runs:
            measure_upgrade(bench, upgrade_runs, sample)
        measure_export(bench)
        window = open_window(bench.copy("window"))
        measure_filter(bench, window)
        measure_sort(bench, window)
        window.close()
        add_reading(bench, sample)
        measure_cli(bench, args.corpus)
        report(bench, began, (time.perf_counter() - clock) / 60)


if __name__ == "__main__":
    main()
