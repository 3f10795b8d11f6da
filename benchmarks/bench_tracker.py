"""Measure Gigdesk against plain baselines in one run, on N synthetic postings.

    python benchmarks/bench_tracker.py [--postings 10000]

Reports, each with its baseline measured in the same run:
  * start to main window shown, and to every posting listed, against a bare
    PySide6 QMainWindow start (both in fresh processes, offscreen);
  * filter-as-you-type latency per keystroke over all postings;
  * CSV export time against sqlite3 + csv writing the same rows directly;
  * peak memory (max RSS) of the app process against the bare window.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.timing import median_seconds  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "python kotlin java rust golang typescript react django flask postgres mysql redis kafka "
    "aws gcp azure docker kubernetes terraform remote contract freelance senior lead backend "
    "frontend fullstack engineer developer designer writer analyst team product platform "
    "scalable reliable customer support experience years required preferred plus benefits "
    "salary equity hours pacific eastern europe berlin london lagos manila hybrid onsite"
).split()
STAGES = ["saved", "applying", "applied", "screening", "interviewing", "offer", "accepted"]

BARE_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print(f"shown {time.perf_counter()}"), app.quit()))
app.exec()
import resource
print(f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""

APP_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop.app import run_app
from desktop.ui.main_window import MainWindow
state = {"shown": None}
def poll():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].isVisible():
        if state["shown"] is None:
            state["shown"] = time.perf_counter()
            print(f"shown {state['shown']}")
        if windows[0].model.rowCount() == int(sys.argv[2]):
            print(f"listed {time.perf_counter()}")
            windows[0].close()
            return
    QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
code = run_app(sys.argv[1])
import resource
print(f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
sys.exit(code)
"""


# Working-hours lines, so that the Hours column converts something for most postings.
HOURS_LINES = (
    "- Core hours are 8:00 am to 11:00 pm Pacific Time.",
    "- Work 9am - 6pm EET, Monday to Friday.",
    "- Must overlap 4+ hours with US Eastern Time.",
    "- Our core collaboration hours are 12pm-8pm AEST (GMT+10).",
    "- Be within +/-3 hours of CET.",
    "- Estimated 30 hours of work per week.",
)


def synthetic_text(rng: random.Random) -> str:
    lines = [f"{rng.choice(['Senior', 'Lead', 'Staff'])} {rng.choice(WORDS).title()} Engineer"]
    for _ in range(rng.randint(20, 45)):
        lines.append("- " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16))))
    lines.append(rng.choice(HOURS_LINES))
    return "\n".join(lines)


def fill(data_dir: Path, count: int) -> None:
    """N postings with 1-5 history events each, written straight into a migrated database."""
    from desktop.domain.reading.analysis import PARSER_VERSION, analyze_posting
    from desktop.domain.reading.serialize import analysis_to_dict
    from desktop.domain.tracking.intake import fingerprint
    from desktop.store import Store

    Store.open(data_dir / "gigdesk.db").close()
    rng = random.Random(42)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    postings, events = [], []
    for number in range(1, count + 1):
        text = synthetic_text(rng)
        added = start + timedelta(minutes=number * 7)
        steps = STAGES[: rng.randint(1, 5)]
        stamps = [added + timedelta(days=i * 3) for i in range(len(steps))]
        reading = json.dumps(analysis_to_dict(analyze_posting(text)))
        postings.append(
            (
                number,
                text,
                fingerprint(text),
                "Upwork",
                None,
                text.splitlines()[0],
                f"Company {rng.randint(1, 900)}",
                _db(added),
                _db(stamps[-1]),
                steps[-1],
                None,
                None,
                "",
                reading,
                PARSER_VERSION,
                "{}",
            )
        )
        events.extend((number, _db(at), name) for at, name in zip(stamps, steps, strict=True))
    with sqlite3.connect(data_dir / "gigdesk.db") as db:
        db.executemany("INSERT INTO posting VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", postings)
        db.executemany(
            "INSERT INTO profile_skill VALUES (?, ?, 'have')",
            [("Python", 5), ("Kotlin", 3), ("PostgreSQL", None), ("AWS", 2), ("React", None)],
        )
        db.executemany("INSERT INTO stage_event (posting_id, at, name) VALUES (?,?,?)", events)


def _db(moment: datetime) -> str:
    return moment.replace(tzinfo=None).isoformat(sep=" ")


