"""Working-hours statements in a posting: windows, required overlaps and zone bands.

What is found is kept as written (clock times in the posting's zone) and does
not depend on a date; desktop.domain.hours.local_time converts it for a user and a
day. Hours without a zone are kept but never converted, and a statement needs
clock times or a number of hours: "Eastern Time business hours" alone states
no window, and nothing here invents 9 to 5.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache, cached_property

from desktop.domain.hours.working import HoursKind
from desktop.domain.hours.zones import (
    ZoneMention,
    ZoneOption,
    find_zone_mentions,
    is_fixed_offset,
    place_at,
    zone_info,
    zone_named_after,
    zone_named_before,
)
from desktop.domain.patterns import Found, PatternSet
from desktop.domain.phrases import alternation
from desktop.resources import load_json

_AP = r"(?:\s?(?P<{n}ap>[aApP])\.?\s?[mM]\b\.?|(?P<{n}c>[aApP])(?![A-Za-z]))"


def _clock(n: str) -> str:
    return (
        rf"(?<![\d:$£€.,/])(?:(?:12[- ]?)?\b(?P<{n}word>(?i:noon|midday|midnight))\b"
        rf"|(?P<{n}h>[012]?\d)(?![- ]?(?i:noon|midday|midnight)\b)"
        rf"(?:(?P<{n}sep>[:.h])(?P<{n}m>[0-5]\d)|(?P<{n}sep2>h)(?![A-Za-z]))?"
        + _AP.format(n=n)
        + "?)"
    )


_WINDOW = re.compile(
    _clock("a")
    + r"(?P<mid>\s*\(?[A-Z]{2,5}\)?)?\s*"
    # "to" in English, German, French, Spanish, Portuguese, Dutch, Italian and Polish
    + r"(?:-|–|—|~|\b(?:to|until|till|through|and|bis|à|a|às|até|tot|alle|do)\b)\s*"
    + _clock("b")
)
_AFTER_WINDOW = re.compile(r"\s*(?:hours?|hrs?|h\b|years?|%|k\b|\+)|/", re.IGNORECASE)
_SINGLE = re.compile(
    r"\b(?:until|till|as\s+late\s+as|up\s+to)\s+" + _clock("a"),
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
}  # fmt: skip
_N = r"(?P<n>\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight)"
_OVERLAPS = (
    re.compile(
        r"\boverlap(?:ping)?\s+(?:of\s+|by\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+"
        rf"(?:of\s+)?)?{_N}\s*\+?\s*(?:hours?|hrs?|h)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_N}\s*\+?\s*(?:or\s+more\s+)?(?:hours?|hrs?|h)\s+(?:of\s+)?(?:daily\s+|time\s?zone\s+)?"
        r"overlap",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_N}\s*\+?\s*(?:hours?|hrs?)\s+(?:per|a|each)\s+day\s+(?:in|within|during)\s+"
        r"(?:that|the\s+same|this)\s+time\s?zone",
        re.IGNORECASE,
    ),
    # "at least 5 hours of availability during working hours in the US Eastern Time Zone"
    re.compile(rf"\b{_N}\s*\+?\s*(?:hours?|hrs?)\s+of\s+availability\b", re.IGNORECASE),
)
_BAND_AROUND = re.compile(
    rf"\bwithin\s+(?:\+\s?/\s?-|\+-|±|plus\s+or\s+minus)?\s*{_N}\s*(?:hours?|hrs?|h)\s+"
    r"(?:of|from)\s+",
    re.IGNORECASE,
)
# "UTC-5 ± 2 hours", "EST (+/- 3h)": the zone is the one named just before.
_BAND_AFTER = re.compile(
    rf"(?:\+\s?/\s?-|\+-|±|plus\s+or\s+minus)\s*{_N}\s*(?:hours?|hrs?|h)\b", re.IGNORECASE
)
_ZONE_TO_BAND = re.compile(r"[ \t]*(?:time[ \t]*)?[(,]?[ \t]*", re.IGNORECASE)
_BRACKET_GAP = 4
_OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")
# Searched together: most postings hold none of the words these need ("overlap", "within").
_OVERLAPS_AND_BANDS = PatternSet([*_OVERLAPS, _BAND_AROUND, _BAND_AFTER])
_BAND_RANGE = re.compile(
    r"\b(?:UTC|GMT)\s?(?P<a>[+\-−–]\s?\d{1,2})(?::?[0-5]\d)?\s*(?:to|-|–|and|through)\s*"
    r"(?:UTC|GMT)\s?(?P<b>[+\-−–]\s?\d{1,2})"
)
_DAY = r"(?P<{n}>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?s?"
_DAYS_RANGE = re.compile(
    _DAY.format(n="d1") + r"\s*(?:-|–|to|through|thru)\s*" + _DAY.format(n="d2"), re.IGNORECASE
)
_DAY_SINGLE = re.compile(r"\bon\s+" + _DAY.format(n="d1"), re.IGNORECASE)
# A line break ends a sentence unless the next line carries on in lower case (a wrapped paste).
# A run of stops is tried from its first ("?!"), never from each stop in it.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\s)]+(?=[A-Z0-9\"“(])|\n\s*(?![a-z])")
# Mentions are this long at most (e.g. "Coordinated Universal Standard Time zone").
_LONGEST_MENTION = 80
# How far after a window an "until 8 pm on occasion" may stand and still extend it.
_EXTENSION_REACH = 600
# Two windows are one when they fall at the same instant on these days (winter and summer).
_REFERENCE_DAYS = (date(2026, 1, 15), date(2026, 7, 15))


@dataclass(frozen=True)
class _Words:
    """The patterns made from resources/working_hours.json."""

    occasional: re.Pattern[str]
    contact_sentence: re.Pattern[str]  # "Call or text us (Mon-Fri 7am-6pm CST)": when to call
    interview_before: re.Pattern[str]  # "Walk-in interview: Sat 10am-4pm": when to come
    weekdays: re.Pattern[str]
    not_an_end: re.Pattern[str]  # a full stop after an abbreviation ("a.m.") ends no sentence


@cache
def _words() -> _Words:
    data = load_json("working_hours.json")
    return _Words(
        occasional=re.compile(data["occasional"], re.IGNORECASE),
        contact_sentence=re.compile(data["contact_sentence"], re.IGNORECASE),
        interview_before=re.compile(data["interview_before"], re.IGNORECASE),
        weekdays=re.compile(
            rf"\b(?:{alternation(data['weekdays'], ignore_case=True)})\b", re.IGNORECASE
        ),
        not_an_end=re.compile(
            rf"\b(?:{alternation(data['abbreviations'], ignore_case=True)})\.?$", re.IGNORECASE
        ),
    )


@dataclass(frozen=True)
class HoursStatement:
    """One statement as found. Clock times are in the posting's zone."""

    kind: HoursKind
    text: str
    span_start: int
    span_end: int
    zone: str | None = None
    written_zone: str = ""
    options: tuple[ZoneOption, ...] = ()
    begins: time | None = None
    ends: time | None = None
    days: str | None = None
    hours: float | None = None
    plus_minus: float | None = None
    band_from: str | None = None
    band_to: str | None = None
    extension: time | None = None
    reference: tuple[time, time] | None = None
    notes: tuple[str, ...] = ()
    picked: bool = False  # the zone is the user's pick among `options`

    @property
    def converts(self) -> bool:
        """Whether the statement can be put in the user's time: it has a resolved zone."""
        return self.zone is not None or bool(self.band_from and self.band_to)

    @property
    def zone_choices(self) -> tuple[str, ...]:
        return tuple(option.zone for option in self.options)

    @property
    def clock(self) -> tuple[time, time]:
        """A window's start and end; ValueError for a statement without clock times."""
        if self.begins is None or self.ends is None:
            raise ValueError("only a window has clock times")
        return self.begins, self.ends

    @property
    def clock_range(self) -> str:
        """ "09:00–17:00": a window's clock times as notes and the hours view write them."""
        begins, ends = self.clock
        return f"{begins:%H:%M}–{ends:%H:%M}"

    def with_zone(self, zone: str) -> HoursStatement:
        """The statement read with the zone the user picked for an ambiguous abbreviation."""
        note = f"{self.written_zone} read as {zone}, as you chose."
        kept = tuple(n for n in self.notes if not n.startswith(self.written_zone + " "))
        return replace(self, zone=zone, notes=(*kept, note), picked=True)


