"""The site's facts about a posting (an Upwork job's level, activity, client box) shown
under its fields, and long values shown from their start."""

from dataclasses import replace

from desktop.domain.reading.analysis import analyze_posting
from desktop.ui.listing_facts import listing_lines
from tests.conftest import fixture_text
from tests.ui.conftest import add

UNVERIFIED_PAGE = (
    "Logo for a food truck\nPosted 1 hour ago\n\nSummary\nWe need a playful logo for our taco "
    "truck, delivered as SVG and PNG.\n\nFixed-price\nEntry level\n\nAbout the client\n"
    "Payment method not verified\nCanada\n1 job posted\n$0 total spent\nMember since Nov 2, 2026\n"
)


def test_an_upwork_page_shows_its_job_activity_and_client_box(window):
    add(window, fixture_text("upwork_job_page.txt"))
    facts = window.detail.listing
    assert not facts.isHidden()
    text = facts.text()
    assert "Expert" in text and "16 Connects to apply" in text
    assert "proposals 10 to 15" in text and "interviewing 2" in text
    assert "payment verified" in text and "member since Mar 3, 2019" in text


def test_an_unverified_payment_method_is_shown_in_red():
    (client,) = [
        line for line in listing_lines(analyze_posting(UNVERIFIED_PAGE)) if "Client" in line
    ]
    assert "<span style='color:#b3261e'>not verified</span>" in client
    assert "$0 spent" in client


def test_a_posting_without_site_facts_shows_none(window):
    add(window, "Data Analyst\n\nWe need SQL and Excel.\n")
    assert window.detail.listing.isHidden()


def test_long_pay_and_location_are_shown_from_their_start(window):
    add(
        window,
        "Field Technician\n\nLocation: Greater Manchester area, with travel across the North "
        "West of England\nPay: £32,000 - £38,000 per year plus overtime and a company van\n",
    )
    for edit in (window.detail.pay_edit, window.detail.location_edit):
        assert edit.text() and edit.cursorPosition() == 0
        assert edit.toolTip() == edit.text()


def test_a_page_copied_from_a_known_site_takes_its_name_as_the_source(window):
    add(window, fixture_text("upwork_job_page.txt"))
    assert window.detail.source_edit.text() == "Upwork"


def test_a_count_of_one_is_singular():
    analysis = analyze_posting(fixture_text("upwork_job_page.txt"))
    client = tuple((k, "1" if k in ("reviews", "hires") else v) for k, v in analysis.client)
    lines = listing_lines(replace(analysis, client=client))
    assert "1 review" in lines[-1] and "1 reviews" not in lines[-1]
