import csv
import io
import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.files import neutralised, restored, write_csv
from desktop.domain.reading.terms import Pay, PayPeriod, Terms
from desktop.domain.red_flags.risk import Risk, RiskSummary
from desktop.domain.tracking.export import COLUMNS, tracker_rows
from desktop.domain.tracking.tracker import Outcome, Posting, PostingDetails, Stage, StageEvent

BERLIN_SUMMER = timezone(timedelta(hours=2))


def _posting(**details) -> Posting:
    saved = datetime(2026, 8, 2, 22, 30, tzinfo=UTC)
    applied = datetime(2026, 8, 3, 8, 0, tzinfo=UTC)
    return Posting(
        id=7,
        raw_text="text",
        details=PostingDetails(**details),
        added_at=saved,
        updated_at=applied,
        stage=Stage.APPLIED,
        outcome=Outcome.NO_RESPONSE,
        history=(
            StageEvent(saved, "saved"),
            StageEvent(applied, "applied"),
            StageEvent(applied, "no_response"),
        ),
    )


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_a_spreadsheet_would_run_are_neutralised(start):
    assert neutralised([start + "SUM(A1:A9)"]) == ["'" + start + "SUM(A1:A9)"]


def test_ordinary_cells_are_left_alone():
    assert neutralised(["C# developer, 5+ years"]) == ["C# developer, 5+ years"]


@given(st.text(alphabet="'=+-@\t\rab ,\n\"", max_size=8))
def test_a_neutralised_cell_is_restored_as_it_was(cell):
    assert restored(neutralised([cell])[0]) == cell


def _read(path):
    raw = path.read_bytes()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_bom_header_crlf_and_iso_dates_in_the_users_zone(tmp_path):
    posting = _posting(
        title="Ingénieur logiciel",
        company="Café, Ltd",
        source="LinkedIn",
        follow_up=date(2026, 8, 10),
        notes='He said "maybe"\nCall back',
    )
    path = tmp_path / "out.csv"
    assert write_csv(path, COLUMNS, tracker_rows([posting], BERLIN_SUMMER)) == 1
    raw, rows = _read(path)
    assert raw.startswith(b"\xef\xbb\xbfid,title,")
    assert b"\r\n" in raw
    header, row = rows
    assert tuple(header) == COLUMNS
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "Ingénieur logiciel"
    assert cells["company"] == "Café, Ltd"
    assert cells["notes"] == 'He said "maybe"\nCall back'
    assert cells["added"] == "2026-08-03T00:30:00+02:00"
    assert cells["applied"] == "2026-08-03"
    assert cells["follow_up"] == "2026-08-10"
    assert cells["stage"] == "applied" and cells["outcome"] == "no_response"
    assert cells["stage_history"] == "saved@2026-08-03;applied@2026-08-03;no_response@2026-08-03"


def test_large_and_fractional_pay_reads_as_plain_numbers_in_a_spreadsheet():
    rupees = Terms(pay=Pay(1_800_000, 2_400_000, "INR", PayPeriod.YEAR), engagement=None)
    (row,) = tracker_rows([_posting(title="Data Analyst")], BERLIN_SUMMER, terms={7: rupees})
    cells = dict(zip(COLUMNS, row, strict=True))
    assert (cells["pay_min"], cells["pay_max"]) == ("1800000", "2400000")
    hourly = Terms(pay=Pay(22.5, 30, "USD", PayPeriod.HOUR), engagement=None)
    (row,) = tracker_rows([_posting(title="Data Analyst")], BERLIN_SUMMER, terms={7: hourly})
    cells = dict(zip(COLUMNS, row, strict=True))
    assert (cells["pay_min"], cells["pay_max"]) == ("22.5", "30")


def test_red_flags_are_named_as_the_window_names_them():
    risk = RiskSummary(Risk.HIGH, ("F1", "task-job"))
    (row,) = tracker_rows([_posting(title="Data Entry")], BERLIN_SUMMER, risks={7: risk})
    cells = dict(zip(COLUMNS, row, strict=True))
    assert cells["risk_level"] == "high"
    assert cells["red_flags"] == "Asks you to pay to get the job; Task or 'optimisation' job"


def test_a_failed_export_leaves_the_old_file_whole(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("previous export")

    def broken():
        yield _posting(title="ok")
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_csv(path, COLUMNS, tracker_rows(broken(), UTC))
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_the_export_gets_the_permissions_the_users_umask_gives(tmp_path):
    """A spreadsheet shared with a colleague or a backup tool must be readable like any file."""
    previous = os.umask(0o022)
    try:
        target = tmp_path / "tracker.csv"
        write_csv(target, COLUMNS, tracker_rows([_posting(title="Dev")], UTC))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.csv"]


def _moved(*events: tuple[int, str]) -> Posting:
    """A posting with these moves (day of August 2026, stage or outcome), in that order."""
    history = tuple(StageEvent(datetime(2026, 8, day, 9, tzinfo=UTC), name) for day, name in events)
    stages = [Stage(e.name) for e in history if e.name in {stage.value for stage in Stage}]
    outcomes = [Outcome(e.name) for e in history if e.name in {o.value for o in Outcome}]
    return Posting(
        id=7,
        raw_text="text",
        details=PostingDetails(title="Planner"),
        added_at=history[0].at,
        updated_at=history[-1].at,
        stage=stages[-1],
        outcome=outcomes[-1] if outcomes else None,
        history=history,
    )


@pytest.mark.parametrize(
    ("events", "applied"),
    [
        (((3, "saved"), (10, "interviewing")), "2026-08-10"),  # Saved straight to Interviewing
        (((3, "saved"), (5, "screening"), (9, "interviewing")), "2026-08-05"),
        (((3, "saved"), (4, "applying"), (6, "offer"), (8, "rejected")), "2026-08-06"),
        (((3, "saved"), (6, "applied"), (9, "interviewing")), "2026-08-06"),
        (((3, "saved"), (4, "applying")), ""),
        (((3, "saved"), (5, "withdrawn")), ""),  # an outcome from Saved is no applying
        (((3, "saved"), (5, "no_response"), (6, "reopened")), ""),
    ],
)
def test_applied_is_when_the_posting_first_reached_applied_or_a_later_stage(events, applied):
    """A work-search record needs the date applied, however the posting was moved there;
    the CSV, the work-search log and the insights tell the same day."""
    from desktop.domain.tracking.insights import insights
    from desktop.domain.tracking.worksearch import applied_day

    posting = _moved(*events)
    (row,) = tracker_rows([posting], UTC)
    assert dict(zip(COLUMNS, row, strict=True))["applied"] == applied
    day = applied_day(posting, UTC)
    assert (day.isoformat() if day else "") == applied
    weekly = insights([posting], zone=UTC, start=date(2026, 8, 1), end=date(2026, 8, 31)).weekly
    assert sum(count for _, count in weekly) == (1 if applied else 0)
