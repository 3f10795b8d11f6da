"""Write tests/store/fixtures/schema_vN.sql: a database as each schema version's own code left it.

    .venv/bin/python tools/make_schema_fixtures.py          # every version, 1 to 7
    .venv/bin/python tools/make_schema_fixtures.py 1 4      # only these

For each version N the script checks out the commit that introduced schema N
(SCHEMA_COMMITS) into a temporary git worktree, runs itself there as a child
process with PYTHONPATH set to the worktree, so that `import desktop` is that
version's code and resources, and removes the worktree afterwards; the main
working tree is not touched. The child refuses to run if `desktop` does not come
from the checkout it runs in, or if that checkout's schema is not N.

The child, which may also be run by hand from inside a checkout of version N,

    cd /tmp/gd-vN && PYTHONPATH=$PWD /work/main/.venv/bin/python \\
        /work/main/tools/make_schema_fixtures.py --child N /tmp/schema_vN.sql

writes the same user's data through that version's own public API under a fixed
fake clock, as far as the version supports it: four postings added with
`gigdesk add` (three with the user's own title and company, given as --title and
--company or typed into the details afterwards, one left as Gigdesk read it),
URLs, notes, follow-up dates and a dated stage history with outcomes and a
reopening (v1+); corrections to the reading (v2+); a skills profile and
checklist verdicts (v3+); messages and dismissed red flags (v4+); the user's
time zone, working hours and a pick for an ambiguous zone abbreviation (v5);
v6 and v7 added only the filter's full-text index, kept summaries and an index, so their data is
v5's written through the Tracker service. The database is then dumped as SQL
text (sqlite3's iterdump, preceded by the `PRAGMA user_version` line it leaves
out, with full-text indexes created empty and rebuilt): committed as text,
never as a .db.

tests/store/test_upgrades.py opens each dump with today's code and checks that
every value given here is still there; its expected values are written out in
the test, so keep the two in step when changing what is written here.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "store" / "fixtures"

# The commit that introduced each schema version (PRAGMA user_version).
SCHEMA_COMMITS = {
    1: "dec2064ea512ea6b37e98fb1afdec8c278abcf95",
    2: "07caf81f6f9def517af7d99066576fd3fae419dc",
    3: "e1f44440ab52bb5f73af18b3f7068da89a574508",
    4: "11296150afb9bbb0163d65737295a2a11f02f147",
    5: "ca007c40e29ce460888d5543e7186b1d7e812b97",
    6: "2e009c37cf3dd2d10479a7e59b71959a1b369d31",
    7: "36793509b9b63000725e55791d2384f2a27d9bdf",
}

CONTRACT = """\
Contract: Senior Python Developer
Company: Ferrowind Analytics
Location: Remote (Europe)

Ferrowind Analytics builds forecasting tools for wind farm operators. We need a
senior developer for a 6-month contract, 30 hours per week, at €70-85 per hour.

Requirements:
- 5+ years of Python
- Experience with PostgreSQL
- Docker or Kubernetes

Nice to have:
- Rust

Core hours are 10:00-14:00 CST, Monday to Friday.
"""

FULL_TIME = """\
Backend Engineer | Larkspur Health | Lisbon, Portugal

Full-time, permanent position. Salary €55,000-65,000 per year.
Hybrid: two days a week in our Lisbon office.

Larkspur Health makes scheduling software for community clinics.

What you bring:
- 3+ years of Go or Java
- Solid SQL
- Good written English

Bonus points:
- Terraform
"""

RECRUITER = """\
URGENT HIRING!!! Remote Data Entry Assistant

Earn $500 per day working from home, no experience needed!!
You have been selected for this position. Contact our hiring manager on
Telegram to start today. Send your bank details and a copy of your ID to
get your starter kit.
"""

PLAIN = """\
Job Title: QA Analyst
Company: Bright Harbor Ltd

Bright Harbor Ltd is hiring a QA analyst for its payments team in Leeds.

