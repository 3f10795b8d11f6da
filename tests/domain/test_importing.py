"""Reading a spreadsheet before importing it: files and headers written for the tests."""

import codecs
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
    from desktop.domain.tracking.importing import import_rows

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
    import csv
    import io
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
