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