Requirements:
- 2+ years of Cypress
- Manual testing of web apps
"""


class Clock:
    """A clock that says what it is told."""

    def __init__(self) -> None:
        self.now = at(1, 1, 0)

    def __call__(self) -> datetime:
        return self.now


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


CONTRACT_ID, FULL_TIME_ID, RECRUITER_ID, PLAIN_ID = 1, 2, 3, 4


def module_of(*names: str) -> Any:
    """The first of `names` this version has: the domain's modules moved between versions."""
    for name in names:
        with contextlib.suppress(ModuleNotFoundError):
            return importlib.import_module(name)
    raise SystemExit(f"this checkout has none of {', '.join(names)}")


def write_data(version: int, db_file: Path, work: Path) -> None:
    """The user's data, written with version `version`'s own CLI and Store."""
    from desktop.store import Store

    clock = Clock()
    add_postings(db_file, work, clock)
    opened = Store.open(db_file, clock=clock)
    store = user_api(opened)
    try:
        track(store, clock)
        if version >= 2:
            clock.now = at(3, 9, 17)
            correct_readings(store)
        if version >= 3:
            write_profile_and_verdicts(store)
        if version >= 4:
            write_messages_and_dismissals(store)
        if version >= 5:
            clock.now = at(3, 9, 18)
            write_hours(store)
    finally:
        opened.close()


def user_api(store: Any) -> Any:
    """What the app's windows call: the Tracker service from schema 6 on, the Store before.

    Both offer the same methods by the same names for everything written here.
    """
    try:
        services = importlib.import_module("desktop.services.tracker")
    except ModuleNotFoundError:
        return store
    return services.Tracker(store)


def add_postings(db_file: Path, work: Path, clock: Clock) -> None:
    """Four postings through `gigdesk add`, as the user would have added them."""
    from desktop import cli
    from desktop.store import Store

    # Whatever path the CLI works out, it opens `db_file` under the fake clock.
    opener = Store.open
    Store.open = staticmethod(  # type: ignore[method-assign]
        lambda *_path, **options: opener(db_file, **{**options, "clock": clock})
    )
    postings: list[tuple[datetime, str, str, list[str]]] = [
        (
            at(3, 2, 9),
            CONTRACT,
            "contract.txt",
            [
                "--title=Python Contractor (wind forecasting)",
                "--company=Ferrowind GmbH",
                "--url=https://jobs.example.org/ferrowind/4711",
            ],
        ),
        (
            at(3, 3, 10),
            FULL_TIME,
            "full_time.txt",
            [
                "--title=Backend Engineer (Go)",
                "--company=Larkspur Health",
                "--url=https://larkspur.example/careers/backend",
                "--source=LinkedIn",
            ],
        ),
        (at(3, 4, 11), RECRUITER, "recruiter.txt", []),
        (at(3, 5, 12), PLAIN, "plain.txt", ["--url=https://brightharbor.example/jobs/qa"]),
    ]
    for number, (when, text, name, options) in enumerate(postings, start=1):
        clock.now = when
        path = work / name
        path.write_text(text, encoding="utf-8")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = cli.main(["add", str(path), *options])
        if code != 0 or printed.getvalue().strip() != str(number):
            raise SystemExit(f"gigdesk add {name} failed ({code}, {printed.getvalue()!r})")


