"""The proposals of a posting through the Tracker, as the window uses them."""

from desktop.domain.skills.fit import parse_profile
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.proposals import Bid, BidPeriod, ClientQuality
from desktop.domain.tracking.tracker import PostingDetails
from tests.conftest import fixture_text


def test_a_draft_costs_the_connects_its_page_asks_and_the_card_judges_the_client(tracker):
    posting = tracker.add(fixture_text("pages/upwork_new_client.txt"), PostingDetails())
    draft = tracker.proposals.draft(posting)
    assert (draft.connects_spent, draft.sent_on) == (12, tracker.time.today())
    card = tracker.proposals.client_card(posting, Bid(18, BidPeriod.HOUR))
    assert card is not None and card.quality == ClientQuality.POOR


def test_the_seed_like_posting_has_no_client_card_and_a_plain_draft(tracker):
    posting = tracker.add(fixture_text("upwork_contract.txt"), PostingDetails())
    assert tracker.proposals.client_card(posting, None) is None
    assert tracker.proposals.draft(posting).connects_spent == 0


def test_a_template_is_filled_with_the_users_matching_skills(tracker):
    posting = tracker.add(fixture_text("upwork_contract.txt"), PostingDetails())
    profile, _ = parse_profile("Python\nAWS\n", taxonomy())
    text = tracker.proposals.filled("I know {my_matching_skills}.", posting, None, profile)
    assert text == "I know Python and AWS."


def test_the_connect_price_is_a_setting_with_upworks_price_by_default(tracker):
    assert tracker.proposals.connect_price() == 0.15
    assert tracker.proposals.save_connect_price(0.18) == 0.18
