"""Build the Linux bundle and use it as on a user's machine: unpacked from its .tar.gz into
an empty folder and run with an empty environment (`env -i`: no virtual environment, no
PYTHONPATH, only /usr/bin:/bin on PATH, another working folder and HOME).

    pip install -e '.[bundle]'
    python tools/check_bundle.py [--no-build] [--runs 3]

Checks `gigdesk --version`, `analyze --json` on a posting, `add`/`list`/`export --csv`,
`import` of an .xlsx and `report --pdf` on a temporary data folder, and the window started
offscreen for a few seconds without an error; then prints the bundle's size and its cold
start until the window is shown (the log's "window shown" line) beside the pip-installed
app's, measured in the same run. Exits 1 on the first check that fails. `.ci/run` runs it
when PyInstaller is installed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_bundle import build, package  # noqa: E402  (beside this script)

from desktop import __version__  # noqa: E402
from desktop.services.readers import MIN_PARALLEL  # noqa: E402

POSTING = """Contract: Bookkeeper (part-time, remote)
Ledger & Lime Ltd · Leeds, UK

Must have:
- 3+ years of bookkeeping for small businesses
- Xero or QuickBooks
Nice to have: payroll experience.
Core hours are 9:00 am to 1:00 pm GMT. £25/hour.
"""
SHOWN = "window shown"
SETTLE_SECONDS = 3  # the window keeps running this long after it shows, to catch late errors


class BundleCheckError(Exception):
    pass


def empty_environment(home: Path) -> dict[str, str]:
    """What `env -i` leaves, plus what any login session has: a HOME, a PATH and a UTF-8
    locale; Qt draws offscreen, there being no display here."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(command: Sequence[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode:
        raise BundleCheckError(f"{' '.join(command[1:])} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def window_start(command: Sequence[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from launch until the window is shown; the window then runs a few seconds
    more and must have logged no error and still be running."""
    launched = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--debug"], env=env, cwd=cwd, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    seen: list[str] = []
    shown = None
    try:
        for line in process.stderr:
            seen.append(line)
            if SHOWN in line:
                shown = time.perf_counter() - launched
                break
        if shown is None:
            raise BundleCheckError("the window never showed:\n" + "".join(seen[-30:]))
        time.sleep(SETTLE_SECONDS)
        if process.poll() is not None:
            raise BundleCheckError(f"the window closed by itself (exit {process.returncode})")
    finally:
        process.terminate()
        rest = process.communicate(timeout=30)[1]
    errors = [
        line for line in [*seen, *rest.splitlines()] if " ERROR " in line or "Traceback" in line
    ]
    if errors:
        raise BundleCheckError("the window logged errors:\n" + "\n".join(errors[:20]))
    return shown


def check(program: Path, scratch: Path) -> None:
    """The commands a user runs first, each with nothing from this build's environment."""
    home, work, data = scratch / "home", scratch / "work", scratch / "data"
    for folder in (home, work):
        folder.mkdir()
    env = empty_environment(home)
    shown = run([str(program), "--version"], env, work).strip()
    if shown != f"gigdesk {__version__}":
        raise BundleCheckError(f"--version says {shown!r}, not gigdesk {__version__}")
    posting = work / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    reading = json.loads(run([str(program), "analyze", "--json", str(posting)], env, work))
    if "Bookkeeper" not in json.dumps(reading):
        raise BundleCheckError(f"analyze read no title: {json.dumps(reading)[:300]}")
    with_data = ["--data-dir", str(data)]
    run([str(program), "add", str(posting), *with_data], env, work)
    listed = run([str(program), "list", *with_data], env, work)
    if "Bookkeeper" not in listed:
        raise BundleCheckError(f"list does not show the posting:\n{listed}")
    run([str(program), "export", "--csv", str(work / "out.csv"), *with_data], env, work)
    if "Bookkeeper" not in (work / "out.csv").read_text(encoding="utf-8-sig"):
        raise BundleCheckError("the export does not hold the posting")
    # The commands whose libraries load only when asked: openpyxl, and Qt for the PDF.
    workbook = Workbook()
    sheet = workbook.create_sheet("Jobs", 0)
    sheet.append(["Position", "Company", "Status", "Date applied"])
    sheet.append(["Copy editor", "Inkwell", "Interview", date.today().isoformat()])
    workbook.save(work / "jobs.xlsx")
    run([str(program), "import", str(work / "jobs.xlsx"), *with_data], env, work)
    # Enough postings with their texts to be read in worker processes (started again from
    # the bundle's own program).
    many = work / "many.csv"
    with many.open("w", encoding="utf-8", newline="") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["Company", "Status", "Description"])
        for number in range(MIN_PARALLEL + 10):
            writer.writerow(
                ["Ledger & Lime", "Applied", POSTING.replace("Bookkeeper", f"Clerk {number}")]
            )
    run([str(program), "import", str(many), *with_data], env, work)
    if f"Clerk {MIN_PARALLEL + 9}" not in run([str(program), "list", *with_data], env, work):
        raise BundleCheckError("the postings read by worker processes are not listed")
    run([str(program), "report", "--pdf", str(work / "report.pdf"), *with_data], env, work)
    if not (work / "report.pdf").read_bytes().startswith(b"%PDF"):
        raise BundleCheckError("report --pdf wrote no PDF")
    print(
        "bundle: --version, analyze, add, list, export, import of an .xlsx and of "
        f"{MIN_PARALLEL + 10} postings read by worker processes, and report --pdf work from "
        "an empty environment"
    )


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some Qt libraries twice)."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check the bundle in dist/")
    parser.add_argument("--runs", type=int, default=3, help="window starts to time, each")
    args = parser.parse_args()
    dist = ROOT / "dist"
    if not args.no_build:
        package(build(dist, ROOT / "build"), dist)
    (archive,) = dist.glob(f"gigdesk-{__version__}-linux-*.tar.gz")
    with tempfile.TemporaryDirectory(prefix="gigdesk-bundle-") as folder:
        scratch = Path(folder)
        with tarfile.open(archive) as packed:
            packed.extractall(scratch / "unpacked", filter="data")
        program = scratch / "unpacked" / "gigdesk" / "gigdesk"
        try:
            check(program, scratch)
            env = empty_environment(scratch / "home")
            starts: dict[str, list[float]] = {"bundle": [], "pip": []}
            installed = [sys.executable, "-m", "desktop"]
            pip_env = {**env, "PATH": f"{Path(sys.executable).parent}:{env['PATH']}"}
            for run_number in range(args.runs):
                for name, command, environment in (
                    ("bundle", [str(program)], env),
                    ("pip", installed, pip_env),
                ):
                    data = ["--data-dir", str(scratch / f"window-{name}-{run_number}")]
                    starts[name].append(
                        window_start([*command, *data], environment, scratch / "work")
                    )
        except BundleCheckError as failure:
            print(f"bundle check failed: {failure}", file=sys.stderr)
            return 1
        size = folder_size(scratch / "unpacked") / 2**20
    bundle, pip = (statistics.median(starts[name]) for name in ("bundle", "pip"))
    print(
        f"bundle: {archive.name} {archive.stat().st_size / 2**20:,.0f} MiB packed, "
        f"{size:,.0f} MiB unpacked; window shown in {bundle:.2f} s "
        f"(pip-installed {pip:.2f} s, {bundle / pip:.2f}x; medians of {args.runs}, "
        f"cold data folders, {os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
