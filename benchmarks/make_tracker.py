"""Make a Gigdesk data folder of N postings built from the real postings in the shared corpus.

    python benchmarks/make_tracker.py --count 10000 --out /tmp/gigdesk-10k
        [--seed 42] [--corpus ../shared/corpus] [--one-by-one]

The folder opens with `gigdesk --data-dir DIR`. Every posting is one of the corpus's real
postings (postings.jsonl, postings2.jsonl, and the scam and legitimate postings of
scams.jsonl) with a line of its own appended at the END (a reference number, a company, a
city and a rate), so no two share a fingerprint while the reading's spans stay valid: each
distinct text is read once by the parser and its reading is kept for all its copies (the
appended line itself is not read). Around it, as a user's tracker would have:

  * a history of 1-6 stage changes dated over the last two years, and an outcome on about
    a third of the applications not accepted;
  * a skills profile of a dozen skills, and the user's time zone (Europe/Berlin);
  * notes on ~20% of postings, follow-ups on ~10% (some overdue), recruiters' messages on
    ~5% (messages.jsonl and the scam messages of scams.jsonl), a user's verdict on a
    must-have on ~3%, a company typed by hand on ~2%, and a dismissed red flag on a few
    of the postings that have one;
  * every posting's fit, risk and hours worked out and kept (Tracker.refresh_summaries, in
    parts), as after the app's first start of the day.

Everything is written through the project's own code. By default postings go in batches,
one transaction per batch, through the store's own session and table classes (the schema's
types and constraints apply; one Store.add per posting would take about six minutes for
100,000). `--one-by-one` writes the same tracker through Tracker and Store calls only
(Store.add, set_stage, set_outcome, add_message...), with the store's clock set to each
event's date: slower, and the reference the batch writer is checked against (with the
same seed and clock both write the same rows, table for table).

On a 2-core machine shared with other work: 10,000 postings in 7 s (110 MiB), 100,000 in
94 s (1.1 GiB; peak memory 110 MiB), a third of it working out the summaries.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.domain.hours.local_time import WorkingHours  # noqa: E402
from desktop.domain.reading.analysis import analyze_posting  # noqa: E402
from desktop.domain.reading.kept import PARSER_VERSION  # noqa: E402
from desktop.domain.reading.serialize import analysis_to_dict  # noqa: E402
from desktop.domain.red_flags.flags import find_red_flags  # noqa: E402
from desktop.domain.skills.checklist import item_key  # noqa: E402
from desktop.domain.skills.fit import parse_profile  # noqa: E402
from desktop.domain.skills.profile import Status  # noqa: E402
from desktop.domain.skills.taxonomy import taxonomy  # noqa: E402
from desktop.domain.tracking.intake import (  # noqa: E402
    find_posting_url,
    fingerprint,
    guess_source,
    source_for_url,
)
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage  # noqa: E402
from desktop.services import Tracker  # noqa: E402
from desktop.store import Store  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_FILES = ("postings.jsonl", "postings2.jsonl", "messages.jsonl", "scams.jsonl")
BATCH = 2000

PROFILE = """
Python: 6
SQL: 5
JavaScript: 4
TypeScript: 2
React: 3
HTML
CSS
Git: 5
Docker: 2
PostgreSQL: 3
REST
English
"""
TIME_ZONE = "Europe/Berlin"

COMPANIES = (
    "Northwind Labs", "Bluefin Analytics", "Quarry & Pike", "Helio Systems", "Tandem Works",
    "Larkspur Health", "Oxbow Freight", "Pinecone Studio", "Meridian Pay", "Copperleaf",
    "Fathom Robotics", "Juniper Civic", "Basalt Energy", "Ember Learning", "Kestrel Media",
    "Orchard Legal", "Solstice Travel", "Wavelength Audio", "Granite Insure", "Mosaic Retail",
)  # fmt: skip
CITIES = (
    "Berlin", "Lisbon", "Austin", "Toronto", "Manila", "Lagos", "Kraków", "Bengaluru",
    "Melbourne", "São Paulo", "Nairobi", "Dublin", "Denver", "Tallinn", "Mexico City",
    "Remote (EU)", "Remote (US)", "Remote (worldwide)",
)  # fmt: skip
NOTES = (
    "Asked a friend who works there; says the team is small.",
    "Rate is below what I want, but the stack fits.",
    "Follow up with the hiring manager after the holidays.",
    "Recruiter reached out on LinkedIn first.",
    "Portfolio link sent. Mention the dashboard project in the call.",
    "Time zone overlap might be a problem: check the core hours.",
    "Applied through the company site, not the board.",
    "Second posting from this client; the first one closed fast.",
    "Needs a cover letter: draft in notes.md.",
    "Interview prep: system design, SQL window functions.",
)
OUTCOMES = (Outcome.REJECTED, Outcome.NO_RESPONSE, Outcome.WITHDRAWN, Outcome.EXPIRED)
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+")


# What the corpus gives


@dataclass(frozen=True)
class Base:
    """One distinct corpus posting, read once; its copies reuse the reading."""

    text: str
    source: str
    url: str | None
    reading: dict[str, Any]
    reading_json: str
    flags: tuple[str, ...]  # red flags in the reading, for the user to dismiss
    must_haves: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    postings: tuple[Base, ...]
    messages: tuple[tuple[str, tuple[str, ...]], ...]  # text, the red flags it raises
    read_seconds: float


def require_corpus(folder: Path) -> None:
    """SystemExit naming what is missing when the shared corpus is not at `folder`."""
    missing = [name for name in CORPUS_FILES if not (folder / name).is_file()]
    if missing:
        raise SystemExit(
            f"make_tracker: the shared corpus is missing: no {', '.join(missing)} in {folder}. "
            "It lives beside the project (../shared/corpus); pass --corpus DIR if it is "
            "elsewhere."
        )


def corpus_postings(folder: Path) -> list[dict[str, Any]]:
    """The corpus's postings as its JSONL lines give them (id, source, text, ...)."""
    require_corpus(folder)
    scams = [row for row in _jsonl(folder / "scams.jsonl") if row["kind"] == "posting"]
    return [*_jsonl(folder / "postings.jsonl"), *_jsonl(folder / "postings2.jsonl"), *scams]


