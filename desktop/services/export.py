"""The tracker as CSV, dates and hours in the user's zone, with each posting's summaries.

The Tracker exports through the Store (`Tracker.export_csv`); `gigdesk export` first
tries the kept summaries through a Snapshot, which needs no SQLAlchemy, and falls back to
the Tracker only when some summary is stale and must be worked out and kept.

A large tracker's export is shared out among the readers' worker processes (readers.py),
one a core, each writing the rows of a span of posting ids to a part file that are then
joined in order: building
and writing 100,000 rows is pure Python, half the export's time on a 2-core machine. Each
worker reads the file on a connection of its own, so a change the window commits while
they read may show in some parts and not others, as it may in any export made while the
window is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from desktop.collector import collector_paused
from desktop.domain.clock import UserTime
from desktop.domain.files import write_csv, write_csv_parts, write_rows
from desktop.domain.hours.working import my_hours_from
from desktop.domain.tracking.events import Event, next_events
from desktop.domain.tracking.export import COLUMNS, tracker_rows
from desktop.domain.tracking.nudges import Nudge, Nudges, SilenceLimits, silence_limits_from
from desktop.domain.tracking.proposals import Proposal
from desktop.domain.tracking.tracker import PostingRow
from desktop.services.readers import Readers
from desktop.services.summaries import SummaryContext, TableSummaries, standing, summary_bases
from desktop.store.snapshot import Snapshot

# Postings a worker process must have to write for the export to be shared out: its start
# (a new interpreter importing the store and the export, about 0.3 s) costs what writing
# 2,000 rows does. Measured at 10,000 postings on 2 cores: 1.5 s shared, 1.95 s in one.
MIN_SHARE = 2_000


def tracker_cells(
    rows: Iterable[PostingRow],
    time: UserTime,
    summaries: TableSummaries,
    limits: SilenceLimits,
    *,
    coming: Sequence[Event],
    proposals: Mapping[int, Proposal],
) -> Iterator[list[str]]:
    """The rows (with their history) as CSV rows, each with its next of the `coming`
    events and its proposal."""
    nudges = Nudges(time.today(), limits, time.zone)

    def nudged(row: PostingRow) -> Nudge | None:
        nudge = nudges.nudge(row)
        return nudge[0] if nudge else None

    return tracker_rows(
        rows,
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


def export_kept(snapshot: Snapshot, path: Path, time: UserTime, readers: Readers) -> int | None:
    """The CSV from the kept summaries, as `Tracker.export_csv` writes it, shared out among
    the readers' worker processes when large; None, and nothing written, when some summary
    is stale or the file no longer one a Snapshot reads."""
    spans = snapshot.id_spans(readers.workers, least=MIN_SHARE)
    if len(spans) == 1:
        cells = _kept_cells(snapshot, None, time)
        return None if cells is None else write_csv(path, COLUMNS, cells)
    now = time.now()  # one moment for every part, whatever the clock says meanwhile
    with TemporaryDirectory(prefix="gigdesk-export-") as folder:
        shares = [
            Share(
                snapshot.db_file,
                span,
                Path(folder, f"{number}.csv"),
                now,
                time.system_zone,
                time.chosen,
            )
            for number, span in enumerate(spans)
        ]
        counts = readers.each(write_share, shares)
        if None in counts:
            return None
        write_csv_parts(path, COLUMNS, [share.part for share in shares])
    return sum(count or 0 for count in counts)


@dataclass(frozen=True)
class Share:
    """The postings of a span of ids, written by a worker process to a part file."""

    db_file: Path
    span: range
    part: Path
    now: datetime
    system_zone: str
    chosen_zone: str | None

    def user_time(self) -> UserTime:
        """The user's clock stopped at `now`."""
        return UserTime(lambda: self.now, self.system_zone, self.chosen_zone)


def write_share(share: Share) -> int | None:
    """In a worker: the share's rows written to its part; how many, or None when some
    summary is stale or the file is no longer one a Snapshot reads (swapped since the
    caller opened it: the caller then writes through the Store)."""
    snapshot = Snapshot.open(share.db_file)
    if snapshot is None:
        return None
    try:
        with collector_paused():  # as for every command: see desktop/collector.py
            cells = _kept_cells(snapshot, share.span, share.user_time())
            if cells is None:
                return None
            with open(share.part, "x", encoding="utf-8", newline="") as handle:
                return write_rows(handle, cells)
    finally:
        snapshot.close()


def _kept_cells(
    snapshot: Snapshot, span: range | None, time: UserTime
) -> Iterator[list[str]] | None:
    """The CSV rows of the postings in `span` (every posting for None) from their kept
    summaries; None when some summary is stale."""
    settings = snapshot.settings()
    context = SummaryContext.today(time, my_hours_from(settings)[1])
    bases = summary_bases(snapshot.profile(), context)
    summaries, stale = standing(snapshot.standing_summaries(asdict(bases), span))
    if stale:
        return None
    return tracker_cells(
        snapshot.rows_with_history(span),
        time,
        summaries,
        silence_limits_from(settings),
        coming=snapshot.events_from(coming_from(time)),
        proposals=snapshot.proposals(),
    )
