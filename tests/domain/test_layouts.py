"""Pages recognised by their layout (resources/layouts.json): Upwork and LinkedIn."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import Pay
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.layouts import read_layout
from desktop.domain.reading.sections import BoilerplateKind
from tests.conftest import fixture_text


def _texts(items):
    return [item.text for item in items]


def test_an_upwork_listing_gives_title_hourly_range_level_and_duration():
    result = analyze_posting(fixture_text("upwork_listing_hourly.txt"))
    assert result.layout == "upwork_listing"
    assert result.title == "Bookkeeping Cleanup for a Small Bakery Chain"
    assert result.engagement == "freelance-hourly"
    assert result.pay == Pay(22, 35, "USD", "hour")
    assert result.level == "Intermediate"
    assert result.duration == "3 to 6 months, Less than 30 hrs/week"


def test_tags_the_client_also_names_stand_in_when_the_text_states_no_requirements():
    silent = analyze_posting(fixture_text("upwork_listing_hourly.txt"))
    assert silent.tags == ("QuickBooks Online", "Bookkeeping", "Bank Reconciliation")
    # "Bank Reconciliation" is the site's guess: the client never says it.
    assert _texts(silent.must_haves) == ["QuickBooks Online", "Bookkeeping"]
    assert {item.origin for item in silent.must_haves} == {"tags"}
    stating = analyze_posting(fixture_text("upwork_listing_fixed.txt"))
    assert _texts(stating.must_haves) == ["You must have a portfolio of sports or community logos."]
    assert stating.must_haves[0].origin == "prose"


def test_a_search_results_tags_over_its_client_box_join_a_cut_description_that_states_little():
    listing = (
        "Most Recent\n"
        "Migrate a Django 3 app to Django 5 and add Celery\n"
        "Hourly: $35.00 - $60.00 - Expert - Est. time: 1 to 3 months, Less than 30 hrs/week "
        "- Posted 2 hours ago\n"
        "Our booking app runs on Django 3.2 with a Postgres database and cron jobs that keep "
        "timing out. We want it upgraded and the cron work moved to Celery with Redis. You "
        "must have done at least one major Django upgrade, and the test suite has to stay "
        "green on our CI the whole way… more\n"
        "Django\nCelery\nRedis\nPostgreSQL\nAPI Integration\n"
        "Payment verified\nRating is 4.6 out of 5.\n$8K+ spent\nNetherlands\n"
        "Proposals: 10 to 15\n"
    )
    result = analyze_posting(listing)
    assert result.tags == ("Django", "Celery", "Redis", "PostgreSQL", "API Integration")
    must = _texts(result.must_haves)
    # the stated one, then the tags the client's words name but it does not ask for already
    assert must[1:] == ["Celery", "Redis", "PostgreSQL"]
    assert must[0].startswith("You must have done at least one major Django upgrade")


@pytest.mark.parametrize(
    "menu",
    [
        "Jobs you might like\nBest Matches   Most Recent   U.S. Only   Saved Jobs (2)",
        "Search for jobs   bakery bookkeeping\nFilters\nSort by: Newest\n1,874 jobs found",
    ],
)
def test_the_search_pages_own_lines_over_a_listing_are_no_title(menu):
    card = fixture_text("upwork_listing_hourly.txt").split("\n", 1)[1]
    text = f"{menu}\n\nHourly: $22.00 - $35.00 - Intermediate - Est. time: 3 to 6 months\n" + (
        "Bookkeeping Cleanup for a Small Bakery Chain\nPosted 3 hours ago\n" + card
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.title == "Bookkeeping Cleanup for a Small Bakery Chain"


@pytest.mark.parametrize(
    "details",
    [
        "Fixed-price - Est. Budget: $450\nIntermediate\nEst. Time: 1 to 3 months\n"
        "Posted 40 minutes ago",
        "Fixed-price\nExpert\nEst. Budget: $450\nPosted yesterday",
    ],
)
def test_a_listings_details_over_its_title_are_no_title(details):
    text = (
        f"{details}\nGarden shed plans drawn to council standard\n"
        "I need drawings of a 3 x 4 m timber shed for a planning application. You must have "
        "drawn outbuildings for UK councils before.\nAutoCAD\nArchitectural Drawing\n"
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.title == "Garden shed plans drawn to council standard"
    assert (result.engagement, result.pay) == ("freelance-fixed", Pay(450, 450, "USD", "project"))


def test_a_fixed_price_listing_is_paid_per_project():
    result = analyze_posting(fixture_text("upwork_listing_fixed.txt"))
    assert result.engagement == "freelance-fixed"
    assert result.pay == Pay(180, 180, "USD", "project")
    assert result.level == "Entry level"


def test_an_upwork_job_page_drops_the_menu_and_reads_the_client_box():
    text = fixture_text("upwork_job_page.txt")
    result = analyze_posting(text)
    assert result.layout == "upwork_job_page"
    assert result.title == "Warehouse Inventory Dashboard in Power BI"
    # "Worldwide" under the posted time: open to freelancers anywhere, so remote work
    assert (result.location, result.remote) == ("Worldwide", "remote")
    assert (result.engagement, result.pay) == ("freelance-fixed", Pay(650, 650, "USD", "project"))
    assert (result.level, result.project_type, result.connects) == (
        "Expert",
        "One-time project",
        16,
    )
    assert dict(result.activity) == {
        "proposals": "10 to 15",
        "last_viewed": "3 hours ago",
        "interviewing": "2",
        "invites_sent": "4",
        "unanswered_invites": "1",
    }
    client = dict(result.client)
    assert client["payment_method"] == "verified"
    assert (client["rating"], client["reviews"]) == ("4.8", "12")
    assert (client["country"], client["city"], client["local_time"]) == (
        "Portugal",
        "Porto",
        "10:15 AM",
    )
    assert (client["jobs_posted"], client["hire_rate"], client["open_jobs"]) == ("21", "62%", "3")
    assert (client["total_spent"], client["hires"], client["active"]) == ("$8.4K", "14", "2")
    assert (client["average_hourly_rate"], client["hours"]) == ("$27.50", "310")
    assert client["member_since"] == "Mar 3, 2019"
    # The menu, the price labels and everything from the activity box down are Upwork's text.
    assert result.sections[0].kind == SectionKind.BOILERPLATE
    assert text[result.sections[-1].start :].startswith("Activity on this job")
    # Upwork's words about the client, which red flags read (an unverified new client).
    assert result.sections[-1].detail == BoilerplateKind.SITE_PANEL


def test_a_site_panel_ends_where_the_board_footer_begins():
    page = (
        "Label printing script\nPosted 2 days ago\n\nSummary\nA short Python script for our "
        "label printer.\n\nFixed-price\n\nAbout the client\nPayment method verified\n"
        "3 jobs posted\n\nSee more jobs like this\nSafe Remote Job Search Tips\n"
    )
    sections = analyze_posting(page).sections
    tail = [(s.detail, page[s.start : s.end].split("\n", maxsplit=1)[0]) for s in sections[-2:]]
    assert tail == [
        (BoilerplateKind.SITE_PANEL, "About the client"),
        (BoilerplateKind.JOB_BOARD, "See more jobs like this"),
    ]


def test_upworks_mandatory_skills_are_must_haves_beside_the_clients_own_list():
    result = analyze_posting(fixture_text("upwork_job_page.txt"))
    # "Microsoft Power BI" and "SQL Server" are asked for by the client's own items already
    assert _texts(result.must_haves) == [
        "Solid experience building Power BI reports.",
        "Comfortable modelling data from Excel and SQL Server.",
        "DAX",
    ]


def test_an_upwork_pages_freelancer_filters_and_workload_are_no_requirements():
    page = (
        "Find work\nDeliver work\nMessages\nBack\n"
        "Translate a board game rulebook from French to English\nPosted 5 hours ago\n"
        "Worldwide\nSummary\nWe publish tabletop games and need our 24-page rulebook in "
        "English before a crowdfunding launch.\n\nWhat we need\n"
        "Native-level English and fluent French\n"
        "You have played modern board games and know their vocabulary\n"
        "Able to work in our shared glossary in Google Sheets\n"
        "More than 30 hrs/week\nHourly\nLess than 1 month\nDuration\nIntermediate\n"
        "$25.00\n-\n$35.00\nHourly\nProject Type: One-time project\n"
        "Skills and Expertise\nMandatory skills\nFrench to English Translation\n"
        "Google Sheets\nProofreading\nPreferred qualifications\nEnglish level:\nNative or "
        "bilingual\nJob Success Score:\nAt least 80%\nActivity on this job\n"
        "Proposals:\n5 to 10\nAbout the client\nPayment method verified\nFrance\n"
    )
    result = analyze_posting(page)
    assert _texts(result.must_haves) == [
        "Native-level English and fluent French",
        "You have played modern board games and know their vocabulary",
        "Able to work in our shared glossary in Google Sheets",
        "French to English Translation",
        "Proofreading",
    ]
    assert result.hours_per_week is not None and result.hours_per_week.min == 30


def test_a_linkedin_page_gives_title_company_and_employment_type_without_its_chrome():
    result = analyze_posting(fixture_text("linkedin_page.txt"))
    assert result.layout == "linkedin"
    assert (result.title, result.company) == ("Customs Broker", "Harbourline")
    assert result.engagement == "full-time"
    assert result.level == "Associate"
    assert _texts(result.must_haves) == [
        "Three years of experience filing import declarations.",
        "Knowledge of EU customs tariffs.",
    ]


def test_plain_postings_and_the_seed_layout_are_no_site_page():
    assert read_layout(fixture_text("platform_contract.txt")) is None
    assert read_layout(fixture_text("upwork_contract.txt")) is None
    # A price and a level on their own near the top are not enough for a listing.
    assert read_layout("Expert plumber wanted\nWe pay well.\nCall us.") is None


def test_a_listings_tags_and_labels_are_the_sites_words_and_give_its_hours():
    text = fixture_text("upwork_listing_hourly.txt")
    result = analyze_posting(text)
    board = [text[s.start : s.end] for s in result.sections if s.kind == SectionKind.BOILERPLATE]
    assert any("QuickBooks Online" in words and "+3" in words for words in board)
    assert result.hours_per_week is not None and result.hours_per_week.max == 30


_CLIENT_BOX = "Fence repair quote\nPosted 3 hours ago\nActivity on this job\nAbout the client\n"


def test_a_line_longer_than_any_label_is_prose_not_a_field_of_the_page():
    prose = "Member since the day we opened, our family has " + "kept the garden tidy, " * 20
    page = read_layout(f"{_CLIENT_BOX}{prose}\nMember since Jun 9, 2021\n")
    assert page is not None
    assert page.fields["client.member_since"] == "Jun 9, 2021"


def test_a_long_adversarial_line_reads_in_time_linear_in_its_length():
    # 200,000 characters: a pattern that backtracks over the line would run for hours.
    size = 200_000
    lines = [
        "7" * size,  # digits that never end in "open jobs"
        "x" + " " * size + "x",  # spaces that never reach a local time
        ("hiring in " * size)[:size],  # a LinkedIn title line that never ends in "| LinkedIn"
    ]
    for line in lines:
        page = read_layout(f"{_CLIENT_BOX}{line}\n")
        assert page is not None and "client.open_jobs" not in page.fields
        linkedin = read_layout(f"{line}\nAbout the job\nSeniority level\nSign in\n")
        assert linkedin is not None and linkedin.title == ""


def test_a_raw_linkedin_copy_in_german_keeps_its_description_and_its_links():
    """'Report this job' above the description is the page's own line, not its footer; a
    link copied onto a line of its own ("Erfahrung mit" / "Go" / ".") joins its sentence."""
    result = analyze_posting(fixture_text("linkedin_page_german.txt"))
    assert (result.title, result.company) == ("Backend-Entwickler", "Kranwerk")
    assert [" ".join(item.text.split()) for item in result.must_haves] == [
        "Mehrjährige Erfahrung mit Go .",
        "Sehr gute Kenntnisse in PostgreSQL , Docker und Linux.",
    ]
    assert [" ".join(item.text.split()) for item in result.nice_to_haves] == [
        "Erfahrung mit Kubernetes ist von Vorteil."
    ]
    kinds = [section.kind for section in result.sections if section.heading]
    assert kinds == [SectionKind.RESPONSIBILITIES, SectionKind.MUST_HAVE, SectionKind.BENEFITS]


def test_a_client_box_without_its_rating_line_gives_the_rating_of_its_reviews_line():
    page = read_layout(f"{_CLIENT_BOX}Payment method verified\n4.6 of 9 reviews\n")
    assert page is not None
    assert (page.fields["client.rating"], page.fields["client.reviews"]) == ("4.6", "9")


def test_a_hiring_tag_without_discords_author_line_names_no_platform():
    from desktop.domain.reading.layouts import platform_of

    slack = "#jobs\n\nJordan Reyes  11:24 AM\n*[HIRING] Illustrator for a picture book*\nHi all!\n"
    discord = "#jobs-board\nkaiyo — Today at 3:14 PM\n[HIRING] Shorts editor\nyo! need an editor\n"
    assert platform_of(analyze_posting(slack).layout) == ""
    assert platform_of(analyze_posting(discord).layout) == "Discord"


@pytest.mark.parametrize(
    "banner",
    [
        "Wir verwenden Cookies, um dir die beste Erfahrung zu bieten. Alle akzeptieren",
        "Nous utilisons des cookies pour mesurer l'audience. Tout accepter",
    ],
)
def test_a_cookie_banner_in_german_or_french_is_folded(banner):
    text = f"{banner}\n\nBuchhalter (m/w/d)\n\nDas bringst du mit\n- DATEV\n- Excel\n"
    reading = analyze_posting(text)
    assert any(s.detail is BoilerplateKind.COOKIE_BANNER for s in reading.sections)


def test_accepting_all_levels_is_no_cookie_banner():
    text = "Junior Baker\n\nWe accept all levels of experience and train you.\n"
    sections = analyze_posting(text).sections
    assert not any(s.detail is BoilerplateKind.COOKIE_BANNER for s in sections)


def test_a_federal_board_page_gives_the_role_its_agency_and_keeps_its_field_table_out():
    """A public board's announcement: the role over its department and agency, then a table
    of the site's fields, a label a line and its value under it ("Travel Required" /
    "Not required"), none of which is asked of the applicant."""
    text = (
        "An official website of the United States government\nUSAJOBS\nSign in\n\n"
        "Back to results\nHydrologist\nDepartment of the Interior\nRiver Basin Survey Office\n"
        "Print\nShare\n\nOverview\nOpen & closing dates\n06/02/2026 to 06/16/2026\n"
        "Salary\n$72,553 - $94,317 per year\nPay scale & grade\nGS 11\n"
        "Travel Required\n25% or less - Field visits to gauging stations\n"
        "Relocation expenses reimbursed\nNo\nAppointment type\nPermanent\n"
        "Work schedule\nFull-time\nDrug test\nYes\nAnnouncement number\nRBS-26-0311\n"
        "Control number\n700112233\n\n"
        "Requirements\nHelp\nConditions of Employment\n"
        "- U.S. citizenship\n- A valid state driver's license\n\n"
        "Qualifications\n- One year of experience collecting streamflow data\n"
        "- Skill in hydrologic modeling with HEC-RAS\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "usajobs"
    assert (reading.title, reading.company) == ("Hydrologist", "River Basin Survey Office")
    assert reading.engagement is not None and reading.engagement.value == "full-time"
    must = " ".join(item.text for item in reading.must_haves)
    assert "HEC-RAS" in must and "driver's license" in must
    assert "Field visits" not in must and "Permanent" not in must and "No" not in must.split()


def test_a_civil_service_page_gives_the_role_whole_its_department_and_drops_the_footer():
    """The UK board: the role as the page names it (a team after a dash is part of it), the
    department under it, a table of the site's fields, and the service's own pages at the
    end ("Working for the Civil Service"), none of them asked of the applicant."""
    text = (
        "GOV.UK\nCivil Service Jobs\nSign in   Search for jobs   Help\n\n"
        "Back to search results\n\nData Engineer – Flood Forecasting\n"
        "Department for Rivers and Coasts\n\nApply before 11:55 pm on Monday 3rd August 2026\n\n"
        "Reference number\n411906\n\nSalary\n£41,200 - £46,900\n\nJob grade\nSenior Executive "
        "Officer\n\nContract type\nPermanent\n\nWorking pattern\nFull-time\n\n"
        "Number of jobs available\n1\n\nJob summary\nYou will keep the forecasting "
        "pipelines running through the winter storms.\n\n"
        "Essential criteria\n- Experience building data pipelines in Python\n"
        "- Working knowledge of PostgreSQL\n\n"
        "Working for the Civil Service\nThe Civil Service Code sets out the standards of "
        "behaviour expected of civil servants.\nWe recruit by merit on the basis of fair "
        "and open competition.\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "civil_service_jobs"
    assert reading.title == "Data Engineer – Flood Forecasting"
    assert reading.company == "Department for Rivers and Coasts"
    assert [item.text for item in reading.must_haves] == [
        "Experience building data pipelines in Python",
        "Working knowledge of PostgreSQL",
    ]
    assert reading.engagement is not None and reading.engagement.value == "full-time"


def test_linkedins_join_to_apply_line_names_the_role_over_the_search_typed():
    text = (
        "Skip to main content\nLinkedIn\nBaker in Lyon\nExpand search\nJobs\nPeople\n"
        "Join now\nSign in\nNight Baker – 6 Month Contract\nMaison Verdier\nLyon, France\n"
        "3 days ago\nJoin to apply for the Night Baker – 6 Month Contract role at Maison "
        "Verdier\nEmail\nAbout the job\nWe bake for four shops in Lyon. You have two years in "
        "a pastry kitchen.\nSeniority level\nMid-Senior level\n"
    )
    result = analyze_posting(text)
    assert result.layout == "linkedin"
    assert (result.title, result.company) == ("Night Baker – 6 Month Contract", "Maison Verdier")


def test_a_reddit_threads_comments_under_sort_by_are_the_sites():
    text = (
        "r/forhire\nPosted by u/kiln_and_co 3 hr. ago\n[Hiring] Product photos for a pottery "
        "shop — £200\n\nI need 20 photos of mugs on white. You must have a lightbox.\n\n"
        "6 comments\nShare\n\nSort by: Best\n\nAutoModerator • 3h\nAll posts must include a "
        "budget.\n"
    )
    result = analyze_posting(text)
    assert result.layout == "reddit"
    assert _texts(result.must_haves) == ["You must have a lightbox."]


def test_a_page_that_says_whose_it_is_is_that_sites_whatever_words_it_shares():
    text = (
        "Jobs at Fernhill\n\nData Analyst\n\nLocation\nLeeds\nLocation Type\nHybrid\n\nOverview\n"
        "Application\n\nDescription\nWe grow salad leaves indoors.\n\nRequirements\n- SQL\n\n"
        "Benefits\n- Free salad\n\nApply for this Job\nPowered by Ashby\nPrivacy Policy\n"
    )
    assert analyze_posting(text).layout == "ashby"


def test_a_bamboohr_application_form_is_the_sites_text():
    text = (
        "Line Cook\nDenver, Colorado\n\nEmployment Type\nFull-Time\n\nWe run a busy diner on "
        "Colfax and need another cook.\n\nRequirements\n- Two years on a grill\n\n"
        "Apply for This Job\n* Required\nFirst Name*\nLast Name*\nDesired Pay\n"
        "Website, Blog or Portfolio\nSubmit Application\nPowered by BambooHR\n"
    )
    result = analyze_posting(text)
    assert result.layout == "bamboohr"
    assert _texts(result.must_haves) == ["Two years on a grill"]
    assert _texts(result.nice_to_haves) == []


def test_an_upwork_search_result_ends_at_its_client_box_above_the_next_result():
    text = (
        "Search results\nlegal transcription\n312 jobs found\nSort by: Relevance\n\n"
        "Posted 2 hours ago\nDeposition Transcriptionist for a Small Law Office\n"
        "Hourly: $20.00 - $28.00 - Intermediate - Est. Time: 1 to 3 months, Less than 30 "
        "hrs/week\nWe are a two-lawyer practice with about six depositions a month to type up. "
        "Required: three years of legal transcription, your own foot pedal, and verbatim "
        "style. Notary experience is a plus.\nLegal Transcription\nTranscription\nTyping\n"
        "Payment verified\nRating is 4.8 out of 5.\n$20K+\nspent\nUnited States\n"
        "Proposals: 5 to 10\n\nPosted 4 hours ago\nPodcast show notes writer\n"
        "Fixed-price - Entry level - Est. Budget: $150\n"
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.tags == ("Legal Transcription", "Transcription", "Typing")
    assert _texts(result.must_haves) == [
        "three years of legal transcription",
        "your own foot pedal",
        "verbatim style.",
    ]


def test_upworks_phone_app_copy_labels_each_detail_under_its_value():
    text = (
        "9:41\n‹\nJob details\n⋯\nTranscribe 20 interviews for a podcast archive\n"
        "Posted 5 hours ago · Worldwide\n$600\nFixed-price\nIntermediate\nExperience level\n"
        "1 to 3 months\nProject length\nWe host a history podcast and need clean verbatim "
        "transcripts of 20 interviews, about 45 minutes each.\nYou must have transcribed "
        "long-form audio before.\nSkills\nTranscription\nEnglish\n"
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.title == "Transcribe 20 interviews for a podcast archive"
    assert (result.level, result.pay) == ("Intermediate", Pay(600, 600, "USD", "project"))


def test_an_upwork_pages_duration_written_with_a_dash_is_read():
    text = (
        "Find Work\nMessages\n\nBrand refresh for a tea shop\nPosted 2 hours ago\nWorldwide\n\n"
        "We need a new logo and labels.\n\n$25.00-$40.00\nHourly\nLess than 30 hrs/week\n"
        "Hourly\n1-3 months\nDuration\nIntermediate\nExperience Level\n"
        "Project Type: One-time project\nSkills and Expertise\nLogo Design\n"
        "Activity on this job\nProposals: 5 to 10\n"
    )
    assert analyze_posting(text).duration == "1-3 months"


def test_an_upwork_pages_project_type_written_over_its_label_is_read():
    page = (
        "Find work\nMessages\nBack\nIllustrate a children's picture book\nPosted 2 days ago\n"
        "Worldwide\nSummary\nTwelve full-page illustrations for a bedtime story.\n"
        "Hourly\n1 to 3 months\nDuration\nIntermediate\n$20.00\n-\n$30.00\nHourly\n"
        "Ongoing project\nProject Type\nSkills and Expertise\nMandatory skills\nIllustration\n"
        "Activity on this job\nProposals:\n10 to 15\nAbout the client\nPayment method verified\n"
    )
    result = analyze_posting(page)
    assert result.layout == "upwork_job_page"
    assert result.project_type == "Ongoing project"


def test_a_title_a_phone_wrapped_over_short_lines_is_read_whole():
    text = (
        "10:02\n← Job details\n\n"
        "Bookkeeper to\nreconcile two\nyears of Xero\n(café group)\n\n"
        "Posted 3 hours ago\nWorldwide\n\nHourly\n$25.00 – $35.00\n\nIntermediate\n"
        "Experience level\n\nWe own three cafés and fell behind on the books. You will "
        "reconcile bank feeds and tidy the chart of accounts.\n\nSkills and expertise\n"
        "Xero\nBookkeeping\n\nActivity on this job\nProposals\n5 to 10\n\nAbout the client\n"
        "Payment method verified\n"
    )
    assert analyze_posting(text).title == "Bookkeeper to reconcile two years of Xero (café group)"


def test_a_title_under_a_menu_line_is_not_joined_to_it():
    text = (
        "Find Work\nMy Jobs\nMessages\n\nLogo refresh\n\nPosted 1 hour ago\nWorldwide\n\n"
        "We need our logo refreshed for a new van livery and signage.\n\nFixed-price\n$300\n\n"
        "Activity on this job\nProposals\nLess than 5\n\nAbout the client\n"
        "Payment method verified\n"
    )
    assert analyze_posting(text).title == "Logo refresh"


def test_an_upwork_page_copied_as_rows_of_value_and_label_under_a_category_group():
    text = (
        "Upwork   Find Work   Deliver Work   Messages\n\nInvitation to interview\n\n"
        "Migrate a Postgres reporting schema to BigQuery\n"
        "Data Science & Analytics › Data Engineering\n"
        "Posted 2 days ago   🌍 Worldwide\n\n"
        "Job details\nOur nightly reports run on Postgres views that take an hour. Current "
        "runtime is 58 minutes and we want them in BigQuery.\n\n"
        "$40.00 - $55.00   Hourly\n"
        "Less than 30 hrs/week   Hourly\n"
        "3 to 6 months   Project Length\n"
        "Intermediate   I am looking for a mix of experience and value\n\n"
        "Skills and Expertise\nBigQuery   PostgreSQL   dbt\n\n"
        "Activity on this job\nProposals: 10 to 15\n\nAbout the client\n"
        "Payment method verified\nMember since May 4, 2021\n"
    )
    result = analyze_posting(text)
    assert result.title == "Migrate a Postgres reporting schema to BigQuery"
    assert (result.engagement, result.pay) == ("freelance-hourly", Pay(40, 55, "USD", "hour"))
    assert (result.level, result.duration) == ("Intermediate", "3 to 6 months")
    # "Current runtime is 58 minutes": a figure measured, not a company
    assert result.company in ("", None)


def test_a_bamboohr_application_form_after_the_posting_is_the_sites_text():
    text = (
        "Job Openings\n\nWarehouse Lead\nLocation\nDayton, OH\n\nQualifications\n"
        "Two years leading a shift\nForklift certified, or willing to be; Raymond reach "
        "trucks a plus\n\nBenefits\nMedical and dental\n401(k) match\n\n"
        "Daybreak Supply is an Equal Opportunity Employer.\n\n"
        "Apply for This Job\nFirst Name*\nLast Name*\nEmail*\nResume*\nDesired Pay\n"
        "Website, Blog, or Portfolio\nDo you hold a forklift certificate?*\nSubmit Application\n\n"
        "Powered by BambooHR\n"
    )
    reading = analyze_posting(text)
    assert reading.layout == "bamboohr"
    assert [r.text for r in reading.nice_to_haves] == ["Raymond reach trucks a plus"]


def test_a_feeds_own_sentence_over_a_card_opening_with_its_details_is_no_title():
    text = (
        "Find work\nBest Matches\nMost Recent\nSaved Jobs (2)\n"
        "Browse jobs that fit your profile and the clients' preferences. Sorted by relevance.\n\n"
        "Fixed-price - Intermediate - Est. Budget: $400 - Posted 2 hours ago\n"
        "Migrate a WordPress blog of 300 posts to Ghost with redirects kept\n"
        "We have a WordPress blog and want it on Ghost by the end of the month.\n"
        "WordPress\nGhost\nPayment verified\n"
    )
    result = analyze_posting(text)
    assert result.layout == "upwork_listing"
    assert result.title == "Migrate a WordPress blog of 300 posts to Ghost with redirects kept"
