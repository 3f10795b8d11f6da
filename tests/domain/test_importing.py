"""Reading a spreadsheet before importing it: files and headers written for the tests."""

import codecs
import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.tracking.export import COLUMNS
from desktop.domain.tracking.importing import (
    DateOrder,
    Field,
    date_order,
    decode_table,
    guess_mapping,
    import_rows,
    parse_day,
    read_table,
    status_of,
    unmapped_statuses,
)
from desktop.domain.tracking.tracker import Outcome, Stage

ROWS = "Company;Job Title;Status\nBäckerei Müller;Verkäufer (m/w/d);Applied\n"


@pytest.mark.parametrize(
    "encoded",
    [
        ROWS.encode("utf-8"),
        codecs.BOM_UTF8 + ROWS.encode("utf-8"),
        ROWS.encode("utf-16"),  # with its BOM, as Excel's "Unicode text" writes it
        ROWS.encode("cp1252"),  # a spreadsheet saved on Windows
    ],
)
def test_any_common_encoding_and_a_semicolon_read_the_same(encoded):
    rows = read_table(decode_table(encoded))
    assert rows == [
        ["Company", "Job Title", "Status"],
        ["Bäckerei Müller", "Verkäufer (m/w/d)", "Applied"],
    ]


def test_gigdesks_own_export_maps_every_field_it_can_take_back():
    mapping = guess_mapping(COLUMNS)
    by_field = {field: COLUMNS[index] for index, field in mapping.items()}
    assert by_field[Field.TITLE] == "title"
    assert by_field[Field.COMPANY] == "company"
    assert by_field[Field.URL] == "url"
    assert by_field[Field.STAGE] == "stage"
    assert by_field[Field.HISTORY] == "stage_history"
    assert by_field[Field.NOTES] == "notes"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a Huntr-style board export
        (
            ["Company", "Job Title", "List", "Date Applied", "URL", "Notes"],
            [Field.COMPANY, Field.TITLE, Field.STAGE, Field.APPLIED, Field.URL, Field.NOTES],
        ),
        # a Teal-style export
        (
            ["Position", "Employer", "Application Status", "Applied On", "Job Link", "Salary"],
            [Field.TITLE, Field.COMPANY, Field.STAGE, Field.APPLIED, Field.URL, Field.PAY],
        ),
        # a hand-made sheet, with a column no field names
        (
            ["Role", "Client", "status", "applied_date", "Gut feeling"],
            [Field.TITLE, Field.COMPANY, Field.STAGE, Field.APPLIED],
        ),
    ],
)
def test_headers_name_their_fields(header, expected):
    mapping = guess_mapping(header)
    assert [mapping[index] for index in sorted(mapping)] == expected


def test_free_text_statuses_map_to_stages_and_outcomes_and_the_rest_is_listed():
    assert status_of("Phone screen") == Stage.SCREENING
    assert status_of("Interview 2") == Stage.INTERVIEWING
    assert status_of("Ghosted") == Outcome.NO_RESPONSE
    assert status_of("Proposal sent") == Stage.APPLIED
    assert unmapped_statuses(["Applied", "Sent CV", "Maybe", "Sent CV", ""]) == ["Sent CV", "Maybe"]


def test_the_whole_column_decides_whether_dates_are_day_first():
    assert date_order(["04/03/2026", "25/03/2026"]) == DateOrder(True)
    assert date_order(["04/03/2026", "03/25/2026"]) == DateOrder(False)
    assert date_order(["04/03/2026", "05/06/2026"]) == DateOrder(None)  # the user must say
    assert date_order(["2026-03-04", ""]) == DateOrder(False)
    with pytest.raises(DomainError):
        date_order(["25/03/2026", "03/25/2026"])


def test_days_as_spreadsheets_write_them():
    assert parse_day("04/03/2026", day_first=True) == date(2026, 3, 4)
    assert parse_day("04/03/2026", day_first=False) == date(2026, 4, 3)
    assert parse_day("4 Mar 2026", day_first=False) == date(2026, 3, 4)
    with pytest.raises(DomainError):
        parse_day("soon", day_first=True)


