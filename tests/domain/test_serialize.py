"""A reading as JSON and back: every value survives, and readings stored earlier still load."""

import json
from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hours.local_time import local_window
from desktop.domain.hours.statements import HoursStatement
from desktop.domain.hours.working import HoursKind
from desktop.domain.hours.zones import ZoneOption
from desktop.domain.reading.analysis import PostingAnalysis
from desktop.domain.reading.fields import Engagement, HoursPerWeek, Pay, PayPeriod, WorkMode
from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.reading.requirements import Requirement, RequirementOrigin
from desktop.domain.reading.sections import BoilerplateKind, Section
from desktop.domain.reading.serialize import (
    analysis_from_dict,
    analysis_to_dict,
    statement_from_dict,
    statement_to_dict,
)
from desktop.domain.red_flags.risk import Hit, Severity
from desktop.domain.skills.taxonomy import Mention

_TEXT = st.text(max_size=30)
_OFFSET = st.integers(0, 200_000)
_ZONE = st.sampled_from(["Europe/Berlin", "America/New_York", "UTC+10:00", "UTC"])
_CLOCK = st.builds(time, st.integers(0, 23), st.integers(0, 59))
_HOURS = st.floats(0, 24, allow_nan=False)
_YEARS = st.integers(0, 30)


def _few(elements: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(elements, max_size=3).map(tuple)


def _maybe(values: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | values


_STATEMENTS = st.builds(
    HoursStatement,
    kind=st.sampled_from(HoursKind),
    text=_TEXT,
    span_start=_OFFSET,
    span_end=_OFFSET,
    zone=_maybe(_ZONE),
    written_zone=_TEXT,
    options=_few(st.builds(ZoneOption, zone=_ZONE, label=_TEXT)),
    begins=_maybe(_CLOCK),
    ends=_maybe(_CLOCK),
    days=_maybe(st.sampled_from(["Mon-Fri", "Sun-Thu", "Tue"])),
    hours=_maybe(_HOURS),
    plus_minus=_maybe(_HOURS),
    band_from=_maybe(st.integers(-12, 14).map(lambda h: f"UTC{h:+d}")),
    band_to=_maybe(st.integers(-12, 14).map(lambda h: f"UTC{h:+d}")),
    extension=_maybe(_CLOCK),
    reference=_maybe(st.tuples(_CLOCK, _CLOCK)),
    notes=_few(_TEXT),
    picked=st.booleans(),
)
_REQUIREMENTS = st.builds(
    Requirement,
    text=_TEXT,
    start=_OFFSET,
    end=_OFFSET,
    kind=st.sampled_from(RequirementKind),
    years=_maybe(_YEARS),
    mentions=_few(st.builds(Mention, skill=_TEXT, start=_OFFSET, end=_OFFSET)),
    origin=st.sampled_from(RequirementOrigin),
)
_LABELLED = st.dictionaries(_TEXT, _TEXT, max_size=3).map(lambda found: tuple(found.items()))
_ANALYSES = st.builds(
    PostingAnalysis,
    title=_TEXT,
    company=_TEXT,
    engagement=_maybe(st.sampled_from(Engagement)),
    pay=_maybe(
        st.builds(
            Pay,
            min=st.floats(1, 1e7),
            max=st.floats(1, 1e7),
            currency=st.sampled_from(["USD", "EUR", "INR"]),
            period=_maybe(st.sampled_from(PayPeriod)),
        )
    ),
    location=_maybe(_TEXT),
    remote=_maybe(st.sampled_from(WorkMode)),
    hours_per_week=_maybe(st.builds(HoursPerWeek, min=st.integers(1, 80), max=st.integers(1, 80))),
    years_experience=_maybe(_YEARS),
    # A section's lines are not kept: they are found again when the text is shown.
    sections=_few(
        st.builds(
            Section,
            kind=st.sampled_from(SectionKind),
            heading=_TEXT,
            start=_OFFSET,
            end=_OFFSET,
            lines=st.just(()),
            detail=_maybe(st.sampled_from(BoilerplateKind)),
        )
    ),
    must_haves=_few(_REQUIREMENTS),
    nice_to_haves=_few(_REQUIREMENTS),
    red_flags=_few(
        st.builds(
            Hit,
            flag=st.sampled_from(["F1", "F4", "F5"]),
            severity=st.sampled_from(Severity),
            start=_OFFSET,
            end=_OFFSET,
            excerpt=_TEXT,
            reason=_TEXT,
        )
    ),
    hours=_few(_STATEMENTS),
    layout=_maybe(st.sampled_from(["upwork_job_page", "linkedin"])),
    level=_maybe(_TEXT),
    duration=_maybe(_TEXT),
    project_type=_maybe(_TEXT),
    connects=_maybe(st.integers(0, 100)),
    activity=_LABELLED,
    client=_LABELLED,
    tags=_few(_TEXT),
)


@settings(max_examples=300, deadline=None)
@given(analysis=_ANALYSES)
def test_every_reading_survives_being_stored_as_json(analysis: PostingAnalysis) -> None:
    stored = json.dumps(analysis_to_dict(analysis))
    back = analysis_from_dict(json.loads(stored))
    assert back == analysis
    # An enum's plain string, or "09:00" for a time, would compare equal but print otherwise.
    assert repr(back) == repr(analysis)


def test_an_overlap_of_no_hours_keeps_its_number() -> None:
    statement = HoursStatement(HoursKind.OVERLAP, "0 hours of overlap with CET", 0, 5, hours=0.0)
    assert statement_to_dict(statement)["hours"] == 0.0
    assert statement_from_dict(statement_to_dict(statement)) == statement


# What analysis_to_dict gave, and the store kept, for a short posting (with the user's pick of
# India for IST) before kinds, pay periods and clock times were typed.
STORED = json.loads(
    """
{
    "title": "Senior Python Engineer",
    "company": "Harbourlight Labs",
    "engagement": "contract",
    "pay": {"min": 60.0, "max": 80.0, "currency": "USD", "period": "hour"},
    "location": null,
    "remote": "remote",
    "hours_per_week": {"min": 30, "max": 30},
    "years_experience": 5,
    "sections": [
        {"kind": "summary", "heading": "", "start": 0, "end": 124, "detail": ""},
        {
            "kind": "must_have",
            "heading": "Requirements",
            "start": 126,
            "end": 319,
            "detail": ""
        },
        {
            "kind": "nice_to_have",
            "heading": "Nice to have",
            "start": 321,
            "end": 356,
            "detail": ""
        },
        {"kind": "hours_location", "heading": "Hours", "start": 358, "end": 559, "detail": ""},
        {
            "kind": "how_to_apply",
            "heading": "How to apply",
            "start": 561,
            "end": 628,
            "detail": ""
        },
        {"kind": "boilerplate", "heading": "", "start": 630, "end": 690, "detail": "job_board"}
    ],
    "must_haves": [
        {
            "text": "5+ years of Python and Django",
            "start": 141,
            "end": 170,
            "kind": "skill",
            "years": 5,
            "mentions": [["Python", 12, 18], ["Django", 23, 29]]
        },
        {
            "text": "Fluent English",
            "start": 173,
            "end": 187,
            "kind": "language",
            "years": null,
            "mentions": [["English", 0, 14]]
        },
        {
            "text": "Authorized to work in the EU",
            "start": 190,
            "end": 218,
            "kind": "eligibility",
            "years": null,
            "mentions": []
        },
        {
            "text": "Available to overlap 3 hours with CET",
            "start": 221,
            "end": 258,
            "kind": "availability",
            "years": null,
            "mentions": []
        },
        {
            "text": "A laptop and fast internet",
            "start": 261,
            "end": 287,
            "kind": "equipment",
            "years": null,
            "mentions": []
        },
        {
            "text": "A portfolio with code samples",
            "start": 290,
            "end": 319,
            "kind": "portfolio",
            "years": null,
            "mentions": []
        }
    ],
    "nice_to_haves": [
        {
            "text": "Kubernetes is a plus",
            "start": 336,
            "end": 356,
            "kind": "skill",
            "years": null,
            "mentions": [["Kubernetes", 0, 10]]
        }
    ],
    "red_flags": [
        {
            "id": "F5",
            "severity": "high",
            "reason": "Interview or contact moved to a chat app: “Telegram”",
            "start": 588,
            "end": 596,
            "excerpt": "Telegram"
        },
        {
            "id": "F1",
            "severity": "high",
            "reason": "Asks you to pay to get the job: “pay a $50 registration fee”",
            "start": 601,
            "end": 627,
            "excerpt": "pay a $50 registration fee"
        }
    ],
    "hours": [
        {
            "text": "Available to overlap 3 hours with CET",
            "kind": "overlap",
            "start": null,
            "end": null,
            "zone": "Europe/Berlin",
            "written_zone": "CET",
            "span": [234, 249],
            "notes": [],
            "hours": 3.0
        },
        {
            "text": "Core hours are 9am-5pm CET, Mon to Fri, with 4+ hours of overlap with them.",
            "kind": "window",
            "start": "09:00",
            "end": "17:00",
            "zone": "Europe/Berlin",
            "written_zone": "CET",
            "span": [379, 390],
            "notes": ["On occasion until 20:00 (CET): “On occasion until 8 pm CET.”"],
            "days": "Mon-Fri",
            "extension": "20:00"
        },
        {
            "text": "Core hours are 9am-5pm CET, Mon to Fri, with 4+ hours of overlap with them.",
            "kind": "overlap",
            "start": null,
            "end": null,
            "zone": "Europe/Berlin",
            "written_zone": "CET",
            "span": [409, 428],
            "notes": ["The overlap is with the 09:00–17:00 hours stated."],
            "hours": 4.0,
            "reference": ["09:00", "17:00"]
        },
        {
            "text": "Support answers 8am-4pm IST.",
            "kind": "window",
            "start": "08:00",
            "end": "16:00",
            "zone": "Asia/Kolkata",
            "written_zone": "IST",
            "span": [484, 495],
            "notes": ["IST read as Asia/Kolkata, as you chose."],
            "options": [
                ["Asia/Kolkata", "India Standard Time"],
                ["Asia/Jerusalem", "Israel Standard Time"],
                ["Europe/Dublin", "Irish Standard Time"]
            ],
            "picked": true
        },
        {
            "text": "We hire from UTC-5 to UTC+3, or within 2 hours of London time.",
            "kind": "band",
            "start": null,
            "end": null,
            "zone": null,
            "written_zone": null,
            "span": [510, 524],
            "notes": [],
            "from": "UTC-5",
            "to": "UTC+3"
        },
        {
            "text": "We hire from UTC-5 to UTC+3, or within 2 hours of London time.",
            "kind": "band",
            "start": null,
            "end": null,
            "zone": "Europe/London",
            "written_zone": "London time",
            "span": [529, 558],
            "notes": ["Zone taken from the place named: London → Europe/London."],
            "plus_minus": 2.0
        }
    ],
    "boilerplate": [{"kind": "job_board", "start": 630, "end": 690}]
}
"""
)


def test_a_reading_stored_before_the_domain_was_typed_loads_typed() -> None:
    analysis = analysis_from_dict(STORED)
    assert json.dumps(analysis_to_dict(analysis)) == json.dumps(STORED)
    assert (analysis.engagement, analysis.remote) == (Engagement.CONTRACT, WorkMode.REMOTE)
    assert analysis.pay == Pay(60, 80, "USD", PayPeriod.HOUR)
    assert [item.kind for item in analysis.must_haves] == list(RequirementKind)
    assert [hit.severity for hit in analysis.red_flags] == [Severity.HIGH, Severity.HIGH]
    assert analysis.sections[-1].detail == BoilerplateKind.JOB_BOARD
    overlap, window, referenced, picked, band, around = analysis.hours
    assert [s.kind for s in analysis.hours] == [
        HoursKind.OVERLAP,
        HoursKind.WINDOW,
        HoursKind.OVERLAP,
        HoursKind.WINDOW,
        HoursKind.BAND,
        HoursKind.BAND,
    ]
    assert (window.begins, window.ends, window.extension) == (time(9), time(17), time(20))
    assert referenced.reference == (time(9), time(17))
    assert (picked.zone, picked.picked) == ("Asia/Kolkata", True)
    assert (band.band_from, band.band_to, around.plus_minus) == ("UTC-5", "UTC+3", 2.0)
    assert local_window(window, date(2026, 1, 15), "Europe/London").label == "08:00–16:00"
    assert overlap.hours == 3.0
    typed = (
        analysis.engagement,
        analysis.remote,
        analysis.pay.period,
        *(item.kind for item in analysis.must_haves),
        *(hit.severity for hit in analysis.red_flags),
        *(s.kind for s in analysis.hours),
    )
    assert all(type(value) is not str for value in typed)
