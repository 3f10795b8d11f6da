"""Forms of postings seen outside the tuning set: symbol bullets, heading families in other
wordings, ATS label columns, other languages. Each text here is written for the test."""

import time

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import Engagement, Pay, PayPeriod
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.plain_text import as_plain_text
from desktop.domain.red_flags.flags import Risk, risk_level


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
    assert result.title == "Growth Marketer"
    assert result.company == "Bramblefield Games"
    assert result.pay is not None and (result.pay.min, result.pay.max) == (30, 45)
    assert result.pay.period == PayPeriod.HOUR
    assert _texts(result.must_haves) == [
        "Paid social campaigns you ran yourself",
        "Knowing your way around GA4",
    ]
    assert _texts(result.nice_to_haves) == ["TikTok ads"]


def test_long_runs_of_emoji_or_spaces_around_a_title_are_read_in_one_pass():
    # Read again from each of their places, these lines take tens of seconds here.
    for line in (
        "🔥" * 30_000 + " x",
        "# Clerk x" + " " * 60_000 + "x",
        "Clerk" + " " * 60_000 + "🔥 y",
        "Clerk\n\n**Who" + " " * 60_000 + "(x)**",  # a bold line under the title
        "cookies " * 20_000,  # a cookie banner's word, again and again
        "Careers  >  " * 10_000,  # a breadcrumb trail
        "Acme  ·  " * 10_000 + "\nClerk",  # a header of names, each looked for in the text
        "Clerk" + " " * 60_000 + "Acme Pty Ltd",  # blanks before a legal form
        "Hi" + " " * 60_000 + "x",  # a greeting before a "… is hiring" line
        "Clerk x" + " " * 60_000 + "x Careers",  # a careers site's header
    ):
        started = time.process_time()
        analyze_posting(line + "\n" + line)
        assert time.process_time() - started < 5


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


def test_a_title_that_carries_its_genders_is_the_title_in_any_language():
    german = (
        "Lagerhelfer Frühschicht (m/w/d)\nBrückner Spedition GmbH · Kassel\n\nDas bringst du mit"
    )
    result = analyze_posting(german)
    assert result.title == "Lagerhelfer Frühschicht (m/w/d)"  # its genders as written
    assert result.company == "Brückner Spedition GmbH"
    assert analyze_posting("Vendeur(e) en boutique\nLyon\n\nVos missions").title == (
        "Vendeur(e) en boutique"
    )
    assert analyze_posting("Recepcionista/a de hotel\nSevilla").title == "Recepcionista/a de hotel"


def test_a_role_named_in_french_spanish_or_german_is_a_title():
    assert analyze_posting("Desarrolladora Backend\nMontevideo\n\nRequisitos").title == (
        "Desarrolladora Backend"
    )
    assert analyze_posting("Ingénieur support N2\nNantes").title == "Ingénieur support N2"


def test_an_email_subject_gives_the_part_that_names_the_role():
    text = (
        "Subject: Urgent requirement - Payroll Administrator - 3 months - Leeds\n\n"
        "Hello Sam,\nI have a 3 month contract you may like, paying £220/day.\n"
    )
    result = analyze_posting(text)
    assert result.title == "Payroll Administrator"
    assert result.engagement == Engagement.CONTRACT
    assert analyze_posting("Subject: Quick question about your profile\n\nHi!").title == ""


def test_contract_types_in_other_languages():
    assert analyze_posting("Type de contrat : CDI").engagement == Engagement.FULL_TIME
    assert analyze_posting("Anstellungsart: Teilzeit").engagement == Engagement.PART_TIME
    assert analyze_posting("Jornada: tiempo completo").engagement == Engagement.FULL_TIME
    assert analyze_posting("Contrat : CDD de 6 mois").engagement == Engagement.CONTRACT
    assert analyze_posting("Day rate, outside IR35.").engagement == Engagement.CONTRACT


def test_pay_with_the_sign_after_the_amount_and_gross_before_the_period():
    cases = {
        "Rémunération : 41 000 € - 47 000 € brut annuel": (41000, 47000, "EUR", PayPeriod.YEAR),
        "Gehalt: 3.800 € brutto pro Monat": (3800, 3800, "EUR", PayPeriod.MONTH),
        "Salary: GBP 2,150 gross per month": (2150, 2150, "GBP", PayPeriod.MONTH),
        "Sueldo: 1.200 € netos al mes": (1200, 1200, "EUR", PayPeriod.MONTH),
    }
    for text, (low, high, currency, period) in cases.items():
        pay = analyze_posting(text).pay
        assert pay is not None, text
        assert (pay.min, pay.max, pay.currency, pay.period) == (low, high, currency, period), text


def test_a_postcode_above_an_amount_is_not_read_with_its_sign():
    pay = analyze_posting("Depot Operative\nDayton, OH 45402\n$17 - $19 an hour").pay
    assert pay is not None and (pay.min, pay.max, pay.period) == (17, 19, PayPeriod.HOUR)


def test_a_company_is_read_from_what_it_does_and_never_from_a_skill_asked_for():
    text = (
        "Support Agent\n\n"
        "Quillmoor Rentals operates 300 holiday flats on the coast.\n\n"
        "Requirements\n- Good written English\n- Italian is a plus\n"
    )
    assert analyze_posting(text).company == "Quillmoor Rentals"
    text = "Support Agent\n\nRequirements\n- Good English\n\nItalian is a bonus.\n"
    assert analyze_posting(text).company == ""


def test_an_ats_label_column_under_the_title_is_neither_company_nor_requirement():
    text = (
        "Claims Handler\n"
        "Department\nOperations\n"
        "Minimum Experience\nSenior\n\n"
        "Tollgate Insurance helps small firms insure their vans.\n\n"
        "Requirements:\n- Five years handling motor claims\n"
    )
    result = analyze_posting(text)
    assert result.company == "Tollgate Insurance"
    assert _texts(result.must_haves) == ["Five years handling motor claims"]


def test_upwork_listing_tags_copied_without_a_blank_line_before_them():
    text = (
        "Fix checkout bugs in a WooCommerce shop\n"
        "Hourly: $20.00 - $35.00\n"
        "Intermediate\n"
        "Our WooCommerce checkout fails for some card payments. You will debug PHP hooks "
        "and test the Stripe plugin.\n"
        "WooCommerce\n"
        "PHP\n"
        "Stripe\n"
        "WordPress\n"
    )
    result = analyze_posting(text)
    assert result.tags == ("WooCommerce", "PHP", "Stripe", "WordPress")
    assert [item.text for item in result.must_haves] == ["WooCommerce", "PHP", "Stripe"]


def test_a_paragraph_naming_equity_and_a_bonus_is_still_read_for_requirements():
    text = (
        "Pellucid | Data Analyst | Remote (US) | $110k + equity\n\n"
        "We price freight for small carriers. You should be fluent in SQL and have two years "
        "of dashboard work behind you. Bonus if you have used dbt.\n"
    )
    result = analyze_posting(text)
    assert any("SQL" in item.text for item in result.must_haves)
    assert not any("dbt" in item.text for item in result.must_haves)


def test_requirements_listed_after_a_label_inside_a_paragraph():
    text = (
        "Looking for someone to cut our podcast clips. Requirements: Final Cut Pro, a feel for "
        "pacing, delivery within two days. Paid per clip.\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert any("Final Cut Pro" in item for item in must)


def test_pluses_written_as_beneficial_not_needed_or_a_dutch_pre():
    text = (
        "Requirements\n"
        "- Three years of bookkeeping\n"
        "- Knowledge of Exact Online is beneficial\n"
        "- A driving licence, nice but not needed\n"
        "- Kennis van Twinfield is een pré\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Three years of bookkeeping"]
    assert len(result.nice_to_haves) == 3


def test_pay_in_reais_and_ranges_joined_by_the_local_word_for_and():
    pay = analyze_posting("Salário: R$ 4.500 a R$ 5.200 por mês").pay
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period) == (4500, 5200, "BRL", PayPeriod.MONTH)
    pay = analyze_posting("Salaris tussen €2.900 en €3.400 bruto per maand").pay
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period) == (2900, 3400, "EUR", PayPeriod.MONTH)


def test_a_contract_label_that_says_permanent_is_no_contract_work():
    text = "Warehouse Team Leader\nContract: Permanent\nHours: full-time, days\n"
    assert analyze_posting(text).engagement == Engagement.FULL_TIME
    assert analyze_posting("Contract\n\nSix months, renewable.").engagement == Engagement.CONTRACT


def test_a_company_keeps_the_full_stop_of_its_initials_and_a_local_work_mode_is_a_place():
    result = analyze_posting("Magazijnmedewerker\nKeizerhaven B.V.\n\nWat vragen wij?")
    assert result.company == "Keizerhaven B.V."
    result = analyze_posting("Analista de Dados\nCasa Verde Seguros - Remoto\n\nRequisitos")
    assert result.company == "Casa Verde Seguros"


def test_a_pay_line_under_an_unmarked_list_is_not_a_requirement():
    text = (
        "Who you are:\n"
        "Someone with four years of technical writing\n"
        "Able to read Python\n"
        "£300 – £350 per day\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Someone with four years of technical writing",
        "Able to read Python",
    ]


def test_a_whole_linkedin_page_reads_its_title_line_below_the_menu():
    text = (
        "Skip to main content\nLinkedIn\nJobs\nPeople\nJoin now\nSign in\n"
        "Pebblestone Clinics hiring Practice Nurse in Leeds, England, United Kingdom | LinkedIn\n"
        "Practice Nurse\nPebblestone Clinics Leeds, England, United Kingdom\n"
        "About the job\nWe run four GP surgeries.\n"
        "Show more\nSeniority level\nEntry level\nEmployment type\nPart-time\n"
    )
    result = analyze_posting(text)
    assert result.title == "Practice Nurse"
    assert result.company == "Pebblestone Clinics"


def test_a_contact_line_after_a_list_is_not_a_requirement():
    text = (
        "Requirements:\n- Rigging in Blender\n- Three shipped mobile games\n\n"
        "Contact: @fernbyte on Discord\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Rigging in Blender",
        "Three shipped mobile games",
    ]


