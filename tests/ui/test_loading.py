"""The table shows kept summaries at once and works out stale ones in parts."""

from __future__ import annotations

from desktop.domain.skills.profile import Profile, ProfileSkill
from desktop.domain.tracking.tracker import PostingDetails
from desktop.ui import loading
from desktop.ui.posting_model import Column

POSTING = "Data engineer\n\n## Requirements\n- Python\n- Airflow\n\nRef {n}\n"


def test_a_new_profile_is_worked_out_in_parts_each_shown_as_it_comes(
    monkeypatch, tracker, open_window
):
    ids = [tracker.add(POSTING.format(n=n), PostingDetails()).id for n in range(3)]
    tracker.store.save_profile(Profile((ProfileSkill("Python"),)))  # behind the tracker's back
    parts: list[list[int]] = []
    refresh = tracker.refresh_summaries
    monkeypatch.setattr(
        tracker, "refresh_summaries", lambda ids: (parts.append(ids), refresh(ids))[1]
    )
    monkeypatch.setattr(loading, "REFRESH_PART", 1)
    window = open_window()
    assert parts == [[posting_id] for posting_id in ids]
    cells = {
        window.model.posting_at(r).id: window.model.index(r, Column.FIT).data() for r in range(3)
    }
    assert cells == {posting_id: "1/2" for posting_id in ids}
    assert (
        window.statusBar().currentMessage() == "Fit, risk and hours are up to date for 3 postings."
    )
    assert tracker.kept_summaries()[1] == []
