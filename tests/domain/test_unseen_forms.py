"""Forms of postings seen outside the tuning set: symbol bullets, heading families in other
wordings, ATS label columns, other languages. Each text here is written for the test."""

import time

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import PayPeriod


def _texts(items):
    return [item.text for item in items]


def test_symbols_and_emoji_as_bullets_make_list_items_without_the_symbol():
    text = (
        "Requirements:\n"
        "○ Two years of dispatch work\n"
        "▸ Clear spoken English\n"
        "▪️ A quiet place to take calls\n"
        "🔹 Comfort with route-planning software\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Two years of dispatch work",
        "Clear spoken English",
        "A quiet place to take calls",
        "Comfort with route-planning software",
    ]


def test_a_chat_board_post_with_emoji_icons_reads_its_labels_and_headings():
    text = (
        "🚀 We're hiring: Growth Marketer (part-time) 🚀\n\n"
        "🏢 Company: Bramblefield Games\n"
        "💰 Rate: $30-$45/hr\n\n"
        "✅ Requirements:\n"
        "🔸 Paid social campaigns you ran yourself\n"
        "🔸 Knowing your way around GA4\n\n"
        "⭐ Nice to have:\n"
        "🔸 TikTok ads\n"
    )
    result = analyze_posting(text)
    assert result.title == "Growth Marketer (part-time)"
    assert result.company == "Bramblefield Games"
    assert result.pay is not None and (result.pay.min, result.pay.max) == (30, 45)
    assert result.pay.period == PayPeriod.HOUR
    assert _texts(result.must_haves) == [
        "Paid social campaigns you ran yourself",
        "Knowing your way around GA4",
    ]
    assert _texts(result.nice_to_haves) == ["TikTok ads"]


def test_a_long_line_of_emoji_is_read_in_one_pass():
    line = "🔥" * 30_000 + " x"
    started = time.perf_counter()
    analyze_posting(line + "\n" + line)
    assert time.perf_counter() - started < 2


def test_what_you_will_bring_heads_the_must_haves_not_the_duties():
    text = (
        "What You Will Do\n- Close the books each month\n\n"
        "What You Will Bring\n- Four years in payroll\n- Fluency with spreadsheets\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Four years in payroll",
        "Fluency with spreadsheets",
    ]


def test_uk_person_specification_essential_and_desirable():
    text = (
        "Essential:\n- A valid food hygiene certificate\n- Weekend availability\n\n"
        "Desirable criteria\n- Barista training\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["A valid food hygiene certificate", "Weekend availability"]
    assert _texts(result.nice_to_haves) == ["Barista training"]


def test_an_asset_and_would_be_nice_mark_a_plus():
    text = (
        "Qualifications\n"
        "- Class 5 driver's licence\n"
        "- A second language is an asset\n"
        "- Some warehouse experience would be nice\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Class 5 driver's licence"]
    assert _texts(result.nice_to_haves) == [
        "A second language is an asset",
        "Some warehouse experience would be nice",
    ]


def test_requirements_asked_for_in_a_comment_without_a_list():
    text = (
        "Gullwing Maps | Backend Engineer | Oslo | ONSITE\n\n"
        "We draw sea charts for small boats. We need someone with solid Go experience. "
        "You should have run Postgres at scale before.\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert any("Go experience" in item for item in must)
    assert any("Postgres" in item for item in must)
