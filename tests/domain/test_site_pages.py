"""Pages copied whole from applicant trackers, job boards, chat boards and mail
(resources/layouts.json): each recognised by its own lines, its chrome set apart and
the fields it labels read once. Fixtures are pages written for these tests."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import Pay, find_pay
from desktop.domain.reading.html_text import html_to_text
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.layouts import read_layout
from tests.conftest import fixture_text

# (fixture, layout, title, company, engagement, location, pay)
_PAGES = [
    (
        "greenhouse_page.txt",
        "greenhouse",
        "Clinical Data Coordinator",
        "Veldhoven Biologics",
        None,
        "Utrecht, Netherlands",
        Pay(48_000, 56_000, "EUR", "year"),
    ),
    (
        "greenhouse_classic.txt",
        "greenhouse",
        "Senior Payments Engineer",
        "Tallyho Ledger",
        None,
        "Remote - Canada",
        None,
    ),
    (
        "lever_page.txt",
        "lever",
        "Lighting Artist",  # its "(Contract)" is the engagement, read on its own
        "Quarry Lane Studios",
        "contract",
        "Montréal, Québec",
        Pay(55, 70, "CAD", "hour"),
    ),
    (
        "lever_oneline.txt",
        "lever",
        "Staff Site Reliability Engineer",
        "Plinth",
        "full-time",
        "Remote — Europe",
        None,
    ),
    (
        "workable_page.txt",
        "workable",
        "Night Shift Care Coordinator",
        "Marigold Care",
        "full-time",
        "Leeds, England, United Kingdom",
        Pay(13.5, 13.5, "GBP", "hour"),
    ),
    (
        "ashby_page.txt",
        "ashby",
        "Grid Modelling Analyst",
        "Brightwater Energy",
        "full-time",
        "Lisbon",
        Pay(45_000, 60_000, "EUR", "year"),
    ),
    (
        "bamboohr_page.txt",
        "bamboohr",
        "Bookkeeper",
        "Sawtooth Outfitters",
        "part-time",
        "Boise, Idaho",
        Pay(24, 28, "USD", "hour"),
    ),
    (
        "smartrecruiters_page.txt",
        "smartrecruiters",
        "Marine Electrician",
        "Hallberg Maritime",
        "full-time",
        "Gothenburg, Sweden",
        None,
    ),
    (
        "workday_page.txt",
        "workday",
        "Procurement Specialist, Indirect Spend",
        "Kestrel Foods",
        "full-time",
        "Rotterdam, Netherlands",
        None,
    ),
    (
        "workday_page_de.txt",
        "workday",
        "Qualitätsingenieur (m/w/d) Medizinprodukte",
        "Brennwald Medizintechnik",
        "full-time",
        "Tuttlingen",
        Pay(58_000, 66_000, "EUR", "year"),  # not the requisition's "R0318842" as rand
    ),
    (
        "freelancer_project.txt",
        "freelancer",
        "Convert our paper price list into a searchable web table",
        "Pickett & Sons",
        "freelance-fixed",
        None,
        Pay(120, 300, "USD", "project"),  # the budget: no bid under it
    ),
    (
        "glassdoor_page.txt",
        "glassdoor",
        "Production Supervisor – Night Shift",
        "Marrowgate Bakeries",  # over its rating, its star on a line of its own
        None,
        "Bristol",
        Pay(34_000, 38_000, "GBP", "year"),
    ),
    (
        "indeed_page.txt",
        "indeed",
        "Warehouse Team Lead",
        "Fenwick Parcel Co.",
        "full-time",
        "Reno, NV 89502",
        Pay(24, 27, "USD", "hour"),
    ),
    (
        "hn_thread_copy.txt",
        "hacker_news",
        "Backend Engineer (Rust)",
        "Lumen Cartography",
        "full-time",
        "Remote (UTC-3 to UTC+3)",
        Pay(80_000, 100_000, "EUR", "year"),
    ),
    (
        "discord_post.txt",
        "discord",
        "Unity Gameplay Programmer",
        "Pixel Orchard",
        "contract",
        None,
        Pay(40, 55, "USD", "hour"),
    ),
    (
        "lever_home_first.txt",
        "lever",
        "Deck Crew Supervisor – Night Sailings",  # the dash's words narrow the role
        "Saltmarsh Ferries",
        "full-time",
        "Portsmouth, UK",
        Pay(34_000, 34_000, "GBP", "year"),
    ),
    (
        "indeed_with_menu.txt",
        "indeed",
        "Dental Hygienist",
        "Brightsmile Family Dental",
        "part-time",
        "Tacoma, WA 98402",
        Pay(52, 60, "USD", "hour"),
    ),
    (
        "email_client_role.txt",
        "email",
        "Maintenance Planner",
        "Pennine Mills",
        None,
        "Huddersfield (on-site)",
        Pay(38_000, 42_000, "GBP", "year"),
    ),
    (
        "email_recruiter.txt",
        "email",
        "Contract Tableau Developer",
        "Corvid Talent",  # the agency the mail comes from: the bank it recruits for is unnamed
        "contract",
        None,
        Pay(450, 450, "GBP", "day"),
    ),
]


@pytest.mark.parametrize("page", _PAGES, ids=[page[0] for page in _PAGES])
def test_each_sites_page_gives_its_fields(page):
    name, *expected = page
    result = analyze_posting(fixture_text(f"pages/{name}"))
    read = [result.layout, result.title, result.company, result.engagement, result.location]
    assert [*read, result.pay] == expected


# Words of the sites' own forms, menus and footers: never a requirement.
_CHROME = (
    "required",
    "first name",
    "resume",
    "powered by",
    "apply",
    "compensation",
    "location",
    "employment type",
    "job type",
    "reply",
    "today at",
    "from:",
)


@pytest.mark.parametrize("name", [page[0] for page in _PAGES])
def test_a_sites_forms_and_labels_are_never_requirements(name):
    result = analyze_posting(fixture_text(f"pages/{name}"))
    items = [item.text.casefold() for item in (*result.must_haves, *result.nice_to_haves)]
    assert items, "every page here states what it asks for"
    assert not [item for item in items if any(word in item for word in _CHROME)]


def test_an_application_form_after_the_posting_is_the_sites_text():
    text = fixture_text("pages/greenhouse_classic.txt")
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "5+ years building payment systems in Go or Java",
        "Experience with PCI DSS audits",
    ]
    form = text.index("Apply for this Job")
    assert all(s.kind == SectionKind.BOILERPLATE for s in result.sections if s.start >= form)


def test_a_sites_labels_stay_on_their_own_lines():
    """Workday's short lines ("Sign In", the title, "Apply") are never joined into one."""
    page = (
        "Sign In\nInventory Planner\nApply\ntime type\nPart time\n"
        "posted on\nPosted Today\njob requisition id\nR-1\n"
    )
    result = analyze_posting(page + "We stock hardware shops.\n")
    assert result.layout == "workday"
    assert result.title == "Inventory Planner"
    assert result.engagement == "part-time"


