"""Measure `gigdesk import` against floors measured in the same run.

    python benchmarks/bench_import.py --data DIR [--runs 3]

`--data DIR` is a data folder made by benchmarks/make_tracker.py; it is never changed.
Its tracker is exported with `gigdesk export --csv` and every posting's text added as a
"description" column (as a Teal or hand-kept sheet with descriptions has it), and that
sheet is imported into an empty data folder, `--runs` times, each a fresh process.

Prints a Markdown table of medians beside their floors:

  kept       `gigdesk import --read-later SHEET` into an empty folder: every row read and
             checked, every posting and its history written in one transaction, ready in
             the table (the window's File → Import… does this, then reads the texts in the
             background). Floors: a plain csv read of the sheet and a sqlite3 executemany of
             its titles, companies and texts into one table; the same with an FTS5 index over
             them as Gigdesk's search keeps (its tokenizer and prefixes).
  read       `gigdesk import SHEET`: the same, then every description read by the parser
             and the summaries worked out, in parts of 500.
  parser     the parser alone on the same descriptions (analyze_posting on each, in one
             process): the part of the reading no faster store can take away.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_tracker import (  # noqa: E402
    PEAK,
    Child,
    Row,
    gigdesk,
    machine,
    print_table,
    python,
    run_child,
)

PLAIN_IMPORT = (
    PEAK
    + """
import csv, sqlite3
csv.field_size_limit(1 << 24)
with open(sys.argv[1], encoding="utf-8-sig", newline="") as sheet:
    rows = list(csv.DictReader(sheet))
with closing(sqlite3.connect(sys.argv[2])) as db, db:
    db.execute("CREATE TABLE posting (id INTEGER PRIMARY KEY, title, company, text)")
    if sys.argv[3] == "searchable":  # the full-text index Gigdesk's search keeps
        db.execute(
            "CREATE VIRTUAL TABLE posting_text USING fts5(title, company, text, "
            "content = 'posting', content_rowid = 'id', "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )
        db.execute(
            "CREATE TRIGGER added AFTER INSERT ON posting BEGIN INSERT INTO posting_text "
            "(rowid, title, company, text) VALUES (new.id, new.title, new.company, new.text); END"
        )
    db.executemany(
        "INSERT INTO posting (title, company, text) VALUES (?, ?, ?)",
        ((row["title"], row["company"], row["description"]) for row in rows),
    )
peak()
"""
).replace("import csv, sqlite3", "import csv, sqlite3\nfrom contextlib import closing")

READING_ALONE = (
    PEAK
    + """
import csv
from desktop.domain.reading.analysis import analyze_posting
csv.field_size_limit(1 << 24)
with open(sys.argv[1], encoding="utf-8-sig", newline="") as sheet:
    texts = [row["description"] for row in csv.DictReader(sheet)]
began = time.perf_counter()
for text in texts:
    analyze_posting(text)
say("reading", time.perf_counter() - began)
"""
)


def make_sheet(data: Path, sheet: Path, timeout: float) -> int:
    """The tracker's own export with each posting's text as its description."""
    exported = sheet.with_name("export.csv")
    run_child(gigdesk("export", "--csv", str(exported), "--data-dir", str(data)), timeout)
    uri = f"{(data / 'gigdesk.db').as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        texts = dict(db.execute("SELECT id, raw_text FROM posting"))
    with (
        open(exported, encoding="utf-8-sig", newline="") as source,
        open(sheet, "w", encoding="utf-8-sig", newline="") as target,
    ):
        rows = csv.DictReader(source)
        writer = csv.DictWriter(target, [*(rows.fieldnames or ()), "description"])
        writer.writeheader()
        count = 0
        for row in rows:
            writer.writerow({**row, "description": texts[int(row["id"])]})
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="made by make_tracker.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gigdesk-import-") as folder:
        scratch = Path(folder)
        sheet = scratch / "sheet.csv"
        count = make_sheet(args.data, sheet, args.timeout)
        kept, read, floor, searchable = [], [], [], []
        for run in range(args.runs):
            for flags, runs in ((["--read-later"], kept), ([], read)):
                target = scratch / f"imported-{run}"
                command = gigdesk("import", str(sheet), *flags, "--data-dir", str(target))
                runs.append(run_child(command, args.timeout))
                shutil.rmtree(target)
            for kind, runs in (("plain", floor), ("searchable", searchable)):
                plain = scratch / f"{kind}-{run}.db"
                command = python(PLAIN_IMPORT, str(sheet), str(plain), kind)
                runs.append(run_child(command, args.timeout))
                plain.unlink()
        reading = [
            run_child(python(READING_ALONE, str(sheet)), args.timeout).printed["reading"]
            for _ in range(args.runs)
        ]
        size = sheet.stat().st_size / 2**20
    floor_name = "csv read + sqlite3 executemany of the rows"
    title = f"{count:,} rows with descriptions ({size:.0f} MiB)"
    rows = [
        Row(f"`gigdesk import --read-later`: {title} kept", _s(kept), _s(floor), floor_name),
        Row(
            f"`gigdesk import --read-later`: {title} kept",
            _s(kept),
            _s(searchable),
            "the same with the full-text index Gigdesk's search keeps",
        ),
        Row(f"`gigdesk import`: {title} kept and read", _s(read), _s(floor), floor_name),
        Row(
            "`gigdesk import`: peak memory",
            [child.peak_mib for child in read],
            [child.peak_mib for child in floor],
            floor_name,
            unit="MiB",
        ),
        Row("the parser alone on the same descriptions", reading, reading, "itself"),
    ]
    print(f"{machine()}; medians of {args.runs} runs\n")
    print_table(rows)


def _s(children: list[Child]) -> list[float]:
    return [child.seconds for child in children]


if __name__ == "__main__":
    main()