@dataclass(frozen=True)
class _Sentence:
    """A sentence and what is read from it, worked out once for all the statements it holds."""

    start: int
    end: int
    text: str = field(repr=False, compare=False)  # the whole text

    @cached_property
    def said(self) -> str:
        """The sentence as written, without list markers, line breaks and a chat's bold
        marks ("**Timezone:** must overlap …")."""
        said = " ".join(self.text[self.start : self.end].split()).lstrip("-*•+ ")
        return said.replace("**", "") if "**" in said else said

    @cached_property
    def days(self) -> str | None:
        return _days(self.text[self.start : self.end])

    @cached_property
    def occasional(self) -> bool:
        return _words().occasional.search(self.text[self.start : self.end]) is not None


def find_hours(text: str) -> list[HoursStatement]:
    """Every working-hours statement in the text, in order, without repeats."""
    clocks = list(_WINDOW.finditer(text))
    found = _OVERLAPS_AND_BANDS.over(text)
    if not (
        clocks
        or any(found.search(pattern) for pattern in (*_OVERLAPS, _BAND_AROUND, _BAND_AFTER))
        or _BAND_RANGE.search(text)
    ):
        return []  # most postings state no hours: their zones and sentences need no reading
    zones = find_zone_mentions(text)
    # "11am-3pm Eastern", "Core hours (Eastern): 10-4": a region's bare name right after a
    # window, or as its label, is its time
    named = {m.start for m in zones}
    bare = [
        z
        for c in clocks
        for z in (zone_named_after(text, c.end()), zone_named_before(text, c.start()))
        if z and z.start not in named
    ]
    mentions = _Mentions(sorted([*zones, *bare], key=lambda m: m.start) if bare else zones)
    sentences = _Sentences(text)
    windows = [w for w in _windows(text, clocks, sentences, mentions) if not _when_to_call(text, w)]
    statements = [
        *windows,
        *_overlaps(found, sentences, mentions, windows),
        *_bands(found, sentences, mentions),
    ]
    statements.sort(key=lambda s: s.span_start)
    return _distinct(statements)


