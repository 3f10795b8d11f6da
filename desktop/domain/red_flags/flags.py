"""Scam red flags in a posting or a recruiter's message, each explained and located.

The catalogue is data (resources/red_flags.json). Context decides: advice and
negation ("never pay to get a job", "no registration fee") do not fire, a
job board's safety tips and EEO text are not read as the employer's words, a
chat app fires only as the channel for contact, and a free-mail domain only as
an address. Weak signals (urgency, shouting, unsolicited contact) raise the
risk level only together with others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import cache

from desktop.domain.patterns import PatternSet
from desktop.domain.reading.sections import Section, SectionKind
from desktop.resources import load_json

_SENTENCE_END = re.compile(r"[.!?\n]")
_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_SKIPPED = {SectionKind.BOILERPLATE, SectionKind.LEGAL}


class Risk(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class Severity(StrEnum):
    """How much one red flag weighs; see risk_level for how they add up."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Flag:
    id: str
    title: str
    severity: Severity
    explanation: str
    advice: str
    named_by: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    needs: re.Pattern[str] | None
    negation_free: bool


@dataclass(frozen=True)
class Hit:
    """One red flag at one place: the exact words, and why they matter."""

    flag: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    reason: str


@dataclass(frozen=True)
class Catalogue:
    flags: dict[str, Flag]
    patterns: PatternSet  # every flag's, searched together
    negation: re.Pattern[str]
    free_mail: frozenset[str]
    easy_work: re.Pattern[str]
    hourly_pay: re.Pattern[str]
    too_good_hourly: float


@cache
def catalogue() -> Catalogue:
    data = load_json("red_flags.json")
    flags = {
        entry["id"]: Flag(
            id=entry["id"],
            title=entry["title"],
            severity=Severity(entry["severity"]),
            explanation=entry["explanation"],
            advice=entry["advice"],
            named_by=tuple(entry["named_by"]),
            patterns=tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"]),
            needs=re.compile(entry["needs"], re.IGNORECASE) if entry.get("needs") else None,
            negation_free=bool(entry.get("negation_free")),
        )
        for entry in data["flags"]
    }
    return Catalogue(
        flags,
        PatternSet(p for flag in flags.values() for p in flag.patterns),
        re.compile(data["negation"], re.IGNORECASE),
        frozenset(data["free_mail_domains"]),
        re.compile(data["easy_work"], re.IGNORECASE),
        re.compile(data["hourly_pay"], re.IGNORECASE),
        float(data["too_good_hourly"]),
    )


def find_red_flags(text: str, sections: Sequence[Section] = ()) -> list[Hit]:
    """Every red flag in `text`, skipping the job board's and legal sections given."""
    skipped = [(s.start, s.end) for s in sections if s.kind in _SKIPPED]
    text = text.replace("’", "'")  # one character for one: offsets stay those of the text
    hits: list[Hit] = []
    book = catalogue()
    found = book.patterns.over(text)
    for flag in book.flags.values():
        for pattern in flag.patterns:
            for match in found.finditer(pattern):
                if _inside(match.start(), skipped) or not _in_context(text, match, flag, book):
                    continue
                hits.append(_hit(flag, text, match.start(), match.end()))
    hits.extend(_free_mail(text, skipped, book))
    hits.extend(_too_good_hourly(text, skipped, book))
    return _first_per_place(hits)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
        default=max(0, start - 300),
    )
    after = _SENTENCE_END.search(text, end)
    return before, after.start() if after else len(text)


def _in_context(text: str, match: re.Match[str], flag: Flag, book: Catalogue) -> bool:
    sentence_start, sentence_end = _sentence(text, match.start(), match.end())
    if flag.negation_free and book.negation.search(text, sentence_start, match.start()):
        return False  # "we will never ask for your bank details", "no registration fee"
    if flag.needs is not None:
        around = text[sentence_start:sentence_end]
        words = (
            around[: match.start() - sentence_start] + " " + around[match.end() - sentence_start :]
        )
        return bool(flag.needs.search(words))
    return True


def _free_mail(text: str, skipped: list[tuple[int, int]], book: Catalogue) -> list[Hit]:
    """Addresses on free-mail domains: a contact, unlike the word "Gmail" in a tool list."""
    flag = book.flags["F4"]
    return [
        _hit(flag, text, match.start(), match.end())
        for match in _EMAIL.finditer(text)
        if match.group(1).casefold() in book.free_mail and not _inside(match.start(), skipped)
    ]


def _too_good_hourly(text: str, skipped: list[tuple[int, int]], book: Catalogue) -> list[Hit]:
    """High hourly pay for easy work: judged against the work, not the amount alone."""
    flag = book.flags["F6"]
    hits = [
        _hit(flag, text, match.start(), match.end())
        for match in book.hourly_pay.finditer(text)
        if float(match.group(1)) >= book.too_good_hourly and not _inside(match.start(), skipped)
    ]
    # The pay is found fast and rarely: the work is looked at only when there is some.
    return hits if hits and book.easy_work.search(text) else []


def _hit(flag: Flag, text: str, start: int, end: int) -> Hit:
    excerpt = " ".join(text[start:end].split())
    return Hit(flag.id, flag.severity, start, end, excerpt, f"{flag.title}: “{excerpt}”")


def _first_per_place(hits: list[Hit]) -> list[Hit]:
    """One hit per flag per place, in text order."""
    hits.sort(key=lambda h: (h.start, h.flag))
    kept: list[Hit] = []
    for hit in hits:
        if any(k.flag == hit.flag and k.start <= hit.start < k.end for k in kept):
            continue
        kept.append(hit)
    return kept


def risk_level(hits: Sequence[Hit], dismissed: frozenset[str] = frozenset()) -> Risk:
    """The level the hits add up to. Weak signals count only together with others.

    High: any high-severity flag, two different medium ones, or one medium with two
    different weak ones. Medium: one medium flag, or three different weak ones.
    Low: weak signals only.
    """
    kinds: dict[Severity, set[str]] = {severity: set() for severity in Severity}
    for hit in hits:
        if hit.flag not in dismissed:
            kinds[hit.severity].add(hit.flag)
    high, medium, low = (len(kinds[k]) for k in (Severity.HIGH, Severity.MEDIUM, Severity.LOW))
    if high or medium >= 2 or (medium and low >= 2):
        return Risk.HIGH
    if medium or low >= 3:
        return Risk.MEDIUM
    if low:
        return Risk.LOW
    return Risk.NONE


@dataclass(frozen=True, slots=True)
class RiskSummary:
    """A posting's risk in two values: for the table and the export."""

    level: Risk
    flags: tuple[str, ...]


def summarize_risk(hits: Sequence[Hit], dismissed: frozenset[str] = frozenset()) -> RiskSummary:
    """The level and the flags still standing once the dismissed ones are set aside."""
    flags = tuple(dict.fromkeys(hit.flag for hit in hits if hit.flag not in dismissed))
    return RiskSummary(risk_level(hits, dismissed), flags)
