"""A posting pasted as a data record: a scraper's JSON, a page's JSON-LD. Texts written here."""

import json

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import PayPeriod, pay_in_fields
from desktop.domain.reading.plain_text import READ_AS_RECORD, read_plain_text
from desktop.domain.reading.record_text import record_to_text
from desktop.domain.tracking.intake import posting_from_file

_SCRAPED = {
    "jobName": "Veterinary Nurse",
    "employer": "Hollins Lane Animal Clinic",
    "rating": 4.2,
    "salaryText": "£26,000 - £29,500 a year",
    "remote": False,
    "benefits": None,
    "tags": ["RVN", "small animals"],
    "details": (
        "Our two-vet practice in Leeds is growing.\n\nWhat we need:\n"
        "- RCVS registration as a veterinary nurse\n"
        "- Two years in small-animal practice\n"
        "- A full UK driving licence\n\nBonus:\n- Experience with exotic pets"
    ),
}


def test_a_scrapers_record_reads_as_its_fields_and_its_descriptions_own_lines():
    text = record_to_text(json.dumps(_SCRAPED, indent=2))
    assert text is not None
    assert text.startswith("jobName: Veterinary Nurse\nemployer: Hollins Lane Animal Clinic")
    assert "remote: no" in text
    assert "tags: RVN, small animals" in text
    assert "benefits" not in text  # an empty field says nothing
    assert "details:\nOur two-vet practice in Leeds is growing.\n\nWhat we need:" in text


def test_a_scrapers_record_gives_its_title_employer_pay_and_listed_asks():
    reading = analyze_posting(record_to_text(json.dumps(_SCRAPED)) or "")
    assert reading.title == "Veterinary Nurse"
    assert reading.company == "Hollins Lane Animal Clinic"
    assert reading.pay is not None and (reading.pay.min, reading.pay.max) == (26_000, 29_500)
    must = [item.text for item in reading.must_haves]
    assert must == [
        "RCVS registration as a veterinary nurse",
        "Two years in small-animal practice",
        "A full UK driving licence",
    ]
    assert [item.text for item in reading.nice_to_haves] == ["Experience with exotic pets"]


def test_a_pages_json_ld_reads_with_its_employer_by_name_and_its_markup_as_text():
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Sous Chef",
        "hiringOrganization": {"@type": "Organization", "name": "Brasserie Quillon"},
        "employmentType": "FULL_TIME",
        "description": (
            "<p>A busy brasserie by the harbour.</p><h3>You bring</h3>"
            "<ul><li>Three years on a hot line</li><li>Food hygiene level 3</li></ul>"
        ),
        "baseSalary": {"currency": "EUR", "value": {"minValue": 2400, "maxValue": 2800}},
    }
    text = record_to_text(json.dumps(posting)) or ""
    assert "hiringOrganization: Brasserie Quillon" in text
    assert "@context" not in text and "<li>" not in text
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Sous Chef", "Brasserie Quillon")
    assert [item.text for item in reading.must_haves] == [
        "Three years on a hot line",
        "Food hygiene level 3",
    ]


def test_a_list_of_records_reads_each_in_turn():
    records = [{"title": "Courier", "pay": "$19/hr"}, {"title": "Dispatcher"}]
    assert record_to_text(json.dumps(records)) == "title: Courier\npay: $19/hr\n\ntitle: Dispatcher"


@pytest.mark.parametrize(
    "text",
    [
        "[Remote] Senior Go Engineer at Foo",  # a board's bracketed title is no JSON
        '{"title": "Courier", "pay": ',  # a record cut short is text as it is
        "{}",
        '"just a string"',
        "Requirements: {Python} and [SQL]",
    ],
)
def test_text_that_is_no_whole_record_is_read_as_it_is(text):
    assert record_to_text(text) is None
    assert read_plain_text(text) == (text, None)


