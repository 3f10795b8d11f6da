"""A posting analysis as plain JSON-ready data, and back.

The command line prints this form, and the store keeps it so that thousands
of postings need not be parsed again at every start. Sections come back with
their kind, heading and span; their individual lines are not kept.

Written by hand because the form is not the dataclasses' shape (renamed keys,
pairs as lists, empty values left out) and must not change: readings stored by
every earlier version are read back with these functions. Enums are written as
their plain values and clock times as "HH:MM".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from enum import StrEnum
from typing import Any, TypeVar

from desktop.domain.hours.local_time import HoursReading
from desktop.domain.hours.statements import HoursStatement
from desktop.domain.hours.working import HoursKind
from desktop.domain.hours.zones import ZoneOption
from desktop.domain.reading.analysis import PostingAnalysis
from desktop.domain.reading.fields import HoursPerWeek
from desktop.domain.reading.kept import EDITABLE_FIELDS, ZONE_PICK
from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.reading.requirements import Requirement, RequirementOrigin
from desktop.domain.reading.sections import BoilerplateKind, Section
from desktop.domain.reading.terms import Engagement, Pay, PayPeriod, WorkMode
from desktop.domain.red_flags.risk import Hit, Severity
from desktop.domain.skills.taxonomy import Mention

_Member = TypeVar("_Member", bound=StrEnum)
# Optional statement values are left out when empty, but an hour count of 0 is a value.
_NUMBERS = frozenset({"hours", "plus_minus"})


def analysis_to_dict(analysis: PostingAnalysis) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": analysis.title or None,
        "company": analysis.company or None,
        "engagement": _value(analysis.engagement),
        "pay": _pay(analysis.pay),
        "location": analysis.location,
        "remote": _value(analysis.remote),
        "hours_per_week": (
            {"min": analysis.hours_per_week.min, "max": analysis.hours_per_week.max}
            if analysis.hours_per_week
            else None
        ),
        "years_experience": analysis.years_experience,
        "sections": [
            {
                "kind": s.kind.value,
                "heading": s.heading,
                "start": s.start,
                "end": s.end,
                "detail": _value(s.detail) or "",
            }
            for s in analysis.sections
        ],
        "must_haves": [_item(item) for item in analysis.must_haves],
        "nice_to_haves": [_item(item) for item in analysis.nice_to_haves],
        "red_flags": [hit_to_dict(hit) for hit in analysis.red_flags],
        "hours": [statement_to_dict(statement) for statement in analysis.hours],
        "boilerplate": [
            {"kind": (s.detail or s.kind).value, "start": s.start, "end": s.end}
            for s in analysis.boilerplate
        ],
    }
    # What a recognised page labels (an Upwork job's level, activity and client box);
    # left out when there is none, as in every reading stored before pages were known.
    page: dict[str, Any] = {
        "layout": analysis.layout,
        "level": analysis.level,
        "duration": analysis.duration,
        "project_type": analysis.project_type,
        "connects": analysis.connects,
        "activity": dict(analysis.activity),
        "client": dict(analysis.client),
        "tags": list(analysis.tags),
    }
    data.update({k: v for k, v in page.items() if v is not None and v not in ({}, [])})
    return data


def apply_overrides(analysis: PostingAnalysis, overrides: dict[str, Any]) -> PostingAnalysis:
    """The reading with the user's values in place of the parser's."""
    known = {k: v for k, v in overrides.items() if k in EDITABLE_FIELDS}
    if known:
        analysis = analysis_from_dict({**analysis_to_dict(analysis), **known})
    if not any(k.startswith(ZONE_PICK) for k in overrides):
        return analysis
    return replace(analysis, hours=with_zone_picks(analysis.hours, overrides))


def with_zone_picks(
    statements: tuple[HoursStatement, ...], overrides: dict[str, Any]
) -> tuple[HoursStatement, ...]:
    """Statements with the user's picks for ambiguous abbreviations ("zone:CST") applied."""
    picks = {k.removeprefix(ZONE_PICK): v for k, v in overrides.items() if k.startswith(ZONE_PICK)}
    return tuple(
        s.with_zone(picks[s.written_zone])
        if s.options and s.written_zone in picks and picks[s.written_zone] in s.zone_choices
        else s
        for s in statements
    )


def zone_picks(analysis: PostingAnalysis) -> dict[str, str]:
    """The user's zone picks in a reading, as overrides."""
    return {
        ZONE_PICK + s.written_zone: s.zone
        for s in analysis.hours
        if s.picked and s.zone is not None
    }


def hours_from_dict(data: dict[str, Any]) -> tuple[HoursStatement, ...]:
    """A reading's hours statements alone: all a new day's summaries need of it."""
    return tuple(statement_from_dict(h) for h in data.get("hours", []))


