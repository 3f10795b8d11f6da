"""One clock for the user: today and midnight in their zone, DST included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.clock import UserTime, converter_to, system_zone_name, zone_named


def _at(moment: datetime, zone: str, chosen: str | None = None) -> UserTime:
    return UserTime(lambda: moment, zone, chosen)


def test_today_is_the_day_in_the_users_zone_not_in_utc():
    late_utc = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)
    assert _at(late_utc, "UTC").today() == date(2026, 11, 28)
    assert _at(late_utc, "Europe/Berlin").today() == date(2026, 11, 29)
    assert _at(late_utc, "America/Los_Angeles").today() == date(2026, 11, 28)


def test_a_chosen_zone_wins_over_the_systems_until_given_back():
    time = _at(datetime(2026, 11, 28, 23, 30, tzinfo=UTC), "America/Los_Angeles", "Asia/Tokyo")
    assert (time.zone_name, time.today()) == ("Asia/Tokyo", date(2026, 11, 29))
    assert time.local(time.now()).utcoffset() == timedelta(hours=9)
    time.choose(None)
    assert (time.zone_name, time.today()) == ("America/Los_Angeles", date(2026, 11, 28))


def test_midnight_is_counted_in_real_time_across_a_clock_change():
    """Berlin's clocks go back on 25 Oct 2026, so that day lasts 25 hours."""
    before_change = datetime(2026, 10, 24, 21, 0, tzinfo=UTC)  # 23:00 in Berlin (UTC+2)
    assert _at(before_change, "Europe/Berlin").until_tomorrow() == timedelta(hours=1, seconds=5)
    on_change_day = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)  # 00:00 on the 25th
    # The 25th has 25 hours in Berlin: midnight after it is 25 h away, not 24.
    assert _at(on_change_day, "Europe/Berlin").until_tomorrow() == timedelta(hours=25, seconds=5)


def test_the_system_zone_is_read_by_its_iana_name(monkeypatch):
    import tzlocal

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    tzlocal.reload_localzone()  # tzlocal keeps the first answer
    try:
        assert system_zone_name() == "Asia/Kolkata"
    finally:
        monkeypatch.undo()
        tzlocal.reload_localzone()


def test_a_system_zone_that_cannot_be_told_is_utc(monkeypatch):
    import tzlocal

    def unknown() -> str:
        raise LookupError("no zone configured")

    monkeypatch.setattr(tzlocal, "get_localzone_name", unknown)
    assert system_zone_name() == "UTC"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Mars/Olympus_Mons")
    assert system_zone_name() == "UTC"


@pytest.mark.parametrize(
    "zone_name",
    ["Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"],
)
def test_the_fast_converter_agrees_with_astimezone_through_a_years_clock_changes(zone_name):
    """Every 13 minutes through 2026, so each clock change is crossed: Lord Howe moves by
    half an hour at half past a UTC hour, Kathmandu sits a quarter past."""
    zone, start = zone_named(zone_name), datetime(2026, 1, 1, tzinfo=UTC)
    convert = converter_to(zone)
    for step in range(0, 366 * 24 * 60, 13):
        moment = start + timedelta(minutes=step, seconds=step % 60)
        assert convert(moment).isoformat() == moment.astimezone(zone).isoformat()