def test_a_hand_made_sheet_becomes_postings_with_back_dated_histories():
    table = read_table(
        decode_table(
            b"Role,Employer,Status,Date applied,Salary,Gut feeling\n"
            b"Barista,Bean There,Interview 2,25/03/2026,\xa312/hour,good vibes\n"
            b"Baker,Crumbs Ltd,Ghosted,02/04/2026,,\n"
            b"Florist,,Maybe,31/04/2026,,\n"
        )
    )
    (interviewing, ghosted, bad) = import_rows(
        table, guess_mapping(table[0]), day_first=True, statuses={}
    )
    assert (interviewing.details.title, interviewing.details.company) == ("Barista", "Bean There")
    assert interviewing.stage == Stage.INTERVIEWING and interviewing.outcome is None
    assert interviewing.history == (
        (date(2026, 3, 25), "saved"),
        (date(2026, 3, 25), "applied"),
        (date(2026, 3, 25), "interviewing"),
    )
    assert interviewing.details.notes == "Salary: £12/hour\nGut feeling: good vibes"
    assert (ghosted.stage, ghosted.outcome) == (Stage.APPLIED, Outcome.NO_RESPONSE)
    assert ghosted.history[-1] == (date(2026, 4, 2), "no_response")
    assert bad.line == 4
    assert bad.problems == (
        "Status: no stage named 'Maybe'",
        "Date applied: '31/04/2026' is not a date",
    )