def analysis_from_dict(data: dict[str, Any]) -> PostingAnalysis:
    """Rebuild a reading from the form analysis_to_dict gives."""
    pay = data.get("pay")
    hours = data.get("hours_per_week")
    return PostingAnalysis(
        title=data.get("title") or "",
        company=data.get("company") or "",
        engagement=_member(Engagement, data.get("engagement")),
        pay=(
            Pay(pay["min"], pay["max"], pay["currency"], _member(PayPeriod, pay["period"]))
            if pay
            else None
        ),
        location=data.get("location"),
        remote=_member(WorkMode, data.get("remote")),
        hours_per_week=HoursPerWeek(hours["min"], hours["max"]) if hours else None,
        years_experience=data.get("years_experience"),
        sections=tuple(
            Section(
                SectionKind(s["kind"]),
                s["heading"],
                s["start"],
                s["end"],
                (),
                _member(BoilerplateKind, s.get("detail") or None),
            )
            for s in data.get("sections", [])
        ),
        must_haves=tuple(_requirement(item) for item in data.get("must_haves", [])),
        nice_to_haves=tuple(_requirement(item) for item in data.get("nice_to_haves", [])),
        red_flags=tuple(
            Hit(h["id"], Severity(h["severity"]), h["start"], h["end"], h["excerpt"], h["reason"])
            for h in data.get("red_flags", [])
        ),
        hours=hours_from_dict(data),
        layout=data.get("layout"),
        level=data.get("level"),
        duration=data.get("duration"),
        project_type=data.get("project_type"),
        connects=data.get("connects"),
        activity=tuple((data.get("activity") or {}).items()),
        client=tuple((data.get("client") or {}).items()),
        tags=tuple(data.get("tags", [])),
    )


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    """A red flag as the command line prints it and the store keeps it."""
    return {
        "id": hit.flag,
        "severity": hit.severity.value,
        "reason": hit.reason,
        "start": hit.start,
        "end": hit.end,
        "excerpt": hit.excerpt,
    }


def statement_to_dict(statement: HoursStatement) -> dict[str, Any]:
    """A working-hours statement as written; "start"/"end" are its clock times."""
    data: dict[str, Any] = {
        "text": statement.text,
        "kind": statement.kind.value,
        "start": _clock(statement.begins),
        "end": _clock(statement.ends),
        "zone": statement.zone,
        "written_zone": statement.written_zone or None,
        "span": [statement.span_start, statement.span_end],
        "notes": list(statement.notes),
    }
    optional = {
        "options": [[o.zone, o.label] for o in statement.options],
        "days": statement.days,
        "hours": statement.hours,
        "plus_minus": statement.plus_minus,
        "from": statement.band_from,
        "to": statement.band_to,
        "extension": _clock(statement.extension),
        "reference": [_clock(t) for t in statement.reference] if statement.reference else None,
        "picked": statement.picked,
    }
    data.update({k: v for k, v in optional.items() if v or (k in _NUMBERS and v is not None)})
    return data


def statement_from_dict(data: dict[str, Any]) -> HoursStatement:
    reference = data.get("reference")
    return HoursStatement(
        kind=HoursKind(data["kind"]),
        text=data["text"],
        span_start=data["span"][0],
        span_end=data["span"][1],
        zone=data.get("zone"),
        written_zone=data.get("written_zone") or "",
        options=tuple(ZoneOption(zone, label) for zone, label in data.get("options", [])),
        begins=_clock_time(data.get("start")),
        ends=_clock_time(data.get("end")),
        days=data.get("days"),
        hours=data.get("hours"),
        plus_minus=data.get("plus_minus"),
        band_from=data.get("from"),
        band_to=data.get("to"),
        extension=_clock_time(data.get("extension")),
        reference=(
            (time.fromisoformat(reference[0]), time.fromisoformat(reference[1]))
            if reference
            else None
        ),
        notes=tuple(data.get("notes", [])),
        picked=data.get("picked", False),
    )


def reading_to_dict(reading: HoursReading) -> dict[str, Any]:
    """A statement in the user's time, as `gigdesk analyze --json` prints it."""
    data = statement_to_dict(reading.statement)
    data["local"] = (
        {
            "zone": reading.user_zone,
            "start": reading.local.start.isoformat(),
            "end": reading.local.end.isoformat(),
            "label": reading.local.label,
        }
        if reading.local
        else None
    )
    data["overlap_hours"] = reading.overlap_hours
    if reading.met is not None:
        data["met"] = reading.met
    data["notes"] = [*data["notes"], *reading.notes]
    return data


def _pay(pay: Pay | None) -> dict[str, Any] | None:
    if pay is None:
        return None
    return {
        "min": pay.min,
        "max": pay.max,
        "currency": pay.currency,
        "period": _value(pay.period),
    }


def _item(item: Requirement) -> dict[str, Any]:
    data = {
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "kind": item.kind.value,
        "years": item.years,
        "mentions": [[m.skill, m.start, m.end] for m in item.mentions],
    }
    if item.origin != RequirementOrigin.LIST:
        data["origin"] = item.origin.value  # read from prose or the site's tags
    return data


def _requirement(data: dict[str, Any]) -> Requirement:
    return Requirement(
        data["text"],
        data["start"],
        data["end"],
        RequirementKind(data.get("kind", RequirementKind.SKILL)),
        data.get("years"),
        tuple(Mention(skill, start, end) for skill, start, end in data.get("mentions", [])),
        RequirementOrigin(data.get("origin", RequirementOrigin.LIST)),
    )


def _value(member: StrEnum | None) -> str | None:
    return None if member is None else member.value


def _member(kind: type[_Member], value: str | None) -> _Member | None:
    return None if value is None else kind(value)


def _clock(moment: time | None) -> str | None:
    return None if moment is None else f"{moment:%H:%M}"


def _clock_time(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)