def test_headings_framed_by_dashes_or_equals_signs():
    text = (
        "-- About us --\nMarrow Print makes labels for craft breweries.\n\n"
        "== Requirements ==\n* Two years of prepress work\n* Colour management\n\n"
        "--- Perks ---\n* Free beer\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["Two years of prepress work", "Colour management"]
    assert result.company == "Marrow Print"


def test_a_long_run_of_dashes_is_read_in_one_pass():
    started = time.process_time()
    analyze_posting("--" + "-" * 60_000 + " x\n" + "== " + "=" * 60_000)
    assert time.process_time() - started < 5


def test_pay_in_lakhs_indian_digit_groups_per_hour_as_p_h_and_a_day_rate_label():
    cases = {
        "CTC: ₹9–14 LPA": (900_000, 1_400_000, "INR", PayPeriod.YEAR),
        "Salary: INR 7,50,000 - 10,00,000 per annum": (750_000, 1_000_000, "INR", PayPeriod.YEAR),
        "Rate: £28 p/h": (28, 28, "GBP", PayPeriod.HOUR),
        "Day rate: £425": (425, 425, "GBP", PayPeriod.DAY),
    }
    for text, (low, high, currency, period) in cases.items():
        pay = analyze_posting(text).pay
        assert pay is not None, text
        assert (pay.min, pay.max, pay.currency, pay.period) == (low, high, currency, period), text


def test_every_sentence_after_a_requirements_label_on_its_line_is_a_requirement():
    text = (
        "Job Title: Label Illustrator\n"
        "Requirements: Show three finished labels. Able to deliver sketches within five days.\n"
        "Contact: @hopfield_art\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Show three finished labels.",
        "Able to deliver sketches within five days.",
    ]


def test_an_email_reply_subject_and_the_ways_of_working_after_a_title():
    text = (
        "RE: Opportunity: Payroll Bookkeeper (Remote, part-time)\n\n"
        "Hi Lee,\nMy client needs a Payroll Bookkeeper. You would need solid Sage 50 skills.\n"
    )
    result = analyze_posting(text)
    assert result.title == "Payroll Bookkeeper"
    assert any("Sage 50" in item.text for item in result.must_haves)
    assert analyze_posting("Backend Engineer (Python)\n\nAbout us").title == (
        "Backend Engineer (Python)"
    )


def test_an_upwork_page_with_hourly_above_its_range_is_paid_by_the_hour():
    text = (
        "Find Work\nMy Jobs\nMessages\n"
        "Bookkeeping cleanup in Xero\nPosted 3 hours ago\nWorldwide\n"
        "Our books need reconciling for two quarters.\n"
        "Hourly\n$22.00 - $30.00\nHourly range\nIntermediate\nExperience Level\n"
        "Activity on this job\nProposals: 5 to 10\nAbout the client\nPayment method verified\n"
    )
    result = analyze_posting(text)
    assert result.pay is not None
    assert (result.pay.min, result.pay.max, result.pay.period) == (22, 30, PayPeriod.HOUR)
    assert result.engagement == Engagement.FREELANCE_HOURLY


def test_a_heading_that_trails_off_into_its_list_heads_it():
    text = (
        "Orchard Analytics\n\n**You've done most of this before...**\n\n"
        "*   Four years running field surveys\n*   Fluent Spanish\n\n"
        "You are the kind of person who…\n\n*   Keeps calm when a client changes course\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "Four years running field surveys",
        "Fluent Spanish",
        "Keeps calm when a client changes course",
    ]


def test_a_bold_heading_with_an_aside_still_names_its_section():
    text = (
        "Requirements\n- Three years of tax returns\n\n"
        "**What's in it for you (besides the best team in town!)**\n\n"
        "- A pension with 6% matched\n- Four-day weeks in summer\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == ["Three years of tax returns"]
    assert SectionKind.BENEFITS in [section.kind for section in result.sections]


def test_beside_a_list_prose_adds_only_what_it_says_is_needed():
    text = (
        "We run a small bakery chain. You will have a background in retail finance. "
        "You must be able to drive between our shops.\n\n"
        "Requirements\n- Sage 50\n- Payroll for thirty staff\n"
    )
    must = [item.text for item in analyze_posting(text).must_haves]
    assert must[0] == "You must be able to drive between our shops."
    assert must[1:] == ["Sage 50", "Payroll for thirty staff"]
    assert not [item for item in must if "retail finance" in item]
    # Without a list, the prose is all there is: both sentences are read.
    alone = analyze_posting(text.split("\n\nRequirements", maxsplit=1)[0])
    assert any("retail finance" in item.text for item in alone.must_haves)


def test_what_we_need_over_tasks_is_the_work_not_its_requirements():
    text = (
        "Booking app MVP\n\nWhat we need\n- Integrate the Stripe API\n"
        "- Build an admin page for bookings\n\nRequirements\n- Two shipped Flutter apps\n"
    )
    assert _texts(analyze_posting(text).must_haves) == ["Two shipped Flutter apps"]


def test_hours_a_week_written_as_a_ceiling_start_from_none():
    from desktop.domain.reading.fields import HoursPerWeek, find_hours_per_week

    assert find_hours_per_week("Less than 30 hrs/week") == HoursPerWeek(0, 30)
    assert find_hours_per_week("up to 15 hours a week") == HoursPerWeek(0, 15)
    assert find_hours_per_week("About 20-25 hours per week") == HoursPerWeek(20, 25)


def test_a_label_line_of_skills_is_a_must_have_and_a_label_line_of_roles_is_not():
    skills = analyze_posting(
        "Shopify Developer\nKiln & Co\n\nMust have: Liquid, JavaScript, Figma.\n"
    )
    assert _texts(skills.must_haves) == ["Liquid", "JavaScript", "Figma."]  # one a skill
    roles = analyze_posting(
        "Careers at Kiln & Co\n\nWe are looking for: Product Designers, QA Engineers.\n"
    )
    assert roles.must_haves == ()


def test_the_place_under_the_title_stops_where_the_header_goes_on_to_the_schedule():
    from desktop.domain.reading.fields import WorkMode

    reading = analyze_posting(
        "Bookkeeper\nLedger & Lime · Leeds, UK (hybrid) · Part-time\n\n"
        "You will keep the books of forty small shops.\n"
    )
    assert reading.location == "Leeds, UK (hybrid)"
    assert reading.remote == WorkMode.HYBRID
    # "Hybrid" as a word of its own trade stays silent.
    assert analyze_posting("Cloud Architect\n\nHybrid cloud experience.\n").remote is None


def test_a_paragraph_run_together_under_the_title_gives_no_place():
    """A page that lost its line breaks puts a whole paragraph under the title: a dash in
    it opens a list item, not the place after a company's name; the place is the one its
    sentences name."""
    reading = analyze_posting(
        "Survey Data Technician\nAbout the role: our boats map harbour floors for port "
        "authorities along the coast, and you will clean what they bring back. Each week: - "
        "Copy the sonar logs from the boat's disks (twice a week). - Check the logs against "
        "the tide tables. - Send the cleaned files to our office in Bristol, UK.\n"
    )
    assert reading.location == "Bristol, UK"


def test_a_title_after_a_site_menu_and_a_blank_line_is_not_part_of_the_menu():
    text = (
        "Skip to main content\nAcme Jobs\nHome\nJobs\nBlog\nPress\nSign in\nMenu\n\n"
        "Warehouse Team Lead\nHarbourline Freight · Rotterdam\n\n"
        "What you bring\n- Two years leading a shift\n- Forklift licence\n"
    )
    assert analyze_posting(text).title == "Warehouse Team Lead"


def test_the_genders_a_title_carries_stay_with_it_as_the_employer_wrote_them():
    """Readers name "Payroll Accountant (m/f/d)" with its genders: 49 of the 69 titles
    carrying them in the written sets kept them."""
    for marker in ("(m/f/d)", "(w/m/d)", "(f/m/x)", "(H/F)", "(F/H)", "(all genders)"):
        text = f"Payroll Accountant {marker}\nNordlicht Logistik GmbH\n\nYour tasks\n- Payroll"
        assert analyze_posting(text).title == f"Payroll Accountant {marker}", marker


def test_a_forum_post_is_titled_by_its_hiring_line_without_its_tags_and_pay():
    text = (
        "r/slavelabour\nPosted by u/kettle_and_co\n2h\n\n"
        "[Hiring] Shopify dev to move our store theme - $300 budget\n\n"
        "Hi all, our bakery shop needs its theme moved to the new editor.\n"
        "Requirements:\n- Liquid experience\n- Done in 5 days\n"
    )
    assert analyze_posting(text).title == "Shopify dev"
    text = (
        "r/forhire • 3h\nu/lighthouse_tours\n\n"
        "[Hiring] Tour copywriter (part-time, remote) for a walking-tour company – £400/month\n\n"
        "We run walking tours in Edinburgh and need fresh page copy."
    )
    assert analyze_posting(text).title == "Tour copywriter"


def test_an_upwork_search_result_with_its_terms_on_one_line():
    text = (
        "Illustrations for a children's picture book about tides\n"
        "Fixed-price - Intermediate - Est. budget: $850.00 - Posted 3 hours ago\n"
        "We need 12 watercolour-style spreads for a 32-page book. Please share your portfolio.\n"
        "Illustration\nChildren's Book Illustration\nAdobe Photoshop\n"
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.title == "Illustrations for a children's picture book about tides"
    assert result.level == "Intermediate"
    assert result.engagement is not None and result.engagement.value == "freelance-fixed"
    assert result.pay is not None and (result.pay.min, result.pay.currency) == (850, "USD")
    hourly = (
        "Ruby on Rails upkeep for a booking site\n"
        "Hourly: $40.00 - $65.00 - Expert - Est. time: 3 to 6 months, Less than 30 hrs/week "
        "- Posted 20 minutes ago\nKeep our Rails 7 app patched and fast.\nRuby on Rails\n"
    )
    result = analyze_posting(hourly)
    assert result.level == "Expert"
    assert result.duration == "3 to 6 months, Less than 30 hrs/week"
    assert result.engagement is not None and result.engagement.value == "freelance-hourly"


def test_a_bare_dollar_is_the_currency_of_the_one_place_the_posting_names():
    toronto = "Pharmacy Assistant\nMaple Drugs · Mississauga, Ontario, Canada\n\nPay: $21.50/hour"
    pay = analyze_posting(toronto).pay
    assert pay is not None and pay.currency == "CAD"
    perth = "Site Supervisor\nRedsand Builders, Perth, Western Australia\n\n$95,000 a year + super"
    pay = analyze_posting(perth).pay
    assert pay is not None and pay.currency == "AUD"
    # The US named, or two places, or an explicit code: the dollar stays as written.
    for text in (
        "Support Lead\nRemote (US or Canada)\n\n$70,000 per year",
        "Analyst\nOffices in Canada and Mexico\n\n$60,000 per year",
        "Designer\nVancouver, British Columbia\n\nUSD 4,000 per month",
    ):
        pay = analyze_posting(text).pay
        assert pay is not None and pay.currency == "USD", text


def test_a_range_written_with_a_period_at_each_end_or_a_part_a_line():
    pay = analyze_posting("Account Manager\nBrightfold · Leeds\n£41K/yr - £47K/yr · Hybrid").pay
    assert pay is not None and (pay.min, pay.max, pay.currency) == (41000, 47000, "GBP")
    page = (
        "Find Work\nMy Jobs\nMessages\n\nPodcast show notes writer\n\nPosted 3 hours ago\n\n"
        "Summary\nWe publish a weekly history podcast and need show notes for each episode.\n\n"
        "$12.00\n-\n$20.00\nHourly\nIntermediate\nExperience Level\n\n"
        "Skills and Expertise\nContent Writing\n\nActivity on this job\nProposals: 5 to 10\n"
    )
    pay = analyze_posting(page).pay
    assert pay is not None and (pay.min, pay.max, pay.period.value) == (12, 20, "hour")


def test_a_careers_page_with_its_menu_trail_and_cookie_line_above_the_title():
    text = (
        "Larkspur Bakeries\n"
        "Home   Our Bread   Shops   About   Careers   Contact   Call 01632 960 118\n"
        "We use cookies on this site. By continuing you accept them.  [OK]\n"
        "Careers  >  Vacancies  >  Head Baker\n"
        "Head Baker\nBristol  |  Full-time\n\nWhat you'll do\n- Run the night bake\n"
    )
    assert analyze_posting(text).title == "Head Baker"


def test_a_menu_copied_onto_the_title_line_and_a_link_back_are_not_the_title():
    text = "Harbor Kitchen Group\nView website   Jobs   Line Cook\n\nChicago, IL   Full-time\n"
    assert analyze_posting(text).title == "Line Cook"
    text = "Tallow & Wick Candles\n< All Jobs\n\nHR Generalist\nHuman Resources   Leeds\n"
    assert analyze_posting(text).title == "HR Generalist"


def test_a_trackers_page_title_and_a_boards_hiring_tag_name_the_role():
    greenhouse = "Job Application for Payroll Specialist at Fernway\nFernway\nRemote, UK\n\nApply"
    assert analyze_posting(greenhouse).title == "Payroll Specialist"
    board = (
        "Pixel Crafters Lounge\n# jobs\nmira | Tidefall   Today at 9:02 AM\n"
        "@here  [HIRING] Level designer (Godot) - paid, remote\n\nWe are three people making…"
    )
    assert analyze_posting(board).title == "Level designer (Godot)"


def test_an_upwork_search_page_is_titled_by_the_line_above_the_terms():
    text = (
        "Find work   Most Recent   Best Matches   Saved Jobs\nSearch for jobs: excel\n\n"
        "Posted 12 minutes ago\nClean up a sales spreadsheet and build a pivot dashboard\n"
        "Hourly: $20-$35 - Intermediate - Est. time: Less than 1 month, Less than 30 hrs/week\n"
        "We export orders from Shopify into Excel every week and need them tidied.\n"
        "Microsoft Excel   Data Cleaning   Pivot Tables\nPayment verified   Rated 4.8\n"
    )
    result = analyze_posting(text)
    assert result.title == "Clean up a sales spreadsheet and build a pivot dashboard"
    assert result.engagement is not None and result.engagement.value == "freelance-hourly"


def test_a_careers_sites_name_is_the_company_without_careers():
    text = "Skip to main content\nOakhurst Dental Careers\n\nDental Nurse\n\nApply\n"
    assert analyze_posting(text).company == "Oakhurst Dental"


def test_requirements_in_paragraphs_under_their_heading_are_each_read():
    text = (
        "Founding Data Engineer\nKestrel Analytics · Denver\n\n"
        "Who you are\n"
        "You have built batch pipelines in Python that others rely on. You're at home in "
        "Snowflake and can reason about cost. You live within an hour of Denver.\n\n"
        "It's a real plus if you've used dbt. Airflow would be nice too.\n\n"
        "Benefits\nHealth cover\n"
    )
    result = analyze_posting(text)
    must = " ".join(_texts(result.must_haves))
    nice = " ".join(_texts(result.nice_to_haves))
    assert "Python" in must and "Snowflake" in must and "Denver" in must
    assert "dbt" in nice and "dbt" not in must


def test_a_must_know_heading_and_an_inline_nice_label():
    text = (
        "**[HIRING] Motion designer**\n\n**Must know**\n• After Effects\n• Illustrator\n\n"
        "**Bonus**\n• Cinema 4D\n"
    )
    result = analyze_posting(text)
    assert _texts(result.must_haves) == ["After Effects", "Illustrator"]
    comment = (
        "Fernhill | Android Engineer | Remote (EU)\n"
        "Must have: Kotlin and Jetpack Compose. Nice: some Swift for the iOS reviews."
    )
    result = analyze_posting(comment)
    assert any("Kotlin" in item for item in _texts(result.must_haves))
    assert not any("Swift" in item for item in _texts(result.must_haves))


def test_headings_glued_to_their_text_where_a_page_lost_its_line_breaks():
    text = (
        "Line Maintenance Technician\nAerolink Services\n\n"
        "DescriptionWe keep regional turboprops flying out of Cork.Responsibilities\n"
        "Carry out daily and weekly checks\nRecord defects in AMOS\n"
        "RequirementsB1 licence (EASA Part-66)Good to haveATR 72 type rating\n"
    )
    result = analyze_posting(text)
    assert any("B1 licence" in item for item in _texts(result.must_haves))
    assert any("ATR 72" in item for item in _texts(result.nice_to_haves))
    assert not any("ATR 72" in item for item in _texts(result.must_haves))
    # An ordinary title-case word inside a sentence splits nothing.
    plain = "Bookkeeper\n\nRequirements\n- Two years of Xero\n- Payroll Experience a must\n"
    assert _texts(analyze_posting(plain).must_haves) == [
        "Two years of Xero",
        "Payroll Experience a must",
    ]


def test_an_intern_title_and_a_brazilian_clt_contract_name_the_engagement():
    text = "Data Analyst Intern - Summer 2026\nHarrow Foods · Leeds\n\nPaid, 12 weeks, full-time."
    assert analyze_posting(text).engagement == Engagement.INTERNSHIP
    clt = "Analista de Suporte\nSão Paulo · Híbrido · CLT\n\nRequisitos\n- Inglês avançado"
    assert analyze_posting(clt).engagement == Engagement.FULL_TIME
    senior = "Senior Engineer\nAcme\n\nYou will mentor our interns. Full-time, remote."
    assert analyze_posting(senior).engagement == Engagement.FULL_TIME


def test_a_company_named_with_a_heading_word_and_a_title_with_a_lower_case_aside():
    text = "Support Lead\nMeridian Learning Technologies\nDublin, Ireland\n\nAbout the role\nHelp."
    assert analyze_posting(text).company == "Meridian Learning Technologies"
    upwork = (
        "Back to search\nWeekly bookkeeping in Xero – ongoing\nPosted 2 days ago\n\n"
        "We are a small joinery and need someone to reconcile our accounts each week."
    )
    assert analyze_posting(upwork).company == ""
    board = "[HIRING] Level Designer — Paid, Contract (2 months)\nwe're a small studio"
    assert analyze_posting(board).company == ""


def test_a_search_form_a_forwarded_header_and_a_call_line_are_not_the_title():
    indeed = "indeed\nWhat: plumber   Where: Leeds\nFind jobs\nPlumber\nHarcourt Heating\nLeeds"
    assert analyze_posting(indeed).title == "Plumber"
    channel = (
        "Dev Jobs Ghana\nForwarded from Accra Tech Jobs\n#vacancy #android\n"
        "🚀 Android Developer\n🏢 Sika Wallet\n📍 Accra (Hybrid)\n"
    )
    result = analyze_posting(channel)
    assert result.title == "Android Developer"
    assert result.company == "Sika Wallet"
    careers = (
        "Home | Fleet | Careers | Contact\nCall us: (555) 201-3344\nWe're growing!\n"
        "Route Planner\nLocation: Macon, GA\n"
    )
    assert analyze_posting(careers).title == "Route Planner"


def test_sentences_and_qualified_headings_glued_where_a_page_lost_its_breaks():
    text = (
        "Barback\nCopper Fox Tavern\n\n"
        "Key ResponsibilitiesStock the bars before service.Keep glassware moving.\n"
        "QualificationsAt least 6 months in a busy bar.Able to lift 25 kg.A cocktail course is "
        "a plus.\nBenefits\n- Staff meals\n"
    )
    result = analyze_posting(text)
    must = _texts(result.must_haves)
    assert any("6 months" in item for item in must) and any("25 kg" in item for item in must)
    assert any("cocktail course" in item for item in _texts(result.nice_to_haves))
    assert analyze_posting("Dev\n\nRequirements\n- Node.js and ASP.NET, e.g. Express\n").must_haves


def test_a_heading_that_hands_over_to_its_list_and_portuguese_headings():
    text = (
        "Data Scientist\nLumen Retail\n\nYou could be a great fit if you\n- Know SQL well\n"
        "- Have shipped a forecasting model\n\nBonus\n- dbt\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Know SQL well",
        "Have shipped a forecasting model",
    ]
    vaga = (
        "Analista de Dados\nTrampolim\n\nO que esperamos de você\n• SQL avançado\n• Python\n\n"
        "Seria um diferencial\n• Looker\n"
    )
    result = analyze_posting(vaga)
    assert _texts(result.must_haves) == ["SQL avançado", "Python"]
    assert _texts(result.nice_to_haves) == ["Looker"]


def test_the_board_a_page_was_copied_from_is_not_its_company():
    text = (
        "LinkedIn  Jobs\nPayroll Officer\nNorthbay Foods · Cork, Ireland\n\n"
        "About the job\nRun payroll."
    )
    assert analyze_posting(text).company != "LinkedIn"


def test_a_dash_qualifies_the_role_when_a_name_stands_beside_the_title():
    above = "Kestrel Freight\nRoute Planner – Night Operations\nLeeds · Full-time\n\nAbout us\nx"
    assert analyze_posting(above).company == "Kestrel Freight"
    below = "Pharmacist – Retail Store\nMeadow Pharmacies\nKoramangala, Bengaluru\n\nAbout\nx"
    assert analyze_posting(below).company == "Meadow Pharmacies"


def test_a_skip_link_menu_and_a_notification_count_are_not_the_title():
    text = (
        "3 notifications total\nPular para a pesquisa   Pular para o conteúdo principal\n"
        "Início   Minha rede   Vagas   Mensagens\nTrilho Logística\nAnalista de Dados\n"
        "São Paulo · Híbrido\n"
    )
    assert analyze_posting(text).title == "Analista de Dados"
    glassdoor = "Search: payroll clerk\nPayroll Clerk\nOakline Retail\nDurban\n"
    assert analyze_posting(glassdoor).title == "Payroll Clerk"


def test_pay_followed_by_its_period_in_one_word_and_more_currencies():
    cases = {
        "$15.00 - $30.00 Hourly": (15, 30, "USD", "hour"),
        "Rate: €45 hourly, paid monthly": (45, 45, "EUR", "hour"),
        "Lương: 300.000–400.000 VND/hour": (300000, 400000, "VND", "hour"),
        "Wynagrodzenie: 8 000 – 10 000 PLN brutto miesięcznie": (8000, 10000, "PLN", "month"),
    }
    for text, (low, high, currency, period) in cases.items():
        pay = analyze_posting("Tutor\nBright Lane\n\n" + text).pay
        assert pay is not None, text
        assert (pay.min, pay.max, pay.currency, pay.period.value) == (low, high, currency, period)


def test_a_linkedin_skills_line_and_easy_apply_are_the_sites_own_text():
    text = (
        "LinkedIn\nJobs\nSign in\nJoin now\n\nFrontend Engineer\nAcme Cloud · Dublin · 3 days ago\n"
        "Skills: React.js, TypeScript, +8 more\nEasy Apply\nSave\n\nAbout the job\n"
        "We build tools for clinics.\n\nRequirements\n- 3 years of React\n- TypeScript\n"
        "\nSeniority level\nMid-Senior level\nEmployment type\nFull-time\n"
    )
    assert _texts(analyze_posting(text).must_haves) == ["3 years of React", "TypeScript"]


def test_limited_places_and_an_apply_button_are_not_read_as_a_name_or_pressure():
    from desktop.domain.red_flags.flags import Risk, risk_level

    scam = "Places are limited! Earn daily from your phone, message our mentor on Telegram."
    assert analyze_posting(scam).company == ""
    internship = "Data Analyst Intern\nNorthwind Analytics\n\nApply now\n\nWhat you'll do\n- SQL"
    assert risk_level(analyze_posting(internship).red_flags) == Risk.NONE


def test_a_reddit_post_is_from_reddit():
    from desktop.domain.reading.layouts import platform_of

    text = "r/forhire\nPosted by u/oakbarn\n\n[Hiring] Podcast editor - $200\n\nWeekly episodes."
    result = analyze_posting(text)
    assert result.layout == "reddit" and platform_of(result.layout) == "Reddit"


def test_a_place_on_its_own_line_under_the_company():
    text = "Site Engineer\nHarbourside Builders Ltd.\nCork, Ireland - On-site\n\nAbout\nWe build."
    assert analyze_posting(text).location.startswith("Cork, Ireland")
    prose = "Site Engineer\nHarbourside Builders Ltd.\nWe build schools across Ireland.\n\nAbout\nx"
    assert analyze_posting(prose).location is None


def test_a_we_offer_list_is_benefits_and_a_candidate_will_need_list_is_requirements():
    """Headings in sentence form, lists without bullets under them."""
    text = (
        "Workshop Joiner\nBrackenhill Interiors\n\nThe successful candidate will need\n"
        "City & Guilds Level 3 in joinery\nFive years of bench joinery\n\n"
        "We offer\nA company van\n28 days holiday\nOvertime at time and a half\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "City & Guilds Level 3 in joinery",
        "Five years of bench joinery",
    ]
    assert not result.nice_to_haves


_TAGS = "Skills\nBlender\nSubstance Painter\nUnreal Engine\nApply\nSave\n\n"


def test_skill_tags_beside_stated_requirements_are_not_requirements():
    text = (
        "3D Environment Artist\nGlasshollow Studio\n\n" + _TAGS + "What you bring\n"
        "- Three years modelling props for console games\n- A portfolio of hard-surface work\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Three years modelling props for console games",
        "A portfolio of hard-surface work",
    ]


def test_skill_tags_alone_stand_for_the_requirements():
    text = "3D Environment Artist\nGlasshollow Studio\n\nWe make cosy games.\n\n" + _TAGS
    assert "Blender" in [item.text for item in analyze_posting(text).must_haves]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Hello, I'm Rosa, owner of Copperleaf Gardens, and we need a hand.", "Copperleaf Gardens"),
        ("I run operations at Bramblewick Farms and our books are behind.", "Bramblewick Farms"),
        ("Hi! I'm the co-founder of Kettlebrook Labs.", "Kettlebrook Labs"),
    ],
)
def test_a_client_names_the_business_they_own_or_run(sentence, company):
    text = f"Bookkeeper for a year of catch-up\n\n{sentence} Payroll is handled elsewhere.\n"
    assert analyze_posting(text).company == company


def test_an_upwork_page_posted_yesterday_for_one_country_names_no_company():
    text = (
        "Find Work\nMy Jobs\nReports\nMessages\n"
        "Inventory Spreadsheet Cleanup for a Plant Nursery\nPosted yesterday\nCanada only\n\n"
        "Our stock list is a mess of 3 sheets.\n\nMust have\n- Google Sheets formulas\n\n"
        "$25.00 - $40.00\nHourly\nIntermediate\nExperience Level\n"
        "Skills and Expertise\nGoogle Sheets\nData Entry\n"
        "Activity on this job\nProposals: 5 to 10\n"
        "About the client\nPayment method verified\nCanada\n"
    )
    result = analyze_posting(text)
    assert result.title == "Inventory Spreadsheet Cleanup for a Plant Nursery"
    assert result.company == ""


@pytest.mark.parametrize("word", ["Important", "Please note"])
def test_a_note_heading_after_a_list_is_not_one_of_its_items(word):
    text = (
        "Browser Extension Developer\n\nRequirements\nThree years of TypeScript\n"
        f"Shipped a Chrome extension\n{word}\n\nThe tool must never scrape private messages.\n"
    )
    assert [i.text for i in analyze_posting(text).must_haves] == [
        "Three years of TypeScript",
        "Shipped a Chrome extension",
    ]


def test_what_we_need_over_qualifications_is_the_requirements():
    text = (
        "Night Receptionist\n\nWhat we need\n1) Fluent spoken German and English\n"
        "2) At least 1 year on a hotel front desk\n3) Available Friday to Sunday nights\n\n"
        "Skills and Expertise\nReception  Opera PMS  German\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert must[:3] == [
        "Fluent spoken German and English",
        "At least 1 year on a hotel front desk",
        "Available Friday to Sunday nights",
    ]


def test_what_we_need_over_tasks_alone_is_still_the_work():
    text = (
        "Landing page for a dog walker\n\nWhat we need:\n- Design a one-page site\n"
        "- Set up a booking form\n- Connect it to Google Calendar\n"
    )
    assert _texts(analyze_posting(text).must_haves) == []


def test_german_headings_over_requirements_and_wishes():
    text = (
        "Werkstudent Buchhaltung (m/w/d)\n\nDeine Aufgaben\n– Du buchst Eingangsrechnungen\n\n"
        "Das bringst du mit\n– Studium der BWL\n– Sicherer Umgang mit DATEV\n\n"
        "Schön wäre\n– Erfahrung mit SAP\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Studium der BWL", "Sicherer Umgang mit DATEV"]
    assert _texts(reading.nice_to_haves) == ["Erfahrung mit SAP"]


def test_a_sites_legal_category_over_a_clients_message_is_no_legal_notice():
    text = (
        "Job details\nTrademark filing for a candle brand\nLegal\nTrademark Law\nHourly\n\n"
        "Hi Ana,\n\nWe need a US-registered trademark attorney to file two marks. "
        "You must have filed with the USPTO before.\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert any("USPTO" in item for item in must)


def test_skill_tags_side_by_side_are_left_out_and_leave_the_prose_read_whole():
    text = (
        "Flutter developer for a tide-table app\n\nAbout you\n"
        "You have shipped two Flutter apps to both stores. You are at ease writing a "
        "platform channel in Swift when a plugin falls short.\n\n"
        "Skills and Expertise\nFlutter  Dart  Swift  Firebase\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert any("shipped two Flutter apps" in item for item in must)
    assert any("platform channel in Swift" in item for item in must)
    assert not any("Firebase" in item for item in must)


@pytest.mark.parametrize(
    "tags",
    ["Skills\nDjango\nNode.js\nRedis\n", "Skills: Field Sales, Salesforce.com, +4 more\n"],
)
def test_a_boards_tags_and_the_buttons_after_them_are_no_requirements(tags):
    text = (
        f"Sales Engineer\nQuarrylight\n{tags}\nEasy Apply\nSave\nJob match is high\n"
        "Your profile matches 3 of the 8 required qualifications\n\n"
        "About the job\nYou'll demo our product to plant managers.\n\n"
        "You're a fit if you have:\n- 3+ years selling industrial software\n"
        "- A driving licence\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert must == ["3+ years selling industrial software", "A driving licence"]


def test_a_heading_that_the_list_finishes_and_one_right_over_its_list():
    text = (
        "Studio Assistant\n\nWe fire pots.\n\nYou might be a fit if\n"
        "- you speak Dutch and English\n- you can lift a 20 kg bag of clay\n\n"
        "Not required but we'd love it\n- you throw pots yourself\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "you speak Dutch and English",
        "you can lift a 20 kg bag of clay",
    ]
    assert _texts(reading.nice_to_haves) == ["you throw pots yourself"]


def test_a_chats_bold_heading_and_dash_bullets():
    text = (
        "Night Moderator\n\n*What I need from you:*\n• two years moderating forums\n"
        "• a quiet room at night\n\n📌 Requirements:\n— Native Polish\n— Stable internet\n\n"
        "➕ Will be a plus:\n— Czech\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "two years moderating forums",
        "a quiet room at night",
        "Native Polish",
        "Stable internet",
    ]
    assert _texts(reading.nice_to_haves) == ["Czech"]


def test_a_recruiters_what_they_are_looking_for():
    text = (
        "Subject: Payroll Officer - Leeds\n\nHi Sam,\n\nWhat they're looking for:\n"
        "- Two years of payroll in Sage\n- CIPP Foundation\n\nKind regards,\nJo\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Two years of payroll in Sage",
        "CIPP Foundation",
    ]


def test_a_sites_field_line_is_no_heading_over_the_description():
    text = (
        "Blog posts for a bakery\n£120\n\nDescription\nExperience Level: Entry\n\n"
        "Hello,\n\nWe bake bread in Leeds and want 4 posts a month.\n\n"
        "About you\nYou must write in UK English\nYou must know basic SEO\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "You must write in UK English",
        "You must know basic SEO",
    ]


@pytest.mark.parametrize(
    ("heading", "nice"),
    [("O que eu preciso de você:", "Diferencial: conhecer o Clinicorp."), ("need:", "")],
)
def test_what_i_need_in_portuguese_and_a_chats_bare_need(heading, nice):
    text = (
        f"Assistente para agenda\n\n{heading}\n• Português impecável\n"
        f"• Internet estável\n\n{nice}\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert must == ["Português impecável", "Internet estável"]


def test_a_letters_signature_is_no_requirement():
    text = (
        "Dear Applicant,\n\nRequirements: 18+, a laptop, two hours a day.\n\n"
        "If interested, reply with your CV.\n\nSincerely,\nMr. Lee Park\nRegional Officer\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert not any(item in ("Sincerely,", "Mr. Lee Park", "Regional Officer") for item in must)


def test_a_labelled_heading_is_never_read_as_the_line_above_running_on():
    text = (
        "[HIRING] Clip editor\n\npay: $25 per clip, paid every friday\nneed:\n"
        "- you've cut gaming videos before\n- Premiere or CapCut\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "you've cut gaming videos before",
        "Premiere or CapCut",
    ]


def test_an_interview_process_heading_in_french_ends_the_profile():
    text = (
        "Stage – Assistant·e RH\n\nProfil recherché\n\nTu es en master RH.\n"
        "Tu maîtrises Excel.\n\nDéroulement des entretiens\n1. Un échange de 20 min\n"
        "2. Un cas pratique\n"
    )
    must = _texts(analyze_posting(text).must_haves)
    assert any("Excel" in item for item in must)
    assert not any("cas pratique" in item for item in must)


@pytest.mark.parametrize(
    "heading", ["Similar projects", "Projetos similares", "Ofertas similares", "Ähnliche Stellen"]
)
def test_a_sites_list_of_similar_postings_is_set_apart_with_its_pay(heading):
    text = (
        "Bookkeeping catch-up for a bakery\n\nHourly: $25 - $35\n\n"
        "We need six months of receipts entered in Xero.\n\n"
        f"{heading}\nPayroll set-up for a café   Budget: $900 - $1,500\n"
    )
    reading = analyze_posting(text)
    assert any(s.kind == SectionKind.BOILERPLATE for s in reading.sections)
    assert (reading.pay.min, reading.pay.max) == (25, 35)


@pytest.mark.parametrize("heading", ["Mandatory:", "Who thrives here", "Mandatory"])
def test_mandatory_and_who_thrives_head_the_requirements(heading):
    text = (
        "Dental Nurse\nBrightsmile Clinics\n\nWe run four practices in Leeds.\n\n"
        f"{heading}\n- GDC registration\n- Two years in general practice\n"
        "- Confident with Dentally or SOE\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == [
        "GDC registration",
        "Two years in general practice",
        "Confident with Dentally or SOE",
    ]


def test_a_question_on_a_boards_q_and_a_heads_nothing():
    text = (
        "Logo for a bakery\n\nWhat we need\n- Vector files\n- Two concepts\n\n"
        "Q: Do you need the files in PSD?\nA: No, only AI and SVG.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Vector files", "Two concepts"]


def test_a_flattened_description_splits_at_headings_run_on_after_an_item():
    """A board that lost its line breaks keeps its bullets: "… to the CFO Minimum
    requirements: • …" closes one list and opens the next."""
    text = (
        "Payroll Officer\nKestrel Foods\n\n"
        "Job description We are growing and need a payroll officer for three sites. "
        "Key duties: • Run monthly payroll for 400 staff • Answer staff queries "
        "• File returns with the tax office Minimum requirements: • Payroll diploma "
        "• 2–4 years running payroll • Sage 300 People Advantageous: • Labour law course "
        "• Experience with shift allowances\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Payroll diploma",
        "2–4 years running payroll",
        "Sage 300 People",
    ]
    assert [item.text for item in reading.nice_to_haves] == [
        "Labour law course",
        "Experience with shift allowances",
    ]


def test_a_time_range_in_a_flattened_line_is_no_list():
    text = (
        "Caretaker\nRidge Flats\n\nRequirements:\nAvailable 8:30am - 5pm on weekdays and on "
        "Saturdays - 2 a month, with a clean driving licence and basic DIY skills\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert len(musts) == 1 and "8:30am - 5pm" in musts[0]


def test_a_product_named_like_a_heading_inside_a_sentence_heads_nothing():
    """ "You Need" opens a heading only before a capital: "You Need a Budget" is a name."""
    text = (
        "Support Specialist\n\n## About us\n\n"
        "We build “You Need a Budget,” an app that helps people plan their money, and we have "
        "been at it for a decade with a team spread over four continents. Our customers write "
        "to us every day, by chat and by email, and we answer each of them ourselves; nobody "
        "reads from a script, and nobody is timed on how fast they close a conversation.\n\n"
        "## Requirements:\n\n*   Excellent written English\n*   Five hours a day\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Excellent written English", "Five hours a day"]


def test_a_heading_joined_by_and_runs_on_in_a_paragraph_after_its_colon():
    text = (
        "Warehouse Lead\nNorthfield Supply\n\n"
        "We ship garden tools to 200 shops across the region every week of the year, from a "
        "single site by the ring road, and we are looking for a lead for the early shift who "
        "can run the pick and pack floor of twelve people and keep the loading bay moving. "
        "Required Skills and Experience: Three years leading a warehouse team. "
        "A forklift licence. Working knowledge of a warehouse system.\n"
    )
    reading = analyze_posting(text)
    assert any(s.heading == "Required Skills and Experience" for s in reading.sections)
    assert "A forklift licence." in [item.text for item in reading.must_haves]


def test_an_indian_boards_candidate_profile_its_fields_and_its_tag_legend():
    text = (
        "Payroll Executive\nSaral Outsourcing\n2 - 4 years\n\nJob description\n"
        "We run payroll for 300 clients.\n"
        "Desired Candidate Profile\n"
        "2+ years processing payroll for Indian companies\n"
        "Working knowledge of PF, ESIC and TDS\n"
        "Experience with Zoho Payroll is an added advantage\n"
        "Role: Payroll Executive\nIndustry Type: Accounting\n"
        "Employment Type: Full Time, Permanent\n"
        "Education\nUG: B.Com in Any Specialization\n"
        "Key Skills\nSkills marked with '*' are preferred keyskills\nPayroll*\nPF*\nESIC\nTDS\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "2+ years processing payroll for Indian companies",
        "Working knowledge of PF, ESIC and TDS",
    ]
    assert [item.text for item in reading.nice_to_haves] == [
        "Experience with Zoho Payroll is an added advantage"
    ]


@pytest.mark.parametrize(
    ("text", "musts", "nices"),
    [
        (
            "Magazijnmedewerker\nVerhoeven Logistiek\n\nWie ben jij?\n- Je hebt een VCA-diploma\n"
            "- Je werkt graag in ploegen\n- Ervaring met een reachtruck is mooi meegenomen\n",
            ["Je hebt een VCA-diploma", "Je werkt graag in ploegen"],
            ["Ervaring met een reachtruck is mooi meegenomen"],
        ),
        (
            "Cuoco di linea\nTrattoria Da Nino\n\nRequisiti\n- Esperienza di 2 anni in cucina\n"
            "- Attestato HACCP\n- La conoscenza dell'inglese costituisce titolo preferenziale\n",
            ["Esperienza di 2 anni in cucina", "Attestato HACCP"],
            ["La conoscenza dell'inglese costituisce titolo preferenziale"],
        ),
        (
            "Chargé de clientèle\nBanque Rivage\n\nVotre profil\n- Bac+2 en commerce\n"
            "- Aisance au téléphone\n- Une expérience en banque est un vrai plus\n"
            "- Idéalement, des notions d'assurance\n",
            ["Bac+2 en commerce", "Aisance au téléphone"],
            ["Une expérience en banque est un vrai plus", "Idéalement, des notions d'assurance"],
        ),
    ],
)
def test_requirements_and_their_pluses_in_dutch_italian_and_french(text, musts, nices):
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == musts
    assert [item.text for item in reading.nice_to_haves] == nices


@pytest.mark.parametrize(
    "heading",
    ["What makes you a strong match", "Your toolkit", "*Eligibility:*", "Who we're looking for"],
)
def test_headings_over_a_list_written_without_markers(heading):
    text = (
        "Bookkeeper\nFenwick Dental Group\n\nWe run six practices across Kent.\n\n"
        f"{heading}\nThree years keeping the books for a small business\nConfident with Xero\n"
        "\nOther projects like this\nPayroll for a florist   £150\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Three years keeping the books for a small business", "Confident with Xero"]


def test_what_a_french_client_expects_heads_the_requirements():
    text = (
        "Traduction d'un catalogue produits\n\nCe que nous attendons\n"
        "Anglais langue maternelle\nMaîtrise de memoQ\nUne relecture croisée serait un plus.\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Anglais langue maternelle",
        "Maîtrise de memoQ",
    ]


def test_a_request_to_answer_closes_a_list_written_without_markers():
    text = (
        "Sous-titrage d'une série documentaire\n\nCe que nous attendons\n"
        "Français langue maternelle\nMaîtrise de Subtitle Edit\n"
        "Merci d'indiquer vos tarifs et vos disponibilités.\nVotre réponse\nJe suis intéressé·e\n"
        "Modifier\nAide\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Français langue maternelle", "Maîtrise de Subtitle Edit"]


@pytest.mark.parametrize("heading", ["Descripción", "Descrição", "Beschreibung", "Description"])
def test_a_description_heading_after_the_requirements_ends_them(heading):
    text = (
        "Ayudante de cocina\n\nRequisitos\nCarné de manipulador de alimentos\nUn año de "
        f"experiencia en cocina\n{heading}\nSomos un restaurante familiar con cuarenta "
        "cubiertos en el centro de la ciudad.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Carné de manipulador de alimentos", "Un año de experiencia en cocina"]


def test_skill_tags_running_into_the_sites_own_lines_are_still_tags():
    text = (
        "Write 12 product pages for a tea shop\n\nRequirements\n- Two years writing e-commerce copy"
        "\n- UK English\n\nSkills and Expertise\nCopywriting\nProduct Description\nShopify\n"
        "Project ID: 44120\nPlace a bid on this project\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Two years writing e-commerce copy", "UK English"]


@pytest.mark.parametrize(
    ("text", "musts", "nices"),
    [
        # letters as a list's markers: "a)", "b)", "(c)"
        (
            "Night porter\n\nThe right person will have:\na) a valid SIA licence\nb) two years on "
            "a hotel front desk\n(c) a calm manner with late guests\n",
            [
                "a valid SIA licence",
                "two years on a hotel front desk",
                "a calm manner with late guests",
            ],
            [],
        ),
        # Portuguese: "Obrigatórios" under the requirements heading, then "Desejáveis"
        (
            "Assistente administrativo\n\nRequisitos\nObrigatórios:\n- Ensino médio completo\n"
            "- Pacote Office\nDesejáveis:\n- Inglês básico\n",
            ["Ensino médio completo", "Pacote Office"],
            ["Inglês básico"],
        ),
        # Polish: what is expected, and what is welcome
        (
            "Księgowa\n\nCzego oczekujemy:\n- 3 lata doświadczenia w biurze rachunkowym\n"
            "- znajomość programu Optima\n\nMile widziane:\n- znajomość języka niemieckiego\n",
            ["3 lata doświadczenia w biurze rachunkowym", "znajomość programu Optima"],
            ["znajomość języka niemieckiego"],
        ),
        # an owner's own words over the list, and an Italian heading of pluses
        (
            "Café help wanted\n\nWhat I really need:\n- barista experience\n- weekend shifts\n",
            ["barista experience", "weekend shifts"],
            [],
        ),
        (
            "Commesso\n\nRequisiti:\n- Esperienza in negozio\n\nCostituisce titolo "
            "preferenziale:\n- Conoscenza del tedesco\n",
            ["Esperienza in negozio"],
            ["Conoscenza del tedesco"],
        ),
    ],
)
def test_lettered_lists_and_headings_of_an_eighth_set(text, musts, nices):
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == musts
    assert [item.text for item in reading.nice_to_haves] == nices


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a board's sign-in line above the project is a menu, not the client
        (
            "PeoplePerHour\nPost a job   Browse   Pricing\nLog in   Register\n\nLogo for a flower "
            "shop in Leeds\n\n£250\nFixed Price\n\nDescription\nI'm opening a flower shop called "
            "Petal & Stem next spring and need a logo.\n",
            "Petal & Stem",
        ),
        # the company atop its careers page, over a language switch
        (
            "Brennerei Albrecht GmbH\nKarriere   Über uns   Kontakt\nDeutsch | English\n\n"
            "Brenner (m/w/d)\nVollzeit · Freiburg\n\nDein Profil\n- Ausbildung als Brenner\n",
            "Brennerei Albrecht GmbH",
        ),
        # an owner's business and its town
        (
            "Booking page for kayak tours\n\nHi, I run Harbour Kayaks in Oban and need a simple "
            "booking page for our trips.\n",
            "Harbour Kayaks",
        ),
        # a sign-in line beside another of the site's items, above the title and the employer
        (
            "indeed\nSign in   Post a job\n\nForklift Operator - Days\nHarbor Freightways\n"
            "Tacoma, WA 98421\n$21 an hour\n\nRequirements\n- Forklift certification\n",
            "Harbor Freightways",
        ),
        # an agency recruiting for its client, in French
        (
            "Assistant(e) commercial(e)\n\nCabinet Horizon RH recrute pour son client la Maison "
            "Dubreuil, négociant en vins à Beaune, un(e) assistant(e) commercial(e).\n",
            "Maison Dubreuil",
        ),
    ],
)
def test_companies_of_an_eighth_set(text, company):
    assert analyze_posting(text).company == company


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a ratio in brackets is part of the title; the school's terms after the dash are not
        ("Learning Support Assistant (1:1) – Term Time Only", "Learning Support Assistant (1:1)"),
        # the pay a shift adds, in brackets, is dropped; the shift it names is kept
        ("Picker Packer - Nights (+£1.50/hr premium)", "Picker Packer - Nights"),
        # two words after the dash narrow the role; terms after it do not
        ("Staff Nurse - Theatres, Days", "Staff Nurse - Theatres, Days"),
        ("Head Chef - Country Inn, Live-in available", "Head Chef"),
    ],
)
def test_titles_of_an_eighth_set(line, title):
    assert analyze_posting(f"{line}\n\nWe are a busy team looking for help.\n").title == title


def test_a_need_stated_in_prose_and_a_bare_count_of_years_are_requirements():
    text = (
        "Larkspur Data | Remote (EU) | Data Engineer | €70k\n\nWe run pipelines for ski resorts. "
        "We need strong SQL and real dbt experience in production. 4+ years hands-on "
        "experience. Bonus: Dagster.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == [
        "We need strong SQL and real dbt experience in production.",
        "4+ years hands-on experience.",
    ]


def test_a_bidders_own_years_are_no_requirement():
    text = (
        "Fix a WordPress theme\n\nThe header breaks on mobile.\n\nBids\nHi, I have 8+ years "
        "experience in WordPress and can start today.\n"
    )
    assert not analyze_posting(text).must_haves


@pytest.mark.parametrize(
    ("item", "must", "nice"),
    [
        ("Spanish is a strong asset for our Madrid clients.", [], ["Spanish"]),
        (
            "Abgeschlossene Ausbildung als Koch, idealerweise mit Erfahrung in der "
            "Gemeinschaftsverpflegung",
            ["Abgeschlossene Ausbildung als Koch"],
            ["idealerweise mit Erfahrung in der Gemeinschaftsverpflegung"],
        ),
        ("Les plus : une expérience avec Figma ou Webflow.", [], ["Figma"]),
        ("Znajomość SAP będzie atutem.", [], ["SAP"]),
    ],
)
def test_pluses_of_an_eighth_set(item, must, nice):
    text = f"Role\n\nRequirements:\n- Two years in the trade\n- {item}\n"
    reading = analyze_posting(text)
    musts = [r.text for r in reading.must_haves]
    nices = " ".join(r.text for r in reading.nice_to_haves)
    assert musts == ["Two years in the trade", *must]
    assert all(word in nices for word in nice)


def test_a_letters_company_is_read_from_its_signature_and_its_address():
    text = (
        "Subject: Kitchen porter job\n\nHi Sam,\n\nGreat to meet you at the market. We need a "
        "kitchen porter for weekends; Nisbets is what we order kit from, so no need to bring "
        "your own.\n\nCheers,\nTom Reilly\nHead Chef\nCopperleaf Kitchen\n"
        "tom@copperleafkitchen.co.uk\nwww.copperleafkitchen.co.uk\n"
    )
    assert analyze_posting(text).company == "Copperleaf Kitchen"


def test_an_address_alone_gives_no_slug_for_a_company():
    text = (
        "Quick job for you\n\nReply to hr@fastpay-careers.net to start today.\n"
        "hr@fastpay-careers.net\n"
    )
    assert analyze_posting(text).company == ""


def test_a_polish_agency_names_its_client_and_a_subject_label_names_the_role():
    text = (
        "Temat: Magazynier | praca od zaraz\n\nDzień dobry,\n\nDla naszego klienta – firmy "
        "Nordwind Logistics (centrum dystrybucyjne pod Poznaniem) szukamy magazyniera.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Magazynier", "Nordwind Logistics")


def test_a_channels_name_and_its_members_are_no_employer():
    text = (
        "Lavoro Napoli e Provincia\n12.400 iscritti\n\n📌 OFFERTA DI LAVORO #bar #napoli\n\n"
        "🍸 BARISTA\nPer un bar in centro cerchiamo un barista con esperienza.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("BARISTA", "")


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Die Brandt Kühlsysteme GmbH ist ein Familienbetrieb.", "Brandt Kühlsysteme GmbH"),
        # a surname's "De", and an article that is part of a name without a legal form
        ("De Vries Installatie B.V. is een installateur.", "De Vries Installatie B.V."),
        ("Le Pain Doré est une boulangerie de quartier.", "Le Pain Doré"),
    ],
)
def test_an_article_before_a_registered_name_is_no_part_of_it(sentence, company):
    assert analyze_posting(f"Verkäufer (m/w/d)\n\n{sentence}\n").company == company


def test_what_a_client_needs_from_you_and_you_need_to_be_state_requirements():
    text = (
        "Booking widget for a climbing gym\n\nWe sell day passes online and want a booking "
        "widget.\n\nWhat I need from you: solid Vue skills. You have built a booking flow "
        "before.\n\nPlease send two links.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["solid Vue skills.", "You have built a booking flow before."]
    prose = (
        "Menu photos for a taqueria\n\nWe need forty dish photos by June. You need to be "
        "comfortable with food styling and daylight setups.\n"
    )
    musts = [item.text for item in analyze_posting(prose).must_haves]
    assert musts == ["You need to be comfortable with food styling and daylight setups."]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a board's domain atop its page, the employer under the title
        (
            "bayt.com\nJobs   Companies   Salaries\n\nStore Manager\nAl Noor Optics LLC\n"
            "Sharjah, United Arab Emirates\n\nRequirements\n- Retail management experience\n",
            "Al Noor Optics LLC",
        ),
        # an office sign beside how the work is done, not who offers it
        (
            "Anlagenmechaniker (m/w/d)\n🏢 Vor Ort\n💼 Vollzeit\n\nÜber uns\nDie Kessler "
            "Wärmetechnik GmbH ist ein Familienbetrieb in Kassel.\n",
            "Kessler Wärmetechnik GmbH",
        ),
        # the town after the title's dash, which the text names as where the work is
        (
            "Lagerarbetare – Borås\nLogistik · Borås\n\nVi söker lagerarbetare till vårt lager "
            "i Borås.\n\nOm Fjällvik Logistik\nFjällvik Logistik AB driver tre lager.\n",
            "Fjällvik Logistik",
        ),
        # the value a page labels as the department, not the employer
        (
            "Kundtjänstmedarbetare\nKundservice\n\nAvdelning\nKundservice\n\nOm Solbacka Energi\n"
            "Solbacka Energi säljer el till hushåll.\n",
            "Solbacka Energi",
        ),
        # a contract's kind under the title, and a Dutch article before a certificate
        (
            "Chargé·e de clientèle\nCDI\nNantes\n\nÀ propos de Brumes & Sel\nNous sommes une "
            "épicerie fine en ligne.\n",
            "Brumes & Sel",
        ),
        (
            "Verzorgende IG\n\nEen VGB is verplicht voor deze functie.\n\nOver Zorgcentrum De "
            "Linde\nWij bieden zorg aan ouderen.\n",
            "Zorgcentrum De Linde",
        ),
    ],
)
def test_companies_of_a_ninth_set(text, company):
    assert analyze_posting(text).company == company


def test_a_chats_need_for_a_role_without_an_article_names_it():
    text = (
        "[08:40, 02/12/2026] +44 7700 900123: Hello dear, our company needs part time "
        "online customer service agent, pay £40 per hour. Reply if interested\n"
    )
    assert analyze_posting(text).title == "Online Customer Service Agent"


def test_a_hiring_manager_is_no_title():
    text = "Thanks for applying! Our hiring manager will review your CV and write to you.\n"
    assert analyze_posting(text).title == ""


@pytest.mark.parametrize(
    ("text", "musts"),
    [
        (
            "Lagerarbetare\n\nVi söker dig som\n- har B-körkort\n- talar svenska\n\nVi erbjuder\n"
            "- Kollektivavtal\n",
            ["har B-körkort", "talar svenska"],
        ),
        (
            "Lagermedarbejder\n\nVi forventer, at du:\n- har truckcertifikat\n- taler dansk\n\n"
            "Vi tilbyder\n- Frokostordning\n",
            ["har truckcertifikat", "taler dansk"],
        ),
        (
            "Barista\n\nCosa chiediamo\n- esperienza al banco\n- disponibilità nel weekend\n",
            ["esperienza al banco", "disponibilità nel weekend"],
        ),
    ],
)
def test_what_a_scandinavian_or_italian_posting_asks_for(text, musts):
    assert [item.text for item in analyze_posting(text).must_haves] == musts


def test_a_person_specifications_table_splits_essential_from_desirable():
    text = (
        "Library Assistant\n\nPerson specification\nArea\tEssential\tDesirable\n"
        "Education\tFive GCSEs including English\tA library qualification\n"
        "Experience\tWorking with the public\tUsing a library catalogue system\n\n"
        "Closing date: 3 July.\n"
    )
    reading = analyze_posting(text)
    assert [r.text for r in reading.must_haves] == [
        "Five GCSEs including English",
        "Working with the public",
    ]
    assert [r.text for r in reading.nice_to_haves] == [
        "A library qualification",
        "Using a library catalogue system",
    ]


def test_a_forwarded_mails_marker_is_no_title():
    text = (
        "---------- Forwarded message ---------\nFrom: Jo Hart <jo@hartbakery.co.uk>\n"
        "Subject: Re: the job\n\nHi Sam, here is what I told you about the bakery.\n"
    )
    assert "Forwarded" not in analyze_posting(text).title


def test_a_hyphenated_domain_names_the_company_its_signature_writes():
    text = (
        "Subject: Payroll role\n\nHi Ana,\n\nA payroll officer role has opened at our office "
        "in Cork; happy to tell you more.\n\nRegards,\nLiam Byrne\nPayroll Manager\n"
        "Harbour Light Foods\nliam.byrne@harbour-light.ie\nwww.harbour-light.ie\n"
    )
    assert analyze_posting(text).company == "Harbour Light Foods"


def test_a_linkedin_page_in_german_names_its_role_and_employer():
    text = (
        "Brandhuber Haustechnik GmbH\nTeilen\nWeitere Optionen anzeigen\n"
        "Servicetechniker:in Heizung (80–100 %)\nMünchen, Bayern, Deutschland · vor 3 Tagen\n"
        "Vor Ort\nVollzeit\n\nEinfach bewerben\nSpeichern\n\nInfo zum Job\n"
        "Wir suchen Verstärkung für unser Serviceteam.\n\nDein Profil\n"
        "- Ausbildung als Anlagenmechaniker:in SHK\n- Führerschein Klasse B\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (
        "Servicetechniker:in Heizung",
        "Brandhuber Haustechnik GmbH",
    )
    assert reading.layout == "linkedin"


@pytest.mark.parametrize(
    "item",
    ["Anglais courant", "Sehr gute Deutschkenntnisse", "Inglés avanzado", "Vloeiend Nederlands"],
)
def test_a_language_asked_for_in_its_own_words_is_a_language_item(item):
    (requirement,) = analyze_posting(f"Role\n\nRequirements:\n- {item}\n").must_haves
    assert requirement.kind.value == "language"


def test_a_dutch_boards_search_form_and_a_french_linkedin_menu_are_passed_over():
    indeed = (
        "indeed\nHome\nBedrijfsreviews\nAanmelden\n\nWat\nmagazijnmedewerker\nWaar\nBreda\n"
        "Vacatures zoeken\n\nMagazijnmedewerker (dagdienst)\nKoelhuis Breda\nBreda\n"
        "€ 2.600 - € 2.900 per maand - Fulltime\n"
    )
    reading = analyze_posting(indeed)
    assert (reading.title, reading.company) == ("Magazijnmedewerker (dagdienst)", "Koelhuis Breda")
    linkedin = (
        "Passer au contenu principal\nLinkedIn\nRecherche\nAccueil\nEmplois\n\n"
        "Boulangerie Fournil Doré\nPartager\nAfficher plus d'options\nVendeur / Vendeuse (H/F)\n"
        "Dijon, Bourgogne, France · il y a 2 jours\n\nPostuler\nEnregistrer\n\n"
        "À propos de l'offre d'emploi\nBoulangerie Fournil Doré recherche un vendeur pour sa "
        "boutique du centre.\n"
    )
    reading = analyze_posting(linkedin)
    assert reading.company == "Boulangerie Fournil Doré"
    assert reading.layout == "linkedin"


def test_an_employer_paying_exam_fees_is_no_fee_to_pay():
    text = "Benefits:\n- Certification support: the company pays exam fees for AWS certificates\n"
    assert not analyze_posting(text).red_flags


@pytest.mark.parametrize(
    ("text", "must"),
    [
        # French: what is expected, then what is offered
        (
            "Aide-soignant(e) de nuit\n\nNos attentes\n► Diplôme d'aide-soignant\n"
            "► Expérience en EHPAD\n\nCe que nous vous offrons\n• CDI à temps plein\n"
            "• Prime de nuit\n",
            ["Diplôme d'aide-soignant", "Expérience en EHPAD"],
        ),
        # Swedish: the requirements end where "Övrigt", "Kontakt" and "Arbetsplats" begin
        (
            "Förskollärare\n\nKvalifikationer\nDu är legitimerad förskollärare.\n"
            "Du talar svenska flytande.\n\nÖvrigt\nTillträde i augusti.\n\nKontakt\n"
            "Rektor Eva Berg, 070-123 45 67\n\nArbetsplats\nLindby kommun\n",
            ["Du är legitimerad förskollärare.", "Du talar svenska flytande."],
        ),
        # German, addressed as "du": the offer is no requirement
        (
            "Lagerhelfer (m/w/d)\n\nDein Profil\n- Staplerschein\n- Teamgeist\n\n"
            "Was wir dir bieten\n- 30 Tage Urlaub\n- Jobrad\n",
            ["Staplerschein", "Teamgeist"],
        ),
    ],
)
def test_headings_that_end_a_requirements_list_in_other_languages(text, must):
    assert [item.text for item in analyze_posting(text).must_haves] == must


def test_a_list_ends_where_its_bullets_change_after_a_blank_line():
    text = (
        "📢 WE'RE HIRING 📢\n\n🍽️ Position: Line Cook\n\n✅ Requirements:\n"
        "▪️ Two years on a grill station\n▪️ Food safety certificate\n\n"
        "📩 Send your CV on WhatsApp +44 7700 900123\n📧 Email: kitchen@harbourgrill.co.uk\n"
        "— Harbour Grill team\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Two years on a grill station",
        "Food safety certificate",
    ]


def test_a_list_with_the_same_bullets_after_a_blank_line_goes_on():
    text = (
        "Warehouse Operative\n\nRequirements:\n- Forklift licence\n- Steel-toe boots\n\n"
        "- Able to work weekends\n"
    )
    assert len(analyze_posting(text).must_haves) == 3


def test_a_job_description_copied_out_of_a_pdf():
    text = (
        "Harrowgate Foods Ltd\nJob Description\nPosition Title: Night Hygiene Lead\n"
        "Salary: £29,000 per annum\n\nPerson specification\nEssential\n"
        "\uf0b7 Two years' hygiene experi-\nence in food manufacturing\n"
        "\uf0b7 Level 2 Food Safety\nPREFERRED:\n\uf0b7 COSHH training\n\n"
        "Harrowgate Foods Ltd – Confidential                Page 1 of 2\n"
    )
    posting = analyze_posting(text)
    assert posting.title == "Night Hygiene Lead"
    assert posting.company == "Harrowgate Foods"
    assert _texts(posting.must_haves) == [
        "Two years' hygiene experience in food manufacturing",
        "Level 2 Food Safety",
    ]
    assert _texts(posting.nice_to_haves) == ["COSHH training"]


def test_a_job_card_pasted_as_a_table_of_tabbed_cells():
    text = "Job Title\tWarehouse Planner\nClient\tBrookfield Cold Store\nRate\t£18/hr\n"
    posting = analyze_posting(text)
    assert (posting.title, posting.company) == ("Warehouse Planner", "Brookfield Cold Store")


def test_a_posting_in_capitals_is_read_as_if_written_in_the_usual_case():
    text = (
        "NOW HIRING FORKLIFT OPERATOR - NIGHTS\nPAY: $21 PER HOUR\n\nREQUIREMENTS:\n"
        "- VALID FORKLIFT CERTIFICATE\n- MUST PASS DOT PHYSICAL\n\nWE ARE A FAMILY OWNED "
        "WAREHOUSE WITH FORTY YEARS IN THE BUSINESS AND WE NEED RELIABLE PEOPLE NOW.\n"
        "CALL OR TEXT US 555-0100 (MON-FRI 8AM-5PM EST)\n"
    )
    posting = analyze_posting(text)
    assert posting.title == "Forklift Operator - Nights"
    assert _texts(posting.must_haves) == ["Valid Forklift Certificate", "must pass DOT Physical"]
    assert posting.hours == ()  # when to call is no working hours


def test_a_site_cookie_notice_and_calls_to_action_above_a_posting_are_not_its_title():
    """A public board's page: the notice of the cookies it sets, its name, a menu whose first
    item is a call to action ("Find a tutor"), a link back, then the role and employer."""
    text = (
        "Cookies on Teach Wales Jobs\n"
        "We use some necessary cookies to keep the site working.\n"
        "We'd also like to set optional analytics cookies to improve it.\n"
        "Accept optional cookies   Reject optional cookies\n"
        "Teach Wales\n"
        "Find a tutor   Schools   Pricing   Log in\n"
        "Back to search results\n"
        "Science Technician\n"
        "Ysgol Bryn Glas\n\n"
        "Closing date: 2 May\n"
        "Salary: £24,100 - £26,300 a year\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Science Technician"


def test_a_company_card_beside_the_role_does_not_push_the_role_out_of_the_header():
    """A board that shows the employer's card first (its name, its tagline, its size and
    funding round) and the role under it."""
    text = (
        "Orchard Loop\n"
        "Making school lunches easy for parents\n"
        "EdTech · Marketplace · 60-80 employees · Series A\n"
        "Customer Success Lead\n"
        "Lisbon, Portugal · Remote\n"
        "€42,000 - €50,000\n\n"
        "About the role\n"
        "You'll look after our 300 partner schools.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Customer Success Lead"
    assert (reading.pay.min, reading.pay.max, reading.pay.currency) == (42000, 50000, "EUR")


def test_a_budget_the_hire_manages_and_other_jobs_pay_are_not_the_pay():
    text = (
        "Paid Media Manager\n\n"
        "What you'll do\n"
        "- Oversee a $120K quarterly ad budget across Meta and Google\n"
        "- Report weekly on return on ad spend\n\n"
        "Jobs you may like\n"
        "Social Media Coordinator · Austin, TX · $48K - $55K (Employer est.)\n"
    )
    assert analyze_posting(text).pay is None
    paid = text.replace("What you'll do", "Salary: $70,000 - $82,000 a year\n\nWhat you'll do")
    pay = analyze_posting(paid).pay
    assert (pay.min, pay.max, pay.period) == (70000, 82000, PayPeriod.YEAR)


def test_a_contract_type_field_says_how_long_and_an_employment_type_field_says_the_hours():
    """ "Contract type⏎Permanent" is no contract; "Contract length: 6 months" is one; an
    "Employment type: Ongoing, Full-time" field outweighs prose that offers part-time hours."""
    form = (
        "Records Officer\n\nSalary\n£29,000\n\nContract type\nPermanent\n\n"
        "Working pattern\nFull-time\n\nAbout the job\nYou will keep the archive in order.\n"
    )
    assert analyze_posting(form).engagement is Engagement.FULL_TIME
    fixed = "Site Surveyor\n\nContract length: 6 months\nDay rate: £320\n\nYou will survey sites.\n"
    assert analyze_posting(fixed).engagement is Engagement.CONTRACT
    fields = (
        "Statistician\nEmployment type: Ongoing, Full-time\nLocation: Perth WA\n\n"
        "We offer flexible arrangements, including part-time hours, for the right person.\n"
    )
    assert analyze_posting(fields).engagement is Engagement.FULL_TIME


@pytest.mark.parametrize(
    ("card", "company"),
    [
        ("Bramble & Birch Bakehouse\n3.6 ★\n", "Bramble & Birch Bakehouse"),  # over its rating
        (
            "Lumen Orbital\nSatellite imagery for crop insurers\nSeries A\n51-200 Employees\n",
            "Lumen Orbital",  # over a tagline and its funding and size
        ),
    ],
)
def test_the_employer_is_read_whole_from_the_card_over_the_role(card, company):
    """The body's sentences shorten the name ("Lumen builds …"); the card gives it whole."""
    first_word = company.split()[0]
    text = (
        f"Sign in\n\n{card}\nOperations Coordinator\nDenver, CO\n\n"
        f"Job description\n{first_word} is growing fast and needs an organised coordinator.\n"
        "- Keep the schedule\n- Order supplies\n"
    )
    assert analyze_posting(text).company == company


def test_a_headline_naming_a_funding_round_is_no_company_card():
    text = (
        "Priya Natarajan\nTalent Partner at Fenwick Search\n2h • Edited\nFollow\n"
        "We're hiring: Head of Risk | Series C Payments Startup | London\n\n"
        "Our client is a fast-growing payments company.\n"
    )
    assert analyze_posting(text).company != "Follow"  # the button over the headline


def test_a_clients_task_list_is_the_work_and_the_paragraph_after_it_the_requirements():
    """A freelance board's project: "What I need" lists the tasks, the paragraph under it asks
    for skills, the site's tags and the project's reference follow, then the client's box."""
    text = (
        "Move my bakery's site to Squarespace\n\nWhat I need:\n"
        "- move the 12 pages from Wix\n- import the blog posts and their images\n"
        "- set up the online ordering form\n- connect the domain\n\n"
        "You must have done at least two Wix migrations before. Knowledge of Zapier "
        "would be useful for the order emails.\n\n"
        "Skills Required\nSquarespace   Wix   Web Design\n\nProject ID: 40211876\n\n"
        "Clients Info\nMaggie R.\nYork, United Kingdom\nMember since 2021\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "You must have done at least two Wix migrations before.",
        "Squarespace   Wix   Web Design",
    ]
    assert any("Zapier" in item for item in _texts(reading.nice_to_haves))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hi all! We are hiring Kitchen Porters for our Camden site, starting May.\n",
            "Kitchen Porter",
        ),
        (
            "📣 WE'RE HIRING DELIVERY DRIVERS 📣\nFlexi Parcel Co are looking for van drivers.\n",
            "DELIVERY DRIVER",
        ),
        (
            "Greenleaf Nursery is looking for friendly, hands-on Garden Centre Assistants.\n",
            "Garden Centre Assistant",
        ),
    ],
)
def test_a_post_hiring_several_names_the_role_as_one(text, title):
    assert analyze_posting(text).title.casefold() == title.casefold()


