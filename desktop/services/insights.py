"""Insights over a tracker, read the same way by the command line and the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, tzinfo
from typing import Protocol

from desktop.domain.tracking.insights import Insights, insights
from desktop.domain.tracking.tracker import PostingRow
from desktop.store import KeptSummary


class HistoryReads(Protocol):
    """What a Snapshot and the Store both answer for insights."""

    def rows_with_history(self) -> Iterator[PostingRow]: ...
    def first_message_days(self) -> dict[int, date]: ...
    def kept_summaries(self) -> dict[int, KeptSummary]: ...


def tracker_insights(
    reads: HistoryReads,
    zone: tzinfo,
    start: date,
    end: date,
    *,
    source: str = "",
    week_start: int = 6,
) -> Insights:
    """The figures for the postings added from `start` to `end`, in three reads."""
    engagements = {
        posting_id: kept.engagement
        for posting_id, kept in reads.kept_summaries().items()
        if kept.engagement
    }
    return insights(
        reads.rows_with_history(),
        zone=zone,
        start=start,
        end=end,
        written_to=reads.first_message_days(),
        engagements=engagements,
        source=source,
        week_start=week_start,
    )
