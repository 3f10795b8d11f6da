"""A posting's hours in the user's time: the right clock on each date, overlap, bands."""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hours.local_time import (
    WorkingHours,
    WorkingHoursError,
    clock_changes,
    local_window,
    read_hours,
)
from desktop.domain.hours.statements import HoursStatement, find_hours
from desktop.domain.hours.working import HoursKind
from desktop.domain.reading.analysis import analyze_posting

DATA = Path(__file__).parent.parent / "data"
NINE_TO_SIX = WorkingHours()


def _core_window() -> HoursStatement:
    analysis = analyze_posting((DATA / "core_hours_contract.txt").read_text(encoding="utf-8"))
    return analysis.hours[0]


@pytest.mark.parametrize(
    ("day", "zone", "label"),
    [
        (date(2026, 12, 1), "Europe/Berlin", "17:00–08:00 (+1)"),
        (date(2026, 12, 1), "Asia/Kolkata", "21:30–12:30 (+1)"),
        (date(2026, 12, 1), "America/New_York", "11:00–02:00 (+1)"),
        # The US is on summer time from 8 March 2026, Europe only from 29 March.
        (date(2026, 3, 20), "Europe/Berlin", "16:00–07:00 (+1)"),
        (date(2026, 4, 2), "Europe/Berlin", "17:00–08:00 (+1)"),
        (date(2026, 12, 1), "Asia/Manila", "00:00 (+1)–15:00 (+1)"),
        (date(2026, 12, 1), "America/Los_Angeles", "08:00–23:00"),
    ],
)
def test_pacific_core_hours_in_the_users_zone_on_that_date(
    day: date, zone: str, label: str
) -> None:
    assert local_window(_core_window(), day, zone).label == label


def test_a_warning_when_only_one_side_changes_clocks_in_the_next_six_months() -> None:
    notes = clock_changes(_core_window(), date(2026, 12, 1), "Europe/Berlin")
    assert notes == [
        "From Sun 14 Mar 2027 this is 16:00–07:00 (+1) for you "
        "(Los Angeles changes its clocks and Berlin does not).",
        "From Sun 28 Mar 2027 this is 17:00–08:00 (+1) for you "
        "(Berlin changes its clocks and Los Angeles does not).",
    ]
    assert clock_changes(_core_window(), date(2026, 12, 1), "America/New_York") == []


def test_overlap_with_the_users_working_hours() -> None:
    core = _core_window()
    day = date(2026, 12, 1)
    (berlin,) = read_hours([core], day, "Europe/Berlin", NINE_TO_SIX)
    (kolkata,) = read_hours([core], day, "Asia/Kolkata", NINE_TO_SIX)
    (new_york,) = read_hours([core], day, "America/New_York", NINE_TO_SIX)
    assert (berlin.overlap_hours, kolkata.overlap_hours, new_york.overlap_hours) == (1, 3.5, 7)
    late = WorkingHours.parse("14:00-23:00")
    (berlin_late,) = read_hours([core], day, "Europe/Berlin", late)
    assert berlin_late.overlap_hours == 6


def test_overlap_counts_the_users_next_working_day_and_the_postings_days() -> None:
    (window,) = find_hours("Support 9am-5pm ET Monday through Friday.")
    saturday = date(2026, 11, 28)
    (reading,) = read_hours([window], saturday, "America/New_York", NINE_TO_SIX)
    assert reading.overlap_hours == 8  # measured on Monday the 30th
    sunday_to_thursday = WorkingHours.parse("09:00-17:00", "Sun-Thu")
    (reading,) = read_hours([window], saturday, "America/New_York", sunday_to_thursday)
    assert reading.overlap_hours == 0  # Sunday: the posting's window is not on Sundays


@pytest.mark.parametrize(
    ("text", "zone", "met", "hours"),
    [
        ("Must overlap 4+ hours with US Eastern Time.", "America/Chicago", True, 7),
        ("Must overlap 4+ hours with US Eastern Time.", "Europe/Berlin", False, 3),
        ("Must overlap 4+ hours with US Eastern Time.", "Asia/Kolkata", False, 0),
        ("Team hours 12pm-8pm AEST (GMT+10). At least 3 hours overlap.", "Asia/Manila", True, 8),
    ],
)
def test_an_overlap_requirement_is_met_or_not(
    text: str, zone: str, met: bool, hours: float
) -> None:
    overlap = next(s for s in find_hours(text) if s.kind == HoursKind.OVERLAP)
    (reading,) = read_hours([overlap], date(2026, 12, 1), zone, NINE_TO_SIX)
    assert (reading.met, reading.overlap_hours) == (met, hours)


@pytest.mark.parametrize(
    ("text", "zone", "inside"),
    [
        ("Be within +/-3 hours of CET.", "Europe/Lisbon", True),
        ("Be within +/-3 hours of CET.", "America/New_York", False),
        ("We hire around UTC-8 to UTC+1.", "America/Chicago", True),
        ("We hire around UTC-8 to UTC+1.", "Asia/Kolkata", False),
    ],
)
def test_a_band_says_whether_the_users_zone_is_inside(text: str, zone: str, inside: bool) -> None:
    (reading,) = read_hours(find_hours(text), date(2026, 12, 1), zone, NINE_TO_SIX)
    assert reading.met is inside
    assert ("inside" if inside else "outside") in reading.notes[-1]


