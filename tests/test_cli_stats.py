"""`gigdesk stats`: the search's funnel, answers and pace, from the command line."""

import json

from desktop.cli import main
from tests.conftest import DATA


def _tracker(tmp_path):
    folder = str(tmp_path / "data")
    for name in ("upwork_contract.txt", "linkedin_page.txt", "hn_comment.txt"):
        assert main(["add", str(DATA / name), "--data-dir", folder]) == 0
    assert main(["stage", "1", "applied", "--data-dir", folder]) == 0
    assert main(["stage", "1", "interviewing", "--data-dir", folder]) == 0
    assert main(["stage", "1", "rejected", "--data-dir", folder]) == 0
    assert main(["stage", "2", "applied", "--data-dir", folder]) == 0
    return folder


def test_stats_as_json_count_a_rejected_interview_in_the_funnel(tmp_path, capsys):
    folder = _tracker(tmp_path)
    capsys.readouterr()
    assert main(["stats", "--json", "--data-dir", folder]) == 0
    found = json.loads(capsys.readouterr().out)
    funnel = {step["stage"]: step["postings"] for step in found["funnel"]}
    assert found["postings"] == 3
    assert (funnel["saved"], funnel["applied"], funnel["interviewing"]) == (3, 2, 1)
    answered = {
        row["group"]: (row["answered"], row["applied"]) for row in found["response_by_source"]
    }
    assert answered["Upwork"] == (1, 1)
    assert found["outcomes"] == {"rejected": 1}
    assert sum(week["applications"] for week in found["applications_per_week"]) == 2


def test_stats_as_text_and_a_period_the_wrong_way_round(tmp_path, capsys):
    folder = _tracker(tmp_path)
    capsys.readouterr()
    assert main(["stats", "--data-dir", folder, "--source", "upwork"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Postings added ") and ": 1\n" in text.splitlines()[0] + "\n"
    assert "Interviewing" in text
    assert main(["stats", "--from", "2026-12-01", "--to", "2026-11-01", "--data-dir", folder]) != 0
    assert "--from is after --to" in capsys.readouterr().err


def test_imported_rows_answered_on_the_day_they_were_applied_to_count_as_answered(tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "Role,Employer,Status,Date applied\n"
        "Barista,Bean There,Phone Screen,2026-03-03\n"
        "Baker,Crumbs,Rejected,2026-03-04\n"
        "Cook,Umbrella,Applied,2026-03-05\n",
        encoding="utf-8",
    )
    folder = str(tmp_path / "data")
    assert main(["import", str(sheet), "--data-dir", folder]) == 0
    capsys.readouterr()
    argv = ["stats", "--from", "2026-03-01", "--to", "2026-03-31", "--data-dir", folder]
    assert main([*argv, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(r["answered"], r["applied"]) for r in found["response_by_source"]] == [(2, 3)]
    assert main(argv) == 0
    assert "2 of 3" in capsys.readouterr().out


def test_engagements_are_named_as_the_window_names_them(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["add", str(DATA / "upwork_listing_hourly.txt"), "--data-dir", folder]) == 0
    assert main(["stage", "1", "applied", "--data-dir", folder]) == 0
    capsys.readouterr()
    assert main(["stats", "--data-dir", folder]) == 0
    text = capsys.readouterr().out
    assert "  Freelance, hourly " in text and "freelance-hourly" not in text
    # The JSON keeps the value, as it keeps a stage's.
    assert main(["stats", "--json", "--data-dir", folder]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [row["group"] for row in found["response_by_engagement"]] == ["freelance-hourly"]
