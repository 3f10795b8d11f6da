"""Each posting's fit, risk and hours as last worked out, kept beside it (schema 6).

Plain values only: the store does not know what a fit or a risk is (desktop/services
turns these into domain summaries). Each kind carries its basis, a string naming what
it was worked out from, so the caller can tell a kept one from a stale one.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.dialects.sqlite import insert

from desktop.store.database import Database
from desktop.store.reads import SUMMARY_COLUMNS, KeptSummary
from desktop.store.tables import SummaryTable


class Summaries:
    """Write kept summaries in bulk: one statement for any number of postings (reads.py reads
    them)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        table = SummaryTable.__table__  # type: ignore[attr-defined]
        upsert = insert(table)
        # Built once: each build leaves ~170 objects in reference cycles for the collector.
        self._upsert = upsert.on_conflict_do_update(
            index_elements=["posting_id"],
            set_={name: upsert.excluded[name] for name in SUMMARY_COLUMNS[1:]},
        )

    def save(self, summaries: Iterable[KeptSummary]) -> None:
        """Keep these summaries in place of any kept before, in one transaction."""
        values = [
            {name: getattr(summary, name) for name in SUMMARY_COLUMNS} for summary in summaries
        ]
        if not values:
            return
        with self._database.session(writes=True) as session:
            session.connection().execute(self._upsert, values)
            session.commit()
