"""Proposals and templates are kept as given, go with their posting and come back when its
delete is undone; the ledger reads each with the furthest stage its posting reached."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.tracking.proposals import (
    Bid,
    BidPeriod,
    CloseReason,
    Proposal,
    ProposalTemplate,
)
from desktop.domain.tracking.tracker import PostingDetails, Stage
from desktop.store import StoreError
from desktop.store.snapshot import Snapshot


def _posting(store, source="Upwork"):
    reading = {"title": "Logo", "company": "", "must_haves": [], "hours": []}
    details = PostingDetails(source=source)
    return store.add("x", details, reading=reading, version=1, corrections={}).posting.id


def _proposal(posting_id, **changes):
    values = {
        "sent_on": date(2026, 11, 3),
        "bid": Bid(45.0, BidPeriod.HOUR, "USD"),
        "connects_spent": 16,
        "boost_connects": 4,
        "text": "Hello, I design logos.",
        "template": "Short",
    }
    return Proposal(posting_id, **{**values, **changes})


def test_a_proposal_comes_back_as_given_and_replaces_the_last(store):
    posting_id = _posting(store)
    assert store.proposals.of(posting_id) is None
    kept = store.proposals.save(_proposal(posting_id))
    assert kept == _proposal(posting_id)
    fixed_price = Bid(600.0, BidPeriod.PROJECT, "EUR")
    fixed = store.proposals.save(
        _proposal(posting_id, bid=fixed_price, closed=CloseReason.JOB_REMOVED)
    )
    assert store.proposals.of(posting_id) == fixed
    assert (fixed.bid, fixed.connects_returned) == (fixed_price, 16)
    assert store.proposals.delete(posting_id) == fixed
    assert store.proposals.of(posting_id) is None


def test_a_proposal_for_a_posting_that_is_gone_is_refused(store):
    with pytest.raises(StoreError):
        store.proposals.save(_proposal(999))


def test_a_proposal_goes_with_its_posting_and_comes_back_on_undo(store):
    posting_id = _posting(store)
    store.proposals.save(_proposal(posting_id))
    deleted = store.delete(posting_id)
    assert store.proposals.all() == {}
    store.restore(deleted, version=1)
    assert store.proposals.of(posting_id) == _proposal(posting_id)


def test_templates_are_kept_renamed_and_forgotten(store):
    store.proposals.save_template(ProposalTemplate("Short", "Hi {client}"))
    store.proposals.save_template(ProposalTemplate("Long", "Dear {client}, ..."))
    store.proposals.save_template(ProposalTemplate("Brief", "Hi {client}!"), replacing="Short")
    assert store.proposals.templates() == [
        ProposalTemplate("Brief", "Hi {client}!"),
        ProposalTemplate("Long", "Dear {client}, ..."),
    ]
    store.proposals.delete_template("Long")
    assert [t.name for t in store.proposals.templates()] == ["Brief"]


def test_the_ledger_reads_the_furthest_stage_a_reply_and_the_site(store, paths):
    hired, lost, quiet = _posting(store), _posting(store, "Freelancer"), _posting(store)
    for posting_id in (hired, lost, quiet):
        store.proposals.save(_proposal(posting_id, text="not read by the ledger"))
    for stage in (Stage.APPLIED, Stage.INTERVIEWING, Stage.ACCEPTED):
        store.set_stage(hired, stage)
    store.set_stage(lost, Stage.INTERVIEWING)
    store.set_stage(lost, Stage.APPLIED)  # moved back: it still was interviewed
    store.annotations.add_message(lost, date(2026, 11, 5), "Thanks, we went another way.")
    snapshot = Snapshot.open(paths.db_file)
    assert snapshot is not None
    try:
        entries = {entry.proposal.posting_id: entry for entry in snapshot.ledger_entries()}
    finally:
        snapshot.close()
    assert entries == {e.proposal.posting_id: e for e in store.proposals.ledger_entries()}
    assert (entries[hired].furthest, entries[hired].platform) == (Stage.ACCEPTED, "Upwork")
    assert (entries[lost].furthest, entries[lost].replied) == (Stage.INTERVIEWING, True)
    assert (entries[quiet].furthest, entries[quiet].replied) == (Stage.SAVED, False)
    assert entries[quiet].proposal.text == ""


def test_a_contact_goes_with_its_posting_and_comes_back_on_undo(store):
    from desktop.domain.tracking.worksearch import Contact, ContactMethod

    posting_id = _posting(store)
    given = Contact("Dana", ContactMethod.PHONE, phone="+1 555 0100")
    store.annotations.save_contact(posting_id, given)
    deleted = store.delete(posting_id)
    assert store.annotations.contacts() == {}
    store.restore(deleted, version=1)
    assert store.annotations.contacts() == {posting_id: given}
