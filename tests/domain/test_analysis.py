import pytest

from desktop.domain.reading.analysis import analyze_posting
from tests.conftest import fixture_text


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (fixture_text("upwork_contract.txt"), "Senior Data Engineer", "Northwind Analytics"),
        (fixture_text("hn_comment.txt"), "Senior Firmware Engineer", "Lumen Robotics"),
        (fixture_text("careers_page.md"), "Product Designer", "Kestrel Health"),
        (
            "Job Title: QA Analyst\nCompany: Bright Harbor Ltd\n\nWe test things.",
            "QA Analyst",
            "Bright Harbor Ltd",
        ),
        (
            "Staff Data Scientist job in Berlin | Zalando\nThis website uses cookies.",
            "Staff Data Scientist",
            "Zalando",
        ),
        (
            "Hi there! We're looking for a Technical Copywriter to explain our API.\n\n"
            "At Fernweh Labs, we write docs people enjoy.",
            "Technical Copywriter",
            "Fernweh Labs",
        ),
        (
            "**Full-time: Customer Support Agent**\n\nJoin Parcelly and help shoppers.",
            "Customer Support Agent",
            "Parcelly",
        ),
    ],
)
def test_title_and_company_from_varied_formats(text, title, company):
    result = analyze_posting(text)
    assert (result.title, result.company) == (title, company)


def test_prose_without_a_title_or_company_reads_as_not_stated():
    result = analyze_posting("need someone to fix my wordpress site asap, budget flexible")
    assert (result.title, result.company) == ("", "")


def test_remote_header_line_is_not_taken_for_a_company():
    result = analyze_posting("Remote | Full-time | Flexible hours\n\nWe make maps.")
    assert result.company == ""


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # stars with spaces inside part a line, as a dash would
        ("*** NOW HIRING FORKLIFT OPERATORS *** DAYS AND NIGHTS ***", "FORKLIFT OPERATORS"),
        ("Line Cook *** Evenings *** $19/hr", "Line Cook"),
        # stars against the words stress them
        ("**Senior** Payroll Specialist", "Senior Payroll Specialist"),
        ("Part-time **Bookkeeper** for a **family** bakery", "Part-time Bookkeeper"),
    ],
)
def test_stars_around_words_stress_them_and_stars_between_spaces_part_the_line(first_line, title):
    text = f"{first_line}\n\nWe run three sites in the valley and need help fast.\n"
    assert analyze_posting(text).title == title
