"""Gigdesk's own CSV export, imported into an empty tracker, gives the same tracker back:
every posting, field, stage, outcome, note and dated history, whatever they hold."""

import csv
import io
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.tracking.importing import ImportPlan, read_sheet
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage
from desktop.services import Tracker
from desktop.store import Store
from tests.conftest import FakeClock

# What comes back: everything the user gave or did, the history by its days (the export
# dates history entries by the day; the worked-out columns are worked out again, and may
# differ for a posting whose text was never exported).
KEPT = ("title", "company", "source", "url", "stage", "outcome", "follow_up", "notes")
KEPT += ("stage_history",)
DAYS = ("added", "applied")


def _kept(rows: list[dict[str, str]]) -> list[list[str]]:
    return [[row[c] for c in KEPT] + [row[c][:10] for c in DAYS] for row in rows]


_TRICKY = st.sampled_from(['"', "'", "=", "+", "-", "@", ",", ";", "\t", "é", "→", "🙂", "\\"])
_LETTERS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Zl", "Zp"))
one_line = st.text(_LETTERS | _TRICKY, max_size=24).map(str.strip)
many_lines = st.lists(one_line, max_size=3).map("\n".join).map(str.strip)
steps = st.lists(st.tuples(st.integers(0, 500), st.sampled_from([*Stage, *Outcome])), max_size=6)
postings = st.lists(
    st.fixed_dictionaries(
        {
            "title": one_line,
            "company": one_line,
            "source": st.sampled_from(["", "Upwork", "LinkedIn", "Referral, via Anna"]),
            "url": st.none()
            | st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9]{0,6}", fullmatch=True),
            "notes": many_lines,
            "follow_up": st.none() | st.dates(date(2023, 1, 1), date(2027, 12, 31)),
            "added": st.datetimes(datetime(2023, 1, 1), datetime(2026, 6, 1)),
            "steps": steps,
        }
    ),
    min_size=1,
    max_size=5,
)


def _export(tracker: Tracker, folder: Path) -> list[dict[str, str]]:
    path = folder / "tracker.csv"
    tracker.export_csv(path)
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postings)
def test_an_exported_tracker_imports_back_whole(generated):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clock = FakeClock()
        first = Tracker(Store.open(root / "first.db", clock=clock))
        try:
            for number, given_posting in enumerate(generated):
                clock.now = given_posting["added"].replace(tzinfo=UTC)
                details = PostingDetails(
                    title=given_posting["title"],
                    company=given_posting["company"],
                    source=given_posting["source"],
                    url=given_posting["url"],
                    follow_up=given_posting["follow_up"],
                    notes=given_posting["notes"],
                )
                posting = first.add(f"Posting {number}\n{given_posting['notes']}", details)
                for days, milestone in given_posting["steps"]:
                    clock.jump(timedelta(days=days))
                    if isinstance(milestone, Stage):
                        first.set_stage(posting.id, milestone)
                    else:
                        first.set_outcome(posting.id, milestone)
            before = _export(first, root)
        finally:
            first.close()
        second = Tracker(Store.open(root / "second.db", clock=FakeClock()))
        try:
            plan = ImportPlan.of(read_sheet((root / "tracker.csv").read_bytes()))
            rows = plan.rows()
            assert [row.problems for row in rows] == [()] * len(rows)
            numbers, _ = second.import_rows(rows, keep_duplicates=True)
            assert len(numbers) == len(generated)
            after = _export(second, root)
        finally:
            second.close()
    assert _kept(after) == _kept(before)
