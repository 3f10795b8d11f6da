"""Proposals, Connects and the ledger (desktop/domain/tracking/proposals.py). The ledger's
figures below were worked out by hand from the sample."""

from datetime import date, datetime

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.skills.fit import check, parse_profile
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.proposals import (
    Bid,
    BidPeriod,
    ClientQuality,
    CloseReason,
    Grouping,
    LedgerEntry,
    Period,
    Proposal,
    client_card,
    fill_template,
    hours_ahead,
    ledger,
    money,
    template_values,
)
from desktop.domain.tracking.tracker import Stage
from tests.conftest import fixture_text


@pytest.mark.parametrize(
    ("reason", "returned"),
    [
        (CloseReason.CLIENT_CANCELLED, 14),
        (CloseReason.JOB_REMOVED, 14),
        (CloseReason.EXPIRED, 0),
        (CloseReason.HIRED_SOMEONE_ELSE, 0),
        (CloseReason.WITHDRAWN, 0),
        (None, 0),
    ],
)
def test_connects_come_back_only_when_the_client_cancels_or_the_job_is_removed(reason, returned):
    proposal = Proposal(1, date(2026, 11, 2), connects_spent=14, boost_connects=4, closed=reason)
    assert proposal.connects_returned == returned
    assert proposal.net_connects == 14 - returned


def _entry(day, connects, bid, *, furthest=Stage.APPLIED, closed=None, replied=False, **more):
    proposal = Proposal(
        posting_id=day,
        sent_on=date(2026, 11, day),
        bid=Bid(bid, BidPeriod.HOUR) if bid else Bid(400, BidPeriod.PROJECT),
        connects_spent=connects,
        closed=closed,
        template=more.get("template", ""),
        viewed=more.get("viewed", False),
    )
    return LedgerEntry(proposal, more.get("platform", "Upwork"), furthest, replied)


# Week 47 of 2026 runs from Monday 16 to Sunday 22 November.
_SAMPLE = [
    _entry(16, 16, 40, viewed=True, template="Short"),
    _entry(17, 12, 50, furthest=Stage.ACCEPTED, replied=True, template="Short"),
    _entry(18, 8, 30, closed=CloseReason.JOB_REMOVED, template="Long"),
    _entry(19, 20, None, furthest=Stage.INTERVIEWING, replied=True, template="Long"),
    _entry(20, 10, 45, closed=CloseReason.HIRED_SOMEONE_ELSE, platform="Freelancer"),
]


def test_the_ledger_gives_cost_per_win_and_win_rate_worked_by_hand():
    (week,) = ledger(_SAMPLE, period=Period.WEEK, connect_price=0.15)
    assert week.period == "2026-W47"
    assert (week.sent, week.connects_spent, week.connects_returned) == (5, 66, 8)
    assert week.net_connects == 58
    assert week.net_cost == pytest.approx(8.70)  # 58 Connects at $0.15
    # Viewed: ticked (16), a reply (17, 19); replied 2; interviewed 17 (hired) and 19.
    assert (week.viewed, week.replied, week.interviewed, week.hired) == (3, 2, 2, 1)
    assert week.win_rate == pytest.approx(0.2)
    assert week.connects_per_win == 58
    assert week.cost_per_win == pytest.approx(8.70)
    # Hourly bids 40, 50, 30, 45 average 41.25; the one won was at 50. The fixed bid is apart.
    assert (week.average_bid, week.average_won_bid) == (41.25, 50)


def test_the_ledger_splits_by_period_platform_and_template():
    later = [*_SAMPLE, _entry(24, 6, 35, furthest=Stage.ACCEPTED)]
    weeks = ledger(later, period=Period.WEEK)
    assert [row.period for row in weeks] == ["2026-W48", "2026-W47"]
    (month,) = ledger(later, period=Period.MONTH)
    assert (month.period, month.sent, month.hired) == ("2026-11", 6, 2)
    assert month.cost_per_win == pytest.approx((72 - 8) * 0.15 / 2)
    by_platform = ledger(_SAMPLE, period=Period.MONTH, grouping=Grouping.PLATFORM)
    assert [(row.group, row.sent) for row in by_platform] == [("Freelancer", 1), ("Upwork", 4)]
    by_template = ledger(_SAMPLE, period=Period.MONTH, grouping=Grouping.TEMPLATE)
    assert {row.group: row.hired for row in by_template} == {
        "Long": 0,
        "No template": 0,
        "Short": 1,
    }
    # No win yet: no cost per win rather than a division by zero.
    (lost,) = ledger(_SAMPLE[:1], period=Period.WEEK)
    assert (lost.win_rate, lost.connects_per_win, lost.cost_per_win) == (0, None, None)


