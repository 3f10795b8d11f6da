"""A freelancer's proposals: what each costs in Connects, what the client box says about the
client, the user's own templates, and the ledger that says what a win costs.

Upwork returns the Connects of a proposal only when the client cancels the job before
hiring or the job is removed; not when it expires, the client hires someone else or the
freelancer withdraws. The reason a proposal closed decides what came back, so the ledger
never counts Connects the platform kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from statistics import mean

from desktop.domain.files import write_csv
from desktop.domain.tracking.tracker import Stage

DEFAULT_CONNECT_PRICE = 0.15  # US dollars a Connect costs on Upwork
CONNECT_PRICE_SETTING = "connect_price"
PLACEHOLDERS = ("client", "title", "must_haves", "my_matching_skills", "rate")

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_MONEY = re.compile(r"\$?\s*([\d.,]+)\s*([km])?\+?", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{1,2}):(\d\d)\s*([ap])\.?m\.?", re.IGNORECASE)
_LOW_HIRE_RATE = 30  # percent
_FAR_BELOW = 0.6  # an average rate paid under 60% of the bid is far below it
_LOW_RATING = 4.0
_BIG_SPENDER = 10_000
_GOOD_HIRE_RATE = 50  # percent
_CONCERNS_FOR_POOR = 2


class CloseReason(StrEnum):
    """How a proposal ended without a hire, in the platform's terms."""

    CLIENT_CANCELLED = "client_cancelled"
    JOB_REMOVED = "job_removed"
    EXPIRED = "expired"
    HIRED_SOMEONE_ELSE = "hired_someone_else"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]

    @property
    def returns_connects(self) -> bool:
        """Whether Upwork gives the Connects back for a proposal closed this way."""
        return self in (CloseReason.CLIENT_CANCELLED, CloseReason.JOB_REMOVED)


_REASON_LABELS = {
    CloseReason.CLIENT_CANCELLED: "The client cancelled the job before hiring",
    CloseReason.JOB_REMOVED: "The job was removed",
    CloseReason.EXPIRED: "The job expired",
    CloseReason.HIRED_SOMEONE_ELSE: "The client hired someone else",
    CloseReason.WITHDRAWN: "I withdrew the proposal",
}


class BidPeriod(StrEnum):
    """What a bid is for: each hour worked, or the whole project."""

    HOUR = "hour"
    PROJECT = "project"


@dataclass(frozen=True)
class Bid:
    """What the freelancer asked: an hourly rate or a fixed amount."""

    amount: float
    period: BidPeriod
    currency: str = "USD"

    @property
    def written(self) -> str:
        per = "/hr" if self.period == BidPeriod.HOUR else " fixed"
        return f"{self.currency} {self.amount:,.2f}{per}"


@dataclass(frozen=True)
class Proposal:
    """The proposal sent for one posting."""

    posting_id: int
    sent_on: date
    bid: Bid | None = None
    connects_spent: int = 0  # every Connect it cost, boost included
    boost_connects: int = 0  # of those, the ones spent to boost it
    viewed: bool = False  # the platform showed the client had opened it
    closed: CloseReason | None = None
    text: str = ""
    template: str = ""  # the name of the template it started from

    @property
    def connects_returned(self) -> int:
        return self.connects_spent if self.closed and self.closed.returns_connects else 0

    @property
    def net_connects(self) -> int:
        return self.connects_spent - self.connects_returned