def track(store: Any, clock: Clock) -> None:
    """Details typed in the detail pane, and a dated history of stages and outcomes."""
    tracking = module_of("desktop.domain.tracking.tracker", "desktop.domain.tracker")
    stage, outcome = tracking.Stage, tracking.Outcome

    edits: list[tuple[int, datetime, dict[str, Any]]] = [
        # The recruiter's posting: the user types the title and company in the details.
        (
            RECRUITER_ID,
            at(3, 4, 11, 5),
            {
                "title": "Data entry (suspicious)",
                "company": "Unknown recruiter",
                "notes": "Asked for bank details in the first message. Do not reply.",
            },
        ),
        (
            CONTRACT_ID,
            at(3, 9, 16),
            {
                "notes": "Spoke to Marta (CTO) on 9 March.\nRate negotiable up to €90/h.",
                "follow_up": date(2026, 3, 20),
            },
        ),
        (
            FULL_TIME_ID,
            at(3, 3, 10, 30),
            {"notes": "Referral from Inês.", "follow_up": date(2026, 3, 18)},
        ),
    ]
    for posting_id, when, changes in edits:
        clock.now = when
        old = store.get(posting_id).details
        store.save_details(posting_id, dataclasses.replace(old, **changes))
    moves: list[tuple[int, datetime, Any]] = [
        (CONTRACT_ID, at(3, 6, 8), stage.APPLIED),
        (FULL_TIME_ID, at(3, 7, 9), stage.APPLYING),
        (FULL_TIME_ID, at(3, 8, 9), stage.APPLIED),
        (RECRUITER_ID, at(3, 5, 7), outcome.WITHDRAWN),
        (CONTRACT_ID, at(3, 10, 14), stage.SCREENING),
        (CONTRACT_ID, at(3, 17, 15), stage.INTERVIEWING),
        (CONTRACT_ID, at(3, 24, 10), outcome.REJECTED),
        (FULL_TIME_ID, at(4, 8, 9), outcome.NO_RESPONSE),
        (FULL_TIME_ID, at(4, 10, 9), None),  # reopened
        (FULL_TIME_ID, at(4, 14, 11), stage.SCREENING),
    ]
    for posting_id, when, to in moves:
        clock.now = when
        if isinstance(to, stage):
            store.set_stage(posting_id, to)
        else:
            store.set_outcome(posting_id, to)


def correct_readings(store: Any) -> None:
    """Schema 2: the user's values for fields of the reading."""
    pay = {"min": 80.0, "max": 90.0, "currency": "EUR", "period": "hour"}
    store.set_field(CONTRACT_ID, "engagement", "freelance-hourly")
    store.set_field(CONTRACT_ID, "pay", pay)
    store.set_field(CONTRACT_ID, "hours_per_week", {"min": 25, "max": 30})
    store.set_field(FULL_TIME_ID, "location", "Lisbon, Portugal")
    store.set_field(FULL_TIME_ID, "remote", "hybrid")


def write_profile_and_verdicts(store: Any) -> None:
    """Schema 3: the skills profile and the user's own verdicts on must-haves."""
    fit = module_of("desktop.domain.skills.profile", "desktop.domain.fit")
    level, skill, status = fit.Level, fit.ProfileSkill, fit.Status

    store.save_profile(
        fit.Profile(
            (
                skill("Python", 6.0, level.HAVE),
                skill("PostgreSQL", 3.0, level.HAVE),
                skill("Docker", None, level.HAVE),
                skill("Go", 1.5, level.HAVE),
                skill("Rust", None, level.LEARNING),
            )
        )
    )
    store.set_check_override(CONTRACT_ID, "Docker or Kubernetes", status.MET)
    store.set_check_override(FULL_TIME_ID, "Good written English", status.MET)
    store.set_check_override(FULL_TIME_ID, "Solid SQL", status.PARTIAL)


def write_messages_and_dismissals(store: Any) -> None:
    """Schema 4: messages about postings, and red flags the user dismissed."""
    store.add_message(
        CONTRACT_ID,
        date(2026, 3, 9),
        "Hi, thanks for applying! Could we talk on Tuesday at 15:00 CET?\n— Marta, Ferrowind",
    )
    store.add_message(
        RECRUITER_ID,
        date(2026, 3, 4),
        "Hello, this is Mr. Green from the hiring team. Please add me on Telegram "
        "and send your bank details today.",
    )
    store.set_dismissed(RECRUITER_ID, "F7", True)
    store.set_dismissed(RECRUITER_ID, "F8", True)


