"""A large tracker's export shared out among worker processes: the same file, byte for byte."""

import csv
import io
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.clock import UserTime, system_zone_name, utc_now
from desktop.domain.skills.profile import Level, Profile, ProfileSkill
from desktop.services import Tracker, export
from desktop.services.readers import Readers
from desktop.store import Store
from desktop.store.snapshot import Snapshot
from tests.conftest import DATA

_POSTINGS = (
    "platform_contract.txt",
    "core_hours_contract.txt",
    "hn_comment.txt",
    "upwork_job_page.txt",
    "upwork_listing_hourly.txt",
    "linkedin_page.txt",
    "careers_page.md",
)


@pytest.fixture
def tracked(tmp_path) -> Path:
    """A data folder of seven postings at several stages, one with notes across lines."""
    folder = str(tmp_path / "data")
    for name in _POSTINGS:
        assert main(["add", str(DATA / name), "--data-dir", folder]) == 0
    for posting, stage in (("2", "applied"), ("3", "interview"), ("5", "rejected")):
        assert main(["stage", posting, stage, "--data-dir", folder]) == 0
    tracker = Tracker(Store.open(Path(folder, "gigdesk.db")))
    try:
        details = tracker.get(4).details
        tracker.save_details(4, replace(details, notes='Spoke to "Dana", café\n=SUM(A1)'))
    finally:
        tracker.close()
    return Path(folder)


def _export(folder: Path, target: Path, workers: int) -> int | None:
    snapshot, readers = Snapshot.open(folder / "gigdesk.db"), Readers(workers)
    assert snapshot is not None
    try:
        return export.export_kept(snapshot, target, UserTime(utc_now, system_zone_name()), readers)
    finally:
        readers.close()
        snapshot.close()


def test_a_shared_out_export_is_the_one_process_export(tracked, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "MIN_SHARE", 2)  # seven postings in three shares
    assert _export(tracked, tmp_path / "one.csv", workers=1) == len(_POSTINGS)
    assert _export(tracked, tmp_path / "shared.csv", workers=3) == len(_POSTINGS)
    one = (tmp_path / "one.csv").read_bytes()
    assert one.count(b"\r\n") > len(_POSTINGS)  # the header, the rows, the note's line
    assert (tmp_path / "shared.csv").read_bytes() == one


def test_a_stale_summary_in_any_share_writes_nothing(tracked, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "MIN_SHARE", 2)
    tracker = Tracker(Store.open(tracked / "gigdesk.db"))
    try:  # a new profile: every fit is stale until the Tracker works it out
        tracker.save_profile(Profile((ProfileSkill("Kotlin", 7.0, Level.HAVE),)))
    finally:
        tracker.close()
    assert _export(tracked, tmp_path / "shared.csv", workers=3) is None
    assert list(tmp_path.iterdir()) == [tracked]


@pytest.mark.parametrize(
    ("parts", "least", "sizes"), [(3, 1, [2, 2, 3]), (3, 3, [3, 4]), (3, 8, [7]), (1, 1, [7])]
)
def test_spans_share_the_postings_out_evenly_and_cover_every_id(tracked, parts, least, sizes):
    snapshot = Snapshot.open(tracked / "gigdesk.db")
    assert snapshot is not None
    try:
        spans = snapshot.id_spans(parts, least)
        assert spans[0].start == 0 and spans[-1].stop > 2**62  # ids to come fall in the last
        assert all(one.stop == after.start for one, after in pairwise(spans))
        assert [len(list(snapshot.rows_with_history(span))) for span in spans] == sizes
        assert [len(snapshot.kept_summaries(span)) for span in spans] == sizes
    finally:
        snapshot.close()


def test_the_windows_export_keeps_stale_summaries_then_writes_what_the_command_writes(
    tracked, tmp_path, monkeypatch
):
    """File → Export runs through the Tracker: a new profile's fits are worked out and kept
    first, and the file is the one `gigdesk export` writes from them, shared out or not."""
    monkeypatch.setattr(export, "MIN_SHARE", 2)
    tracker = Tracker(Store.open(tracked / "gigdesk.db"))
    try:
        tracker.save_profile(Profile((ProfileSkill("Python", 5.0, Level.HAVE),)))
        assert tracker.kept_summaries()[1]  # every fit stale
        assert tracker.export_csv(tmp_path / "window.csv") == len(_POSTINGS)
        assert tracker.kept_summaries()[1] == []
    finally:
        tracker.close()
    assert _export(tracked, tmp_path / "command.csv", workers=1) == len(_POSTINGS)
    window = (tmp_path / "window.csv").read_text(encoding="utf-8-sig")
    assert window == (tmp_path / "command.csv").read_text(encoding="utf-8-sig")
    assert any(row["must_have_total"] for row in csv.DictReader(io.StringIO(window)))
