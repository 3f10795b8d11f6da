"""A posting's summaries worked out from its reading: the reader's rules, which the window's
start does not need, load with this module, once, when `SummaryKeeper.refresh` first works
a summary out (not once for each of 100,000 postings); many postings' in worker processes
(`work_out_part`, see readers.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.domain.hours.local_time import read_hours, summarize_hours
from desktop.domain.hours.statements import HoursStatement
from desktop.domain.reading.serialize import analysis_from_dict, hours_from_dict, with_zone_picks
from desktop.domain.reading.serialize import apply_overrides as apply_corrections
from desktop.domain.red_flags.flags import find_red_flags, summarize_risk
from desktop.domain.skills.checklist import Rule, apply_overrides, summarize
from desktop.domain.skills.fit import check
from desktop.domain.skills.profile import Profile, Status
from desktop.domain.skills.taxonomy import Taxonomy, taxonomy
from desktop.services.summaries import JOIN, SummaryBases, SummaryContext, client_quality
from desktop.store import KeptSummary
from desktop.store.snapshot import Snapshot


@dataclass(frozen=True)
class Inputs:
    """What summaries stand on besides each posting's own reading."""

    context: SummaryContext
    bases: SummaryBases
    profile: Profile
    verdicts: dict[int, dict[str, Status]]
    messages: dict[int, list[str]]
    dismissed: dict[int, frozenset[str]]

    @property
    def skills(self) -> Taxonomy:
        """The skills taxonomy, built (0.1 s) only where a fit is worked out: a new day
        works out hours alone. Not kept here, so that Inputs stay small to send to a worker."""
        return taxonomy()


@dataclass(frozen=True)
class Part:
    """Postings whose summaries a worker process works out, reading them from the file."""

    db_file: Path
    posting_ids: list[int]
    everything: bool  # every kind, as after the posting itself changed
    inputs: Inputs


def work_out_part(part: Part) -> list[KeptSummary]:
    """In a worker: the part's readings and kept summaries read from the file on a
    connection of its own (committed ones: the Store's writes are), and worked out."""
    snapshot = Snapshot.open(part.db_file)
    if snapshot is None:  # the Store opened it at this schema: only a file swapped since
        raise FileNotFoundError(f"{part.db_file} is no longer the database being read")
    try:
        kept = {} if part.everything else snapshot.kept_summaries(part.posting_ids)
        return worked_out(snapshot.readings(part.posting_ids), kept, part.inputs)
    finally:
        snapshot.close()


def worked_out(
    readings: Mapping[int, tuple[dict[str, Any], dict[str, Any]]],
    kept: Mapping[int, KeptSummary],
    inputs: Inputs,
) -> list[KeptSummary]:
    """Each read posting's summaries, its stale kinds worked out again."""
    return [
        work_out(kept.get(posting_id, KeptSummary(posting_id)), reading, corrections, inputs)
        for posting_id, (reading, corrections) in readings.items()
    ]


def work_out(
    kept: KeptSummary, reading: dict[str, Any], corrections: dict[str, Any], inputs: Inputs
) -> KeptSummary:
    """`kept` with each kind whose basis is not the current one worked out again."""
    posting_id, bases, context = kept.posting_id, inputs.bases, inputs.context
    # A new day makes only hours stale (and the few fits the hours judge): the rest of the
    # reading is not rebuilt for them.
    fit_stands = kept.fit_basis in (bases.fit, bases.fit_hours)
    whole = not fit_stands or (kept.risk_basis, kept.terms_basis) != (bases.risk, bases.terms)
    analysis = analysis_from_dict(reading) if whole else None
    statements: tuple[HoursStatement, ...] | None = None
    if analysis is not None and not fit_stands:
        statements = with_zone_picks(analysis.hours, corrections)
        # the hours view's verdicts, for a must-have that states the working hours asked
        readings = read_hours(
            statements, context.on, context.zone, context.working, look_ahead=False
        )
        checked = check(analysis.must_haves, inputs.profile, inputs.skills, readings)
        fit = summarize(apply_overrides(checked, inputs.verdicts.get(posting_id, {})))
        by_hours = any(item.rule == Rule.HOURS for item in checked)
        kept = replace(
            kept,
            fit_basis=bases.fit_hours if by_hours else bases.fit,
            fit_met=fit.met,
            fit_total=fit.total,
            fit_missing=JOIN.join(fit.missing),
        )
    if analysis is not None and kept.risk_basis != bases.risk:
        hits = list(analysis.red_flags)
        for text in inputs.messages.get(posting_id, []):
            hits.extend(find_red_flags(text))
        risk = summarize_risk(hits, inputs.dismissed.get(posting_id, frozenset()))
        kept = replace(
            kept,
            risk_basis=bases.risk,
            risk_level=int(risk.level),
            risk_flags=JOIN.join(risk.flags),
        )
    if kept.hours_basis not in (bases.hours, bases.no_hours):
        if statements is None:
            written = analysis.hours if analysis is not None else hours_from_dict(reading)
            statements = with_zone_picks(written, corrections)
        hours = summarize_hours(statements, context.on, context.zone, context.working)
        kept = replace(
            kept,
            hours_basis=bases.hours if statements else bases.no_hours,
            hours_text=hours.text if hours else None,
            hours_zone=hours.zone if hours else None,
            hours_local=hours.local if hours else None,
            hours_overlap=hours.overlap_hours if hours else None,
            hours_cell=hours.cell if hours else None,
        )
    if analysis is not None and kept.terms_basis != bases.terms:
        corrected = apply_corrections(analysis, corrections)
        pay = corrected.pay
        kept = replace(
            kept,
            terms_basis=bases.terms,
            pay_min=pay.min if pay else None,
            pay_max=pay.max if pay else None,
            pay_currency=pay.currency if pay else None,
            pay_period=pay.period if pay else None,
            engagement=corrected.engagement,
            client_quality=client_quality(corrected.client),
        )
    return kept
