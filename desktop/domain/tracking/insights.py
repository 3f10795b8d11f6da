"""How the search is going, from the dated stage history: how far applications get, who
answers, how long each stage takes, how many go out each week, and how they end.

A posting counts at every stage up to the furthest it reached: a later Rejected or
Withdrawn erases none of them, and two interviews count once. The window's charts and
`gigdesk stats` show the same figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from statistics import median

from desktop.domain.reading.terms import Engagement
from desktop.domain.tracking.tracker import Outcome, PostingRow, Stage

_ORDER = list(Stage)
_STAGE_NAMES = {stage.value: stage for stage in Stage}
# Outcomes that are the employer's answer: a rejection is a response, a silence is not.
_ANSWERS = frozenset((Outcome.REJECTED.value, Outcome.OFFER_DECLINED.value))
NO_SOURCE = "(no source)"
NO_ENGAGEMENT = "(not stated)"


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    postings: int
    # Of the postings at the stage before, the share that got this far (None for the first).
    conversion: float | None


@dataclass(frozen=True)
class ResponseRate:
    group: str
    applied: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.applied if self.applied else None


@dataclass(frozen=True)
class Insights:
    """The figures for one period (and perhaps one source)."""

    postings: int
    funnel: tuple[FunnelStep, ...]
    by_source: tuple[ResponseRate, ...]
    by_engagement: tuple[ResponseRate, ...]
    # Median days in each stage before the next move, for the stages left at least once.
    days_in_stage: tuple[tuple[Stage, float, int], ...]
    days_to_first_response: float | None
    # Applications per week: (the week's first day, how many), every week of the period.
    weekly: tuple[tuple[date, int], ...]
    outcomes: tuple[tuple[Outcome, int], ...]


@dataclass(frozen=True)
class _Path:
    """One posting's history read once: the furthest stage, when each stage began and
    ended, when it was applied to and first answered."""

    row: PostingRow
    furthest: Stage
    stays: tuple[tuple[Stage, datetime, datetime | None], ...]
    applied: datetime | None
    answered: datetime | None


def insights(
    rows: Iterable[PostingRow],
    *,
    zone: tzinfo,
    start: date,
    end: date,
    written_to: Mapping[int, date] | None = None,
    engagements: Mapping[int, str] | None = None,
    source: str = "",
    week_start: int = 6,
) -> Insights:
    """The figures for the postings added from `start` to `end` (days in `zone`), or only
    those from `source`. `written_to` gives the first day a message came for a posting;
    `engagements` each posting's engagement; `week_start` the first day of a week
    (0 Monday … 6 Sunday, as most US states count)."""
    written_to, engagements = written_to or {}, engagements or {}
    paths = [
        _path(row, zone, written_to.get(row.id))
        for row in rows
        if start <= row.added_at.astimezone(zone).date() <= end
        and (not source or row.details.source.casefold() == source.casefold())
    ]
    applied = [path for path in paths if path.applied is not None]
    return Insights(
        postings=len(paths),
        funnel=_funnel(paths),
        by_source=_rates(applied, lambda p: p.row.details.source or NO_SOURCE),
        by_engagement=_rates(applied, lambda p: engagements.get(p.row.id) or NO_ENGAGEMENT),
        days_in_stage=_days_in_stage(paths),
        days_to_first_response=_median_days(
            p.answered - p.applied for p in applied if p.answered and p.applied
        ),
        weekly=_weekly(applied, zone, start, end, week_start),
        outcomes=tuple(
            (outcome, count)
            for outcome, count in Counter(p.row.outcome for p in paths if p.row.outcome).items()
        ),
    )


def _path(row: PostingRow, zone: tzinfo, first_message: date | None) -> _Path:
    furthest = row.stage
    stays: list[tuple[Stage, datetime, datetime | None]] = []
    applied = row.applied_at  # when it first reached Applied or a later stage
    answered: datetime | None = None
    for index, event in enumerate(row.history):
        stage = _STAGE_NAMES.get(event.name)
        if stage is not None:
            furthest = max(furthest, stage, key=_ORDER.index)
            left = row.history[index + 1].at if index + 1 < len(row.history) else None
            stays.append((stage, event.at, left))
        answer = (stage is not None and _ORDER.index(stage) > _ORDER.index(Stage.APPLIED)) or (
            event.name in _ANSWERS
        )
        # An answer kept on the day of applying (an import knows only the day) still is one.
        if applied is not None and answer and answered is None and event.at >= applied:
            answered = event.at
    if (
        first_message is not None
        and applied is not None
        and first_message >= applied.astimezone(zone).date()
    ):
        # A message is dated by its day: on the day applied, it came after the applying.
        written = max(applied, datetime.combine(first_message, time(), tzinfo=zone))
        answered = min(answered, written) if answered else written
    return _Path(row, furthest, tuple(stays), applied, answered)


def _funnel(paths: Sequence[_Path]) -> tuple[FunnelStep, ...]:
    reached = Counter(_ORDER.index(path.furthest) for path in paths)
    steps: list[FunnelStep] = []
    previous: int | None = None
    for index, stage in enumerate(_ORDER):
        count = sum(n for furthest, n in reached.items() if furthest >= index)
        conversion = None if previous is None else count / previous if previous else 0.0
        steps.append(FunnelStep(stage, count, conversion))
        previous = count
    return tuple(steps)


def _rates(paths: Sequence[_Path], group_of: Callable[[_Path], str]) -> tuple[ResponseRate, ...]:
    applied: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for path in paths:
        group = group_of(path)
        applied[group] += 1
        answered[group] += path.answered is not None
    return tuple(
        ResponseRate(group, applied[group], answered[group])
        for group in sorted(applied, key=lambda g: (-applied[g], g))
    )


def _days_in_stage(paths: Sequence[_Path]) -> tuple[tuple[Stage, float, int], ...]:
    spans: dict[Stage, list[timedelta]] = {}
    for path in paths:
        for stage, began, ended in path.stays:
            if ended is not None:
                spans.setdefault(stage, []).append(ended - began)
    return tuple(
        (stage, days, len(spans[stage]))
        for stage in _ORDER
        if stage in spans and (days := _median_days(spans[stage])) is not None
    )


def _median_days(spans: Iterable[timedelta]) -> float | None:
    days = [span / timedelta(days=1) for span in spans]
    return round(median(days), 1) if days else None


def _weekly(
    paths: Sequence[_Path], zone: tzinfo, start: date, end: date, week_start: int
) -> tuple[tuple[date, int], ...]:
    def week_of(day: date) -> date:
        return day - timedelta(days=(day.weekday() - week_start) % 7)

    counts = Counter(
        week_of(path.applied.astimezone(zone).date()) for path in paths if path.applied
    )
    weeks, week = [], week_of(start)
    while week <= end:
        weeks.append((week, counts.get(week, 0)))
        week += timedelta(days=7)
    return tuple(weeks)


def engagement_label(group: str) -> str:
    """An engagement group as the table and the detail pane name it ("Freelance, hourly"
    for "freelance-hourly"); "(not stated)" and a value no longer known as they are."""
    try:
        return Engagement(group).label
    except ValueError:
        return group


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share:.0%}"


def as_dict(found: Insights, start: date, end: date) -> dict[str, object]:
    """The figures as plain JSON values (`gigdesk stats --json`)."""
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "postings": found.postings,
        "funnel": [
            {"stage": s.stage.value, "postings": s.postings, "conversion": s.conversion}
            for s in found.funnel
        ],
        "response_by_source": [_rate(r) for r in found.by_source],
        "response_by_engagement": [_rate(r) for r in found.by_engagement],
        "median_days_in_stage": [
            {"stage": stage.value, "days": days, "postings": n}
            for stage, days, n in found.days_in_stage
        ],
        "median_days_to_first_response": found.days_to_first_response,
        "applications_per_week": [
            {"week": week.isoformat(), "applications": n} for week, n in found.weekly
        ],
        "outcomes": {outcome.value: n for outcome, n in found.outcomes},
    }


def _rate(rate: ResponseRate) -> dict[str, object]:
    return {
        "group": rate.group,
        "applied": rate.applied,
        "answered": rate.answered,
        "rate": rate.rate,
    }


def as_text(found: Insights, start: date, end: date) -> str:
    """The figures as a terminal shows them (`gigdesk stats`)."""
    lines = [f"Postings added {start.isoformat()} to {end.isoformat()}: {found.postings}", ""]
    lines.append("How far they got (each counted at every stage up to its furthest)")
    lines += [
        f"  {s.stage.label:<14}{s.postings:>6}  {_percent(s.conversion)}" for s in found.funnel
    ]
    for title, rates, named in (
        ("source", found.by_source, str),
        ("engagement", found.by_engagement, engagement_label),
    ):
        lines += ["", f"Answered, by {title} (a move past Applied, a rejection or a message)"]
        lines += [
            f"  {named(r.group):<24}{r.answered:>5} of {r.applied:<5} {_percent(r.rate)}"
            for r in rates
        ] or ["  no applications"]
    lines += ["", "Median days in each stage"]
    lines += [
        f"  {stage.label:<14}{days:>6.1f}  ({n} posting{'s' if n != 1 else ''})"
        for stage, days, n in found.days_in_stage
    ] or ["  no stage left yet"]
    response = found.days_to_first_response
    shown = "–" if response is None else f"{response:.1f}"
    lines += ["", f"Median days from applying to the first answer: {shown}"]
    lines += ["", "Applications per week (by the week's first day)"]
    lines += [f"  {week.isoformat()}  {n:>4}" for week, n in found.weekly]
    lines += ["", "Outcomes"]
    lines += [f"  {outcome.label:<14}{n:>6}" for outcome, n in found.outcomes] or ["  none yet"]
    return "\n".join(lines)
