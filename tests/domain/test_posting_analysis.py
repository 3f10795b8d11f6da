"""The posting parser on hand-written postings in the formats real boards produce."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import HoursPerWeek, Pay, find_pay
from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.reading.requirements import years_required
from desktop.domain.reading.sections import has_cue
from tests.conftest import fixture_text


def _kinds(analysis):
    return [(s.kind, s.heading) for s in analysis.sections]


def _texts(items):
    return [item.text for item in items]


def test_platform_contract_reads_like_the_posting_gigdesk_was_built_for():
    text = fixture_text("platform_contract.txt")
    result = analyze_posting(text)
    assert (result.title, result.company) == ("Principal Mobile Engineer", "Lancehub")
    assert result.engagement == "contract"
    assert result.hours_per_week == HoursPerWeek(35, 35)
    assert result.years_experience == 6
    headings = [h for _, h in _kinds(result)]
    assert "Required Skills" not in headings  # a heading over nothing is no section
    scope = next(s for s in result.sections if s.heading == "Work/Project Scope")
    assert scope.kind == SectionKind.RESPONSIBILITIES
    assert len([line for line in scope.lines if line.kind.value == "item"]) == 15
    assert len(result.must_haves) == 8
    assert result.must_haves[0].text == "6+ years building native mobile apps in Swift or Kotlin;"
    assert result.nice_to_haves == ()
    legal = [s for s in result.sections if s.kind == SectionKind.LEGAL]
    assert text[legal[0].start : legal[0].end].startswith("Lancehub is an equal opportunity")
    footer = result.sections[-1]
    assert footer.kind == SectionKind.BOILERPLATE and footer.detail == "job_board"
    assert text[footer.start :].startswith("See more jobs")


def test_every_item_span_points_at_its_own_words_in_the_stored_text():
    text = fixture_text("platform_contract.txt")
    result = analyze_posting(text)
    for item in (*result.must_haves, *result.nice_to_haves):
        assert text[item.start : item.end] == item.text


def test_bold_headings_and_a_plus_clauses_inside_a_must_have_list():
    text = fixture_text("contract_brief.txt")
    result = analyze_posting(text)
    assert "Strong SQL" in _texts(result.must_haves)
    assert _texts(result.nice_to_haves) == ["with a master's degree a plus;"]
    kinds = {item.text: item.kind for item in result.must_haves}
    assert kinds["Fluent English, written and spoken;"] == "language"
    assert kinds["A reliable laptop and a fast internet connection;"] == "equipment"
    assert kinds["5+ years of Python;"] == "skill"


def test_setext_and_all_caps_headings_and_a_whole_item_that_is_an_advantage():
    result = analyze_posting(fixture_text("setext_caps.md"))
    assert result.title == "Mobile Developer"
    assert (SectionKind.MUST_HAVE, "WHAT WE NEED") in _kinds(result)
    assert (SectionKind.BENEFITS, "PERKS") in _kinds(result)
    assert _texts(result.must_haves) == [
        "3+ years of Flutter or React Native",
        "Experience publishing to the App Store",
    ]
    assert _texts(result.nice_to_haves) == ["Kotlin would be an advantage"]
    assert result.pay == Pay(40, 60, "USD", "hour")
    assert result.engagement == "freelance-hourly"


def test_a_requirements_heading_over_perks_is_benefits():
    result = analyze_posting(fixture_text("perks_under_requirements.md"))
    assert (SectionKind.BENEFITS, "Requirements") in _kinds(result)
    assert len(result.must_haves) == 3
    assert (result.title, result.company) == ("Support Engineer", "Tidewater")


def test_noisy_careers_page_joins_split_labels_and_drops_the_menu():
    text = fixture_text("noisy_page.txt")
    result = analyze_posting(text)
    details = [(s.kind, s.detail) for s in result.sections if s.kind == SectionKind.BOILERPLATE]
    assert details == [
        (SectionKind.BOILERPLATE, "cookie_banner"),
        (SectionKind.BOILERPLATE, "navigation"),
    ]
    first = result.must_haves[0]
    assert " ".join(first.text.split()) == (
        "Cloud Skills : Hands-on experience with Terraform and Kubernetes in production."
    )
    assert len(result.must_haves) == 2
    assert (result.title, result.company) == ("Platform Engineer", "Harbourline")
    assert result.pay == Pay(70_000, 85_000, "EUR", "year")


def test_hacker_news_header_and_prose_requirement():
    result = analyze_posting(fixture_text("hn_header_salary.txt"))
    assert (result.title, result.company) == ("Senior Backend Engineer", "Quillmate")
    assert result.location == "Remote (EU)" and result.remote == "remote"
    assert result.engagement == "full-time"
    assert result.pay == Pay(90_000, 110_000, "EUR", "year")
    assert _texts(result.must_haves) == ["You must have shipped Go services in production."]


def test_prose_ad_without_requirements_has_none():
    text = (
        "We're a four-person studio in Porto making games about trains. We need someone to "
        "help players on Discord and by email, mostly in the evenings."
    )
    result = analyze_posting(text)
    assert result.must_haves == ()
    assert [s.kind for s in result.sections] == [SectionKind.SUMMARY]


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("$170-225K + equity", Pay(170_000, 225_000, "USD", "year")),
        ("€5,000-€6,000 per month", Pay(5_000, 6_000, "EUR", "month")),
        ("Rate: $30-75/hour (negotiable)", Pay(30, 75, "USD", "hour")),
        (
            "Total project value: €8,000 to €12,000, paid in three milestones",
            Pay(8_000, 12_000, "EUR", "project"),
        ),
        ("£85-125,000", Pay(85_000, 125_000, "GBP", "year")),
        ("between $1000 and $2000 a month", Pay(1_000, 2_000, "USD", "month")),
        ("$123,500 - $176,400 USD annually", Pay(123_500, 176_400, "USD", "year")),
        ("Hourly: $55-75", Pay(55, 75, "USD", "hour")),
        ("Monthly rate: €4.000 - €4.500", Pay(4_000, 4_500, "EUR", "month")),
        ("c$ 95k", Pay(95_000, 95_000, "CAD", "year")),
        ("SGD 9,000 / mo", Pay(9_000, 9_000, "SGD", "month")),
        # "PHP" is the language but before an amount in thousands (Philippine postings write
        # the peso so); the peso is read from its sign too.
        ("PHP 8 per project is fine", None),
        ("PHP 80,000 per year", Pay(80_000, 80_000, "PHP", "year")),
        ("₱40,000 per month", Pay(40_000, 40_000, "PHP", "month")),
        ("Competitive salary based on experience", None),
        ("we raised $3 from friends", None),
    ],
)
def test_pay_formats(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("AQA experience, 5+ years", 5),
        ("4–6 years professional experience", 4),
        ("At least two years experience in ad operations", 2),
        ("Bring a phone no more than 2 years old", None),
        ("Java 8-11 and OOP design", None),
        ("Mindestens 4 Jahre Berufserfahrung in der Pflege", 4),
        ("Al menos 3 años de experiencia en ventas", 3),
        ("Minimaal 2 jaar ervaring als chauffeur", 2),
        ("Sie sind mindestens 18 Jahre alt", None),
    ],
)
def test_years_of_experience(text, years):
    assert years_required(text) == years


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01", "#", "- ", "**", "a:b"])
def test_degenerate_input_reads_as_empty_not_an_error(text):
    result = analyze_posting(text)
    assert result.must_haves == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Fiverr\nLooking for a data engineer to move nightly jobs to Airflow.", "Data Engineer"),
        ("We are seeking an experienced bookkeeper to close our books.", "Bookkeeper"),
        ("Hiring a senior React developer for our booking app.", "Senior React Developer"),
        ("We are looking for a team lead who still codes.", "Team Lead"),
        ("We need someone to lead the team. Looking for a fun time.", ""),
        ("We are looking for a team player with good humour.", ""),
    ],
)
def test_a_role_written_in_lower_case_in_prose_is_the_title(text, title):
    assert analyze_posting(text).title == title


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Strong SQL SKILLS", "skill"),
        ("ſkills in SQL", "skill"),  # re.IGNORECASE takes the long s for an s, both ways
        ("skills in SQL", "ſkill"),
        ("A 401(\u212a) plan", "401(k)"),  # and the Kelvin sign for a k
        ("YOU’LL GET a laptop", "you’ll get"),
    ],
)
def test_a_cue_is_found_whatever_its_case(text, cue):
    assert has_cue(text, ("nothing like it", cue))
    assert not has_cue(text, ("nothing like it",))


def test_a_long_label_that_opens_with_a_section_phrase_is_a_heading():
    text = (
        "Requirements\n- Two years selling software\n\n"
        "What you'll do as our first Inside Sales Representative in Lisbon:\n"
        "- Answer leads from the website within one hour\n"
        "- Book demos for the founders\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Two years selling software"]
    assert result.sections[-1].kind == SectionKind.RESPONSIBILITIES


def test_a_bold_question_is_a_heading():
    text = (
        "Requirements\n- Two years of Vue\n\n**Why join us?**\n"
        "- Health insurance for you and your family\n- Paid parental leave\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Two years of Vue"]
    assert result.sections[-1].kind == SectionKind.BENEFITS


def test_a_long_heading_alone_between_blank_lines_and_a_lead_in_to_its_list():
    """A heading of seven words on its own line still opens its section; a list after the
    section's paragraph and a lead-in line of its own ("Right now, the work centres on:")
    belongs to that section, not to the must-haves its words might suggest."""
    text = (
        "Platform Engineer\n\n"
        "What you would be doing in this team\n\n"
        "Our platform grows every quarter, and so will this job.\n\n"
        "Right now, the work centres on:\n"
        "- Building reliable pipelines with strong monitoring\n"
        "- Improving the ability of teams to ship on their own\n\n"
        "You're likely a great match if\n\n"
        "- You have three years of experience with Terraform\n"
        "- You know Kubernetes well\n"
    )
    result = analyze_posting(text)
    assert [" ".join(item.text.split()) for item in result.must_haves] == [
        "You have three years of experience with Terraform",
        "You know Kubernetes well",
    ]
    headed = {section.heading: section.kind for section in result.sections if section.heading}
    assert headed["What you would be doing in this team"] == SectionKind.RESPONSIBILITIES
    assert headed["Right now, the work centres on"] == SectionKind.RESPONSIBILITIES


def test_a_must_have_stating_working_hours_asks_for_availability_not_a_skill():
    text = (
        "Dispatcher\n\nRequirements\n- Answering the phone from 7am-3pm CST on weekdays\n"
        "- Overlap of three hours with Sydney time\n- Two years with Samsara\n\nPerks\n- Van\n"
    )
    kinds = [(item.text, item.kind) for item in analyze_posting(text).must_haves]
    assert kinds[:2] == [
        ("Answering the phone from 7am-3pm CST on weekdays", RequirementKind.AVAILABILITY),
        ("Overlap of three hours with Sydney time", RequirementKind.AVAILABILITY),
    ]
    assert kinds[2][1] != RequirementKind.AVAILABILITY
