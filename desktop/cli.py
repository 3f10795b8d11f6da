"""The `gigdesk` command. Subcommands never import Qt; with none, the app starts.

Each command imports what it needs when it runs, so that `list` and `export` start in
a tenth of a second: they read through a Snapshot, without SQLAlchemy, whenever the
database allows it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop import APP_NAME, __version__
from desktop.collector import collector_paused
from desktop.domain.errors import DomainError
from desktop.logs import setup_logging
from desktop.paths import resolve_paths
from desktop.services import StoreError

if TYPE_CHECKING:
    from desktop.domain.clock import UserTime
    from desktop.domain.red_flags.risk import Hit
    from desktop.domain.skills.profile import Profile
    from desktop.domain.tracking.events import Event
    from desktop.domain.tracking.importing import ImportPlan, ImportRow
    from desktop.services import Tracker
    from desktop.store.snapshot import Snapshot

EXIT_ERROR = 1
EXIT_DUPLICATE = 3


class CliError(Exception):
    """A failure reported as one line on stderr."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


# The periods `gigdesk stats` and `gigdesk report` cover unless told.
_STATS_WEEKS, _REPORT_WEEKS = 12, 4

# `gigdesk activity add`'s kinds, as ActivityKind names them (a test keeps the two in step):
# written out so that building the parser imports no domain module.
ACTIVITY_KINDS = (
    "workshop",
    "job-fair",
    "networking",
    "training",
    "cv-writing",
    "recruiter-call",
    "other",
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the database here instead of the per-user folder (also: GIGDESK_DATA_DIR)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log in detail, and print the log on the terminal too",
    )
    parser = argparse.ArgumentParser(
        prog="gigdesk",
        parents=[common],
        description=f"{APP_NAME}: track the job and contract postings you apply to. "
        "With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Gigdesk, with its icon, to your applications menu (Linux), then stop",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", parents=[common], help="store a posting, print its id")
    add.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    add.add_argument("--url", help="the posting's address")
    add.add_argument("--source", help="where it was posted (Upwork, LinkedIn, …)")
    add.add_argument("--title")
    add.add_argument("--company")
    add.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="store it even if the same URL or text is already tracked",
    )

    commands.add_parser("list", parents=[common], help="list the tracked postings")

    export = commands.add_parser("export", parents=[common], help="export the tracker")
    written = export.add_mutually_exclusive_group(required=True)
    written.add_argument("--csv", metavar="FILE", type=Path, help="the tracker as CSV")
    written.add_argument(
        "--ics",
        metavar="FILE",
        type=Path,
        help="events and follow-up dates as an iCalendar file for your calendar",
    )

    proposals = commands.add_parser(
        "proposals", parents=[common], help="export the proposal ledger (what a win costs)"
    )
    proposals.add_argument(
        "--csv", metavar="FILE", type=Path, required=True, help="the ledger (- for standard output)"
    )
    proposals.add_argument(
        "--period", choices=["week", "month"], default="month", help="rows per week or month"
    )
    proposals.add_argument(
        "--by",
        choices=["all", "platform", "template"],
        default="all",
        help="split each period by platform or template (default: all together)",
    )

    stats = commands.add_parser(
        "stats", parents=[common], help="how the search is going: funnel, answers, pace"
    )
    _add_period(stats, weeks=_STATS_WEEKS)
    stats.add_argument("--source", default="", help="only postings from this source")
    stats.add_argument("--json", action="store_true", help="print JSON")

    _add_analyze_parser(
        commands.add_parser("analyze", parents=[common], help="read a posting without storing it")
    )

    _add_profile_parser(
        commands.add_parser(
            "profile",
            parents=[common],
            help="import or export your skills profile",
            description="import FILE replaces your skills profile with the file's skills, "
            "or with --merge adds them to it; export FILE writes the profile in the same "
            "form (export - to standard output). A name Gigdesk does not know as a skill is "
            "kept as written, and said.",
        )
    )

    stage = commands.add_parser(
        "stage", parents=[common], help="move a posting to a stage or close it with an outcome"
    )
    stage.add_argument("id", type=int)
    stage.add_argument(
        "name",
        help='a stage, an outcome, an alias such as "proposal sent", or "reopen" to clear '
        "the outcome (a closed posting moves only once reopened, as on the board)",
    )

    backup = commands.add_parser(
        "backup", parents=[common], help="copy the database into its backups folder now"
    )
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the database (the current one is set aside, not lost)",
    )
    restore.add_argument("file", type=Path, help="a backup, e.g. backups/gigdesk-2026-11-28.db")
    _add_event_parser(
        commands.add_parser("event", parents=[common], help="add, list or delete events"),
        common,
    )
    _add_worksearch_parsers(commands, common)
    imports = commands.add_parser(
        "import", parents=[common], help="import postings from a spreadsheet or another tracker"
    )
    imports.add_argument("file", type=Path, help="a CSV (any delimiter and encoding) or .xlsx file")
    imports.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read a column as a field (title, company, url, source, stage, applied, added, "
        "follow_up, notes, pay, location, contact, description, history, outcome); "
        '"COLUMN=" leaves it out (else a column no field names goes into the notes)',
    )
    imports.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="WORDS=STAGE",
        help='read a status as a stage or outcome, e.g. "Sent CV=applied"',
    )
    order = imports.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="dates are 04/03 = 4 March")
    order.add_argument("--month-first", action="store_true", help="dates are 04/03 = 3 April")
    imports.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="import rows already tracked (the same text or link) too",
    )
    imports.add_argument(
        "--read-later",
        action="store_true",
        help="keep the rows at once and leave reading their texts to the window's next start",
    )
    imports.add_argument("--dry-run", action="store_true", help="read and report, write nothing")
    return parser