def test_a_name_after_a_preposition_is_no_role_hired_several_of():
    text = "I'm recruiting for a Site Engineer role I'm hiring for at Norberg Civil Partners.\n"
    assert "Partner" not in analyze_posting(text).title


def test_a_you_must_heading_leads_the_requirements():
    text = "Van Driver\n\nYou MUST:\n✅ Hold a full driving licence\n✅ Be 21 or over\n"
    must = [item.text for item in analyze_posting(text).must_haves]
    assert must == ["Hold a full driving licence", "Be 21 or over"]


@pytest.mark.parametrize(
    ("line", "amount"),
    [("Rate: $45 per article, paid on delivery", 45), ("₹900 per reel, 4 reels a month", 900)],
)
def test_pay_by_the_piece_is_a_price_for_the_work(line, amount):
    reading = analyze_posting(f"Content Writer\n\n{line}\n\nWe need fresh blog posts.\n")
    assert (reading.pay.min, reading.pay.period) == (amount, PayPeriod.PROJECT)
    assert reading.engagement is Engagement.FREELANCE_FIXED


def test_a_forwarded_messages_marker_is_no_employer():
    text = (
        "Forwarded message\nFrom: Priya\n"
        "hey, my aunt needs a babysitter for two evenings a week, £12 an hour, call her on "
        "07700 900123\n"
    )
    assert analyze_posting(text).company != "Forwarded message"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Bookkeeper (Contract, 3 months)", "Bookkeeper"),
        ("Customer Care Agent (Work From Home)", "Customer Care Agent"),
        ("Site Supervisor (Temporary)", "Site Supervisor"),
    ],
)
def test_the_terms_in_brackets_after_a_title_are_not_part_of_it(line, title):
    assert analyze_posting(f"{line}\n\nYou will keep our books in order.\n").title == title


