"""Each posting's fit, risk and hours as last worked out, kept beside it (schema 6).

Plain values only: the store does not know what a fit or a risk is (desktop/services
turns these into domain summaries). Each kind carries its basis, a string naming what
it was worked out from, so the caller can tell a kept one from a stale one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields

import sqlalchemy
from sqlalchemy.dialects.sqlite import insert

from desktop.store.database import Database
from desktop.store.tables import SummaryTable


@dataclass(frozen=True)
class KeptSummary:
    """One posting's summary columns; a kind whose basis is None was never worked out."""

    posting_id: int
    fit_basis: str | None = None
    fit_met: int | None = None
    fit_total: int | None = None
    fit_missing: str | None = None
    risk_basis: str | None = None
    risk_level: int | None = None
    risk_flags: str | None = None
    hours_basis: str | None = None
    hours_text: str | None = None
    hours_zone: str | None = None
    hours_local: str | None = None
    hours_overlap: float | None = None
    hours_cell: str | None = None


_COLUMNS = tuple(field.name for field in fields(KeptSummary))


class Summaries:
    """Read and write kept summaries in bulk: one statement for any number of postings."""

    def __init__(self, database: Database) -> None:
        self._session = database.session
        self._table = SummaryTable.__table__  # type: ignore[attr-defined]

    def all(self) -> dict[int, KeptSummary]:
        """Every kept summary, by posting. Unbounded: not for the GUI thread."""
        return self._read(None)

    def of(self, posting_ids: Collection[int]) -> dict[int, KeptSummary]:
        """The kept summaries of these postings, by posting."""
        return self._read(posting_ids)

    def _read(self, posting_ids: Collection[int] | None) -> dict[int, KeptSummary]:
        query = sqlalchemy.select(*(self._table.c[name] for name in _COLUMNS))
        if posting_ids is not None:
            query = query.where(self._table.c.posting_id.in_(posting_ids))
        with self._session() as session:
            return {row[0]: KeptSummary(*row) for row in session.connection().execute(query)}

    def save(self, summaries: Iterable[KeptSummary]) -> None:
        """Keep these summaries in place of any kept before, in one transaction."""
        values = [{name: getattr(summary, name) for name in _COLUMNS} for summary in summaries]
        if not values:
            return
        upsert = insert(self._table)
        with self._session(writes=True) as session:
            session.connection().execute(
                upsert.on_conflict_do_update(
                    index_elements=["posting_id"],
                    set_={name: upsert.excluded[name] for name in _COLUMNS[1:]},
                ),
                values,
            )
            session.commit()