def _add_worksearch_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """`gigdesk activity` (workshops, job fairs… beside applications) and `gigdesk report`
    (the work-search log a benefits agency asks for)."""
    activity = commands.add_parser(
        "activity", parents=[common], help="add, list or delete work-search activities"
    )
    actions = activity.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="log an activity, print its id")
    add.add_argument("day", type=date.fromisoformat, help="YYYY-MM-DD")
    add.add_argument("kind", choices=ACTIVITY_KINDS)
    add.add_argument("name", help="the workshop, fair, meeting or course")
    add.add_argument("--minutes", type=int, default=0, help="how long it took")
    add.add_argument("--place", default="", help="where, or who organised it")
    add.add_argument("--notes", default="")
    listing = actions.add_parser("list", parents=[common], help="the activities of a period")
    _add_period(listing)
    delete = actions.add_parser("delete", parents=[common], help="forget an activity")
    delete.add_argument("activity_id", type=int)
    report = commands.add_parser(
        "report", parents=[common], help="the work-search log of a period, week by week"
    )
    _add_period(report)
    written = report.add_mutually_exclusive_group(required=True)
    written.add_argument("--csv", metavar="FILE", type=Path, help="the log as CSV (- for stdout)")
    written.add_argument("--pdf", metavar="FILE", type=Path, help="the log as a PDF to hand in")
    report.add_argument("--name", default="", help="your name, for the PDF's header")
    report.add_argument("--claim", default="", help="your claim number, for the PDF's header")
    report.add_argument("--minimum", type=int, default=3, help="activities a week (default 3)")
    report.add_argument(
        "--week-start", choices=["sunday", "monday"], default="sunday", help="default: sunday"
    )
    report.add_argument(
        "--different-days", action="store_true", help="count one activity a day at most"
    )
    report.add_argument(
        "--minimum-hours", type=float, default=0, help="hours of activities a week (UK: 35)"
    )


def _add_period(command: argparse.ArgumentParser, weeks: int = _REPORT_WEEKS) -> None:
    command.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=date.fromisoformat,
        help=f"from this day (default: {weeks} weeks ago)",
    )
    command.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=date.fromisoformat,
        help="to this day (default: today)",
    )


def _add_event_parser(event: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """`gigdesk event`: a posting's interviews, calls, test tasks and deadlines."""
    actions = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="add an event to a posting, print its id"
    )
    add.add_argument("id", type=int, help="the posting's number")
    add.add_argument("start", help='the date and time on the zone\'s clock, "2026-12-03 08:00"')
    add.add_argument(
        "--zone",
        type=_zone_argument,
        help="the zone the time is given in, e.g. America/Los_Angeles (default: yours)",
    )
    add.add_argument(
        "--kind", default="interview", help="interview (default), call, test-task or deadline"
    )
    add.add_argument("--minutes", type=int, default=0, help="how long it lasts")
    add.add_argument("--note", default="")
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="a posting's events, or every event still to come, in both zones",
    )
    listing.add_argument("id", type=int, nargs="?", help="the posting's number")
    delete = actions.add_parser("delete", parents=[common], help="forget an event")
    delete.add_argument("event_id", type=int, help="the event's number, as `event list` shows")


