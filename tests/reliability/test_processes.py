"""Real processes racing on one data folder, and killed in the middle of writing.

Each test starts `python -m desktop` style workers in subprocesses (the command line
never loads Qt), so what is checked is what a user's second window, a script or a
power cut does to the file. Every wait is bounded.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "store" / "fixtures"
WAIT_SECONDS = 60

# A worker: wait for the start file, then add `count` postings through the command line's
# own entry point, printing each new id as soon as it is stored.
ADDER = """
import os, sys, time
from pathlib import Path
from desktop.cli import main
folder, name, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
while not start.exists():
    time.sleep(0.001)
for n in range(count):
    posting = Path(folder).parent / f"{name}-{n}.txt"
    posting.write_text(
        f"Backend engineer {name} {n}\\nContract, remote. We need Python and PostgreSQL.\\n"
        + "You will build the services our customers rely on. " * 20,
        encoding="utf-8",
    )
    code = main(["add", str(posting), "--data-dir", folder])
    print(f"exit {code}", flush=True)
"""


def _worker(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _integrity(db_file: Path) -> str:
    with sqlite3.connect(db_file) as raw:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])


def test_six_processes_adding_to_a_new_folder_at_once_all_succeed(tmp_path):
    """The first run of several windows or scripts at once: one creates the schema.

    On a loaded machine a writer may wait longer than the busy timeout: that add
    says the database is in use, clearly, and stores nothing. Nothing else fails.
    """
    folder, start = tmp_path / "data", tmp_path / "start"
    workers = [_worker(ADDER, str(folder), f"w{n}", "20", str(start)) for n in range(6)]
    time.sleep(0.5)  # let every worker import and wait at the line
    start.touch()
    outputs = [worker.communicate(timeout=WAIT_SECONDS) for worker in workers]
    errors = "".join(err for _, err in outputs)
    assert "Traceback" not in errors, errors
    refused = [line for line in errors.splitlines() if line.startswith("gigdesk:")]
    assert all("in use by another program" in line for line in refused), refused
    added = [int(line) for out, _ in outputs for line in out.splitlines() if line.isdigit()]
    assert len(added) + len(refused) == 120 and len(added) >= 100
    store = Store.open(folder / "gigdesk.db")
    try:
        assert sorted(p.id for p in store.list_rows()) == sorted(added)
    finally:
        store.close()
    assert _integrity(folder / "gigdesk.db") == "ok"


WRITER = """
import sys
from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.services import Tracker
from desktop.store import Store
tracker = Tracker(Store.open(sys.argv[1]))
n = 0
while True:
    text = f"Data engineer {sys.argv[2]}-{n}\\nRemote contract, SQL."
    posting = tracker.add(text, PostingDetails())
    tracker.set_stage(posting.id, Stage.APPLIED)
    print(posting.id, flush=True)
    n += 1
"""


def test_killing_a_writer_at_any_moment_loses_no_stored_posting(tmp_path):
    db_file = tmp_path / "gigdesk.db"
    Store.open(db_file).close()
    rng = random.Random(20261128)
    printed: list[int] = []
    for round_ in range(8):
        writer = _worker(WRITER, str(db_file), str(round_))
        assert writer.stdout is not None
        printed.append(int(writer.stdout.readline()))  # running and writing
        time.sleep(rng.uniform(0.05, 0.4))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate(timeout=WAIT_SECONDS)
        printed.extend(int(line) for line in out.split())
        assert _integrity(db_file) == "ok", f"round {round_}"
    store = Store.open(db_file)
    try:
        stored = {p.id: p for p in store.list_rows()}
    finally:
        store.close()
    assert set(printed) <= set(stored)
    assert all(stored[i].stage.value == "applied" for i in printed)


UPGRADER = """
import sys
from desktop.store import Store
print("opening", flush=True)
Store.open(sys.argv[1]).close()
print("done", flush=True)
"""


def _large_first_schema_database(db_file: Path) -> None:
    """The first schema's fixture, grown to some megabytes so that its backup takes a while."""
    with sqlite3.connect(db_file) as raw:
        raw.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
        columns = "raw_text, fingerprint, source, url, title, company, added_at, updated_at, "
        columns += "stage, outcome, follow_up, notes"
        for _ in range(8):
            raw.execute(f"INSERT INTO posting ({columns}) SELECT {columns} FROM posting")
        raw.execute("UPDATE posting SET raw_text = raw_text || printf('%.*c', 20000, 'x')")
    raw.close()


def test_killing_a_schema_upgrade_leaves_the_old_file_whole_and_no_empty_backup(tmp_path):
    db_file = tmp_path / "gigdesk.db"
    _large_first_schema_database(db_file)
    with sqlite3.connect(db_file) as raw:
        (count,) = raw.execute("SELECT count(*) FROM posting").fetchone()
    raw.close()
    rng = random.Random(7)
    for round_ in range(20):
        upgrader = _worker(UPGRADER, str(db_file))
        assert upgrader.stdout is not None
        assert upgrader.stdout.readline() == "opening\n"
        time.sleep(rng.uniform(0, 0.05))
        upgrader.send_signal(signal.SIGKILL)
        out, _ = upgrader.communicate(timeout=WAIT_SECONDS)
        backups = list(tmp_path.glob("gigdesk.v*-backup-*.db"))
        assert all(b.stat().st_size > 0 for b in backups), f"round {round_}: an empty backup"
        assert _integrity(db_file) == "ok", f"round {round_}"
        if out:
            break  # it finished before the kill: the upgrade is done
    store = Store.open(db_file)
    try:
        assert len(store.list_rows()) == count
        assert store.migration.to_version >= 5
    finally:
        store.close()
    for backup in tmp_path.glob("gigdesk.v*-backup-*.db"):
        assert _integrity(backup) == "ok"
    assert list(tmp_path.glob(".*partial")) == []
