"""Requirements in running text, flattened lists and sentences with abbreviations."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.layout import LineKind, logical_lines


def _texts(items):
    return [item.text for item in items]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ideal candidate should have a firm grasp of double-entry bookkeeping.",
        "The right applicant will bring solid knowledge of Figma.",
        "A working knowledge of Portuguese is essential.",
        "Fluency in Excel pivot tables is necessary for this work.",
        "Skills must include carpentry and basic plumbing.",
        "We are looking for candidates with hands-on Shopify experience.",
        "The only hard requirements are that you know Laravel and MySQL.",
        "You will bring at least some background in retail analytics.",
        "Experience with Xero is key here.",
        # A recruiter's letter: what the client needs, and what else you need.
        "What our client needs is someone with four years of payroll work in Sage.",
        "You'll also need a full UK driving licence for site visits.",
        # A founder's comment on a hiring thread.
        "We'd like to see two years of Elixir in production.",
        "We want to see a shipped iOS app of your own.",
        "Knowledge of Sage 50 is crucial.",
    ],
)
def test_a_sentence_that_states_a_requirement_is_one_read_from_prose(sentence):
    text = f"We run a chain of garden centres and need help with our books. {sentence}"
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [sentence]
    assert result.must_haves[0].origin == "prose"


@pytest.mark.parametrize(
    "sentence",
    [
        "No prior accounting software experience is necessary.",
        "You don't need to be an expert in Rust to apply.",
        "Communication with the owner is a daily part of the job.",
    ],
)
def test_sentences_that_waive_or_only_describe_are_not_requirements(sentence):
    text = f"We make wooden toys in a small workshop. {sentence}"
    assert analyze_posting(text).must_haves == ()


def test_a_prose_sentence_marked_as_a_plus_is_a_nice_to_have():
    text = (
        "We sell handmade soap online. Knowledge of Etsy is required. "
        "Some experience with product photography would be very welcome."
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Knowledge of Etsy is required."]
    assert _texts(result.nice_to_haves) == [
        "Some experience with product photography would be very welcome."
    ]


@pytest.mark.parametrize(
    ("sentence", "abbreviation"),
    [
        ("You must be free to take calls from 8 a.m. to 11 a.m. Central time.", "11 a.m."),
        ("You must know a templating language, e.g. Jinja or Liquid, well.", "e.g."),
        ("Applicants must be eligible to work in the U.S. without sponsorship.", "U.S."),
        ("You must report to our Sr. Producer twice a week.", "Sr."),
    ],
)
def test_abbreviations_never_end_a_requirement(sentence, abbreviation):
    result = analyze_posting(f"We are a small studio in Leeds. {sentence} Thanks for reading!")
    assert _texts(result.must_haves) == [sentence]
    assert abbreviation in result.must_haves[0].text


def test_a_list_flattened_onto_one_line_is_split_into_items():
    text = (
        "What you need: - Comfort with Laravel and its queues - Experience tuning MySQL "
        "indexes - Patience with legacy code written by many hands\n"
    )
    lines = logical_lines(text)
    assert [(line.kind, line.text) for line in lines] == [
        (LineKind.HEADING, "What you need"),
        (LineKind.ITEM, "Comfort with Laravel and its queues"),
        (LineKind.ITEM, "Experience tuning MySQL indexes"),
        (LineKind.ITEM, "Patience with legacy code written by many hands"),
    ]
    for line in lines:
        assert text[line.start : line.end].replace(":", "") == line.text
    assert len(analyze_posting(text).must_haves) == 3


def test_a_short_line_with_dashes_is_not_a_list():
    lines = logical_lines("Barista - Lisbon - Weekends\n")
    assert [line.kind for line in lines] != [LineKind.ITEM] * 3


@pytest.mark.parametrize(
    "line",
    [
        "Hands on experience with Figma prototypes for mobile apps",
        "Proficient with Sass and BEM naming in large codebases",
        "Have strong expertise with Django REST framework",
        "Thorough understanding of double-entry bookkeeping for small firms",
        "You will also have experience leading a small sales team.",
    ],
)
def test_requirement_lines_in_a_posting_without_a_requirements_heading(line):
    text = f"Job Description\n\nWe build booking software for dentists.\n\n{line}\n"
    assert _texts(analyze_posting(text).must_haves) == [line]


@pytest.mark.parametrize(
    "heading",
    ["You're a good fit if", "Who are we looking for?", "Jouw profiel", "Anforderungen"],
)
def test_requirement_headings_as_boards_and_languages_write_them(heading):
    text = f"{heading}\n- Three years of Kotlin\n- Comfort with Gradle\n"
    assert len(analyze_posting(text).must_haves) == 2


def test_a_heading_over_required_and_preferred_items_lets_each_item_decide():
    text = (
        "Requirements & Preferred Experience\n"
        "- Four years of news editing\n"
        "- A degree in journalism preferred\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Four years of news editing"]
    assert _texts(result.nice_to_haves) == ["A degree in journalism preferred"]


def test_a_plus_in_a_later_sentence_or_after_a_semicolon_leaves_the_first_part_required():
    text = (
        "Requirements:\n"
        "- Hands-on payroll work for small firms. Knowing Gusto is a plus\n"
        "- Solid grasp of forecasting; knowing Prophet is a plus\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [
        "Hands-on payroll work for small firms.",
        "Solid grasp of forecasting",
    ]
    assert _texts(result.nice_to_haves) == [
        "Knowing Gusto is a plus",
        "knowing Prophet is a plus",
    ]


def test_headings_and_items_run_into_one_paragraph_are_split_again():
    text = (
        "We are a small legal practice moving our files to the cloud and need a hand. "
        "Key Responsibilities Plan the move of four thousand files and keep every folder "
        "readable for the partners Required Skills Proven experience with Microsoft 365 "
        "migrations Strong knowledge of OneDrive permissions Experience with PowerShell "
        "scripting Timeline Two weeks from the start.\n"
    )
    result = analyze_posting(text)
    headings = [section.heading for section in result.sections]
    assert "Key Responsibilities" in headings and "Required Skills" in headings
    assert _texts(result.must_haves)[:3] == [
        "Proven experience with Microsoft 365 migrations",
        "Strong knowledge of OneDrive permissions",
        "Experience with PowerShell scripting Timeline Two weeks from the start.",
    ]


def test_a_single_heading_word_inside_a_sentence_is_left_alone():
    text = (
        "Our Experience Manager will answer merchants by chat and email and write help "
        "articles, and Responsibilities include weekly reports for the support lead, "
        "written in plain words for everyone in the company to read and act on quickly.\n"
    )
    result = analyze_posting(text)
    assert [section.heading for section in result.sections] == [""]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "A background in bookkeeping, Xero, payroll, and VAT returns is necessary.",
            ["A background in bookkeeping", "Xero", "payroll", "VAT returns is necessary."],
        ),
        (
            "You must speak Danish, Swedish and Norwegian.",
            ["You must speak Danish", "Swedish", "Norwegian."],
        ),
        ("You must know Figma, Sketch, or Penpot.", ["You must know Figma, Sketch, or Penpot."]),
        ("Sadly, you must own a car and a bike.", ["Sadly, you must own a car and a bike."]),
        (
            # a clause giving the reason is no second thing asked for
            "You must know Danish flowers, because our buyers are florists and growers.",
            ["You must know Danish flowers, because our buyers are florists and growers."],
        ),
        (
            "For this job you'll need Xero skills and experience with payroll.",
            ["For this job you'll need Xero skills", "experience with payroll."],
        ),
        (
            # examples in brackets make a thing asked for no longer, and no clause
            "You'll need a florist's eye, a full licence (category B, clean, held two years) "
            "and good Danish.",
            [
                "You'll need a florist's eye",
                "a full licence (category B, clean, held two years)",
                "good Danish.",
            ],
        ),
    ],
)
def test_a_prose_requirement_listing_several_needs_gives_one_item_each(sentence, items):
    text = f"We run three flower shops in Aarhus. {sentence}"
    assert _texts(analyze_posting(text).must_haves) == items


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "You must own a van and hold a full driving licence.",
            ["You must own a van", "hold a full driving licence."],
        ),
        (
            "You must have a food-safety certificate, be happy lifting crates of 20 kg or more, "
            "and speak basic Danish.",
            [
                "You must have a food-safety certificate",
                "be happy lifting crates of 20 kg or more",
                "speak basic Danish.",
            ],
        ),
        (
            "You must have sold flowers for two years, and must be happy to start at 5 am.",
            ["You must have sold flowers for two years", "must be happy to start at 5 am."],
        ),
        (
            "Need someone who knows our till and can count change quickly.",
            ["Need someone who knows our till", "can count change quickly."],
        ),
        (
            "We need someone who has run a kitchen (one where it gets loud) and is happy to "
            "order stock.",
            [
                "We need someone who has run a kitchen (one where it gets loud)",
                "is happy to order stock.",
            ],
        ),
        (
            "Needs somebody with a forklift ticket who can start Monday.",
            ["Needs somebody with a forklift ticket who can start Monday."],
        ),
        (
            "Must handle the deliveries and run the Saturday stall.",
            ["Must handle the deliveries", "run the Saturday stall."],
        ),
        (
            # commas in an aside after the second ask make no list of the whole
            "You must have run a market stall and know Aarhus well – its markets, its growers, "
            "its streets.",
            [
                "You must have run a market stall",
                "know Aarhus well – its markets, its growers, its streets.",
            ],
        ),
        (
            "You should have run a market stall before and also know the local growers.",
            ["You should have run a market stall before", "also know the local growers."],
        ),
    ],
)
def test_a_second_ask_opening_with_its_own_verb_is_an_item_of_its_own(sentence, items):
    text = f"We run three flower shops in Aarhus. {sentence}"
    assert _texts(analyze_posting(text).must_haves) == items


@pytest.mark.parametrize(
    "sentence",
    [
        # the two verbs share their object
        "You must know and use our till software.",
        "You must be able to read and write Danish.",
        # the verb after "and" is someone else's
        "You need to be patient with us; we write long briefs and respond within a day.",
    ],
)
def test_verbs_that_share_an_object_or_a_subject_stay_one_ask(sentence):
    text = f"We run three flower shops in Aarhus. {sentence}"
    assert _texts(analyze_posting(text).must_haves) == [sentence]


def test_a_stack_line_outside_a_list_names_requirements():
    text = "[HIRING] Mobile dev\n\nStack: Flutter / Dart, Firebase\nPay: DM me\n"
    assert _texts(analyze_posting(text).must_haves) == ["Stack: Flutter / Dart, Firebase"]


def test_a_heading_closing_a_flattened_item_opens_the_next_list():
    text = (
        "You will: - Sort incoming parcels by postcode - Keep the scanner logs tidy. "
        "Requirements: - A forklift licence - Two years in a warehouse\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "A forklift licence",
        "Two years in a warehouse",
    ]


def test_required_as_an_adverb_asks_for_nothing():
    text = "We are a start-up. You will help with whatever is required to ship on time."
    assert analyze_posting(text).must_haves == ()


def test_an_item_opening_with_experience_with_is_an_item_not_a_heading():
    """Between blank lines, "Experience with …" is one of the requirements, not a heading
    over the line before it."""
    text = (
        "Frontend Lead\n\nJob Description\n\nHands on experience in Vue\n\n"
        "Experience with integrating GraphQL APIs\n\nThorough knowledge of accessibility\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Hands on experience in Vue",
        "Experience with integrating GraphQL APIs",
        "Thorough knowledge of accessibility",
    ]


def test_a_line_cut_after_a_comma_carries_on_across_a_blank_line():
    text = (
        "Frontend Lead\n\nRequirements\n\nUnderstanding of the platform, its database, cache,\n\n"
        "and the other services it calls\n\nFive years of TypeScript are required.\n"
    )
    assert [" ".join(item.split()) for item in _texts(analyze_posting(text).must_haves)] == [
        "Understanding of the platform, its database, cache, and the other services it calls",
        "Five years of TypeScript are required.",
    ]


def test_the_deadline_for_applications_is_no_requirement():
    """A sentence under another heading that says "must" of the applications, not of the
    applicant, asks nothing; the one beside it that asks of the applicant is read."""
    text = (
        "Hydrology Technician\n\nRequirements\n- Field survey experience\n- HEC-RAS\n\n"
        "## Closing details\nApplications must be received by 5 PM Pacific Time on 14 August. "
        "You must also hold a valid driver's license.\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Field survey experience",
        "HEC-RAS",
        "You must also hold a valid driver's license.",
    ]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "You: five years of Go, Postgres in production, on-call experience.",
            ["five years of Go", "Postgres in production", "on-call experience."],
        ),
        (
            "What we need: solid Swift (SwiftUI, Combine), experience with HealthKit, and a "
            "portfolio of apps you shipped yourself.",
            [
                "solid Swift (SwiftUI, Combine)",
                "experience with HealthKit",
                "a portfolio of apps you shipped yourself.",
            ],
        ),
        ("You: Swift, Kotlin, or Flutter.", ["Swift, Kotlin, or Flutter."]),
    ],
)
def test_a_label_in_a_paragraph_lists_one_requirement_per_piece(sentence, items):
    text = f"Lumen | Mobile Engineer | Oslo\n\nWe make apps for ferries. {sentence} Pay is good."
    assert _texts(analyze_posting(text).must_haves) == items


def test_a_need_stated_in_brackets_is_the_brackets_words_alone():
    text = (
        "We sell tea online. If you would like to join, please write to me on Telegram "
        "(Note: You must be at least 21 years old). You must have a car (a van is better)."
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "You must be at least 21 years old",
        "You must have a car (a van is better).",
    ]


def test_what_i_need_over_things_to_deliver_names_the_work_not_requirements():
    text = (
        "Menu copy for a bakery café\n\nWe bake sourdough and want better words.\n\n"
        "What I need:\n* 12 product blurbs (~60 words each)\n* 2 menu boards\n"
        "* a short story for our About page\n\n"
        "You must have written for food brands before. You should understand how a menu "
        "is read in a queue.\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [
        "You must have written for food brands before.",
        "You should understand how a menu is read in a queue.",
    ]


def test_a_run_on_paragraph_gives_each_clause_that_asks_an_item_and_its_plus_apart():
    text = (
        "Shop assistant for our tea stall\n\n"
        "Hi all, we run a small tea stall at the Saturday market and need help with the "
        "weekend rush, you will weigh and pack loose tea, take card payments and chat with "
        "regulars, you need to have worked with customers before for at least a season, and "
        "also you must be free every Saturday from 7am to 3pm because that is market day, "
        "for the rest we are easy going, knowing some Chinese tea names is good but not "
        "needed, also a food hygiene certificate is plus.\n"
    )
    result = analyze_posting(text)
    must = _texts(result.must_haves)
    assert len(must) == 2
    assert must[0].endswith("for at least a season")
    assert must[1].startswith("you must be free every Saturday from 7am to 3pm")
    assert _texts(result.nice_to_haves) == [
        "knowing some Chinese tea names is good but not needed, also a food hygiene "
        "certificate is plus."
    ]


def test_a_labelled_line_of_semicolons_is_a_list_even_with_a_longer_part():
    text = (
        "Night Baker\n\nWe bake for forty cafés.\n\nRequirements: a diploma in baking; two years "
        "in a busy bakery; Kafka or RabbitMQ for our ovens' queue; sourdough experience "
        "preferred; weekend shifts in rotation with the rest of the team, booked a month "
        "ahead.\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [
        "a diploma in baking",
        "two years in a busy bakery",
        "Kafka or RabbitMQ for our ovens' queue",
        "weekend shifts in rotation with the rest of the team, booked a month ahead.",
    ]
    assert _texts(result.nice_to_haves) == ["sourdough experience preferred"]


@pytest.mark.parametrize(
    "item",
    [
        "Must be able to plan, book, and rebook travel for two directors",
        "Must know how to triage the inbox and be able to file, tag, and archive accordingly",
    ],
)
def test_verbs_sharing_one_object_after_an_infinitive_stay_one_item(item):
    text = f"Office Assistant\n\nResponsibilities\n* {item}\n* Answer the phones\n"
    assert _texts(analyze_posting(text).must_haves) == [item]


def test_a_paragraph_after_the_list_adds_what_it_says_outright_is_needed():
    text = (
        "Window cleaner for two shop fronts\n\n"
        "Requirements:\n- Own ladders and water-fed pole\n- Public liability insurance\n\n"
        "You must be free on Sunday mornings before 9am. Fluent Polish is essential for "
        "talking to the owner. We pay weekly by transfer.\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == [
        "Own ladders and water-fed pole",
        "Public liability insurance",
        "You must be free on Sunday mornings before 9am.",
        "Fluent Polish is essential for talking to the owner.",
    ]
    assert [item.origin for item in result.must_haves][-2:] == ["prose", "prose"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please only bid if you have restored vintage furniture before.",
        "Only apply if you can start this week.",
        "Please only send an offer if you have upholstered chairs before.",
        "Only send me a quote if you can collect from Ghent.",
        "Only translators with legal experience please.",
        "Please only editors who know Final Cut.",
    ],
)
def test_only_apply_if_and_only_people_with_state_a_requirement(sentence):
    text = f"I restore and sell old chairs from my garage in Ghent. {sentence}"
    assert _texts(analyze_posting(text).must_haves) == [sentence]


def test_needing_to_know_whether_you_would_like_the_work_asks_for_nothing():
    text = (
        "We run a small bike shop.\n\nRequirements:\n- Basic bike repair\n- Weekend "
        "availability\n\nBut first, you need to know if you'd enjoy fixing flat tyres all day.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Basic bike repair",
        "Weekend availability",
    ]


@pytest.mark.parametrize(
    ("sentence", "need"),
    [
        (
            "Xero experience is important — you'll be matching payouts, chasing invoices and "
            "filing VAT.",
            "Xero experience is important",
        ),
        (
            "You need to be patient with us – we write long briefs and respond within a day.",
            "You need to be patient with us",
        ),
    ],
)
def test_a_dash_giving_the_reason_for_a_need_is_no_part_of_it(sentence, need):
    text = f"We sell garden furniture online.\n\n{sentence}\n"
    assert _texts(analyze_posting(text).must_haves) == [need]


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Fluent in Descript or Adobe Audition", "skill"),
        ("Fluent in Spanish", "language"),
        ("Fluent written English", "language"),
    ],
)
def test_fluency_in_a_tool_is_a_skill_and_in_a_language_a_language(item, kind):
    reading = analyze_posting(f"Podcast Editor\n\nRequirements\n- {item}\n")
    assert [entry.kind for entry in reading.must_haves] == [kind]


def test_requirements_under_headings_in_other_words_and_languages():
    text = (
        "Payroll Analyst\n\nWhat you'd work on\n- Month-end payroll for four countries\n\n"
        "Ideally you'll have\n- Strong Excel\n- Two years of payroll\n"
        "- Workday experience would be great\n\nWhy Fernleaf\n- 27 days holiday\n"
        "- Private healthcare\n- A pension we match\n\nPracticalities\n"
        "Our office is in Bristol; we meet there on Wednesdays.\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == ["Strong Excel", "Two years of payroll"]
    assert [item.text for item in reading.nice_to_haves] == ["Workday experience would be great"]


def test_prose_under_who_we_hope_to_meet_is_read_as_requirements():
    text = (
        "Data Engineer\n\nWho we're hoping to meet\nYou have built batch pipelines in Python. "
        "You know SQL well. You are calm when a job fails at 3am.\n\nBenefits\n- Equity\n"
    )
    reading = analyze_posting(text)
    assert len(reading.must_haves) == 3
    assert reading.must_haves[1].text == "You know SQL well."


def test_a_polish_expectations_heading_holds_requirements():
    text = (
        "Księgowa\n\nTwoje zadania:\n- Prowadzenie ksiąg\n\nNasze oczekiwania:\n"
        "- Min. 3 lata doświadczenia\n- Znajomość programu Symfonia\n\nOferujemy:\n"
        "- Umowę o pracę\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Min. 3 lata doświadczenia",
        "Znajomość programu Symfonia",
    ]


def test_a_list_after_you_will_fit_right_in_if_you_holds_the_requirements():
    text = (
        "Support Engineer\n\nWhat you'll own\n- The ticket queue for our EU customers\n\n"
        "You'll fit right in if you\n- Have supported a SaaS product for 2+ years\n"
        "- Can read a stack trace\n\nBenefits\n- Equity\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Have supported a SaaS product for 2+ years",
        "Can read a stack trace",
    ]


@pytest.mark.parametrize("who", ["We want someone who", "Our client seeks someone who"])
def test_a_sentence_saying_who_is_wanted_is_a_requirement(who):
    text = f"Line Cook\n\nA busy bistro in Leith. {who} has run a grill station on busy nights.\n"
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        f"{who} has run a grill station on busy nights."
    ]


def test_prose_under_who_we_need_is_read_as_requirements():
    text = (
        "Transcript Reviewer\n\nTasks\n- Check timestamps\n\nWho we need\nYou have proofread "
        "legal transcripts before. Able to commit 20 hrs/week for a month.\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "You have proofread legal transcripts before.",
        "Able to commit 20 hrs/week for a month.",
    ]


def test_a_list_after_an_introducing_colon_is_one_item_per_thing_asked():
    text = (
        "Backend Contractor\n\nWe run payroll for bakeries. Hoping to find a steady engineer "
        "who likes small teams: 4+ yrs Ruby on Rails, Sidekiq at scale (retries, dead sets), "
        "solid SQL.\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "4+ yrs Ruby on Rails",
        "Sidekiq at scale (retries, dead sets)",
        "solid SQL.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a skill named before the colon is asked for together with what follows it
        "We need someone who knows Rust and how networks fail: retries, timeouts, partitions.",
        # a skills label's line is one item, as it was
        "Stack: Go, Postgres, Redis, Kafka on AWS.",
    ],
)
def test_a_colon_after_a_skill_or_a_skills_label_keeps_its_list_whole(sentence):
    reading = analyze_posting(
        f"Network Engineer\n\nSmall ISP in Graz. We need someone who has run BGP.\n{sentence}\n"
    )
    assert _texts(reading.must_haves)[1:] == [sentence]


def test_a_list_under_what_matters_most_to_us_holds_the_requirements():
    text = (
        "Head of Data\n\nWhat matters most to us:\n• SQL and dbt, daily\n"
        "• You've owned a data platform, not just a pipeline\n\nLogistics: hybrid in Leeds.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "SQL and dbt, daily",
        "You've owned a data platform, not just a pipeline",
    ]


def test_a_line_saying_who_is_wanted_heads_the_list_of_requirements():
    text = (
        "Sous Chef\n\nHi Ana,\n\nThe client runs a 40-cover bistro in Ghent.\n\n"
        "They need a Sous Chef who:\n– has led a pastry section\n– holds a food hygiene "
        "certificate\n\nLet me know if you'd like a chat.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "has led a pastry section",
        "holds a food hygiene certificate",
    ]


def test_a_line_saying_what_thing_is_wanted_heads_no_requirements():
    text = (
        "Booking plugin\n\nI need a custom WordPress plugin that:\n- shows free slots\n"
        "- takes card payments\n\nBudget $400.\n"
    )
    assert analyze_posting(text).must_haves == ()


@pytest.mark.parametrize("heading", ["O que precisamos:", "Lo que necesitamos:", "What we need:"])
def test_what_we_need_in_three_languages_heads_the_requirements(heading):
    text = (
        f"Video editor\n\nFilmamos no celular.\n\n{heading}\n- Premiere ou DaVinci\n"
        "- Entrega em 48h\n\nOrçamento mensal.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == ["Premiere ou DaVinci", "Entrega em 48h"]


def test_a_singular_requirement_heading_heads_the_requirements():
    text = (
        "Catalogue to spreadsheet\n\nWe sell valves. The supplier sent a PDF.\n\n"
        "Requirement:\n- good Google Sheets\n- able to use OCR software\n\nBudget $300.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "good Google Sheets",
        "able to use OCR software",
    ]


def test_a_few_words_over_a_paragraph_head_a_section_of_their_own():
    text = (
        "Backend Developer\n\n"
        "Who you are\n"
        "You have built web services in Elixir for a few years and you are at home with "
        "PostgreSQL. You explain your choices in writing, because most of our talk is async.\n\n"
        "Our setup\n"
        "Work from anywhere between Lisbon and Helsinki, as long as you can join our stand-up "
        "at ten in the morning, Central European Time, on every working day of the week.\n\n"
        "The numbers\n"
        "We pay between fifty and seventy thousand euros a year depending on experience, the "
        "same whichever country in Europe you happen to live in, paid monthly.\n\n"
        "Extras\n- A laptop of your choice\n- Thirty days of holiday\n- A learning budget\n"
    )
    reading = analyze_posting(text)
    kinds = [(section.kind, section.heading) for section in reading.sections]
    assert (SectionKind.MUST_HAVE, "Who you are") in kinds
    assert [heading for _, heading in kinds][-2:] == ["Our setup", "The numbers"]
    assert [item.text for item in reading.must_haves] == [
        "You have built web services in Elixir for a few years and you are at home with "
        "PostgreSQL.",
        "You explain your choices in writing, because most of our talk is async.",
    ]


def test_looking_for_a_role_with_years_and_experience_that_matters_are_asked_in_prose():
    text = (
        "Orchard Labs | Data Engineer | Leeds | HYBRID\n\n"
        "We run the pricing engine for three supermarket chains.\n\n"
        "Seeking a data engineer with 4+ years building Spark pipelines, at home in Scala, "
        "and who can own a pipeline from ingest to dashboard. Airflow experience matters "
        "most — every job we run is a DAG.\n\nMail hiring@orchard.example\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Seeking a data engineer with 4+ years building Spark pipelines",
        "at home in Scala",
        "who can own a pipeline from ingest to dashboard.",
        "Airflow experience matters most",
    ]


@pytest.mark.parametrize("label", ["What matters:", "What we'd need from you:"])
def test_a_label_in_running_prose_lists_the_asks_its_examples_after_a_dash_kept_whole(label):
    text = (
        "Kestrel Freight | Data Analyst | Rotterdam | ONSITE\n\n"
        "We plan barge routes along the Rhine.\n\n"
        f"{label} you're fluent in SQL, you've shipped dashboards people used every day, and "
        "you know your statistics - regression, sampling, confidence intervals. We do care "
        "that you can explain a chart to a skipper.\n\nMail jobs@kestrel.example\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "you're fluent in SQL",
        "you've shipped dashboards people used every day",
        "you know your statistics - regression, sampling, confidence intervals.",
        "We do care that you can explain a chart to a skipper.",
    ]


def test_what_the_client_is_after_heads_a_recruiters_list():
    text = (
        "Subject: Contract Python Developer | £500/day\n\nHi,\n\nMy client is a water utility.\n\n"
        "What they're after:\n- Django and Celery\n- Azure DevOps pipelines\n\n"
        "Kind regards,\nSam\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Django and Celery",
        "Azure DevOps pipelines",
    ]


def test_what_the_hire_needs_has_to_do_or_must_follow_is_asked_in_prose():
    text = (
        "Job description\nWe run four dental practices and want 20 blog posts.\n\n"
        "The copywriter needs a dental background. They have to be able to write for "
        "anxious patients in plain words. Every post must follow our style guide.\n\n"
        "Fixed-price\n$900.00\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "The copywriter needs a dental background.",
        "They have to be able to write for anxious patients in plain words.",
        "Every post must follow our style guide.",
    ]


def test_a_comment_that_asks_for_years_in_prose_and_names_a_skill_as_a_plus():
    text = (
        "Harbourline | Data Engineer | Remote (EU) | Full-time\n\n"
        "We price freight insurance from port telemetry. Seeking 5+ yrs data engineering, "
        "solid SQL, and Airflow. Kotlin is a plus.\n\nMail careers@harbourline.example.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Seeking 5+ yrs data engineering",
        "solid SQL",
        "Airflow.",
    ]
    assert [r.text for r in reading.nice_to_haves] == ["Kotlin is a plus."]


@pytest.mark.parametrize(
    "heading",
    [
        "What they're asking for:",
        "Deine Kompetenzen",
        "What I actually need",
        "Your background",
        "The toolkit",
    ],
)
def test_a_heading_naming_what_is_asked_in_other_words_heads_the_requirements(heading):
    text = (
        "Pastry Chef\n\nThe role\n1) Run the morning bake\n2) Order flour and butter\n\n"
        f"{heading}\n1) Three years in a pastry section\n2) Food hygiene level 2\n\n"
        "What's in it for you\nFree lunch.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Three years in a pastry section",
        "Food hygiene level 2",
    ]


def test_a_list_run_together_with_middle_dots_is_read_one_item_a_clause():
    text = (
        "What we expect\n"
        "a degree in logistics or two years in a busy depot · confident with route planning "
        "software such as Paragon · a full UK driving licence held for a year · happy to "
        "start at six on Saturdays\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "a degree in logistics or two years in a busy depot",
        "confident with route planning software such as Paragon",
        "a full UK driving licence held for a year",
        "happy to start at six on Saturdays",
    ]


def test_a_headers_short_terms_between_middle_dots_are_no_list():
    text = "Dispatch Lead\n£31,000 · Leeds · Full-time · Permanent\n\nYou will run the yard.\n"
    assert analyze_posting(text).must_haves == ()


@pytest.mark.parametrize(
    "heading", ["What success looks like after a year", "Key relationships", "Your first 90 days"]
)
def test_a_heading_of_outcomes_after_the_requirements_adds_none_of_them(heading):
    text = (
        "Requirements\nA degree in accounting\nThree years of month-end close\n"
        "Confident with Excel lookups\n\n"
        f"{heading}\n- By spring you are closing the ledgers on your own\n"
        "- Auditors leave with no open questions\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "A degree in accounting",
        "Three years of month-end close",
        "Confident with Excel lookups",
    ]


def test_what_a_duties_list_asks_of_the_body_or_the_commute_is_required():
    text = (
        "On the early shift you will:\n"
        "• Sort parcels by postcode onto the right cage\n"
        "• Carry sacks of up to 20 kg from the van to the belt\n"
        "• Hold a valid forklift ticket for the yard moves\n"
        "• Have your own transport, as the first bus is at 7\n"
        "• Tidy the bay before handover\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Carry sacks of up to 20 kg from the van to the belt",
        "Hold a valid forklift ticket for the yard moves",
        "Have your own transport, as the first bus is at 7",
    ]


def test_a_labelled_list_run_together_with_bullets_keeps_its_first_item():
    text = (
        "Hey all, small studio here.\n\n"
        "What we need: Blender for hard-surface props, not only sculpts • rigged and "
        "animated at least two characters for a game • comfortable exporting to Unreal "
        "with clean LODs • online three hours a day overlapping with CET\n\nPay: $40/hr\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Blender for hard-surface props, not only sculpts",
        "rigged and animated at least two characters for a game",
        "comfortable exporting to Unreal with clean LODs",
        "online three hours a day overlapping with CET",
    ]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_heading_set_off_by_a_dash_labels_the_requirements_after_it(dash):
    text = (
        "I run a small flower shop and need help with the books.\n\n"
        f"Essentials {dash} you know Sage inside out; you have reconciled card takings "
        "before; you can spare four hours a week.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "you know Sage inside out",
        "you have reconciled card takings before",
        "you can spare four hours a week.",
    ]


def test_bullets_glued_to_the_item_before_them_still_split_a_labelled_list():
    text = (
        "Job description\nRequirements: Forklift licence (counterbalance)• At least a year "
        "in a cold store• Able to work Saturdays in peak• Steel-toe boots of your own\n"
        "Preferred: Reach truck experience\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Forklift licence (counterbalance)",
        "At least a year in a cold store",
        "Able to work Saturdays in peak",
        "Steel-toe boots of your own",
    ]
