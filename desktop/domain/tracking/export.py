"""The tracker as CSV: RFC 4180, UTF-8 with a BOM, safe to open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, tzinfo

from desktop.domain.clock import converter_to
from desktop.domain.hours.working import HoursSummary
from desktop.domain.reading.terms import Pay, Terms
from desktop.domain.red_flags.risk import RiskSummary, flag_titles
from desktop.domain.skills.checklist import FitSummary
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.nudges import Nudge
from desktop.domain.tracking.proposals import Proposal, client_card, money
from desktop.domain.tracking.tracker import PostingRow

# What a job site says of a posting (an Upwork job page or listing), by CSV column: the
# field of the stored reading it comes from (desktop/domain/reading/serialize.py's names,
# dotted into its activity and client boxes). Empty for a posting from anywhere else.
SITE_COLUMNS: dict[str, str] = {
    "level": "level",
    "duration": "duration",
    "project_type": "project_type",
    "connects": "connects",
    "proposals": "activity.proposals",
    "client_payment_verified": "client.payment_method",
    "client_rating": "client.rating",
    "client_reviews": "client.reviews",
    "client_country": "client.country",
    "client_total_spent": "client.total_spent",
    "client_hire_rate": "client.hire_rate",
    "client_hires": "client.hires",
    "client_average_rate": "client.average_hourly_rate",
    "client_member_since": "client.member_since",
}
# The client box's fields a client card reads (desktop/domain/tracking/proposals.py), by
# the CSV column that holds them.
_CARD_FIELDS = {
    "client_payment_verified": "payment_method",
    "client_rating": "rating",
    "client_reviews": "reviews",
    "client_total_spent": "total_spent",
    "client_hire_rate": "hire_rate",
    "client_hires": "hires",
    "client_average_rate": "average_hourly_rate",
}
PROPOSAL_COLUMNS = (
    "proposal_sent",
    "bid",
    "bid_period",
    "bid_currency",
    "connects_spent",
    "boost_connects",
    "connects_returned",
    "proposal_viewed",
    "proposal_closed",
    "proposal_template",
    "client_quality",
)

# The README documents each column; a test keeps the two in step.
COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "company",
    "source",
    "url",
    "stage",
    "outcome",
    "added",
    "applied",
    "last_change",
    "follow_up",
    "needs_follow_up",
    "next_event",
    "next_event_kind",
    "stage_history",
    "notes",
    "must_have_total",
    "must_have_met",
    "missing_skills",
    "risk_level",
    "red_flags",
    "hours_text",
    "hours_zone",
    "hours_local",
    "overlap_hours",
    "pay_min",
    "pay_max",
    "pay_currency",
    "pay_period",
    "engagement",
    *SITE_COLUMNS,
    *PROPOSAL_COLUMNS,
)

_NO_SITE = ("",) * len(SITE_COLUMNS)


def tracker_row(
    posting: PostingRow,
    local: Callable[[datetime], datetime],
    *,
    fit: FitSummary | None = None,
    risk: RiskSummary | None = None,
    hours: HoursSummary | None = None,
    terms: Terms | None = None,
    nudge: Nudge | None = None,
    event: Event | None = None,
    proposal: Proposal | None = None,
) -> list[str]:
    """One posting as CSV cells, in COLUMNS order; times shown as `local` converts them
    (write_csv makes each cell safe for a spreadsheet)."""
    applied = posting.applied_at
    history = ";".join(
        f"{event.name}@{local(event.at).date().isoformat()}" for event in posting.history
    )
    details = posting.details
    cells = [
        str(posting.id),
        details.title,
        details.company,
        details.source,
        details.url or "",
        posting.stage.value,
        posting.outcome.value if posting.outcome else "",
        local(posting.added_at).isoformat(timespec="seconds"),
        local(applied).date().isoformat() if applied else "",
        local(posting.updated_at).isoformat(timespec="seconds"),
        details.follow_up.isoformat() if details.follow_up else "",
        nudge.value if nudge else "",
        local(event.instant).isoformat(timespec="seconds") if event else "",
        event.kind.value if event else "",
        history,
        details.notes,
        str(fit.total) if fit else "",
        str(fit.met) if fit else "",
        ";".join(fit.missing) if fit else "",
        risk.level.label if risk else "",
        "; ".join(flag_titles().get(flag, flag) for flag in risk.flags) if risk else "",
        hours.text if hours else "",
        hours.zone if hours else "",
        hours.local if hours else "",
        f"{hours.overlap_hours:g}" if hours and hours.overlap_hours is not None else "",
        *_pay_cells(terms.pay if terms else None),
        terms.engagement.value if terms and terms.engagement else "",
        *_site_cells(posting.site),
        *_proposal_cells(proposal, posting.site),
    ]
    return cells


def _site_cells(site: tuple[str, ...]) -> tuple[str, ...]:
    """The site's fields as written, but for the payment ("yes"/"no") and the client's
    amounts and rate as numbers a spreadsheet sorts and sums ("$8.4K" is 8400, "62%" 62)."""
    if not site:
        return _NO_SITE
    cells = dict(zip(SITE_COLUMNS, site, strict=True))
    payment = cells["client_payment_verified"].casefold()
    cells["client_payment_verified"] = {"verified": "yes", "not verified": "no"}.get(payment, "")
    for column in ("client_total_spent", "client_average_rate", "client_hire_rate"):
        amount = money(cells[column].rstrip("%"))
        cells[column] = _number(amount) if amount is not None else ""
    return tuple(cells.values())


_NO_PROPOSAL = ("",) * len(PROPOSAL_COLUMNS)


def _proposal_cells(proposal: Proposal | None, site: tuple[str, ...]) -> tuple[str, ...]:
    if proposal is None and not site:  # most rows of a large tracker: nothing to work out
        return _NO_PROPOSAL
    bid = proposal.bid if proposal else None
    client = {
        field: value
        for column, field in _CARD_FIELDS.items()
        if (value := _site_value(site, column))
    }
    card = client_card(client, bid)
    return (
        proposal.sent_on.isoformat() if proposal else "",
        _number(bid.amount) if bid else "",
        bid.period.value if bid else "",
        bid.currency if bid else "",
        str(proposal.connects_spent) if proposal else "",
        str(proposal.boost_connects) if proposal else "",
        str(proposal.connects_returned) if proposal else "",
        ("yes" if proposal.viewed else "no") if proposal else "",
        proposal.closed.value if proposal and proposal.closed else "",
        proposal.template if proposal else "",
        card.quality.value if card else "",
    )


_SITE_INDEX = {column: index for index, column in enumerate(SITE_COLUMNS)}


def _site_value(site: tuple[str, ...], column: str) -> str:
    return site[_SITE_INDEX[column]] if site else ""


def _pay_cells(pay: Pay | None) -> tuple[str, str, str, str]:
    if pay is None:
        return ("", "", "", "")
    period = pay.period.value if pay.period else ""
    return (_number(pay.min), _number(pay.max), pay.currency, period)


def _number(amount: float) -> str:
    """An amount as a spreadsheet reads it, never in exponent form: 1800000, not 1.8e+06;
    22.5; 18."""
    return f"{amount:.2f}".rstrip("0").rstrip(".")


def tracker_rows(
    postings: Iterable[PostingRow],
    zone: tzinfo,
    *,
    fits: Mapping[int, FitSummary] | None = None,
    risks: Mapping[int, RiskSummary] | None = None,
    hours: Mapping[int, HoursSummary] | None = None,
    terms: Mapping[int, Terms] | None = None,
    nudged: Callable[[PostingRow], Nudge | None] | None = None,
    next_events: Mapping[int, Event] | None = None,
    proposals: Mapping[int, Proposal] | None = None,
) -> Iterator[list[str]]:
    """The postings as CSV rows in COLUMNS order, one at a time, times in `zone`, each with
    its summaries, nudge, next event and proposal (write_csv writes them)."""
    local = converter_to(zone)
    for posting in postings:
        yield tracker_row(
            posting,
            local,
            fit=(fits or {}).get(posting.id),
            risk=(risks or {}).get(posting.id),
            hours=(hours or {}).get(posting.id),
            terms=(terms or {}).get(posting.id),
            nudge=nudged(posting) if nudged else None,
            event=(next_events or {}).get(posting.id),
            proposal=(proposals or {}).get(posting.id),
        )