_INTERVIEW_REACH = 60  # characters before a window where "Walk-in interview:" may stand
_LINE_REACH = 200  # characters before a window where its line's "Call us" may stand


def _when_to_call(text: str, window: HoursStatement) -> bool:
    """Whether the window's sentence or line tells when to call or write ("Call or text
    recruiting (Mon-Fri 7am-6pm CST)") or to come for an interview ("Walk-in interview:
    Saturday 10 am to 4 pm"): the recruiter's hours, not the job's."""
    words = _words()
    # the line's start, looked for only so far back: a line of windows is not read again
    reach = max(0, window.span_start - _LINE_REACH)
    line_start = max(text.rfind("\n", reach, window.span_start) + 1, reach)
    return bool(
        words.contact_sentence.match(window.text)
        or words.contact_sentence.match(text, line_start)
        # only the words just before it: a line of windows is not read again for each
        or words.interview_before.search(
            text, max(line_start, window.span_start - _INTERVIEW_REACH), window.span_start
        )
    )


class _Sentences:
    """A text's sentences in order, found by position in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.spans: list[_Sentence] = []
        start = 0
        not_an_end = _words().not_an_end
        for match in _SENTENCE_END.finditer(text):
            if not_an_end.search(text[max(start, match.start() - 6) : match.start() + 1]):
                continue
            if text[start : match.start()].strip():
                self.spans.append(_Sentence(start, match.end(), text))
            start = match.end()
        if text[start:].strip() or not self.spans:
            self.spans.append(_Sentence(start, len(text), text))
        self._starts = [s.start for s in self.spans]

    def __getitem__(self, index: int) -> _Sentence:
        return self.spans[index]

    def index_of(self, position: int) -> int:
        """The index of the sentence holding `position`."""
        return max(bisect_right(self._starts, position) - 1, 0)


class _Mentions:
    """Zone mentions in text order, looked up by position in logarithmic time.

    A long paste can be one sentence holding thousands of mentions, so one is picked from a
    sentence by bisection, never by listing them all.
    """

    def __init__(self, mentions: list[ZoneMention]) -> None:
        self.items = mentions
        self._starts = [m.start for m in mentions]

    def between(self, low: int, high: int) -> list[ZoneMention]:
        """Mentions starting at or after `low` and before `high`."""
        return self.items[bisect_left(self._starts, low) : bisect_left(self._starts, high)]

    def first(self, low: int, high: int) -> ZoneMention | None:
        """The first mention starting in [low, high)."""
        index = bisect_left(self._starts, low)
        found = index < len(self.items) and self._starts[index] < high
        return self.items[index] if found else None

    def last(self, low: int, high: int) -> ZoneMention | None:
        """The last mention starting in [low, high)."""
        index = bisect_left(self._starts, high) - 1
        return self.items[index] if index >= 0 and self._starts[index] >= low else None

    def nearest(self, position: int, low: int, high: int) -> ZoneMention | None:
        """The mention in [low, high) starting closest to `position` in it, the earlier on a tie."""
        around = [m for m in (self.last(low, position), self.first(position, high)) if m]
        return min(around, key=lambda m: abs(m.start - position), default=None)


def _to_24(hour: int, minute: int, meridiem: str | None) -> int | None:
    """Minutes after midnight, or None for an impossible time."""
    if meridiem is None:
        return hour * 60 + minute if hour <= 24 and (hour < 24 or minute == 0) else None
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem == "p" else 0)
    return hour * 60 + minute


def _meridiem(match: re.Match[str], n: str) -> str | None:
    word = match.group(f"{n}word")
    if word:
        return "a" if word.casefold() == "midnight" else "p"
    value = match.group(f"{n}ap") or match.group(f"{n}c")
    return value.lower() if value else None


def _hour(match: re.Match[str], n: str) -> int:
    """The clock's hour as written; noon and midnight are 12 (their meridiem tells which)."""
    return 12 if match.group(f"{n}word") else int(match.group(f"{n}h"))