class ClientQuality(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Judgement:
    """One plain remark on the client, as a freelancer would make it."""

    text: str
    concern: bool


@dataclass(frozen=True)
class ClientCard:
    """What the client box says, and what a freelancer would make of it."""

    payment_verified: bool | None
    total_spent: float | None
    hire_rate: int | None  # percent
    hires: int | None
    average_hourly_rate: float | None
    rating: float | None
    reviews: int | None
    country: str
    local_time: str
    member_since: str
    judgements: tuple[Judgement, ...]
    quality: ClientQuality


def client_card(
    client: Mapping[str, str], bid: Bid | None = None, hours_ahead: float | None = None
) -> ClientCard | None:
    """The card for a posting's client box (the reading's `client` fields), or None when
    the posting has none. `hours_ahead` is how far the client's clock runs ahead of yours."""
    if not client:
        return None
    payment = client.get("payment_method", "").casefold()
    verified = None if not payment else payment == "verified"
    hires = _whole(client.get("hires"))
    hire_rate = _whole(client.get("hire_rate"))
    card = ClientCard(
        payment_verified=verified,
        total_spent=money(client.get("total_spent", "")),
        hire_rate=hire_rate,
        hires=hires,
        average_hourly_rate=money(client.get("average_hourly_rate", "")),
        rating=_number(client.get("rating")),
        reviews=_whole(client.get("reviews")),
        country=client.get("country", ""),
        local_time=client.get("local_time", ""),
        member_since=client.get("member_since", ""),
        judgements=(),
        quality=ClientQuality.FAIR,
    )
    judgements = tuple(_judgements(card, bid, hours_ahead))
    return replace(card, judgements=judgements, quality=_quality(card, judgements))


def _judgements(card: ClientCard, bid: Bid | None, hours_ahead: float | None) -> list[Judgement]:
    found: list[Judgement] = []
    if card.payment_verified is False:
        found.append(Judgement("Payment method not verified", concern=True))
    elif card.payment_verified:
        found.append(Judgement("Payment method verified", concern=False))
    if card.hires == 0 or (card.hires is None and card.total_spent == 0):
        found.append(Judgement("No hires yet", concern=True))
    elif card.hire_rate is not None and card.hire_rate < _LOW_HIRE_RATE:
        found.append(Judgement(f"Hire rate {card.hire_rate}%: under {_LOW_HIRE_RATE}%", True))
    if (
        bid is not None
        and bid.period == BidPeriod.HOUR
        and card.average_hourly_rate is not None
        and card.average_hourly_rate < _FAR_BELOW * bid.amount
    ):
        found.append(
            Judgement(
                f"Pays ${card.average_hourly_rate:,.2f}/hr on average, far below your bid "
                f"of ${bid.amount:,.2f}/hr",
                concern=True,
            )
        )
    if card.rating is not None and card.reviews and card.rating < _LOW_RATING:
        found.append(Judgement(f"Rated {card.rating:g} of 5 in {card.reviews} reviews", True))
    if (card.total_spent or 0) >= _BIG_SPENDER and (card.hire_rate or 0) >= _GOOD_HIRE_RATE:
        found.append(
            Judgement(
                f"Has spent ${card.total_spent:,.0f} and hires {card.hire_rate}% of the time",
                concern=False,
            )
        )
    if hours_ahead is not None and card.local_time:
        found.append(Judgement(_time_apart(card.local_time, hours_ahead), concern=False))
    return found


def _quality(card: ClientCard, judgements: Sequence[Judgement]) -> ClientQuality:
    """Poor when the client cannot pay yet or two things are wrong; fair for one."""
    concerns = [j for j in judgements if j.concern]
    if card.payment_verified is False or len(concerns) >= _CONCERNS_FOR_POOR:
        return ClientQuality.POOR
    return ClientQuality.FAIR if concerns else ClientQuality.GOOD


def _time_apart(local_time: str, hours_ahead: float) -> str:
    if not hours_ahead:
        return f"Client's time {local_time}: the same as yours"
    side = "ahead of" if hours_ahead > 0 else "behind"
    return f"Client's time {local_time}: {abs(hours_ahead):g} h {side} you"


def hours_ahead(client_clock: str, seen_at: datetime) -> float | None:
    """How far the client's clock ran ahead of yours when the page was copied: its local
    time as shown ("10:15 AM") against your own time then, to the nearest half hour."""
    match = _CLOCK.fullmatch(client_clock.strip())
    if not match:
        return None
    hour = int(match.group(1)) % 12 + (12 if match.group(3).casefold() == "p" else 0)
    theirs = datetime.combine(seen_at.date(), time(hour, int(match.group(2))))
    apart = (theirs - seen_at.replace(tzinfo=None)) / timedelta(hours=1)
    apart = (apart + 12) % 24 - 12  # a clock past midnight is a day ahead, not 20 h behind
    return round(apart * 2) / 2


def money(written: str) -> float | None:
    """An amount as a client box writes it: "$8.4K" is 8,400; "$1M+" a million."""
    match = _MONEY.fullmatch(written.strip()) if written else None
    if not match:
        return None
    try:
        amount = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = {"k": 1_000, "m": 1_000_000}.get((match.group(2) or "").casefold(), 1)
    return amount * scale


def _whole(value: str | None) -> int | None:
    number = _number(value)
    return None if number is None else int(number)


def _number(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return float(value.strip().rstrip("%").replace(",", ""))
    except ValueError:
        return None


@dataclass(frozen=True)
class ProposalTemplate:
    """One of the user's own proposal texts, with placeholders such as {client}."""

    name: str
    body: str


def fill_template(body: str, values: Mapping[str, str]) -> str:
    """The template with each known placeholder filled; an unknown one ("{portfolio}") is
    left as written, for the user to fill."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return values.get(name, match.group()) if name in PLACEHOLDERS else match.group()

    return _PLACEHOLDER.sub(value, body)


def template_values(
    *,
    title: str,
    client: str,
    must_haves: Iterable[str],
    matching_skills: Iterable[str],
    bid: Bid | None,
) -> dict[str, str]:
    """What the placeholders stand for on one posting."""
    return {
        "client": client or "there",
        "title": title,
        "must_haves": _listed(must_haves),
        "my_matching_skills": _listed(matching_skills),
        "rate": bid.written if bid else "",
    }


def _listed(items: Iterable[str]) -> str:
    names = [item for item in dict.fromkeys(items) if item]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


class Grouping(StrEnum):
    ALL = "all"
    PLATFORM = "platform"
    TEMPLATE = "template"


@dataclass(frozen=True)
class LedgerEntry:
    """A proposal with what became of it: the furthest stage its posting reached and
    whether the client wrote back."""

    proposal: Proposal
    platform: str
    furthest: Stage
    replied: bool

    @property
    def answered(self) -> bool:
        """The client wrote back: a message came, or the posting moved past the proposal."""
        return self.replied or _reached(self.furthest, Stage.SCREENING)

    @property
    def was_viewed(self) -> bool:
        return self.proposal.viewed or self.answered

    @property
    def interviewed(self) -> bool:
        return _reached(self.furthest, Stage.INTERVIEWING)

    @property
    def hired(self) -> bool:
        return self.furthest == Stage.ACCEPTED


def _reached(furthest: Stage, stage: Stage) -> bool:
    order = list(Stage)
    return order.index(furthest) >= order.index(stage)


@dataclass(frozen=True)
class LedgerRow:
    """One period (and platform or template) of the ledger."""

    period: str
    group: str
    sent: int
    connects_spent: int
    connects_returned: int
    net_cost: float
    viewed: int
    replied: int
    interviewed: int
    hired: int
    win_rate: float | None
    connects_per_win: float | None
    cost_per_win: float | None
    average_bid: float | None  # hourly bids only, per hour
    average_won_bid: float | None

    @property
    def net_connects(self) -> int:
        return self.connects_spent - self.connects_returned


def period_of(day: date, period: Period) -> str:
    """ "2026-W47" for a week (ISO weeks, starting Monday), "2026-11" for a month."""
    if period == Period.MONTH:
        return f"{day.year}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def ledger(
    entries: Iterable[LedgerEntry],
    *,
    period: Period,
    grouping: Grouping = Grouping.ALL,
    connect_price: float = DEFAULT_CONNECT_PRICE,
) -> list[LedgerRow]:
    """Rows per period (newest first), and within it per platform or template."""
    groups: dict[tuple[str, str], list[LedgerEntry]] = {}
    for entry in entries:
        key = (period_of(entry.proposal.sent_on, period), _group_of(entry, grouping))
        groups.setdefault(key, []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: (item[0][0], item[0][1]))
    ordered.sort(key=lambda item: item[0][0], reverse=True)
    return [_row(when, group, members, connect_price) for (when, group), members in ordered]


def _group_of(entry: LedgerEntry, grouping: Grouping) -> str:
    if grouping == Grouping.PLATFORM:
        return entry.platform or "No platform"
    if grouping == Grouping.TEMPLATE:
        return entry.proposal.template or "No template"
    return "All"


def _row(when: str, group: str, entries: Sequence[LedgerEntry], price: float) -> LedgerRow:
    spent = sum(e.proposal.connects_spent for e in entries)
    returned = sum(e.proposal.connects_returned for e in entries)
    hired = sum(e.hired for e in entries)
    net_cost = (spent - returned) * price
    hourly = [e for e in entries if e.proposal.bid and e.proposal.bid.period == BidPeriod.HOUR]
    return LedgerRow(
        period=when,
        group=group,
        sent=len(entries),
        connects_spent=spent,
        connects_returned=returned,
        net_cost=net_cost,
        viewed=sum(e.was_viewed for e in entries),
        replied=sum(e.answered for e in entries),
        interviewed=sum(e.interviewed for e in entries),
        hired=hired,
        win_rate=hired / len(entries) if entries else None,
        connects_per_win=(spent - returned) / hired if hired else None,
        cost_per_win=net_cost / hired if hired else None,
        average_bid=_average_bid(hourly),
        average_won_bid=_average_bid([e for e in hourly if e.hired]),
    )


def _average_bid(entries: Sequence[LedgerEntry]) -> float | None:
    amounts = [e.proposal.bid.amount for e in entries if e.proposal.bid]
    return mean(amounts) if amounts else None


def furthest_stage(stages: Iterable[Stage]) -> Stage:
    """The furthest of the stages a posting has been in."""
    order = list(Stage)
    return max(stages, key=order.index, default=Stage.SAVED)


def connect_price_from(settings: Mapping[str, str]) -> float:
    """The price of a Connect the user set, else Upwork's."""
    try:
        price = float(settings.get(CONNECT_PRICE_SETTING, ""))
    except ValueError:
        return DEFAULT_CONNECT_PRICE
    return price if price >= 0 else DEFAULT_CONNECT_PRICE


# The ledger as CSV, one row per period and group; the README documents each column.
LEDGER_COLUMNS = (
    "period",
    "group",
    "sent",
    "connects_spent",
    "connects_returned",
    "net_connects",
    "net_cost",
    "viewed",
    "replied",
    "interviewed",
    "hired",
    "win_rate",
    "connects_per_win",
    "cost_per_win",
    "average_hourly_bid",
    "average_hourly_bid_won",
)


def ledger_cells(row: LedgerRow) -> list[str]:
    def number(value: float | None, places: int = 2) -> str:
        return "" if value is None else f"{value:.{places}f}"

    return [
        row.period,
        row.group,
        str(row.sent),
        str(row.connects_spent),
        str(row.connects_returned),
        str(row.net_connects),
        number(row.net_cost),
        str(row.viewed),
        str(row.replied),
        str(row.interviewed),
        str(row.hired),
        number(row.win_rate, 3),
        number(row.connects_per_win, 1),
        number(row.cost_per_win),
        number(row.average_bid),
        number(row.average_won_bid),
    ]


def write_ledger_csv(rows: Iterable[LedgerRow], path: Path) -> int:
    """Write the ledger to `path` whole or not at all; returns the rows written."""
    return write_csv(Path(path), LEDGER_COLUMNS, (ledger_cells(row) for row in rows))
