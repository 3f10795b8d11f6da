from datetime import date

import pytest

from desktop.domain.hours.working import HoursKind, WorkingHours
from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.kinds import RequirementKind
from desktop.domain.reading.requirements import Requirement
from desktop.domain.skills.checklist import (
    FitSummary,
    Rule,
    apply_overrides,
    coverage,
    item_key,
    summarize,
)
from desktop.domain.skills.fit import check, parse_profile, propose_skills
from desktop.domain.skills.profile import Level, Status, format_profile
from desktop.domain.skills.taxonomy import taxonomy
from tests.conftest import fixture_text


def _profile(text):
    profile, problems = parse_profile(text, taxonomy())
    assert problems == []
    return profile


def _checklist(profile_text):
    must = analyze_posting(fixture_text("platform_contract.txt")).must_haves
    return check(must, _profile(profile_text), taxonomy())


def test_the_contract_against_a_kotlin_profile():
    items = _checklist("Kotlin: 7\nSpring Boot\nSQLite\nRealm\nJUnit 5\nGraphQL\n")
    got = [(i.rule, i.status, i.matched) for i in items]
    assert got == [
        (Rule.YEARS, Status.MET, ("Kotlin",)),  # 6+ years in Swift or Kotlin
        (Rule.ANY, Status.MET, ("GraphQL",)),  # REST and/or GraphQL
        (Rule.ANY, Status.MET, ("JUnit 5",)),  # unit tests (XCTest, JUnit, etc)
        (Rule.ALL, Status.MET, ("SQLite", "Realm")),  # SQLite and Realm
        (Rule.MANUAL, Status.MANUAL, ()),  # track record of shipping apps
        (Rule.MANUAL, Status.MANUAL, ()),  # a wish to keep learning
        (Rule.ANY, Status.MISSING, ()),  # AWS Amplify
        (Rule.ANY, Status.MISSING, ()),  # offline-first sync
    ]
    assert coverage(items) == (4, 8)
    ticked = apply_overrides(items, {item_key(items[4].requirement.text): Status.MET})
    assert ticked[4].overridden and coverage(ticked) == (5, 8)


def test_fewer_years_than_asked_is_partly_met_and_all_of_can_be_partial():
    items = _checklist("Kotlin: 2\nSQLite\n")
    assert (items[0].status, items[0].years) == (Status.PARTIAL, 6)
    assert (items[3].rule, items[3].status, items[3].matched) == (
        Rule.ALL,
        Status.PARTIAL,
        ("SQLite",),
    )


def test_relational_and_non_relational_needs_one_of_each_kind():
    item = Requirement("Experience with relational and non-relational databases;", 0, 56)
    t = taxonomy()
    both = check([item], _profile("PostgreSQL\nRedis"), t)[0]
    one = check([item], _profile("Python\nMySQL"), t)[0]
    assert (both.status, both.matched) == (Status.MET, ("PostgreSQL", "Redis"))
    assert (one.status, one.matched) == (Status.PARTIAL, ("MySQL",))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Java or Kotlin", Rule.ANY),
        ("REST and/or GraphQL", Rule.ANY),
        ("Airflow/Dagster", Rule.ANY),
        ("such as Webpack, Babel or similar", Rule.ANY),
        ("SQL and Python", Rule.ALL),
        ("CI/CD", Rule.ANY),
        # "or" in the posting's own language: French, Spanish, German, Polish, Swedish
        ("Maîtrise de Vue ou React", Rule.ANY),
        ("Experiencia con Django o Flask", Rule.ANY),
        ("Kenntnisse in Terraform oder Pulumi", Rule.ANY),
        ("Znajomość Angular lub Svelte", Rule.ANY),
        ("Erfarenhet av Go eller Rust", Rule.ANY),
        ("Fluent English", Rule.MANUAL),
        ("A desire to learn", Rule.MANUAL),
    ],
)
def test_rules_from_the_wording(text, rule):
    kind = RequirementKind.LANGUAGE if "English" in text else RequirementKind.SKILL
    assert check([Requirement(text, 0, len(text), kind)], _profile(""), taxonomy())[0].rule == rule


def test_learning_skills_do_not_count_as_held():
    profile = _profile("Rust: learning")
    assert profile.skills[0].level == Level.LEARNING
    item = check([Requirement("Rust", 0, 4)], profile, taxonomy())[0]
    assert item.status == Status.MISSING