def timed_start(script: str, *args: str) -> tuple[dict[str, float], float]:
    """Seconds from launch to each printed mark, and the process's own peak RSS in MiB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    launched = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True
    )
    marks, peak = {}, 0.0
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name == "rss":
            peak = float(value) / 1024
        else:
            marks[name] = float(value) - launched
    return marks, peak


def measure_startup(data_dir: Path, count: int, runs: int) -> dict[str, float]:
    bare = [timed_start(BARE_START) for _ in range(runs)]
    app = [timed_start(APP_START, str(data_dir), str(count)) for _ in range(runs)]
    return {
        "bare_shown": statistics.median(m["shown"] for m, _ in bare),
        "app_shown": statistics.median(m["shown"] for m, _ in app),
        "app_listed": statistics.median(m["listed"] for m, _ in app),
        "bare_rss": max(r for _, r in bare),
        "app_rss": max(r for _, r in app),
    }


def measure_filter(data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.domain.clock import UserTime
    from desktop.store import Store
    from desktop.ui.posting_model import Column, PostingFilterProxy, PostingTableModel

    QApplication.instance() or QApplication([])
    store = Store.open(data_dir / "gigdesk.db")
    model = PostingTableModel(UserTime(lambda: datetime.now(UTC), "UTC"))
    model.set_postings(store.list_postings())
    store.close()
    proxy = PostingFilterProxy(model)
    timings = []
    for query in ("kotlin", "remote berlin", "zzz"):
        for end in range(1, len(query) + 1):
            began = time.perf_counter()
            proxy.set_query(query[:end])
            proxy.rowCount()
            timings.append(time.perf_counter() - began)
        proxy.set_query("")
    sorts = []
    for column in (Column.TITLE, Column.STAGE, Column.ADDED, Column.FOLLOW_UP):
        began = time.perf_counter()
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        sorts.append(time.perf_counter() - began)
    return {
        "filter_median": statistics.median(timings),
        "filter_max": max(timings),
        "sort_median": statistics.median(sorts),
    }


def measure_fit(data_dir: Path, runs: int) -> dict[str, float]:
    """Checking every posting against the profile (the Fit column), and reading them all."""
    from desktop.services import Tracker
    from desktop.store import Store

    tracker = Tracker(Store.open(data_dir / "gigdesk.db"))
    fit = median_seconds(tracker.fit_summaries, runs)
    listing = median_seconds(tracker.list_postings, runs)
    hours = median_seconds(
        lambda: tracker.hours_summaries(date(2026, 12, 1), "Europe/Berlin"), runs
    )
    tracker.close()
    return {"fit": fit, "list": listing, "hours": hours}


def measure_export(data_dir: Path, runs: int) -> dict[str, float]:
    from dateutil import tz

    from desktop.domain.tracking.export import write_tracker_csv
    from desktop.store import Store

    target = data_dir / "export.csv"
    ours, baseline = [], []
    for _ in range(runs):
        began = time.perf_counter()
        store = Store.open(data_dir / "gigdesk.db")
        write_tracker_csv(store.list_postings(), target, tz.tzlocal())
        store.close()
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        raw_export(data_dir / "gigdesk.db", data_dir / "baseline.csv")
        baseline.append(time.perf_counter() - began)
    return {"export": statistics.median(ours), "export_baseline": statistics.median(baseline)}


def raw_export(db_file: Path, target: Path) -> None:
    """The same rows with nothing but sqlite3 and csv: the floor for an export."""
    query = """
        SELECT p.id, p.title, p.company, p.source, p.url, p.stage, p.outcome,
               p.added_at AS added, p.updated_at AS last_change, p.follow_up, p.notes,
               (SELECT group_concat(e.name || '@' || substr(e.at, 1, 10), ';')
                  FROM stage_event e WHERE e.posting_id = p.id ORDER BY e.at) AS stage_history
          FROM posting p ORDER BY p.id
    """
    with sqlite3.connect(db_file) as db, target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        rows = db.execute(query)
        writer.writerow([column[0] for column in rows.description])
        writer.writerows(rows)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gigdesk-bench-") as folder:
        data_dir = Path(folder)
        fill(data_dir, args.postings)
        size = (data_dir / "gigdesk.db").stat().st_size / 1024 / 1024
        start = measure_startup(data_dir, args.postings, args.runs)
        filtering = measure_filter(data_dir)
        export = measure_export(data_dir, args.runs)
        fit = measure_fit(data_dir, args.runs)
    ms = 1000
    print(f"Machine: {machine()}")
    print(f"Data: {args.postings} postings, database {size:.1f} MiB; medians of {args.runs} runs\n")
    print("| measure | Gigdesk | baseline | ratio |")
    print("|---|---|---|---|")
    print(
        f"| start to window shown | {start['app_shown'] * ms:.0f} ms | "
        f"{start['bare_shown'] * ms:.0f} ms (bare QMainWindow) | "
        f"{start['app_shown'] / start['bare_shown']:.2f}x |"
    )
    print(
        f"| start to all postings listed | {start['app_listed'] * ms:.0f} ms | "
        f"{start['bare_shown'] * ms:.0f} ms (bare QMainWindow) | "
        f"{start['app_listed'] / start['bare_shown']:.2f}x |"
    )
    print(
        f"| filter per keystroke (median / worst) | {filtering['filter_median'] * ms:.1f} / "
        f"{filtering['filter_max'] * ms:.1f} ms | – | – |"
    )
    print(
        f"| sort all rows by a column (median of 4 columns) | "
        f"{filtering['sort_median'] * ms:.0f} ms | – | – |"
    )
    print(
        f"| Fit column: every posting checked against the profile (database thread) | "
        f"{fit['fit'] * ms:.0f} ms | {fit['list'] * ms:.0f} ms (reading every posting) | "
        f"{fit['fit'] / fit['list']:.2f}x |"
    )
    print(
        f"| Hours column: every posting's hours in the user's zone (database thread) | "
        f"{fit['hours'] * ms:.0f} ms | {fit['list'] * ms:.0f} ms (reading every posting) | "
        f"{fit['hours'] / fit['list']:.2f}x |"
    )
    print(
        f"| CSV export | {export['export'] * ms:.0f} ms | "
        f"{export['export_baseline'] * ms:.0f} ms (sqlite3 + csv) | "
        f"{export['export'] / export['export_baseline']:.2f}x |"
    )
    print(
        f"| peak memory (max RSS) | {start['app_rss']:.0f} MiB | "
        f"{start['bare_rss']:.0f} MiB (bare QMainWindow) | "
        f"{start['app_rss'] / start['bare_rss']:.2f}x |"
    )


if __name__ == "__main__":
    main()
