"""The freelancer's proposals (one per posting, deleted with it) and their own templates."""

from __future__ import annotations

from desktop.domain.tracking.proposals import LedgerEntry, Proposal, ProposalTemplate
from desktop.store import reads
from desktop.store.database import Database
from desktop.store.tables import ProposalTable, ProposalTemplateTable, posting_row


class Proposals:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._session = database.session

    def of(self, posting_id: int) -> Proposal | None:
        with self._database.reading() as connection:
            return reads.proposal(connection, posting_id)

    def save(self, proposal: Proposal) -> Proposal:
        """Keep the proposal for `proposal.posting_id`, replacing any; StoreError (not
        found) when the posting is gone."""
        with self._session(writes=True) as session:
            posting_row(session, proposal.posting_id, self._database.db_file)
            session.merge(proposal_row(proposal))
            session.commit()
        saved = self.of(proposal.posting_id)
        assert saved is not None, "a proposal just kept is there"
        return saved

    def delete(self, posting_id: int) -> Proposal | None:
        """Forget a posting's proposal; returns it (None if there was none)."""
        gone = self.of(posting_id)
        with self._session(writes=True) as session:
            row = session.get(ProposalTable, posting_id)
            if row is not None:
                session.delete(row)
                session.commit()
        return gone

    def ledger_entries(self) -> list[LedgerEntry]:
        with self._database.reading() as connection:
            return reads.ledger_entries(connection)

    def all(self) -> dict[int, Proposal]:
        with self._database.reading() as connection:
            return reads.proposals(connection)

    def templates(self) -> list[ProposalTemplate]:
        with self._database.reading() as connection:
            return reads.proposal_templates(connection)

    def save_template(self, template: ProposalTemplate, replacing: str = "") -> None:
        """Keep a template under its name; `replacing` names the one it was before a
        rename, which goes."""
        with self._session(writes=True) as session:
            if replacing and replacing != template.name:
                old = session.get(ProposalTemplateTable, replacing)
                if old is not None:
                    session.delete(old)
            session.merge(ProposalTemplateTable(name=template.name, body=template.body))
            session.commit()

    def delete_template(self, name: str) -> None:
        with self._session(writes=True) as session:
            row = session.get(ProposalTemplateTable, name)
            if row is not None:
                session.delete(row)
                session.commit()


def proposal_of(row: ProposalTable) -> Proposal:
    columns = (
        row.posting_id,
        row.sent_on,
        row.bid_amount,
        row.bid_period,
        row.bid_currency,
        row.connects_spent,
        row.boost_connects,
        row.viewed,
        row.closed,
        row.template,
    )
    return reads.proposal_from(columns, row.text)


def proposal_row(proposal: Proposal) -> ProposalTable:
    bid = proposal.bid
    return ProposalTable(
        posting_id=proposal.posting_id,
        sent_on=proposal.sent_on,
        bid_amount=bid.amount if bid else None,
        bid_period=bid.period.value if bid else "",
        bid_currency=bid.currency if bid else "",
        connects_spent=proposal.connects_spent,
        boost_connects=proposal.boost_connects,
        viewed=proposal.viewed,
        closed=proposal.closed.value if proposal.closed else "",
        text=proposal.text,
        template=proposal.template,
    )
