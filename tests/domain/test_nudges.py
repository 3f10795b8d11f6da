"""Silence-based nudges: follow up after a stage's limit, suggest closing after a longer one."""

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.tracking.nudges import (
    Nudge,
    SilenceLimits,
    nudge_for,
    silence_limits_from,
    silence_settings,
)
from desktop.domain.tracking.tracker import (
    Outcome,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)

TODAY = date(2026, 11, 28)


def _row(stage, silent_days, *, follow_up=None, outcome=None):
    changed = datetime.combine(TODAY - timedelta(days=silent_days), datetime.min.time(), UTC)
    return PostingRow(
        id=1,
        details=PostingDetails(title="Analyst", follow_up=follow_up),
        added_at=changed,
        updated_at=changed,
        stage=stage,
        outcome=outcome,
    )


@pytest.mark.parametrize(
    ("stage", "limit"),
    [(Stage.APPLIED, 14), (Stage.SCREENING, 7), (Stage.INTERVIEWING, 7), (Stage.OFFER, 3)],
)
def test_each_waiting_stage_nudges_from_its_own_limit(stage, limit):
    limits = SilenceLimits()
    assert nudge_for(_row(stage, limit - 1), TODAY, limits) is None
    assert nudge_for(_row(stage, limit), TODAY, limits) == (Nudge.FOLLOW_UP, limit)
    assert nudge_for(_row(stage, 30), TODAY, limits) == (Nudge.CLOSE, 30)


def test_stages_where_the_next_move_is_the_users_and_closed_postings_never_nudge():
    limits = SilenceLimits()
    for stage in (Stage.SAVED, Stage.APPLYING, Stage.ACCEPTED):
        assert nudge_for(_row(stage, 90), TODAY, limits) is None
    assert nudge_for(_row(Stage.APPLIED, 90, outcome=Outcome.REJECTED), TODAY, limits) is None


def test_a_follow_up_date_the_user_set_wins_over_both():
    later = TODAY + timedelta(days=10)
    assert nudge_for(_row(Stage.APPLIED, 60, follow_up=later), TODAY, SilenceLimits()) is None


def test_limits_round_trip_through_settings_and_bad_values_fall_back():
    mine = SilenceLimits(applied=10, screening=5, interviewing=4, offer=2, close_after=21)
    assert silence_limits_from(silence_settings(mine)) == mine
    kept = {**silence_settings(mine), "silence_applied": "ten", "silence_offer": "0"}
    assert silence_limits_from(kept) == SilenceLimits(
        applied=14, screening=5, interviewing=4, offer=3, close_after=21
    )
    assert nudge_for(_row(Stage.APPLIED, 10), TODAY, mine) == (Nudge.FOLLOW_UP, 10)


def test_the_day_is_the_users_own():
    """A change late on the 25th in UTC is the 26th in Tokyo: a day less of silence there."""
    late = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    row = PostingRow(
        id=1, details=PostingDetails(), added_at=late, updated_at=late, stage=Stage.OFFER
    )
    tokyo = timedelta(hours=9)
    assert nudge_for(row, TODAY, SilenceLimits()) == (Nudge.FOLLOW_UP, 3)
    assert nudge_for(row, TODAY, SilenceLimits(), lambda moment: moment + tokyo) is None


def test_the_tables_one_comparison_agrees_with_nudge_for_across_a_clock_change():
    """Nudges.is_quiet (for sorting 100,000 rows) and nudge_for (for a cell) never disagree,
    in a zone whose clocks change within the limits."""
    from desktop.domain.clock import zone_named
    from desktop.domain.tracking.nudges import Nudges

    zone = zone_named("Europe/Berlin")
    limits = SilenceLimits(applied=14, screening=7, interviewing=2, offer=1, close_after=30)
    today = date(2026, 11, 3)  # a week after Berlin's clocks went back
    nudges = Nudges(today, limits, zone)
    start = datetime(2026, 10, 1, tzinfo=UTC)
    for hour in range(0, 34 * 24, 5):
        changed = start + timedelta(hours=hour)
        for stage in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER):
            row = PostingRow(
                id=1, details=PostingDetails(), added_at=changed, updated_at=changed, stage=stage
            )
            nudged = nudge_for(row, today, limits, lambda moment: moment.astimezone(zone))
            assert (nudged is not None) == nudges.is_quiet(row), (stage, changed)