def load_corpus(folder: Path) -> Corpus:
    """The corpus's postings, each read once, and its messages; SystemExit if it is missing."""
    rows = corpus_postings(folder)
    began = time.perf_counter()
    seen: set[str] = set()
    bases = []
    for row in rows:
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        bases.append(_read_base(row["text"], row.get("source", "")))
    messages = [row["text"] for row in _jsonl(folder / "messages.jsonl")]
    messages += [row["text"] for row in _jsonl(folder / "scams.jsonl") if row["kind"] == "message"]
    read = tuple((text, tuple(hit.flag for hit in find_red_flags(text))) for text in messages)
    return Corpus(tuple(bases), read, time.perf_counter() - began)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _read_base(text: str, provenance: str) -> Base:
    """Read a corpus text as Tracker.intake and Tracker.add would, once.

    Where the text names no board, the posting's address in the corpus's `source` field
    (where it was published) gives one, as the user's paste of that page would.
    """
    url = find_posting_url(text)
    source = guess_source(text, url)
    if not source:
        for found in _URL.findall(provenance):
            if name := source_for_url(found):
                source, url = name, url or found.rstrip(".,;:)")
                break
    reading = analysis_to_dict(analyze_posting(text, source))
    return Base(
        text=text,
        source=source,
        url=url,
        reading=reading,
        reading_json=json.dumps(reading),
        flags=tuple(dict.fromkeys(hit["id"] for hit in reading["red_flags"])),
        must_haves=tuple(item["text"] for item in reading["must_haves"]),
    )


# What each posting will be


@dataclass
class Plan:
    """One posting as the user's tracker would hold it, and when each thing happened."""

    number: int
    base: Base
    text: str
    details: PostingDetails
    corrections: dict[str, str]
    events: list[tuple[datetime, Stage | Outcome]]  # the first is Stage.SAVED, when added
    messages: list[tuple[date, str]] = field(default_factory=list)
    dismissed: list[str] = field(default_factory=list)
    verdicts: list[tuple[str, Status]] = field(default_factory=list)

    @property
    def added_at(self) -> datetime:
        return self.events[0][0]