def _clock_pair(match: re.Match[str], *, zoned: bool) -> tuple[int, int] | None:
    """The window's ends in minutes, completing a meridiem written once ("12-5pm").

    Bare hours ("9-5") are a window only with a zone right after or before them ("9-5 IST",
    "UK office hours, 9–5.30"), as is an end on a 24-hour clock ("9–17:30 CET").
    """
    a_h, b_h = _hour(match, "a"), _hour(match, "b")
    a_m, b_m = int(match.group("am") or 0), int(match.group("bm") or 0)
    a_ap, b_ap = _meridiem(match, "a"), _meridiem(match, "b")
    if a_ap is None and b_ap is None:
        # 24-hour clocks: "10:00 to 19:00", "9h-18h", "9h30-18h" (not durations: "3h-5h").
        colons = all(match.group(f"{n}sep") == ":" for n in "ab") or (
            all(match.group(f"{n}sep") == "h" or match.group(f"{n}sep2") for n in "ab")
            and (zoned or b_h > 12)
        )
        day_clock = zoned and 12 < b_h <= 24 and a_h < b_h and match.group("bsep") == ":"
        if not colons and not day_clock and not (zoned and 1 <= b_h < a_h <= 12):
            return None
        if not colons and not day_clock:
            b_h += 12
        elif colons and 1 <= b_h < a_h <= 12:
            b_h += 12  # "8:30 to 4:30": no shift of twenty hours; a 24-hour clock says 16:30
        start, end = _to_24(a_h, a_m, None), _to_24(b_h, b_m, None)
        return (start, end) if start is not None and end is not None else None
    if a_ap is None and b_ap is not None:
        end = _to_24(b_h, b_m, b_ap)
        start = _to_24(a_h, a_m, b_ap)
        if start is not None and end is not None and start >= end:
            start = _to_24(a_h, a_m, "a" if b_ap == "p" else "p")
    elif b_ap is None and a_ap is not None:
        start = _to_24(a_h, a_m, a_ap)
        end = _to_24(b_h, b_m, a_ap)
        if start is not None and end is not None and end <= start:
            end = _to_24(b_h, b_m, "p" if a_ap == "a" else "a")
    else:
        start, end = _to_24(a_h, a_m, a_ap), _to_24(b_h, b_m, b_ap)
    if start is None or end is None or start == end:
        return None
    return start, end


