"""Each posting's fit, risk and hours for the table and the CSV, kept rather than worked
out again at every start.

A kept summary is worked out again only when what it stands on changes: its basis names
the parser version and, for fit, the profile; for hours, the day, the user's zone and
working hours, but only for a posting that states hours (most do not: theirs stands on the
parser version alone, and a new day works out again only the few that do). A fit with a
must-have judged by the posting's hours ("Must overlap 4 hours with ET") stands on those
too (`fit_hours`), so a new zone or working day works its fit out again. A change to one
posting (its reading, verdicts, messages, dismissed flags, zone picks) works out that
posting's summary at once (`refresh`).

Kept summaries are shown without the reader; working them out (`working_out.py`) imports it,
once per `refresh`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from desktop.domain.clock import UserTime
from desktop.domain.hours.working import HoursSummary, WorkingHours
from desktop.domain.reading.kept import PARSER_VERSION
from desktop.domain.reading.terms import Engagement, Pay, PayPeriod, Terms
from desktop.domain.red_flags.risk import Risk, RiskSummary
from desktop.domain.skills.checklist import FitSummary
from desktop.domain.skills.profile import Profile, format_profile
from desktop.domain.tracking.proposals import client_card
from desktop.domain.tracking.tracker import Posting
from desktop.store import KeptSummary
from desktop.store.deferred import DeferredStore
from desktop.store.reads import KIND_COLUMNS, StandingSummaries

if TYPE_CHECKING:
    from desktop.services.readers import Readers

# Lists in a kept summary's text columns are joined with this; no flag id or skill name has it.
JOIN = "\x1f"


def terms_of(posting: Posting) -> Terms:
    """A posting's pay and engagement as read, with the user's corrections, and the quality
    of its client."""
    analysis = posting.analysis
    if analysis is None:
        return Terms(None, None)
    return Terms(analysis.pay, analysis.engagement, client_quality(analysis.client))


def client_quality(client: Iterable[tuple[str, str]]) -> str:
    """ "good", "fair" or "poor" from a page's client box, before any bid; "" without one."""
    card = client_card(dict(client))
    return card.quality.value if card else ""


@dataclass
class TableSummaries:
    """Fit, risk, hours and terms by posting, as the table's columns and the CSV show them."""

    fits: dict[int, FitSummary] = field(default_factory=dict)
    risks: dict[int, RiskSummary] = field(default_factory=dict)
    hours: dict[int, HoursSummary] = field(default_factory=dict)
    terms: dict[int, Terms] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryContext:
    """What hours are put in: the day, the user's zone and their working hours."""

    on: date
    zone: str
    working: WorkingHours

    @classmethod
    def today(cls, time: UserTime, working: WorkingHours) -> SummaryContext:
        return cls(time.today(), time.zone_name, working)


@dataclass(frozen=True)
class SummaryBases:
    """What each kind was worked out from: a kept summary whose basis differs is stale."""

    fit: str
    fit_hours: str  # a fit with a must-have the hours judge: the profile, the day and hours
    risk: str
    hours: str
    no_hours: str  # a posting that states no hours: none on any day, in any zone
    terms: str


class SummaryKeeper:
    """Reads kept summaries, finds the stale ones, and works summaries out and keeps them."""

    def __init__(self, database: DeferredStore, readers: Readers) -> None:
        self._database = database
        self._readers = readers  # many postings worked out in its worker processes

    def kept(self, context: SummaryContext) -> tuple[TableSummaries, list[int]]:
        """The kept summaries still standing, and the read postings whose summary is stale.

        Cheap enough for a start: no posting is read, nothing is worked out, and the
        Store need not be open.
        """
        reads = self._database.reads()
        bases = summary_bases(reads.profile(), context)
        return standing(reads.standing_summaries(asdict(bases)))

    def kept_of(self, posting_ids: Sequence[int], context: SummaryContext) -> TableSummaries:
        """These postings' kept summaries that still stand (stale ones are left out)."""
        reads = self._database.reads()
        bases = summary_bases(reads.profile(), context)
        return standing(reads.standing_summaries(asdict(bases), posting_ids))[0]

    def refresh(
        self, posting_ids: Sequence[int], context: SummaryContext, *, everything: bool = False
    ) -> TableSummaries:
        """Work out and keep the stale kinds of these postings' summaries (all kinds with
        `everything`, after the posting itself changed); returns their summaries."""
        # The reader, imported once
        from desktop.services.working_out import Inputs, Part, worked_out

        store = self._database.store()
        annotations, profile = store.annotations, store.profile()
        inputs = Inputs(
            context=context,
            bases=summary_bases(profile, context),
            profile=profile,
            verdicts=annotations.verdicts_of(posting_ids),
            messages=annotations.message_texts_of(posting_ids),
            dismissed=annotations.dismissed_of(posting_ids),
        )
        if self._readers.in_workers(len(posting_ids)):
            part = Part(store.database.db_file, list(posting_ids), everything, inputs)
            rows = self._readers.work_out(part)
        else:
            kept = {} if everything else store.kept_summaries(posting_ids)
            rows = worked_out(store.readings(posting_ids), kept, inputs)
        unpacker = _Unpacker(TableSummaries())
        for row in rows:
            unpacker.add(row)
        if not store.database.read_only:  # a read-only file is summarized, not kept
            store.summaries.save(rows)
        return unpacker.summaries


