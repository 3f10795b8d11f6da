"""Time zones as postings name them, resolved to IANA zones or fixed offsets.

A zone is kept as a string key: an IANA name ("America/Los_Angeles") for a
region's clock, which follows summer time, or "UTC+10:00" for an offset the
text gives explicitly ("GMT+10"), which does not. The vocabulary lives in
resources/time_zones.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from functools import cache
from typing import Any

from dateutil import tz

from desktop.domain.errors import DomainError
from desktop.domain.phrases import alternation
from desktop.resources import load_json

_OFFSET = re.compile(r"\b(?:UTC|GMT)\s?([+\-−–])\s?(\d{1,2})(?::?([0-5]\d))?(?!\d)")


@dataclass(frozen=True)
class ZoneOption:
    zone: str
    label: str


@dataclass(frozen=True)
class ZoneMention:
    """A zone named in the text: resolved (`zone`) or ambiguous (`options`)."""

    written: str
    start: int
    end: int
    zone: str | None
    options: tuple[ZoneOption, ...] = ()
    note: str = ""

    @property
    def fixed(self) -> bool:
        return is_fixed_offset(self.zone or "")


class UnknownZoneError(DomainError):
    """A zone name the tz database does not know."""


@dataclass(frozen=True)
class _Vocabulary:
    abbreviations: dict[str, str]
    standard: frozenset[str]
    ambiguous: dict[str, list[dict[str, Any]]]
    names: dict[str, str]
    regions: dict[str, str]
    places: dict[str, str]
    time_word: str
    time_word_before: str


@cache
def _vocabulary() -> _Vocabulary:
    data = load_json("time_zones.json")
    return _Vocabulary(
        data["abbreviations"],
        frozenset(data["standard"]),
        data["ambiguous"],
        data["names"],
        data["regions"],
        data["places"],
        data["time_word"],
        data["time_word_before"],
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _vocabulary()
    time_word = "(?i:" + data.time_word + ")"
    abbreviations = alternation([*data.abbreviations, *data.ambiguous])
    abbreviation = re.compile(r"(?<![\w/])(" + abbreviations + r")(?![A-Za-z/])")
    name = re.compile(
        r"\b(?:("
        + alternation(data.regions, ignore_case=True)
        + r")(?:\s+"
        + time_word
        + r")?\b|("
        + alternation(data.names, ignore_case=True)
        + r")\s+"
        + time_word
        + ")",
        re.IGNORECASE,
    )
    places = alternation(data.places)
    place = re.compile(
        r"(?<!\w)(" + places + r")(?:\s+(?:USA|US|U\.S\.))?"
        r"(?:\s+(?:local|local\s+time|afternoon|morning))?\s+"
        + time_word
        # "heure de Paris", "hora de Madrid": the time word first
        + r"|\b(?i:"
        + data.time_word_before
        + r")("
        + places
        + r")(?!\w)"
    )
    return abbreviation, name, place


def is_fixed_offset(zone: str) -> bool:
    return zone.startswith("UTC") and len(zone) > 3


def fixed_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


@cache
def zone_info(zone: str) -> tzinfo:
    """The tzinfo for a zone key; UnknownZoneError when the name is not in the database."""
    match = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", zone)
    if match:
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        return tz.tzoffset(zone, (-1 if match.group(1) == "-" else 1) * minutes * 60)
    info = tz.gettz(zone) if (zone and "/" in zone) or zone == "UTC" else None
    if info is None:
        raise UnknownZoneError(f"{zone!r} is not a time zone name such as Europe/Berlin.")
    return info


def known_zone(zone: str) -> bool:
    try:
        zone_info(zone)
    except UnknownZoneError:
        return False
    return True


def utc_offset(zone: str, moment: datetime) -> timedelta:
    """The zone's offset from UTC at an aware moment."""
    offset = moment.astimezone(zone_info(zone)).utcoffset()
    return offset if offset is not None else timedelta(0)


def find_zone_mentions(text: str) -> list[ZoneMention]:
    """Every zone named in the text, in order; ambiguous ones resolved from context if it can."""
    data = _vocabulary()
    abbreviations, ambiguous = data.abbreviations, data.ambiguous
    names = data.names
    abbreviation, name, place = _patterns()
    cues = _Cues(text)
    found: list[ZoneMention] = []
    for match in _OFFSET.finditer(text):
        sign = -1 if match.group(1) in "-−–" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        if minutes <= 14 * 60:
            zone = fixed_offset(sign * minutes)
            found.append(ZoneMention(match.group(0), match.start(), match.end(), zone))
    for match in name.finditer(text):
        region, named = match.group(1), match.group(2)
        zone = data.regions[region.casefold()] if region else names[named.casefold()]
        found.append(ZoneMention(match.group(0), match.start(), match.end(), zone))
    for match in place.finditer(text):
        named = match.group(1) or match.group(2)
        found.append(_place(named, match.group(0), match.start(), match.end()))
    for match in abbreviation.finditer(text):
        written = match.group(1)
        if written in ambiguous:
            found.append(_ambiguous(written, match.start(), match.end(), ambiguous, cues))
        else:
            zone = abbreviations[written]
            found.append(ZoneMention(written, match.start(), match.end(), zone))
    # Where mentions overlap, the longest wins: "GMT+10" over "GMT", a place name over a
    # word inside it.
    found.sort(key=lambda m: (m.start, m.start - m.end))
    return _without_nested(found)