def _clock_time(minutes: int) -> time:
    """Minutes after midnight as a clock time; 24:00 is midnight."""
    return time(minutes // 60 % 24, minutes % 60)


def _windows(
    text: str, clocks: list[re.Match[str]], sentences: _Sentences, mentions: _Mentions
) -> list[HoursStatement]:
    found: list[tuple[re.Match[str], tuple[int, int], int]] = []
    for match in clocks:
        zoned = _zone_follows(text, match.end(), mentions) or _zone_precedes(
            text, match.start(), mentions
        )
        pair = _clock_pair(match, zoned=zoned)
        if pair is None or _AFTER_WINDOW.match(text, match.end()):
            continue
        found.append((match, pair, sentences.index_of(match.start())))
    owned = [_attached(text, match, mentions) for match, _, _ in found]
    # "between 1pm - 3pm and 6pm - 7pm UTC": the zone after the last window of a run joined
    # by "and" is each one's
    for index in range(len(found) - 2, -1, -1):
        (match, _, said_in), (after, _, after_in) = found[index], found[index + 1]
        if (
            not owned[index]
            and owned[index + 1]
            and said_in == after_in
            and _JOINED_WINDOWS.fullmatch(text, match.end(), after.start())
        ):
            owned[index] = [m for m in owned[index + 1] if m.start >= after.end()]
    attached = {id(m) for own in owned for m in own}
    free = _Mentions([m for m in mentions.items if id(m) not in attached])
    statements: list[HoursStatement] = []
    for (match, (start, end), sentence_index), own in zip(found, owned, strict=True):
        sentence = sentences[sentence_index]
        zone_mention = own[0] if own else free.nearest(match.start(), sentence.start, sentence.end)
        statement = HoursStatement(
            kind=HoursKind.WINDOW,
            text=sentence.said,
            span_start=match.start(),
            span_end=max([match.end(), *(m.end for m in own if m.start >= match.start())]),
            begins=_clock_time(start),
            ends=_clock_time(end),
            days=sentence.days,
        )
        statements.append(_with_zone(statement, zone_mention, own))
    statements = _one_per_instant(statements, sentences)
    return _with_extensions(text, sentences, mentions, statements)


# What stands between two windows that share the zone written after the second.
_JOINED_WINDOWS = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:and|&|or)[ \t]+|[ \t]*[,;/][ \t]*", re.IGNORECASE
)


def _zone_follows(text: str, position: int, mentions: _Mentions) -> bool:
    return any(
        re.fullmatch(r"[\s(]{1,2}", text[position : m.start])
        for m in mentions.between(position, position + 3)
    )


