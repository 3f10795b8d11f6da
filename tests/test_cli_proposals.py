"""`gigdesk proposals --csv`: the ledger a freelancer keeps in a spreadsheet, and the
proposal columns of `gigdesk export`."""

import csv
import io
from datetime import date
from pathlib import Path

from desktop.cli import main
from desktop.domain.tracking.proposals import Bid, BidPeriod, CloseReason, Proposal
from desktop.domain.tracking.tracker import Stage
from desktop.services import Tracker
from desktop.store import Store
from tests.conftest import DATA


def _kept(tmp_path):
    """Two Upwork postings with proposals: one hired, one whose job was removed."""
    folder = tmp_path / "data"
    for name in ("upwork_job_page.txt", "upwork_contract.txt"):
        assert main(["add", str(DATA / name), "--data-dir", str(folder)]) == 0
    tracker = Tracker(Store.open(folder / "gigdesk.db"))
    try:
        tracker.proposals.save_connect_price(0.2)
        hired = Proposal(1, date(2026, 10, 5), Bid(35, BidPeriod.HOUR), connects_spent=16)
        removed = Proposal(
            2, date(2026, 10, 20), Bid(900, BidPeriod.PROJECT), 12, closed=CloseReason.JOB_REMOVED
        )
        for proposal in (hired, removed):
            tracker.proposals.save(proposal)
        for stage in (Stage.APPLIED, Stage.INTERVIEWING, Stage.ACCEPTED):
            tracker.set_stage(1, stage)
    finally:
        tracker.close()
    return str(folder)


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_the_ledger_csv_gives_a_months_cost_per_win(tmp_path, capsys):
    folder = _kept(tmp_path)
    out = tmp_path / "ledger.csv"
    assert main(["proposals", "--csv", str(out), "--data-dir", folder]) == 0
    assert "exported 1 ledger row" in capsys.readouterr().err
    (october,) = _rows(out)
    assert (october["period"], october["sent"], october["hired"]) == ("2026-10", "2", "1")
    # 28 Connects spent, the removed job's 12 returned: 16 at $0.20.
    assert (october["connects_spent"], october["connects_returned"]) == ("28", "12")
    assert (october["net_cost"], october["cost_per_win"], october["win_rate"]) == (
        "3.20",
        "3.20",
        "0.500",
    )
    assert october["average_hourly_bid_won"] == "35.00"


def test_the_ledger_splits_weeks_and_platforms(tmp_path):
    folder = _kept(tmp_path)
    out = tmp_path / "weeks.csv"
    argv = ["proposals", "--csv", str(out), "--period", "week", "--by", "platform"]
    assert main([*argv, "--data-dir", folder]) == 0
    assert [(row["period"], row["group"]) for row in _rows(out)] == [
        ("2026-W43", "Upwork"),
        ("2026-W41", "Upwork"),
    ]


def test_the_tracker_csv_carries_the_bid_and_the_connects(tmp_path):
    folder = _kept(tmp_path)
    out = tmp_path / "tracker.csv"
    assert main(["export", "--csv", str(out), "--data-dir", folder]) == 0
    page, contract = _rows(out)
    assert (page["proposal_sent"], page["bid"], page["bid_period"]) == ("2026-10-05", "35", "hour")
    assert (page["connects_spent"], page["connects_returned"]) == ("16", "0")
    assert page["client_quality"] == "good"
    assert (contract["bid"], contract["connects_returned"]) == ("900", "12")
    # No client box: no judgement of the client.
    assert contract["client_quality"] == ""


def test_a_ledger_into_a_missing_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "nowhere" / "ledger.csv"
    assert main(["proposals", "--csv", str(out), "--data-dir", str(tmp_path / "d")]) != 0
    assert "no such folder" in capsys.readouterr().err


def test_the_ledger_goes_to_standard_output_for_a_pipe(tmp_path, capsys):
    folder = _kept(tmp_path)
    capsys.readouterr()  # the ids `gigdesk add` printed
    assert main(["proposals", "--csv", "-", "--data-dir", folder]) == 0
    captured = capsys.readouterr()
    (row,) = list(csv.DictReader(io.StringIO(captured.out)))
    assert (row["period"], row["sent"]) == ("2026-10", "2")
    assert "to standard output" in captured.err
    assert not (Path.cwd() / "-").exists()