def zone_named_after(text: str, position: int) -> ZoneMention | None:
    """A zone's bare name right after a clock window ("11am-3pm Eastern"): there it names
    the region's time, though alone elsewhere ("Eastern Europe") it names none."""
    match = _bare_name().match(text, position)
    if match is None:
        return None
    zone = _vocabulary().names[match.group(1).casefold()]
    return ZoneMention(match.group(1), match.start(1), match.end(1), zone)


def zone_named_before(text: str, position: int) -> ZoneMention | None:
    """A zone's bare name as the label of a window after it ("Core hours (Eastern): 10-4",
    "Pacific: 9-5"): closed by a bracket or a colon, it can name no region."""
    match = _bare_label().search(text, max(0, position - _LONGEST_BARE_LABEL), position)
    if match is None:
        return None
    zone = _vocabulary().names[match.group(1).casefold()]
    return ZoneMention(match.group(1), match.start(1), match.end(1), zone)


_LONGEST_BARE_LABEL = 40


@cache
def _bare_label() -> re.Pattern[str]:
    names = alternation(_vocabulary().names, ignore_case=True)
    return re.compile(rf"\b({names})(?:\)[ \t]*:?|:)[ \t]{{0,2}}\Z", re.IGNORECASE)


@cache
def _bare_name() -> re.Pattern[str]:
    names = alternation(_vocabulary().names, ignore_case=True)
    # not before a capitalised word: "9-5 Central European Time" is named whole elsewhere
    return re.compile(rf"[ \t]{{0,2}}\(?({names})\b(?![-\w])(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE)


def place_at(text: str, position: int) -> ZoneMention | None:
    """A place named at `position` ("within 3 hours of Spain"), as a zone."""
    places = _vocabulary().places
    for name in sorted(places, key=len, reverse=True):
        end = position + len(name)
        if text.startswith(name, position) and not text[end : end + 1].isalnum():
            return _place(name, name, position, end)
    return None


def _place(name: str, written: str, start: int, end: int) -> ZoneMention:
    zone = _vocabulary().places[name]
    note = f"Zone taken from the place named: {name} → {zone}."
    return ZoneMention(written, start, end, zone, note=note)


def _without_nested(mentions: list[ZoneMention]) -> list[ZoneMention]:
    kept: list[ZoneMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _ambiguous(
    written: str,
    start: int,
    end: int,
    ambiguous: dict[str, list[dict[str, Any]]],
    cues: _Cues,
) -> ZoneMention:
    """CST, IST, AST, BST, MST: the option the rest of the text points at, else all options."""
    options = tuple(ZoneOption(str(o["zone"]), str(o["label"])) for o in ambiguous[written])
    scores = []
    for option in ambiguous[written]:
        present = [str(c) for c in option["cues"] if cues.named_elsewhere(str(c), start, end)]
        scores.append(present)
    best = max(len(s) for s in scores)
    winners = [i for i, s in enumerate(scores) if len(s) == best]
    if best == 0 or len(winners) > 1:
        return ZoneMention(written, start, end, None, options)
    chosen = options[winners[0]]
    named = ", ".join(scores[winners[0]][:3])
    note = f"{written} read as {chosen.label} ({chosen.zone}) because the text names {named}."
    return ZoneMention(written, start, end, chosen.zone, options, note)


class _Cues:
    """Where a text names each cue, found once for all its ambiguous mentions.

    Searching the whole text again for every mention made a long paste of "9am-5pm CST"
    take quadratic time.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[str, list[int]] = {}

    def named_elsewhere(self, cue: str, start: int, end: int) -> bool:
        """Whether text[:start] + " " + text[end:] (the text without the mention) names the cue.

        Only matches touching the mention, or the space put in its place, can differ
        from the whole text's, so only those few characters are searched again.
        """
        pattern = _cue_pattern(cue)
        starts = self._starts.get(cue)
        if starts is None:
            starts = self._starts[cue] = _match_starts(pattern, self._text)
        width = len(cue)
        # A match starting from `width` before the mention to its end stands on it or sees it
        # (the lookarounds); any other is a match in the text without the mention too.
        touching = bisect_right(starts, end) - bisect_left(starts, start - width)
        if len(starts) > touching:
            return True
        # Only a match taking in the space, or beside it, remains to look for.
        low = max(0, start - width - 1)
        joined = self._text[low:start] + " " + self._text[end : end + width + 1]
        space = start - low
        match = pattern.search(joined, max(0, space - width))
        return match is not None and match.start() <= space + 1


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    if cue.isupper() or any(ch in cue for ch in ".£"):
        return re.compile(r"(?<![\w/])" + re.escape(cue) + r"(?![A-Za-z/])")
    return re.compile(r"\b" + re.escape(cue) + r"\b", re.IGNORECASE)


def _match_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where every match starts, overlapping ones included."""
    starts = []
    match = pattern.search(text)
    while match:
        starts.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return starts


def standard_time_note(written: str, zone: str, moment: datetime) -> str:
    """ "EST" written for a date when New York is on summer time: say how it is read."""
    if written not in _vocabulary().standard or is_fixed_offset(zone):
        return ""
    local = moment.astimezone(zone_info(zone))
    if not local.dst():
        return ""
    offset = fixed_offset(int((local.utcoffset() or timedelta(0)).total_seconds() // 60))
    return (
        f"{written} is read as {zone} clock time, which is summer time ({local.tzname()}, "
        f"{offset}) on {moment.date().isoformat()}; if the posting means a fixed "
        f"{written} all year, the times fall an hour later for you."
    )


def zone_label(zone: str) -> str:
    """A short name for a zone key: "Los Angeles", "UTC+10:00"."""
    if is_fixed_offset(zone) or zone == "UTC":
        return zone
    return zone.rsplit("/", 1)[-1].replace("_", " ")
