"""A database written by every schema version ever landed, opened by today's Gigdesk.

Each fixtures/schema_vN.sql is the dump of a database that version N's own code wrote
(tools/make_schema_fixtures.py says how, and with which commits). Opened by today's
Store and read again as the window does at start, every value the user gave must
still be there. The expected values are written out here, not read from the fixtures.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.domain.hours.local_time import WorkingHours
from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.skills.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.tracking.tracker import (
    Message,
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)
from desktop.services import Tracker
from desktop.store import Store
from desktop.store.migrations import SCHEMA_STEPS

FIXTURES = Path(__file__).parent / "fixtures"
# Every schema a fixture was written for (tools/make_schema_fixtures.py).
VERSIONS = sorted(
    int(path.stem.removeprefix("schema_v")) for path in FIXTURES.glob("schema_v*.sql")
)
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
CONTRACT, FULL_TIME, RECRUITER, PLAIN = 1, 2, 3, 4


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


# What the user gave in every version: the posting's details, stage, outcome and history.
DETAILS = {
    CONTRACT: PostingDetails(
        title="Python Contractor (wind forecasting)",
        company="Ferrowind GmbH",
        source="",
        url="https://jobs.example.org/ferrowind/4711",
        follow_up=date(2026, 3, 20),
        notes="Spoke to Marta (CTO) on 9 March.\nRate negotiable up to €90/h.",
    ),
    FULL_TIME: PostingDetails(
        title="Backend Engineer (Go)",
        company="Larkspur Health",
        source="LinkedIn",
        url="https://larkspur.example/careers/backend",
        follow_up=date(2026, 3, 18),
        notes="Referral from Inês.",
    ),
    RECRUITER: PostingDetails(
        title="Data entry (suspicious)",
        company="Unknown recruiter",
        source="",
        url=None,
        follow_up=None,
        notes="Asked for bank details in the first message. Do not reply.",
    ),
    # Never corrected: the title and company are Gigdesk's reading, then and now.
    PLAIN: PostingDetails(
        title="QA Analyst",
        company="Bright Harbor Ltd",
        source="",
        url="https://brightharbor.example/jobs/qa",
    ),
}
ADDED = {
    CONTRACT: _at(3, 2, 9),
    FULL_TIME: _at(3, 3, 10),
    RECRUITER: _at(3, 4, 11),
    PLAIN: _at(3, 5, 12),
}
STATUS = {
    CONTRACT: (Stage.INTERVIEWING, Outcome.REJECTED),
    FULL_TIME: (Stage.SCREENING, None),
    RECRUITER: (Stage.SAVED, Outcome.WITHDRAWN),
    PLAIN: (Stage.SAVED, None),
}
HISTORY = {
    CONTRACT: [
        StageEvent(_at(3, 2, 9), "saved"),
        StageEvent(_at(3, 6, 8), "applied"),
        StageEvent(_at(3, 10, 14), "screening"),
        StageEvent(_at(3, 17, 15), "interviewing"),
        StageEvent(_at(3, 24, 10), "rejected"),
    ],
    FULL_TIME: [
        StageEvent(_at(3, 3, 10), "saved"),
        StageEvent(_at(3, 7, 9), "applying"),
        StageEvent(_at(3, 8, 9), "applied"),
        StageEvent(_at(4, 8, 9), "no_response"),
        StageEvent(_at(4, 10, 9), "reopened"),
        StageEvent(_at(4, 14, 11), "screening"),
    ],
    RECRUITER: [
        StageEvent(_at(3, 4, 11), "saved"),
        StageEvent(_at(3, 5, 7), "withdrawn"),
    ],
    PLAIN: [StageEvent(_at(3, 5, 12), "saved")],
}

# Corrections to the reading (schema 2 on), in the form desktop.domain.reading.serialize gives.
CORRECTIONS = {
    CONTRACT: {
        "engagement": "freelance-hourly",
        "pay": {"min": 80.0, "max": 90.0, "currency": "EUR", "period": "hour"},
        "hours_per_week": {"min": 25, "max": 30},
    },
    FULL_TIME: {"location": "Lisbon, Portugal", "remote": "hybrid"},
    RECRUITER: {},
    PLAIN: {},
}
PROFILE = Profile(
    (
        ProfileSkill("Docker", None, Level.HAVE),
        ProfileSkill("Go", 1.5, Level.HAVE),
        ProfileSkill("PostgreSQL", 3.0, Level.HAVE),
        ProfileSkill("Python", 6.0, Level.HAVE),
        ProfileSkill("Rust", None, Level.LEARNING),
    )
)
VERDICTS = {
    CONTRACT: {"Docker or Kubernetes": Status.MET},
    FULL_TIME: {"Good written English": Status.MET, "Solid SQL": Status.PARTIAL},
    RECRUITER: {},
    PLAIN: {},
}
MESSAGES = {
    CONTRACT: [
        Message(
            1,
            CONTRACT,
            date(2026, 3, 9),
            "Hi, thanks for applying! Could we talk on Tuesday at 15:00 CET?\n— Marta, Ferrowind",
        )
    ],
    RECRUITER: [
        Message(
            2,
            RECRUITER,
            date(2026, 3, 4),
            "Hello, this is Mr. Green from the hiring team. Please add me on Telegram "
            "and send your bank details today.",
        )
    ],
}
DISMISSED = {RECRUITER: frozenset({"F7", "F8"})}
MY_HOURS = ("Europe/Lisbon", WorkingHours.parse("08:30-17:00", "Mon-Thu"))
ZONE_PICK = ("CST", "America/Chicago")


def _open(version: int, folder: Path) -> Tracker:
    db_file = folder / "gigdesk.db"
    connection = sqlite3.connect(db_file)
    try:
        connection.executescript((FIXTURES / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    finally:
        connection.close()
    return Tracker(Store.open(db_file, clock=lambda: NOW))


def _read_again_as_the_window_does(store: Tracker) -> None:
    store.read_again(store.stale_readings())
    assert store.stale_readings() == []


def _check_everything_kept(store: Tracker, version: int) -> None:
    postings = {posting.id: posting for posting in store.list_rows()}
    assert sorted(postings) == [CONTRACT, FULL_TIME, RECRUITER, PLAIN]
    exported = {posting.id: posting for posting in store.store.rows_with_history()}
    for posting_id, listed in postings.items():
        assert listed == store.get(posting_id).row
        _check_posting(exported[posting_id], posting_id)
        _check_posting(store.get(posting_id), posting_id)
        _check_reading(store.get(posting_id), posting_id, version)
        # Still recognised when pasted again: the stored fingerprints are today's.
        found = store.find_duplicates(store.get(posting_id).raw_text, None)
        assert [duplicate.id for duplicate in found] == [posting_id]
    _check_found_by_the_filter(store)
    _check_profile_and_verdicts(store, version)
    _check_messages_and_flags(store, version)
    _check_hours(store, version)


def _check_found_by_the_filter(store: Tracker) -> None:
    """The filter's index covers every kept posting: its title, company and notes."""
    for posting_id, details in DETAILS.items():
        for text in (details.title, details.company, details.notes):
            words = text.split()[:2]
            if words:
                found = frozenset.intersection(*store.search(words))
                assert posting_id in found, (posting_id, words)
    assert store.search(["ferrowind"]) == [frozenset({CONTRACT})]


