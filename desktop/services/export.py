"""The tracker as CSV, dates and hours in the user's zone, with each posting's summaries.

The Tracker exports through the Store (`Tracker.export_csv`); `gigdesk export` first
tries a Snapshot, which needs no SQLAlchemy, and falls back to the Tracker only when
some summary is stale and must be worked out and kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.clock import UserTime
from desktop.domain.hours.working import my_hours_from
from desktop.domain.tracking.events import Event, next_events
from desktop.domain.tracking.export import write_tracker_csv
from desktop.domain.tracking.nudges import Nudge, Nudges, SilenceLimits, silence_limits_from
from desktop.domain.tracking.proposals import Proposal
from desktop.domain.tracking.tracker import PostingRow
from desktop.services.summaries import SummaryContext, TableSummaries, standing, summary_bases
from desktop.store.snapshot import Snapshot


def write_csv(
    rows: Iterable[PostingRow],
    path: Path,
    time: UserTime,
    summaries: TableSummaries,
    limits: SilenceLimits,
    *,
    coming: Sequence[Event],
    proposals: Mapping[int, Proposal],
) -> int:
    """Write the rows (with their history) to `path`, each with its next of the `coming`
    events and its proposal; returns how many were written."""
    nudges = Nudges(time.today(), limits, time.zone)

    def nudged(row: PostingRow) -> Nudge | None:
        nudge = nudges.nudge(row)
        return nudge[0] if nudge else None

    return write_tracker_csv(
        rows,
        path,
        time.zone,
        fits=summaries.fits,
        risks=summaries.risks,
        hours=summaries.hours,
        terms=summaries.terms,
        nudged=nudged,
        next_events=next_events(coming, time.now()),
        proposals=proposals,
    )


def coming_from(time: UserTime) -> date:
    """The day from which the store's events may still be to come: the user's yesterday,
    since a wall-clock start elsewhere may be up to a day behind theirs."""
    return time.today() - timedelta(days=1)


def export_kept(snapshot: Snapshot, path: Path, time: UserTime) -> int | None:
    """The CSV from the kept summaries, as `Tracker.export_csv` writes it; None, and
    nothing written, when some summary is stale."""
    context = SummaryContext.today(time, my_hours_from(snapshot.settings())[1])
    bases = summary_bases(snapshot.profile(), context)
    summaries, stale = standing(snapshot.kept_summaries(), snapshot.read_ids(), bases)
    if stale:
        return None
    limits = silence_limits_from(snapshot.settings())
    coming = snapshot.events_from(coming_from(time))
    return write_csv(
        snapshot.rows_with_history(),
        path,
        time,
        summaries,
        limits,
        coming=coming,
        proposals=snapshot.proposals(),
    )