def test_the_employer_a_post_hires_for_is_named_after_the_role():
    text = (
        "Hi all! 👋\nWe are hiring Line Cooks for Harbour Light Bistro, starting in June.\n\n"
        "📍 Galway\nRequirements:\n• Two years on a busy line\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Line Cook", "Harbour Light Bistro")


def test_an_agency_blast_of_numbered_roles_is_titled_by_the_first():
    text = (
        "Hi all, four openings this week with our clients in Leeds:\n\n"
        "1) Warehouse Picker\nDays, £12.10/hr, forklift licence a plus\n\n"
        "2) Van Driver\nNights, £13.00/hr\n"
    )
    assert analyze_posting(text).title == "Warehouse Picker"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Hiring! Looking for a patient, cheerful tutor for my son's GCSE maths.", "Tutor"),
        ("We're looking for a friendly, organised data analyst to join us.", "Data Analyst"),
    ],
)
def test_the_role_after_a_list_of_what_the_person_should_be(sentence, title):
    assert analyze_posting(f"{sentence}\n\nTwice a week, £25 an hour.\n").title == title


def test_a_chat_windows_header_is_no_title():
    text = (
        "Microsoft Teams – chat with Priya Nair (External)\n\n"
        "Priya Nair: Hi Sam, I'm Priya, Recruiting Partner at Halden Logistics. Thanks for "
        "applying for Dispatch Coordinator. The panel is busy today, so the first round is here "
        "in chat.\nPriya Nair: Q1: How do you plan a day of deliveries?\n"
        "Priya Nair: Q2: Which routing tools have you used?\n\nSam: [answers]\n\n"
        "Priya Nair: Thanks Sam, we'd like to extend an offer: $24/hr, remote, starting Monday.\n"
    )
    assert "chat with" not in analyze_posting(text).title


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # the owner's "we run X, a …", and a shop "called X" before the writer's own clause
        (
            "Logo refresh\n\nWe run Larkspur Pet Supplies, a family shop with two branches, and "
            "need a new logo.",
            "Larkspur Pet Supplies",
        ),
        (
            "Menu design\n\nI have a café called Bean There and I'm after a new menu.",
            "Bean There",
        ),
        # a title's dash followed by a part of the employer, the employer named in prose
        (
            "Staff Nurse – Cardiology Unit\n\nHollins Care Group is hiring nurses for its new "
            "heart centre.",
            "Hollins Care Group",
        ),
    ],
)
def test_an_owners_business_and_a_part_of_the_employer_after_a_dash(text, company):
    assert analyze_posting(text).company == company


def test_selection_criteria_list_the_requirements():
    text = (
        "Youth Worker\n\nYour role\n• Run weekly drop-in sessions\n\n"
        "Key Selection Criteria\n• A Certificate IV in Youth Work\n"
        "• A current first aid certificate\n\nDesirable\n• Experience in outreach programs\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "A Certificate IV in Youth Work",
        "A current first aid certificate",
    ]
    assert [item.text for item in result.nice_to_haves] == ["Experience in outreach programs"]


def test_a_trackers_header_between_its_menu_and_its_button_keeps_its_title():
    text = (
        "Careers Home\nView all jobs\nWarehouse Shift Supervisor\nOperations\nReno, Nevada\n"
        "Apply for This Job\nEmployment Type\nFull-Time\n\n"
        "Sierra Parcel Co. moves 40,000 parcels a night across northern Nevada.\n\n"
        "What we need\n- 2+ years supervising a warehouse shift\n- Forklift certification\n"
    )
    assert analyze_posting(text).title == "Warehouse Shift Supervisor"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a separator inside a title's brackets is part of the aside
        (
            "Claims Assistant (Days | Leeds)\nHarbour Mutual\n\nYou will log claims.",
            "Claims Assistant (Days | Leeds)",
        ),
        # a board's tag, then what the poster is looking for
        (
            "**[PAID] Looking for: Godot Developer (GDScript)**\nWe need a combat system.",
            "Godot Developer (GDScript)",
        ),
        # a site's menu whose items name roles is no title
        (
            "Home   Find a Nanny   Become a Nanny   Nanny Login\n\nLive-out Nanny\n\n"
            "Two children, Monday to Thursday.",
            "Live-out Nanny",
        ),
    ],
)
def test_titles_with_a_bracketed_separator_a_board_tag_or_a_menu_above(text, title):
    assert analyze_posting(text).title == title


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a logo's label over the page; a placeholder label names no one
        (
            "Tidewell Robotics logo\nTidewell Robotics\nShare\nField Service Technician\n"
            "Tidewell builds milking robots.",
            "Tidewell Robotics",
        ),
        # the business named after what it is
        (
            "Our practice, Greenway Physio in Bristol, needs a part-time receptionist.",
            "Greenway Physio",
        ),
        # a recruiter's signature: name, role, company, phone
        (
            "Hi Ana,\n\nWould you be open to a Data Analyst role? Let me know.\n\nBest,\n"
            "Tomás Ruiz\nSenior Talent Partner\nCeleste Payments\n+34 91 555 0142",
            "Celeste Payments",
        ),
        # LinkedIn's own line names the employer of the role
        (
            "Sign in\nJoin now\nPayroll Analyst\nJoin to apply for the Payroll Analyst role at "
            "Quayside Foods\nShow more",
            "Quayside Foods",
        ),
    ],
)
def test_the_employer_from_a_logo_its_kind_a_signature_or_linkedins_join_line(text, company):
    assert analyze_posting(text).company == company


def test_a_placeholder_logo_and_a_project_after_a_dash_name_no_company():
    logo = analyze_posting("Company Logo\nLine Cook\nWe need a cook for weekends.")
    assert logo.company != "Company"
    project = analyze_posting(
        "Site Surveyor – Boundary Survey for 3-Acre Lot\n\nWe need a licensed surveyor."
    )
    assert project.company != "Boundary Survey for 3-Acre Lot"


def test_you_need_followed_by_a_list_in_prose_gives_each_item():
    text = (
        "Bookkeeping help for a florist\n\nWe have two shops and a messy ledger. You need a "
        "Xero certification, patience with receipts, and a Mac or PC with a webcam. "
        "Payroll experience is a plus. If you need more detail, just ask."
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert len(musts) == 3 and "Xero certification" in musts[0]
    assert not any("Payroll" in item or "detail" in item for item in musts)


def test_a_reddit_threads_comments_are_no_part_of_the_post():
    text = (
        "r/forhire • 3 hr. ago\nu/lumen_hr\n[Hiring] Copy editor – $30/hr\n\n"
        "We publish a weekly newsletter on urban gardening and need a second pair of eyes on "
        "every issue before it goes out.\n\nYou must know Chicago style.\n\nUpvote\n5\n"
        "Go to comments\nShare\nSort by:\nBest\nAutoModerator\n• 2h\n"
        "Reminder: [Hiring] posts must include a pay rate. This post appears to comply.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["You must know Chicago style."]


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Salary: PHP 28,000 monthly + HMO", (28000, 28000, "PHP", PayPeriod.MONTH)),
        ("Experience with PHP 8 and Laravel. Budget: $900", (900, 900, "USD", None)),
    ],
)
def test_pesos_written_php_before_thousands_and_the_language_php(text, pay):
    found = analyze_posting(text).pay
    assert found is not None
    assert (found.min, found.max, found.currency) == pay[:3]
    if pay[3] is not None:
        assert found.period == pay[3]


def test_you_need_in_a_question_a_product_name_or_a_dont_apply_list_asks_for_nothing():
    text = (
        "Support Agent\n\nWe make “You Need Plants,” a plant-care app. Do you need a visa to "
        "work in Spain?\n\nPlease don't apply if\n- You need a manager to check your work\n"
    )
    assert analyze_posting(text).must_haves == ()


def test_a_sentence_whose_skills_a_scraper_dropped_stays_one_item_and_should_also_know():
    text = (
        "Shop rebuild\n\nThe store runs on Shopify. We need strong skills in  and  and a "
        "portfolio of stores you built. You should also know Figma for the mock-ups.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts[0].startswith("We need strong skills in") and "portfolio" in musts[0]
    assert not any(item.startswith("and ") for item in musts)
    assert any("Figma" in item for item in musts)


def test_an_upwork_best_matches_card_with_its_buttons_between_title_and_details():
    text = (
        "Posted 2 hours ago\nTranslate a bakery menu into Spanish\nJob feedback\nSave job\n"
        "Fixed-price - Entry level - Est. budget: $80 - \nWe need our two-page menu translated "
        "for the new shop, with the allergy notes checked by a native speaker.\nless\n"
        "Translation\nSpanish\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title) == (
        "upwork_listing",
        "Translate a bakery menu into Spanish",
    )


def test_an_invitation_to_submit_a_proposal_gives_the_job_under_the_clients_name():
    text = (
        "From: Upwork <donotreply@upwork.com>\nSubject: You've been invited to submit a "
        "proposal\n\nHi Theo,\n\nYou've been invited to submit a proposal\n\nGreta Lind "
        "has invited you to submit a proposal for the following job:\n\nFloor plans for a "
        "small guesthouse renovation\n\nWe are turning a barn into two guest rooms. You must "
        "know Swedish building rules.\n\nFixed-price\nBudget: $600\n\nView invitation\n"
        "Please respond to this invitation within 7 days.\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title, result.company) == (
        "upwork_invitation",
        "Floor plans for a small guesthouse renovation",
        "Greta Lind",
    )


def test_an_upwork_invitation_mail_gives_its_job_and_not_the_readers_address():
    text = (
        "From: Upwork <donotreply@upwork.com>\nSubject: Invitation to interview: Label design "
        "for a hot sauce\nTo: sam.designs@gmail.com\n\nYou've been invited to interview\n\n"
        'Message from client:\n"Loved your packaging work."\n\nJob details\nFixed-price\n'
        "Budget: $400\n\nDescription\nWe sell three hot sauces at farmers markets. Must know "
        "print-ready dielines for bottle labels. A playful style is welcome.\n\nSkills\n"
        "Label Design\nIllustrator\n\nView invitation\nInvitation expires in 7 days.\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title) == ("upwork_invitation", "Label design for a hot sauce")
    assert [item.text for item in result.must_haves] == [
        "Must know print-ready dielines for bottle labels."
    ]
    assert result.pay == Pay(400, 400, "USD", PayPeriod.PROJECT)
    assert "F4" not in {hit.flag for hit in result.red_flags}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a skill stated with no verb, and "You'll probably have" over the list
        ("Podcast edits\n\nComfortable with Audition and Descript. Send two samples.", "Audition"),
        (
            "Data Analyst\n\nWhat you'll do\n- Build dashboards\n\nYou'll probably have\n"
            "- Three years of SQL\n",
            "Three years of SQL",
        ),
        # what the reader has done, and whom the client needs, said in prose
        ("Blog posts\n\nYou've edited technical blogs before and know Markdown.", "Markdown"),
        ("Logo\n\nI need someone who can draw by hand and vectorise it.", "draw by hand"),
    ],
)
def test_requirements_said_without_a_list_in_yet_other_words(text, wanted):
    assert any(wanted in item.text for item in analyze_posting(text).must_haves)


def test_a_price_for_the_whole_thing_is_a_projects_price():
    pay = analyze_posting("Roughly $900-1,200 for the whole thing, paid by milestone.").pay
    assert pay == Pay(900, 1200, "USD", PayPeriod.PROJECT)


