"""Titles as pasted: sentences, briefs with a tail, links and bracketed asides."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from tests.conftest import fixture_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We're looking for a calm, detail-minded Payroll Specialist to join our finance "
            "team in Graz.\n\nYou will run payroll for 300 people.",
            "Payroll Specialist",
        ),
        ("Bookkeeper needed for a family bakery\n\nWe bake bread.", "Bookkeeper"),
        ("Illustrator for children's picture books\n\nThree books a year.", "Illustrator"),
        ("Data Analyst [urgent, paid weekly]\n\nWe sell tiles.", "Data Analyst"),
        ("Title: Sound Engineer https://example.org/jobs/17\n\nLive gigs.", "Sound Engineer"),
        ("**Job Title:** Line Cook\n\nA busy kitchen.", "Line Cook"),
        ("We need someone to look after the garden.\n\nHello.", ""),
        ("Hiring a part-time bookkeeper.\nWe are a bakery.", "Part-Time Bookkeeper"),
    ],
)
def test_the_title_is_the_role_a_first_line_or_label_names(text, title):
    assert analyze_posting(text).title == title


def test_a_site_title_line_is_kept_as_the_site_shows_it():
    result = analyze_posting(fixture_text("upwork_listing_hourly.txt"))
    assert result.title == "Bookkeeping Cleanup for a Small Bakery Chain"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Our maps serve hikers.\n\nYou will be the lead engineer for the backend of our app.\n",
            "Backend Lead Engineer",
        ),
        (
            "We sell tea online.\n\nYou'll be our senior designer on the checkout, day to day.\n",
            "Checkout Senior Designer",
        ),
        # The team the role serves is no area of work.
        ("We grow.\n\nYou will be our product manager for the team in Oslo.\n", "Product Manager"),
    ],
)
def test_a_title_from_the_role_a_sentence_gives_the_reader(text, title):
    assert analyze_posting(text).title == title
