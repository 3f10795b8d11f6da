"""A posting's checklist as checked (fit.py checks it): its items, the user's verdicts in
place, and what it adds up to for the table, the export and learn-next.

Apart from the checking, which needs the reader's must-haves and the skills taxonomy, so
that the window's start shows kept fit summaries without loading either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.domain.skills.profile import Status

if TYPE_CHECKING:
    from desktop.domain.reading.requirements import Requirement


class Rule(StrEnum):
    ANY = "any"
    ALL = "all"
    YEARS = "years"
    HOURS = "hours"  # the posting's working hours, judged by the user's zone and hours
    MANUAL = "manual"


@dataclass(frozen=True)
class CheckItem:
    """One must-have as checked: its rule, the skills it names, and what meets them."""

    requirement: Requirement
    rule: Rule
    skills: tuple[str, ...]
    status: Status
    matched: tuple[str, ...]
    years: int | None = None
    overridden: bool = False
    # Skills that would meet the item, had the user one of them (alternatives for "any").
    unmet: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FitSummary:
    """A posting's checklist in three figures: for the table, the export and learn-next."""

    met: int
    total: int
    missing: tuple[str, ...]


def item_key(text: str) -> str:
    """A must-have's identity across re-reading: its words, spacing and case aside."""
    return " ".join(text.split()).casefold()


def apply_overrides(items: Sequence[CheckItem], overrides: dict[str, Status]) -> list[CheckItem]:
    """The checklist with the user's own verdicts in place."""
    return [
        replace(item, status=overrides[key], overridden=True)
        if (key := item_key(item.requirement.text)) in overrides
        else item
        for item in items
    ]


def coverage(items: Sequence[CheckItem], ticked: frozenset[int] = frozenset()) -> tuple[int, int]:
    """(met, all): manual items count as met once ticked (by their index)."""
    met = sum(
        1
        for i, item in enumerate(items)
        if item.status == Status.MET or (item.status == Status.MANUAL and i in ticked)
    )
    return met, len(items)


def summarize(items: Sequence[CheckItem]) -> FitSummary:
    """Met and total, and the skills to learn: the first alternative of each unmet need."""
    met, total = coverage(items)
    missing = tuple(
        dict.fromkeys(
            name
            for item in items
            if item.status in (Status.MISSING, Status.PARTIAL)
            for name in (item.unmet[:1] if item.rule == Rule.ANY else item.unmet)
        )
    )
    return FitSummary(met, total, missing)


def learn_next(summaries: dict[int, FitSummary]) -> list[tuple[str, tuple[int, ...]]]:
    """Missing skills ranked by how many postings need them, with those postings."""
    needed: dict[str, list[int]] = {}
    for posting_id, summary in summaries.items():
        for skill in summary.missing:
            needed.setdefault(skill, []).append(posting_id)
    ranked = sorted(needed.items(), key=lambda entry: (-len(entry[1]), entry[0].casefold()))
    return [(skill, tuple(sorted(ids))) for skill, ids in ranked]
