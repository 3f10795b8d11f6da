"""Optional skills kept out of the must-haves, however a posting marks them."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.kinds import SectionKind


def _texts(items):
    return [item.text for item in items]


def test_items_under_a_line_that_makes_them_optional_are_nice_to_haves():
    text = (
        "Requirements:\n"
        "- Three years of Go\n"
        "- Comfort with Postgres\n"
        "\n"
        "Extra things you might bring — none of these are essential\n"
        "- Experience with Nomad\n"
        "- Knowledge of Rust\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Three years of Go", "Comfort with Postgres"]
    assert _texts(result.nice_to_haves) == ["Experience with Nomad", "Knowledge of Rust"]


def test_only_the_last_sentence_of_an_intro_decides_the_list_it_opens():
    text = (
        "Requirements\n\n"
        "Remote is preferred but not a must. You will need the following:\n"
        "- Solid Excel\n"
        "- A driving licence\n"
    )
    assert _texts(analyze_posting(text).must_haves) == ["Solid Excel", "A driving licence"]


def test_a_heading_joined_to_its_note_by_underscores_is_still_read():
    text = (
        "Requirements\n- Two years of Swift\n\n"
        "## Nice to have_these would help a lot_\n- Experience with Metal\n"
    )
    result = analyze_posting(text)
    assert _texts(result.nice_to_haves) == ["Experience with Metal"]


def test_a_desired_heading_holds_nice_to_haves():
    text = "What you need\n- SQL\n- dbt\n\nExperience desired\n- Airflow\n- Looker\n"
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["SQL", "dbt"]
    assert _texts(result.nice_to_haves) == ["Airflow", "Looker"]


def test_a_marker_that_is_the_predicate_of_the_whole_item_moves_all_of_it():
    text = "Requirements:\n- A degree in physics, or in chemistry, is a plus\n- Python\n"
    result = analyze_posting(text)
    assert _texts(result.nice_to_haves) == ["A degree in physics, or in chemistry, is a plus"]
    assert _texts(result.must_haves) == ["Python"]


def test_an_item_that_says_it_is_not_required_is_nice_whatever_its_commas():
    text = "Requirements:\n- Knowing our tools, like Trello, Zendesk is useful but not required\n"
    result = analyze_posting(text)
    assert result.must_haves == ()
    assert len(result.nice_to_haves) == 1


def test_what_a_clause_of_its_own_says_is_not_required_leaves_the_item_before_it_required():
    text = "Requirements:\n- Conversational Portuguese; Spanish is not required\n- Excel\n"
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Conversational Portuguese", "Excel"]
    assert _texts(result.nice_to_haves) == ["Spanish is not required"]


def test_helpful_and_no_dealbreaker_mark_an_item_as_optional():
    text = (
        "Requirements:\n- Sales experience\n"
        "- Knowing a little Spanish is helpful but not a dealbreaker\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Sales experience"]
    assert len(result.nice_to_haves) == 1


def test_skills_that_will_come_in_handy_are_nice_to_haves():
    text = "Requirements\n- Two years of copywriting\n\nSkills that will come in handy\n- Canva\n"
    result = analyze_posting(text)
    assert _texts(result.nice_to_haves) == ["Canva"]


def test_a_heading_that_only_mentions_interest_is_no_how_to_apply_section():
    text = (
        "Interested?\nSend your CV to the shop.\n\n"
        "Someone who would be interested in:\n- Three years of Kotlin\n- Experience with Gradle\n"
    )
    result = analyze_posting(text)
    assert result.sections[0].kind == "how_to_apply"
    assert len(result.must_haves) == 2


def test_postings_in_dutch_french_and_spanish_mark_a_plus_in_their_own_words():
    cases = {
        "Jouw profiel\n- Ervaring met Java\n- Kennis van Kafka is een pluspunt\n": "Kafka",
        "Votre profil\n- Expérience avec Java\n- La maîtrise de Kafka est un atout\n": "Kafka",
        "Requisitos\n- Experiencia con Java\n- Conocimientos de Kafka (deseable)\n": "Kafka",
    }
    for text, optional in cases.items():
        result = analyze_posting(text)
        assert [len(result.must_haves), len(result.nice_to_haves)] == [1, 1], text
        assert optional in result.nice_to_haves[0].text and "Java" in result.must_haves[0].text


def test_a_marker_alone_in_brackets_makes_the_whole_item_optional():
    result = analyze_posting(
        "Requirements\n- Experience with Java\n- Knowledge of Kafka (preferred)\n"
        "- Python (Django desirable)\n"
    )
    assert _texts(result.must_haves) == ["Experience with Java", "Python"]
    assert _texts(result.nice_to_haves) == ["Knowledge of Kafka (preferred)", "(Django desirable)"]


@pytest.mark.parametrize(
    "item",
    [
        "Nice if you've shipped an Android app",
        "Experience with Figma would be great",
        "Docker is great but we'll happily teach it",
    ],
)
def test_an_item_that_says_it_is_welcome_is_a_nice_to_have(item):
    text = f"Mobile Developer\n\nRequirements\n- Three years of Kotlin\n- {item}\n"
    result = analyze_posting(text)
    assert [i.text for i in result.must_haves] == ["Three years of Kotlin"]
    assert [i.text for i in result.nice_to_haves] == [item]


@pytest.mark.parametrize(
    "heading", ["Valorizamos", "Qualifications - Preferred", "✨ NICE", "Assets", "Een pré"]
)
def test_a_heading_that_marks_the_optional_ones(heading):
    text = (
        f"Line Cook\n\nRequirements\n- Two years on a grill station\n\n{heading}\n"
        "- Time on a pastry section\n"
    )
    result = analyze_posting(text)
    assert [i.text for i in result.nice_to_haves] == ["Time on a pastry section"]


def test_a_boards_profile_insights_are_not_the_employers_requirements():
    text = (
        "Night Picker\nGroveline Foods\n\nProfile insights\nLicenses\nReach Truck Licence\n"
        "Do you have a valid Reach Truck Licence?\nYes\nNo\n\nFull job description\n"
        "Requirements\n- Able to lift 50 lbs\n"
    )
    assert [i.text for i in analyze_posting(text).must_haves] == ["Able to lift 50 lbs"]


def test_an_item_that_will_be_an_added_advantage_is_a_nice_to_have():
    text = (
        "Electrician\n\nRequirements:\n- 3 years GCC experience\n"
        "- UAE driving license will be added advantage\n"
    )
    posting = analyze_posting(text)
    assert [item.text for item in posting.nice_to_haves] == [
        "UAE driving license will be added advantage"
    ]


def test_a_plus_in_brackets_leaves_what_follows_it_required():
    text = (
        "Head Chef\n\nRequirements\n"
        "- Five years running a kitchen (ideally a hotel one) and able to cost a menu\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Five years running a kitchen",
        "able to cost a menu",
    ]
    assert [item.text for item in reading.nice_to_haves] == ["(ideally a hotel one)"]


def test_a_plus_after_a_bracketed_example_makes_the_whole_item_the_plus():
    text = (
        "Payroll Specialist\n\nRequirements\n- Payroll in Sage\n"
        "- Experience in hospitality (ideally hotels or catering) is a real plus\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == ["Payroll in Sage"]
    assert [item.text for item in reading.nice_to_haves] == [
        "Experience in hospitality (ideally hotels or catering) is a real plus"
    ]


def test_we_would_love_you_to_have_heads_the_requirements_with_a_bonus_among_them():
    text = (
        "Line Cook\n\nWhat you'll do\n- Run the grill on busy nights\n\n"
        "We'd love you to have\n- Two years on a hot line\n- A food hygiene certificate\n"
        "- Bonus: pastry skills\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Two years on a hot line",
        "A food hygiene certificate",
    ]
    assert [item.text for item in reading.nice_to_haves] == ["Bonus: pastry skills"]


def test_the_essentials_heads_a_recruiters_list_of_requirements():
    text = (
        "Subject: Contract Data Engineer | 3 months\n\nHi Ana,\n\nThe essentials:\n"
        "• Three years of dbt\n• Snowflake in production\n\nKind regards,\nTom\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Three years of dbt",
        "Snowflake in production",
    ]


def test_what_we_are_after_heads_requirements_and_a_plus_after_the_list_is_nice():
    text = (
        "Barista\n\nWhat we're after:\n- A year behind a busy espresso bar\n"
        "- Weekend availability\n\nLatte art skills are a bonus.\n\n"
        "Employer questions\nYour application will include the following questions:\n"
        "- How many years of barista experience do you have?\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "A year behind a busy espresso bar",
        "Weekend availability",
    ]
    assert [item.text for item in reading.nice_to_haves] == ["Latte art skills are a bonus."]


def test_what_im_after_labels_a_freelance_posts_requirements():
    text = (
        "Poster for a jazz night\n\nWhat I'm after: a portfolio of gig posters and print-ready "
        "files.\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "a portfolio of gig posters and print-ready files."
    ]


@pytest.mark.parametrize(
    "item",
    [
        "A following among Leeds café owners is a huge advantage",
        "Basic Welsh is valued (many of our guests speak it)",
        "A forklift ticket is highly regarded",
        "Polish would help with our Gdańsk suppliers",
    ],
)
def test_an_item_marked_as_an_advantage_valued_or_helping_is_a_plus(item):
    text = f"Sales Rep\n\nRequirements\n- Two years in field sales\n- {item}\n"
    reading = analyze_posting(text)
    assert [entry.text for entry in reading.must_haves] == ["Two years in field sales"]
    assert [entry.text for entry in reading.nice_to_haves] == [item]


@pytest.mark.parametrize(
    "item",
    [
        "Valoraremos: experiencia con Vue o Svelte",
        "Knowing Figma is a nice extra",
        "Run a newsletter? We'd love to hear about it",
        "It'd be great if you know Tableau",
    ],
)
def test_an_item_marked_as_an_extra_or_valued_in_spanish_is_a_plus(item):
    text = f"Requirements\n- Two years of SQL\n- {item}\n\nBenefits\n- Pension\n"
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Two years of SQL"]
    assert _texts(reading.nice_to_haves) == [item]


def test_it_would_be_great_if_you_have_heads_the_nice_to_haves():
    text = (
        "Data Analyst\n\nYou should have\n- Strong SQL\n- Two years in retail analytics\n\n"
        "It'd be great if you have\n- Looker experience\n\nHow we work\nOffice days are "
        "Tuesday and Wednesday.\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Strong SQL", "Two years in retail analytics"]
    assert _texts(reading.nice_to_haves) == ["Looker experience"]


@pytest.mark.parametrize(
    "item",
    [
        "Terraform or Pulumi – nice to have",
        "Grafana dashboards – a plus; we run our own",
        "If you've taught workshops before, tell us about it.",
    ],
)
def test_a_plus_after_a_dash_or_a_tell_us_about_it_makes_the_whole_item_a_plus(item):
    text = f"SRE\n\nRequirements\n- Four years on Linux\n- {item}\n\nBenefits\n- Pension\n"
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Four years on Linux"]
    assert _texts(reading.nice_to_haves) == [item]


def test_how_it_works_ends_the_requirements():
    text = (
        "Illustrator\n\nWho we're looking for\nYou have drawn for children's books. You work "
        "in Procreate.\n\nHow it works\nWe meet on Mondays. Everything else is async.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "You have drawn for children's books.",
        "You work in Procreate.",
    ]


@pytest.mark.parametrize(
    "heading",
    ["We'd be really excited if you", "Things that get us excited", "Extra excited if you have"],
)
def test_a_heading_saying_what_would_excite_the_team_opens_the_pluses(heading):
    text = (
        "Data Engineer\n\nWhat you bring\n- Airflow in production\n- Solid SQL\n\n"
        f"{heading}\n- Spark\n- dbt\n\nBenefits\n- Pension\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Airflow in production", "Solid SQL"]
    assert _texts(reading.nice_to_haves) == ["Spark", "dbt"]


def test_a_line_of_an_unbulleted_list_that_runs_to_a_second_sentence_is_one_item():
    text = (
        "Site Reliability Engineer\n\nWhat you need\n"
        "Four years running Linux servers. Debian is what we use\n"
        "Comfortable with Ansible and Terraform\n"
        "You have carried a pager. We keep the rota light\n\n"
        "Benefits\nPension\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Four years running Linux servers. Debian is what we use",
        "Comfortable with Ansible and Terraform",
        "You have carried a pager. We keep the rota light",
    ]


@pytest.mark.parametrize(
    "heading", ["What we hope to find in you:", "What we look for in you", "Hoping to find"]
)
def test_what_the_team_hopes_to_find_in_you_heads_the_requirements(heading):
    text = (
        "Planner\n\nJob requirements\n"
        f"{heading}\n• Three years of scheduling\n• Fluent German\n"
        "• A forklift ticket is handy\n\nWhat we offer\n• A bike lease\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Three years of scheduling", "Fluent German"]
    assert _texts(reading.nice_to_haves) == ["A forklift ticket is handy"]


@pytest.mark.parametrize(
    "heading",
    [
        "To thrive in this job you will have:",
        "We'd love to meet someone who has",
        "You'll do well here if you",
        "In this position you'll need",
    ],
)
def test_a_heading_the_list_under_it_finishes_heads_the_requirements(heading):
    text = (
        "Care Coordinator\n\nIn this role you will\n- Plan home visits\n- Call families\n\n"
        f"{heading}\n- A nursing diploma\n- A driving licence\n\n"
        "Extra points for\n- Spoken Polish\n\nWhat we offer\n- A car\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["A nursing diploma", "A driving licence"]
    assert _texts(reading.nice_to_haves) == ["Spoken Polish"]


@pytest.mark.parametrize(
    "heading",
    [
        "Is this you?",
        "Does this sound like you?",
        "What do I need to bring to this team?",
        "You'll fit in here if you…",
    ],
)
def test_question_and_trailing_off_headings_head_the_requirements(heading):
    text = (
        "Line Cook\n\nThe job\nPrep and cook on the grill station four nights a week.\n\n"
        f"{heading}\n- Two years on a busy line\n- A food hygiene certificate\n\n"
        "Extra credit\n- Butchery skills\n\nPerks\n- Staff meals\n"
    )
    reading = analyze_posting(text)
    kinds = {section.heading.rstrip("…"): section.kind for section in reading.sections}
    assert kinds[heading.rstrip("…")] == SectionKind.MUST_HAVE
    assert kinds["Extra credit"] == SectionKind.NICE_TO_HAVE
    assert _texts(reading.must_haves) == ["Two years on a busy line", "A food hygiene certificate"]
    assert _texts(reading.nice_to_haves) == ["Butchery skills"]


def test_questions_put_to_the_applicant_under_a_requirements_heading_ask_for_what_they_name():
    text = (
        "Barista\n\nIs this you?\nHave you pulled shots in a specialty cafe for a year? Can "
        "you steam milk for latte art at rush hour? Then we want to meet you.\n\n"
        "Perks\n- Free coffee\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Have you pulled shots in a specialty cafe for a year?",
        "Can you steam milk for latte art at rush hour?",
    ]


@pytest.mark.parametrize(
    "heading", ["It'd be really nice if you…", "We'd love it if you", "Great if you"]
)
def test_a_heading_the_list_finishes_with_a_plus_word_heads_the_pluses(heading):
    text = (
        "Receptionist\n\nYou're right for this if you\n- Speak Dutch\n- Type quickly\n\n"
        f"{heading}\n- Know our booking system\n\nPerks\n- Lunch\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Speak Dutch", "Type quickly"]
    assert _texts(reading.nice_to_haves) == ["Know our booking system"]


def test_a_plus_said_in_two_words_after_a_question_makes_the_item_a_plus():
    text = (
        "Account Manager\n\nRequirements\n- Three years in account management\n"
        "- Retail background? Huge plus. Shopify? Also nice.\n\nPerks\n- Bonus\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Three years in account management"]
    assert _texts(reading.nice_to_haves) == ["Retail background? Huge plus. Shopify? Also nice."]


@pytest.mark.parametrize(
    "heading", ["Zusätzliche Informationen", "Información adicional", "Informações adicionais"]
)
def test_a_trackers_additional_information_in_other_languages_ends_the_requirements(heading):
    text = (
        "Kundenberater (m/w/d)\n\nQualifikationen\n- Abgeschlossene Ausbildung im Handel\n"
        f"- Sicheres Auftreten am Telefon\n\n{heading}\n- 28 Urlaubstage\n- Jobticket\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [
        "Abgeschlossene Ausbildung im Handel",
        "Sicheres Auftreten am Telefon",
    ]


def test_french_no_longer_has_is_no_plus_while_un_plus_still_is():
    text = (
        "Développeur Back-End\n\nProfil recherché\n"
        "- Django n'a plus de secrets pour toi\n- Tu maîtrises SQL\n"
        "- Une expérience avec Celery est un plus\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Django n'a plus de secrets pour toi",
        "Tu maîtrises SQL",
    ]
    assert [item.text for item in reading.nice_to_haves] == [
        "Une expérience avec Celery est un plus"
    ]


def test_a_plus_after_a_semicolon_takes_only_its_own_clause_and_list():
    text = (
        "Requirements\n- Two years of warehouse experience; food, pharma or cold-chain "
        "background preferred\n- Forklift licence\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Two years of warehouse experience",
        "Forklift licence",
    ]
    assert [r.text for r in reading.nice_to_haves] == [
        "food, pharma or cold-chain background preferred"
    ]


def test_neither_is_essential_makes_the_sentence_a_plus():
    text = (
        "About you\n- You can write clear SQL.\n- If you know dbt or Looker, lovely, but "
        "neither is essential.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == ["You can write clear SQL."]


@pytest.mark.parametrize("heading", ["Nice extras", "Some nice extras"])
def test_nice_extras_head_a_list_of_pluses(heading):
    text = f"What we need\nSolid Python\nGood English\n\n{heading}\nGerman\nAirflow experience\n"
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == ["Solid Python", "Good English"]


@pytest.mark.parametrize(
    "heading",
    ["What would make me happy but isn't required:", "Nice things that aren't required:"],
)
def test_a_heading_saying_its_list_isnt_required_heads_pluses(heading):
    text = f"Required:\n✔️ Fluent Portuguese\n\n{heading}\n➕ Zendesk admin\n➕ Some SQL\n"
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == ["Fluent Portuguese"]
    assert [r.text for r in reading.nice_to_haves] == ["Zendesk admin", "Some SQL"]


def test_a_plus_closed_by_an_emoji_is_still_a_plus():
    text = "Profil recherché :\n• Permis B\n• Connaissance du vin = gros plus 🍷\n"
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == ["Permis B"]


@pytest.mark.parametrize(
    ("item", "must", "nice"),
    [
        (
            "fluent Dutch — a bit of German would be a real plus",
            ["fluent Dutch"],
            ["a bit of German would be a real plus"],
        ),
        (
            "sicher in DATEV – gute Englischkenntnisse sind von Vorteil",
            ["sicher in DATEV"],
            ["gute Englischkenntnisse sind von Vorteil"],
        ),
        # a dash before the mark alone marks the whole item
        (
            "Warehouse experience – strongly preferred",
            [],
            ["Warehouse experience – strongly preferred"],
        ),
    ],
)
def test_a_plus_set_off_by_a_dash_as_a_clause_of_its_own_leaves_the_rest_required(item, must, nice):
    reading = analyze_posting(f"Requirements\n• Forklift licence\n• {item}\n")
    assert _texts(reading.must_haves) == ["Forklift licence", *must]
    assert _texts(reading.nice_to_haves) == nice


def test_a_labelled_line_under_a_bulleted_list_is_no_part_of_its_last_item():
    text = (
        "What we need:\n• Go in production\n• Postgres tuning\n"
        "would love: Kafka, some Rust\n\nDM me if keen\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Go in production", "Postgres tuning"]
