"""The calendar file, parsed back by the icalendar library: the same instants in the same
zones, the same UIDs on every export, follow-up dates as all-day items."""

from datetime import date, datetime, timedelta

import icalendar
import pytest

from desktop.domain.clock import UserTime
from desktop.domain.tracking.events import EventKind
from desktop.domain.tracking.tracker import Outcome, PostingDetails
from desktop.services import Tracker


@pytest.fixture
def tracker(store, clock):
    return Tracker(store, UserTime(clock, "Europe/Berlin"))


def _posting(tracker, title, company="Acme", url=None, follow_up=None):
    details = PostingDetails(title=title, company=company, url=url, follow_up=follow_up)
    posting = tracker.add(f"{title}\n{company}\n\nRemote contract.", details)
    return tracker.save_details(posting.id, details)


def _items(path):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, {str(item["uid"]): item for item in calendar.walk("VEVENT")}


def test_events_come_back_at_the_same_instants_in_their_own_zones(tracker, tmp_path):
    posting = _posting(tracker, "Platform engineer", url="https://jobs.example/42")
    kept = [
        # Los Angeles on summer time, Berlin not yet: the gap is 8 h, not 9.
        tracker.add_event(
            posting.id,
            EventKind.INTERVIEW,
            datetime(2027, 3, 18, 8, 0),
            zone="America/Los_Angeles",
            minutes=45,
            note="Panel; bring the demo, slides",
        ),
        tracker.add_event(
            posting.id, EventKind.CALL, datetime(2027, 4, 6, 9, 0), zone="Australia/Sydney"
        ),
        tracker.add_event(posting.id, EventKind.DEADLINE, datetime(2027, 5, 1, 12, 0), zone="UTC"),
    ]
    path = tmp_path / "gigdesk.ics"
    assert tracker.export_calendar(path) == 3
    calendar, items = _items(path)
    for event in kept:
        item = items[f"event-{event.id}@gigdesk"]
        start = item.decoded("dtstart")
        assert start == event.instant
        assert start.replace(tzinfo=None) == event.start  # the clock time it was given in
        if event.zone == "UTC":
            assert start.utcoffset() == timedelta(0) and "TZID" not in item["dtstart"].params
        else:
            assert item["dtstart"].params["TZID"] == event.zone
    zones = {str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones == {"America/Los_Angeles", "Australia/Sydney"}
    interview = items[f"event-{kept[0].id}@gigdesk"]
    assert interview.decoded("duration") == timedelta(minutes=45)
    assert str(interview["summary"]) == "Interview: Platform engineer at Acme"
    assert str(interview["description"]) == (
        "Panel; bring the demo, slides\n\nhttps://jobs.example/42"
    )


def test_exporting_again_keeps_every_uid(tracker, tmp_path):
    posting = _posting(tracker, "Data engineer", follow_up=date(2027, 2, 1))
    tracker.add_event(posting.id, EventKind.CALL, datetime(2027, 2, 3, 10, 0))
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    tracker.export_calendar(first)
    other = _posting(tracker, "Analyst", company="Globex")
    tracker.add_event(other.id, EventKind.TEST_TASK, datetime(2027, 2, 5, 18, 0))
    tracker.export_calendar(second)
    before, after = set(_items(first)[1]), set(_items(second)[1])
    assert before == {"event-1@gigdesk", f"follow-up-{posting.id}@gigdesk"}
    assert before < after and len(after) == 3


def test_an_open_postings_follow_up_is_an_all_day_item_and_a_closed_ones_is_not(tracker, tmp_path):
    open_one = _posting(tracker, "Backend developer", follow_up=date(2027, 2, 1))
    closed = _posting(tracker, "Frontend developer", company="Initech", follow_up=date(2027, 2, 2))
    tracker.set_outcome(closed.id, Outcome.REJECTED)
    path = tmp_path / "gigdesk.ics"
    assert tracker.export_calendar(path) == 1
    item = _items(path)[1][f"follow-up-{open_one.id}@gigdesk"]
    assert item.decoded("dtstart") == date(2027, 2, 1)
    assert not isinstance(item.decoded("dtstart"), datetime)
    assert item.decoded("dtend") == date(2027, 2, 2)
    assert str(item["summary"]) == "Follow up: Backend developer at Acme"


def test_a_failed_export_leaves_the_last_file_whole(tracker, tmp_path, monkeypatch):
    posting = _posting(tracker, "Data engineer", follow_up=date(2027, 2, 1))
    path = tmp_path / "gigdesk.ics"
    tracker.export_calendar(path)
    good = path.read_bytes()
    tracker.add_event(posting.id, EventKind.CALL, datetime(2027, 2, 3, 10, 0))

    def broken(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(icalendar.Calendar, "to_ical", broken)
    with pytest.raises(OSError):
        tracker.export_calendar(path)
    assert path.read_bytes() == good
    assert not list(tmp_path.glob(".gigdesk.ics.*"))