def test_tags_that_tick_two_kinds_of_work_state_neither():
    post = "**[HIRING][REMOTE][FULL TIME][PART TIME]**\nRole: Copywriter\nWrite our newsletters.\n"
    assert analyze_posting(post).engagement is None
    one = post.replace("[PART TIME]", "")
    assert analyze_posting(one).engagement == "full-time"


def test_a_company_on_its_own_line_above_the_title():
    text = "Harrow & Finch\nSenior Copy Editor\n\nYou will edit our travel guides.\n"
    assert analyze_posting(text).company == "Harrow & Finch"
    # A line of the page's own ("Careers") or a team is no company.
    assert analyze_posting(text.replace("Harrow & Finch", "Careers")).company == ""


def test_a_team_under_the_title_is_no_company():
    text = "Payroll Administrator\nFinance\nLeeds\n\nYou will run our monthly payroll.\n"
    assert analyze_posting(text).company == ""
    named = text.replace("Finance", "Osprey Mills")
    assert analyze_posting(named).company == "Osprey Mills"


def test_a_team_after_the_dash_of_a_pages_own_title_is_no_company():
    page = fixture_text("pages/workday_page.txt").replace(
        "Procurement Specialist, Indirect Spend", "Procurement Specialist – Indirect Spend"
    )
    result = analyze_posting(page)
    assert result.layout == "workday"
    assert result.title == "Procurement Specialist – Indirect Spend"
    assert result.company == "Kestrel Foods"