def test_gigdesks_own_export_comes_back_with_its_whole_history():
    from datetime import UTC, datetime

    from desktop.domain.tracking.export import tracker_row
    from desktop.domain.tracking.importing import import_rows
    from desktop.domain.tracking.tracker import PostingDetails, PostingRow, StageEvent

    def at(day):
        return datetime(2026, 5, day, 9, tzinfo=UTC)

    posting = PostingRow(
        id=7,
        details=PostingDetails(
            title='Editor, "Weekend" desk',
            company="Flip & Co",
            source="Lever",
            url="https://jobs.example/7",
            follow_up=date(2026, 6, 1),
            notes="=SUM(A1)\nsecond line",
        ),
        added_at=at(1),
        updated_at=at(9),
        stage=Stage.INTERVIEWING,
        outcome=Outcome.REJECTED,
        history=(
            StageEvent(at(1), "saved"),
            StageEvent(at(3), "applied"),
            StageEvent(at(6), "interviewing"),
            StageEvent(at(9), "rejected"),
        ),
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerow(tracker_row(posting, lambda moment: moment))
    table = read_table(buffer.getvalue())
    (back,) = import_rows(table, guess_mapping(table[0]))
    assert back.problems == ()
    assert back.details == posting.details
    assert (back.stage, back.outcome) == (Stage.INTERVIEWING, Outcome.REJECTED)
    assert back.history == tuple((e.at.date(), e.name) for e in posting.history)


def test_an_xlsx_workbook_reads_as_its_sheet_shows_it():
    from datetime import datetime

    from openpyxl import Workbook

    from desktop.domain.tracking.importing import ImportPlan, read_sheet

    book = Workbook()
    sheet = book.active
    sheet.append(["Position", "Company", "Date Applied", "Hourly rate", "Stage"])
    sheet.append(["Übersetzer (DE→EN)", "Wörterbuch GmbH", datetime(2026, 3, 4), 45.0, "Applied"])
    sheet.append(["Copy editor", None, datetime(2026, 3, 12, 15, 30), 38.5, None])
    sheet.append([None, None, None, None, None])  # a blank row in the middle of a sheet
    buffer = io.BytesIO()
    book.save(buffer)
    rows = read_sheet(buffer.getvalue())
    assert rows == [
        ["Position", "Company", "Date Applied", "Hourly rate", "Stage"],
        ["Übersetzer (DE→EN)", "Wörterbuch GmbH", "2026-03-04", "45", "Applied"],
        ["Copy editor", "", "2026-03-12 15:30:00", "38.5", ""],
    ]
    plan = ImportPlan.of(rows)
    assert plan.column_order() is False  # dates in cells have no order to guess
    (first, second) = plan.rows()
    assert first.history == ((date(2026, 3, 4), "saved"), (date(2026, 3, 4), "applied"))
    assert second.stage == Stage.APPLIED  # a day applied and no status: applied that day
    assert second.history[-1] == (date(2026, 3, 12), "applied")
    assert "Hourly rate: 38.5" in second.details.notes


def test_a_damaged_workbook_is_refused_with_a_reason():
    from desktop.domain.tracking.importing import read_sheet

    with pytest.raises(DomainError, match="no workbook"):
        read_sheet(b"PK\x03\x04" + b"\0" * 64)


def test_a_plan_takes_the_users_corrections_one_column_at_a_time():
    from desktop.domain.tracking.importing import ImportPlan

    plan = ImportPlan.of(
        [
            ["Client", "Gig", "Where", "When", "Status"],
            ["Mia's Bakery", "Logo refresh", "Fiverr", "05/06/2026", "Delivered"],
            ["Nord AB", "Brand book", "referral", "07/08/2026", "Quoted"],
        ]
    )
    assert plan.mapping == {0: Field.COMPANY, 4: Field.STAGE}
    plan = plan.with_field(1, Field.TITLE).with_field(2, Field.SOURCE).with_field(3, Field.APPLIED)
    assert plan.column_order() is None  # 05/06 and 07/08 read both ways: ask
    assert plan.days_first() is None
    assert plan.unknown_statuses() == ["Delivered", "Quoted"]
    plan = replace(
        plan, day_first=True, statuses={"Delivered": Stage.ACCEPTED, "Quoted": Stage.APPLIED}
    )
    assert plan.unknown_statuses() == []
    (delivered, quoted) = plan.rows()
    assert delivered.problems == quoted.problems == ()
    assert (delivered.details.title, delivered.details.source) == ("Logo refresh", "Fiverr")
    assert (delivered.stage, delivered.outcome) == (Stage.ACCEPTED, None)
    assert quoted.history[-1] == (date(2026, 8, 7), "applied")
    # Moving a field to another column takes it from the first; "into the notes" unmaps.
    moved = plan.with_field(2, Field.TITLE)
    assert moved.mapping[2] == Field.TITLE and 1 not in moved.mapping
    assert "Gig: Logo refresh" in moved.rows()[0].details.notes
    assert 2 not in plan.with_field(2, None).mapping


def test_a_huntr_style_board_export_becomes_postings():
    table = read_table(
        "Company,Job Title,List,Date Applied,URL,Notes,Location\n"
        "Orbit Labs,Senior Data Engineer,Interviewing,2026-02-10,https://orbit.example/j/4,"
        '"Referred by Sam\nSecond round Tuesday",Remote (EU)\n'
        "Kettle & Co,Product Designer,Offer,2026-01-20,,,Leeds\n"
        "Quill,Technical Writer,Wishlist,,https://quill.example/careers/tw,,\n"
    )
    rows = import_rows(table, guess_mapping(table[0]))
    assert [row.problems for row in rows] == [(), (), ()]
    assert [row.stage for row in rows] == [Stage.INTERVIEWING, Stage.OFFER, Stage.SAVED]
    assert rows[0].details.notes == "Referred by Sam\nSecond round Tuesday\nLocation: Remote (EU)"
    assert rows[2].history == ()  # no day given: the import's own day
    assert rows[2].text == "Technical Writer\nQuill\nhttps://quill.example/careers/tw"


def test_a_teal_style_export_with_descriptions_reads_them_as_the_postings_text():
    description = (
        "Customer Success Manager\nBrightdesk · Austin, TX (Hybrid)\n\nRequirements\n"
        "- 3+ years in a customer-facing SaaS role\n- Excellent written English\n"
    )
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        [
            ["Position", "Employer", "Application Status", "Applied On", "Job Description"],
            ["Customer Success Manager", "Brightdesk", "No response", "Mar 2, 2026", description],
            ["Support Lead", "Helpa", "Withdrawn", "Mar 9, 2026", ""],
        ]
    )
    table = read_table(buffer.getvalue())
    (with_text, without) = import_rows(table, guess_mapping(table[0]))
    assert with_text.text == description.strip()
    assert (with_text.stage, with_text.outcome) == (Stage.APPLIED, Outcome.NO_RESPONSE)
    assert with_text.history[0] == (date(2026, 3, 2), "saved")
    assert without.outcome == Outcome.WITHDRAWN and without.text == "Support Lead\nHelpa"
    assert with_text.stated == {"title", "company"}


def test_a_row_naming_nothing_still_comes_in_under_its_line():
    table = read_table("Title,Company,Notes\n,,call back in May\n")
    (row,) = import_rows(table, guess_mapping(table[0]))
    assert row.problems == ()
    assert row.text == "Imported without a title or company (line 2)"
    assert row.details.notes == "call back in May"


def test_an_iso_day_is_read_without_guessing_and_a_wrong_one_is_refused():
    assert parse_day("2026-03-04", day_first=True) == date(2026, 3, 4)
    assert parse_day("2026-03-04 17:45:00", day_first=True) == date(2026, 3, 4)
    with pytest.raises(DomainError):
        parse_day("2026-02-30", day_first=False)


def test_excels_sep_line_names_the_delimiter_and_is_no_row():
    rows = read_table("sep=;\r\nCompany;Role\r\nNord AB;Translator, Swedish\r\n")
    assert rows == [["Company", "Role"], ["Nord AB", "Translator, Swedish"]]