def _check_posting(posting: PostingRow, posting_id: int) -> None:
    assert posting.details == DETAILS[posting_id], posting_id
    assert (posting.stage, posting.outcome) == STATUS[posting_id], posting_id
    assert list(posting.history) == HISTORY[posting_id], posting_id
    assert posting.added_at == ADDED[posting_id], posting_id
    # Silent since its last move (schema 14): its history's last, never its last edit.
    assert posting.last_moved == HISTORY[posting_id][-1].at, posting_id


def _check_reading(posting: Posting, posting_id: int, version: int) -> None:
    """The reading shows the user's title, company and corrections, marked as theirs."""
    reading = posting.analysis
    assert reading is not None, posting_id
    assert (reading.title, reading.company) == (posting.title, posting.company), posting_id
    corrections = CORRECTIONS[posting_id] if version >= 2 else {}
    expected = set(corrections)
    if posting_id != PLAIN:
        named = {"title", "company"}
        if version == 1:  # schema 1 kept no corrections: only what the parser reads otherwise
            parsed = analyze_posting(posting.raw_text)
            named = {name for name in named if getattr(parsed, name) != getattr(posting, name)}
        expected |= named
    if posting_id == CONTRACT and version >= 5:
        expected.add("zone:" + ZONE_PICK[0])
    assert posting.overridden == expected, posting_id
    if "engagement" in corrections:
        assert reading.engagement == corrections["engagement"]
    if "pay" in corrections:
        pay = corrections["pay"]
        assert reading.pay is not None
        assert (reading.pay.min, reading.pay.max, reading.pay.currency, reading.pay.period) == (
            pay["min"],
            pay["max"],
            pay["currency"],
            pay["period"],
        )
    if "hours_per_week" in corrections:
        assert reading.hours_per_week is not None
        assert (reading.hours_per_week.min, reading.hours_per_week.max) == (25, 30)
    if "location" in corrections:
        assert (reading.location, reading.remote) == ("Lisbon, Portugal", "hybrid")