def test_the_agenda_lists_follow_ups_due_then_quiet_then_to_close():
    from desktop.domain.clock import zone_named
    from desktop.domain.tracking.nudges import Due, agenda

    rows = [
        _row(Stage.APPLIED, 3, follow_up=TODAY),  # due today
        _row(Stage.SCREENING, 20, follow_up=TODAY - timedelta(days=4)),  # 4 days overdue
        _row(Stage.APPLIED, 16),  # quiet
        _row(Stage.OFFER, 40),  # to close
        _row(Stage.INTERVIEWING, 9),  # quiet, less long
        _row(Stage.APPLIED, 90, outcome=Outcome.WITHDRAWN),  # closed: not on it
        _row(Stage.SAVED, 90),  # the user's move: not on it
        _row(Stage.APPLIED, 5, follow_up=TODAY + timedelta(days=2)),  # later
    ]
    items = agenda(rows, TODAY, SilenceLimits(), zone_named("UTC"))
    assert [(item.due, item.days) for item in items] == [
        (Due.OVERDUE, 4),
        (Due.TODAY, 0),
        (Due.QUIET, 16),
        (Due.QUIET, 9),
        (Due.CLOSE, 40),
    ]


def test_the_agenda_opens_with_the_coming_weeks_events_soonest_first():
    from dataclasses import replace

    from desktop.domain.clock import zone_named
    from desktop.domain.tracking.events import Event, EventKind
    from desktop.domain.tracking.nudges import Due, agenda

    open_row = _row(Stage.INTERVIEWING, 1)
    closed_row = replace(_row(Stage.OFFER, 1, outcome=Outcome.WITHDRAWN), id=2)

    def event(number, posting, days, hour):
        start = datetime.combine(TODAY + timedelta(days=days), datetime.min.time()).replace(
            hour=hour
        )
        return Event(number, posting, EventKind.INTERVIEW, start, "America/Los_Angeles")

    events = [event(1, 1, 3, 8), event(2, 1, 1, 9), event(3, 1, 9, 8), event(4, 2, 2, 8)]
    items = agenda([open_row, closed_row], TODAY, SilenceLimits(), zone_named("UTC"), events)
    assert [(item.due, item.event.id) for item in items] == [(Due.EVENT, 2), (Due.EVENT, 1)]


def _applied_then_edited(silent_days, edited_days_ago=0, **fields):
    """Applied `silent_days` ago and never moved since; its details, notes or checklist
    edited `edited_days_ago` (the last change, which is no move)."""
    midnight = datetime.min.time()
    applied = datetime.combine(TODAY - timedelta(days=silent_days), midnight, UTC)
    edited = datetime.combine(TODAY - timedelta(days=edited_days_ago), midnight, UTC)
    added = applied - timedelta(days=1)
    return PostingRow(
        id=1,
        details=PostingDetails(title="Analyst", notes="Pasted, then undone"),
        added_at=added,
        updated_at=edited,
        stage=Stage.APPLIED,
        history=(StageEvent(added, "saved"), StageEvent(applied, "applied")),
        **fields,
    )


@pytest.mark.parametrize("kept", [False, True], ids=["from its history", "as the store keeps it"])
def test_silence_counts_from_the_last_move_and_an_edit_today_keeps_the_reminder(kept):
    """Typing a location, editing notes or ticking a checklist item today is a change, not
    a move: 27 days after applying, the posting still asks for a follow-up, in the cell, the
    table's sort and today's agenda alike."""
    from desktop.domain.clock import zone_named
    from desktop.domain.tracking.nudges import Due, Nudges, agenda

    last_move = datetime.combine(TODAY - timedelta(days=27), datetime.min.time(), UTC)
    row = _applied_then_edited(27, moved_at=last_move) if kept else _applied_then_edited(27)
    assert row.last_moved == last_move
    limits = SilenceLimits()
    assert nudge_for(row, TODAY, limits) == (Nudge.FOLLOW_UP, 27)
    assert Nudges(TODAY, limits, UTC).nudge(row) == (Nudge.FOLLOW_UP, 27)
    (item,) = agenda([row], TODAY, limits, zone_named("UTC"))
    assert (item.due, item.days) == (Due.QUIET, 27)


def test_a_posting_that_never_moved_is_silent_since_it_was_added():
    added = datetime.combine(TODAY - timedelta(days=20), datetime.min.time(), UTC)
    row = PostingRow(
        id=1,
        details=PostingDetails(),
        added_at=added,
        updated_at=datetime.combine(TODAY, datetime.min.time(), UTC),
        stage=Stage.APPLIED,
    )
    assert row.last_moved == added
    assert nudge_for(row, TODAY, SilenceLimits()) == (Nudge.FOLLOW_UP, 20)


def test_word_from_the_other_side_since_ends_the_silence_as_a_move_does():
    """The store counts a message logged or an event agreed as a move (`moved_at`)."""
    moved = datetime.combine(TODAY - timedelta(days=2), datetime.min.time(), UTC)
    row = _applied_then_edited(27, edited_days_ago=5, moved_at=moved)
    assert nudge_for(row, TODAY, SilenceLimits()) is None