def plan_postings(count: int, corpus: Corpus, rng: random.Random, now: datetime) -> Iterator[Plan]:
    message_flags = dict(corpus.messages)
    for number in range(1, count + 1):
        base = rng.choice(corpus.postings)
        added = now - timedelta(seconds=rng.randint(3600, 730 * 86400))
        company = rng.choice(COMPANIES)
        text = (
            f"{base.text}\n\nRef. GD-{number:06d} · {company} · {rng.choice(CITIES)} · "
            f"USD {rng.randrange(20, 120, 5)}/hour"
        )
        url = base.url and f"{base.url}{'&' if '?' in base.url else '?'}gd={number}"
        today = now.date()
        details = PostingDetails(
            title="",
            company="",
            source=base.source,
            url=url,
            follow_up=(
                today + timedelta(days=rng.randint(-30, 30)) if rng.random() < 0.10 else None
            ),
            notes=rng.choice(NOTES) if rng.random() < 0.20 else "",
        )
        corrections = {"company": company} if rng.random() < 0.02 else {}
        plan = Plan(number, base, text, details, corrections, _history(rng, added, now))
        if rng.random() < 0.05:
            for _ in range(rng.choice((1, 1, 2))):
                received = added + timedelta(days=rng.randint(0, max(0, (now - added).days)))
                plan.messages.append((received.date(), rng.choice(corpus.messages)[0]))
        flags = set(base.flags)
        for _, message in plan.messages:
            flags.update(message_flags[message])
        if flags and rng.random() < 0.2:
            plan.dismissed.append(rng.choice(sorted(flags)))
        if base.must_haves and rng.random() < 0.03:
            status = rng.choice((Status.MET, Status.MISSING))
            plan.verdicts.append((item_key(rng.choice(base.must_haves)), status))
        yield plan


def _history(rng: random.Random, added: datetime, now: datetime) -> list[tuple[datetime, Any]]:
    """Saved when added, then 0-5 steps forward (some skip a stage), then perhaps an outcome."""
    stages = list(Stage)
    changes = rng.choices(range(1, 7), weights=(25, 25, 20, 15, 10, 5))[0]
    at, index = added, 0
    events: list[tuple[datetime, Stage | Outcome]] = [(added, Stage.SAVED)]
    for _ in range(changes - 1):
        if index == len(stages) - 1:
            break
        index = min(index + (2 if rng.random() < 0.2 else 1), len(stages) - 1)
        at += timedelta(days=rng.randint(1, 20), seconds=rng.randint(0, 86399))
        if at >= now:
            return events
        events.append((at, stages[index]))
    if stages[index] is not Stage.ACCEPTED and rng.random() < 0.35:
        at += timedelta(days=rng.randint(3, 40), seconds=rng.randint(0, 86399))
        outcome = Outcome.OFFER_DECLINED if stages[index] is Stage.OFFER else rng.choice(OUTCOMES)
        if at < now:
            events.append((at, outcome))
    return events


# Writing


class Clock:
    """The store's clock, set to when each thing happened."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def write_one_by_one(tracker: Tracker, clock: Clock, plans: Iterable[Plan]) -> None:
    """Each posting through Store.add and the Tracker's own calls, one transaction each."""
    store = tracker.store
    for plan in plans:
        clock.now = plan.added_at
        posting_id = store.add(
            plan.text,
            plan.details,
            reading=plan.base.reading,
            version=PARSER_VERSION,
            corrections=plan.corrections,
        ).posting.id
        for at, milestone in plan.events[1:]:
            clock.now = at
            if isinstance(milestone, Stage):
                tracker.set_stage(posting_id, milestone)
            else:
                tracker.set_outcome(posting_id, milestone)
        for received, text in plan.messages:
            tracker.add_message(posting_id, received, text)
        for flag in plan.dismissed:
            tracker.set_dismissed(posting_id, flag, True)
        for key, status in plan.verdicts:
            tracker.set_check_override(posting_id, key, status)


def write_in_batches(store: Store, plans: Iterable[Plan], batch: int = BATCH) -> None:
    """The same rows as write_one_by_one, a batch of postings per transaction.

    Through the store's own write session (integrity checked, errors translated) and its
    table classes, so the schema's column types and constraints apply to every row. The
    posting's columns are those Store.add writes: the title and company come from the
    user's corrections, else the reading.
    """
    from sqlalchemy import insert

    from desktop.store.tables import (
        CheckOverrideTable,
        DismissedFlagTable,
        MessageTable,
        PostingTable,
        StageEventTable,
    )

    tables = (PostingTable, StageEventTable, MessageTable, DismissedFlagTable, CheckOverrideTable)
    pending: list[Plan] = []

    def flush() -> None:
        rows: tuple[list[dict[str, Any]], ...] = ([], [], [], [], [])
        for plan in pending:
            for table_rows, new in zip(rows, _rows(plan), strict=True):
                table_rows.extend(new)
        with store.database.session(writes=True) as session:
            for table, table_rows in zip(tables, rows, strict=True):
                if table_rows:
                    session.execute(insert(table), table_rows)
            session.commit()
        pending.clear()

    for plan in plans:
        pending.append(plan)
        if len(pending) == batch:
            flush()
    if pending:
        flush()


