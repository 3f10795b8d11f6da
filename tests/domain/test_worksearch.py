"""The work-search log, week by week against the agency's minimum, worked out by hand."""

import csv
from datetime import UTC, date, datetime

import pytest

from desktop.cli import ACTIVITY_KINDS
from desktop.domain.errors import DomainError
from desktop.domain.tracking.tracker import Outcome, PostingDetails, PostingRow, Stage, StageEvent
from desktop.domain.tracking.worksearch import (
    Activity,
    ActivityKind,
    checked_activity,
    work_search_report,
    write_report_csv,
)


def _posting(number, applied_day, *, source="", outcome=None, stage=Stage.APPLIED):
    added = datetime(2026, 11, applied_day, 9, tzinfo=UTC)
    events = [StageEvent(added, "saved")]
    if applied_day:
        events.append(StageEvent(added.replace(hour=15), "applied"))
    return PostingRow(
        id=number,
        details=PostingDetails(
            title=f"Role {number}",
            company=f"Firm {number}",
            source=source,
            url=f"https://x/{number}",
        ),
        added_at=added,
        updated_at=events[-1].at,
        stage=stage,
        outcome=outcome,
        history=tuple(events),
    )


# Week of Sunday 1 November: applications on Monday 2 (two) and Wednesday 4, a workshop on
# Monday 2 as well. Week of Sunday 8: one application (Tuesday 10) and a job fair (Saturday 14).
POSTINGS = [
    _posting(1, 2, source="Upwork"),
    _posting(2, 2, source="LinkedIn", outcome=Outcome.REJECTED),
    _posting(3, 4),
    _posting(4, 10, source="Indeed"),
]
ACTIVITIES = [
    Activity(1, date(2026, 11, 2), ActivityKind.WORKSHOP, "CV clinic", 90, "Job centre Leeds"),
    Activity(2, date(2026, 11, 14), ActivityKind.JOB_FAIR, "Tech fair", 0, "Town hall"),
    Activity(3, date(2026, 10, 30), ActivityKind.TRAINING, "Before the period"),
]


def _report(**options):
    return work_search_report(
        POSTINGS, ACTIVITIES, zone=UTC, start=date(2026, 11, 1), end=date(2026, 11, 14), **options
    )


def test_weeks_count_applications_and_activities_against_the_minimum():
    first, second = _report()
    assert (first.start, first.counted, first.short) == (date(2026, 11, 1), 4, False)
    assert (second.start, second.counted, second.short) == (date(2026, 11, 8), 2, True)
    rows = first.rows
    assert [(row.day.day, row.activity) for row in rows] == [
        (2, "Application"),
        (2, "Application"),
        (2, "Workshop"),
        (4, "Application"),
    ]
    upwork, rejected = rows[0], rows[1]
    assert (upwork.employer, upwork.position, upwork.method, upwork.result) == (
        "Firm 1",
        "Role 1",
        "Platform proposal",
        "Proposal sent",
    )
    assert (rejected.method, rejected.result) == ("Online (LinkedIn)", "Rejected")
    assert (rows[2].employer, rows[2].method) == ("Job centre Leeds", "90 min")


def test_on_different_days_a_day_counts_once_and_weeks_may_start_on_monday():
    first, _ = _report(different_days=True)
    assert (first.counted, first.short) == (2, True)  # Monday 2 and Wednesday 4
    mondays = _report(week_start=0)
    assert [week.start for week in mondays] == [
        date(2026, 10, 26),
        date(2026, 11, 2),
        date(2026, 11, 9),
    ]
    assert [week.counted for week in mondays] == [0, 4, 2]


def test_the_csv_holds_every_row_with_its_weeks_total_and_an_empty_week_too(tmp_path):
    weeks = work_search_report(
        POSTINGS, ACTIVITIES, zone=UTC, start=date(2026, 11, 1), end=date(2026, 11, 21)
    )
    assert write_report_csv(weeks, tmp_path / "log.csv") == 6
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 7  # six activities and the empty week of 15 November
    assert rows[-1]["week"] == "2026-11-15" and rows[-1]["week_short"] == "yes"
    assert {row["week_total"] for row in rows if row["week"] == "2026-11-01"} == {"4"}


