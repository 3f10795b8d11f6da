"""The employer's name, from the forms postings name it in, and what is never one."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.company import clean_company


def test_a_question_opening_the_posting_names_no_company():
    text = "What is Larkspur?\n\nLarkspur is a seed library for community gardens.\n"
    assert analyze_posting(text).company == "Larkspur"


@pytest.mark.parametrize(
    ("found", "company"),
    [
        ("Why", ""),
        ("The Brightwater Ad Ops Specialist", ""),  # a title, not a company
        ("Pebble Mill https://pebblemill.example/jobs", "Pebble Mill"),
        ("Cobalt Ferries (the ones on the lake!)", "Cobalt Ferries"),
        ("Us and How We Work", ""),
        ("The Quiet Loom Company", "The Quiet Loom Company"),
    ],
)
def test_what_a_company_name_never_is(found, company):
    assert clean_company(found, "Ad Ops Specialist") == company


def test_a_name_on_its_own_line_under_the_title_is_the_company():
    text = "Payroll Coordinator\nMarrowbone Foods\n\nLocation: Leeds\n\nWe pack soup.\n"
    assert analyze_posting(text).company == "Marrowbone Foods"


@pytest.mark.parametrize(
    "second_line",
    [
        "Remote",
        "Full-time",
        "Overview",
        "Austin",
        "Berlin, Germany",
        "Descripción del proyecto",
        "Projektbeschreibung",
        "Description de la mission",
    ],
)
def test_a_place_a_term_or_a_heading_under_the_title_is_no_company(second_line):
    text = f"Payroll Coordinator\n{second_line}\n\nWe pack soup for shops.\n"
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Tallowind Studio is an equal opportunity employer.", "Tallowind Studio"),
        ("As an equal opportunity employer, the Orrery Trust welcomes everyone.", "Orrery Trust"),
        ("At Quillfeather we publish cookbooks.", "Quillfeather"),
        ("We are Brambly, a bakery co-op in Ghent.", "Brambly"),
        ("We are a charity known as H.O.P.E. and we run shelters.", "H.O.P.E"),
        ("[Sproutly](https://sproutly.example) lets families plan meals.", "Sproutly"),
        ("Founded in 2019. Ferngrove Analytics builds demand forecasts.", "Ferngrove Analytics"),
        ("Nimbus Harbor Inc. is a shipping broker.", "Nimbus Harbor"),
    ],
)
def test_the_company_in_its_own_sentences(sentence, company):
    text = f"Operations Analyst\n\nWe need help with our weekly reports.\n\n{sentence}\n"
    assert analyze_posting(text).company == company


def test_the_name_the_work_is_placed_at_again_and_again():
    text = (
        "Support Lead\n\nLife at Marigold is calm. Everyone at Marigold answers tickets. "
        "We celebrate every kind of background at Marigold.\n"
    )
    assert analyze_posting(text).company == "Marigold"


def test_a_linked_site_is_named_as_the_text_writes_it():
    text = (
        "Video Editor\n\nSee our reels on https://www.lanternhouse.example/reels and apply "
        "through https://www.lanternhouse.example/jobs.\n\nEditing at Lantern House means "
        "short films for small brands.\n"
    )
    assert analyze_posting(text).company == "Lantern House"


def test_a_line_under_an_opening_sentence_is_no_company():
    text = "We need a patient piano teacher for our two kids.\nThanks a lot.\n"
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    ("second_line", "company", "location"),
    [
        (
            "Northwind Robotics — Remote (EU time zones)",
            "Northwind Robotics",
            "Remote (EU time zones)",
        ),
        ("Acme Logistics GmbH · Berlin, Germany", "Acme Logistics GmbH", "Berlin, Germany"),
        ("Brightwave Health | Remote, US", "Brightwave Health", "Remote, US"),
        ("Kestrel Labs - London (hybrid)", "Kestrel Labs", "London (hybrid)"),
        ("Kestrel Labs", "Kestrel Labs", None),
    ],
)
def test_a_company_before_a_place_under_the_title_gives_both(second_line, company, location):
    text = f"Senior Python Engineer\n{second_line}\n\nWe build fleet software.\n"
    result = analyze_posting(text + "\nRequirements\n- Python\n")
    assert (result.company, result.location) == (company, location)


@pytest.mark.parametrize(
    "second_line", ["Build the future - together", "Data | Analytics | Growth"]
)
def test_a_tagline_with_a_dash_is_no_company_and_no_place(second_line):
    text = f"Senior Python Engineer\n{second_line}\n\nWe build fleet software.\n"
    result = analyze_posting(text)
    assert result.location is None
    assert result.company in ("", second_line) or "-" not in result.company


@pytest.mark.parametrize(
    "sentence",
    [
        "Budget is $600 for the whole job.",
        "Schedule is flexible, mornings preferred.",
        "Sponsorship is not available for this role.",
        "Payroll is handled by our accountant.",
    ],
)
def test_a_field_word_opening_a_sentence_is_no_company(sentence):
    text = f"Pastry Chef\n\nWe bake for weddings. {sentence}\n"
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Larkspur is a bakery in Leeds.",
        "Larkspur is hiring a second baker.",
        "Larkspur is Leeds's oldest bakery.",
    ],
)
def test_a_name_described_as_a_kind_of_thing_is_the_company(sentence):
    text = f"Pastry Chef\n\n{sentence} We bake for weddings.\n"
    assert analyze_posting(text).company == "Larkspur"


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Current openings at Brackenfield", "Brackenfield"),
        ("Jobs at Tallow & Wick", "Tallow & Wick"),
        # the same heading in German, Dutch, French, Spanish and Portuguese
        ("Karriere bei Brückner Kältetechnik GmbH", "Brückner Kältetechnik GmbH"),
        ("Werken bij Hoogland Transport", "Hoogland Transport"),
        ("Carrières chez Atelier Morvan", "Atelier Morvan"),
        ("Trabaja en Grupo Almendral", "Grupo Almendral"),
        ("Trabalhe na Construtora Ipê", "Construtora Ipê"),
    ],
)
def test_a_careers_pages_heading_names_the_company_after_at(line, company):
    text = f"{line}\nMaintenance Technician\n\nWe keep the presses running.\n"
    assert analyze_posting(text).company == company


@pytest.mark.parametrize("line", ["Se connecter", "Anmelden", "Iniciar sesión"])
def test_sign_in_in_other_languages_is_no_company(line):
    text = f"{line}\n\nMaintenance Technician\nBrackenfield Mills · Leeds\n\nWe press paper.\n"
    assert analyze_posting(text).company == "Brackenfield Mills"


def test_a_pronoun_is_no_company():
    text = "Assistant to our founder\n\nHe is a busy man who travels. You'd run his diary.\n"
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "hey all! we're Quillfern Studio, a two-person team making a farming game.",
            "Quillfern Studio",
        ),
        ("Somos Vidrio Azul Estudio, a design studio in Oaxaca.", "Vidrio Azul Estudio"),
        ("Hi! I run Saltmarsh Candles, a small shop in Whitby.", "Saltmarsh Candles"),
        ("we're *Brambleworks*, 2-person studio from Porto.", "Brambleworks"),
        ("I'm Tomas, head of ops at Kestrel Courier Co, a same-day courier.", "Kestrel Courier Co"),
        ("My name is Ines Duarte, I manage the office of Casa Lume. Hi!", "Casa Lume"),
    ],
)
def test_the_writer_says_whose_business_it_is(sentence, company):
    text = f"Product Photographer\n\n{sentence} We need photos for 40 products.\n"
    assert analyze_posting(text).company == company


@pytest.mark.parametrize(
    ("header", "sentence"),
    [
        ("Larchmont Dental", "Larchmont Dental looks after"),
        ("Fennick Tools 4.2 ★", "Since 1911 Fennick Tools has made"),
        ("Ossory Freight Careers", "Ossory Freight, founded in 1962, moves"),
        ("mika | Tidepool Games — Today at 9:02", "Tidepool Games puts together"),
    ],
)
def test_a_name_over_the_title_that_the_text_names_again_is_the_company(header, sentence):
    text = (
        f"{header}\nHome   Benefits   Contact\n\nMaintenance Technician\nFull time\n\n"
        f"{sentence} things people rely on. You will keep the machines running.\n"
    )
    assert (
        analyze_posting(text).company
        == header.split("\n")[0]
        .split("|")[-1]
        .split(" — ")[0]
        .replace(" 4.2 ★", "")
        .replace(" Careers", "")
        .strip()
    )


@pytest.mark.parametrize(
    "header",
    [
        "Civil Service Jobs",  # a board, which the text may name again ("Civil Service pension")
        "Maple Grove",  # a name the text only places the work in
    ],
)
def test_a_board_or_a_place_over_the_title_is_no_company(header):
    text = (
        f"{header}\nSign in   Search\n\nMaintenance Technician\n\n"
        "The role is based in Maple Grove. Civil Service pension and 25 days of leave.\n"
    )
    assert analyze_posting(text).company == ""


def test_a_company_cards_size_line_does_not_push_the_title_out_of_the_header():
    text = (
        "Quernstone\nBread that keeps its crust\n11-50 Employees\nShift Baker\n"
        "$21 – $24 an hour\n\nQuernstone bakes for forty cafés.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Shift Baker", "Quernstone")


def test_a_company_with_a_long_legal_form_under_the_title():
    text = (
        "Job search   Sign in\n\nElectrician - Commercial Maintenance | Gold Coast North\n\n"
        "Harbourline Electrical Services Pty Ltd\n\nWe maintain shopping centres.\n"
    )
    assert analyze_posting(text).company == "Harbourline Electrical Services Pty Ltd"


def test_a_share_button_is_no_company():
    text = "Kestrel\n/\nCareers\n/\nStudio Assistant\nShare\n\nKestrel is a print studio.\n"
    assert analyze_posting(text).company != "Share"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Find jobs\n\nPicker Packer - Days\nBrookfield Cold Storage, LLC\n3.9\n"
            "Hilliard, OH\n$18 an hour\n\nWe store frozen food.\n",
            "Brookfield Cold Storage, LLC",
        ),
        (
            "Hi all! I'm the managing editor at Larch Lane Books (we publish four titles a "
            "year). Looking for a copy editor for a memoir.\n",
            "Larch Lane Books",
        ),
        (
            "School Nurse\nPosition Type: Health Services\n\nDistrict:\n  Cedar Falls Unified "
            "School District\n\nWe serve 9,000 students.\n",
            "Cedar Falls Unified School District",
        ),
        (
            "Feed post number 7\n\nLena Hart\n • 2nd\nPeople Lead at Quayside Robotics | Hiring\n"
            "1d •\n\nWe're hiring! My team needs a recruiter who loves engineers.\n",
            "Quayside Robotics",
        ),
    ],
)
def test_an_employer_with_its_legal_form_in_a_writers_role_a_district_or_a_headline(text, company):
    assert analyze_posting(text).company == company


@pytest.mark.parametrize("region", ["EMEA", "Benelux", "DACH", "LATAM"])
def test_a_region_after_a_titles_dash_is_no_company(region):
    text = f"Careers\n\nAccount Manager – {region}\n\nWe're Tallberg Audio, maker of radios.\n"
    reading = analyze_posting(text)
    assert reading.company != region
    assert reading.title == f"Account Manager – {region}"


def test_a_long_name_under_the_title_counts_when_the_text_names_it_again():
    text = (
        "Find Jobs   Salaries   Sign In\n\n"
        "Science Teacher (Chemistry) – 2026-27 School Year\n"
        "Cedar Hollow Unified School District\nFresno, CA\n\n"
        "Job Description: teachers at Cedar Hollow Unified School District get a laptop "
        "and a mentor in their first year.\n"
    )
    assert analyze_posting(text).company == "Cedar Hollow Unified School District"


def test_a_long_name_named_nowhere_else_is_no_company():
    text = (
        "Science Teacher (Chemistry)\nThe Best Place To Grow Your Teaching Career\n"
        "Fresno, CA\n\nWe are seeking a certified teacher for our high school.\n"
    )
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    "name",
    [
        "Brückner Sondermaschinenbau GmbH & Co. KG",
        "Umhlanga Cold Storage (Pty) Ltd",
        "Fabbrica Ceramiche Toscane S.r.l.",
    ],
)
def test_a_name_over_the_title_is_as_long_as_its_words_without_the_legal_form(name):
    text = f"{name}\nLagerlogistiker (m/w/d)\nBremen\n\nWir suchen Verstärkung im Lager.\n"
    assert analyze_posting(text).company == name


def test_a_recruiters_client_outweighs_the_agencys_own_footer():
    text = (
        "Conveyancing Assistant – 6-month FTC – Leeds\nInbox\n\nHi Jo,\n\nMy client, "
        "Pemberton Lowe LLP, "
        "needs a conveyancing assistant for its residential team.\n\nBest,\nAmir\n"
        "Northstar Legal Recruitment\nNorthstar Legal Recruitment Ltd is registered in "
        "England.\n"
    )
    reading = analyze_posting(text)
    assert reading.company == "Pemberton Lowe LLP"


@pytest.mark.parametrize(
    ("header", "not_the_company"),
    [
        (
            "Bolderik Energie\nVacatures\nOver ons\nWerken bij\n\nMonteur Zonnepanelen\n"
            "Techniek · Zwolle · Hybride\nSolliciteer\n",
            "Techniek",
        ),
        (
            "Brandt Sanitär GmbH\nAlle Stellenangebote\nAnlagenmechaniker (m/w/d)\n"
            "Festanstellung, Vollzeit · Passau\n",
            "Passau",
        ),
    ],
)
def test_a_department_or_a_place_in_a_trackers_header_is_no_company(header, not_the_company):
    text = f"{header}\nWir sind seit 1990 in Passau und Umgebung tätig. We fit solar panels.\n"
    assert analyze_posting(text).company != not_the_company


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "We are a family-run garden centre (Hollyhock Nurseries) near York.",
            "Hollyhock Nurseries",
        ),
        ("I run a tiny bakery in Porto (Massa Mãe Bakery) and need a logo.", "Massa Mãe Bakery"),
    ],
)
def test_a_clients_business_named_in_brackets_after_its_description(sentence, company):
    text = f"Design a price list for our shop\n\n{sentence}\n\nBudget: $200\n"
    assert analyze_posting(text).company == company


@pytest.mark.parametrize(
    "sentence",
    [
        "We have an open Backend Engineer (Rust) role on the team.",
        "We have an urgent shift at Harwell Packaging (2200 Commerce Pkwy) tonight.",
    ],
)
def test_a_specialty_or_an_address_in_brackets_is_no_company(sentence):
    text = f"Shift available\n\n{sentence}\n"
    assert analyze_posting(text).company not in {"Rust", "2200 Commerce Pkwy"}


def test_the_client_an_agency_is_working_with_is_the_employer():
    text = (
        "Payroll Administrator\nPosted 3 June by Fenwick Recruitment\n\n"
        "Fenwick Recruitment are pleased to be working with a long-established, independent "
        "garden centre group, Hollins Garden Centres, based in Harrogate.\n"
    )
    assert analyze_posting(text).company == "Hollins Garden Centres"


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Hi all, we're Harbour Dental - 2 practices in Bristol.", "Harbour Dental"),
        ("Olá! Somos a Padaria Trigo Bom, uma padaria de bairro em Recife.", "Padaria Trigo Bom"),
        ("Hallo, wir sind die Kranich Software GmbH, ein Team aus Kiel.", "Kranich Software GmbH"),
    ],
)
def test_a_client_saying_who_they_are_names_the_company(sentence, company):
    text = f"Need help with our booking system\n\n{sentence}\nWe need a few small fixes.\n"
    assert analyze_posting(text).company == company


def test_a_labelled_studio_is_named_without_what_follows_its_dash():
    text = (
        "[HIRING] Level Designer\n\nStudio: Quiet Orchard Games - 6 devs, fully remote\n"
        "Rate: $35/hr\nYou will block out three levels.\n"
    )
    assert analyze_posting(text).company == "Quiet Orchard Games"


@pytest.mark.parametrize(
    "header",
    [
        # a chat user's handle over the post, a site's menu, a confidential client
        "Job board\nTuesday at 09:12\nrowan_hires\n[HIRING] Level Designer\n",
        "gigsite\nMy briefs   Offers sent   Archived\nBrief\nLevel designer for a puzzle game\n",
        "Level Designer\nClient: Confidential – a mid-size mobile studio\n",
        "Contest\nDesign a mascot for a puzzle game\n$300 USD\n",
    ],
)
def test_a_handle_a_menu_item_a_contest_or_a_confidential_client_is_no_company(header):
    text = header + "\nWe need someone to block out three levels in Unity. Paid per level.\n"
    assert not analyze_posting(text).company


@pytest.mark.parametrize(
    "text",
    [
        "Start of main content\nSign in\nPastry Cook\nWe bake for three cafés.\n",
        "Hi Lena,\n\nA contract role for a client of ours.\n\nInterviews are a single "
        "45-minute call with the team lead.\n\nBest,\nMo\n",
    ],
)
def test_a_skip_link_or_a_plural_noun_opening_a_sentence_is_no_company(text):
    assert analyze_posting(text).company not in {"Start of main content", "Interviews"}


def test_a_company_under_the_title_with_a_polish_legal_form():
    text = "Księgowa\nOlsztyn Meble Sp. z o.o.\nOlsztyn\n\nProwadzenie ksiąg.\n"
    assert analyze_posting(text).company == "Olsztyn Meble Sp. z o.o."


def test_an_agents_my_client_is_names_the_employer():
    text = (
        "Hi Alex,\n\nMy client is Fernbrook Joinery - a family firm in Leeds fitting out "
        "shops.\n\nThey need a site manager.\n\nBest,\nKeystone Recruitment\n"
    )
    assert analyze_posting(text).company == "Fernbrook Joinery"


@pytest.mark.parametrize(
    "sentence",
    [
        "We are looking for a technician to join Prof Amara Osei's lab in Bristol.",
        "Please reply to Mr. Haddad, who runs the hiring.",
    ],
)
def test_a_persons_name_or_their_group_is_no_company(sentence):
    text = f"Lab Technician\n\n{sentence}\nYou will prepare samples.\n"
    assert analyze_posting(text).company in ("", None)


def test_a_government_job_boards_name_is_no_company():
    text = (
        "An official website of the United States government\nUSAJOBS\nSearch\nSign In\n\n"
        "Park Ranger (Interpretation)\nDepartment of the Interior\n\nOverview\n"
    )
    assert analyze_posting(text).company != "USAJOBS"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a chat post: its author over it is a person, the company is where they hire
        (
            "# jobs\nMeera Rao  9:05 AM\n*We're hiring at Tallowbrook* (seed, logistics)\n"
            "*Role:* Android Developer\nDM me, @Meera Rao is the best way to reach me\n",
            "Tallowbrook",
        ),
        # a board post signed by the employer's team
        (
            "📢 HIRING 📢\nPosition: Sous Chef\nSalary: AED 6,000\n\n— Juniper Court HR Team\n",
            "Juniper Court",
        ),
        # a company card far above the role, the company then named in the description
        (
            "Jobsite\nDiscover\nJobs\nMessages\nProfile\n\nQuillmark\nInvoicing for vets\n"
            "Series A\n11-50 Employees\n\nOverview\nJobs\nPeople\nFunding\n\n"
            "Platform Engineer\n$140k – $170k\nRemote\n\nAbout the job\nQuillmark gives small "
            "clinics an invoicing tool they actually like.\n",
            "Quillmark",
        ),
    ],
)
def test_a_chat_posts_employer_a_signing_team_and_a_company_that_gives(text, company):
    assert analyze_posting(text).company == company


def test_an_agents_named_client_wins_over_the_agents_signature():
    text = (
        "Hi Jo,\n\nMy client is Fernhill Clinics (private physio, 9 sites). Day rate is "
        "£400–£450, 6 months.\n\nBest,\nAmira\nSenior Consultant | Lantern Talent\n\n"
        "Subject: Contract Physio Lead\n\nMust have:\n- HCPC registration\n"
    )
    assert analyze_posting(text).company == "Fernhill Clinics"


@pytest.mark.parametrize(
    ("letterhead", "company"),
    [
        ("            Marlow’s Bistro\n        22 Quay Street, Falmouth\n", "Marlow’s Bistro"),
        (
            "HILLCREST VETERINARY PRACTICE\n14 Orchard Road, Leeds LS6 2AB\n",
            "Hillcrest Veterinary Practice",
        ),
    ],
)
def test_a_name_over_its_address_on_a_small_businesss_letterhead(letterhead, company):
    text = letterhead + "\n\nWE ARE HIRING\n\nPosition:\tKitchen Porter\nPay:\t£11.50 per hour\n"
    assert analyze_posting(text).company == company


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        # a role in words the reader has no list of, over its employer's registered name
        (
            "Tillbaka till sökresultatet\nTruckförare till nattskift\nVärmland Frakt AB\n",
            "Truckförare till nattskift",
            "Värmland Frakt AB",
        ),
        (
            "Etusivu > Työpaikat > Tampere\nMyyntineuvottelija, rakennusala\nPohjola Rakenne Oy\n",
            "Myyntineuvottelija, rakennusala",
            "Pohjola Rakenne Oy",
        ),
    ],
)
def test_a_line_over_a_registered_name_is_the_title_and_the_name_the_employer(
    header, title, company
):
    text = header + "Sijainti: Tampere\n\nWe are growing and want you on the team. Apply today.\n"
    posting = analyze_posting(text)
    assert (posting.title, posting.company) == (title, company)


@pytest.mark.parametrize(
    "board",
    [
        "Duunitori",
        "Jobberman",
        "Trade Me",
        "jobs.ac.uk",
        "EURAXESS",
        "FINN",
        "CareerBuilder",
        "HigherEdJobs",
        "ClearanceJobs",
        "Idealist",
    ],
)
def test_a_job_boards_own_name_over_the_posting_is_no_company(board):
    text = f"{board}\nJobs  Employers  Sign in\n\nLab Technician\n\nYou will prepare samples.\n"
    assert analyze_posting(text).company != board


@pytest.mark.parametrize("qualifier", ["Night Owls Crew", "Key Accounts", "Weekend Route"])
def test_what_follows_a_titles_dash_and_is_never_named_again_is_no_company(qualifier):
    text = (
        f"Delivery Supervisor – {qualifier}\n\n"
        "You will plan the day's drops and coach a team of eight drivers.\n"
        "Requirements\n- A clean driving licence\n- Two years leading a team\n"
    )
    assert analyze_posting(text).company == ""


def test_an_employer_after_a_titles_dash_is_named_again_in_the_text():
    text = (
        "Delivery Supervisor – Pellworth Logistics\n\n"
        "At Pellworth Logistics you will plan the day's drops for eight drivers.\n"
        "Requirements\n- A clean driving licence\n"
    )
    assert analyze_posting(text).company == "Pellworth Logistics"


@pytest.mark.parametrize(
    "sentence",
    [
        "Summer is coming and the shop gets busy.",
        "March is approaching fast.",
        "Spanish and Portuguese are the languages our customers write in.",
    ],
)
def test_a_season_a_month_or_two_things_opening_a_sentence_name_no_company(sentence):
    text = f"Shop Assistant\n\n{sentence} You will serve customers and keep the shelves full.\n"
    assert analyze_posting(text).company == ""


def test_a_sites_menu_after_about_is_no_company():
    text = (
        "Marlowe Tiles\nAbout  Showrooms  Journal  Careers  Contact\nEN / DE\nCareers\n"
        "Tile Fitter\nFull-time\nMarlowe Tiles fits bathrooms across the county.\n"
    )
    assert analyze_posting(text).company == "Marlowe Tiles"


@pytest.mark.parametrize("description", ["Large logistics provider", "Leading fintech in Lisbon"])
def test_a_labelled_description_of_the_client_is_no_name(description):
    text = (
        "QA Engineer (Cypress) - Contract\nBramblegate Staffing Group\nAustin, TX\n\n"
        f"Client: {description}\nDuration: 6 months\n\n"
        "Requirements\n- Three years of test automation\n"
    )
    assert analyze_posting(text).company == "Bramblegate Staffing Group"


def test_a_posters_headline_names_the_employer_after_at():
    text = (
        "Tomas Berg • 2nd\n"
        "VP Engineering at Fjordline | Angel investor | Runner\n"
        "1w • 🌐\n\n"
        "We're hiring a Platform Engineer in Oslo. DM me if Kubernetes is your thing.\n"
    )
    assert analyze_posting(text).company == "Fjordline"


def test_a_careers_pages_name_with_its_legal_form_over_the_title_is_the_company():
    text = (
        "Kessler Feinmechanik GmbH\nAlle Stellenangebote\n"
        "Industriemechaniker (m/w/d)\nVollzeit · Ulm\n\n"
        "Wir fertigen Präzisionsteile für die Medizintechnik.\n"
    )
    assert analyze_posting(text).company == "Kessler Feinmechanik GmbH"


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ('I\'m opening a noodle bar called "Slurp Street" in Leeds.', "Slurp Street"),
        ('We need a logo for "Hollow Oak Candles", our new candle shop.', "Hollow Oak Candles"),
    ],
)
def test_a_business_its_owner_names_in_quotes_is_the_company(sentence, company):
    text = f"Logo design\n\n{sentence} Three concepts, two revisions.\n"
    assert analyze_posting(text).company == company


def test_a_tool_or_a_book_in_quotes_is_no_company():
    text = (
        'Illustrator\n\nWe track work in a tool called "Basecamp". The picture book, '
        '"Pip and the Night Owl", needs 14 spreads.\n'
    )
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("Priya Nair\nCo-founder & CTO, Lumen Ledger\nlumenledger.io", "Lumen Ledger"),
        (
            "Tom Reyes\nRecruiter, Nursing & Allied\nBayview Health\n(555) 010-2020",
            "Bayview Health",
        ),
    ],
)
def test_a_signatures_role_and_name_on_one_line_name_the_company(signature, company):
    text = (
        "Hi Sam,\n\nWe'd like to talk to you about a night charge nurse role starting in May. "
        "Would Thursday suit you for a call?\n\nBest regards,\n"
        f"{signature}\n"
    )
    assert analyze_posting(text).company == company


def test_a_signature_under_a_two_language_sign_off_and_over_a_disclaimer_names_the_agency():
    text = (
        "Subject: Contract – SAP Basis Consultant – Vienna\n\nHi Lukas,\n\nmy client, an "
        "Austrian insurer, needs an SAP Basis consultant for six months.\n\nRequirements:\n"
        "- S/4HANA upgrades\n- German B2\n\nKind regards / Liebe Grüße\nMarta Kovač\n"
        "Senior Recruiter\nDonaustern Talent\nRingstraße 12 | 1010 Wien\n"
        "Donaustern Talent | Firmenbuch FN 4521 | Handelsgericht Wien\n"
        "This message is confidential. If you received it in error, please delete it.\n"
    )
    result = analyze_posting(text)
    assert result.company == "Donaustern Talent"
    assert [item.text for item in result.must_haves] == ["S/4HANA upgrades", "German B2"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a location line under the title, then the client names itself
        (
            "Bookkeeper for a bike shop — Contract-to-hire\n United States\n\nAbout us: "
            "Spokeline is an e-bike repair shop in Ohio and needs monthly books closed.\n",
            "Spokeline",
        ),
        # a careers site's menu item next to the title
        (
            "Harbour Inns\nHome\nLife at Harbour Inns\n\nNight Porter – Front Desk\n"
            "Apply for this job\n\nWe run three inns on the coast.\n",
            "Harbour Inns",
        ),
        # a seniority value over the company's card
        (
            "LinkedIn and 3rd parties use essential and non-essential cookies to provide our "
            "Services.\nAccept\nReject\n\nData Engineer - Contract\nKestrelPay · Iberia (Remote) "
            "· 2 days ago · 40 applicants\nRemote\nContract\nMid-Senior level\n51-200 employees "
            "· Financial Services\nSkills: Python, dbt, +6 more\nEasy Apply\nSave\n\nAbout the "
            "job\nKestrelPay is a card-issuing platform for banks in Portugal.\n\nMust-haves:\n"
            "* Python\n",
            "KestrelPay",
        ),
    ],
)
def test_a_location_a_contract_kind_a_level_or_a_menu_item_is_no_company(text, company):
    assert analyze_posting(text).company == company


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("I run a tiny tea shop (Leaf & Ladle — loose-leaf blends) in York.", "Leaf & Ladle"),
        (
            "We are a 12-person consultancy (Quarry Point Data, not the mining firm).",
            "Quarry Point Data",
        ),
        ("Our brewery (Old Harbour Ales) needs new can labels.", "Old Harbour Ales"),
    ],
)
def test_a_business_named_in_brackets_after_its_kind_is_the_company(sentence, company):
    text = f"Label and menu design\n\nHi there,\n\n{sentence} Budget is fixed.\n"
    assert analyze_posting(text).company == company


def test_a_bracketed_aside_after_a_business_that_names_no_business_is_no_company():
    text = "Logo refresh\n\nWe are a small studio (based in Leeds) looking for a designer.\n"
    assert analyze_posting(text).company != "based in Leeds"


def test_we_are_a_name_then_how_many_people_names_the_company():
    text = (
        "[HIRING] Pixel artist (part-time)\n\nHi! We're Mossgate Games, 3 people making a "
        "tiny dungeon crawler. We pay $20/h.\n"
    )
    assert analyze_posting(text).company == "Mossgate Games"


def test_a_boards_card_of_labels_over_values_names_the_studio():
    text = (
        "#gigs\nJobBot — Today at 9:40 AM\nNew Job Posting\n\nStudio\nLanternfish Interactive\n"
        "Role\nGodot Programmer\nProject\nPort our puzzle game's save system to Godot 4.\n"
        "Budget\n$900 (fixed)\n"
    )
    assert analyze_posting(text).company == "Lanternfish Interactive"


def test_a_place_after_a_middle_dot_in_a_line_of_facts_is_no_company():
    text = (
        "Jobs   Companies   Salaries\nSign In\n\nKestrelmoor Logistics B.V.\n4.1 ★\n"
        "Warehouse Shift Lead – Cold Storage\nRotterdam\n\n"
        "Full-time · permanent · Rotterdam, near the port\n\nAbout the role\n"
        "You lead a team of eight pickers on the late shift.\n"
    )
    reading = analyze_posting(text)
    assert reading.company == "Kestrelmoor Logistics B.V."
    assert reading.title == "Warehouse Shift Lead – Cold Storage"


def test_a_sentence_about_the_package_names_no_company():
    text = (
        "Head Chef\n\nHi Sam,\n\nIt's a permanent role. Package is the salary above plus "
        "tronc and 28 days holiday.\n"
    )
    assert analyze_posting(text).company == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Somos a Padaria Girassol, padaria artesanal em Braga.",
        "Somos Taller Norte, estudio de diseño en Bilbao.",
    ],
)
def test_we_are_a_name_then_what_it_is_without_an_article_names_the_company(sentence):
    company = sentence.split(",")[0].removeprefix("Somos ").removeprefix("a ")
    assert analyze_posting(f"Designer\n\nOlá! {sentence} Trabalhamos com marcas.\n").company == (
        company
    )


def test_a_company_labels_value_ends_before_what_it_says_of_the_company():
    text = "Community Lead\n\n🏢 Company: Ravelin Pay, a wallet for freelancers\n🌍 Remote\n"
    assert analyze_posting(text).company == "Ravelin Pay"


def test_linkedins_see_who_has_hired_line_names_the_company():
    text = (
        "LinkedIn\nJoin now\nSign in\n\nData Engineer\nHalcyon Grid  Leeds, England (Hybrid)"
        "\nSee who Halcyon Grid has hired for this role\n\nAbout the job\nYou'll join Market "
        "Data (5 engineers), which owns our pricing feeds.\n\nShow more\nSeniority level\n"
        "Mid-Senior level\n"
    )
    assert analyze_posting(text).company == "Halcyon Grid"


def test_payroll_opening_a_sentence_is_no_company():
    text = "Bookkeeper\n\nPayroll runs through Gusto every other Friday. You reconcile the bank.\n"
    assert analyze_posting(text).company == ""


def test_a_numbered_points_subject_is_no_company():
    text = (
        "Fix my shop\n\nTwo problems:\n\n1. Checkout fails for PayPal.\n"
        "2. Mobile Speed is 28, we want 70.\n"
    )
    assert analyze_posting(text).company == ""


def test_a_quantity_of_things_opening_a_sentence_is_no_company():
    text = (
        "Pipeline help\n\nHi, we need help. Some DAGs are failing at night and the reports "
        "are late.\n"
    )
    assert analyze_posting(text).company == ""


def test_a_company_labels_value_ends_before_its_bracketed_aside():
    text = (
        "[HIRING] Level Designer\nStudio: Quillfox Games (Dundee — 8 people, a co-op "
        "puzzle game on Switch, launch in May)\nMust: Unreal\n"
    )
    assert analyze_posting(text).company == "Quillfox Games"


@pytest.mark.parametrize(
    "sentence",
    ["Mobile PageSpeed is 23 on a good day.", "Average Order Value is $41 and falling."],
)
def test_a_figure_measured_in_a_sentence_is_no_company(sentence):
    text = f"Speed up our Shopify store\n\n{sentence} We sell camping stoves.\n"
    assert analyze_posting(text).company in ("", None)


@pytest.mark.parametrize("form", ["Pvt. Ltd.", "Pvt Ltd", "Private Limited"])
def test_an_indian_legal_form_is_cut_whole_from_a_company_in_prose(form):
    text = f"Java Developer\n\nWe are hiring for our client Suryan Softworks {form} in Pune.\n"
    assert analyze_posting(text).company == "Suryan Softworks"


def test_a_hacker_news_header_naming_no_role_still_names_the_company():
    text = (
        "kees_dev 3 hours ago | prev | next [–]\n\n"
        "Driftmark Systems | Rotterdam, NL | HYBRID | Full-time | €70k–€90k | Visa possible\n\n"
        "We build routing software for harbour tugs. We're looking for a backend engineer who "
        "knows Go.\n\nreply\n"
    )
    assert analyze_posting(text).company == "Driftmark Systems"


def test_a_titles_row_of_place_and_terms_is_no_company():
    text = (
        "Werken bij Kadeplein Energie\n\nKlantenservicemedewerker\n"
        "Zwolle (hybride) | Fulltime, 36 uur | MBO 4 | €2.600 - €3.000 bruto p/m\n\n"
        "Wat ga je doen?\nJe helpt klanten aan de telefoon.\n"
    )
    assert analyze_posting(text).company != "Zwolle (hybride)"


@pytest.mark.parametrize(
    ("label", "name"),
    [("🏢 Agency", "Deltawerk Uitzendbureau"), ("*Hotel:*", "Palm Crest Suites")],
)
def test_an_agency_or_hotel_label_names_the_employer(label, name):
    label = label if label.endswith(":*") else f"{label}:"
    text = f"Night receptionist wanted\n\n{label} {name}\n📍 Location: Dubai Marina\n"
    assert analyze_posting(text).company == name


@pytest.mark.parametrize(
    ("message", "company"),
    [
        (
            "hey all! we're Lanternwick Games, 5 person studio, making a cozy roguelite.",
            "Lanternwick Games",
        ),
        ("need a tester for 2 weeks. we're Tidyhen (tiny, 3 ppl, a budgeting app).", "Tidyhen"),
    ],
)
def test_a_chat_post_saying_who_we_are_in_small_letters_names_the_company(message, company):
    assert analyze_posting(f"{message}\n\npaid, $35/h, remote.\n").company == company


@pytest.mark.parametrize(
    "name",
    [
        "Weidemann & Kolbe Wirtschaftsprüfungsgesellschaft mbH",
        "Fairleigh Community Hospitals NHS Foundation Trust",
    ],
)
def test_a_long_name_written_in_capitals_over_the_title_is_the_company(name):
    text = f"{name}\nBuchhalter (m/w/d)\nHannover\n\nWir suchen Verstärkung für unser Team.\n"
    assert analyze_posting(text).company == name


def test_a_long_description_in_small_letters_is_no_company_name():
    assert clean_company("Family-run seaside bakery and wood-fired pizza kitchen") == ""
