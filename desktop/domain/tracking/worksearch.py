"""The work-search log a benefits agency asks for: each application and each other activity
(a workshop, a job fair, a networking meeting…) in a period, week by week, each week's
count against the agency's minimum, and the weeks that fall short.

Agencies differ (three activities a week in New York and Washington, on different days in
some states; hours in the UK): the minimum, the week's first day and "on different days"
are the user's to set, and the user must check their own agency's rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.files import write_csv
from desktop.domain.tracking.intake import is_freelance_source, may_be_employer_site
from desktop.domain.tracking.tracker import PostingRow

_MAX_NAME = 200
_CONTACT_CHARS = 20_000  # contact lines sit in a posting's text, not pages further on


class ActivityKind(StrEnum):
    WORKSHOP = "workshop"
    JOB_FAIR = "job-fair"
    NETWORKING = "networking"
    TRAINING = "training"
    CV_WRITING = "cv-writing"
    RECRUITER_CALL = "recruiter-call"
    OTHER = "other"

    @property
    def label(self) -> str:
        words = self.value.replace("-", " ")
        return "CV writing" if self is ActivityKind.CV_WRITING else words.capitalize()


@dataclass(frozen=True)
class Activity:
    """A work-search activity that is not an application."""

    id: int
    day: date
    kind: ActivityKind
    name: str
    minutes: int = 0
    place: str = ""  # where, or who organised it
    notes: str = ""


def checked_activity(activity: Activity) -> Activity:
    """The activity as given, or a DomainError saying what is missing or wrong."""
    if not activity.name.strip():
        raise DomainError("an activity needs a name (the workshop, fair or meeting)")
    if len(activity.name) > _MAX_NAME:
        raise DomainError(f"an activity's name is at most {_MAX_NAME} characters")
    if activity.minutes < 0:
        raise DomainError("an activity's length cannot be negative")
    return activity


class ContactMethod(StrEnum):
    """How one applied, as agencies' forms ask it."""

    ONLINE_FORM = "online-form"
    EMAIL = "email"
    PLATFORM_PROPOSAL = "platform-proposal"
    PHONE = "phone"
    IN_PERSON = "in-person"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").replace("email", "e-mail").capitalize()


@dataclass(frozen=True)
class Contact:
    """Whom an application went to, for the report: the person, how, and the employer's
    address, phone, e-mail and website (prefilled from the posting, the user's to correct)."""

    person: str = ""
    method: ContactMethod | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""

    @property
    def reach(self) -> str:
        """The ways to reach the employer, on one line."""
        return " · ".join(
            part for part in (self.address, self.phone, self.email, self.website) if part
        )