def test_profile_file_round_trips_and_reports_bad_lines():
    profile, problems = parse_profile(
        "# my skills\nPostgres: 4\nk8s\nTypeScript: 2.5  # mostly React\nGo: lots\n", taxonomy()
    )
    assert [(s.name, s.years) for s in profile.skills] == [
        ("PostgreSQL", 4),
        ("Kubernetes", None),
        ("TypeScript", 2.5),
    ]
    assert problems == ["line 5: 'Go: lots' (years should be a number)"]
    again, _ = parse_profile(format_profile(profile), taxonomy())
    assert again == profile


def test_summary_and_what_to_learn_next_rank_skills_by_postings_needing_them():
    from desktop.domain.skills.checklist import learn_next, summarize

    items = _checklist("Kotlin: 7\nGraphQL\n")
    summary = summarize(items)
    assert (summary.met, summary.total) == (2, 8)
    assert summary.missing == ("Unit testing", "SQLite", "Realm", "AWS Amplify", "Offline-first")
    other = summarize(_checklist("Kotlin: 7\nGraphQL\nSQLite\nRealm\n"))
    ranked = learn_next({1: summary, 2: other})
    assert ranked[0] == ("AWS Amplify", (1, 2))
    assert ("Realm", (1,)) in ranked


@pytest.mark.parametrize(
    ("profile", "status", "matched", "unmet"),
    [
        ("Python: 6\nDjango\n", Status.MET, ("Python", "Django"), ()),
        ("Python: 6\n", Status.PARTIAL, ("Python",), ("Django",)),
        ("Python: 3\nDjango: 2\n", Status.PARTIAL, ("Python", "Django"), ()),
        # each skill its own years: six of Python do not make up for three of Django
        ("Python: 6\nDjango: 3\n", Status.PARTIAL, ("Python", "Django"), ()),
        # Django implies Python, yet Python is shown for Python
        ("Django: 6\nPython: 6\n", Status.MET, ("Python", "Django"), ()),
        ("Go: 8\n", Status.MISSING, (), ("Python", "Django")),
        # Celery implies Python, but the skills shown are the ones the item names.
        ("Celery\nPython: 7\nDjango: 5\n", Status.MET, ("Python", "Django"), ()),
    ],
)
def test_years_of_two_skills_joined_by_and_need_both(profile, status, matched, unmet):
    text = "5+ years of Python and Django"
    item = analyze_posting(f"Backend Engineer\n\nRequirements:\n- {text}\n").must_haves[0]
    assert item.years == 5
    (checked,) = check([item], _profile(profile), taxonomy())
    assert (checked.rule, checked.status) == (Rule.YEARS, status)
    assert (checked.matched, checked.unmet) == (matched, unmet)


def test_a_language_the_profile_lists_meets_its_item_and_others_stay_for_the_user():
    """ "Fluent written English" stayed an unticked box beside "English" in the skills."""
    items = [
        Requirement("Fluent written English", 0, 22, RequirementKind.LANGUAGE),
        Requirement("Conversational Portuguese", 23, 48, RequirementKind.LANGUAGE),
    ]
    english, portuguese = check(items, _profile("English\nSQL"), taxonomy())
    assert (english.rule, english.status, english.matched) == (Rule.ANY, Status.MET, ("English",))
    assert (portuguese.rule, portuguese.status) == (Rule.MANUAL, Status.MANUAL)


@pytest.mark.parametrize(
    "item",
    [
        "Sichere Englischkenntnisse in Wort und Schrift",
        "Buen nivel de inglés",
        "Anglais professionnel",
        "Gute Deutsch- und Englischkenntnisse",
    ],
)
def test_a_language_named_in_the_postings_own_language_meets_the_profiles(item):
    text = f"Servicetechniker\n\nIhr Profil:\n- {item}\n- Führerschein Klasse B\n"
    requirement = analyze_posting(text).must_haves[0]
    (checked,) = check([requirement], _profile("English\nGerman"), taxonomy())
    assert (checked.status, checked.matched[-1]) == (Status.MET, "English")


def test_skills_a_cv_names_come_with_the_years_it_gives_beside_them():
    cv = (
        "Backend developer. Python (7 years), Django - 4 yrs. 3+ years of Terraform.\n"
        "Some Docker. Python again.\n"
    )
    proposed = propose_skills(cv, _profile("Docker"), taxonomy())
    years = {skill.name: skill.years for skill in proposed}
    assert years == {"Python": 7.0, "Django": 4.0, "Terraform": 3.0}
    assert proposed[0].name == "Python"  # named twice: first