def test_upworks_skill_tags_stand_in_only_when_the_client_asks_for_nothing_in_words():
    asking = (
        "Bookkeeper for a bike shop\nPosted 3 hours ago\nWorldwide\nSummary\n"
        "We need you available 8am-noon Central. Must have Xero certification.\n"
        "Hourly: $20.00 - $28.00\nSkills and Expertise\nAccounting Tools\nXero\nBookkeeping\n"
        "Payroll\nActivity on this job\nProposals: 5 to 10\nAbout the client\n"
        "Payment method verified\n"
    )
    musts = [item.text for item in analyze_posting(asking).must_haves]
    assert musts == ["We need you available 8am-noon Central.", "Must have Xero certification."]
    silent = asking.replace(
        "We need you available 8am-noon Central. Must have Xero certification.",
        "Our books are a year behind and the owner wants them tidy by spring.",
    )
    assert "Xero" in [item.text for item in analyze_posting(silent).must_haves]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Platform Engineer\n\nRequirements: 4+ years of SRE; GCP (GKE, IAM); Pulumi; "
            "on-call.\n",
            ["4+ years of SRE", "GCP (GKE, IAM)", "Pulumi", "on-call."],
        ),
        (
            "Data wrangler\n\nMust: R and tidyverse, dbt or SQLMesh, Airflow, patience with "
            "messy CSVs. Nice: Shiny.\n",
            ["R and tidyverse", "dbt or SQLMesh", "Airflow", "patience with messy CSVs."],
        ),
        # clauses of a sentence are no list
        (
            "Picker\n\nRequirements: you will need to work early shifts from Monday to Friday, "
            "have good attention to detail at all times, and lift heavy boxes all day long.\n",
            None,
        ),
    ],
)
def test_a_list_run_on_after_its_label_gives_an_item_a_part(text, items):
    musts = [item.text for item in analyze_posting(text).must_haves]
    if items is None:
        assert len(musts) <= 3 and not any(item.startswith("have good") for item in musts[:1])
    else:
        assert musts == items


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a social post: its author's headline is who posts, the role is in its sentences
        (
            "Priya Nair\n • 3rd+\nHead of Ops at Larchfield Farms | Feeding the region\n"
            "5d • \nFollow\nOur packhouse is looking for a Night Shift Supervisor to lead a "
            "crew of twenty.\n✅ 3+ years leading a team\n",
            "Night Shift Supervisor",
        ),
        # a reply whose subject asks a question; the body names the role
        (
            "Subject: Re: Barista work?\n\nHi Tom,\n\nThanks for your CV. We need a weekend "
            "barista to open the café at 7.\n\nCheers,\nAnna",
            "Weekend Barista",
        ),
        # an agency recruiting for a role with a number in its name
        (
            "Dear Sam,\n\nI'm recruiting on behalf of Hillcrest Academy for a full-time Year 6 "
            "Class Teacher from September.\n",
            "Year 6 Class Teacher",
        ),
        # a search firm's mail: the client "asked me to help them find" the role
        (
            "From: Tom Reyes <tom@reyessearch.example>\nSubject: A role near Leeds\n\nHi Sam,"
            "\n\nA packaging maker near Leeds has asked me to help them find a Quality "
            "Assurance Manager, and your audits caught my eye.\n\nWhat they need:\n- ISO 9001"
            " auditing\n",
            "Quality Assurance Manager",
        ),
        # a message naming the role it says the reader was picked for
        (
            "Good day,\n\nYour CV has been selected for the position of Night Warehouse "
            "Supervisor at our depot. Reply to book a call.\n",
            "Night Warehouse Supervisor",
        ),
    ],
)
def test_a_posts_role_read_from_its_sentences_not_its_authors_headline_or_subject(text, title):
    assert analyze_posting(text).title.casefold() == title.casefold()


def test_linkedins_signed_in_job_view_keeps_its_buttons_and_panels_out_of_the_requirements():
    text = (
        "Skip to main content\nLinkedIn\nHome  My Network  Jobs  Messaging  Notifications\n\n"
        "Harbourline Technologies\nClaims Analyst\nLeeds, England · 1 week ago · 40 applicants\n"
        "Promoted by hirer · Actively reviewing applicants\n\nSkills: Excel, SQL, +5 more\n"
        "Easy Apply\nSave\nShow match details\nMeet the hiring team\nDana Cole · 2nd\n"
        "Job poster\nMessage\nAbout the job\nWe settle motor claims for insurers.\n\n"
        "What we ask\n- Two years in claims handling\n- Advanced Excel\n\n… show more\n"
        "Set alert for similar jobs\nPeople also viewed\nClaims Handler · Aviva · York\n"
    )
    result = analyze_posting(text)
    assert result.layout == "linkedin"
    assert [item.text for item in result.must_haves] == [
        "Two years in claims handling",
        "Advanced Excel",
    ]


def test_a_group_post_with_a_hiring_cry_in_emoji_and_a_list_led_by_must_have():
    text = (
        "Leeds Hospitality Jobs\nSam Price · 3h\n\n⭐ NOW HIRING ⭐ KITCHEN PORTERS ⭐\n\n"
        "The Copper Pan in Headingley is looking for two porters for the summer.\n\n"
        "✔️ Must have 6 months in a busy kitchen\n✔️ Food hygiene level 2\n"
        "✔️ Weekend availability\n✔️ Own transport is a plus\n\nPay £11.90/hr.\n"
    )
    result = analyze_posting(text)
    assert result.title.casefold() == "kitchen porter"
    assert result.company == "The Copper Pan"
    assert [item.text for item in result.must_haves] == [
        "Must have 6 months in a busy kitchen",
        "Food hygiene level 2",
        "Weekend availability",
    ]
    assert [item.text for item in result.nice_to_haves] == ["Own transport is a plus"]


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        # a chat's role in emphasis, the team named after "my team at"
        (
            "#jobs\nLena  9:12 AM\nHi all! Hiring for my team at Quillbox (edtech, ~30 people): "
            "we're looking for a *Staff Data Engineer* to own our pipelines.\n",
            "Staff Data Engineer",
            "Quillbox",
        ),
        # a broadcast naming the school, what it is, then that it is looking
        (
            "*VACANCY*\n\n*Riverbend Academy*, a day and boarding school in Thika, is looking "
            "for a qualified:\n\n*CHEMISTRY TEACHER*\n",
            None,
            "Riverbend Academy",
        ),
    ],
)
def test_a_chat_or_broadcast_names_role_and_employer_in_its_own_way(text, title, company):
    result = analyze_posting(text)
    if title is not None:
        assert result.title == title
    assert result.company == company


def test_east_african_shillings_written_ksh():
    pay = analyze_posting("Salary: Ksh 48,000 – 60,000 gross per month plus lunch.").pay
    assert pay == Pay(48000, 60000, "KES", PayPeriod.MONTH)


def test_an_unmarked_list_in_small_letters_under_its_lead_in_gives_an_item_a_line():
    text = (
        "Bookkeeper\n\nYou could be a match if you:\nhave kept books for small shops\n"
        "are at ease with Xero and its bank feeds\ncan work two mornings a week\n\n"
        "Extra credit if you know payroll.\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "have kept books for small shops",
        "are at ease with Xero and its bank feeds",
        "can work two mornings a week",
    ]
    assert [item.text for item in result.nice_to_haves] == ["Extra credit if you know payroll."]


def test_need_someone_who_heads_requirements_and_need_someone_to_heads_the_work():
    asks = analyze_posting(
        "Fix my shop\n\nneed someone who:\nknows Shopify inside out\ncan start today\n"
    )
    assert len(asks.must_haves) == 2
    work = analyze_posting(
        "Fix my shop\n\nNeed someone to:\n- migrate 200 products\n- fix the checkout\n\n"
        "Requirements\n- Shopify experience\n"
    )
    assert [item.text for item in work.must_haves] == ["Shopify experience"]


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        # the hours or the branch after a title's dash are no employer
        ("Picker Packer – Nights (Frozen)\nOakridge Foods\n\nWe pack frozen meals.", "Nights"),
        (
            "Nursery Nurse – Clifton Centre\n\nBright Acorns runs four nurseries in Bristol.",
            "Clifton Centre",
        ),
        ("Agent – Work From Home (UK)\n\nAnswer calls for an insurer.", "Work From Home"),
    ],
)
def test_hours_a_branch_or_a_work_mode_after_a_dash_name_no_employer(text, not_company):
    assert analyze_posting(text).company != not_company


def test_a_title_ending_on_an_abbreviation_and_pay_by_the_month_in_spanish():
    result = analyze_posting(
        "Grupo Nalda\nContador Sr. – Cuentas por Pagar\nMonterrey, Nuevo León\n\n"
        "Sueldo: $28,000 - $32,000 MXN mensuales brutos\n"
    )
    assert result.title.startswith("Contador Sr.")
    assert result.pay == Pay(28000, 32000, "MXN", PayPeriod.MONTH)


def test_an_upwork_proposal_page_gives_the_job_and_not_the_freelancers_fee():
    text = (
        "Proposal details\nJob details\nTranslate a museum audio guide into German\nTranslation\n"
        "Posted May 2, 2026\nWe need 40 short audio-guide scripts translated.\n\nRequirements:\n"
        "- Native German\n- Experience with museum texts\n\nExpert\nExperience level\n$600.00\n"
        "Fixed-price\nView job posting\nYour proposed terms\nClient's budget: $600.00 USD\n"
        "Total price of project\n$600.00\n10% Freelancer Service Fee\n-$60.00\nYou'll receive\n"
        "The estimated amount you'll receive after service fees\n$540.00\nCover letter\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title) == (
        "upwork_proposal",
        "Translate a museum audio guide into German",
    )
    assert [item.text for item in result.must_haves] == [
        "Native German",
        "Experience with museum texts",
    ]
    assert not result.red_flags


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # "You'll bring" and "Looking for:" over the requirements
        (
            "SRE\n\nThe role\n- Run the pager\n\nYou'll bring\n- Three years on call\n- Go\n",
            ["Three years on call", "Go"],
        ),
        (
            "Vision engineer\n\nPhase 1:\n- Train a model\n\nLooking for:\n- OpenCV\n"
            "- Edge deployment\n",
            ["OpenCV", "Edge deployment"],
        ),
        # a founder's "What I'd want from you:" run on, its last part with an aside after a dash
        (
            "Hi Jo,\n\nWhat I'd want from you: solid Django, some React, and having shipped a "
            "product alone before — you'd own the stack.\n",
            [
                "solid Django",
                "some React",
                "and having shipped a product alone before — you'd own the stack.",
            ],
        ),
    ],
)
def test_requirement_headings_founders_use(text, items):
    assert [item.text for item in analyze_posting(text).must_haves] == items


def test_a_deposit_the_clients_site_takes_from_customers_is_the_work_not_a_fee():
    text = (
        "Booking site fixes\n\nWe need:\n1) Take a £25 deposit via Stripe Checkout when "
        "booking colour treatments\n2) Fix double bookings\n"
    )
    assert risk_level(analyze_posting(text).red_flags) <= Risk.LOW


def test_a_listings_closing_skill_tags_are_no_signature():
    text = (
        "Bookkeeping for a dental clinic\nPosted 2 hours ago\nWorldwide\n\n"
        "Harbour Dental Group needs a bookkeeper for its three clinics.\n\nHourly\n"
        "Skills and Expertise\nBookkeeping\nQuickBooks Online\nTeam Lead\nSlack\n"
        "Activity on this job\nProposals: 5 to 10\n"
    )
    assert analyze_posting(text).company == "Harbour Dental Group"


def test_the_successful_candidate_will_hold_asks_for_it():
    text = (
        "Chemistry Teacher\n\nWe teach the IB in Doha. The successful candidate will hold a "
        "degree in Chemistry and a PGCE, and will have two years of IB teaching.\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts and "degree in Chemistry" in musts[0]


def test_a_bilingual_heading_and_items_tagged_must_or_nice():
    text = (
        "Elektricien\n\nJouw profiel / Your profile\nVCA Basis\nFluent Dutch\n\n"
        "Ons aanbod / What we offer\nCompany van\nMeal vouchers\n\nRequirements\n"
        "Three years of PLC work (must)\nEPLAN drawings (nice)\n"
    )
    result = analyze_posting(text)
    musts = [item.text for item in result.must_haves]
    assert "Company van" not in musts and "Meal vouchers" not in musts
    assert "Three years of PLC work (must)" in musts
    assert [item.text for item in result.nice_to_haves] == ["EPLAN drawings (nice)"]


def test_a_slash_between_two_skills_is_no_bilingual_heading():
    text = "Animator\n\nMust\n- Control Rig\n\nNice\n- Motion Matching / Pose Search experience\n"
    result = analyze_posting(text)
    assert [item.text for item in result.nice_to_haves] == [
        "Motion Matching / Pose Search experience"
    ]


def test_a_boards_bracketed_headings_and_a_what_we_need_list_of_tasks():
    bracketed = analyze_posting(
        "Kitchen Staff\n\n[Requirements]\nFood hygiene certificate\nWeekend shifts\n\n"
        "[Welcome]\nSpanish\nBarista work in a café\n\n[Benefits]\nStaff meal\n"
    )
    assert [item.text for item in bracketed.must_haves] == [
        "Food hygiene certificate",
        "Weekend shifts",
    ]
    assert [item.text for item in bracketed.nice_to_haves] == ["Spanish", "Barista work in a café"]
    tasks = analyze_posting(
        "Bookkeeping\n\nWhat we need from you\n- Catch up six months of reconciliations\n"
        "- Categorize card spending\n- Prepare a monthly P&L\n\nRequirements\n- Xero experience\n"
    )
    assert [item.text for item in tasks.must_haves] == ["Xero experience"]


def test_paragraphs_about_the_person_beside_a_list_of_requirements_are_not_requirements():
    """A "who you are" section written as paragraphs, where another section lists what is
    required: its sentences describe the person, and only an outright requirement counts."""
    text = (
        "Backend Engineer\n\n"
        "About you:\n\n"
        "You're a calm, curious engineer who likes owning a service from design to pager.\n\n"
        "You care more about boring, reliable systems than about the newest framework.\n\n"
        "You must be able to work from our Lisbon office two days a week.\n\n"
        "Requirements:\n"
        "- Four years building services in Go\n"
        "- PostgreSQL in production\n"
        "- Comfort with Kubernetes\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "You must be able to work from our Lisbon office two days a week.",
        "Four years building services in Go",
        "PostgreSQL in production",
        "Comfort with Kubernetes",
    ]


def test_requirements_on_lines_without_bullets_beside_a_listed_section_stay_requirements():
    """Lines one under another, no bullets, are a list too, however another section looks."""
    text = (
        "Data Engineer\n\n"
        "Requirements\n"
        "Three years with Airflow.\n"
        "Strong SQL.\n"
        "Experience with dbt.\n\n"
        "Required skills\n"
        "- Python\n"
        "- Snowflake\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Three years with Airflow.",
        "Strong SQL.",
        "Experience with dbt.",
        "Python",
        "Snowflake",
    ]


def test_working_hours_asked_again_in_a_short_requirement_are_one_requirement():
    text = (
        "Support Agent\n\n"
        "About you\n"
        "- You can work from 7am to 3pm Pacific, Monday to Friday, covering our morning queue\n"
        "- You write clearly and kindly\n\n"
        "Requirements\n"
        "- A quiet place to work\n"
        "- Shift: 7 am - 3 pm PT\n"
        "- Fluent Spanish, and happy to take calls from 7am to 3pm Pacific\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "You can work from 7am to 3pm Pacific, Monday to Friday, covering our morning queue",
        "You write clearly and kindly",
        "A quiet place to work",
        "Fluent Spanish, and happy to take calls from 7am to 3pm Pacific",
    ]


def test_working_hours_named_in_the_description_and_asked_once_stay_a_requirement():
    text = (
        "Support Agent\n\n"
        "Our team covers 9am to 5pm Central European Time.\n\n"
        "Requirements\n"
        "- Hours: 9am - 5pm CET\n"
        "- Two years in customer support\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Hours: 9am - 5pm CET",
        "Two years in customer support",
    ]


def test_requirements_written_as_paragraphs_beside_a_list_stay_requirements():
    """Only a paragraph that describes the person is no requirement; one that asks for a
    degree, a licence or a language is one, however it is laid out."""
    text = (
        "Field Technician\n\n"
        "Requirements:\n"
        "- Two years servicing HVAC systems\n"
        "- Comfortable working at heights\n\n"
        "About you\n\n"
        "You hold a valid driver's licence.\n\n"
        "You speak fluent Portuguese.\n\n"
        "You are punctual and tidy.\n\n"
        "Qualifications\n\n"
        "A trade certificate in refrigeration.\n\n"
        "First-aid training within the last two years.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Two years servicing HVAC systems",
        "Comfortable working at heights",
        "You hold a valid driver's licence.",
        "You speak fluent Portuguese.",
        "A trade certificate in refrigeration.",
        "First-aid training within the last two years.",
    ]


def test_hours_on_other_days_asked_after_weekday_hours_are_a_requirement_of_their_own():
    text = (
        "Store Associate\n\n"
        "Requirements\n"
        "- Available Monday to Friday, 9am-5pm EST, to open the store\n"
        "- Saturdays 9am-5pm EST\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Available Monday to Friday, 9am-5pm EST, to open the store",
        "Saturdays 9am-5pm EST",
    ]


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Experience prompting large language models", "skill"),
        ("A second programming language, ideally Kotlin", "skill"),
        ("Natural language processing in production", "skill"),
        ("Strong language skills in Danish", "language"),
    ],
)
def test_a_language_model_or_a_programming_language_is_no_spoken_language(item, kind):
    (requirement,) = analyze_posting(f"Role\n\nRequirements:\n- {item}\n").must_haves
    assert requirement.kind.value == kind


def test_a_list_copied_from_a_pdf_with_letter_o_bullets_is_a_list():
    text = (
        "Bookkeeper (part-time)\n\n"
        "What you need\n"
        "o Three years keeping the books of small firms\n"
        "o Xero and Dext, used every day\n"
        "o A calm way with late invoices\n"
        "Nice to have\n"
        "o Payroll for fewer than twenty staff\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "Three years keeping the books of small firms",
        "Xero and Dext, used every day",
        "A calm way with late invoices",
    ]
    assert [item.text for item in reading.nice_to_haves] == ["Payroll for fewer than twenty staff"]


@pytest.mark.parametrize("buttons", ["Apply now   Save job", "Apply  Share  Report"])
def test_a_row_of_a_pages_buttons_does_not_make_the_posting_how_to_apply(buttons):
    text = (
        "Joiner\nHartley Build Ltd\nLeeds\nPay: £17 - £20 per hour\n"
        f"{buttons}\n"
        "We build timber-frame homes across Yorkshire. You must hold a CSCS card and have "
        "five years of site joinery behind you.\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "You must hold a CSCS card",
        "have five years of site joinery behind you.",
    ]


@pytest.mark.parametrize("lead_in", ["The freelancer must:", "Candidates must:", "You should:"])
def test_a_lead_in_saying_who_must_heads_the_requirements(lead_in):
    text = (
        "Floor plan redraw\n\nWe have 12 scanned plans to redraw.\n\n"
        f"{lead_in}\n- work from PDF scans\n- deliver DWG and PDF\n\n"
        "Send your rate and two samples.\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "work from PDF scans",
        "deliver DWG and PDF",
    ]


def test_list_items_glued_together_by_a_copy_are_read_apart():
    text = (
        "Payroll Officer\n\nRequirements\n"
        "Diploma in accounting or payroll from a recognised college3+ years of payroll "
        "experience for 200 staff or moreKnowledge of Xero Payroll and award interpretation"
        "Experience with single touch payroll reporting\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Diploma in accounting or payroll from a recognised college",
        "3+ years of payroll experience for 200 staff or more",
        "Knowledge of Xero Payroll and award interpretation",
        "Experience with single touch payroll reporting",
    ]


def test_an_upwork_job_page_with_its_details_between_title_and_posted_is_titled_by_its_first_line():
    text = (
        "Subtitle a cooking channel's back catalogue into Italian\nHourly\nIntermediate\n"
        "Est. time: 1 to 3 months, Less than 30 hrs/week\nPosted 3 hours ago\nWorldwide\n\n"
        "We run a small cooking channel with 140 videos and want Italian subtitles for all of "
        "them, timed to the speech, delivered as SRT files.\n\nActivity on this job\n"
        "Proposals: 10 to 15\n\nAbout the client\nPayment method verified\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title) == (
        "upwork_job_page",
        "Subtitle a cooking channel's back catalogue into Italian",
    )


@pytest.mark.parametrize(
    ("under_the_trail", "title"),
    [
        ("Support Engineer (Nights)\n", "Support Engineer (Nights)"),
        ("Join the Ravensmoor crew!\n", "Support Engineer"),  # the trail alone names it
    ],
)
def test_a_breadcrumb_trail_of_single_spaced_slashes_is_the_sites_own_line(under_the_trail, title):
    text = (
        "Ravensmoor Group\nAbout   Locations   Careers\n\nHome / Careers / Leeds / Support "
        f"Engineer\n\n{under_the_trail}Full-time · On site\n\nWe keep a busy site running "
        "day and night.\n\nRequirements\n- Zendesk\n- Right to work in the UK\n"
    )
    assert analyze_posting(text).title == title


def test_a_title_with_a_slash_of_its_own_is_kept_whole():
    text = "Frontend / Backend Engineer\n\nRequirements\n- TypeScript\n- Go\n"
    assert analyze_posting(text).title == "Frontend / Backend Engineer"


def test_an_invitation_to_interview_on_the_messages_page_gives_client_title_and_budget():
    text = (
        "Messages\nInvitation to interview\n\nHarbour Lane Dental\n"
        "Bookkeeping catch-up in Xero for a two-chair practice\nInvited Mar 3\n\n"
        "Hi Sam,\n\nYour profile came up when I searched for dental bookkeepers. Our books "
        "have slipped since the spring and I would like them caught up before the tax year "
        "ends.\n\nJob details\nFixed-price\nNZ$900\nEst. budget\nIntermediate\n"
        "Experience level\n\nWhat I need:\nXero Advisor certification\n"
        "Payroll for four staff\n\nView job posting\n\nAccept interview\nDecline\n\n"
        "This invitation will expire in 5 days.\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == (
        "Bookkeeping catch-up in Xero for a two-chair practice",
        "Harbour Lane Dental",
    )
    assert result.pay == Pay(900, 900, "NZD", PayPeriod.PROJECT)
    assert [item.text for item in result.must_haves][-2:] == [
        "Xero Advisor certification",
        "Payroll for four staff",
    ]