def test_a_thing_a_sentence_opens_with_after_a_is_no_company():
    text = (
        "Night Porter\n\nYou keep the hotel safe overnight.\n\n"
        'Keen? Press "Apply". A DBS (criminal record check) is part of the process.\n'
    )
    assert analyze_posting(text).company == ""


def test_plain_postings_are_no_site_page_though_they_use_its_headings():
    # A careers page's own headings alone are not an applicant tracker's page.
    text = "Bookkeeper\nDescription\nWe need one.\nRequirements\n- Xero\nBenefits\n- Pension\n"
    assert read_layout(text) is None
    assert read_layout("From day one you own the roadmap.\nTo: be clear, it is big.\n") is None


@pytest.mark.parametrize(
    ("written", "currency"),
    [("CA$90,000 a year", "CAD"), ("AU$45 per hour", "AUD"), ("A$45 per hour", "AUD")],
)
def test_dollar_prefixes_name_their_country(written, currency):
    pay = find_pay(written)
    assert pay is not None and pay.currency == currency


def test_a_line_that_rates_an_item_is_no_heading():
    result = analyze_posting(fixture_text("pages/lever_home_first.txt"))
    assert [item.text for item in result.must_haves] == [
        "STCW basic safety training",
        "Two seasons leading a deck crew",
        "A valid ENG1 medical certificate",
    ]
    assert [item.text for item in result.nice_to_haves] == ["French is a bonus"]


def test_examples_in_brackets_stay_with_the_item_they_qualify():
    result = analyze_posting(fixture_text("pages/email_client_role.txt"))
    assert [item.text for item in result.nice_to_haves] == [
        "Knowledge of CMMS reporting (e.g. Maximo, Fiix) is a plus"
    ]


def test_a_tracker_pages_title_between_its_tabs_and_its_fields_is_read():
    # tabs over the title and labelled fields under it: the title belongs to neither
    text = (
        "Brookvale Energy\nJobs\nOverview\nApplication\n\nGrid Planning Engineer, Storage\n\n"
        "Location\nRemote (Europe)\nEmployment Type\nFull time\nLocation Type\nRemote\n"
        "Department\nEngineering\n\nWe connect batteries to the grid.\n\nRequirements\n"
        "- 4+ years of power systems studies\n- PSS/E or PowerFactory\n\nPowered by Ashby\n"
    )
    posting = analyze_posting(text)
    assert posting.layout == "ashby"
    assert posting.title == "Grid Planning Engineer, Storage"


def test_a_page_tabs_line_under_the_title_is_no_location():
    text = (
        "Tidewater Bakeries\nBread Line Team Leader\nOVERVIEW      APPLICATION\n\n"
        "Description\nWe bake for 40 cafés.\n\nRequirements\nFood safety level 2\n\n"
        "Benefits\nFree bread\n\nApply for this job\nPowered by Workable\n"
    )
    posting = analyze_posting(text)
    assert posting.title == "Bread Line Team Leader"
    assert posting.location is None


def test_a_boards_join_to_apply_line_gives_the_role_and_its_employer():
    text = (
        "LinkedIn\nJoin now\nSign in\n"
        "Join to apply for the Warehouse Shift Supervisor role at Kettle Creek Foods\n"
        "About the job\nLead a team of twelve on the late shift.\n"
        "Seniority level\nMid-Senior level\nEmployment type\nFull-time\n"
    )
    posting = analyze_posting(text)
    assert posting.title == "Warehouse Shift Supervisor"
    assert posting.company == "Kettle Creek Foods"


def test_a_boards_marker_inside_a_sentence_does_not_end_the_posting():
    # "similar jobs" opens a board's footer on its own line, not inside a sentence
    text = (
        "Night Stocker\nOakridge Grocers\n\nEstimated $31K - $36K a year\n"
        "This is an estimate based on salaries from similar jobs. Not provided by the "
        "employer.\n\nFull job description\nRestock shelves overnight.\n\n"
        "Requirements: - Able to lift 40 lbs - Forklift certificate - Weekend availability\n"
        "\nSimilar jobs\nDay Stocker\n"
    )
    posting = analyze_posting(text)
    assert any("Forklift" in item.text for item in posting.must_haves)
    assert posting.pay is None  # the board's estimate is not the employer's pay