def test_a_record_saved_as_a_file_is_read_as_one_and_says_so():
    data = json.dumps({"title": "Bookkeeper", "description": "Xero\nweekly"}).encode()
    decoded = posting_from_file(data, "job.json")
    assert decoded.text.startswith("title: Bookkeeper")
    assert READ_AS_RECORD in decoded.notes


def test_a_dumps_escaped_line_breaks_become_lines_and_its_list_is_read():
    dump = (
        "job_title: Payroll Officer, company_name: Tarrow Homes, description: We build 300 "
        "homes a year.\\n\\nWhat we need\\n- CIPP qualification\\n- Two years running a "
        "monthly payroll\\n- Sage 50\\n\\nNice to have\\n- Pensions auto-enrolment"
    )
    text, read_as = read_plain_text(dump)
    assert read_as is not None and "\\n" not in text
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Payroll Officer", "Tarrow Homes")
    assert [item.text for item in reading.must_haves] == [
        "CIPP qualification",
        "Two years running a monthly payroll",
        "Sage 50",
    ]


def test_a_posting_quoting_a_line_break_in_code_is_read_as_it_is():
    text = "Python developer\n\nYou know why print('a\\nb') prints two lines.\nMust: Python\n"
    assert read_plain_text(text) == (text, None)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("rateMin: 22\nrateMax: 38\ncurrency: EUR", (22, 38, "EUR", PayPeriod.HOUR)),
        (
            "pay_from: 41000\npay_to: 47500\npay_currency: GBP\npay_period: YEARLY",
            (41_000, 47_500, "GBP", PayPeriod.YEAR),
        ),
        ("fixed_price: $640\nclient_total_spent: $18,300", (640, 640, "USD", PayPeriod.PROJECT)),
    ],
)
def test_a_records_pay_fields_give_the_pay(fields, expected):
    pay = pay_in_fields(fields)
    assert pay is not None and (pay.min, pay.max, pay.currency, pay.period) == expected


def test_pay_fields_without_a_currency_give_none_unless_the_platform_pays_in_dollars():
    fields = "hourly_low: 18.0\nhourly_high: 26.0\navg_rate_paid: 31\nrating: 4.8"
    assert pay_in_fields(fields) is None
    pay = pay_in_fields(fields, dollars=True)
    assert pay is not None and (pay.min, pay.max, pay.period) == (18, 26, PayPeriod.HOUR)


def test_a_scraped_freelance_job_reads_its_title_field_its_pay_fields_and_its_client():
    record = {
        "uid": "~02aa81",
        "title": "Bookkeeper to reconcile two Stripe accounts in Xero - March to June",
        "job_url": "https://www.upwork.com/jobs/~02aa81",
        "description": "We are Fennick Supply Co., a tools shop.\n\nPlease be fluent in Xero.",
        "hourly_min": 24,
        "hourly_max": 32,
        "client": {"country": "Canada", "total_spent": 5200, "verified": True},
    }
    reading = analyze_posting(record_to_text(json.dumps(record)) or "")
    assert reading.title.startswith("Bookkeeper to reconcile two Stripe accounts")
    assert reading.company != "country: Canada"
    assert reading.pay is not None
    assert (reading.pay.min, reading.pay.max, reading.pay.currency) == (24, 32, "USD")
    assert reading.pay.period == PayPeriod.HOUR


def test_a_freelance_jobs_amount_without_a_period_is_its_price():
    text = (
        "Logo for a cider press - Upwork\n\nWe need a round logo for our labels.\n\n"
        "Budget: $380\nPosted On: May 2, 2026 09:10 UTC\nCountry: Ireland\n"
    )
    pay = analyze_posting(text, source="Upwork").pay
    assert pay is not None and (pay.min, pay.period) == (380, PayPeriod.PROJECT)