def _add_profile_parser(profile: argparse.ArgumentParser) -> None:
    """`gigdesk profile`: a file's skills in place of the profile or added to it, or the
    profile written out."""
    profile.add_argument("action", choices=["import", "export"])
    profile.add_argument(
        "file",
        type=Path,
        help="`Name`, `Name: years` or `Name: learning` per line; # comments "
        "(export: - for stdout)",
    )
    profile.add_argument(
        "--merge",
        action="store_true",
        help="import only: add the file's skills and update the years of those already "
        "there, keeping the others (without it the file replaces the whole profile)",
    )


def _add_analyze_parser(analyze: argparse.ArgumentParser) -> None:
    """`gigdesk analyze`: what Gigdesk reads, for this zone, day and working hours."""
    analyze.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    analyze.add_argument(
        "--json", action="store_true", help="print JSON (default: a summary to read)"
    )
    analyze.add_argument(
        "--kind",
        choices=["posting", "message"],
        default="posting",
        help="a job posting (default) or a recruiter's message",
    )
    analyze.add_argument(
        "--tz",
        metavar="ZONE",
        type=_zone_argument,
        help="your time zone as an IANA name, e.g. Europe/Berlin (default: the system's)",
    )
    analyze.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=date.fromisoformat,
        help="convert working hours for this day (default: today)",
    )
    analyze.add_argument(
        "--work-hours",
        metavar="HH:MM-HH:MM",
        default="09:00-18:00",
        help="your own working hours, for the overlap (default: 09:00-18:00)",
    )
    analyze.add_argument(
        "--work-days",
        metavar="DAYS",
        default="Mon-Fri",
        help="your working days (default: Mon-Fri)",
    )
    analyze.add_argument(
        "--profile",
        metavar="FILE",
        type=Path,
        help="check the must-haves against this skills profile (one skill per line)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    log_file = setup_logging(resolve_paths(data_dir).log_dir, debug=getattr(args, "debug", False))
    if args.install_desktop_entry:
        return _install_desktop_entry()
    if args.command is None:
        from desktop.app import run_app

        return run_app(data_dir, log_file=log_file)
    try:
        # A command is short and builds its rows once: no cyclic collections (a fifth of
        # an export of 100,000 postings); see desktop/collector.py.
        with collector_paused():
            return _COMMANDS[args.command](args, data_dir)
    except CliError as exc:
        print(f"gigdesk: {exc}", file=sys.stderr)
        return exc.code
    except (DomainError, StoreError, ValueError) as exc:
        print(f"gigdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `gigdesk stats | head` closed the pipe: nothing more to say, and no traceback.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return 0


def _install_desktop_entry() -> int:
    from desktop.desktop_entry import install_desktop_entry

    script = Path(sys.argv[0])
    # The installed `gigdesk` script when that is what runs, else this Python's module.
    command = (
        [str(script.resolve())]
        if script.name == "gigdesk" and script.is_file()
        else [sys.executable, "-m", "desktop"]
    )
    try:
        written = install_desktop_entry(command)
    except OSError as exc:
        print(f"gigdesk: cannot write the menu entry: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for path in written:
        print(path)
    return 0


def read_posting(source: str, stdin: TextIO | None = None) -> str:
    """The text of a posting from a file path or '-' (stdin), decoded with care.

    At most one byte past the limit is read, whatever the file claims to hold:
    devices, FIFOs and stdin report no size, and /dev/zero never ends.
    """
    from desktop.domain.tracking.intake import (
        POSTING_FILE_BYTES,
        check_posting_text,
        posting_from_file,
    )

    if source == "-":
        name = "the input"
        data = (stdin or sys.stdin).buffer.read(POSTING_FILE_BYTES + 1)
    else:
        path = Path(source)
        name = str(path)
        try:
            with path.open("rb") as file:
                data = file.read(POSTING_FILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise CliError(f"no such file: {path}") from exc
        except IsADirectoryError as exc:
            raise CliError(f"{path} is a folder, not a file") from exc
        except PermissionError as exc:
            raise CliError(f"cannot read {path}: permission denied") from exc
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    posting = posting_from_file(data, name)
    for note in posting.notes:
        print(f"gigdesk: note: {note}", file=sys.stderr)
    return check_posting_text(posting.text)


@contextmanager
def _tracker(data_dir: str | None, *, only_reading: bool = False) -> Iterator[Tracker]:
    from desktop.services import Tracker
    from desktop.store import Store

    store = Store.open(resolve_paths(data_dir).db_file, only_reading=only_reading)
    tracker = Tracker(store, _system_time())
    try:
        yield tracker
    finally:
        tracker.close()


def _add(args: argparse.Namespace, data_dir: str | None) -> int:
    text = read_posting(args.file)
    with _tracker(data_dir) as tracker:
        intake = tracker.intake(
            text,
            url=args.url,
            source=args.source,
            title=args.title or "",
            company=args.company or "",
        )
        if intake.duplicates and not args.allow_duplicate:
            first = intake.duplicates[0]
            raise CliError(
                f"already tracked as #{first.id} ({first.title or 'untitled'}); "
                "not added (use --allow-duplicate to add it anyway)",
                EXIT_DUPLICATE,
            )
        posting = tracker.add(intake.text, intake.details)
    print(posting.id)
    return 0


@contextmanager
def _snapshot(data_dir: str | None) -> Iterator[Snapshot | None]:
    """The database read without the Store, if it may be; see desktop/store/snapshot.py."""
    from desktop.store.snapshot import Snapshot

    snapshot = Snapshot.open(resolve_paths(data_dir).db_file)
    try:
        yield snapshot
    finally:
        if snapshot is not None:
            snapshot.close()


def _system_time(chosen_by: Snapshot | None = None) -> UserTime:
    """The user's clock in the system's zone, or in the zone they chose in the app."""
    from desktop.domain.clock import UserTime, system_zone_name, utc_now
    from desktop.domain.hours.working import my_hours_from

    time = UserTime(utc_now, system_zone_name())
    if chosen_by is not None:
        time.choose(my_hours_from(chosen_by.settings())[0])
    return time


def _list(_args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.reading.lines import display_title
    from desktop.domain.tracking.intake import status_label

    with _snapshot(data_dir) as snapshot:
        if snapshot is not None:
            postings, time = snapshot.list_rows(), _system_time(snapshot)
    if snapshot is None:
        with _tracker(data_dir, only_reading=True) as tracker:
            postings, time = tracker.list_rows(), tracker.time
    for posting in postings:
        added = time.local(posting.added_at).date().isoformat()
        shown = status_label(posting)
        print(f"{posting.id}\t{shown}\t{added}\t{display_title(posting)}\t{posting.company}")
    return 0


def _export(args: argparse.Namespace, data_dir: str | None) -> int:
    target: Path = args.csv or args.ics
    if not target.parent.is_dir():
        raise CliError(f"no such folder: {target.parent}")
    if args.ics:
        return _export_calendar(target, data_dir)
    from desktop.services.export import export_kept
    from desktop.services.readers import Readers

    readers = Readers()  # a large tracker's rows are written in its worker processes
    try:
        with _snapshot(data_dir) as snapshot:
            time = _system_time(snapshot)
            count = export_kept(snapshot, target, time, readers) if snapshot else None
        if count is None:  # some summary is stale: the Tracker works it out and keeps it
            with _tracker(data_dir, only_reading=True) as tracker:
                count = tracker.export_csv(target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        readers.close()
    print(f"exported {count} posting{'s' if count != 1 else ''} to {target}", file=sys.stderr)
    return 0


def _proposals(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.proposals import (
        Grouping,
        Period,
        connect_price_from,
        ledger,
        write_ledger_csv,
    )

    target: Path = args.csv
    if not target.parent.is_dir():
        raise CliError(f"no such folder: {target.parent}")
    with _snapshot(data_dir) as snapshot:
        if snapshot is None:  # no database yet, or one still to be migrated
            with _tracker(data_dir, only_reading=True) as tracker:
                entries = tracker.store.proposals.ledger_entries()
                settings = tracker.store.settings()
        else:
            entries, settings = snapshot.ledger_entries(), snapshot.settings()
    rows = ledger(
        entries,
        period=Period(args.period),
        grouping=Grouping(args.by),
        connect_price=connect_price_from(settings),
    )
    try:
        count = write_ledger_csv(rows, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    where = "standard output" if str(target) == "-" else target
    print(f"exported {count} ledger row{'s' if count != 1 else ''} to {where}", file=sys.stderr)
    return 0


def _stats(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.insights import as_dict, as_text
    from desktop.services.insights import tracker_insights

    with _snapshot(data_dir) as snapshot:
        time = _system_time(snapshot)
        start, end = _period(args, time.today(), weeks=_STATS_WEEKS)
        if snapshot is not None:
            found = tracker_insights(snapshot, time.zone, start, end, source=args.source)
    if snapshot is None:  # no database yet, or one still to be upgraded
        with _tracker(data_dir, only_reading=True) as tracker:
            found = tracker_insights(tracker.store, time.zone, start, end, source=args.source)
    if args.json:
        print(json.dumps(as_dict(found, start, end), indent=2))
    else:
        print(as_text(found, start, end))
    return 0


def _period(args: argparse.Namespace, today: date, weeks: int) -> tuple[date, date]:
    end: date = args.end or today
    start: date = args.start or end - timedelta(weeks=weeks)
    if start > end:
        raise CliError("--from is after --to")
    return start, end


def _activity(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.worksearch import Activity, ActivityKind

    with _tracker(data_dir, only_reading=args.action == "list") as tracker:
        activities = tracker.store.activities
        if args.action == "add":
            given = Activity(
                0,
                args.day,
                ActivityKind(args.kind),
                args.name,
                args.minutes,
                args.place,
                args.notes,
            )
            print(tracker.add_activity(given).id)
        elif args.action == "delete":
            if not activities.delete(args.activity_id):
                raise CliError(f"there is no activity #{args.activity_id}")
        else:
            start, end = _period(args, tracker.time.today(), weeks=_REPORT_WEEKS)
            for found in activities.between(start, end):
                length = f"{found.minutes} min" if found.minutes else ""
                print(
                    f"{found.id}\t{found.day.isoformat()}\t{found.kind.value}\t{found.name}"
                    f"\t{found.place}\t{length}"
                )
    return 0


def _report(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.worksearch import rule_text, write_report_csv

    target: Path = args.csv or args.pdf
    if not target.parent.is_dir():
        raise CliError(f"no such folder: {target.parent}")
    with _tracker(data_dir, only_reading=True) as tracker:
        start, end = _period(args, tracker.time.today(), weeks=_REPORT_WEEKS)
        weeks = tracker.work_search_report(
            start,
            end,
            week_start=6 if args.week_start == "sunday" else 0,
            minimum=args.minimum,
            different_days=args.different_days,
            minimum_hours=args.minimum_hours,
        )
    try:
        if args.pdf:
            from desktop.report_pdf import report_html, write_report_pdf  # loads Qt

            html = report_html(
                weeks,
                start=start,
                end=end,
                minimum=args.minimum,
                minimum_hours=args.minimum_hours,
                different_days=args.different_days,
                name=args.name,
                claim=args.claim,
            )
            write_report_pdf(target, html)
            count = sum(len(week.rows) for week in weeks)
        else:
            count = write_report_csv(weeks, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    short = sum(week.short for week in weeks)
    where = "standard output" if str(target) == "-" else target
    print(
        f"{count} activit{'ies' if count != 1 else 'y'} in {len(weeks)} weeks, "
        f"{short} short of {rule_text(args.minimum, args.minimum_hours)}, written to {where}",
        file=sys.stderr,
    )
    return 0


_READ_PART = 500  # imported postings read per transaction


def _import(args: argparse.Namespace, data_dir: str | None) -> int:
    plan = _import_plan(args)
    rows = plan.rows()
    troubled = [row for row in rows if row.problems]
    for row in troubled:
        print(f"line {row.line}: {'; '.join(row.problems)}", file=sys.stderr)
    if troubled:
        raise CliError(f"{len(troubled)} of {len(rows)} rows cannot be imported: nothing written")
    if args.dry_run:
        _describe_import(plan, rows, data_dir)
        return 0
    with _tracker(data_dir) as tracker:
        numbers, duplicates = tracker.import_rows(rows, keep_duplicates=args.keep_duplicates)
        for row in duplicates:
            kept = "imported again" if args.keep_duplicates else "left out"
            print(f"line {row.line}: already tracked, {kept}", file=sys.stderr)
        print(f"imported {len(numbers)} posting{'s' if len(numbers) != 1 else ''}", file=sys.stderr)
        if args.read_later or not numbers:
            return 0
        # Kept already: an interrupted reading leaves the rest for the window's next start.
        print("reading them (Ctrl+C stops; the window reads the rest)…", file=sys.stderr)
        for start in range(0, len(numbers), _READ_PART):
            tracker.read_again(numbers[start : start + _READ_PART])
            done = min(start + _READ_PART, len(numbers))
            if done < len(numbers):
                print(f"  read {done:,} of {len(numbers):,}", file=sys.stderr)
        print(f"read {len(numbers):,}: done", file=sys.stderr)
    return 0


def _import_plan(args: argparse.Namespace) -> ImportPlan:
    """The file read, with the user's --map, --status and date order; a CliError when it
    still cannot say what to import."""
    from desktop.domain.tracking.importing import Field, ImportPlan, read_sheet, status_key
    from desktop.domain.tracking.tracker import parse_milestone

    try:
        plan = ImportPlan.of(read_sheet(args.file.read_bytes()), _system_time().today())
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    fields = {field.value for field in Field} - {Field.IGNORED.value}
    for given in args.map:
        column, _, name = (part.strip() for part in given.partition("="))
        if column not in plan.header:
            raise CliError(f"--map {given!r}: no column {column!r} (columns: {plan.header})")
        if name and name not in fields:
            raise CliError(f"--map {given!r}: no field {name!r} (fields: {sorted(fields)})")
        plan = plan.with_field(plan.header.index(column), Field(name) if name else Field.IGNORED)
    written = {status_key(status) for status in plan.values(Field.STAGE)}
    statuses = {}
    for given in args.status:
        words, _, stage = given.rpartition("=")
        if status_key(words) not in written:
            raise CliError(f"--status {given!r}: no row has the status {words.strip()!r}")
        statuses[words] = parse_milestone(stage.strip())
    order = True if args.day_first else False if args.month_first else None
    plan = replace(plan, statuses=statuses, day_first=order)
    if problem := plan.problem():
        raise CliError(f'{problem}: say which with --map, e.g. --map "{plan.header[0]}=title"')
    if plan.days_first() is None:
        raise CliError(
            "the dates read both ways (04/03) or mix both orders: say --day-first or --month-first"
        )
    return plan


def _describe_import(plan: ImportPlan, rows: Sequence[ImportRow], data_dir: str | None) -> None:
    """What an import would do, for --dry-run: how each column is read, the dates' order,
    the stages the rows reach and the rows already tracked; nothing written."""
    from collections import Counter

    for index, name in enumerate(plan.header):
        target = plan.mapping.get(index)
        print(f"{name!r} -> {'notes' if target is None else target.value}", file=sys.stderr)
    order = "day-first" if plan.days_first() else "month-first or ISO"
    stages = Counter(row.outcome.value if row.outcome else row.stage.value for row in rows)
    reached = ", ".join(f"{count} {name}" for name, count in stages.most_common())
    print(f"dates read {order}; {len(rows)} rows: {reached}", file=sys.stderr)
    if resolve_paths(data_dir).db_file.exists():
        with _tracker(data_dir, only_reading=True) as tracker:
            known = tracker.already_tracked(rows)
        lines = [str(row.line) for row, seen in zip(rows, known, strict=True) if seen]
        if lines:
            print(f"already tracked: lines {', '.join(lines)}", file=sys.stderr)
    print("nothing written (--dry-run)", file=sys.stderr)


def _export_calendar(target: Path, data_dir: str | None) -> int:
    try:
        with _tracker(data_dir, only_reading=True) as tracker:
            count = tracker.export_calendar(target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror}") from exc
    print(f"exported {count} calendar item{'s' if count != 1 else ''} to {target}", file=sys.stderr)
    return 0


def _analyze(args: argparse.Namespace, _data_dir: str | None) -> int:
    from desktop.domain.clock import system_zone_name
    from desktop.domain.hours.local_time import read_hours
    from desktop.domain.hours.working import WorkingHours
    from desktop.domain.reading.analysis import analyze_posting
    from desktop.domain.reading.serialize import analysis_to_dict, reading_to_dict
    from desktop.domain.red_flags.flags import find_red_flags, risk_level
    from desktop.domain.skills.checklist import coverage
    from desktop.domain.skills.fit import check
    from desktop.domain.skills.taxonomy import taxonomy
    from desktop.domain.tracking.intake import find_posting_url, guess_source

    text = read_posting(args.file)
    if args.kind == "message":
        flagged = _flags_json(find_red_flags(text))
        print(json.dumps(flagged, ensure_ascii=False, indent=2) if args.json else _summary(flagged))
        return 0
    url = find_posting_url(text)
    source = guess_source(text, url)
    analysis = analyze_posting(text, source)
    result: dict[str, Any] = {"source": source or None, "url": url}
    result.update(analysis_to_dict(analysis))
    result["risk"] = risk_level(analysis.red_flags).label
    working = WorkingHours.parse(args.work_hours, args.work_days)
    readings = read_hours(
        analysis.hours, args.date or date.today(), args.tz or system_zone_name(), working
    )
    result["hours"] = [reading_to_dict(reading) for reading in readings]
    if args.profile is not None:
        items = check(analysis.must_haves, _read_profile(args.profile), taxonomy(), readings)
        for entry, item in zip(result["must_haves"], items, strict=True):
            entry.update(
                rule=item.rule.value,
                skills=list(item.skills),
                status=item.status.value,
                matched=list(item.matched),
            )
        met, total = coverage(items)
        result["coverage"] = {"met": met, "total": total}
    shown = _summary(result, analysis.pay.written if analysis.pay else "")
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else shown)
    return 0


def _summary(result: dict[str, Any], pay: str = "") -> str:
    """`gigdesk analyze` for a person to read: the fields, the pay as the window writes it,
    the risk and why, the hours in the user's time, and the requirements, one a line
    (--json has it all)."""
    lines = []
    for key in ("title", "company", "source", "engagement", "location", "remote"):
        if result.get(key):
            lines.append(f"{key.capitalize() + ':':<12}{result[key]}")
    if pay:
        lines.append(f"{'Pay:':<12}{pay}")
    lines.append(f"{'Risk:':<12}{result['risk']}")
    lines += [f"  ! {flag['reason']}" for flag in result.get("red_flags", [])]
    for hours in result.get("hours", []):
        local = hours.get("local")
        yours = f" → {local['label']} your time ({local['zone']})" if local else ""
        lines.append(f"{'Hours:':<12}{hours['text'].strip()}{yours}")
    for key, heading in (("must_haves", "Must-haves"), ("nice_to_haves", "Nice-to-haves")):
        items = result.get(key, [])
        if items:
            lines.append(f"{heading} ({len(items)}):")
            lines += [f"  - {item['text']}" for item in items]
    return "\n".join(lines)


def _flags_json(hits: list[Hit]) -> dict[str, Any]:
    from desktop.domain.red_flags.flags import risk_level

    return {
        "red_flags": [
            {
                "id": h.flag,
                "severity": h.severity,
                "reason": h.reason,
                "start": h.start,
                "end": h.end,
                "excerpt": h.excerpt,
            }
            for h in hits
        ],
        "risk": risk_level(hits).label,
    }


def _zone_argument(value: str) -> str:
    from desktop.domain.hours.zones import known_zone

    if not known_zone(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a time zone name; use an IANA name such as Europe/Berlin"
        )
    return value


def _read_profile(path: Path) -> Profile:
    from desktop.domain.skills.fit import parse_profile
    from desktop.domain.skills.taxonomy import taxonomy

    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CliError(f"no such file: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path}: {exc}") from exc
    profile, problems = parse_profile(text, taxonomy())
    if problems:
        raise CliError(
            f"{path}: {problems[0]}"
            + (f" and {len(problems) - 1} more" if len(problems) > 1 else "")
            + "; nothing was read"
        )
    return profile


def _profile(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.skills.profile import format_profile

    if args.merge and args.action != "import":
        raise CliError("--merge goes with import: it adds a file's skills to the profile")
    with _tracker(data_dir, only_reading=args.action == "export") as tracker:
        if args.action == "import":
            _import_profile(tracker, args.file, merge=args.merge)
            return 0
        written = format_profile(tracker.profile())
        if str(args.file) == "-":  # standard output, as `add -` reads standard input
            sys.stdout.write(written)
            return 0
        try:
            args.file.write_text(written, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror}") from exc
        return 0


def _import_profile(tracker: Tracker, path: Path, *, merge: bool) -> None:
    """The file's skills in place of the profile, or merged into it, and what that did said:
    the import replaced a profile of 15 skills with the file's 3, and kept a name matching
    no skill, without a word."""
    from desktop.domain.skills.profile import Profile
    from desktop.domain.skills.taxonomy import taxonomy

    read = _read_profile(path)
    before = tracker.profile().skills
    if merge:
        kept = {skill.name: skill for skill in before}
        added = sum(skill.name not in kept for skill in read.skills)
        updated = sum(skill.name in kept and kept[skill.name] != skill for skill in read.skills)
        after = Profile(tuple({**kept, **{skill.name: skill for skill in read.skills}}.values()))
        said = f"merged into the profile, {added} added and {updated} updated"
    else:
        after = read
        said = "replaced the profile"
    tracker.save_profile(after)
    print(f"{said}: {_skills(len(before))} → {_skills(len(after.skills))}", file=sys.stderr)
    known = taxonomy()
    unknown = [skill.name for skill in read.skills if known.canonical(skill.name) is None]
    if unknown:
        print(f"not a known skill, kept as written: {', '.join(unknown)}", file=sys.stderr)


def _skills(count: int) -> str:
    return f"{count} skill{'' if count == 1 else 's'}"


# The words that clear a posting's outcome, as the detail pane's "Open" does.
_REOPEN_WORDS = frozenset(("reopen", "open", "reopened"))


def _stage(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.intake import is_freelance_source, status_label
    from desktop.domain.tracking.tracker import Stage, parse_milestone

    reopen = args.name.strip().casefold() in _REOPEN_WORDS
    milestone = None if reopen else parse_milestone(args.name)
    with _tracker(data_dir) as tracker:
        before = tracker.get(args.id)
        if milestone is None and before.outcome is None:
            print(f"#{before.id} is not closed; nothing to reopen")
            return 0
        if isinstance(milestone, Stage):
            # As the board does: a closed posting stays where it closed until it is reopened,
            # so its stage and its outcome never disagree behind the user's back.
            if before.outcome is not None and before.stage != milestone:
                freelance = is_freelance_source(before.details.source)
                raise CliError(
                    f"#{before.id} is closed ({before.outcome.label}): reopen it first "
                    f'with "gigdesk stage {before.id} reopen", then move it to '
                    f"{milestone.label_for(freelance=freelance)}"
                )
            posting = tracker.set_stage(args.id, milestone)
        else:
            posting = tracker.set_outcome(args.id, milestone)
    reopened = " (reopened)" if milestone is None else ""
    print(f"#{posting.id} {status_label(posting)}{reopened}")
    return 0


def _backup(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.store.backups import back_up_now, list_backups

    db_file = resolve_paths(data_dir).db_file
    if args.list:
        backups = list_backups(db_file)
        if not backups:  # said aside, so that a script reading the list gets none
            print(f"No backups yet for {db_file}.", file=sys.stderr)
        for backup in backups:
            count = (
                "unreadable"
                if backup.postings is None
                else f"{backup.postings} posting{'s' if backup.postings != 1 else ''}"
            )
            print(f"{backup.day}\t{count}\t{backup.size / 2**20:.1f} MiB\t{backup.path}")
        return 0
    if not db_file.is_file():
        raise CliError(f"no database to back up at {db_file}")
    time = _backup_time(data_dir)
    print(back_up_now(db_file, time.local(time.now())))  # an earlier one today stays
    return 0


def _backup_time(data_dir: str | None) -> UserTime:
    """The clock a backup is named by: the window's, in the zone the user chose in the app
    (the system's when the file cannot tell: another schema, damage the backup will say)."""
    try:
        with _snapshot(data_dir) as snapshot:
            return _system_time(snapshot)
    except StoreError:
        return _system_time(None)


def _restore(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.clock import utc_now
    from desktop.store.backups import restore_backup

    paths = resolve_paths(data_dir)
    if _app_running(paths.lock_file):
        raise CliError("Gigdesk is running on this data folder: close it first")
    # as given, or as `backup --list` names it: in the data folder, or in its backups/
    folder = paths.db_file.parent
    tried = (args.file, folder / args.file, folder / "backups" / args.file.name)
    backup = next((path for path in tried if path.is_file()), None)
    if backup is None:
        raise CliError(f"no such backup: {args.file} (nor in {folder / 'backups'})")
    kept = restore_backup(paths.db_file, backup, utc_now())
    print(f"restored {backup}" + (f"; the database it replaced is kept as {kept}" if kept else ""))
    return 0


def _app_running(lock_file: Path) -> bool:
    """Whether the window holds the data folder: its lock file names a process still alive."""
    try:
        pid = int(lock_file.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, another user's
    return pid != os.getpid()


def _event(args: argparse.Namespace, data_dir: str | None) -> int:
    from desktop.domain.tracking.events import parse_kind, parse_start

    with _tracker(data_dir, only_reading=args.action == "list") as tracker:
        if args.action == "add":
            kind, start = parse_kind(args.kind), parse_start(args.start)
            added = tracker.add_event(
                args.id, kind, start, zone=args.zone, minutes=args.minutes, note=args.note
            )
            print(added.id)
        elif args.action == "delete":
            if tracker.delete_event(args.event_id) is None:
                raise CliError(f"there is no event #{args.event_id}")
        else:
            events = tracker.events(args.id) if args.id is not None else tracker.coming_events()
            _print_events(events, tracker.time)
    return 0


def _print_events(events: Sequence[Event], time: UserTime) -> None:
    """Tab-separated: event id, posting id, kind, both zones' times, length, note; a clock
    change ahead on a line of its own."""
    from desktop.domain.tracking.events import clock_change_warning, in_both_zones

    for event in events:
        length = f"{event.minutes} min" if event.minutes else ""
        when = in_both_zones(event, time.zone_name)
        print(f"{event.id}\t{event.posting_id}\t{event.kind.label}\t{when}\t{length}\t{event.note}")
        warning = clock_change_warning(event, time.zone_name, time.now())
        if warning:
            print(f"\t{warning}")


_COMMANDS = {
    "add": _add,
    "list": _list,
    "export": _export,
    "proposals": _proposals,
    "stats": _stats,
    "import": _import,
    "activity": _activity,
    "report": _report,
    "analyze": _analyze,
    "stage": _stage,
    "profile": _profile,
    "backup": _backup,
    "restore": _restore,
    "event": _event,
}