# The checklist's rules, named in each fit's basis: a fit kept under older rules (before
# must-haves asking for working hours were judged by them, Rule.HOURS) is worked out again.
_FIT_RULES = "hours"


def summary_bases(profile: Profile, context: SummaryContext) -> SummaryBases:
    """What each kind of summary stands on today."""
    written = format_profile(profile).encode("utf-8")
    working = context.working
    fit = f"{PARSER_VERSION}:{_FIT_RULES}:{hashlib.sha256(written).hexdigest()[:16]}"
    hours = (
        f"{PARSER_VERSION}:{context.on.isoformat()}:{context.zone}:"
        f"{working.hours_text} {working.days_text}"
    )
    return SummaryBases(
        fit=fit,
        fit_hours=f"{fit}|{hours}",
        risk=f"{PARSER_VERSION}",
        hours=hours,
        no_hours=f"{PARSER_VERSION}:no hours",
        terms=f"{PARSER_VERSION}:client",  # the client's quality joined pay and engagement
    )


def standing(kept: StandingSummaries) -> tuple[TableSummaries, list[int]]:
    """The standing summaries as the table shows them, one made for each group of postings
    that share it, and the postings with a stale kind. Each kind that stands is shown while
    the others are worked out: a new day makes every Hours stale, and Fit and Risk must not
    go blank meanwhile."""
    summaries = TableSummaries()
    for kind, groups in kept.groups.items():
        shown, make = getattr(summaries, kind), _MAKERS[kind]
        for values, posting_ids in groups:
            summary = make(values)
            if summary is not None:
                shown.update(dict.fromkeys(posting_ids, summary))
    return summaries, kept.stale


def _fit(values: tuple[Any, ...]) -> FitSummary:
    met, total, missing = values
    return FitSummary(met or 0, total or 0, _split(missing))


def _risk(values: tuple[Any, ...]) -> RiskSummary:
    level, flags = values
    return RiskSummary(_RISKS[level or 0], _split(flags))


def _hours(values: tuple[Any, ...]) -> HoursSummary | None:
    text, zone, local, overlap, cell = values
    if text is None:
        return None
    return HoursSummary(text, zone or "", local or "", overlap, cell or "")


def _terms(values: tuple[Any, ...]) -> Terms | None:
    low, high, currency, period, engagement, client = values
    if not (currency or engagement or client):
        return None
    pay = None
    if currency is not None and low is not None:
        pay = Pay(low, high, currency, PayPeriod(period) if period else None)
    return Terms(pay, Engagement(engagement) if engagement else None, client or "")


# Each kind's summary from the values of its columns (KIND_COLUMNS), or None where it
# shows nothing.
_MAKERS: dict[str, Callable[[tuple[Any, ...]], Any]] = {
    "fits": _fit,
    "risks": _risk,
    "hours": _hours,
    "terms": _terms,
}


class _Unpacker:
    """Kept rows as domain summaries, each distinct one made once and shared: most postings
    have the same risk and many the same fit, and 100,000 copies of each would fill memory."""

    def __init__(self, summaries: TableSummaries) -> None:
        self.summaries = summaries
        self._made: dict[tuple[Any, ...], Any] = {}
        self._columns = {kind: attrgetter(*names) for kind, names in KIND_COLUMNS.items()}

    def add(self, row: KeptSummary) -> None:
        for kind, columns in self._columns.items():
            values = columns(row)
            key = (kind, values)
            if key not in self._made:
                self._made[key] = _MAKERS[kind](values)
            if (made := self._made[key]) is not None:
                getattr(self.summaries, kind)[row.posting_id] = made


_RISKS = {int(risk): risk for risk in Risk}


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split(JOIN)) if joined else ()
