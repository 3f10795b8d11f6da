"""Seven daily backups and four weekly ones, whatever days the app was started on."""

from datetime import date, timedelta

from desktop.domain.backups import days_to_keep


def test_a_backup_every_day_for_ten_weeks_leaves_seven_days_and_four_weeks():
    start = date(2026, 9, 1)
    kept: set[date] = set()
    for offset in range(70):
        today = start + timedelta(days=offset)
        kept = days_to_keep(kept | {today}, today)
    today = start + timedelta(days=69)
    daily = {today - timedelta(days=n) for n in range(7)}
    assert daily <= kept
    weekly = kept - daily
    assert len(weekly) == 4
    mondays = {day - timedelta(days=day.weekday()) for day in weekly}
    assert len(mondays) == 4 and max(weekly) < min(daily)


def test_starts_on_scattered_days_keep_the_oldest_of_each_week():
    today = date(2026, 11, 28)
    days = [date(2026, 11, 2), date(2026, 11, 4), date(2026, 11, 10), date(2026, 10, 1), today]
    assert days_to_keep(days, today) == {
        today,
        date(2026, 11, 2),  # the week of 2 Nov: its oldest
        date(2026, 11, 10),
    }