def _zone_precedes(text: str, position: int, mentions: _Mentions) -> bool:
    """Whether a zone ends right before the window ("UK office hours, 9–5.30")."""
    return any(
        m.end <= position and re.fullmatch(r"[\s:,()]{1,3}", text[m.end : position])
        for m in mentions.between(position - _LONGEST_MENTION, position)
    )


def _attached(text: str, match: re.Match[str], mentions: _Mentions) -> list[ZoneMention]:
    """Zones written with the window: run into it ("PST9am"), inside, right after or before it."""
    nearby = mentions.between(match.start() - _LONGEST_MENTION, match.end() + 4)
    before = [
        m
        for m in nearby
        if m.end <= match.start() and re.fullmatch(r"[\s:,]{0,3}", text[m.end : match.start()])
    ]
    if before and before[-1].end == match.start():
        return before[-1:]
    after = [
        m
        for m in nearby
        if match.start() < m.start < match.end()
        or (m.start >= match.end() and re.fullmatch(r"[\s(\[]{0,3}", text[match.end() : m.start]))
    ]
    if after:
        chosen = [after[0]]
        offset = next(
            (
                m
                for m in mentions.between(after[0].end, after[0].end + 4)
                if m.fixed and re.fullmatch(r"[\s(\[]{0,3}", text[after[0].end : m.start])
            ),
            None,
        )
        return [offset, after[0]] if offset and not after[0].fixed else chosen
    return before[-1:]


def _with_zone(
    statement: HoursStatement, mention: ZoneMention | None, own: list[ZoneMention]
) -> HoursStatement:
    if mention is None:
        return replace(
            statement, notes=("No time zone is given, so these hours are not converted.",)
        )
    notes = [mention.note] if mention.note else []
    if len(own) == 2:
        notes.append(
            f"{own[1].written} is given with {own[0].written}: the explicit offset is used."
        )
    if mention.zone is None:
        labels = ", ".join(f"{o.label} ({o.zone})" for o in mention.options)
        notes.append(f"{mention.written} can mean {labels}; pick the one the posting means.")
    return replace(
        statement,
        zone=mention.zone,
        written_zone=mention.written,
        options=mention.options,
        notes=tuple(notes),
    )


def window_instants(statement: HoursStatement, day: date) -> tuple[datetime, datetime]:
    """The window on `day` in its own zone; an end before the start is on the next day."""
    if statement.zone is None:
        raise ValueError("only a window with a zone has instants")
    begins, ends = statement.clock
    info = zone_info(statement.zone)
    end_day = day if ends > begins else day + timedelta(days=1)
    return datetime.combine(day, begins, info), datetime.combine(end_day, ends, info)


def _same_instant(a: HoursStatement, b: HoursStatement) -> bool:
    if a.zone is None or b.zone is None:
        return False
    for day in _REFERENCE_DAYS:
        pairs = zip(window_instants(a, day), window_instants(b, day), strict=True)
        if all((x - y) % timedelta(days=1) == timedelta(0) for x, y in pairs):
            return True
    return False


def _one_per_instant(
    statements: list[HoursStatement], sentences: _Sentences
) -> list[HoursStatement]:
    """A table of one window in several zones, or a window converted in brackets, is one window.

    Notes are gathered and added once at the end: copying them at each merge made a long
    table quadratic.
    """
    kept: list[HoursStatement] = []
    added: list[list[str]] = []  # the notes to add to each kept window
    for statement in statements:
        previous = kept[-1] if kept else None
        same_sentence = previous is not None and sentences.index_of(
            previous.span_start
        ) == sentences.index_of(statement.span_start)
        if previous is not None and same_sentence and _same_instant(previous, statement):
            also = f"{statement.clock_range} {statement.written_zone}"
            added[-1].append(f"Also given as {also}: the same hours.")
            kept[-1] = replace(previous, span_end=statement.span_end)
            continue
        if previous is not None and same_sentence and previous.zone is None and statement.zone:
            added[-1] = [
                f"The text gives these hours as {previous.clock_range} too, "
                "without a zone: read as the same hours."
            ]
            kept[-1] = replace(statement, span_start=previous.span_start)
            continue
        kept.append(statement)
        added.append([])
    return [
        replace(s, notes=(*s.notes, *notes)) if notes else s
        for s, notes in zip(kept, added, strict=True)
    ]