def write_hours(store: Any) -> None:
    """Schema 5: the user's zone and working hours, and a pick for an ambiguous zone."""
    local_time = module_of("desktop.domain.hours.local_time", "desktop.domain.local_time")

    store.save_my_hours("Europe/Lisbon", local_time.WorkingHours.parse("08:30-17:00", "Mon-Thu"))
    store.set_field(CONTRACT_ID, "zone:CST", "America/Chicago")


def dump(version: int, db_file: Path) -> str:
    connection = sqlite3.connect(db_file)
    try:
        found = connection.execute("PRAGMA user_version").fetchone()[0]
        if found != version:
            raise SystemExit(f"the database has schema {found}, not {version}")
        virtual = dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            ).fetchall()
        )
        lines = [*_without_index_contents(connection.iterdump(), virtual)]
    finally:
        connection.close()
    header = [
        f"-- Gigdesk schema {version}, written by commit {SCHEMA_COMMITS[version]}.",
        "-- Generated by tools/make_schema_fixtures.py; do not edit by hand.",
        f"PRAGMA user_version = {version};",
    ]
    return "\n".join([*header, *lines]) + "\n"


def _without_index_contents(statements: Iterator[str], virtual: dict[str, str]) -> Iterator[str]:
    """The dump with each full-text index created empty and rebuilt at the end.

    iterdump writes a virtual table's rows and its shadow tables' pages as
    plain INSERTs, which do not load back; the index is derived from the
    postings, so the fixture creates it with its own statement and lets
    SQLite rebuild it from the rows the fixture holds.
    """
    derived = tuple(f'"{name}' for name in virtual) + tuple(f"'{name}_" for name in virtual)
    for statement in statements:
        if statement.startswith("PRAGMA writable_schema"):
            continue
        if statement.startswith(("INSERT INTO ", "CREATE TABLE ")) and statement.split(" ")[
            2
        ].startswith(derived):
            continue
        if statement.startswith("INSERT INTO sqlite_master"):
            name = next(name for name in virtual if f"'table','{name}'," in statement)
            yield f"{virtual[name]};"
            continue
        if statement == "COMMIT;":
            yield from (f"INSERT INTO {name}({name}) VALUES('rebuild');" for name in virtual)
        yield statement


def child(version: int, out: Path) -> None:
    import desktop
    from desktop.store import migrations

    code = Path(desktop.__file__).resolve()
    if not code.is_relative_to(Path.cwd().resolve()):
        raise SystemExit(f"desktop comes from {code}, not from the checkout in {Path.cwd()}")
    if len(migrations.SCHEMA_STEPS) != version:
        raise SystemExit(f"this checkout has schema {len(migrations.SCHEMA_STEPS)}, not {version}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        os.environ["GIGDESK_DATA_DIR"] = str(work)  # nothing may reach the user's own folder
        db_file = work / "gigdesk.db"
        write_data(version, db_file, work)
        out.write_text(dump(version, db_file), encoding="utf-8")


def run_version(version: int, scratch: Path) -> None:
    tree = scratch / f"gd-v{version}"
    git = ["git", "-C", str(ROOT), "worktree"]
    subprocess.run(
        [*git, "add", "--detach", str(tree), SCHEMA_COMMITS[version]],
        check=True,
        capture_output=True,
    )
    try:
        out = FIXTURES / f"schema_v{version}.sql"
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(version), str(out)],
            cwd=tree,
            env=env,
            check=True,
        )
        print(f"wrote {out.relative_to(ROOT)}")
    finally:
        subprocess.run([*git, "remove", "--force", str(tree)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", type=int, help="schema versions (default: all)")
    parser.add_argument("--child", nargs=2, metavar=("N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), Path(args.child[1]))
        return
    unknown = set(args.versions) - set(SCHEMA_COMMITS)
    if unknown:
        parser.error(f"unknown schema versions {sorted(unknown)}; known: {sorted(SCHEMA_COMMITS)}")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gigdesk-schemas-") as scratch:
        for version in args.versions or sorted(SCHEMA_COMMITS):
            run_version(version, Path(scratch))


if __name__ == "__main__":
    main()