def _rows(plan: Plan) -> tuple[list[dict[str, Any]], ...]:
    """The plan's rows for the posting, stage_event, message, dismissed_flag and
    check_override tables."""
    reading, details, number = plan.base.reading, plan.details, plan.number
    last_at, last = plan.events[-1]
    stage = next(m for _, m in reversed(plan.events) if isinstance(m, Stage))
    posting = {
        "id": number,
        "raw_text": plan.text,
        "fingerprint": fingerprint(plan.text),
        "source": details.source,
        "url": details.url,
        "title": plan.corrections.get("title", reading.get("title")) or "",
        "company": plan.corrections.get("company", reading.get("company")) or "",
        "added_at": plan.added_at,
        "updated_at": last_at,
        "stage": stage.value,
        "outcome": last.value if isinstance(last, Outcome) else None,
        "follow_up": details.follow_up,
        "notes": details.notes,
        "analysis": plan.base.reading_json,
        "analysis_version": PARSER_VERSION,
        "overrides": json.dumps(plan.corrections),
    }
    return (
        [posting],
        [{"posting_id": number, "at": at, "name": m.value} for at, m in plan.events],
        [{"posting_id": number, "received": on, "text": text} for on, text in plan.messages],
        [{"posting_id": number, "flag": flag} for flag in plan.dismissed],
        [{"posting_id": number, "item": key, "status": s.value} for key, s in plan.verdicts],
    )


def keep_summaries(tracker: Tracker, part: int = BATCH) -> int:
    """Work out and keep every stale fit, risk and hours, in parts as the window does (one
    call for 100,000 postings would hold every reading at once); returns how many."""
    _, stale = tracker.kept_summaries()
    for start in range(0, len(stale), part):
        tracker.refresh_summaries(stale[start : start + part])
    return len(stale)


def make_tracker(
    out: Path,
    count: int,
    corpus: Corpus,
    *,
    seed: int = 42,
    one_by_one: bool = False,
    now: datetime | None = None,
) -> Counter[str]:
    """Fill a new data folder at `out`, as it stands at `now` (default: now); returns what
    went in, by kind."""
    db_file = out / "gigdesk.db"
    if db_file.exists():
        raise SystemExit(f"make_tracker: {db_file} exists already; choose a new folder.")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    now = now or datetime.now(UTC).replace(microsecond=0)
    clock = Clock(now)
    tracker = Tracker(Store.open(db_file, clock))
    made: Counter[str] = Counter()

    def counted(plans: Iterator[Plan]) -> Iterator[Plan]:
        for plan in plans:
            made["postings"] += 1
            made["stage changes"] += sum(isinstance(m, Stage) for _, m in plan.events)
            made["outcomes"] += sum(isinstance(m, Outcome) for _, m in plan.events)
            made["with notes"] += bool(plan.details.notes)
            made["with a follow-up"] += plan.details.follow_up is not None
            made["with a company typed by hand"] += bool(plan.corrections)
            made["messages"] += len(plan.messages)
            made["dismissed flags"] += len(plan.dismissed)
            made["verdicts on must-haves"] += len(plan.verdicts)
            yield plan

    try:
        profile, problems = parse_profile(PROFILE, taxonomy())
        assert not problems, problems
        tracker.save_profile(profile)
        tracker.save_my_hours(TIME_ZONE, WorkingHours())
        made["profile skills"] = len(profile.skills)
        plans = counted(plan_postings(count, corpus, rng, now))
        if one_by_one:
            write_one_by_one(tracker, clock, plans)
        else:
            write_in_batches(tracker.store, plans)
        clock.now = now
        made["summaries worked out"] = keep_summaries(tracker)
    finally:
        tracker.close()
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="how many postings")
    parser.add_argument("--out", type=Path, required=True, help="a new data folder")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--one-by-one",
        action="store_true",
        help="one Store.add (and one transaction per change) per posting: slow",
    )
    args = parser.parse_args()
    began = time.perf_counter()
    corpus = load_corpus(args.corpus)
    made = make_tracker(args.out, args.count, corpus, seed=args.seed, one_by_one=args.one_by_one)
    seconds = time.perf_counter() - began
    size = (args.out / "gigdesk.db").stat().st_size / 1024 / 1024
    print(f"Made {args.out / 'gigdesk.db'} ({size:.1f} MiB) in {seconds:.1f} s")
    print(
        f"  from {len(corpus.postings)} corpus postings (read in {corpus.read_seconds:.1f} s) "
        f"and {len(corpus.messages)} messages; "
        f"{'one Store.add per posting' if args.one_by_one else f'batches of {BATCH}'}"
    )
    for kind, number in made.items():
        print(f"  {kind}: {number:,}")
    print(f"Open it with: gigdesk --data-dir {args.out}")


if __name__ == "__main__":
    main()
