"""`gigdesk import`: a spreadsheet or Gigdesk's own export into a tracker, all or nothing."""

import csv
import io
from pathlib import Path

from desktop.cli import main
from tests.conftest import DATA

_SAME = (
    "title",
    "company",
    "source",
    "url",
    "stage",
    "outcome",
    "follow_up",
    "notes",
    "stage_history",
)


def _export(folder, path):
    assert main(["export", "--csv", str(path), "--data-dir", folder]) == 0
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_gigdesks_own_export_comes_back_whole_in_an_empty_tracker(tmp_path, capsys):
    source = str(tmp_path / "first")
    for name in ("upwork_contract.txt", "linkedin_page.txt", "hn_comment.txt"):
        assert main(["add", str(DATA / name), "--data-dir", source]) == 0
    for argv in (["1", "applied"], ["1", "interviewing"], ["1", "rejected"], ["2", "applied"]):
        assert main(["stage", *argv, "--data-dir", source]) == 0
    before = _export(source, tmp_path / "before.csv")
    copy = str(tmp_path / "second")
    capsys.readouterr()
    assert main(["import", str(tmp_path / "before.csv"), "--data-dir", copy]) == 0
    assert "imported 3 postings" in capsys.readouterr().err
    after = _export(copy, tmp_path / "after.csv")
    assert [[row[c] for c in _SAME] for row in after] == [[row[c] for c in _SAME] for row in before]
    # Imported again, every row is already tracked.
    assert main(["import", str(tmp_path / "before.csv"), "--data-dir", copy]) == 0
    assert capsys.readouterr().err.count("already tracked, left out") == 3
    # Asked to, it imports them again.
    argv = ["import", str(tmp_path / "before.csv"), "--keep-duplicates", "--data-dir", copy]
    assert main(argv) == 0
    assert capsys.readouterr().err.count("already tracked, imported again") == 3
    assert len(_export(copy, tmp_path / "twice.csv")) == 6


def test_a_bad_row_writes_nothing_and_says_which_and_why(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "Role,Employer,Status,Date applied\n"
        "Barista,Bean There,Applied,25/03/2026\n"
        "Baker,Crumbs,Maybe,26/03/2026\n",
        encoding="utf-8",
    )
    folder = str(tmp_path / "data")
    assert main(["import", str(sheet), "--data-dir", folder]) != 0
    err = capsys.readouterr().err
    assert "line 3: Status: no stage named 'Maybe'" in err and "nothing written" in err
    assert not (tmp_path / "data" / "gigdesk.db").exists()
    # Told what "Maybe" means, it goes in with its day.
    argv = ["import", str(sheet), "--status", "Maybe=phone screen", "--data-dir", folder]
    assert main(argv) == 0
    rows = _export(folder, tmp_path / "out.csv")
    assert [(row["title"], row["stage"]) for row in rows] == [
        ("Barista", "applied"),
        ("Baker", "screening"),
    ]
    assert rows[0]["applied"] == "2026-03-25"


def test_dates_that_read_both_ways_are_asked_about(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Role;Company;Applied on\nClerk;Ledger Ltd;04/03/2026\n", encoding="cp1252")
    folder = str(tmp_path / "data")
    assert main(["import", str(sheet), "--data-dir", folder]) != 0
    assert "--day-first or --month-first" in capsys.readouterr().err
    assert main(["import", str(sheet), "--month-first", "--data-dir", folder]) == 0
    (row,) = _export(folder, tmp_path / "out.csv")
    assert row["applied"] == "2026-04-03"


def test_imported_texts_are_read_at_once_or_left_to_the_window(tmp_path, capsys):
    from desktop.paths import resolve_paths
    from desktop.services import Tracker
    from desktop.store import Store

    sheet = tmp_path / "sheet.csv"
    posting = "Night Editor\nThe Courier · Leeds\n\nRequirements\n- 3+ years editing news copy\n"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Description", "Status"], [posting, "Applied"]])
    now, later = str(tmp_path / "now"), str(tmp_path / "later")
    assert main(["import", str(sheet), "--data-dir", now]) == 0
    assert main(["import", str(sheet), "--read-later", "--data-dir", later]) == 0
    for folder, read in ((now, True), (later, False)):
        tracker = Tracker(Store.open(resolve_paths(Path(folder)).db_file))
        try:
            (row,) = tracker.list_rows()
            assert (tracker.stale_readings() == []) is read
            analysis = tracker.get(row.id).analysis
            assert (analysis is not None and analysis.title == "Night Editor") is read
        finally:
            tracker.close()


def test_the_command_says_what_it_would_do_and_refuses_what_it_cannot_read(tmp_path, capsys):
    sheet = tmp_path / "gigs.csv"
    sheet.write_text(
        "Gig,Client,Stage,Rate\nLogo refresh,Mia's Bakery,Sent CV,$40/h\nMenu,Café Lune,Applied,\n",
        encoding="utf-8",
    )
    folder = str(tmp_path / "data")
    base = ["import", str(sheet), "--data-dir", folder]
    assert main([*base, "--status", "Quoted=applied"]) != 0
    assert "no row has the status 'Quoted'" in capsys.readouterr().err
    assert main([*base, "--map", "Fee=pay"]) != 0
    assert "no column 'Fee'" in capsys.readouterr().err
    argv = [*base, "--map", "Gig=title", "--map", "Rate=", "--status", "sent cv = applied"]
    assert main([*argv, "--dry-run"]) == 0
    said = capsys.readouterr().err
    assert "'Gig' -> title" in said and "'Rate' -> ignored" in said
    assert "2 rows: 2 applied" in said and "nothing written" in said
    assert main(argv) == 0
    (first, _) = _export(folder, tmp_path / "out.csv")
    assert (first["title"], first["stage"], first["notes"]) == ("Logo refresh", "applied", "")
    # Asked again, the dry run names the lines already tracked.
    capsys.readouterr()
    assert main([*argv, "--dry-run"]) == 0
    assert "already tracked: lines 2, 3" in capsys.readouterr().err