def _check_profile_and_verdicts(store: Tracker, version: int) -> None:
    profile = store.profile()
    assert profile == (PROFILE if version >= 3 else Profile())
    for posting_id, verdicts in VERDICTS.items():
        expected = verdicts if version >= 3 else {}
        # Kept by the item's words, case aside.
        assert store.check_overrides(posting_id) == {
            item.casefold(): status for item, status in expected.items()
        }, posting_id
        # Still attached to the same must-haves once read again.
        shown = {
            item.requirement.text: item.status
            for item in store.checklist(store.get(posting_id), profile)
            if item.overridden
        }
        assert shown == expected, posting_id


def _check_messages_and_flags(store: Tracker, version: int) -> None:
    risks = store.summaries().risks
    for posting_id in (CONTRACT, FULL_TIME, RECRUITER, PLAIN):
        assert store.messages(posting_id) == (
            MESSAGES.get(posting_id, []) if version >= 4 else []
        ), posting_id
        dismissed = DISMISSED.get(posting_id, frozenset()) if version >= 4 else frozenset()
        assert store.dismissed_flags(posting_id) == dismissed, posting_id
        assert not dismissed & set(risks[posting_id].flags), posting_id
    # The dismissed flags are in the posting: it is the dismissal that hides them.
    reading = store.get(RECRUITER).analysis
    assert reading is not None
    assert {"F7", "F8"} <= {hit.flag for hit in reading.red_flags}
    if version < 4:
        assert {"F7", "F8"} <= set(risks[RECRUITER].flags)


def _check_hours(store: Tracker, version: int) -> None:
    assert store.my_hours() == (MY_HOURS if version >= 5 else (None, WorkingHours()))
    reading = store.get(CONTRACT).analysis
    assert reading is not None
    (core_hours,) = reading.hours
    assert core_hours.written_zone == ZONE_PICK[0]
    listed = store.summaries().hours[CONTRACT]
    if version >= 5:
        assert (core_hours.zone, core_hours.picked) == (ZONE_PICK[1], True)
        assert listed.zone == ZONE_PICK[1]
    else:
        assert (core_hours.zone, listed.zone) == (None, "")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_value_the_user_gave_survives_the_upgrade_and_the_reading_again(tmp_path, version):
    store = _open(version, tmp_path)
    try:
        report = store.store.migration
        assert (report.from_version, report.to_version) == (version, len(SCHEMA_STEPS))
        _read_again_as_the_window_does(store)
        _check_everything_kept(store, version)
    finally:
        store.close()
    backups = sorted(tmp_path.glob(f"gigdesk.v{version}-backup-*.db"))
    if version < len(SCHEMA_STEPS):
        assert backups == [report.backup]
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == version
            assert old.execute("SELECT title FROM posting ORDER BY id").fetchall() == [
                (DETAILS[posting_id].title,) for posting_id in sorted(DETAILS)
            ]
    else:
        assert backups == [] and report.backup is None


@pytest.mark.parametrize("version", VERSIONS)
def test_values_survive_a_later_parser_reading_everything_again(tmp_path, version):
    """A future parser version reads every posting again; still nothing is lost."""
    store = _open(version, tmp_path)
    try:
        _read_again_as_the_window_does(store)
        store.read_again([CONTRACT, FULL_TIME, RECRUITER, PLAIN])
        _check_everything_kept(store, version)
        reopened = Tracker(Store.open(store.data_file, clock=lambda: NOW))
        try:
            _check_everything_kept(reopened, version)
        finally:
            reopened.close()
    finally:
        store.close()