def test_an_activity_needs_a_name_and_no_negative_length():
    with pytest.raises(DomainError):
        checked_activity(Activity(0, date(2026, 11, 2), ActivityKind.OTHER, "  "))
    with pytest.raises(DomainError):
        checked_activity(Activity(0, date(2026, 11, 2), ActivityKind.OTHER, "Meetup", -5))


def test_the_command_lines_kinds_are_the_activity_kinds():
    assert tuple(kind.value for kind in ActivityKind) == ACTIVITY_KINDS


def test_a_postings_contact_comes_from_its_text_and_never_a_job_boards_address():
    text = (
        "Warehouse Lead\nNorthgate Freight\n\nSend your CV to hiring@northgate-freight.example "
        "or call +44 113 496 0721.\nMore at https://www.northgate-freight.example/careers\n"
    )
    from desktop.domain.tracking.worksearch import contact_from_text

    found = contact_from_text(text, "https://www.linkedin.com/jobs/view/123")
    assert (found.email, found.phone, found.website) == (
        "hiring@northgate-freight.example",
        "+44 113 496 0721",
        "northgate-freight.example",
    )
    own = contact_from_text("Apply by post.", "https://careers.kestrel.example/jobs/9")
    assert own.website == "careers.kestrel.example" and own.email == own.phone == ""


def test_the_report_names_whom_an_application_went_to_and_how():
    from desktop.domain.tracking.worksearch import Contact, ContactMethod

    contacts = {3: Contact("Dana Ortiz", ContactMethod.EMAIL, email="dana@firm3.example")}
    first, _ = _report(contacts=contacts)
    row = next(row for row in first.rows if row.position == "Role 3")
    assert (row.contact, row.reach, row.method) == ("Dana Ortiz", "dana@firm3.example", "E-mail")


def test_hours_against_a_weekly_commitment():
    first, second = _report(minimum=0, minimum_hours=2)
    assert (first.hours, first.short) == (1.5, True)  # the 90-minute workshop alone
    assert (second.hours, second.short) == (0.0, True)
    assert not _report(minimum=0)[0].short


def test_a_phone_number_keeps_its_brackets_and_labels_read_well():
    from desktop.domain.tracking.worksearch import contact_from_text, rule_text

    assert contact_from_text("Call (518) 555-0142 today.").phone == "(518) 555-0142"
    assert ActivityKind.CV_WRITING.label == "CV writing"
    assert rule_text(3, 0, different_days=True) == "3 on different days"
    assert rule_text(0, 35) == "35 h" and rule_text(3, 35) == "3 and 35 h"


def test_a_span_of_years_a_job_id_and_chat_or_document_links_are_no_contact():
    """A report for a benefits office must not name a copyright line's years as a phone,
    nor a shared document, a chat link or a job board as the employer's website."""
    from desktop.domain.tracking.worksearch import contact_from_text

    text = (
        "Bookkeeper\n\nBrief: https://docs.google.com/document/d/1AbC/edit\n"
        "Questions on https://t.me/ledgerdesk or https://boards.greenhouse.io/acme/jobs/4567890123\n"
        "© 2015 - 2026 Upwork Global Inc.\nOur shop: https://larkspur-bakes.example/about\n"
    )
    found = contact_from_text(text)
    assert (found.phone, found.website) == ("", "larkspur-bakes.example")


@pytest.mark.parametrize("day", ["31.07.2026", "2026-07-31", "07/31/2026"])
def test_a_closing_date_is_no_phone(day):
    from desktop.domain.tracking.worksearch import contact_from_text

    found = contact_from_text(f"Bewerbungsschluss\n{day}\n\nFragen? Tel. +49 941 555 0182\n")
    assert found.phone == "+49 941 555 0182"


@pytest.mark.parametrize("salary", ["NOK 750,000 - 900,000 per year", "€45.000 - 52.000 brutto"])
def test_a_salarys_thousands_are_no_phone(salary):
    from desktop.domain.tracking.worksearch import contact_from_text

    found = contact_from_text(f"Data Engineer\nSalary: {salary}\nCall us on 0113 496 0721\n")
    assert found.phone == "0113 496 0721"
