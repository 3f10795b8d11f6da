"""Insights on a fixed history, every figure worked out by hand below."""

from datetime import UTC, date, datetime

import pytest

from desktop.domain.tracking.insights import NO_ENGAGEMENT, insights
from desktop.domain.tracking.tracker import (
    Outcome,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)


def _at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _row(number, source, events, stage, outcome=None):
    history = tuple(StageEvent(at, name) for at, name in events)
    return PostingRow(
        id=number,
        details=PostingDetails(source=source),
        added_at=history[0].at,
        updated_at=history[-1].at,
        stage=stage,
        outcome=outcome,
        history=history,
    )


ROWS = [
    # Applied, interviewed, then rejected: it still counts at Interviewing.
    _row(
        1,
        "Upwork",
        [
            (_at(2, 9), "saved"),
            (_at(2, 10), "applied"),
            (_at(5, 10), "interviewing"),
            (_at(9, 10), "rejected"),
        ],
        Stage.INTERVIEWING,
        Outcome.REJECTED,
    ),
    # Two interviews (moved back to screening between them): counted once.
    _row(
        2,
        "LinkedIn",
        [
            (_at(3, 9), "saved"),
            (_at(3, 12), "applied"),
            (_at(6, 12), "interviewing"),
            (_at(7, 12), "screening"),
            (_at(8, 12), "interviewing"),
            (_at(10, 12), "offer"),
        ],
        Stage.OFFER,
    ),
    # No answer: closed as no response two weeks on.
    _row(
        3,
        "Upwork",
        [(_at(10, 9), "saved"), (_at(10, 9, 30), "applied"), (_at(24, 9, 30), "no_response")],
        Stage.APPLIED,
        Outcome.NO_RESPONSE,
    ),
    # Answered by a message on 14 November, the stage left as it was.
    _row(4, "Upwork", [(_at(12, 9), "saved"), (_at(12, 10), "applied")], Stage.APPLIED),
    _row(5, "", [(_at(20, 9), "saved")], Stage.SAVED),
    # Added in October: outside the period.
    _row(
        6,
        "Upwork",
        [(_at(20, 9, month=10), "saved"), (_at(21, 9, month=10), "applied")],
        Stage.APPLIED,
    ),
]
ENGAGEMENTS = {1: "contract", 2: "full-time", 3: "contract"}


def _november(**options):
    return insights(
        ROWS,
        zone=UTC,
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        written_to={4: date(2026, 11, 14)},
        engagements=ENGAGEMENTS,
        **options,
    )


def test_the_funnel_counts_each_posting_at_every_stage_up_to_its_furthest():
    found = _november()
    assert found.postings == 5
    assert [(step.stage, step.postings) for step in found.funnel] == [
        (Stage.SAVED, 5),
        (Stage.APPLYING, 4),
        (Stage.APPLIED, 4),
        (Stage.SCREENING, 2),
        (Stage.INTERVIEWING, 2),  # #1 though rejected, #2 once for its two interviews
        (Stage.OFFER, 1),
        (Stage.ACCEPTED, 0),
    ]
    assert [step.conversion for step in found.funnel] == [None, 0.8, 1.0, 0.5, 1.0, 0.5, 0.0]


def test_response_rates_count_a_move_past_applied_a_rejection_or_a_message():
    found = _november()
    assert [(r.group, r.applied, r.answered) for r in found.by_source] == [
        ("Upwork", 3, 2),  # #1 interviewed, #4 written to; #3 never answered
        ("LinkedIn", 1, 1),
    ]
    assert [(r.group, r.applied, r.answered) for r in found.by_engagement] == [
        ("contract", 2, 1),
        (NO_ENGAGEMENT, 1, 1),
        ("full-time", 1, 1),
    ]
    assert found.by_source[0].rate == pytest.approx(2 / 3)


def test_days_in_each_stage_and_to_the_first_answer_are_medians():
    found = _november()
    # Applied: 3, 3 and 14 days (#4 has not left it); Interviewing: 4, 1 and 2 days.
    assert [(stage, days, n) for stage, days, n in found.days_in_stage] == [
        (Stage.SAVED, 0.0, 4),
        (Stage.APPLIED, 3.0, 3),
        (Stage.SCREENING, 1.0, 1),
        (Stage.INTERVIEWING, 2.0, 3),
    ]
    # 3 days (#1), 3 days (#2), 1.58 days (#4: applied 10:00 on the 12th, written the 14th).
    assert found.days_to_first_response == 3.0


def test_applications_per_week_cover_every_week_and_weeks_start_as_chosen():
    sundays = _november().weekly
    assert sundays == (
        (date(2026, 11, 1), 2),
        (date(2026, 11, 8), 2),
        (date(2026, 11, 15), 0),
        (date(2026, 11, 22), 0),
        (date(2026, 11, 29), 0),
    )
    mondays = _november(week_start=0).weekly
    assert mondays[:3] == ((date(2026, 10, 26), 0), (date(2026, 11, 2), 2), (date(2026, 11, 9), 2))


def test_outcomes_and_a_single_source():
    found = _november()
    assert dict(found.outcomes) == {Outcome.REJECTED: 1, Outcome.NO_RESPONSE: 1}
    upwork = _november(source="upwork")
    assert upwork.postings == 3
    assert [r.group for r in upwork.by_source] == ["Upwork"]


def test_an_answer_on_the_day_of_applying_is_an_answer():
    # As an import keeps a sheet's single date: every step of the history on that day.
    day = _at(3, 12)
    rows = [
        _row(7, "", [(day, "saved"), (day, "applied"), (day, "screening")], Stage.SCREENING),
        _row(
            8,
            "",
            [(day, "saved"), (day, "applied"), (day, "rejected")],
            Stage.APPLIED,
            Outcome.REJECTED,
        ),
        _row(9, "", [(day, "saved"), (day, "applied")], Stage.APPLIED),
    ]
    found = insights(rows, zone=UTC, start=date(2026, 11, 1), end=date(2026, 11, 30))
    assert [(r.group, r.applied, r.answered) for r in found.by_source] == [("(no source)", 3, 2)]
    assert found.days_to_first_response == 0.0
