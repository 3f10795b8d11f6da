"""The freelancer's proposals over one tracker: each posting's proposal and client card,
the user's templates filled from a posting, and the ledger of what a win costs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.reading.terms import Engagement
from desktop.domain.skills.profile import Profile
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.proposals import (
    CONNECT_PRICE_SETTING,
    Bid,
    BidPeriod,
    ClientCard,
    Grouping,
    LedgerRow,
    Period,
    Proposal,
    ProposalTemplate,
    client_card,
    connect_price_from,
    fill_template,
    hours_ahead,
    ledger,
    template_values,
    write_ledger_csv,
)
from desktop.domain.tracking.tracker import Posting, Stage

if TYPE_CHECKING:
    from desktop.services.tracker import Tracker
    from desktop.store.proposals import Proposals


class ProposalDesk:
    """Proposals, templates and the ledger; reached as `Tracker.proposals`."""

    def __init__(self, tracker: Tracker) -> None:
        self._tracker = tracker

    @property
    def _kept(self) -> Proposals:
        """The store's proposals (the Store opened on first use)."""
        return self._tracker.store.proposals

    def of(self, posting_id: int) -> Proposal | None:
        return self._kept.of(posting_id)

    def draft(self, posting: Posting) -> Proposal:
        """A new proposal for the posting: sent today, costing the Connects its page asks,
        bid by the hour or for the project as the job is paid (the amount left to the user)."""
        analysis = posting.analysis
        connects = analysis.connects if analysis else None
        fixed = analysis is not None and analysis.engagement == Engagement.FREELANCE_FIXED
        pay = analysis.pay if analysis else None
        bid = Bid(
            0.0, BidPeriod.PROJECT if fixed else BidPeriod.HOUR, pay.currency if pay else "USD"
        )
        return Proposal(
            posting.id, self._tracker.time.today(), bid=bid, connects_spent=connects or 0
        )

    def save(self, proposal: Proposal) -> Proposal:
        """Keep the proposal; a posting not yet applied to moves to Applied ("Proposal
        sent"), as sending it did."""
        kept = self._kept.save(proposal)
        posting = self._tracker.store.get(proposal.posting_id).posting
        if list(Stage).index(posting.stage) < list(Stage).index(Stage.APPLIED):
            self._tracker.set_stage(proposal.posting_id, Stage.APPLIED)
        return kept

    def delete(self, posting_id: int) -> Proposal | None:
        return self._kept.delete(posting_id)

    # The client

    def client_card(self, posting: Posting, bid: Bid | None) -> ClientCard | None:
        """What the posting's client box says and what to make of it; None without one."""
        if posting.analysis is None or not posting.analysis.client:
            return None
        client = dict(posting.analysis.client)
        seen = posting.added_at.astimezone(self._tracker.time.zone)
        ahead = hours_ahead(client.get("local_time", ""), seen)
        return client_card(client, bid, ahead)

    # Templates

    def templates(self) -> list[ProposalTemplate]:
        return self._kept.templates()

    def save_template(self, template: ProposalTemplate, replacing: str = "") -> None:
        self._kept.save_template(template, replacing)

    def delete_template(self, name: str) -> None:
        self._kept.delete_template(name)

    def filled(self, body: str, posting: Posting, bid: Bid | None, profile: Profile) -> str:
        """The template's text for this posting: its client, title and must-haves, and the
        user's skills that meet them."""
        from desktop.domain.skills.fit import check  # the checklist's rules: when first filled

        analysis = posting.analysis
        must = list(analysis.must_haves) if analysis else []
        matched = [skill for item in check(must, profile, taxonomy()) for skill in item.matched]
        values = template_values(
            title=posting.details.title,
            client=posting.details.company,
            must_haves=[item.text for item in must],
            matching_skills=matched,
            bid=bid,
        )
        return fill_template(body, values)

    # The ledger

    def connect_price(self) -> float:
        return connect_price_from(self._tracker.store.settings())

    def save_connect_price(self, price: float) -> float:
        self._tracker.store.save_settings({CONNECT_PRICE_SETTING: f"{price:g}"})
        return self.connect_price()

    def ledger(self, period: Period, grouping: Grouping = Grouping.ALL) -> list[LedgerRow]:
        return ledger(
            self._kept.ledger_entries(),
            period=period,
            grouping=grouping,
            connect_price=self.connect_price(),
        )

    def export_ledger(self, path: Path, period: Period, grouping: Grouping) -> int:
        return write_ledger_csv(self.ledger(period, grouping), path)
