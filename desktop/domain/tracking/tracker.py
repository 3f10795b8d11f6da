"""The application pipeline: stages, outcomes and the tracked posting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from desktop.resources import load_json

if TYPE_CHECKING:
    from desktop.domain.reading.analysis import PostingAnalysis


class Stage(StrEnum):
    """Where an application stands, in the order it moves forward."""

    SAVED = "saved"
    APPLYING = "applying"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def label_for(self, *, freelance: bool) -> str:
        """The stage as a freelancer says it ("Proposal sent") or the plain label."""
        if freelance:
            return FREELANCE_LABELS.get(self, self.label)
        return self.label

    def next(self) -> Stage:
        order = list(Stage)
        return order[min(order.index(self) + 1, len(order) - 1)]

    def previous(self) -> Stage:
        order = list(Stage)
        return order[max(order.index(self) - 1, 0)]


class Outcome(StrEnum):
    """Why an application closed. Kept apart from the stage so funnels stay right."""

    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"
    EXPIRED = "expired"
    OFFER_DECLINED = "offer_declined"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


FREELANCE_LABELS = {
    Stage.APPLIED: "Proposal sent",
    Stage.SCREENING: "Shortlisted",
    Stage.ACCEPTED: "Hired",
}

REOPENED = "reopened"

# The stages that say a posting was applied to: Applied and every stage after it.
APPLIED_OR_LATER = frozenset(
    stage.value for stage in list(Stage)[list(Stage).index(Stage.APPLIED) :]
)


@cache
def _aliases() -> dict[str, Stage | Outcome]:
    """Everyday and freelance-platform wording for the same stages and outcomes."""
    members: dict[str, Stage | Outcome] = {s.value: s for s in Stage}
    members.update({o.value: o for o in Outcome})
    aliases = load_json("stage_words.json")["aliases"]
    return {word: members[value] for word, value in aliases.items()}


def parse_milestone(text: str) -> Stage | Outcome:
    """A stage or outcome from its name, label or a common alias ("Proposal sent").

    Raises ValueError naming the accepted words when nothing matches.
    """
    key = re.sub(r"[\s_-]+", " ", text.strip().casefold())
    for kind in (Stage, Outcome):
        for member in kind:
            if key in (member.value.replace("_", " "), member.label.casefold()):
                return member
    aliases = _aliases()
    if key in aliases:
        return aliases[key]
    known = ", ".join([s.value for s in Stage] + [o.value for o in Outcome])
    raise ValueError(f"unknown stage {text!r}; use one of {known} or an alias")


@dataclass(frozen=True, slots=True)
class StageEvent:
    """One dated change in the pipeline: a stage reached, an outcome, or a reopening."""

    at: datetime
    name: str

    def label_for(self, *, freelance: bool) -> str:
        """In the words the stage box uses for the posting ("Shortlisted" on Upwork)."""
        try:
            return Stage(self.name).label_for(freelance=freelance)
        except ValueError:
            pass
        try:
            return Outcome(self.name).label
        except ValueError:
            return self.name.capitalize()


@dataclass(frozen=True, slots=True)
class PostingDetails:
    """The fields of a posting the user can edit by hand."""

    title: str = ""
    company: str = ""
    source: str = ""
    url: str | None = None
    follow_up: date | None = None
    notes: str = ""


# How much of a posting's text a row keeps: enough for a first line to stand in for a title.
PREVIEW_CHARS = 300


@dataclass(frozen=True, kw_only=True, slots=True)
class PostingRow:
    """A posting as the tracker table and the CSV need it: everything but its text and its
    reading. `preview`, the text's start, stands in for a missing title. The table's rows
    carry no `history` (the CSV's do): small, so that 100,000 of them fit in memory."""

    id: int
    details: PostingDetails
    added_at: datetime
    updated_at: datetime  # any change at all: a detail, a note, a correction, a move
    # When the application last moved, as the store keeps it (`last_moved` reads it).
    moved_at: datetime | None = None
    stage: Stage = Stage.SAVED
    outcome: Outcome | None = None
    history: tuple[StageEvent, ...] = field(default=())
    preview: str = ""
    # What the job site says of it, in SITE_COLUMNS order (desktop/domain/tracking/export.py):
    # the CSV's rows carry it, the table's do not.
    site: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.details.title

    @property
    def company(self) -> str:
        return self.details.company

    @property
    def is_closed(self) -> bool:
        return self.outcome is not None

    @property
    def status(self) -> Stage | Outcome:
        """Where it stands: its outcome once closed, else its stage."""
        return self.outcome or self.stage

    def reached(self, stage: Stage) -> datetime | None:
        """When the posting first reached `stage`, if it has."""
        return next((e.at for e in self.history if e.name == stage.value), None)

    @property
    def applied_at(self) -> datetime | None:
        """When the posting was applied to: when it first reached Applied or a later stage
        (moved from Saved straight to Interviewing, it was applied to then); None if it
        never did (an outcome such as Withdrawn, reached from Saved, is no applying)."""
        return next((e.at for e in self.history if e.name in APPLIED_OR_LATER), None)

    @property
    def last_moved(self) -> datetime:
        """When the application last moved, from which its silence counts: a stage or an
        outcome reached (a reopening too), or word from the other side logged (a message,
        an event agreed); when it was added if nothing since. Editing its details, notes or
        checklist, or correcting its reading, is no move. `moved_at` as the store keeps it;
        for a row made without it, its history's last change."""
        if self.moved_at is not None:
            return self.moved_at
        return max((event.at for event in self.history), default=self.added_at)


@dataclass(frozen=True, kw_only=True, slots=True)
class Posting(PostingRow):
    """A tracked posting whole: its verbatim text, and what Gigdesk read from it with the
    user's own values in place (None until read)."""

    raw_text: str
    analysis: PostingAnalysis | None = None
    overridden: frozenset[str] = frozenset()

    @property
    def row(self) -> PostingRow:
        """The posting as the tracker table lists it."""
        return PostingRow(
            id=self.id,
            details=self.details,
            added_at=self.added_at,
            updated_at=self.updated_at,
            moved_at=self.moved_at,
            stage=self.stage,
            outcome=self.outcome,
            preview="" if self.details.title else self.raw_text[:PREVIEW_CHARS],
        )


@dataclass(frozen=True)
class Message:
    """A message the user received about a posting (an email, a chat), kept verbatim."""

    id: int
    posting_id: int
    received: date
    text: str