def _with_extensions(
    text: str,
    sentences: _Sentences,
    mentions: _Mentions,
    windows: list[HoursStatement],
) -> list[HoursStatement]:
    """ "until 12:00 pm Pacific Time on occasion": an occasional later end of the window before."""
    result = list(windows)
    starts = [w.span_start for w in windows]
    for match in _SINGLE.finditer(text):
        sentence = sentences[sentences.index_of(match.start())]
        first = bisect_left(starts, match.start() - _EXTENSION_REACH)
        near = [(i, result[i]) for i in range(first, bisect_right(starts, match.start()))]
        if not sentence.occasional or any(
            w.span_start <= match.start() < w.span_end for _, w in near
        ):
            continue
        before = [
            (i, w)
            for i, w in near
            if w.span_end <= match.start() and match.start() - w.span_end < _EXTENSION_REACH
        ]
        if not before:
            continue
        index, window = before[-1]
        meridiem = _meridiem(match, "a")
        minutes = _to_24(_hour(match, "a"), int(match.group("am") or 0), meridiem)
        if minutes is None:
            continue
        result[index] = _extended(window, _clock_time(minutes), sentence.said)
    return result


def _extended(window: HoursStatement, until: time, said: str) -> HoursStatement:
    begins, ends = window.clock
    inside = begins < until < ends if begins < ends else until > begins or until < ends
    if inside:
        note = (
            f"“{said}” ends at {until:%H:%M}, inside the {window.clock_range} "
            "window, so it cannot extend it: ask the client what they mean"
            + (" (perhaps 12:00 am, midnight)." if until == time(12) else ".")
        )
        return replace(window, notes=(*window.notes, note))
    note = f"On occasion until {until:%H:%M} ({window.written_zone or 'same zone'}): “{said}”"
    return replace(window, extension=until, notes=(*window.notes, note))


def _days(sentence: str) -> str | None:
    match = _DAYS_RANGE.search(sentence)
    if match:
        return f"{match.group('d1').title()}-{match.group('d2').title()}"
    if _words().weekdays.search(sentence):
        return "Mon-Fri"
    match = _DAY_SINGLE.search(sentence)
    return match.group("d1").title() if match else None


def _number(value: str) -> float:
    return float(_NUMBER_WORDS.get(value.casefold(), value))


def _overlaps(
    found: Found,
    sentences: _Sentences,
    mentions: _Mentions,
    windows: list[HoursStatement],
) -> list[HoursStatement]:
    """ "Must overlap 4+ hours with US Eastern Time"; "at least 3 hours overlap" after a window."""
    result: list[HoursStatement] = []
    starts = [w.span_start for w in windows]
    # The index of the last window with a zone up to each window (-1: none yet).
    last_zoned: list[int] = []
    for i, w in enumerate(windows):
        last_zoned.append(i if w.zone else (last_zoned[-1] if last_zoned else -1))

    def window_between(low: int, high: int) -> HoursStatement | None:
        """The last window with a zone starting in [low, high)."""
        last = bisect_left(starts, high) - 1
        zoned = last_zoned[last] if last >= 0 else -1
        return windows[zoned] if zoned >= bisect_left(starts, low) else None

    for pattern in _OVERLAPS:
        for match in found.finditer(pattern):
            index = sentences.index_of(match.start())
            sentence = sentences[index]
            statement = HoursStatement(
                kind=HoursKind.OVERLAP,
                text=sentence.said,
                span_start=match.start(),
                span_end=match.end(),
                hours=_number(match.group("n")),
            )
            window = window_between(sentence.start, sentence.end)
            near = mentions.first(sentence.start, sentence.end)
            earlier_start = sentences[max(0, index - 2)].start
            if window is None and near is None:
                window = window_between(earlier_start, sentence.start)
            if window is not None:
                note = f"The overlap is with the {window.clock_range} hours stated."
                result.append(
                    replace(
                        statement,
                        zone=window.zone,
                        written_zone=window.written_zone,
                        reference=window.clock,
                        notes=(note,),
                    )
                )
            elif near is not None:
                result.append(_with_zone(statement, _stated_offset(found.text, near, mentions), []))
            elif earlier := mentions.last(earlier_start, sentence.start):
                zoned = _with_zone(statement, earlier, [])
                note = f"Zone taken from the text before: “{earlier.written}”."
                result.append(replace(zoned, notes=(*zoned.notes, note)))
            else:
                result.append(_with_zone(statement, None, []))
    return result