def test_a_polish_cookie_banner_is_no_header_and_a_polish_company_is_read():
    text = (
        "Szanujemy Twoją prywatność. Używamy plików cookies, aby serwis działał poprawnie.\n"
        "Akceptuję wszystkie\nUstawienia\n\nAnalityk danych\nBursztyn Dane Sp. z o.o.\n"
        "Gdańsk, Pomorskie\nkontrakt B2B\n14 000–17 000 zł netto (+ VAT) / mies.\n\n"
        "Nasze wymagania\nSQL\nPython\n"
    )
    posting = analyze_posting(text)
    assert posting.company == "Bursztyn Dane Sp. z o.o."
    assert posting.engagement == "contract"
    assert posting.pay == Pay(14_000, 17_000, "PLN", "month")


def test_a_listings_estimated_budget_wins_over_the_clients_spending():
    text = (
        "Posted 2 hours ago\nMenu design for a ramen bar\n"
        "Fixed-price - Intermediate - Est. Budget: $450\n"
        "We need a two-page menu that fits our brand.\n"
        "Payment verified\n$0\nspent\nCanada\nAdobe InDesign\nMenu Design\n"
    )
    assert analyze_posting(text).pay == Pay(450, 450, "USD", "project")


def test_an_agents_what_they_need_heading_lists_the_requirements():
    text = (
        "Subject: Payroll Manager | 9-month contract\n\nHi Sam,\n\nMy client is a retailer.\n\n"
        "What they need:\n- Five years of UK payroll\n- Sage 200 experience\n\n"
        "Nice to have:\n- CIPP qualification\n\nBest,\nJo\n"
    )
    must = [item.text for item in analyze_posting(text).must_haves]
    assert must == ["Five years of UK payroll", "Sage 200 experience"]


def test_an_apply_button_over_the_description_starts_no_footer():
    text = (
        "Lakeshore Clinics\nCurrent Openings\n\nDental Hygienist\nMadison, WI\n"
        "Department: Clinical\nType: Full Time\n\nApply for this Job\n\nDescription\n"
        "Lakeshore Clinics runs six family dental practices across southern Wisconsin and "
        "is growing.\n\nRequirements\n- Wisconsin hygienist license\n- CPR certification\n\n"
        "Apply for this Job\nFirst Name *\nLast Name *\nPowered by Greenhouse\n"
    )
    must = [item.text for item in analyze_posting(text).must_haves]
    assert must == ["Wisconsin hygienist license", "CPR certification"]


def test_an_upwork_feed_item_is_read_raw_and_as_the_clipboard_converts_it():
    """A job from Upwork's feed: a "- Upwork" title line, HTML line tags, a Budget and the
    feed's own Posted On / Category / Skills / Country lines; its client's country is no
    currency for Upwork's dollars. Pasted, the clipboard turns its tags into lines."""
    raw = fixture_text("pages/upwork_feed_item.txt")
    title = "Shopify Store Bookkeeping Cleanup (QuickBooks Online)"
    for text in (raw, html_to_text(raw)):
        result = analyze_posting(text)
        assert (result.layout, result.title) == ("upwork_feed", title)
        musts = " ".join(item.text for item in result.must_haves)
        assert "Posted On" not in musts and "UTC" not in musts
    pasted = analyze_posting(html_to_text(raw))
    assert pasted.engagement == "freelance-fixed"
    assert pasted.pay == Pay(650, 650, "USD", "project")
    musts = [item.text for item in pasted.must_haves]
    assert any("QuickBooks Online reconciliation" in item for item in musts)
    assert not any("A2X" in item for item in musts)


def test_a_longer_name_under_the_title_counts_when_a_sentence_names_it_again():
    chrome = (
        "Skip to main content\nIndeed\nHome\nCompany reviews\nFind salaries\nSign in\n"
        "Employers / Post Job\n\nWhat\nplumber\nWhere\nTempe, AZ\nFind jobs\n\n"
        "Date posted   Pay   Remote   Job type   Location   Company\n\n"
    )
    text = chrome + (
        "Plumbing Service Technician\nDesert Spring Plumbing & Drain Co\n4.1 out of 5 stars\n"
        "Tempe, AZ 85281\n\nFull job description\nDesert Spring Plumbing & Drain Co has served "
        "the valley since 1988.\n"
    )
    assert analyze_posting(text).company == "Desert Spring Plumbing & Drain Co"


