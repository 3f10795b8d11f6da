"""When an application has gone quiet: silence-based nudges to follow up, or to close.

Each open stage has a silence limit. A posting whose last move (`PostingRow.last_moved`:
a stage or outcome reached, a message logged or an event agreed; never an edit of its
details, notes or checklist) is older than its stage's limit, and that has no follow-up
date, needs a follow-up; after a longer limit Gigdesk suggests closing it as "No
response". A follow-up date the user set wins over both, and nothing is ever closed by
itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import partial

from desktop.domain.tracking.events import Event
from desktop.domain.tracking.tracker import PostingRow, Stage


class Nudge(StrEnum):
    FOLLOW_UP = "follow-up"  # silent past its stage's limit
    CLOSE = "close"  # silent so long that closing it as "No response" is suggested


@dataclass(frozen=True)
class SilenceLimits:
    """Days of silence before a nudge, by stage; `close_after` for the suggestion to close."""

    applied: int = 14
    screening: int = 7
    interviewing: int = 7
    offer: int = 3
    close_after: int = 30

    def for_stage(self, stage: Stage) -> int | None:
        """The stage's limit; None for a stage where the next move is the user's own."""
        name = _LIMITED.get(stage)
        return None if name is None else int(getattr(self, name))


# The stages where the user waits for the other side, by the field holding their limit.
_LIMITED = {
    Stage.APPLIED: "applied",
    Stage.SCREENING: "screening",
    Stage.INTERVIEWING: "interviewing",
    Stage.OFFER: "offer",
}
_SETTING = "silence_"


def nudge_for(
    posting: PostingRow,
    today: date,
    limits: SilenceLimits,
    local: Callable[[datetime], datetime] = lambda moment: moment,
) -> tuple[Nudge, int] | None:
    """The nudge a posting deserves on `today` (the user's day; `local` puts its last
    move in their zone) and the days it has been silent; None if none."""
    if posting.outcome is not None or posting.details.follow_up is not None:
        return None
    limit = limits.for_stage(posting.stage)
    if limit is None:
        return None
    silent = (today - local(posting.last_moved).date()).days
    if silent >= max(limits.close_after, limit):
        return Nudge.CLOSE, silent
    if silent >= limit:
        return Nudge.FOLLOW_UP, silent
    return None


class Nudges:
    """`nudge_for` for many postings on one day: each waiting stage's quiet-before instant
    worked out once, so a posting costs one comparison (100,000 for a sort, an export or
    the agenda) and only the quiet ones have their days counted."""

    def __init__(self, today: date, limits: SilenceLimits, zone: tzinfo) -> None:
        self._today, self._limits, self._zone = today, limits, zone
        # The instant before which a last move makes a posting need a follow-up today,
        # in UTC as stored times are (comparing within one zone costs no offsets).
        self._quiet = {
            stage: datetime.combine(
                today - timedelta(days=limit - 1), time(0), tzinfo=zone
            ).astimezone(UTC)
            for stage in _LIMITED
            if (limit := limits.for_stage(stage)) is not None
        }

    def is_quiet(self, posting: PostingRow) -> bool:
        """Whether `nudge_for` gives the posting a nudge today."""
        return (
            posting.outcome is None
            and posting.details.follow_up is None
            and posting.last_moved < self._quiet.get(posting.stage, _NEVER)
        )

    def nudge(self, posting: PostingRow) -> tuple[Nudge, int] | None:
        if not self.is_quiet(posting):
            return None
        return nudge_for(
            posting, self._today, self._limits, partial(datetime.astimezone, tz=self._zone)
        )


def silence_limits_from(settings: Mapping[str, str]) -> SilenceLimits:
    """The limits the user set (`silence_settings`); a missing or unreadable one is the
    default."""
    values: dict[str, int] = {}
    for field in fields(SilenceLimits):
        kept = settings.get(_SETTING + field.name, "")
        if kept.isdigit() and int(kept) > 0:
            values[field.name] = int(kept)
    return SilenceLimits(**values)


def silence_settings(limits: SilenceLimits) -> dict[str, str]:
    return {_SETTING + field.name: str(getattr(limits, field.name)) for field in fields(limits)}


class Due(StrEnum):
    """Why a posting is on the agenda, in the order the agenda lists them."""

    EVENT = "event"  # an interview, call, test task or deadline in the coming week
    OVERDUE = "overdue"  # its follow-up date has passed
    TODAY = "today"  # its follow-up date is today
    QUIET = "quiet"  # silent past its stage's limit
    CLOSE = "close"  # silent so long that closing it is suggested


@dataclass(frozen=True)
class AgendaItem:
    posting: PostingRow
    due: Due
    days: int  # overdue by, silent for, or (an event) days until it
    event: Event | None = None


def agenda(
    postings: Iterable[PostingRow],
    today: date,
    limits: SilenceLimits,
    zone: tzinfo,
    events: Iterable[Event] = (),
) -> list[AgendaItem]:
    """What wants the user's attention today: the coming week's events (soonest first),
    follow-ups due (the most overdue first), postings gone quiet (the longest silence
    first), then those to consider closing. `events` are those still to come."""
    nudges = Nudges(today, limits, zone)
    by_id: dict[int, PostingRow] = {}
    items = []
    week_end = today + timedelta(days=AGENDA_DAYS)
    wanted = [event for event in events if event.instant.astimezone(zone).date() < week_end]
    for posting in postings:
        by_id[posting.id] = posting
        if posting.outcome is not None:
            continue
        follow_up = posting.details.follow_up
        if follow_up is not None:
            if follow_up <= today:
                late = (today - follow_up).days
                items.append(AgendaItem(posting, Due.OVERDUE if late else Due.TODAY, late))
        elif (nudge := nudges.nudge(posting)) is not None:
            due = Due.CLOSE if nudge[0] is Nudge.CLOSE else Due.QUIET
            items.append(AgendaItem(posting, due, nudge[1]))
    for event in wanted:
        if (row := by_id.get(event.posting_id)) is not None and row.outcome is None:
            days = (event.instant.astimezone(zone).date() - today).days
            items.append(AgendaItem(row, Due.EVENT, days, event))
    order = list(Due)
    return sorted(
        items,
        key=lambda item: (
            order.index(item.due),
            item.event.instant.timestamp() if item.event else -item.days,
        ),
    )


AGENDA_DAYS = 7  # how far ahead the agenda lists events


_NEVER = datetime.min.replace(tzinfo=UTC)