def test_a_pages_opportunity_label_over_the_title_is_no_company():
    text = (
        "Opportunity\nPodcast Editor\nMossgate Audio\nPosted 1d ago · 12 applicants\n\n"
        "$600 – $900\nFixed\n\nWe publish two shows a week and need a steady editor.\n\n"
        "Who we're looking for\n- Two years editing spoken audio\n- Descript or Audition\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == ("Podcast Editor", "Mossgate Audio")


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("PACU RN – Per Diem – Fresno, CA", "PACU RN"),
        ("Night LPN – Long-Term Care – Dayton, OH", "Night LPN"),
    ],
)
def test_a_nurses_licence_initials_name_the_role(header, title):
    text = (
        f"Marlow Health Staffing\nFind Jobs   Housing   Login\n\n{header}\n"
        "Shift: Nights · 13 weeks\n\nRequirements\n• Active state license\n• BLS\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == (title, "Marlow Health Staffing")


def test_a_school_districts_page_gives_its_long_name_and_a_title_without_its_school_year():
    text = (
        "Alder Bay Unified School District\nOnline Employment Application\n"
        "Job Postings    Log In    Help\n\nPrintable Version\n"
        "Middle School Science Teacher (2026-27)\nJobID: 811\n\nPosition Type:\n  Teacher\n\n"
        "Requirements\n- Single Subject Credential in Science\n- TB clearance\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == (
        "Middle School Science Teacher",
        "Alder Bay Unified School District",
    )


def test_a_careers_path_under_the_company_leaves_the_company_above_the_title():
    text = (
        "Brightwater\nCareers / Product Designer\nShare    Get Notion free\n\n"
        "🎨 Product Designer\n\nType    Full-time\n\nWe make tools for small farms.\n\n"
        "What we need from you\n- Figma\n- A portfolio of shipped work\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == ("Product Designer", "Brightwater")


def test_you_should_apply_if_heads_the_requirements_and_you_will_stand_out_with_the_pluses():
    text = (
        "Process Engineer\n\nWhat you'll do\n- Tune the extrusion lines\n\n"
        "You should apply if\n- You have a chemical engineering degree\n"
        "- You have run a polymer line for two years\n\n"
        "You'll stand out with\n- Six Sigma Green Belt\n- Minitab\n\n"
        "To work on site you will hold:\n- A forklift licence\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "You have a chemical engineering degree",
        "You have run a polymer line for two years",
        "A forklift licence",
    ]
    assert [item.text for item in result.nice_to_haves] == ["Six Sigma Green Belt", "Minitab"]


def test_the_person_we_are_looking_for_heads_requirements_and_what_we_are_offering_ends_them():
    first = (
        "Depot Supervisor\n\nAbout the role\nYou will run the evening shift at our depot.\n\n"
        "The person we're looking for\nWe welcome people from retail too. You'll need:\n"
        "• Two years supervising a shift\n• A Class 2 licence\n"
    )
    assert [item.text for item in analyze_posting(first).must_haves] == [
        "Two years supervising a shift",
        "A Class 2 licence",
    ]
    second = (
        "Depot Supervisor\n\nAbout you\nYou must hold a Class 2 licence and have run a "
        "shift before.\n\nWhat we're offering\n- £31,000 per annum\n- 25 days' holiday\n"
    )
    assert not any("£" in item.text for item in analyze_posting(second).must_haves)


def test_a_recruiters_tech_they_need_lists_the_requirements():
    text = (
        "InMail\n12-month contract | Data Engineer | £600/day\n\nHi Sam,\n\n"
        "My client, a shipping broker, is moving its reporting to the cloud.\n\n"
        "• 12 months, likely extension\n• Remote, one day a month in Rotterdam\n\n"
        "Tech they need: Python, Airflow and Snowflake.\n\nOpen to a call?\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Python", "Airflow", "Snowflake."]


@pytest.mark.parametrize(
    "sentence",
    [
        "To be considered, you'll hold a current CSCS card and a full UK driving licence.",
        "To qualify you must be a registered pharmacy technician.",
    ],
)
def test_to_be_considered_or_to_qualify_states_a_requirement_in_prose(sentence):
    text = (
        "Site Coordinator\n\nWe are a regional builder with six live sites.\n\n"
        f"You will keep the diaries of three site managers. {sentence} The role is "
        "Monday to Friday.\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [sentence]


def test_it_helps_if_you_have_lists_pluses_and_offer_alone_heads_the_benefits():
    text = (
        "Glazier\n\nYou'll need\n• Two years fitting commercial glazing\n• A CSCS card\n"
        "• Knowledge of CAD? Nice, that's a real head start.\n\n"
        "It helps if you have\n• IPAF\n• A van of your own\n\n"
        "Offer\n- £17.50 an hour\n- Overtime at time and a half\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "Two years fitting commercial glazing",
        "A CSCS card",
    ]
    assert [item.text for item in result.nice_to_haves] == [
        "Knowledge of CAD? Nice, that's a real head start.",
        "IPAF",
        "A van of your own",
    ]


def test_an_upwork_job_with_its_details_on_one_dotted_line_and_who_should_apply():
    text = (
        "Migrate a Shopify theme to Online Store 2.0\n"
        "Hourly: $35-$50 · Intermediate · Est. time: 1 to 3 months · Posted 3 hours ago\n"
        "Web Development\n\nOur theme is from 2019 and blocks every app we add.\n\n"
        "Who should apply\nLiquid and Shopify CLI, daily\nA store you moved to 2.0 before\n"
        "Knowing Recharge would save you a lot of time\n\n"
        "Skills: Shopify   Liquid\nProposals: 5 to 10\n"
    )
    result = analyze_posting(text)
    assert (result.layout, result.title) == (
        "upwork_listing",
        "Migrate a Shopify theme to Online Store 2.0",
    )
    assert [item.text for item in result.must_haves] == [
        "Liquid and Shopify CLI, daily",
        "A store you moved to 2.0 before",
    ]
    assert [item.text for item in result.nice_to_haves] == [
        "Knowing Recharge would save you a lot of time"
    ]


def test_do_you_have_what_it_takes_heads_requirements_and_what_makes_us_smile_the_pluses():
    text = (
        "Ledger Engineer\n\nWhat you'll do\n- Keep the books balanced\n\n"
        "Do you have what it takes?\nYou have run a payments ledger in production. "
        "You write Rust day to day.\n\n"
        "Things that would make us smile\n- Kafka\n- A talk you gave\n"
    )
    result = analyze_posting(text)
    musts = [item.text for item in result.must_haves]
    assert any("payments ledger" in item for item in musts)
    assert any("Rust" in item for item in musts)
    assert [item.text for item in result.nice_to_haves] == ["Kafka", "A talk you gave"]


def test_a_portuguese_lead_in_naming_what_is_indispensable_heads_the_requirements():
    text = (
        "Analista de Dados\n\nAtividades\nMontar painéis;\nAtender as áreas.\n\n"
        "Estes são os pontos que consideramos indispensáveis:\nSQL avançado;\nPower BI;\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "SQL avançado;",
        "Power BI;",
    ]


@pytest.mark.parametrize("separator", [" - ", " | ", " – "])
def test_a_subject_ending_on_the_company_gives_the_title_without_it(separator):
    text = (
        "Messaging\n\nMarta Lind · 2nd\nRecruiter at Grainfield Mills\n\n"
        f"Night Shift Baker{separator}Grainfield Mills\n\nHi Sam,\n\nWe are hiring a night "
        "shift baker for our Leeds bakery. You'll need two years in a plant bakery.\n"
    )
    result = analyze_posting(text)
    assert (result.title, result.company) == ("Night Shift Baker", "Grainfield Mills")


def test_a_home_office_budget_is_a_perk_not_the_salary():
    text = (
        "Data Analyst\n\nBenefits\nRemote, $1,500 home-office budget, and a base salary of "
        "$90K-$110K.\n"
    )
    assert analyze_posting(text).pay == Pay(90000, 110000, "USD", PayPeriod.YEAR)


def test_a_werkstudent_job_is_part_time_work_not_an_internship():
    text = (
        "Werkstudent (m/w/d) Lagerlogistik\nHamburg · 20 Std./Woche\n\n"
        "Das bringst du mit\n– Immatrikulation an einer Hochschule\n– Staplerschein\n"
    )
    assert analyze_posting(text).engagement == Engagement.PART_TIME


def test_a_small_businesss_name_in_capitals_above_its_menu_is_the_company():
    text = (
        "☰ MENU\nHARROW LANE PLUMBING\nBoilers • Bathrooms • Emergencies\n"
        "Home   Services   Careers   Contact\n\nCAREERS\n\nWe're hiring an apprentice "
        "plumber for our Bristol team.\n\nYou'll need a full UK driving licence.\n"
    )
    assert analyze_posting(text).company == "HARROW LANE PLUMBING"


def test_a_shouted_line_below_the_menu_is_no_company():
    text = (
        "Home   Services   Careers   Contact\nWE ARE HIRING\n\nApprentice Plumber\n\n"
        "You'll need a full UK driving licence.\n"
    )
    assert analyze_posting(text).company != "WE ARE HIRING"


def test_the_terms_opening_a_subject_line_are_no_company():
    text = (
        "InMail\n12-month contract | Senior QA Engineer | €600/day\n\nHi Jo,\n\n"
        "A client of mine in Utrecht needs a QA lead for their payments app.\n"
    )
    assert analyze_posting(text).company != "12-month contract"


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Tool          Level        Need",
            [
                "Figma         Expert       Must",
                "Webflow       Good         Must",
                "Lottie        Some         Nice to have",
            ],
        ),
        (
            "Skill .......... Years .... Required?",
            [
                "Figma .......... 3+ ....... yes",
                "Webflow ........ 2+ ....... YES",
                "Lottie ......... - ........ no (bonus)",
            ],
        ),
        (
            "Technology\tDepth\tPriority",
            ["Figma\tDaily use\tMandatory", "Webflow\tShipped sites\tMandatory", "Lottie\t-\tPlus"],
        ),
    ],
)
def test_a_table_whose_last_column_says_what_is_needed_splits_musts_from_pluses(header, rows):
    text = (
        "Web Designer (contract)\n\nWhat you'd do\n- Redesign our pricing pages\n\n"
        "What we need from you (score yourself in your proposal)\n"
        + "\n".join([header, *rows])
        + "\n- You can start within two weeks\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves)[:2] == ["Figma", "Webflow"]
    assert "You can start within two weeks" in _texts(reading.must_haves)
    assert _texts(reading.nice_to_haves) == ["Lottie"]


def test_a_line_that_runs_from_what_is_essential_to_what_is_desirable_is_split():
    text = (
        "Hi Dana,\n\nA six-month payroll contract with a housing charity in Leeds.\n\n"
        "Key skills. Essential: Sage 50 payroll; pensions auto-enrolment (NEST); year-end "
        "reporting to HMRC - Desirable: CIPP qualification; charity sector experience\n\n"
        "Best regards,\nMo\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Sage 50 payroll",
        "pensions auto-enrolment (NEST)",
        "year-end reporting to HMRC",
    ]
    assert _texts(reading.nice_to_haves) == ["CIPP qualification", "charity sector experience"]


def test_a_heading_that_ends_in_if_over_a_list_asks_for_it_unless_it_rules_people_out():
    text = (
        "Night Auditor\n\nYou'll fit right in here if\n- You have balanced a hotel ledger\n"
        "- You are fine working 11pm to 7am\n\nNot you if\n- You need a quiet office\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "You have balanced a hotel ledger",
        "You are fine working 11pm to 7am",
    ]


def test_a_labelled_run_whose_parts_a_slash_sets_apart_is_one_item_a_part():
    text = (
        "Menu illustrator, one-off\n\nWhat I'm after: ink drawings, or digital that looks "
        "like ink / samples of food or packaging work / vector files I can resize, with "
        "layers kept\n\nPay is $600 for eight drawings. Also looking for a copywriter later.\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "ink drawings, or digital that looks like ink",
        "samples of food or packaging work",
        "vector files I can resize, with layers kept",
    ]


def test_a_choice_written_with_a_slash_stays_one_item():
    text = "Backend Developer\n\nRequirements: Go / Rust, Postgres, AWS / GCP\n"
    assert _texts(analyze_posting(text).must_haves) == ["Go / Rust", "Postgres", "AWS / GCP"]


@pytest.mark.parametrize(
    ("text", "musts", "pluses"),
    [
        # unmarked lists: the pluses' first item holds a heading's word ("experience")
        (
            "Field Technician\n\nWhat you bring\nTwo years fixing pumps\nA clean driving record"
            "\n\nBonus points\nSCADA alarm experience\nWelding tickets\n\nWhat we offer\nA van\n",
            ["Two years fixing pumps", "A clean driving record"],
            ["SCADA alarm experience", "Welding tickets"],
        ),
        # … and one further down the list ("NetSuite experience" as its second item)
        (
            "Payroll Lead\n\nWhat you bring\nFive years of UK payroll\nCIPP qualified\n\n"
            "Nice to Have\nA people-team background\nSage 50 experience\nWelsh\n\n"
            "Benefits\nA pension\n",
            ["Five years of UK payroll", "CIPP qualified"],
            ["A people-team background", "Sage 50 experience", "Welsh"],
        ),
        # pluses headed "Ideally you'll also have:"
        (
            "Data Analyst\n\nYou have:\n- Strong SQL\n- Tableau dashboards\n\nIdeally you'll "
            "also have:\n- Looker experience\n- A retail background\n",
            ["Strong SQL", "Tableau dashboards"],
            ["Looker experience", "A retail background"],
        ),
        # a Dutch posting's "Pré's"
        (
            "Monteur\n\nWat vragen wij?\nEen MBO 3 diploma elektrotechniek\nRijbewijs B\n\n"
            "Pré's\nErvaring met PLC's\nEen VCA-certificaat\n\nWat bieden wij?\nEen auto\n",
            ["Een MBO 3 diploma elektrotechniek", "Rijbewijs B"],
            ["Ervaring met PLC's", "Een VCA-certificaat"],
        ),
    ],
)
def test_pluses_under_their_own_headings_stay_out_of_the_must_haves(text, musts, pluses):
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == musts
    assert [item.text for item in result.nice_to_haves] == pluses


def test_we_would_love_it_if_in_prose_is_a_plus_and_no_dealbreaker_asks_nothing():
    text = (
        "Site Reliability Engineer\n\nWho you are\nYou have run Postgres at scale. You write "
        "Go for a living.\n\nWe'd love it if you've also used Nomad or Consul. None of these "
        "are dealbreakers.\n\nWhat we offer\nEquity\n"
    )
    result = analyze_posting(text)
    musts = " ".join(item.text for item in result.must_haves)
    assert "Postgres" in musts and "Go" in musts
    assert "Nomad" not in musts and "dealbreakers" not in musts
    assert any("Nomad" in item.text for item in result.nice_to_haves)


def test_a_chat_posts_bullets_labelled_must_and_nice_split_into_requirements_and_pluses():
    text = (
        "📢 *Hiring: Backend Developer (freelance)* @ Quayside Labs\n"
        "We run booking software for marinas.\n"
        "• Scope: 2 months, 20h/week\n"
        "• *Must:* Kotlin backends, PostgreSQL tuning, a public code sample\n"
        "• *Nice:* Ktor, sailing\n"
    )
    result = analyze_posting(text)
    assert [item.text for item in result.must_haves] == [
        "Kotlin backends",
        "PostgreSQL tuning",
        "a public code sample",
    ]
    assert "Ktor" in " ".join(item.text for item in result.nice_to_haves)


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        # a job board's digest mail: its subject names the first job "+ 8 more"
        (
            "Subject: Volunteer Coordinator at Fernhill Trust + 8 more\n\nNew jobs matching "
            "your alert.\n",
            "Volunteer Coordinator",
            "Fernhill Trust",
        ),
        # German terms in the title's brackets, as "(Part-time)" would be
        ("Koch (m/w/d) (Teilzeit)\nGasthaus Linde\n\nIhre Aufgaben\n", "Koch (m/w/d)", ""),
    ],
)
def test_a_digests_more_jobs_and_bracketed_german_terms_leave_the_title(text, title, company):
    result = analyze_posting(text)
    assert result.title == title
    assert not company or result.company == company


def test_a_search_forms_row_copied_above_the_posting_is_not_its_title():
    text = (
        "JobHub\nFind Jobs    Company Reviews    Sign In\n"
        "pastry chef            Leeds            Search\n\n"
        "Brindle Bakery Ltd\nHead Pastry Chef\nLeeds · Full-time\n\n"
        "About the role\nWe bake for forty cafés.\n"
    )
    assert analyze_posting(text).title == "Head Pastry Chef"


def test_a_list_copied_without_its_line_breaks_is_split_into_its_items():
    text = (
        "Plumber\nHarbour Pipes Ltd\n\n"
        "To be considered you'll need:Gas Safe registration (ACS current)2+ years on domestic "
        "boilersA full UK driving licenceYour own basic tool kit\n\n"
        "What we offer\nA van\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Gas Safe registration (ACS current)",
        "2+ years on domestic boilers",
        "A full UK driving licence",
        "Your own basic tool kit",
    ]


def test_a_brands_capitals_inside_a_sentence_split_nothing():
    text = (
        "Frontend Developer\nAcme\n\nRequirements\n"
        "- Three years of TypeScript and JavaScript on QuickBooks integrations\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Three years of TypeScript and JavaScript on QuickBooks integrations"
    ]


def test_a_government_boards_licence_and_specialization_blocks_are_requirements():
    text = (
        "Job Bank > Job search > Job posting\n\nbaker\nPosted on May 2, 2026 by Rye & Co.\n\n"
        "Work setting\nBakery\nRelocation costs not covered by employer\n\n"
        "Tasks\nBake bread and pastries\nClean the ovens\n\n"
        "Certificates, licences, memberships, and courses\nFood Safety Certificate\n\n"
        "Experience and specialization\nSourdough starters\n\n"
        "Work conditions and physical capabilities\nStanding for extended periods\n\n"
        "How to apply\nHere is what you have to include in your application:\nCover letter\n"
        "References\n"
    )
    musts = [item.text for item in analyze_posting(text).must_haves]
    assert musts == ["Food Safety Certificate", "Sourdough starters"]


def test_a_saints_town_ends_no_sentence_and_required_documents_ask_no_skill():
    text = (
        "Budget Analyst\nRiver Agency\n\nRequirements\nYou must report to our office in "
        "St. Paul, MN on Mondays. You must hold a Secret clearance.\n\n"
        "Required Documents\nResume\nTranscripts\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "You must report to our office in St. Paul, MN on Mondays.",
        "You must hold a Secret clearance.",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "You might be a match if you have",
        "You'd be great here if you have",
        "A strong fit if you are",
    ],
)
def test_a_heading_ending_if_you_have_heads_the_unmarked_lines_under_it(heading):
    text = (
        "Sous Chef\nMarlow Kitchens\n\nThe role\nYou will run the pass on busy nights.\n"
        f"{heading}\nThree years in a high-volume kitchen.\nA Level 2 food hygiene "
        "certificate.\n\nPerks\nFree meals on shift.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Three years in a high-volume kitchen.",
        "A Level 2 food hygiene certificate.",
    ]


def test_unmarked_lines_in_small_letters_under_a_heading_are_items_each():
    text = (
        "Night Porter\nThe Lantern Inn\n\nWhat you need\nat least a year on a hotel front "
        "desk\ncalm with late arrivals and the odd noisy guest\nright to work in the UK\n\n"
        "Pay\n£13 an hour.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "at least a year on a hotel front desk",
        "calm with late arrivals and the odd noisy guest",
        "right to work in the UK",
    ]


def test_a_wrapped_sentence_under_a_who_heading_stays_one_requirement():
    text = (
        "Fix my Flutter build\n\nLooking for someone who has\nshipped Flutter apps\n"
        "to the Play Store and\nfixed Gradle errors.\n\nBudget $200.\n"
    )
    assert len(analyze_posting(text).must_haves) == 1


def test_a_sites_new_message_notice_heads_no_requirements():
    text = (
        "LinkedIn\n\nSam, you have a new message\n\nPriya Nair\nTalent Partner at Brightline\n\n"
        "Senior Data Engineer – contract\n\nHi Sam — hope all is well!\n\n"
        "Requirements:\n- 5+ years with Spark\n- Airflow in production\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "5+ years with Spark",
        "Airflow in production",
    ]


def test_an_emoji_field_under_a_bulleted_list_ends_the_list():
    text = (
        "Barista wanted\n\nWhat we need:\n• One year behind an espresso machine\n"
        "• Weekend availability\n🗓️ Start: next Monday\n📩 Send your CV to jobs@example.org "
        "or drop by with it between 3 and 5 pm\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "One year behind an espresso machine",
        "Weekend availability",
    ]


def test_a_small_letter_list_may_open_with_a_number():
    text = (
        "Marketing Analyst\n\nskills we need\n3+ years in an analytics role\n"
        "sql (bigquery or postgres)\ndashboards in looker that people use\n\nPerks\nA dog.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "3+ years in an analytics role",
        "sql (bigquery or postgres)",
        "dashboards in looker that people use",
    ]


def test_a_german_benefits_heading_and_abbreviations_end_the_requirements():
    text = (
        "Anforderungen\n- Abgeschlossene Ausbildung als Elektroniker\n- Führerschein Klasse B\n\n"
        "Ihre Vorteile\n- 30 Tage Urlaub\n- Jobrad\n\n"
        "Anforderungen an Bewerber: Zeugnisse bzw. Nachweise, z.B. Gesellenbrief, ggf. "
        "Weiterbildungen.\n"
    )
    musts = _texts(analyze_posting(text).must_haves)
    assert musts[:2] == ["Abgeschlossene Ausbildung als Elektroniker", "Führerschein Klasse B"]
    assert not any("Urlaub" in item or item.startswith("Weiterbildungen") for item in musts)


@pytest.mark.parametrize(
    "heading",
    ["Some of the projects you could take on in your first year", "Things you'll work on"],
)
def test_a_long_heading_of_projects_over_paragraphs_ends_the_requirements(heading):
    text = (
        "Requirements\nFive years of Go\nPostgreSQL under load\nClear written English\n\n"
        f"{heading}\n"
        "Multi-currency balances. Today every account on the ledger holds dollars, and the "
        "posting engine needs to handle several currencies, conversions as journal entries and "
        "reports that never mix them.\n"
        "Ledger replay. We want to rebuild any balance from the raw journal at any point in "
        "time, both for audits and for testing migrations safely before they run.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Five years of Go",
        "PostgreSQL under load",
        "Clear written English",
    ]


