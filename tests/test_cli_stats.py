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