def test_est_written_in_summer_is_read_as_new_york_time_with_a_note() -> None:
    (window,) = find_hours("Be available 10:00AM - 3:00PM EST (core hours).")
    (reading,) = read_hours([window], date(2026, 7, 1), "Europe/London", NINE_TO_SIX)
    assert reading.local is not None and reading.local.label == "15:00–20:00"
    assert any("EST is read as America/New_York" in note for note in reading.notes)
    (winter,) = read_hours([window], date(2026, 12, 1), "Europe/London", NINE_TO_SIX)
    assert not any("EST is read" in note for note in winter.notes)


def test_a_fixed_offset_ignores_summer_time() -> None:
    (window,) = find_hours("Core hours 12pm-8pm AEST (GMT+10).")
    for day in (date(2026, 1, 15), date(2026, 7, 15)):
        local = local_window(window, day, "UTC")
        assert local.label == "02:00–10:00"


def test_hours_without_a_zone_are_not_converted() -> None:
    (window,) = find_hours("Shifts run 10:00 to 19:00.")
    (reading,) = read_hours([window], date(2026, 12, 1), "Europe/Berlin", NINE_TO_SIX)
    assert reading.local is None and reading.overlap_hours is None


@pytest.mark.parametrize("bad", ["9 to 5", "25:00-26:00", "09:00-09:00", ""])
def test_unreadable_working_hours_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(WorkingHoursError, match="orking hours"):
        WorkingHours.parse(bad)


def test_working_days_in_several_forms() -> None:
    assert WorkingHours.parse("08:00-16:00", "Sun-Thu").days_text == "Sun-Thu"
    assert WorkingHours.parse("08:00-16:00", "mon, wed, fri").days_text == "Mon,Wed,Fri"
    with pytest.raises(WorkingHoursError):
        WorkingHours.parse("08:00-16:00", "weekdays")


# Both hemispheres: zones whose summer time starts and ends on different dates, and some without.
_ZONES = st.sampled_from(
    [
        "America/Los_Angeles",
        "America/New_York",
        "America/Phoenix",
        "Europe/London",
        "Europe/Berlin",
        "Asia/Kolkata",
        "Australia/Sydney",
        "Australia/Brisbane",
        "Pacific/Auckland",
        "America/Santiago",
        "America/Sao_Paulo",
        "Africa/Lagos",
    ]
)
# Days around the spring and autumn changes in both hemispheres.
_DAYS = st.one_of(
    st.dates(date(2025, 3, 1), date(2025, 4, 15)),
    st.dates(date(2026, 9, 15), date(2026, 11, 15)),
    st.dates(date(2024, 1, 1), date(2030, 12, 31)),
)
_CLOCK = st.integers(0, 47).map(lambda half_hours: time(half_hours // 2, half_hours % 2 * 30))


def _window(zone: str, begins: time, ends: time) -> HoursStatement:
    return HoursStatement(HoursKind.WINDOW, "", 0, 0, zone, begins=begins, ends=ends)


@settings(max_examples=300, deadline=None)
@given(posting=_ZONES, user=_ZONES, day=_DAYS, begins=_CLOCK, ends=_CLOCK)
def test_conversion_matches_the_standard_library_across_clock_changes(
    posting: str, user: str, day: date, begins: time, ends: time
) -> None:
    if begins == ends:
        return
    local = local_window(_window(posting, begins, ends), day, user)
    there = ZoneInfo(posting)
    start = datetime.combine(day, begins, there)
    end_day = day if ends > begins else day + timedelta(days=1)
    end = datetime.combine(end_day, ends, there)
    expected_start = start.astimezone(ZoneInfo(user))
    expected_end = end.astimezone(ZoneInfo(user))
    assert local.start.replace(tzinfo=None) == expected_start.replace(tzinfo=None)
    assert local.end.replace(tzinfo=None) == expected_end.replace(tzinfo=None)
    assert local.shift(local.start) == (expected_start.date() - day).days


@settings(max_examples=150, deadline=None)
@given(posting=_ZONES, user=_ZONES, day=_DAYS, begins=_CLOCK, ends=_CLOCK)
def test_overlap_never_exceeds_either_side(
    posting: str, user: str, day: date, begins: time, ends: time
) -> None:
    if begins == ends:
        return
    window = _window(posting, begins, ends)
    (reading,) = read_hours([window], day, user, NINE_TO_SIX)
    assert reading.overlap_hours is not None
    # Summer-time nights are an hour shorter or longer than the clock says.
    window_hours = ((ends.hour * 60 + ends.minute) - (begins.hour * 60 + begins.minute)) % 1440 / 60
    assert 0 <= reading.overlap_hours <= min(9, window_hours + 1)


@settings(max_examples=60, deadline=None)
@given(posting=_ZONES, user=_ZONES, day=st.dates(date(2024, 1, 1), date(2030, 6, 30)))
def test_a_clock_change_warning_exactly_when_the_zones_drift_apart(
    posting: str, user: str, day: date
) -> None:
    window = _window(posting, time(9), time(17))
    notes = clock_changes(window, day, user)

    def gap(on: date) -> timedelta:
        start = datetime.combine(on, time(9), ZoneInfo(posting))
        user_offset = start.astimezone(ZoneInfo(user)).utcoffset() or timedelta(0)
        return user_offset - (start.utcoffset() or timedelta(0))

    drifts = any(gap(day + timedelta(days=i)) != gap(day) for i in range(1, 183))
    assert bool(notes) == drifts
