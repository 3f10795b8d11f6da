"""The command line, driven through main(argv) as a user would type it."""

import csv
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.cli import EXIT_DUPLICATE, main
from desktop.domain.tracking.intake import MAX_POSTING_BYTES
from desktop.paths import DATA_DIR_ENV
from tests.conftest import DATA


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _one_line_error(capsys):
    err = capsys.readouterr().err
    assert err.startswith("gigdesk: ") and err.count("\n") == 1
    return err


def test_add_from_file_prints_the_new_id_and_list_shows_it(capsys, data_dir):
    assert main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "1\n"
    assert main(["--data-dir", data_dir, "list"]) == 0
    row = capsys.readouterr().out.strip().split("\t")
    assert row[0] == "1" and row[1] == "Saved"
    assert row[3:] == ["Senior Data Engineer", "Northwind Analytics"]


def test_list_names_an_untitled_posting_by_its_first_line_as_the_window_does(
    capsys, monkeypatch, data_dir
):
    _stdin(monkeypatch, b"**Hey all** -- anyone free to proofread 40 pages this week?\nDM me\n")
    assert main(["add", "-", "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main(["list", "--data-dir", data_dir]) == 0
    row = capsys.readouterr().out.rstrip("\n").split("\t")
    assert row[3].startswith("(untitled) Hey all -- anyone free to proofread")


def test_add_from_stdin(capsys, monkeypatch, data_dir):
    _stdin(monkeypatch, b"Lumen | Firmware Engineer | Remote\n")
    assert main(["add", "-", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "1\n"


def test_the_data_dir_can_come_from_the_environment(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env-data"))
    assert main(["add", str(DATA / "hn_comment.txt")]) == 0
    assert (tmp_path / "env-data" / "gigdesk.db").is_file()


def test_a_duplicate_is_reported_not_stored(capsys, data_dir):
    path = str(DATA / "hn_comment.txt")
    main(["add", path, "--data-dir", data_dir])
    capsys.readouterr()
    assert main(["add", path, "--data-dir", data_dir]) == EXIT_DUPLICATE
    assert "already tracked as #1" in _one_line_error(capsys)
    assert main(["add", path, "--allow-duplicate", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "2\n"


def test_stage_aliases_move_the_posting_and_export_has_the_history(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", data_dir])
    assert main(["stage", "1", "Proposal sent", "--data-dir", data_dir]) == 0
    assert main(["stage", "1", "ghosted", "--data-dir", data_dir]) == 0
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [(r["stage"], r["outcome"]) for r in rows] == [("applied", "no_response")]
    assert [step.split("@")[0] for step in rows[0]["stage_history"].split(";")] == [
        "saved",
        "applied",
        "no_response",
    ]


def test_analyze_prints_json_and_stores_nothing(capsys, data_dir, tmp_path):
    assert main(["analyze", str(DATA / "careers_page.md"), "--json", "--data-dir", data_dir]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["title"] == "Product Designer"
    assert result["company"] == "Kestrel Health"
    assert not (tmp_path / "data" / "gigdesk.db").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "/no/such/posting.txt"], "no such file"),
        (["stage", "7", "applied"], "no posting #7"),
        (["stage", "1", "someday"], "unknown stage"),
        (["export", "--csv", "/no/such/folder/out.csv"], "no such folder"),
    ],
)
def test_failures_are_one_line_on_stderr_with_a_nonzero_exit(capsys, data_dir, argv, message):
    assert main([*argv, "--data-dir", data_dir]) != 0
    assert message in _one_line_error(capsys)


def test_empty_file_is_refused(capsys, tmp_path, data_dir):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n")
    assert main(["add", str(empty), "--data-dir", data_dir]) == 1
    assert "empty" in _one_line_error(capsys)


def test_broken_encoding_is_kept_and_the_user_told(capsys, tmp_path, data_dir):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"Backend Engineer\x00\nPay: \x80\x81 negotiable\n" + b"Remote. " * 20)
    assert main(["add", str(broken), "--data-dir", data_dir]) == 0
    captured = capsys.readouterr()
    assert captured.out == "1\n"
    assert "NUL" in captured.err


def test_corrupt_database_names_the_file(capsys, tmp_path, data_dir):
    db = tmp_path / "data" / "gigdesk.db"
    db.parent.mkdir()
    db.write_bytes(b"\x00garbage" * 500)
    assert main(["list", "--data-dir", data_dir]) == 1
    assert str(db) in _one_line_error(capsys)


def test_analyze_json_has_fields_sections_and_requirements_with_spans(capsys, data_dir):
    path = DATA / "platform_contract.txt"
    assert main(["analyze", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")
    assert result["engagement"] == "contract"
    assert result["hours_per_week"] == {"min": 35, "max": 35}
    assert result["pay"] is None
    assert len(result["must_haves"]) == 8
    for item in result["must_haves"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert {"kind", "heading", "start", "end"} <= set(result["sections"][0])
    assert [b["kind"] for b in result["boilerplate"]] == ["legal", "job_board"]


def test_analyze_json_has_an_upwork_jobs_level_activity_and_client_box(capsys):
    assert main(["analyze", str(DATA / "upwork_job_page.txt"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["layout"] == "upwork_job_page"
    assert (result["level"], result["project_type"], result["connects"]) == (
        "Expert",
        "One-time project",
        16,
    )
    assert result["activity"]["proposals"] == "10 to 15"
    assert result["client"]["payment_method"] == "verified"
    assert result["client"]["member_since"] == "Mar 3, 2019"
    listing = DATA / "upwork_listing_hourly.txt"
    assert main(["analyze", str(listing), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["duration"] == "3 to 6 months, Less than 30 hrs/week"
    assert {item["origin"] for item in result["must_haves"]} == {"tags"}
    assert result["tags"] == ["QuickBooks Online", "Bookkeeping", "Bank Reconciliation"]
    assert "client" not in result


def test_an_html_file_is_read_with_its_headings_and_lists(capsys, tmp_path):
    page = tmp_path / "posting.html"
    page.write_text(
        "<h1>Data Analyst</h1><p>Company: Fjord Maps</p><h2>Requirements</h2>"
        "<ul><li>3+ years of SQL</li><li>Looker</li></ul>",
        encoding="utf-8",
    )
    assert main(["analyze", str(page), "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert (result["title"], result["company"]) == ("Data Analyst", "Fjord Maps")
    assert [item["text"] for item in result["must_haves"]] == ["3+ years of SQL", "Looker"]
    assert "read as HTML" in captured.err


def test_analyze_with_a_profile_checks_each_must_have(capsys, tmp_path):
    profile = tmp_path / "skills.txt"
    profile.write_text("# mine\nKotlin: 7\nSQLite\nRealm\nJUnit 5\nGraphQL\n", encoding="utf-8")
    path = DATA / "platform_contract.txt"
    assert main(["analyze", str(path), "--json", "--profile", str(profile)]) == 0
    result = json.loads(capsys.readouterr().out)
    first = result["must_haves"][0]
    assert (first["rule"], first["status"], first["matched"]) == ("years", "met", ["Kotlin"])
    assert first["skills"] == ["Swift", "Kotlin"]
    assert result["coverage"] == {"met": 4, "total": 8}


def test_profile_import_and_export_round_trip(capsys, tmp_path, data_dir):
    source = tmp_path / "in.txt"
    source.write_text("Postgres: 4\nk8s\n", encoding="utf-8")
    assert main(["profile", "import", str(source), "--data-dir", data_dir]) == 0
    out = tmp_path / "out.txt"
    assert main(["profile", "export", str(out), "--data-dir", data_dir]) == 0
    lines = [line for line in out.read_text().splitlines() if not line.startswith("#")]
    assert lines == ["Kubernetes", "PostgreSQL: 4"]


def test_profile_export_to_a_dash_writes_standard_output(capsys, tmp_path, data_dir, monkeypatch):
    """`gigdesk profile export -` wrote a file named "-"; "-" is standard output, as
    `gigdesk add -` reads standard input."""
    source = tmp_path / "in.txt"
    source.write_text("Postgres: 4\nk8s\n", encoding="utf-8")
    assert main(["profile", "import", str(source), "--data-dir", data_dir]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main(["profile", "export", "-", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if not line.startswith("#")] == [
        "Kubernetes",
        "PostgreSQL: 4",
    ]
    assert not (tmp_path / "-").exists()


def _exported_profile(tmp_path, data_dir) -> list[str]:
    out = tmp_path / "out.txt"
    assert main(["profile", "export", str(out), "--data-dir", data_dir]) == 0
    return [line for line in out.read_text().splitlines() if not line.startswith("#")]


def test_profile_import_says_it_replaced_the_profile_and_names_unknown_skills(
    capsys, tmp_path, data_dir
):
    """It replaced a profile of fifteen skills with a file's three, and kept a name matching
    no skill, without a word (a new user's trial)."""
    mine = tmp_path / "mine.txt"
    mine.write_text("Python: 5\nGo\nSQL\nDocker\n", encoding="utf-8")
    assert main(["profile", "import", str(mine), "--data-dir", data_dir]) == 0
    assert capsys.readouterr().err == "replaced the profile: 0 skills → 4 skills\n"
    other = tmp_path / "other.txt"
    other.write_text("Postgres: 4\nNotASkillXyz\nQuokka wrangling\n", encoding="utf-8")
    assert main(["profile", "import", str(other), "--data-dir", data_dir]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "replaced the profile: 4 skills → 3 skills",
        "not a known skill, kept as written: NotASkillXyz, Quokka wrangling",
    ]
    assert _exported_profile(tmp_path, data_dir) == [
        "NotASkillXyz",
        "PostgreSQL: 4",
        "Quokka wrangling",
    ]


def test_profile_import_with_merge_adds_and_updates_and_keeps_the_rest(capsys, tmp_path, data_dir):
    mine = tmp_path / "mine.txt"
    mine.write_text("Python: 5\nGo\nKotlin: 2\n", encoding="utf-8")
    main(["profile", "import", str(mine), "--data-dir", data_dir])
    capsys.readouterr()
    more = tmp_path / "more.txt"
    more.write_text("Postgres: 4\nPython: 7\nGo\nNotASkillXyz\n", encoding="utf-8")
    assert main(["profile", "import", str(more), "--merge", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "merged into the profile, 2 added and 1 updated: 3 skills → 5 skills",
        "not a known skill, kept as written: NotASkillXyz",
    ]
    assert _exported_profile(tmp_path, data_dir) == [
        "Go",
        "Kotlin: 2",
        "NotASkillXyz",
        "PostgreSQL: 4",
        "Python: 7",
    ]


def test_merge_goes_with_import_only(capsys, tmp_path, data_dir):
    out = tmp_path / "out.txt"
    assert main(["profile", "export", str(out), "--merge", "--data-dir", data_dir]) == 1
    assert "--merge goes with import" in _one_line_error(capsys)
    assert not out.exists()


def test_profile_help_says_import_replaces_and_merge_adds(capsys):
    with pytest.raises(SystemExit):
        main(["profile", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "import FILE replaces your skills profile" in shown
    assert "--merge import only: add the file's skills" in shown


def test_a_profile_with_an_unreadable_line_is_refused_whole(capsys, tmp_path, data_dir):
    source = tmp_path / "in.txt"
    source.write_text("Python: 5\nGo: ages\n", encoding="utf-8")
    assert main(["profile", "import", str(source), "--data-dir", data_dir]) == 1
    assert "line 2" in _one_line_error(capsys)
    out = tmp_path / "out.txt"
    main(["profile", "export", str(out), "--data-dir", data_dir])
    assert "Python" not in out.read_text()


def test_export_has_fit_columns_against_the_stored_profile(capsys, tmp_path, data_dir):
    profile = tmp_path / "skills.txt"
    profile.write_text("Kotlin: 7\nGraphQL\n", encoding="utf-8")
    main(["profile", "import", str(profile), "--data-dir", data_dir])
    main(["add", str(DATA / "platform_contract.txt"), "--data-dir", data_dir])
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert (row["must_have_total"], row["must_have_met"]) == ("8", "2")
    assert row["missing_skills"].split(";") == [
        "Unit testing",
        "SQLite",
        "Realm",
        "AWS Amplify",
        "Offline-first",
    ]


def test_export_has_what_a_job_site_said_of_the_posting(tmp_path, data_dir):
    main(["add", str(DATA / "upwork_job_page.txt"), "--data-dir", data_dir])
    main(["add", str(DATA / "platform_contract.txt"), "--data-dir", data_dir])
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    upwork, other = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    assert upwork["source"] == "Upwork"
    assert (upwork["level"], upwork["connects"], upwork["proposals"]) == (
        "Expert",
        "16",
        "10 to 15",
    )
    client = ("client_payment_verified", "client_rating", "client_total_spent", "client_hires")
    assert tuple(upwork[column] for column in client) == ("yes", "4.8", "8400", "14")
    assert upwork["client_member_since"] == "Mar 3, 2019"
    # No proposal yet, but the client box already judges the client.
    assert (upwork["proposal_sent"], upwork["client_quality"]) == ("", "good")
    assert other["level"] == other["client_payment_verified"] == other["client_quality"] == ""


def test_analyze_reports_red_flags_for_a_message_and_a_posting(capsys, tmp_path):
    message = tmp_path / "message.txt"
    message.write_text(
        "Hello! Your resume was recommended by several online recruitment agencies. Earn $200 "
        "to $600 a day. Contact me on Telegram to start.",
        encoding="utf-8",
    )
    assert main(["analyze", str(message), "--json", "--kind", "message"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["risk"] == "high"
    ids = [flag["id"] for flag in result["red_flags"]]
    assert {"F5", "F6", "F12"} <= set(ids)
    telegram = next(f for f in result["red_flags"] if f["id"] == "F5")
    text = message.read_text(encoding="utf-8")
    assert text[telegram["start"] : telegram["end"]] == telegram["excerpt"] == "Telegram"
    assert main(["analyze", str(DATA / "platform_contract.txt"), "--json"]) == 0
    posting = json.loads(capsys.readouterr().out)
    assert (posting["risk"], posting["red_flags"]) == ("none", [])


def test_analyze_converts_core_hours_for_a_zone_and_date(capsys):
    path = DATA / "core_hours_contract.txt"
    argv = ["analyze", str(path), "--json", "--tz", "Asia/Kolkata", "--date", "2026-12-01"]
    assert main(argv) == 0
    (window,) = json.loads(capsys.readouterr().out)["hours"]
    assert (window["kind"], window["start"], window["end"]) == ("window", "08:00", "23:00")
    assert window["zone"] == "America/Los_Angeles"
    assert window["local"] == {
        "zone": "Asia/Kolkata",
        "start": "2026-12-01T21:30:00+05:30",
        "end": "2026-12-02T12:30:00+05:30",
        "label": "21:30–12:30 (+1)",
    }
    assert window["overlap_hours"] == 3.5
    assert any("cannot extend it" in note for note in window["notes"])


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--tz", "Mars/Olympus", "not a time zone name"),
        ("--date", "2026-13-01", "invalid fromisoformat value"),
    ],
)
def test_analyze_refuses_a_bad_zone_or_date(capsys, option, value, message):
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", str(DATA / "core_hours_contract.txt"), "--json", option, value])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_analyze_refuses_unreadable_working_hours(capsys):
    path = str(DATA / "core_hours_contract.txt")
    assert main(["analyze", path, "--json", "--work-hours", "nine to five"]) == 1
    assert "should look like 09:00-18:00" in capsys.readouterr().err


def test_export_gives_hours_in_the_zone_set_in_the_app(tmp_path, data_dir):
    from desktop.domain.hours.local_time import WorkingHours
    from desktop.services import Tracker
    from desktop.store import Store

    main(["add", str(DATA / "core_hours_contract.txt"), "--data-dir", data_dir])
    tracker = Tracker(Store.open(Path(data_dir) / "gigdesk.db"))
    tracker.save_my_hours("Asia/Tokyo", WorkingHours.parse("08:00-17:00"))
    tracker.close()
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert row["added"].endswith("+09:00") and row["last_change"].endswith("+09:00")
    assert row["hours_zone"] == "America/Los_Angeles"
    # 08:00 Pacific is 00:00 or 01:00 the next day in Tokyo, by the season of the export.
    assert row["hours_local"] in (
        "01:00 (+1)–16:00 (+1) Asia/Tokyo",
        "00:00 (+1)–15:00 (+1) Asia/Tokyo",
    )
    assert row["overlap_hours"] in ("8", "7")


def _device(path):
    if not Path(path).exists():
        pytest.skip(f"no {path} here")
    return path


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("argv", [["add"], ["analyze", "--json"]])
def test_an_endless_device_is_refused_at_once(capsys, data_dir, argv, device):
    started = time.monotonic()
    assert main([*argv, _device(device), "--data-dir", data_dir]) == 1
    assert time.monotonic() - started < 5
    assert f"{device} is larger than a posting can be (2 MB)" in _one_line_error(capsys)


def test_too_much_on_stdin_is_refused_by_size(capsys, monkeypatch, data_dir):
    _stdin(monkeypatch, b"Remote. " * (MAX_POSTING_BYTES // 4 + 1))
    assert main(["add", "-", "--data-dir", data_dir]) == 1
    assert "the input is larger than a posting can be (2 MB)" in _one_line_error(capsys)


def test_an_endless_stdin_is_refused_at_once(capsys, monkeypatch, data_dir):
    with open(_device("/dev/zero"), "rb") as zero:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
        started = time.monotonic()
        assert main(["add", "-", "--data-dir", data_dir]) == 1
        assert time.monotonic() - started < 5
    assert "the input is larger than a posting can be (2 MB)" in _one_line_error(capsys)


def test_a_folder_is_named_as_one(capsys, tmp_path, data_dir):
    assert main(["add", str(tmp_path), "--data-dir", data_dir]) == 1
    assert f"{tmp_path} is a folder, not a file" in _one_line_error(capsys)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(capsys, tmp_path, data_dir):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert main(["add", str(path), "--data-dir", data_dir]) == 1
    assert f"cannot read {path}: " in _one_line_error(capsys)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_posting_can_come_through_a_fifo(capsys, tmp_path):
    fifo = tmp_path / "posting"
    os.mkfifo(fifo)
    posting = (DATA / "platform_contract.txt").read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(posting,), daemon=True)
    writer.start()
    assert main(["analyze", str(fifo), "--json"]) == 0
    writer.join(timeout=5)
    assert json.loads(capsys.readouterr().out)["engagement"] == "contract"


def _tracker_with_one_posting(folder: Path) -> None:
    assert main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", str(folder)]) == 0


@pytest.mark.parametrize(
    ("damaged_part", "commands"),
    [
        # What list and export read: every command names the damage.
        ("posting_row", (["list"], ["export", "--csv", "out.csv"], ["add", "posting.txt"])),
        # Only the texts: the read commands read none of them, and the first write checks.
        ("posting", (["add", "posting.txt"],)),
    ],
)
def test_a_damaged_database_is_named_and_neither_listed_nor_written(
    capsys, tmp_path, damaged_part, commands
):
    from tests.store.test_damage import _filled, _scramble_page_of

    db_file = _filled(tmp_path / "gigdesk.db")
    _scramble_page_of(db_file, damaged_part)
    (tmp_path / "posting.txt").write_bytes((DATA / "hn_comment.txt").read_bytes())
    before = db_file.read_bytes()
    for command in commands:
        argv = [str(tmp_path / arg) if arg.endswith((".csv", ".txt")) else arg for arg in command]
        assert main([*argv, "--data-dir", str(tmp_path)]) == 1
        err = _one_line_error(capsys)
        assert "is damaged" in err and str(db_file) in err
    assert db_file.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()


def test_a_read_only_data_folder_still_lists_and_exports(capsys, tmp_path):
    from tests.store.environments import read_only_folder

    with read_only_folder(tmp_path, _tracker_with_one_posting) as folder:
        capsys.readouterr()
        assert main(["list", "--data-dir", str(folder)]) == 0
        assert "Senior Data Engineer" in capsys.readouterr().out
        target = tmp_path / "tracker.csv"
        assert main(["export", "--csv", str(target), "--data-dir", str(folder)]) == 0
        assert "Senior Data Engineer" in target.read_text(encoding="utf-8-sig")
        capsys.readouterr()
        assert main(["add", str(DATA / "hn_comment.txt"), "--data-dir", str(folder)]) == 1
        assert "read-only" in _one_line_error(capsys)


def _export(data_dir, target):
    assert main(["export", "--csv", str(target), "--data-dir", data_dir]) == 0
    return target.read_bytes()


def test_export_from_kept_summaries_is_the_trackers_own_export(tmp_path, data_dir):
    from desktop.domain.skills.profile import Level, Profile, ProfileSkill
    from desktop.services import Tracker
    from desktop.store import Store

    for name in ("platform_contract.txt", "core_hours_contract.txt", "hn_comment.txt"):
        main(["add", str(DATA / name), "--data-dir", data_dir])
    main(["stage", "2", "applied", "--data-dir", data_dir])
    quick = _export(data_dir, tmp_path / "quick.csv")
    tracker = Tracker(Store.open(Path(data_dir) / "gigdesk.db"))
    try:
        tracker.export_csv(tmp_path / "tracker.csv")
        # A new profile: every fit is stale, and the command works them out through the Store.
        tracker.save_profile(Profile((ProfileSkill("Kotlin", 7.0, Level.HAVE),)))
        assert tracker.kept_summaries()[1] == [1, 2, 3]
    finally:
        tracker.close()
    assert quick == (tmp_path / "tracker.csv").read_bytes()
    worked_out = _export(data_dir, tmp_path / "worked_out.csv")
    rows = list(csv.DictReader(io.StringIO(worked_out.decode("utf-8-sig"))))
    assert rows[0]["must_have_met"] == "1" and worked_out != quick
    assert _export(data_dir, tmp_path / "again.csv") == worked_out  # now kept: the quick way


def test_list_and_export_read_without_sqlalchemy(tmp_path, data_dir):
    """SQLAlchemy and SQLModel take longer to import than a whole `gigdesk list`."""
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    script = (
        "import sys; from desktop.cli import main; "
        f"assert main(['list', '--data-dir', {data_dir!r}]) == 0; "
        f"assert main(['export', '--csv', {str(tmp_path / 'out.csv')!r}, "
        f"'--data-dir', {data_dir!r}]) == 0; "
        "loaded = [name for name in sys.modules if name.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'PySide6')]; "
        "assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("\n") == 2


def test_the_csv_carries_pay_and_engagement_as_read(tmp_path, data_dir, monkeypatch):
    _stdin(monkeypatch, b"Bookkeeper\nLedgerly\n\nPart-time, remote. Pay: $28-34 per hour.\n")
    assert main(["add", "-", "--data-dir", data_dir]) == 0
    rows = list(
        csv.DictReader(io.StringIO(_export(data_dir, tmp_path / "t.csv").decode("utf-8-sig")))
    )
    assert [
        (r["pay_min"], r["pay_max"], r["pay_currency"], r["pay_period"], r["engagement"])
        for r in rows
    ] == [("28", "34", "USD", "hour", "part-time")]


def test_backup_list_with_no_backups_says_so_aside_and_lists_none(capsys, data_dir):
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    assert main(["backup", "--list", "--data-dir", data_dir]) == 0
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("No backups yet for ")


def test_backup_list_and_restore_from_the_command_line(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    assert main(["backup", "--data-dir", data_dir]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert main(["backup", "--list", "--data-dir", data_dir]) == 0
    assert "1 posting\t" in capsys.readouterr().out
    db_file = Path(data_dir) / "gigdesk.db"
    db_file.write_bytes(b"\0junk" * 200)  # the live file ruined
    assert main(["restore", str(made), "--data-dir", data_dir]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main(["list", "--data-dir", data_dir]) == 0
    assert "Lumen Robotics" in capsys.readouterr().out
    assert [p.name for p in Path(data_dir).glob("gigdesk.replaced-*.db")]


def test_a_second_backup_the_same_day_keeps_the_first(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    main(["backup", "--data-dir", data_dir])
    first = Path(capsys.readouterr().out.strip())
    main(["add", str(DATA / "linkedin_page.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    main(["backup", "--data-dir", data_dir])
    second = Path(capsys.readouterr().out.strip())
    assert second != first and first.exists() and second.exists()
    assert main(["backup", "--list", "--data-dir", data_dir]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1] for line in listed] == ["2 postings", "1 posting"]


def test_restore_finds_a_backup_named_as_the_readme_names_it(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    main(["backup", "--data-dir", data_dir])
    made = next((Path(data_dir) / "backups").glob("*.db"))
    capsys.readouterr()
    # run from anywhere: "backups/NAME" is the data folder's, as is the bare name
    for named in (f"backups/{made.name}", made.name):
        assert main(["restore", named, "--data-dir", data_dir]) == 0
        assert str(made) in capsys.readouterr().out
    assert main(["restore", "backups/none.db", "--data-dir", data_dir]) == 1
    assert "no such backup" in capsys.readouterr().err


def test_restore_refuses_while_the_window_holds_the_folder(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    main(["backup", "--data-dir", data_dir])
    made = next((Path(data_dir) / "backups").glob("*.db"))
    lock = Path(data_dir) / "gigdesk.lock"
    lock.write_text(f"{os.getppid()}\ngigdesk\nhost\n", encoding="utf-8")  # a live process
    assert main(["restore", str(made), "--data-dir", data_dir]) == 1
    assert "close it first" in capsys.readouterr().err


def test_analyze_without_json_prints_a_summary_to_read(capsys, tmp_path):
    path = tmp_path / "scam.txt"
    path.write_text(
        "Packing Assistant\n\nEarn $350/day from home. Pay a $40 starter kit fee first. "
        "Core hours 10am-2pm EST.\n\nRequirements\n- A quiet place to work\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(path), "--tz", "Europe/Berlin", "--date", "2026-06-01"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0].split() == ["Title:", "Packing", "Assistant"]
    assert "Risk:       high" in shown
    assert any(line.startswith("  ! Asks you to pay to get the job") for line in shown)
    assert "→ 16:00–20:00 your time (Europe/Berlin)" in "\n".join(shown)
    assert shown[-2:] == ["Must-haves (1):", "  - A quiet place to work"]


def test_an_empty_file_is_refused_in_words_that_fit_each_command(capsys, tmp_path, data_dir):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    for command in (["analyze", str(empty)], ["add", str(empty), "--data-dir", data_dir]):
        assert main(command) != 0
        said = capsys.readouterr().err
        assert "empty" in said and "nothing to add" not in said


def test_two_restores_in_the_same_second_keep_both_replaced_databases(
    capsys, monkeypatch, data_dir
):
    """Each restore sets the current database aside under a name of its own."""
    from datetime import UTC, datetime

    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    main(["backup", "--data-dir", data_dir])
    made = next((Path(data_dir) / "backups").glob("*.db"))
    main(["add", str(DATA / "linkedin_page.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    stopped = datetime(2026, 11, 30, 1, 10, 9, tzinfo=UTC)
    monkeypatch.setattr("desktop.domain.clock.utc_now", lambda: stopped)
    kept = []
    for _ in range(2):
        assert main(["restore", str(made), "--data-dir", data_dir]) == 0
        kept.append(Path(capsys.readouterr().out.split("kept as ")[1].strip()))
    assert [path.name for path in kept] == [
        "gigdesk.replaced-20261130T011009.db",
        "gigdesk.replaced-20261130T011009-2.db",
    ]
    assert all(path.is_absolute() and path.exists() for path in kept)
    assert main(["list", "--data-dir", data_dir]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # the backup's one posting


def test_a_closed_posting_is_not_moved_until_it_is_reopened(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", data_dir])
    assert main(["stage", "1", "applied", "--data-dir", data_dir]) == 0
    assert main(["stage", "1", "ghosted", "--data-dir", data_dir]) == 0
    capsys.readouterr()
    # As on the board: refused, nothing stored, and the way out named.
    assert main(["stage", "1", "phone screen", "--data-dir", data_dir]) == 1
    error = _one_line_error(capsys)
    assert "#1 is closed (No response)" in error and "gigdesk stage 1 reopen" in error
    out = tmp_path / "tracker.csv"

    def stored():
        assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
        row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        return row["stage"], row["outcome"], row["stage_history"].count("screening")

    assert stored() == ("applied", "no_response", 0)
    capsys.readouterr()
    assert main(["stage", "1", "reopen", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "#1 Proposal sent (reopened)\n"
    assert main(["stage", "1", "phone screen", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "#1 Shortlisted\n"
    assert stored() == ("screening", "", 1)


def test_stage_and_list_print_the_labels_the_window_shows(capsys, data_dir):
    """Upwork's stages in its own words, outcomes as labels, never the internal names."""
    main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", data_dir])
    main(["add", str(DATA / "hn_comment.txt"), "--data-dir", data_dir])
    capsys.readouterr()
    for posting in ("1", "2"):
        assert main(["stage", posting, "screening", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "#1 Shortlisted\n#2 Screening\n"
    assert main(["stage", "2", "ghosted", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "#2 No response\n"
    assert main(["list", "--data-dir", data_dir]) == 0
    rows = [line.split("\t")[:2] for line in capsys.readouterr().out.splitlines()]
    assert rows == [["1", "Shortlisted"], ["2", "No response"]]
    assert main(["stage", "2", "applied", "--data-dir", data_dir]) == 1
    assert "then move it to Applied" in _one_line_error(capsys)


def test_reopening_an_open_posting_says_so_and_records_nothing(capsys, tmp_path, data_dir):
    main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", data_dir])
    main(["stage", "1", "applied", "--data-dir", data_dir])
    capsys.readouterr()
    assert main(["stage", "1", "reopen", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out == "#1 is not closed; nothing to reopen\n"
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", data_dir]) == 0
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [step.split("@")[0] for step in row["stage_history"].split(";")] == ["saved", "applied"]