def test_a_csv_exports_header_over_its_row_reads_as_the_rows_fields():
    export = (
        "job_id;title;company_name;location;description\n"
        '88;Night Porter;Hotel Vireo;"Lisbon, PT";"We need a calm night porter.\n\n'
        'Requirements:\n- Two years on a hotel front desk\n- Portuguese and English"\n'
    )
    text = record_to_text(export) or ""
    assert text.startswith("job_id: 88\ntitle: Night Porter\ncompany_name: Hotel Vireo")
    reading = analyze_posting(text)
    assert (reading.title, reading.company) == ("Night Porter", "Hotel Vireo")
    assert [item.text for item in reading.must_haves] == [
        "Two years on a hotel front desk",
        "Portuguese and English",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Python, Django, React, AWS\nWe build tools for clinics.\nYou know Django well.",
        "Name,Role,Notes\nAda,Engineer\nBo,Designer,first week",  # rows of other widths
    ],
)
def test_lines_with_commas_are_no_csv_export_unless_every_row_fills_the_header(text):
    assert record_to_text(text) is None


def test_a_feed_items_escaped_markup_is_read_as_its_text_under_its_title():
    item = (
        "  <item>\n    <title>Bookkeeping catch-up in Xero for a bakery - Upwork</title>\n"
        "    <description>We are Crumb &amp;amp; Co.&lt;br /&gt;&lt;br /&gt;Requirements:"
        "&lt;br /&gt;- Xero certified&lt;br /&gt;- UK VAT returns&lt;br /&gt;&lt;b&gt;Budget"
        "&lt;/b&gt;: $450&lt;br /&gt;&lt;b&gt;Posted On&lt;/b&gt;: May 4, 2026 08:12 UTC"
        "&lt;br /&gt;&lt;b&gt;Country&lt;/b&gt;: United Kingdom</description>\n  </item>"
    )
    text, read_as = read_plain_text(item)
    assert read_as is not None and "&lt;" not in text and "<br" not in text
    reading = analyze_posting(text)
    assert reading.title == "Bookkeeping catch-up in Xero for a bakery"
    assert [item.text for item in reading.must_haves] == ["Xero certified", "UK VAT returns"]


def test_a_long_headline_in_a_title_field_is_the_title():
    headline = (
        "Spanish to English subtitles for a 12-part cooking series (about 6 hours of video, "
        "SRT files provided)"
    )
    record = {"title": headline, "budget": 700, "url": "https://www.upwork.com/jobs/~0f1"}
    assert analyze_posting(record_to_text(json.dumps(record)) or "").title == headline


def test_a_dataset_row_printed_by_pandas_reads_as_its_fields_with_the_lines_around_it():
    printed = (
        "In [4]: df.loc[812]\nOut[4]:\n"
        "job_id               813\n"
        "title                Pharmacy Technician\n"
        "location             US, OR, Salem\n"
        "salary_range         NaN\n"
        "company_profile      Willowbend Pharmacy runs four community pharmacies.\n"
        "requirements         Oregon technician licenceTwo years in retail pharmacyWeekend shifts\n"
        "fraudulent           0\n"
        "Name: 812, dtype: object\n"
    )
    text = record_to_text(printed) or ""
    assert text.startswith("In [4]: df.loc[812]\nOut[4]:\njob_id: 813\ntitle: Pharmacy Technician")
    assert "salary_range" not in text and text.endswith("Name: 812, dtype: object")
    assert analyze_posting(text).title == "Pharmacy Technician"


def test_a_dataset_row_printed_as_a_python_dict_reads_as_its_fields():
    printed = (
        ">>> pprint(row.to_dict())\n"
        "{'company_profile': 'Hollis Freight moves parcels across Ohio.',\n"
        " 'department': nan,\n"
        " 'requirements': 'A clean driving recordAble to lift 50 lbsAvailable on '\n"
        "                 'Saturdays',\n"
        " 'title': 'Delivery Driver'}"
    )
    text = record_to_text(printed) or ""
    assert text.startswith(">>> pprint(row.to_dict())\ncompany_profile: Hollis Freight")
    assert "requirements: A clean driving recordAble to lift 50 lbsAvailable on Saturdays" in text
    assert "department" not in text


