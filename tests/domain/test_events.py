"""Events in the zone they were given in, read in both zones, across both hemispheres'
clock changes (2027: the US moves on 14 Mar and 7 Nov, Europe on 28 Mar and 31 Oct,
Sydney back on 4 Apr and forward on 3 Oct)."""

from datetime import UTC, datetime

import pytest

from desktop.domain.tracking.events import (
    Event,
    EventError,
    EventKind,
    checked_event,
    clock_change_warning,
    in_both_zones,
    next_events,
    parse_kind,
    parse_start,
)

BERLIN, LOS_ANGELES, SYDNEY = "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney"


def _event(start, zone, *, posting_id=1, event_id=1, kind=EventKind.INTERVIEW):
    return Event(event_id, posting_id, kind, parse_start(start), zone, 45)


def test_an_interview_in_los_angeles_time_while_only_the_us_has_moved_its_clocks():
    interview = _event("2027-03-18 08:00", LOS_ANGELES)
    assert interview.instant == datetime(2027, 3, 18, 15, 0, tzinfo=UTC)  # PDT, UTC-7
    assert in_both_zones(interview, BERLIN) == "Thu 18 Mar 16:00 your time · 08:00 Los Angeles"
    warning = clock_change_warning(interview, BERLIN, datetime(2027, 3, 1, 12, tzinfo=UTC))
    assert "Los Angeles (UTC-8 now, UTC-7 then)" in warning
    assert "Berlin" not in warning
    assert "9 h behind you today but 8 h behind you on the day" in warning


def test_no_warning_once_the_change_is_behind_us():
    interview = _event("2027-03-18 08:00", LOS_ANGELES)
    assert clock_change_warning(interview, BERLIN, datetime(2027, 3, 15, tzinfo=UTC)) == ""


def test_both_sides_changing_alike_keeps_the_gap_but_still_warns():
    interview = _event("2027-04-05 08:00", LOS_ANGELES)
    warning = clock_change_warning(interview, BERLIN, datetime(2027, 3, 1, tzinfo=UTC))
    assert "Los Angeles (UTC-8 now, UTC-7 then)" in warning
    assert "Berlin, your zone, (UTC+1 now, UTC+2 then)" in warning
    assert "on the day" not in warning


def test_an_interview_after_europe_has_gone_back_but_before_the_us_has():
    interview = _event("2027-11-03 08:00", LOS_ANGELES)
    assert in_both_zones(interview, BERLIN) == "Wed 3 Nov 16:00 your time · 08:00 Los Angeles"
    warning = clock_change_warning(interview, BERLIN, datetime(2027, 10, 20, tzinfo=UTC))
    assert "Berlin, your zone, (UTC+2 now, UTC+1 then)" in warning
    assert "Los Angeles" in warning and "9 h behind you today but 8 h" in warning


def test_sydney_moves_the_other_way_round():
    call = _event("2027-04-06 09:00", SYDNEY, kind=EventKind.CALL)
    assert call.instant == datetime(2027, 4, 5, 23, 0, tzinfo=UTC)  # AEST, UTC+10
    assert in_both_zones(call, BERLIN) == "Tue 6 Apr 01:00 your time · 09:00 Sydney"
    warning = clock_change_warning(call, BERLIN, datetime(2027, 3, 20, tzinfo=UTC))
    assert "Sydney (UTC+11 now, UTC+10 then)" in warning
    assert "Berlin, your zone, (UTC+1 now, UTC+2 then)" in warning
    assert "10 h ahead of you today but 8 h ahead of you on the day" in warning


def test_the_other_sides_day_is_named_when_it_is_not_yours():
    interview = _event("2027-03-18 08:00", LOS_ANGELES)
    assert in_both_zones(interview, SYDNEY) == (
        "Fri 19 Mar 02:00 your time · Thu 18 Mar 08:00 Los Angeles"
    )


def test_an_event_in_the_users_own_zone_reads_once():
    deadline = _event("2027-06-01 17:00", BERLIN, kind=EventKind.DEADLINE)
    assert in_both_zones(deadline, BERLIN) == "Tue 1 Jun 17:00 your time"
    assert clock_change_warning(deadline, BERLIN, datetime(2027, 5, 1, tzinfo=UTC)) == ""


def test_a_past_event_warns_of_nothing():
    interview = _event("2027-03-18 08:00", LOS_ANGELES)
    assert clock_change_warning(interview, BERLIN, datetime(2027, 12, 1, tzinfo=UTC)) == ""


def test_a_time_the_clocks_skip_is_refused_and_one_they_repeat_is_the_first():
    with pytest.raises(EventError, match="go forward"):
        checked_event(_event("2027-03-14 02:30", LOS_ANGELES))
    twice = checked_event(_event("2027-11-07 01:30", LOS_ANGELES))
    assert twice.instant == datetime(2027, 11, 7, 8, 30, tzinfo=UTC)  # still PDT


@pytest.mark.parametrize("zone", ["Mars/Olympus", "UTC+10:00", ""])
def test_a_zone_must_be_a_regions_clock(zone):
    with pytest.raises(EventError, match="IANA"):
        checked_event(_event("2027-03-18 08:00", zone))


def test_starts_and_kinds_as_typed():
    assert parse_start("2026-12-03T08:00") == datetime(2026, 12, 3, 8, 0)
    for wrong in ("3 Dec", "2026-13-03 08:00", "2026-12-03 08:00+01:00"):
        with pytest.raises(EventError):
            parse_start(wrong)
    assert parse_kind("Test task") is EventKind.TEST_TASK
    assert parse_kind("test-task") is EventKind.TEST_TASK
    with pytest.raises(EventError, match="interview, call, test task, deadline"):
        parse_kind("lunch")


def test_each_postings_next_event_is_the_first_not_yet_begun():
    now = datetime(2027, 3, 10, tzinfo=UTC)
    past = _event("2027-03-01 09:00", BERLIN, event_id=1)
    later = _event("2027-03-20 09:00", BERLIN, event_id=2)
    sooner_elsewhere = _event("2027-03-19 20:00", LOS_ANGELES, event_id=3)  # 20 Mar 03:00 UTC
    other = _event("2027-04-01 09:00", SYDNEY, posting_id=2, event_id=4)
    found = next_events([past, later, sooner_elsewhere, other], now)
    assert found == {1: sooner_elsewhere, 2: other}