def test_a_long_standing_verified_client_reads_as_good():
    result = analyze_posting(fixture_text("upwork_job_page.txt"))
    card = client_card(dict(result.client), Bid(30, BidPeriod.HOUR))
    assert card is not None
    assert (card.payment_verified, card.total_spent, card.hire_rate) == (True, 8_400, 62)
    assert card.quality == ClientQuality.GOOD
    assert not [judgement for judgement in card.judgements if judgement.concern]


def test_a_new_unverified_client_reads_as_poor_with_its_reasons():
    result = analyze_posting(fixture_text("pages/upwork_new_client.txt"))
    card = client_card(dict(result.client), Bid(18, BidPeriod.HOUR), hours_ahead=-8)
    assert card is not None
    concerns = [judgement.text for judgement in card.judgements if judgement.concern]
    assert concerns == ["Payment method not verified", "No hires yet"]
    assert card.quality == ClientQuality.POOR
    assert "Client's time 4:40 AM: 8 h behind you" in [j.text for j in card.judgements]


def test_a_client_paying_far_below_the_bid_or_rarely_hiring_is_a_concern():
    client = {
        "payment_method": "verified",
        "hire_rate": "22%",
        "hires": "3",
        "average_hourly_rate": "$12.00",
    }
    card = client_card(client, Bid(40, BidPeriod.HOUR))
    assert card is not None
    assert [j.text for j in card.judgements if j.concern] == [
        "Hire rate 22%: under 30%",
        "Pays $12.00/hr on average, far below your bid of $40.00/hr",
    ]
    assert card.quality == ClientQuality.POOR
    # A fixed-price bid is not compared with an hourly average.
    fixed = client_card(client, Bid(500, BidPeriod.PROJECT))
    assert fixed is not None and fixed.quality == ClientQuality.FAIR


def test_a_posting_without_a_client_box_has_no_card():
    assert client_card({}) is None


@pytest.mark.parametrize(
    ("clock", "yours", "ahead"),
    [
        ("10:15 AM", datetime(2026, 11, 2, 9, 14), 1.0),
        ("4:40 AM", datetime(2026, 11, 2, 12, 41), -8.0),
        ("1:05 AM", datetime(2026, 11, 2, 20, 5), 5.0),  # past the client's midnight
        ("9:35 PM", datetime(2026, 11, 2, 16, 5), 5.5),
        ("soon", datetime(2026, 11, 2, 16, 5), None),
    ],
)
def test_the_clients_clock_against_yours(clock, yours, ahead):
    assert hours_ahead(clock, yours) == ahead


@pytest.mark.parametrize(
    ("written", "amount"), [("$8.4K", 8_400), ("$1M+", 1_000_000), ("$950", 950), ("", None)]
)
def test_amounts_as_a_client_box_writes_them(written, amount):
    assert money(written) == amount


def test_a_template_is_filled_from_the_posting_and_the_profile():
    result = analyze_posting(fixture_text("upwork_contract.txt"))
    profile, _ = parse_profile("Python\nPostgreSQL\nDocker\n", taxonomy())
    items = check(result.must_haves, profile, taxonomy())
    values = template_values(
        title=result.title,
        client=result.company,
        must_haves=[item.text for item in result.must_haves],
        matching_skills=[skill for item in items for skill in item.matched],
        bid=Bid(65, BidPeriod.HOUR),
    )
    body = "Hi {client},\nFor your {title} role I bring {my_matching_skills} at {rate}. {portfolio}"
    assert fill_template(body, values) == (
        "Hi Northwind Analytics,\nFor your Senior Data Engineer role I bring Python and "
        "PostgreSQL at USD 65.00/hr. {portfolio}"
    )
    assert "5+ years of Python" in values["must_haves"]