def test_a_place_after_the_name_is_read_up_to_the_next_separator():
    text = (
        "Ward Clerk\nHarbourside Care · Kingsmere, England, United Kingdom · Reposted 2 days "
        "ago · 40 applicants\n\nAbout the job\nYou keep our ward's records.\n"
    )
    assert analyze_posting(text).company == "Harbourside Care"


@pytest.mark.parametrize(
    ("signed", "company"),
    [
        ("— Maya, Lanternfish Games (Porto)", "Lanternfish Games"),
        ("– Tomás, audio lead @ Bramble Sound Co", "Bramble Sound Co"),
    ],
)
def test_a_post_signed_off_after_a_dash_names_its_company(signed, company):
    post = (
        "Looking for a sound designer for our cosy fishing game, 20 short effects, paid per "
        f"effect. DM a showreel.\n{signed}\n👍 4\n2 Replies\n"
    )
    assert analyze_posting(post).company == company


def test_what_we_are_building_names_the_company():
    text = (
        "Flutter developer for a booking app\n\nWe're building Slipway, a booking app for "
        "small marinas. You must have shipped a Flutter app.\n"
    )
    assert analyze_posting(text).company == "Slipway"


def test_indeeds_profile_insights_restate_the_posting_and_are_the_sites_text():
    text = (
        "indeed\nFind jobs\nCompany reviews\n\n"
        "Line Cook\nHarbor Street Grill\n4.0 out of 5 stars\nPortland, ME 04101\n"
        "$19 - $23 an hour - Full-time\nApply now\n\n"
        "Profile insights\nLicenses & certifications\nFood Handler Certification\n"
        "Do you have a valid Food Handler Certification?\nYes\nNo\nSkip\n"
        "Skills\nGrill\n\n"
        "Job details\nPay\n$19 - $23 an hour\nJob type\nFull-time\n\n"
        "Full job description\nWe are a 90-seat seafood grill.\n\n"
        "Requirements\n- Two years on a grill station\n- Food handler card\n\n"
        "Report job\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "indeed"
    assert [item.text for item in reading.must_haves] == [
        "Two years on a grill station",
        "Food handler card",
    ]


def test_a_hacker_news_comment_copied_with_the_threads_header_reads_as_the_comment():
    header = (
        "Hacker News new | past | comments | ask | show | jobs | submit   login\n\n"
        "Ask HN: Who is hiring? (June 2026)\n874 points by whoishiring 2 days ago | hide | "
        "990 comments\n\n"
    )
    result = analyze_posting(header + fixture_text("pages/hn_thread_copy.txt"))
    assert (result.layout, result.title, result.company) == (
        "hacker_news",
        "Backend Engineer (Rust)",
        "Lumen Cartography",
    )


def test_a_linkedin_page_copied_signed_in_has_no_search_box_for_a_company():
    text = (
        "LinkedIn\nSearch\nHome  My Network  Jobs  Messaging  Notifications\n\n"
        "Payroll Analyst\nTernwood Foods · Leeds, England, United Kingdom · 2 days ago\n"
        "Hybrid · Full-time\n\nAbout the job\nTernwood Foods bakes for 300 shops.\n\n"
        "Requirements\n- Payroll experience\n\nSeniority level\nAssociate\n"
        "Employment type\nFull-time\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title, result.company) == (
        "linkedin",
        "Payroll Analyst",
        "Ternwood Foods",
    )


def test_a_linkedin_place_line_under_the_employers_name_gives_the_location():
    text = (
        "LinkedIn\nSearch\n\nPayroll Analyst\nTernwood Foods\n"
        "Leeds, England, United Kingdom · 2 days ago · 87 applicants\n"
        "Hybrid  Full-time  Associate\n\nAbout the job\nTernwood Foods bakes for 300 shops.\n\n"
        "Seniority level\nAssociate\nEmployment type\nFull-time\n"
    )
    result = analyze_posting(text)
    assert (result.location, result.remote) == ("Leeds, England, United Kingdom", "hybrid")


def test_quoted_lines_under_a_chats_bold_label_are_its_list():
    text = (
        "Level Designer\n\n**What you need:**\n> Two shipped levels in Unreal\n"
        "> Blueprint scripting\n> Perforce\n\nPing me with a portfolio.\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Two shipped levels in Unreal",
        "Blueprint scripting",
        "Perforce",
    ]


def test_a_mails_quoted_reply_is_no_list():
    text = (
        "Re: Level Designer\n\nThanks, sounds good.\n\n> On Monday Jo wrote:\n"
        "> Do you know Unreal?\n"
    )
    assert analyze_posting(text).must_haves == ()


def test_a_lowercase_tag_on_its_own_line_is_a_tag_of_its_own():
    text = (
        "Fix our nightly loads\n\nOur loads fail at night. Details in chat.\n\n"
        "Skills and Expertise\nPython\nGoogle BigQuery\ndbt\nSQL\n\nActivity on this job\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves][:3] == [
        "Python",
        "Google BigQuery",
        "dbt",
    ]


def test_a_dutch_linkedin_page_is_read_as_linkedin():
    text = (
        "Home\nMijn netwerk\nVacatures\nBerichten\nMeldingen\nProbeer Premium voor €0\n"
        "Medior Data Engineer\nGrachtwerk · Amsterdam, Noord-Holland, Nederland · "
        "2 dagen geleden · 12 sollicitanten\nHybride\nEenvoudig solliciteren\nOpslaan\n"
        "Info over de vacature\n"
        "Wij maken software voor woningcorporaties.\n\nMeer weergeven\nOver het bedrijf\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Medior Data Engineer", "Grachtwerk")


@pytest.mark.parametrize(
    "menu",
    [
        "Pular para conteúdo principal\nLinkedIn\nArtigos\nPessoas\nVagas\nEntrar\n",
        "Ir al contenido principal\nLinkedIn\nArtículos\nPersonas\nEmpleos\nIniciar sesión\n",
    ],
)
def test_a_linkedin_page_in_portuguese_or_spanish_drops_its_menu_and_its_repeated_title(menu):
    text = (
        f"{menu}Coordenador de Logística\nCoordenador de Logística\nTransportes Serra Azul\n"
        "Curitiba, PR\nhá 3 dias\nMais de 100 candidaturas\nCandidatar-se\nSalvar\n\n"
        "Sobre a vaga\nA Serra Azul leva cargas refrigeradas para todo o Sul do Brasil.\n\n"
        "Requisitos\n• Experiência com roteirização\n• CNH categoria B\n\n"
        "Exibir mais\nNível de experiência\nPleno\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "linkedin"
    assert (reading.title, reading.company) == (
        "Coordenador de Logística",
        "Transportes Serra Azul",
    )


@pytest.mark.parametrize(
    ("menu", "rating", "details", "apply"),
    [
        (
            "Trouver un emploi\nAvis sur les entreprises\nEstimation de salaire",
            "4,2 sur 5 étoiles",
            "Détails de l'emploi\nSalaire\n1 900 € - 2 100 € par mois\nType de poste\nCDI",
            "Postuler maintenant",
        ),
        (
            "Jobs finden\nUnternehmensbewertungen\nGehälter finden",
            "4,2 von 5 Sternen",
            "Jobdetails\nGehalt\n2.900 € - 3.300 € pro Monat\nAnstellungsart\nVollzeit",
            "Jetzt bewerben",
        ),
    ],
)
def test_indeed_pages_in_french_and_german_are_read_as_indeed(menu, rating, details, apply):
    text = (
        f"indeed\n{menu}\nBoulangerie Vallet\n4,2\n{rating}\nVendeur en boulangerie\n"
        f"Annecy (74)\n{apply}\n{details}\n\nNous cherchons un vendeur pour notre boutique.\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "indeed"
    assert (reading.title, reading.company) == ("Vendeur en boulangerie", "Boulangerie Vallet")
    assert reading.pay is not None and reading.pay.period.value == "month"


def test_a_french_schedule_and_pay_label_end_the_requirements_above_them():
    text = (
        "Profil recherché :\nBac+2 en gestion\nMaîtrise d'Excel\nAisance au téléphone\n\n"
        "Horaires : du lundi au vendredi, 9h-17h.\n\n"
        "Rémunération : 2 000 € brut mensuel. Poste à pourvoir dès que possible.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Bac+2 en gestion",
        "Maîtrise d'Excel",
        "Aisance au téléphone",
    ]