def test_a_day_that_cannot_be_in_the_order_given_is_a_problem_not_a_swap():
    with pytest.raises(DomainError, match="cannot be month-first"):
        parse_day("25/03/2026", day_first=False)
    with pytest.raises(DomainError, match="cannot be day-first"):
        parse_day("03/25/2026", day_first=True)
    table = [["Role", "Company", "Applied"], ["Cook", "Pan", "25/03/2026"]]
    (row,) = import_rows(table, guess_mapping(table[0]), day_first=False)
    assert row.problems == ("Applied: '25/03/2026' cannot be month-first (there is no month 25)",)


def test_a_day_after_today_is_a_problem_but_a_follow_up_may_be_ahead():
    from desktop.domain.tracking.importing import ImportPlan

    table = [
        ["Role", "Company", "Applied", "Follow up"],
        ["Cook", "Pan", "2026-12-01", ""],
        ["Baker", "Crumbs", "2026-11-20", "2026-12-05"],
    ]
    late, fine = ImportPlan.of(table, today=date(2026, 11, 28)).rows()
    assert late.problems == ("2026-12-01 is after today: are day and month the wrong way round?",)
    assert fine.problems == () and fine.details.follow_up == date(2026, 12, 5)


def test_a_description_kept_as_html_is_read_as_the_text_its_page_shows():
    description = (
        "<p><strong>Harbourview Dental</strong> is hiring.</p><h3>What you&rsquo;ll need</h3>"
        "<ul><li>Two years on a front desk</li><li>Dentrix or Open Dental</li></ul>"
    )
    buffer = io.StringIO()
    header = ["Job Title", "Company", "Status", "Description"]
    csv.writer(buffer).writerows([header, ["Receptionist", "", "Saved", description]])
    table = read_table(buffer.getvalue())
    (row,) = import_rows(table, guess_mapping(table[0]))
    assert "<" not in row.text and "&rsquo;" not in row.text
    assert "What you’ll need" in row.text
    assert "- Dentrix or Open Dental" in row.text.splitlines()


def test_a_row_without_a_source_takes_its_links_site_or_its_descriptions():
    table = [
        ["Role", "Company", "Link", "Description"],
        ["Logo designer", "Crumbs", "https://www.upwork.com/jobs/~01b2c3d4e5", ""],
        ["Bookkeeper", "Pan", "", "Upwork\nFind work\nBookkeeper for a bakery\nPosted 2 hours ago"],
        ["Cook", "Pot", "https://example.org/jobs/cook", "We need a cook."],
    ]
    rows = import_rows(table, guess_mapping(table[0]))
    assert [row.details.source for row in rows] == ["Upwork", "Upwork", ""]


def test_a_day_that_is_already_today_east_of_the_system_is_no_problem():
    from desktop.domain.tracking.importing import ImportPlan

    # exported in Manila on the 29th while the system's clock, on UTC, still says the 28th
    table = [["Role", "Company", "Applied"], ["Cook", "Pan", "2026-11-29"]]
    (row,) = ImportPlan.of(table, today=date(2026, 11, 28)).rows()
    assert row.problems == ()


def test_the_users_reading_of_a_status_matches_in_any_case_and_spacing():
    from desktop.domain.tracking.importing import ImportPlan

    table = [["Role", "Company", "Status"], ["Cook", "Pan", "Sent  CV"]]
    plan = replace(ImportPlan.of(table), statuses={"sent cv": Stage.APPLIED})
    assert plan.unknown_statuses() == []
    (row,) = plan.rows()
    assert row.problems == () and row.stage == Stage.APPLIED


def test_a_sheet_naming_no_posting_field_cannot_be_imported_until_one_is_given():
    from desktop.domain.tracking.importing import ImportPlan

    plan = ImportPlan.of([["Gig", "Who", "When"], ["Logo", "Jane", "2026-10-02"]])
    assert plan.problem() == "no column is read as a title, company, link or description"
    assert plan.with_field(0, Field.TITLE).problem() is None


def test_a_status_without_any_day_still_says_where_the_posting_stands():
    table = [
        ["Role", "Company", "Status"],
        ["Cook", "Pan", "Interview 2"],
        ["Baker", "Crumbs", "Rejected"],
    ]
    interviewing, rejected = import_rows(table, guess_mapping(table[0]))
    assert (interviewing.stage, interviewing.history) == (Stage.INTERVIEWING, ())
    assert (rejected.stage, rejected.outcome, rejected.history) == (
        Stage.APPLIED,
        Outcome.REJECTED,
        (),
    )
