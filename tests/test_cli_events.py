"""`gigdesk event`: a posting's interviews and calls in the zone they were given in, and the
CSV's next event."""

import csv
import io
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import DATA


@pytest.fixture
def data_dir(tmp_path, capsys):
    """A tracker holding one posting, #1, kept by a user who chose Tokyo's time (no DST)."""
    from desktop.domain.hours.local_time import WorkingHours
    from desktop.services import Tracker
    from desktop.store import Store

    folder = str(tmp_path / "data")
    assert main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", folder]) == 0
    tracker = Tracker(Store.open(Path(folder) / "gigdesk.db"))
    tracker.save_my_hours("Asia/Tokyo", WorkingHours.parse("09:00-18:00"))
    tracker.close()
    capsys.readouterr()
    return folder


def _error(capsys):
    err = capsys.readouterr().err
    assert err.startswith("gigdesk: ") and err.count("\n") == 1
    return err


def test_an_interview_given_in_los_angeles_time_lists_in_both_zones(capsys, data_dir):
    argv = ["event", "add", "1", "2030-12-03 08:00", "--zone", "America/Los_Angeles"]
    assert (
        main([*argv, "--minutes", "45", "--note", "ask about the team", "--data-dir", data_dir])
        == 0
    )
    assert capsys.readouterr().out == "1\n"
    assert main(["event", "list", "1", "--data-dir", data_dir]) == 0
    line = capsys.readouterr().out.splitlines()[0].split("\t")
    assert line == [
        "1",
        "1",
        "interview",
        "Wed 4 Dec 01:00 your time · Tue 3 Dec 08:00 Los Angeles",
        "45 min",
        "ask about the team",
    ]


def test_the_zone_defaults_to_the_users_and_the_kind_may_be_typed_as_words(capsys, data_dir):
    argv = ["event", "add", "1", "2030-12-05 10:00", "--kind", "test task"]
    assert main([*argv, "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main(["event", "list", "--data-dir", data_dir]) == 0
    line = capsys.readouterr().out.splitlines()[0].split("\t")
    assert line[2:4] == ["test task", "Thu 5 Dec 10:00 your time"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["1", "next Tuesday"], "is not a date and time"),
        (["1", "2030-12-03 08:00", "--kind", "lunch"], "is not a kind of event"),
        (["1", "2030-03-10 02:30", "--zone", "America/Los_Angeles"], "does not exist"),
        (["7", "2030-12-03 08:00"], "There is no posting #7"),
    ],
)
def test_a_wrong_event_is_refused_in_one_line(capsys, data_dir, argv, message):
    assert main(["event", "add", *argv, "--data-dir", data_dir]) == 1
    assert message in _error(capsys)


def test_an_unknown_zone_is_a_usage_error(capsys, data_dir):
    with pytest.raises(SystemExit) as stopped:
        main(
            [
                "event",
                "add",
                "1",
                "2030-12-03 08:00",
                "--zone",
                "Mars/Olympus",
                "--data-dir",
                data_dir,
            ]
        )
    assert stopped.value.code == 2
    assert "not a time zone name" in capsys.readouterr().err


def test_an_event_can_be_deleted(capsys, data_dir):
    main(["event", "add", "1", "2030-12-03 08:00", "--data-dir", data_dir])
    assert main(["event", "delete", "1", "--data-dir", data_dir]) == 0
    assert main(["event", "delete", "1", "--data-dir", data_dir]) == 1
    assert "there is no event #1" in _error(capsys)


def test_the_csv_gives_the_next_event_in_the_users_zone(tmp_path, data_dir):
    for start, kind in (("2030-12-10 09:00", "deadline"), ("2030-12-03 08:00", "interview")):
        argv = ["event", "add", "1", start, "--zone", "America/Los_Angeles", "--kind", kind]
        assert main([*argv, "--data-dir", data_dir]) == 0
    main(["event", "add", "1", "2020-01-06 09:00", "--kind", "call", "--data-dir", data_dir])
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert (row["next_event"], row["next_event_kind"]) == ("2030-12-04T01:00:00+09:00", "interview")


def test_export_ics_writes_the_events_for_a_calendar(capsys, tmp_path, data_dir):
    import icalendar

    argv = ["event", "add", "1", "2030-12-03 08:00", "--zone", "America/Los_Angeles"]
    assert main([*argv, "--data-dir", data_dir]) == 0
    out = tmp_path / "gigdesk.ics"
    assert main(["export", "--ics", str(out), "--data-dir", data_dir]) == 0
    assert "exported 1 calendar item to" in capsys.readouterr().err
    (item,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert item["dtstart"].params["TZID"] == "America/Los_Angeles"
    assert str(item["uid"]) == "event-1@gigdesk"


def test_export_wants_one_file_kind(capsys, tmp_path, data_dir):
    with pytest.raises(SystemExit):
        main(["export", "--data-dir", data_dir])
    with pytest.raises(SystemExit):
        main(["export", "--csv", str(tmp_path / "a"), "--ics", str(tmp_path / "b")])
