import pytest

from desktop.domain.skills.taxonomy import parse_curated, taxonomy


def _found(text):
    return [(m.skill, text[m.start : m.end]) for m in taxonomy().find(text)]


def test_taxonomy_has_at_least_1500_skills():
    assert len(taxonomy()) >= 1500


@pytest.mark.parametrize(
    "sentence",
    [
        "You will react quickly and excel at writing.",
        "Make sure the next word is less vague.",
        "A workable plan, a close team, spring hiring, the helm of a swift ship.",
    ],
)
def test_everyday_words_that_are_also_product_names_are_not_skills(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Go ahead and apply. Swift delivery matters to us.", []),
        ("- Go ahead if you like puzzles", []),
        ("Go developers wanted. Swift experience required.", ["Go", "Swift"]),
        ("- Go, Rust or C++", ["Go", "Rust", "C++"]),
        ("Rust is a plus; we also use Go", ["Rust", "Go"]),
    ],
)
def test_a_word_like_skill_opening_a_sentence_needs_a_skill_context(text, expected):
    assert [skill for skill, _ in _found(text)] == expected


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Postgres", "PostgreSQL"),
        ("Postgresql", "PostgreSQL"),
        ("k8s", "Kubernetes"),
        ("NodeJS", "Node.js"),
        ("JS", "JavaScript"),
        ("GCP", "Google Cloud"),
        ("golang", "Go"),
        ("React.js", "React"),
        ("ci/cd", "CI/CD"),
        ("QBO", "QuickBooks"),
        ("Trados Studio", "SDL Trados"),
        ("Seller Central", "Amazon Seller Central"),
        ("Elementor Pro", "Elementor"),
    ],
)
def test_aliases_resolve_to_canonical_names(alias, canonical):
    assert taxonomy().canonical(alias) == canonical


def test_word_boundaries_keep_java_out_of_javascript_and_c_out_of_c_level():
    assert _found("JavaScript, not Java") == [("JavaScript", "JavaScript"), ("Java", "Java")]
    assert _found("reporting to C-level execs in C and C++") == [("C", "C"), ("C++", "C++")]


def test_go_is_found_only_as_written():
    assert _found("Services in Go, willing to go the extra mile") == [("Go", "Go")]


def test_slash_names_are_single_skills():
    assert [m for m, _ in _found("CI/CD, UI/UX and ETL/ELT")] == ["CI/CD", "UI design", "ETL/ELT"]


def test_implications_follow_explicit_links_and_categories():
    t = taxonomy()
    assert {"SQL", "Relational databases"} <= t.implied("PostgreSQL")
    assert "Non-relational databases" in t.implied("Redis")
    assert "Java" in t.implied("Spring Boot")
    assert {"Unit testing", "Java"} <= t.implied("Mockito")
    assert "AWS" in t.implied("Amazon EC2") and "AWS" in t.implied("AWS Lambda")


def test_curated_lines_parse_aliases_categories_and_flags():
    skills = parse_curated(
        [
            "# comment",
            "",
            "=Go | Golang | programming-language |",
            "Relational databases | RDBMS | @relational-database, database |",
        ]
    )
    go, relational = skills
    assert go.case_sensitive and go.aliases == ("Golang",)
    assert relational.names_category == ("relational-database",)
    assert relational.categories == ("relational-database", "database")


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("I can hit the schedule and you can see it.", []),
        ("Our day spa needs a receptionist; the rest of the team is lovely.", []),
        (
            "Firmware on CAN bus, a SPA in React, REST APIs.",
            ["CAN bus", "Single-page applications", "React", "REST"],
        ),
    ],
)
def test_an_acronym_that_is_also_a_word_is_read_only_in_capitals(text, skills):
    assert [mention.skill for mention in taxonomy().find(text)] == skills


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Build us a Google Chrome Extension for recipes", ["Chrome extensions"]),
        ("Design a relational database for stock", ["Relational databases"]),
        # a single word keeps its "s": these are names, not plurals
        ("Ruby on Rails and Pandas", ["Ruby on Rails", "pandas"]),
    ],
)
def test_a_plural_skill_of_several_words_is_found_named_once(text, skills):
    assert [mention.skill for mention in taxonomy().find(text)] == skills