@pytest.mark.parametrize(
    ("heading", "title", "company"),
    [
        (
            "## Brackenfield Foods — Supply Chain Analyst (Toronto)",
            "Supply Chain Analyst",
            "Brackenfield Foods",
        ),
        (
            "Orrin Labs – Senior Platform Engineer, Observability",
            "Senior Platform Engineer, Observability",
            "Orrin Labs",
        ),
        ("Quillmere Press | Production Editor", "Production Editor", "Quillmere Press"),
    ],
)
def test_a_heading_naming_the_employer_then_the_role_gives_both(heading, title, company):
    text = (
        f"{heading}\n\n"
        "We publish forty titles a year and need someone to keep them moving from manuscript "
        "to print.\n\nRequirements\n- Three years in a similar role\n- Fluent English\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (title, company)


def test_a_role_first_heading_over_its_employers_line_keeps_the_role_whole():
    text = (
        "Graduate Trainee – Quantity Surveying (September intake)\nHollins Mace Partnership\n"
        "Leeds · Full-time\n\nAbout the role\nYou'll join our cost management team.\n"
    )
    reading = analyze_posting(text)
    assert reading.company == "Hollins Mace Partnership"
    assert reading.title.startswith("Graduate Trainee")


@pytest.mark.parametrize(
    ("details", "pay"),
    [
        (["Fixed price - Budget: $450", "Entry level", "Est. delivery: Less than 1 month"], 450),
        (["Fixed-price · $1,250.00", "Expert", "Est. time: 1 to 3 months"], 1250),
    ],
)
def test_a_scraped_upwork_listing_is_titled_by_its_first_line_over_its_budget(details, pay):
    text = "\n".join(
        [
            "Migrate a Bubble app's database to Supabase",
            *details,
            "Posted 4 hours ago",
            "Only freelancers located in the United Kingdom may apply.",
            "",
            "Our booking app runs on Bubble and has outgrown it. We need the data moved to "
            "Supabase with row-level security and the same user accounts working afterwards.",
            "",
            "Project Type: One-time project",
            "Skills and Expertise",
            "Bubble.io",
            "Supabase",
            "About the client",
            "Payment method verified",
        ]
    )
    reading = analyze_posting(text, source="Upwork")
    assert reading.title == "Migrate a Bubble app's database to Supabase"
    assert reading.pay is not None and reading.pay.min == pay
    assert reading.pay.period == PayPeriod.PROJECT


def test_a_scraped_listing_titled_over_a_details_line_naming_its_level_keeps_the_heading():
    text = (
        "## Rebuild our Webflow pricing page with CMS-driven plans\n"
        "**Fixed: $900** | Expert | Est. Time: Less than 1 month\n"
        "Posted: 2025-02-03T10:00:00Z\n\n"
        "We sell three plans and change prices often. The page should read them from the CMS.\n"
    )
    assert analyze_posting(text).title == "Rebuild our Webflow pricing page with CMS-driven plans"


def test_an_upwork_offer_mail_is_titled_by_its_contract_title():
    text = (
        "From: Upwork <donotreply@upwork.com>\nSubject: You've received an offer\n\n"
        "Brightmoor Dental has sent you an offer for the following:\n\n"
        "Contract title\nLanding page copy for a family dental clinic\n\n"
        "Offer details\nPayment schedule: Fixed price\nTotal amount: $400.00\n"
    )
    assert analyze_posting(text).title == "Landing page copy for a family dental clinic"


def test_an_interview_invitation_mail_gives_its_job_and_keeps_the_details_under_its_button():
    text = (
        "From: Upwork <donotreply@upwork.com>\n"
        "Subject: You've been invited to interview for a job\n\n"
        "Hi Ines,\n\nYou've been invited to interview for:\n"
        "Flutter developer to add offline mode to a field survey app\n\n"
        "View invitation\n\nJob details\nHourly: $35.00 - $50.00\n\n"
        "Requirements:\n- 3+ years of Flutter\n- Experience with SQLite sync\n\n"
        "Invitation expires in 14 days.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Flutter developer to add offline mode to a field survey app"
    assert [item.text for item in reading.must_haves] == [
        "3+ years of Flutter",
        "Experience with SQLite sync",
    ]
    assert reading.pay is not None and (reading.pay.min, reading.pay.max) == (35, 50)


@pytest.mark.parametrize("heading", ["Must knows:", "The non-negotiables"])
def test_a_plain_list_under_a_forum_posts_heading_ends_at_its_blank_line(heading):
    text = (
        "[Hiring] Part-time payroll clerk for a garden centre\n\n"
        "We run two shops and need help with the weekly run.\n\n"
        f"{heading}\n"
        "Sage Payroll, not just the basics\n"
        "UK PAYE and pension auto-enrolment\n"
        "Based within an hour of Shrewsbury\n\n"
        "If you've used Xero as well that would be a huge help.\n\n"
        "Pay is £18/hr, invoiced monthly. Message me with a line about yourself.\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Sage Payroll, not just the basics",
        "UK PAYE and pension auto-enrolment",
        "Based within an hour of Shrewsbury",
    ]
    assert any("Xero" in item for item in _texts(reading.nice_to_haves))


@pytest.mark.parametrize(
    ("after", "asked"),
    [
        ("You must also hold a forklift licence.", "You must also hold a forklift licence."),
        ("Espagnol courant indispensable.", "Espagnol courant indispensable."),
    ],
)
def test_a_paragraph_after_a_plain_list_is_read_when_it_asks(after, asked):
    text = (
        "Requirements\nTwo years in a warehouse\nHappy on early shifts\nSteel-toe boots\n\n"
        f"{after}\n\nWe pay weekly and train you on our scanners.\n"
    )
    musts = _texts(analyze_posting(text).must_haves)
    assert asked in musts
    assert not any("pay weekly" in item for item in musts)


def test_a_posts_bar_of_counts_and_buttons_is_no_item_of_its_list():
    text = (
        "[Hiring] Illustrator for a children's picture book\n\n"
        "What we need:\nGouache or watercolour style\nTwo sample spreads before we start\n"
        "Print-ready files at 300 dpi\n\n"
        "Experience with Procreate wouldn't hurt either.\n\n"
        "▲ 112   💬 40   ↗ Share   🔖 Save\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Gouache or watercolour style",
        "Two sample spreads before we start",
        "Print-ready files at 300 dpi",
    ]
    assert _texts(reading.nice_to_haves) == ["Experience with Procreate wouldn't hurt either."]


def test_a_heading_with_an_adverb_and_sentences_dropping_their_subject_are_read_as_asks():
    chat = (
        "we're hiring a second ops person\n\nwhat you actually need:\n"
        "- Excel you're not scared of\n- you've handled supplier invoices\n\n"
        "full time, hybrid in Porto\n"
    )
    assert _texts(analyze_posting(chat).must_haves) == [
        "Excel you're not scared of",
        "you've handled supplier invoices",
    ]
    mail = (
        "Hi Dan,\n\nDo you know anyone for our front desk? It's three days a week. "
        "Has to speak Welsh as well as English. Has to be around by 8 on Saturdays. "
        "We pay £13 an hour.\n\nCheers,\nMorwenna\n"
    )
    musts = _texts(analyze_posting(mail).must_haves)
    assert "Has to speak Welsh as well as English." in musts
    assert "Has to be around by 8 on Saturdays." in musts


def test_entities_and_text_decoded_twice_read_as_written_in_the_title():
    text = (
        "Barista &amp; CafÃ© Supervisor\n\n"
        "We roast coffee for cafés across Quebec.\n\nRequirements\n- Two years behind a bar\n"
    )
    assert analyze_posting(text).title == "Barista & Café Supervisor"


def test_a_datasets_snake_case_fields_name_the_title_and_the_company():
    text = (
        "job_id: 551203\ncompany_name: Harrow Fields Nursery\njob_title: Early Years Practitioner\n"
        "location: Leeds\ndescription: We look after 60 children aged 0-5.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (
        "Early Years Practitioner",
        "Harrow Fields Nursery",
    )


def test_a_name_with_its_legal_form_before_its_place_under_the_title_is_the_company():
    text = (
        "Werkstudent:in Buchhaltung (m/w/d)\n"
        "Lindqvist Logistik GmbH · Bremen, Deutschland  vor 2 Tagen  12 Bewerber:innen\n\n"
        "Deine Aufgaben\n- Belege erfassen\n"
    )
    assert analyze_posting(text).company == "Lindqvist Logistik GmbH"


def test_a_role_named_in_a_sentence_loses_the_sentences_article():
    text = (
        "Journal\nWe're hiring: a weekend florist\nPosted 3 March by Nell\n\n"
        "Our shop on Quay Street needs help on Saturdays and Sundays.\n"
    )
    assert analyze_posting(text).title == "weekend florist"


def test_an_upwork_feed_item_pasted_as_markup_is_titled_by_its_title_element():
    item = (
        "<title>Bookkeeping clean-up in Xero for a café - Upwork</title>\n"
        "<link>https://www.upwork.com/jobs/~01ab?source=rss</link>\n"
        "<description>Two quarters to reconcile.<br /><br /><b>Budget</b>: $600\n"
        "<br /><b>Posted On</b>: March 2, 2026 10:00 UTC<br /><b>Country</b>: Ireland\n"
        '<br /><a href="https://www.upwork.com/jobs/~01ab?source=rss">click to apply</a>\n'
        "</description>"
    )
    reading = analyze_posting(as_plain_text(item))
    assert reading.title == "Bookkeeping clean-up in Xero for a café"
    assert reading.pay is not None and reading.pay.min == 600


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("[Paid] Add SAML login to the admin panel #2210", "Add SAML login to the admin panel"),
        (
            "Hiring: Rust contributor for the sync engine #874",
            "Rust contributor for the sync engine",
        ),
    ],
)
def test_a_github_issue_copied_whole_is_titled_by_its_issue(heading, title):
    text = (
        "Skip to content\nSign in   Sign up\n\nmossgate / relaykit   Public\n"
        "Notifications   Fork 88   Star 1.2k\n\n"
        "<> Code   Issues 31   Pull requests 4   Discussions   Actions\n\n"
        f"{heading}\nOpen   tmarsh opened this issue on Mar 3 · 5 comments\n\n"
        "tmarsh commented on Mar 3\nMember\n\n"
        "We can pay $1,500 for this, invoiced once it is merged.\n"
    )
    assert analyze_posting(text).title == title


def test_a_comment_stating_years_of_a_stack_without_an_ask_verb_reads_it_as_a_requirement():
    text = (
        "Fernhook | Android Developer (contract) | Lisbon or REMOTE (EU) | €550/day\n\n"
        "We make a booking app for surf schools. We have been around for 8+ years.\n\n"
        "Kotlin + Jetpack Compose, 4+ years shipping Android apps, at home with Room.\n\n"
        "Email jobs@fernhook.pt\n"
    )
    musts = _texts(analyze_posting(text).must_haves)
    assert any(item.startswith("Kotlin + Jetpack Compose, 4+ years") for item in musts)
    assert not any("been around" in item for item in musts)


def test_an_also_welcome_heading_holds_pluses():
    text = (
        "## What you need\n- Four years of payroll in Ontario\n- Ceridian Dayforce\n\n"
        "## Also welcome\n- CPM designation\n- French\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Four years of payroll in Ontario", "Ceridian Dayforce"]
    assert _texts(reading.nice_to_haves) == ["CPM designation", "French"]


@pytest.mark.parametrize(
    ("heading", "state", "title", "company"),
    [
        (
            "[Remote] [Contract] Staff Android Engineer at Quillmoor #4417",
            "Open\nbkaur opened this issue 6 days ago · 1 comment",
            "Staff Android Engineer",
            "Quillmoor",
        ),
        (
            "[Híbrido] [PJ] Analista de Dados Júnior na Ribeira Seguros",
            "#318 · Open\nrh-ribeira opened 2 days ago",
            "Analista de Dados Júnior",
            "Ribeira Seguros",
        ),
        (
            "[Rosario] Diseñador/a UX Semi Senior en Palo Santo Studio #95",
            "Open · palosanto-rrhh abrió este issue hace 3 días · 0 comentarios",
            "Diseñador/a UX Semi Senior",
            "Palo Santo Studio",
        ),
    ],
)
def test_a_job_board_issue_names_its_role_and_employer_in_its_bracketed_title(
    heading, state, title, company
):
    text = (
        f"{heading}\n{state}\n\n"
        "Sobre nós / About us\nWe build scheduling tools for small clinics.\n\n"
        "Requirements\n- Three years in the role\n- Clear written English\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (title, company)


def test_a_readme_badge_line_is_no_issue_title():
    text = (
        "tarnwick / quire   Public\n<> Code   Issues 12   Pull requests 3   Actions\n\n"
        "README.md\n\nquire\n\n[ci passing] [docs latest] [license Apache-2.0]\n\n"
        "A tiny TOML linter.\n\n## We're hiring\n\n"
        "Tarnwick is hiring a Developer Advocate to grow the quire community.\n"
    )
    assert "[" not in analyze_posting(text).title


@pytest.mark.parametrize(
    ("table", "title", "company"),
    [
        (
            "| Employer | Position | Location | Salary |\n|---|---|---|---|\n"
            "| [Orchid Freight](https://orchid.example) | Dispatch Coordinator | Leeds | "
            "£29k |\n",
            "Dispatch Coordinator",
            "Orchid Freight",
        ),
        (
            "Company\tRole\tType\tRate\tApply\n"
            "Sandpiper Audio\tQA Tester (games)\tContract\t$28/hr\tsandpiper.example/jobs\n",
            "QA Tester (games)",
            "Sandpiper Audio",
        ),
    ],
)
def test_a_tables_first_row_under_its_header_gives_title_and_company(table, title, company):
    text = f"# Open roles this month\n\nCommunity-kept list, updated weekly.\n\n{table}"
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (title, company)


def test_a_json_record_pasted_from_a_data_file_gives_its_fields():
    text = (
        "{\n"
        '  "id": "fennel-ops-2025",\n'
        '  "company": "Fennel & Rye Bakery",\n'
        '  "title": "Bakery Operations Assistant",\n'
        '  "location": "Bristol, UK",\n'
        '  "description": "Help us run orders and deliveries three mornings a week."\n'
        "}\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (
        "Bakery Operations Assistant",
        "Fennel & Rye Bakery",
    )


def test_a_perk_under_benefits_is_not_the_salary_under_the_hiring_terms():
    text = (
        "Analista Financeiro Pleno\n\n"
        "Requisitos\n- Excel avançado\n- Conciliação bancária\n\n"
        "Benefícios\n- Auxílio academia de R$ 120/mês\n- Plano de saúde\n\n"
        "Contratação\nCLT, faixa de R$ 6.500 a R$ 8.000 por mês\n\n"
        "Como se candidatar\nEnvie o currículo pelo formulário.\n"
    )
    assert analyze_posting(text).pay == Pay(6500, 8000, "BRL", PayPeriod.MONTH)


def test_a_salary_listed_among_the_perks_stays_the_pay():
    text = (
        "Warehouse Supervisor\n\nWhat we offer\n- £34,000 - £38,000 a year\n"
        "- £500 yearly wellbeing allowance\n\nPay\nReviewed each April.\n"
    )
    assert analyze_posting(text).pay == Pay(34000, 38000, "GBP", PayPeriod.YEAR)


@pytest.mark.parametrize(
    "line", ["💎 $750 bounty · Kestrel", "Port the parser to Zig — $750 budget"]
)
def test_a_bounty_or_a_budget_after_the_amount_is_a_price_for_the_whole_change(line):
    pay = analyze_posting(f"{line}\n\nOpen to any contributor; paid once merged.\n").pay
    assert pay == Pay(750, 750, "USD", PayPeriod.PROJECT)


def test_a_dataset_rows_requirements_run_together_are_split_and_asked_for():
    text = (
        "Night Porter\n\nGB, EDH, Edinburgh\n\nGuest Services\n\n"
        "Our townhouse hotel has 40 rooms and a small, friendly team.\n\n"
        "Two years of hotel reception or night audit experienceConfident with Mews or "
        "another PMSCalm under pressure and able to work aloneValid First Aid certificate"
        "Knowledge of French would be a plus\n\n"
        "Free meals on shiftUniform providedPension scheme\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Two years of hotel reception or night audit experience",
        "Confident with Mews or another PMS",
        "Calm under pressure and able to work alone",
        "Valid First Aid certificate",
    ]
    assert _texts(reading.nice_to_haves) == ["Knowledge of French would be a plus"]


def test_a_skill_named_in_capitals_is_not_split_inside_a_run_together_list():
    text = (
        "Requirements\n"
        "Three years building web appsStrong JavaScript and PowerPoint skillsExperience "
        "with QuickBooks is required\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Three years building web apps",
        "Strong JavaScript and PowerPoint skills",
        "Experience with QuickBooks is required",
    ]


def test_a_heading_glued_among_run_together_items_heads_the_rest():
    text = (
        "Requirements:\nFour years of SRE workTerraform in productionKubernetes (EKS, GKE)"
        "Good to haveGo or Rust for our toolingexperience with Grafana\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Four years of SRE work",
        "Terraform in production",
        "Kubernetes (EKS, GKE)",
    ]
    assert any(item.startswith("Go or Rust") for item in _texts(reading.nice_to_haves))


@pytest.mark.parametrize(
    "first_line",
    ["title = Payroll Administrator", "jobTitle: Payroll Administrator"],
)
def test_a_datasets_field_set_with_equals_or_in_camel_case_is_a_label(first_line):
    text = f"{first_line}\nlocation = CA, ON, Toronto\n\nRun payroll for 300 staff.\n"
    assert analyze_posting(text).title == "Payroll Administrator"


@pytest.mark.parametrize(
    "rows",
    [
        "title,link,published_date,is_hourly,budget,country\n"
        "Bookkeeping catch-up for a bakery,https://example.com/j/1,2024-03-02,False,300.0,"
        "Canada\n",
        '"Bookkeeping catch-up for a bakery","2024-03-02 10:00:00",False,,,300.0,"Canada",'
        '"We need our 2023 books reconciled."\n',
    ],
)
def test_a_dataset_row_gives_its_first_cell_as_the_title(rows):
    assert analyze_posting(rows).title == "Bookkeeping catch-up for a bakery"


def test_a_feed_item_without_its_site_title_line_opens_with_its_title():
    text = (
        "Illustrated Map for a Hiking Guidebook\n\n"
        "We need one hand-drawn style map of the Cairngorms for a printed guide.\n\n"
        "Budget: $350\nPosted On: March 3, 2024 18:22 UTC\nCategory: Illustration\n"
        "Skills:Illustration,     Adobe Illustrator\nCountry: United Kingdom\nclick to apply\n"
    )
    assert analyze_posting(text).title == "Illustrated Map for a Hiking Guidebook"


def test_a_scraped_budget_that_says_hourly_is_an_hourly_rate():
    text = (
        "title: Chat support agent for a bike shop\n"
        "budget: Hourly $14.00-$19.00\nposted: 3 hours ago\ncountry: Netherlands\n"
        "skills: Customer Service | Zendesk\n"
        "description: Answer customers' chats in English, evenings.\n"
        "client_spent: $12K\n"
    )
    assert analyze_posting(text).pay == Pay(14, 19, "USD", PayPeriod.HOUR)


def test_katakana_middle_dots_are_bullets_before_any_script():
    text = (
        "応募資格 / Requirements\n"
        "・経理実務3年以上 / Three years of accounting work\n"
        "・Excel (pivot tables)\n"
        "・日本語ネイティブ / Native Japanese\n"
    )
    assert len(analyze_posting(text).must_haves) == 3


def test_a_chat_posts_nice_if_heading_holds_pluses():
    text = (
        "**Role:** Comic letterer\n\n**Requirements:**\n・Clip Studio or InDesign\n"
        "・A lettering portfolio\n\n**Nice if:**\n・You read Korean\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Clip Studio or InDesign", "A lettering portfolio"]
    assert _texts(reading.nice_to_haves) == ["You read Korean"]


def test_russian_headings_sort_tasks_requirements_and_pluses():
    text = (
        "Компания: Северный Ветер\n\n"
        "Задачи:\n— поддержка складской системы\n— код-ревью\n\n"
        "Требования:\n✅ опыт с Go от 2 лет\n✅ PostgreSQL\n\n"
        "Будет плюсом:\n➕ Kafka\n\n"
        "Условия:\n• удалёнка\n"
    )
    reading = analyze_posting(text)
    assert reading.company == "Северный Ветер"
    assert _texts(reading.must_haves) == ["опыт с Go от 2 лет", "PostgreSQL"]
    assert _texts(reading.nice_to_haves) == ["Kafka"]


def test_we_would_like_you_to_have_leads_the_requirements():
    text = (
        "Tidepool | Data Engineer | REMOTE (EU)\n\n"
        "We move tide-gauge data for harbours.\n\n"
        "Our stack: Python, Airflow, Postgres.\n\n"
        "We'd like you to have:\n- Airflow in production\n- PostGIS or another spatial store\n\n"
        "It'd be great if you also know dbt.\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Airflow in production",
        "PostGIS or another spatial store",
    ]


@pytest.mark.parametrize("heading", ["Would be lovely", "Also great", "**Would help**"])
def test_a_heading_that_says_it_would_be_nice_holds_pluses(heading):
    text = (
        "What we're looking for\n- Three years supporting self-hosted software\n"
        f"- Clear written English\n\n{heading}\n- Italian\n- Grafana dashboards\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Three years supporting self-hosted software",
        "Clear written English",
    ]
    assert _texts(reading.nice_to_haves) == ["Italian", "Grafana dashboards"]


def test_an_amount_in_cents_glued_to_the_next_label_is_still_pay():
    text = (
        "Need help with our Django API.Hourly Range: $25.00-$40.00Posted On: May 2, 2024 "
        "09:10 UTCCategory: Back-End DevelopmentCountry: Irelandclick to apply\n"
    )
    assert analyze_posting(text).pay == Pay(25, 40, "USD", PayPeriod.HOUR)


def test_a_pay_paragraph_that_ends_with_an_equal_opportunity_line_still_states_the_pay():
    text = (
        "Support Lead\n\nWhat you'll doRun our support queue and coach four agents."
        "CompensationThe salary range for this role is $70,000 - $82,000, plus a yearly "
        "bonus and full benefits from day one, including dental, vision and a pension match "
        "that we review every year with the team. We also pay for a home internet line, a "
        "yearly conference of your choice and two weeks of paid leave around the holidays, "
        "and we never ask anyone to work weekends. Fernhollow is an equal opportunity "
        "employer and welcomes applicants of every background.\n"
    )
    assert analyze_posting(text).pay == Pay(70000, 82000, "USD", PayPeriod.YEAR)


def test_a_comment_header_that_opens_with_its_place_names_the_employer_after_it():
    text = (
        "Lyon, France | ONSITE | Brisecoque Foods | Quality Technician | Full-time\n\n"
        "We bake frozen pastry for 400 supermarkets.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Quality Technician", "Brisecoque Foods")


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Tallmast Rope AB (https://tallmast.example) | Gdansk | Buyer", "Tallmast Rope AB"),
        ('company: "Norrgrav Analytics AS"', "Norrgrav Analytics AS"),
        ("Hi! I am Ines, founder of Pebble & Co. We make ceramic tiles.", "Pebble & Co."),
    ],
)
def test_a_company_loses_a_cut_links_bracket_its_quotes_and_the_next_sentence(line, company):
    assert analyze_posting(f"{line}\n\nHiring a buyer for our workshop.\n").company == company


def test_a_template_heading_over_a_legal_name_gives_the_company_and_trims_the_title():
    text = (
        "[Remoto] Desarrollador/a QA Semi Senior – Cardón Sistemas #88\n"
        "Open\ncardon-rrhh opened this issue on Jun 2 · 1 comment\n\n"
        "### Empresa\n\nCardón Sistemas S.R.L.\n\n### Puesto\n\nDesarrollador/a QA Semi Senior\n"
    )
    reading = analyze_posting(text)
    assert reading.company == "Cardón Sistemas S.R.L."
    assert reading.title == "Desarrollador/a QA Semi Senior"


def test_a_looking_for_prefix_is_no_part_of_the_title():
    text = "**LF: Pixel artist — 12 enemy sprites** 👾\nPaid per sprite, DM me.\n"
    assert analyze_posting(text).title.startswith("Pixel artist")


def test_an_archived_comment_keeps_its_author_line_apart_from_its_header():
    text = (
        "by: brisk_ops | 2024-05-02T09:00:00 | id: 40211111\n"
        "Brisk Ledger | Berlin | Data Engineer, Analytics Engineer | REMOTE (EU)<p>We build "
        "bookkeeping for freelancers.<p>Email jobs@brisk.example\n"
    )
    reading = analyze_posting(as_plain_text(text))
    assert (reading.title, reading.company) == ("Data Engineer", "Brisk Ledger")


def test_a_dataset_rows_duties_and_perks_run_together_ask_for_nothing():
    text = (
        "Kitchen Porter\nIE, D, Dublin\nKitchen\n\n"
        "We are looking for a reliable kitchen porter to join our busy bistro team on a "
        "permanent basis this spring. Your week will include:Washing pots and equipment"
        "Taking in deliveriesKeeping the cold room in orderHelping the chefs with prep\n"
        "Experience in a busy kitchen is essentialAble to stand for long shiftsMust hold "
        "a valid work permitGood spoken English\n"
        "Staff meals on every shiftTips shared monthlyFree parking\n"
    )
    musts = _texts(analyze_posting(text).must_haves)
    assert "Experience in a busy kitchen is essential" in musts
    assert not any(item.startswith(("Washing", "Staff meals", "Tips")) for item in musts)