def test_a_posting_quoting_a_small_dict_in_code_is_read_as_it_is():
    text = (
        "Backend Engineer\n\nWe are a payments team in Leeds building APIs used by 400 shops. "
        "You will write handlers that return {'status': 'ok', 'id': 42, 'items': []} and "
        "much more, with tests, in Python and Go, reviewed by two colleagues each time.\n"
    )
    assert record_to_text(text) is None


@pytest.mark.parametrize(
    "junk",
    [
        "a,b\rc,d,e\nf,g,h,i\n",  # a carriage return inside the header's fields
        'x;y;z\n"unclosed;1;2\n',
        "{\x00\x01'title': \x02}\n\x1f\x8b",
        "\ufffd\ufffd|\ufffd\r\n|\x7f|",
    ],
)
def test_junk_that_looks_half_like_a_record_is_read_as_it_is(junk):
    assert read_plain_text(junk) == (junk, None)


@pytest.mark.parametrize(
    "text",
    ["{[]: 1, 'title': 2, 'company': 3}", "[" * 5000 + "]" * 5000, '{"a":' * 600 + "1" + "}" * 600],
)
def test_a_record_no_posting_could_be_is_read_as_it_is(text):
    assert read_plain_text(text) == (text, None)


_ROW_FIELDS = (
    ("job_id", "512"),
    ("title", "Warehouse Shift Lead"),
    ("location", "GB, BHM, Birmingham"),
    ("salary_range", "27000-31000"),
    ("employment_type", "Full-time"),
)


@pytest.mark.parametrize(
    "printed",
    [
        "\n".join(f"{key}\t{value}" for key, value in _ROW_FIELDS),  # a transposed frame
        "\n".join(f"{key:>16} = {value}" for key, value in _ROW_FIELDS),  # sqlite's line mode
        "\n".join(f"{key}\n{value}" for key, value in _ROW_FIELDS),  # a dataset viewer's page
    ],
)
def test_a_row_printed_by_a_tool_one_field_a_line_reads_as_its_fields(printed):
    text = f"Out[7]:\n{printed}\n\nNext row ›"
    written = record_to_text(text)
    assert written is not None
    assert "title: Warehouse Shift Lead" in written
    assert "salary_range: 27000-31000" in written
    assert written.startswith("Out[7]:") and written.endswith("Next row ›")


def test_a_viewers_empty_cells_keep_the_run_of_its_fields():
    text = "job_id\n77\ndepartment\nnull\ntitle\nNight Porter\nlocation\nIE, D, Dublin\n"
    text += "fraudulent\n0"
    written = record_to_text(text)
    assert written is not None and "title: Night Porter" in written


@pytest.mark.parametrize(
    ("location", "currency", "salary_range", "period"),
    [
        ("GB, BHM, Birmingham", "GBP", "27000-31000", PayPeriod.YEAR),
        ("NZ, , Queenstown", "NZD", "24-27", PayPeriod.HOUR),
        ("GR, I, Athens", "EUR", "950-1250", PayPeriod.MONTH),
    ],
)
def test_a_rows_bare_salary_range_takes_its_countrys_currency_and_a_period_by_its_size(
    location, currency, salary_range, period
):
    fields = f"title: Porter\nlocation: {location}\nsalary_range: {salary_range}\n"
    pay = pay_in_fields(fields)
    low, high = (float(end) for end in salary_range.split("-"))
    assert pay is not None and (pay.min, pay.max, pay.currency, pay.period) == (
        low,
        high,
        currency,
        period,
    )


def test_a_range_that_a_spreadsheet_made_a_date_is_no_pay():
    assert pay_in_fields("location: US, TX, Waco\nsalary_range: Jun-18\n") is None


def test_a_salary_key_over_its_own_min_max_and_currency_gives_the_pay():
    text = "title: Support Lead\nsalary:\n  min: 380000\n  max: 520000\n  currency: NGN\n"
    text += "  period: month\ncategory: Support\n"
    pay = pay_in_fields(text)
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period) == (380000, 520000, "NGN", PayPeriod.MONTH)