def _stated_offset(text: str, mention: ZoneMention, mentions: _Mentions) -> ZoneMention:
    """The offset written in brackets after a zone's name ("US Eastern Time Zone (GMT-5)"):
    explicit, it wins, as it does for a window of hours."""
    after = mentions.first(mention.end, mention.end + _BRACKET_GAP)
    if (
        after is not None
        and after.zone is not None
        and is_fixed_offset(after.zone)
        and _OPENING_BRACKET.fullmatch(text, mention.end, after.start)
    ):
        return after
    return mention


def _bands(found: Found, sentences: _Sentences, mentions: _Mentions) -> list[HoursStatement]:
    result: list[HoursStatement] = []
    text = found.text
    for match in found.finditer(_BAND_AROUND):
        sentence = sentences[sentences.index_of(match.start())]
        mention = _zone_at(text, match.end(), mentions)
        if mention is None:
            continue
        statement = HoursStatement(
            kind=HoursKind.BAND,
            text=sentence.said,
            span_start=match.start(),
            span_end=mention.end,
            plus_minus=_number(match.group("n")),
        )
        result.append(_with_zone(statement, mention, []))
    for match in found.finditer(_BAND_AFTER):
        mention = mentions.last(match.start() - _LONGEST_MENTION, match.start())
        if mention is None or not _ZONE_TO_BAND.fullmatch(text, mention.end, match.start()):
            continue  # "within ± 2 hours of CET" was read above; "+/- 2h" alone names no zone
        sentence = sentences[sentences.index_of(match.start())]
        statement = HoursStatement(
            kind=HoursKind.BAND,
            text=sentence.said,
            span_start=mention.start,
            span_end=match.end(),
            plus_minus=_number(match.group("n")),
        )
        result.append(_with_zone(statement, mention, []))
    for match in _BAND_RANGE.finditer(text):
        sentence = sentences[sentences.index_of(match.start())]
        low, high = (_offset_label(match.group(g)) for g in ("a", "b"))
        result.append(
            HoursStatement(
                kind=HoursKind.BAND,
                text=sentence.said,
                span_start=match.start(),
                span_end=match.end(),
                band_from=low,
                band_to=high,
            )
        )
    return result


def _zone_at(text: str, position: int, mentions: _Mentions) -> ZoneMention | None:
    """The zone or place named at `position` ("of CET", "of Spain")."""
    at = mentions.between(position, position + 1)
    return at[0] if at else place_at(text, position)


def _offset_label(value: str) -> str:
    value = value.replace(" ", "").replace("−", "-").replace("–", "-")
    return f"UTC{value[0]}{int(value[1:])}"


def _distinct(statements: Sequence[HoursStatement]) -> list[HoursStatement]:
    """One statement per reading: the same window written twice is shown once."""
    seen: set[tuple[object, ...]] = set()
    result = []
    for statement in statements:
        key = (
            statement.kind,
            statement.begins,
            statement.ends,
            statement.zone,
            statement.hours,
            statement.plus_minus,
            statement.band_from,
            statement.band_to,
            statement.zone is None and statement.span_start,
        )
        if key in seen:
            continue
        seen.add(key)
        result.append(statement)
    return result