def test_a_lists_must_have_and_nice_to_have_columns_give_the_first_rows_asks():
    text = (
        "# Remote data jobs\n\n"
        "| Company | Role | Must have | Nice to have | Apply |\n"
        "|---|---|---|---|---|\n"
        "| Marlpit Maps | GIS Analyst | 3+ yrs QGIS; Python scripting; clear English | "
        "PostGIS; remote sensing | [link](https://marlpit.example/jobs) |\n"
        "| Ostrava Grain | Buyer | negotiation | Czech | [link](https://grain.example) |\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["3+ yrs QGIS", "Python scripting", "clear English"]
    assert _texts(reading.nice_to_haves) == ["PostGIS", "remote sensing"]


def test_we_need_you_to_have_in_prose_lists_its_asks():
    text = (
        "Corvid Freight | Platform Engineer | Remote (EU)\n\n"
        "We move containers across the Baltic. Things we need you to have done: run "
        "Kafka in production, written Ansible, and carried a pager.\n"
    )
    assert _texts(analyze_posting(text).must_haves)[:2] == [
        "run Kafka in production",
        "written Ansible",
    ]


def test_a_dataset_rows_fields_a_line_each_stay_apart_and_its_glued_asks_are_read():
    row = (
        "title: Warehouse Team Leader\n"
        "location: GB, WMD, Coventry\n"
        "department: Operations\n"
        "company_profile: Pellow Freight moves chilled goods for 40 grocers.\n"
        "description: You will run the night shift of 14 pickers.\n"
        "requirements: Forklift licence (ideally counterbalance and reach)Two years leading a "
        "shiftGood English and basic ExcelFirst-aid certificate is a plus\n"
        "benefits: 28 days holidayFree parking\n"
        "telecommuting: 0\n"
        "required_experience: Mid-Senior level\n"
        "industry: Logistics\n"
        "function: Management\n"
    )
    reading = analyze_posting(row)
    assert reading.title == "Warehouse Team Leader"
    must = [item.text for item in reading.must_haves]
    assert must == [
        "Forklift licence",
        "Two years leading a shift",
        "Good English and basic Excel",
    ]
    nice = [item.text for item in reading.nice_to_haves]
    assert "First-aid certificate is a plus" in nice
    assert not any("Logistics" in item or "holiday" in item for item in must + nice)


@pytest.mark.parametrize(
    ("glued", "first", "second"),
    [
        ("Strong JavaScriptYou write tests", "Strong JavaScript", "You write tests"),
        (
            "Daily QuickBooksComfortable on the phone",
            "Daily QuickBooks",
            "Comfortable on the phone",
        ),
    ],
)
def test_a_skills_name_glued_to_the_next_item_is_cut_where_the_name_ends(glued, first, second):
    text = f"Requirements:\nA degree in accountingFluent Spanish{glued}Own transport\n"
    must = [item.text for item in analyze_posting(text).must_haves]
    assert first in must and second in must


def test_a_list_whose_line_breaks_were_lost_before_its_dashes_is_read_item_by_item():
    text = (
        "description: Hi!We are a four-person studio in Porto building booking apps.What you "
        "would do:- build screens from Figma- fix bugs our testers report- join a short call "
        "each morningRequirements:- 3+ years with Flutter- solid Dart, Riverpod- Git with "
        "pull requests- good English, written and spoken- available 10:00-16:00 WET, "
        "Mon-FriNice to have: Firebase, Stripe payments, some Portuguese.\nHourly Range: $25-$40\n"
    )
    reading = analyze_posting(text)
    assert [item.text for item in reading.must_haves] == [
        "3+ years with Flutter",
        "solid Dart, Riverpod",
        "Git with pull requests",
        "good English, written and spoken",
        "available 10:00-16:00 WET, Mon-Fri",
    ]
    nice = " ".join(item.text for item in reading.nice_to_haves)
    assert "Firebase" in nice and "Portuguese" in nice


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        (
            "Brackwater Labs · Firmware Engineer · Remote (EU) · Full-time",
            "Firmware Engineer",
            "Brackwater Labs",
        ),
        ("QUILLMARK :: Support Lead :: Remote (US) :: $90k", "Support Lead", "QUILLMARK"),
        (
            "Holmfirth Robotics / Controls Engineer / Leeds, UK / Contract",
            "Controls Engineer",
            "Holmfirth Robotics",
        ),
    ],
)
def test_a_hiring_threads_header_with_dots_colons_or_slashes_gives_company_and_role(
    header, title, company
):
    text = (
        "Ask HN: Who is hiring? (March 2026)\n\n"
        "marenk on March 3, 2026 | prev | next [–]\n\n"
        f"{header}\n\nWe make small things that last. You have shipped before.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == (title, company)


def test_a_card_line_under_a_title_with_dots_is_no_header():
    text = (
        "Data Analyst, Merchandising\nBrindle Grocers · Toronto, ON · 3 days ago\n"
        "Associate · CA$70K/yr · Full-time\n\nAbout the job\nWe sell groceries.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Data Analyst, Merchandising"
    assert reading.company == "Brindle Grocers"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Hiring: Staff Data Engineer, Product Designer, Support Engineer", "Staff Data Engineer"),
        ("Senior Product Manager, Rider App", "Senior Product Manager, Rider App"),
    ],
)
def test_a_list_of_roles_is_titled_by_its_first_and_a_narrowed_role_stays_whole(line, title):
    text = f"Kelderwick — Remote (EU)\n{line}\n\nWe build scheduling for ferries.\n"
    assert analyze_posting(text).title == title


@pytest.mark.parametrize(
    ("issue", "title", "company"),
    [
        (
            "[Hamburg] Frontend-Entwickler (m/w/d) bei Lindgrün GmbH",
            "Frontend-Entwickler",
            "Lindgrün GmbH",
        ),
        ("[Lyon] Développeur backend chez Cerfeuil SAS", "Développeur backend", "Cerfeuil SAS"),
    ],
)
def test_a_boards_issue_names_its_employer_after_bei_or_chez(issue, title, company):
    text = f"{issue} #412\nOpen\nhr-team opened this issue 2 days ago · 0 comments\n\nHallo.\n"
    reading = analyze_posting(text)
    assert reading.title.removesuffix(" (m/w/d)") == title
    assert reading.company == company


def test_a_titles_company_tail_with_its_place_in_brackets_is_cut():
    text = (
        "Hardware Test Engineer — Fernmoor Devices (Boise, ID)\n\n"
        "Fernmoor Devices makes sensors for orchards.\n\nRequirements:\n- Oscilloscopes\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Hardware Test Engineer", "Fernmoor Devices")


@pytest.mark.parametrize("category", ["Video Editing & Production", "Full Stack Development"])
def test_an_upwork_jobs_category_between_its_title_and_posted_is_no_title(category):
    text = (
        "Upwork\nFind Work\nSaved Jobs\nMessages\n\n"
        "Cut 12 recipe reels from our raw footage (vertical, captions burned in)\n"
        f"{category}\nPosted 3 hours ago\nWorldwide\n\n"
        "We film a cooking show and need short reels.\n\nFixed-price\n$600\nExpert\n"
        "Skills and Expertise\nVideo Editing\nSubmit a proposal\n"
    )
    reading = analyze_posting(text)
    assert (
        reading.title == "Cut 12 recipe reels from our raw footage (vertical, captions burned in)"
    )


def test_a_bots_forward_marks_its_job_with_a_briefcase_and_keeps_the_headline_whole():
    text = (
        "🔔 Fresh Upwork lead\n━━━━━━━━━━\n"
        "💼 Bookkeeper for a dental practice (Xero, monthly close)\n"
        "💼 Type: Hourly\n💲 Rate: $25–$35/hr\n🌍 Country: Canada\n\n"
        "We need someone to close our books each month.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Bookkeeper for a dental practice (Xero, monthly close)"


@pytest.mark.parametrize(
    "line",
    [
        "New job: Migrate our Django app to Postgres 16 with zero downtime",
        "Check out this job on Upwork: Migrate our Django app to Postgres 16 with zero downtime "
        "https://www.upwork.com/jobs/~01aa",
    ],
)
def test_an_alerts_or_a_shares_job_line_names_the_title(line):
    text = (
        f"{line}\n\nHourly $50–$80 · Expert · 1 to 3 months\n"
        "We run a booking site and our database is old.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Migrate our Django app to Postgres 16 with zero downtime"


def test_a_headline_over_posted_and_its_details_wins_over_the_client_box_under_them():
    text = (
        "Translate a 40-page museum catalogue from Dutch to English\n"
        "Posted 2 hours ago\nFixed-price\n$1,100\nExpert\nExperience level\n"
        "Payment verified\n★★★★★ 5.0\nNetherlands\n\nJob details\n"
        "We are a small museum in Leiden preparing an exhibition catalogue.\n"
    )
    assert (
        analyze_posting(text).title == "Translate a 40-page museum catalogue from Dutch to English"
    )


def test_a_channels_name_over_a_bots_job_is_no_employer():
    text = (
        "#freelance-leads\nJobBot  APP  9:02 AM\n"
        "New job: Shopify theme fixes for a tea shop\nFixed-price · $300 · Intermediate\n"
        "We're Ashgrove Teas, a family shop selling loose-leaf tea online.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Shopify theme fixes for a tea shop"
    assert reading.company == "Ashgrove Teas"


def test_a_list_under_a_paragraph_ending_in_we_are_looking_for_is_asked():
    text = (
        "Kestrelworks | Firmware Engineer | Bristol | ONSITE\n\n"
        "We make sensors for beehives. You'd join a team of four. We're looking for:\n"
        "* C, strong\n* You've shipped firmware on ARM Cortex-M\n* Comfortable with a scope\n\n"
        "Email jobs@kestrelworks.example\n"
    )
    must = [item.text for item in analyze_posting(text).must_haves]
    assert must == [
        "C, strong",
        "You've shipped firmware on ARM Cortex-M",
        "Comfortable with a scope",
    ]


def test_a_list_of_roles_under_we_are_looking_for_is_not_asked():
    text = (
        "Kestrelworks | Bristol | ONSITE\n\n"
        "We make sensors for beehives and we are growing fast. We're looking for:\n"
        "* Senior Firmware Engineer\n* Product Designer\n\nEmail jobs@kestrelworks.example\n"
    )
    assert analyze_posting(text).must_haves == ()


def test_a_yaml_dumps_title_field_under_its_export_header_is_the_title():
    text = (
        '# job-watch export  |  query: "xero"  |  generated 2026-05-02 08:00 UTC\n---\n'
        "- title: Bookkeeper for a bike shop (Xero, VAT returns)\n"
        "  link: https://www.upwork.com/jobs/~0155aa\n  job_type: hourly\n"
        "  rate: 20.00-30.00 USD/hr\n  description: |\n    We sell bikes in Cork.\n"
    )
    assert analyze_posting(text).title == "Bookkeeper for a bike shop (Xero, VAT returns)"


@pytest.mark.parametrize(
    ("sentence", "company"),
    [("We are Fennick Supply Co.", "Fennick Supply Co"), ("We are Open Late", "")],
)
def test_we_are_a_name_with_its_legal_form_names_the_company(sentence, company):
    text = f"Bookkeeper\n\n{sentence}\n\nRequirements:\n- Xero\n"
    assert analyze_posting(text).company == company


def test_a_channels_acme_is_hiring_line_names_the_employer_and_the_role():
    text = (
        "📢│jobs\nkai.tidewell — 03/02/2026 09:12\n"
        "@here 🚀 **Tidewell Labs is hiring: Senior Rust Engineer**\n\n"
        "we build settlement infra. you know async Rust and have shipped to prod.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Senior Rust Engineer", "Tidewell Labs")


def test_a_job_alerts_header_is_no_title_and_a_client_box_is_no_employer():
    text = (
        "#upwork-leads\nUpwork Alerts  APP  9:14 AM\n"
        'New job matching "bookkeeping" 🔎\n'
        "Bookkeeper for a Dutch design studio (Exact Online)\n"
        "Hourly · $20.00–$30.00 · Less than 30 hrs/week\n"
        "Client: 🇳🇱 Netherlands (Utrecht) · Payment verified · $2K spent\n"
        "We're Studio Kolk, an 8-person design studio.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Bookkeeper for a Dutch design studio (Exact Online)"
    assert reading.company == "Studio Kolk"


def test_a_channels_vacancy_cry_and_rule_make_way_for_the_role_in_capitals_under_them():
    text = (
        "INFO LOKER SURABAYA Terbaru\n"
        "📣 LOWONGAN KERJA\n"
        "〰〰〰〰〰〰〰〰\n"
        "🧾 STAF KASIR\n"
        "🏢 CV Mekar Sentosa Abadi\n"
        "〰〰〰〰〰〰〰〰\n"
        "Persyaratan:\n"
        "✔️ Lulusan SMK jurusan akuntansi\n"
        "✔️ Bisa mengoperasikan komputer\n"
        "✔️ Siap bekerja di hari Sabtu\n"
        "➕ Diutamakan berpengalaman sebagai kasir\n\n"
        "Fasilitas:\n"
        "💵 Gaji Rp 4.200.000 – Rp 4.600.000 / bulan\n"
        "🍚 Makan siang\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "STAF KASIR"
    assert reading.company == "CV Mekar Sentosa Abadi"
    assert _texts(reading.must_haves) == [
        "Lulusan SMK jurusan akuntansi",
        "Bisa mengoperasikan komputer",
        "Siap bekerja di hari Sabtu",
    ]
    assert _texts(reading.nice_to_haves) == ["Diutamakan berpengalaman sebagai kasir"]
    assert reading.pay == Pay(4_200_000, 4_600_000, "IDR", PayPeriod.MONTH)


def test_vietnamese_headings_part_asks_from_the_job_and_mark_the_preferred():
    text = (
        "TUYỂN DỤNG NHÂN VIÊN KHO\n\n"
        "Mô tả công việc:\n- Kiểm đếm hàng nhập\n- Sắp xếp kệ hàng\n\n"
        "Yêu cầu:\n- Tốt nghiệp THPT\n- Sức khỏe tốt\n- Ưu tiên có bằng lái xe nâng\n\n"
        "Quyền lợi:\n- Lương 9 - 11 triệu VND/tháng\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == ["Tốt nghiệp THPT", "Sức khỏe tốt"]
    assert _texts(reading.nice_to_haves) == ["Ưu tiên có bằng lái xe nâng"]
    assert reading.pay == Pay(9_000_000, 11_000_000, "VND", PayPeriod.MONTH)


def test_nice_to_have_alone_on_its_line_heads_a_list_after_a_word_that_may_hang():
    text = (
        "What you need\n"
        "A year of front-desk work\n"
        "Able to cover the desk when the late guests check in\n"
        "Nice to have\n"
        "some Portuguese\n"
        "a first-aid certificate\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "A year of front-desk work",
        "Able to cover the desk when the late guests check in",
    ]
    assert _texts(reading.nice_to_haves) == ["some Portuguese", "a first-aid certificate"]


def test_a_short_line_before_one_in_small_letters_was_a_typed_break_not_a_wrap():
    text = (
        "What we need from you\n"
        "Spanish at native level\n"
        "at least three years of subtitling for streaming platforms or broadcast\n"
        "comfortable with Subtitle Edit and with deadlines that move at short notice\n"
    )
    assert _texts(analyze_posting(text).must_haves) == [
        "Spanish at native level",
        "at least three years of subtitling for streaming platforms or broadcast",
        "comfortable with Subtitle Edit and with deadlines that move at short notice",
    ]


def test_a_paragraph_wrapped_by_a_mail_still_reads_as_one_sentence():
    text = (
        "Requirements\n"
        "You have spent at least four years running payroll for companies with\n"
        "staff in several countries, and you know the filing calendars well.\n"
    )
    assert len(analyze_posting(text).must_haves) == 1


def test_a_job_boards_issue_titled_role_dash_company_names_both_and_its_tab_is_no_title():
    text = (
        "devjobs-pt / vagas\nIssues · #418\n\n"
        "[Porto - Remoto] Engenheira de Dados Sénior — Marés Analytics #418\n"
        "Open  mares-rh opened this issue 2 days ago · 0 comments\n\n"
        "## Requisitos\n- Python\n- Airflow\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Engenheira de Dados Sénior", "Marés Analytics")


def test_a_level_after_the_dash_of_a_boards_issue_is_no_employer():
    text = (
        "[Remoto] Desenvolvedor Python — Pleno #77\n"
        "Open  vagas-bot opened this issue on Mar 3 · 1 comment\n\n"
        "## Requisitos\n- Django\n"
    )
    reading = analyze_posting(text)
    assert reading.company != "Pleno"


@pytest.mark.parametrize("label", ["Título", "Titre du poste", "Posisi"])
def test_a_title_label_in_portuguese_french_or_indonesian_names_the_role(label):
    text = f"{label}: Analista Financeiro\nLocal: Recife\n\nRequisitos:\n- Excel\n"
    assert analyze_posting(text).title == "Analista Financeiro"


def test_a_thread_header_under_an_alerts_mail_wins_over_its_subject():
    text = (
        "From: Thread Alerts <alerts@example.org>\n"
        'Subject: 2 new matches for "data engineer" — Who is hiring? (May 2026)\n\n'
        'Your alert "data engineer" matched 2 new comments.\n\n'
        "Lindqvist Freight | Senior Data Engineer | Gothenburg or REMOTE (EU) | Full-time\n\n"
        "We move cold-chain cargo across the Baltic and our data platform is two people.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Senior Data Engineer", "Lindqvist Freight")


def test_a_clipped_threads_front_matter_title_gives_way_to_the_comments_header():
    text = (
        '---\ntitle: "Ask HN: Who is hiring? (April 2026) | Hacker News"\n'
        'source: "https://news.ycombinator.com/item?id=1"\n---\n\n'
        "Pellucid Maps | Staff Backend Engineer | Lisbon | Full-time | €90k–€115k\n\n"
        "We render offline maps for rescue teams.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Staff Backend Engineer", "Pellucid Maps")


def test_a_digests_dotted_header_names_a_role_with_its_team_after_a_comma():
    text = (
        "# Weekly roles digest\n\nPicked from this month's thread.\n\n"
        "**Ostrava Labs** · Data Engineer, Billing Platform · Brno · Full-time · €60k\n\n"
        "> We bill 3,000 ISPs.\n"
    )
    reading = analyze_posting(text)
    assert reading.title == "Data Engineer, Billing Platform"
    assert reading.company == "Ostrava Labs"


def test_a_greeting_then_acme_is_hiring_a_role_names_the_role_and_the_employer():
    text = (
        "#jobs\n\nSam Ortiz  9:02 AM\n"
        "Hey all 👋 Fernhollow is hiring a Support Engineer — part-time, EU hours.\n"
        "We make booking software for climbing gyms.\n"
    )
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Support Engineer", "Fernhollow")


def test_a_dataset_list_glued_to_words_in_capitals_splits_at_each_item():
    text = (
        "requirements:\n"
        "Current state RN licenseBLS and PALS certificationTwo years of pediatric experience"
        "Ability to lift 35 poundsBSN preferred\n"
    )
    reading = analyze_posting(text)
    assert _texts(reading.must_haves) == [
        "Current state RN license",
        "BLS and PALS certification",
        "Two years of pediatric experience",
        "Ability to lift 35 pounds",
    ]
    assert _texts(reading.nice_to_haves) == ["BSN preferred"]


def test_an_equal_opportunity_statement_glued_to_the_sentence_before_names_the_employer():
    text = (
        "Night Porter\n\nYou will look after the front desk overnight.Relocation help is "
        "offered for moves over 50 miles.Harrowgate Lakeside Hotels is an equal opportunity "
        "employer.\n"
    )
    assert analyze_posting(text).company == "Harrowgate Lakeside Hotels"


def test_a_feed_items_title_field_drops_the_sites_name_after_its_dash():
    text = (
        '{"title": "Bookkeeper for a two-van plumbing firm - Upwork", "link": '
        '"https://www.upwork.com/jobs/~01ab", "content": "Xero, monthly."}'
    )
    assert analyze_posting(as_plain_text(text)).title == "Bookkeeper for a two-van plumbing firm"


def test_a_proposal_pages_button_over_job_details_gives_way_to_the_headline_under_them():
    text = (
        "Submit a proposal\n\nJob details\nTranslate a 40-page safety manual from German\n"
        "Translation\nPosted 2 hours ago\nWorldwide\n\nWe make ladders and need our manual in "
        "English by June.\n\nView job posting\n\n$600.00\nFixed-price\nExpert\n\n"
        "Skills and expertise\nGerman\n\nTerms\nYour proposed terms\nClient's budget: $600.00\n"
        "How do you want to be paid?\nBy milestone\n"
    )
    assert analyze_posting(text).title == "Translate a 40-page safety manual from German"


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("Brightkettle Foods here — we sell soup to 40 cafés.", "Brightkettle Foods"),
        ("My sister and I are opening Mossgate Pantry, a deli in Leith.", "Mossgate Pantry"),
    ],
)
def test_a_clients_own_opening_names_the_business(opening, company):
    text = f"Menu designer\n\n{opening}\n\nWe need a menu for the counter.\n"
    assert analyze_posting(text).company == company


def test_a_language_that_is_nice_to_speak_is_no_company():
    text = (
        "Logo for a bakery\n\nWe need a logo. Speaking Dutch is nice but not needed.\n"
        "Portuguese is a plus.\n"
    )
    assert analyze_posting(text).company == ""


def test_a_tool_named_for_a_trade_keeps_a_what_we_need_label_asking():
    text = (
        "Intro.\n\nWhat we need from you: three brand projects in a portfolio, the logo drawn "
        "in Adobe Illustrator, and vector files.\n"
    )
    asked = " ".join(item.text for item in analyze_posting(text).must_haves)
    assert "Adobe Illustrator" in asked and "portfolio" in asked


def test_an_equal_opportunity_statements_short_name_is_given_in_full_when_the_text_does():
    text = (
        "Ward Clerk\n\nMarlow Bay Community Hospital is a 90-bed hospital.\n\n"
        "Marlow Bay is an equal opportunity employer.\n"
    )
    assert analyze_posting(text).company == "Marlow Bay Community Hospital"


@pytest.mark.parametrize(
    ("header", "company"),
    [
        ("Harrow Vale Foods Careers\nSearch for Jobs", "Harrow Vale Foods"),
        ("Quillon Group\nCareers at Quillon\nSign In", "Quillon Group"),
        ("University of Ashmere – Careers\nJob Search   My Jobpage", "University of Ashmere"),
        ("Tarrant & Lowe Haulage\nCareer Section", "Tarrant & Lowe Haulage"),
        ("Red Gum Coast University\nCareers at RGCU", "Red Gum Coast University"),
    ],
)
def test_a_careers_sites_header_names_the_employer_over_a_departments_field(header, company):
    text = (
        f"{header}\n\nShift Planner\nApply\nOrganisation: Northern Operations\n\n"
        "You will plan the night shifts for our depot.\n"
    )
    assert analyze_posting(text).company == company


def test_a_careers_sites_short_name_is_given_as_the_text_writes_it_in_full():
    text = (
        "Oakhollow Careers\nSearch for Jobs\n\nStore Supervisor\nApply\n\n"
        "At Oakhollow Living, we make furniture.\n\nOakhollow Living is an equal opportunity "
        "employer.\n"
    )
    assert analyze_posting(text).company == "Oakhollow Living"