# Must-haves asking for working hours, judged by the verdict the hours view shows.
_HOURS_ASKED = (
    "Customer data engineer\n\nWhat you need\n- Strong SQL\n"
    "- You can overlap at least 4 hours a day with US Eastern Time\n"
    "- Available 9am-1pm EST for the daily hand-off\n- dbt\n"
)
_A_SUMMER_WEDNESDAY = date(2026, 8, 5)  # New York on UTC-4, Berlin on UTC+2


def _hours_checklist(working: WorkingHours | None):
    from desktop.domain.hours.local_time import read_hours

    analysis = analyze_posting(_HOURS_ASKED)
    readings = (
        None
        if working is None
        else read_hours(analysis.hours, _A_SUMMER_WEDNESDAY, "Europe/Berlin", working)
    )
    items = check(analysis.must_haves, _profile("SQL\ndbt\n"), taxonomy(), readings)
    return items, readings


def test_hours_that_cover_what_a_posting_asks_meet_those_must_haves_and_count_in_fit():
    # noon to eight in Berlin: 10:00-18:00 UTC, past New York's 13:00-21:00 UTC by five hours,
    # and round the whole 13:00-17:00 UTC hand-off
    items, readings = _hours_checklist(WorkingHours.parse("12:00-20:00"))
    assert [r.met for r in readings or ()] == [True, True]
    overlap, window = items[1], items[2]
    assert (overlap.rule, overlap.status) == (Rule.HOURS, Status.MET)
    assert (window.rule, window.status) == (Rule.HOURS, Status.MET)
    assert summarize(items) == FitSummary(4, 4, ())


def test_hours_that_fall_short_leave_those_must_haves_unmet():
    # nine to six in Berlin: three hours with New York's day, three of the hand-off's four
    items, readings = _hours_checklist(WorkingHours.parse("09:00-18:00"))
    assert [r.met for r in readings or ()] == [False, False]
    assert [(i.rule, i.status) for i in items[1:3]] == [(Rule.HOURS, Status.MISSING)] * 2
    assert coverage(items) == (2, 4)


def test_without_the_users_hours_the_hours_asked_stay_for_the_user_to_tick():
    items, _ = _hours_checklist(None)
    assert [(i.rule, i.status) for i in items[1:3]] == [(Rule.MANUAL, Status.MANUAL)] * 2
    assert coverage(items) == (2, 4)


def test_an_overlap_decides_a_must_have_that_names_the_hours_it_is_measured_against():
    from desktop.domain.hours.local_time import read_hours

    analysis = analyze_posting(
        "Support engineer\n\nRequirements\n- Zendesk\n"
        "- Must overlap at least 3 hours with US Eastern Time (10am-6pm ET) each weekday\n"
    )
    # noon to eight in Berlin on a summer Wednesday: 10:00-18:00 UTC against New York's
    # 14:00-22:00 UTC, four shared hours, though 18:00-22:00 UTC falls outside them
    readings = read_hours(
        analysis.hours, _A_SUMMER_WEDNESDAY, "Europe/Berlin", WorkingHours.parse("12:00-20:00")
    )
    overlap, window = sorted(readings, key=lambda r: r.statement.kind != HoursKind.OVERLAP)
    assert (overlap.met, overlap.overlap_hours) == (True, 4)
    assert window.met is None  # the hours the overlap is measured against, not a second ask
    items = check(analysis.must_haves, _profile("Zendesk\n"), taxonomy(), readings)
    assert [(i.rule, i.status) for i in items] == [(Rule.ANY, Status.MET), (Rule.HOURS, Status.MET)]


@pytest.mark.parametrize(
    ("line", "status", "unmet"),
    [
        ("Business-fluent Dutch and English", Status.PARTIAL, ("Dutch",)),
        ("Gute Niederländisch- und Englischkenntnisse", Status.PARTIAL, ("Dutch",)),
        ("Dutch or English at a professional level", Status.MET, ()),
        ("Native-level English", Status.MET, ()),
        ("Dutch and Italian", Status.MANUAL, ()),  # neither listed: spoken, perhaps
    ],
)
def test_languages_asked_together_are_each_needed(line, status, unmet):
    analysis = analyze_posting(f"Support lead\n\nWhat you bring\n- {line}\n- Zendesk\n")
    profile = _profile("Zendesk\nEnglish\n")
    language = check(analysis.must_haves, profile, taxonomy())[0]
    assert (language.status, language.unmet) == (status, unmet)


def test_fluent_is_a_level_of_a_language_not_a_skill():
    analysis = analyze_posting("Agent\n\nRequirements\n- Fluent Portuguese and English\n")
    (item,) = check(analysis.must_haves, _profile("English\n"), taxonomy())
    assert item.skills == ("Portuguese", "English")