_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b")
# "+44 113 496 0721", "(518) 555-0142", "518-555-0199"
# (not the thousands of a salary: "NOK 750,000 - 900,000")
_PHONE = re.compile(r"(?<![\w+(/=#,.$€£¥₹])(?:\+|\()?\d[\d ().-]{7,18}\d(?![\w/])")
# A number a phone's pattern also reads: a span of years ("© 2015 - 2026"), a date
# ("30.06.2026", "2026-07-31", "07/31/2026").
_NOT_A_PHONE = re.compile(
    r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    r"|\d{1,2}([./-])\d{1,2}\1(?:19|20)?\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}"
)
_SITE = re.compile(r"https?://(?:www\.)?([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def contact_from_text(text: str, url: str | None = None) -> Contact:
    """What a posting says of how to reach the employer: its first e-mail address and phone
    number, and its website (the posting's own address when it is the employer's)."""
    head = text[:_CONTACT_CHARS]
    email = _EMAIL.search(head)
    phone = next((m for m in _PHONE.finditer(head) if not _NOT_A_PHONE.fullmatch(m.group())), None)
    # A job board, a chat or a shared document is no employer's site.
    sites = _SITE.finditer(f"{url or ''} {head}")
    site = next((m.group(1) for m in sites if may_be_employer_site(m.group(1))), "")
    return Contact(
        email=email.group() if email else "",
        phone=" ".join(phone.group().split()) if phone else "",
        website=site,
    )


@dataclass(frozen=True)
class ReportRow:
    """One line of the log: an application or another activity."""

    day: date
    activity: str  # "Application" or the activity's kind
    employer: str  # the employer, or the organiser or place
    position: str  # the position applied for, or the activity's name
    method: str  # how one applied, or how long the activity took
    result: str
    details: str
    contact: str = ""  # the person contacted
    reach: str = ""  # the employer's address, phone, e-mail or website
    minutes: int = 0  # the time an activity took (an application's is not logged)


@dataclass(frozen=True)
class ReportWeek:
    start: date
    rows: tuple[ReportRow, ...]
    counted: int  # activities that count toward the minimum
    short: bool
    hours: float = 0.0  # the time the week's activities took


def work_search_report(
    postings: Iterable[PostingRow],
    activities: Iterable[Activity],
    *,
    zone: tzinfo,
    start: date,
    end: date,
    week_start: int = 6,
    minimum: int = 3,
    different_days: bool = False,
    minimum_hours: float = 0,
    contacts: Mapping[int, Contact] | None = None,
) -> list[ReportWeek]:
    """Every week from the one holding `start` to the one holding `end`, its rows in date
    order, each application with whom it went to (`contacts`, by posting). With
    `different_days`, a week counts one activity a day; with `minimum_hours` (the UK's
    35-hour commitment), a week whose activities took less time also falls short."""
    applications = _applications(postings, zone, contacts or {})
    rows = [
        row
        for row in (*applications, *(_activity_row(a) for a in activities))
        if start <= row.day <= end
    ]
    by_week: dict[date, list[ReportRow]] = {}
    for row in rows:
        by_week.setdefault(_week_of(row.day, week_start), []).append(row)
    weeks: list[ReportWeek] = []
    week = _week_of(start, week_start)
    while week <= end:
        inside = sorted(
            by_week.get(week, ()), key=lambda row: (row.day, row.activity != "Application")
        )
        counted = len({row.day for row in inside}) if different_days else len(inside)
        hours = sum(row.minutes for row in inside) / 60
        short = counted < minimum or hours < minimum_hours
        weeks.append(ReportWeek(week, tuple(inside), counted, short, hours))
        week += timedelta(days=7)
    return weeks


def _week_of(day: date, week_start: int) -> date:
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def _applications(
    postings: Iterable[PostingRow], zone: tzinfo, contacts: Mapping[int, Contact]
) -> Iterable[ReportRow]:
    for posting in postings:
        applied = applied_day(posting, zone)
        if applied is None:
            continue
        freelance = is_freelance_source(posting.details.source)
        source = posting.details.source
        contact = contacts.get(posting.id, Contact())
        method = (
            contact.method.label
            if contact.method
            else "Platform proposal"
            if freelance
            else f"Online ({source})"
            if source
            else "Online"
        )
        yield ReportRow(
            day=applied,
            activity="Application",
            employer=posting.company,
            position=posting.title,
            method=method,
            result=_result(posting, freelance=freelance),
            details=posting.details.url or "",
            contact=contact.person,
            reach=contact.reach,
        )


def rule_text(minimum: int, minimum_hours: float, *, different_days: bool = False) -> str:
    """What a week must reach, in words: "3 on different days", "35 h", "3 and 35 h"."""
    parts = [f"{minimum} on different days" if different_days else str(minimum)] if minimum else []
    parts += [f"{minimum_hours:g} h"] if minimum_hours else []
    return " and ".join(parts) or "nothing"


def applied_day(posting: PostingRow, zone: tzinfo) -> date | None:
    """The day the posting was first applied to (or reached a later stage), in `zone`."""
    applied = posting.applied_at
    return applied.astimezone(zone).date() if applied else None


def _result(posting: PostingRow, *, freelance: bool) -> str:
    if posting.outcome is not None:
        return posting.outcome.label
    return posting.stage.label_for(freelance=freelance)


def _activity_row(activity: Activity) -> ReportRow:
    return ReportRow(
        day=activity.day,
        activity=activity.kind.label,
        employer=activity.place,
        position=activity.name,
        method=f"{activity.minutes} min" if activity.minutes else "",
        result="Attended",
        details=activity.notes,
        minutes=activity.minutes,
    )


# The CSV's columns, one row per application or activity; the README documents them.
REPORT_COLUMNS = (
    "week",
    "date",
    "activity",
    "employer",
    "position",
    "method",
    "contact",
    "employer_contact",
    "result",
    "details",
    "week_total",
    "week_hours",
    "week_short",
)


def write_report_csv(weeks: Sequence[ReportWeek], path: Path) -> int:
    """The log as CSV: each row with its week's total and whether the week fell short (a
    week with nothing in it gets a row of its own, so a short week is never missing)."""
    rows = []
    for week in weeks:
        tail = [str(week.counted), f"{week.hours:.2f}", "yes" if week.short else "no"]
        if not week.rows:
            blank = [""] * (len(REPORT_COLUMNS) - 1 - len(tail))
            rows.append([week.start.isoformat(), *blank, *tail])
        for row in week.rows:
            rows.append(
                [
                    week.start.isoformat(),
                    row.day.isoformat(),
                    row.activity,
                    row.employer,
                    row.position,
                    row.method,
                    row.contact,
                    row.reach,
                    row.result,
                    row.details,
                    *tail,
                ]
            )
    write_csv(path, REPORT_COLUMNS, rows)
    return sum(len(week.rows) for week in weeks)
