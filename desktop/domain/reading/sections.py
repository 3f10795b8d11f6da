"""A posting split into sections of known kinds, decided by heading and by content."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from desktop.domain.patterns import IgnoringCase
from desktop.domain.phrases import alternation
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.layout import (
    Line,
    LineKind,
    heading_key,
    heading_kind,
    logical_lines,
    names_a_section,
    wrapper_headings,
)
from desktop.domain.reading.names import has_role_word
from desktop.domain.skills.taxonomy import taxonomy
from desktop.resources import load_json

_NAV_MAX_WORDS = 4
_BOARD_LINE_WORDS = 8  # a board's own line ("Explore similar jobs on Upwork"), not a sentence
_NAV_MIN_RUN = 8
_NAV_MIN_WORD_HITS = 2
_CONTENT_SHARE = 0.6
_LEGAL_OPENING_CHARS = 300
_FIRST_WORD = re.compile(r"[^\w]*(\w+)")  # past a list's marker
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[A-Z]")


class BoilerplateKind(StrEnum):
    """Which text that is not the employer's a boilerplate section holds."""

    JOB_BOARD = "job_board"  # the board's own footer: safety tips, "see more jobs"
    COOKIE_BANNER = "cookie_banner"
    NAVIGATION = "navigation"  # a run of the site's menu words
    # The site's own panel on the job and its client (activity, an Upwork client box): not
    # the client's words, but what it says of the client counts for red flags.
    SITE_PANEL = "site_panel"


@dataclass(frozen=True)
class Section:
    """A run of the posting. `lines` are its content lines."""

    kind: SectionKind
    heading: str
    start: int
    end: int
    lines: tuple[Line, ...]
    detail: BoilerplateKind | None = None


@dataclass(frozen=True)
class Vocabulary:
    legal: tuple[str, ...]
    benefits: tuple[str, ...]
    requirements: tuple[str, ...]
    navigation: tuple[str, ...]
    boilerplate: dict[BoilerplateKind, tuple[str, ...]]
    needs_headings: frozenset[str]
    task_verbs: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    data = load_json("posting_vocabulary.json")
    return Vocabulary(
        legal=tuple(data["legal_cues"]),
        benefits=tuple(data["benefit_cues"]),
        requirements=tuple(data["requirement_cues"]),
        navigation=tuple(data["navigation_words"]),
        boilerplate={BoilerplateKind(k): tuple(v) for k, v in data["boilerplate_markers"].items()},
        needs_headings=frozenset(data["needs_headings"]),
        task_verbs=frozenset(data["task_verbs"]),
    )


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any cue occurs in the text, case aside (as re.IGNORECASE sets it aside)."""
    return _cue_pattern(cues).found_in(text)


@cache
def _cue_pattern(cues: tuple[str, ...]) -> IgnoringCase:
    return IgnoringCase(alternation(cues, ignore_case=True))


def split_sections(
    text: str,
    site_text: Sequence[tuple[int, int]] = (),
    site_footer: int | None = None,
    list_items: Sequence[tuple[int, int]] = (),
) -> list[Section]:
    """Sections in text order; boilerplate and legal text are sections of their own.

    A recognised layout knows more: `site_text` are spans of the site's own lines
    (menus, labels), `site_footer` is where the site's own text takes over to the
    end, and `list_items` are lines of an unmarked list under one of its labels.
    """
    lines = logical_lines(text, site_text)
    for index in _lines_within(lines, list_items):
        line = lines[index]
        lines[index] = Line(line.start, line.end, line.text, LineKind.ITEM)
    sections: list[Section] = []
    board_footer = footer_start = _footer(text, site_text)
    if site_footer is not None:
        footer_start = min(footer_start, site_footer)
    body = [line for line in lines if line.end <= footer_start or line.start >= footer_start]
    body = [line for line in body if line.start < footer_start]
    noise = _noise_lines(body)
    for index in _lines_within(body, site_text):
        noise.setdefault(index, BoilerplateKind.NAVIGATION)
    group: list[Line] = []
    heading: Line | None = None
    for index, line in enumerate(body):
        if index in noise:
            _close(sections, heading, group)
            heading, group = None, []
            sections.append(_boilerplate(noise[index], [line]))
            continue
        if line.kind == LineKind.HEADING:
            _close(sections, heading, group)
            heading, group = line, []
            continue
        group.append(line)
    _close(sections, heading, group)
    end = len(text.rstrip())
    if footer_start < board_footer:
        panel_end = min(board_footer, end)
        sections.append(
            Section(
                SectionKind.BOILERPLATE, "", footer_start, panel_end, (), BoilerplateKind.SITE_PANEL
            )
        )
    if board_footer < len(text):
        sections.append(
            Section(SectionKind.BOILERPLATE, "", board_footer, end, (), BoilerplateKind.JOB_BOARD)
        )
    return _merge_adjacent_boilerplate(_needs_as_work(sections), text)


def _needs_as_work(sections: list[Section]) -> list[Section]:
    """ "What we need" over requirements, unless it names the work: its lines mostly open
    with a task ("Integrate the Stripe API", "Build an admin page"), or another section
    states the requirements and its own lines do not read as requirements."""
    needs = vocabulary().needs_headings
    # Requirements stated in words, not a site's skill tags ("Zendesk  Live Chat").
    requirements = vocabulary().requirements
    stated = any(
        section.kind == SectionKind.MUST_HAVE
        and heading_key(section.heading) not in needs
        and any(has_cue(line.text, requirements) for line in section.lines)
        for section in sections
    )

    def names_work(section: Section) -> bool:
        lines = list(section.lines)
        return _reads_as_tasks(lines) or (
            stated and _kind_by_content(lines) != SectionKind.MUST_HAVE
        )

    return [
        replace(section, kind=SectionKind.RESPONSIBILITIES)
        if section.kind == SectionKind.MUST_HAVE
        and heading_key(section.heading) in needs
        and names_work(section)
        else section
        for section in sections
    ]


# A count of things opening an item, not of years or months of experience.
_COUNTED = re.compile(
    r"[^\w\n]*\d[\d,.]*[ \t]+(?!\+|or more\b|(?:years?|yrs?|months?)\b)[a-z]", re.IGNORECASE
)


def _reads_as_tasks(lines: Sequence[Line]) -> bool:
    """Whether the lines mostly open with a task; a list's items alone when there is one
    (the paragraph after it may ask for skills: "You must have built three stores")."""
    verbs = vocabulary().task_verbs
    items = [line for line in lines if line.kind == LineKind.ITEM]
    firsts = [
        _FIRST_WORD.match(line.text) for line in items or lines if line.kind != LineKind.BLANK
    ]
    tasks = sum(1 for first in firsts if first and first.group(1).casefold() in verbs)
    # "14 product descriptions rewritten", "3 collection page intros": things to deliver
    counted = sum(
        1 for line in items or lines if line.kind != LineKind.BLANK and _COUNTED.match(line.text)
    )
    return (tasks + counted) * 2 >= len(firsts) > 0


def _footer(text: str, site_lines: Sequence[tuple[int, int]]) -> int:
    """Where a job board's own footer (safety tips, "see more jobs") begins; else the end.

    A marker on one of the layout's single lines of its own (`site_lines`: LinkedIn's
    "Report this job" above the description) is not where the footer begins.
    """
    lowered = text.casefold()
    footer = len(text)
    for marker in vocabulary().boilerplate[BoilerplateKind.JOB_BOARD]:
        position = lowered.find(marker)
        while 0 <= position < footer and (
            _within(position, site_lines) or _inside_a_sentence(lowered, position)
        ):
            position = lowered.find(marker, position + 1)
        if 0 <= position < footer:
            footer = position
    return footer


def _inside_a_sentence(text: str, position: int) -> bool:
    """Whether the marker at `position` sits inside a sentence of the posting's ("This is an
    estimate based on salaries from similar jobs."), not on a board's own short line
    ("Similar jobs", "Set alert for similar jobs") or opening one ("⚠ Beware of job scams …")."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    opens = not any(char.isalnum() for char in text[start:position])
    return not opens and len(line.split()) > _BOARD_LINE_WORDS


def _within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _noise_lines(lines: list[Line]) -> dict[int, BoilerplateKind]:
    """Cookie banners and runs of site navigation, by line index."""
    vocab = vocabulary()
    noise: dict[int, BoilerplateKind] = {}
    banner = vocab.boilerplate[BoilerplateKind.COOKIE_BANNER]
    # One search over the page first: most hold no banner (no cue runs over a line's end).
    if has_cue("\n".join(line.text for line in lines), banner):
        for index, line in enumerate(lines):
            if has_cue(line.text, banner):
                noise[index] = BoilerplateKind.COOKIE_BANNER
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, 0, "", LineKind.BLANK)]):
        short = (
            line.kind in (LineKind.TEXT, LineKind.HEADING)
            and 0 < line.words <= _NAV_MAX_WORDS
            and not line.inline
            and not line.text.endswith((".", "!", "?"))
        )
        if short or (line.kind == LineKind.BLANK and run and index + 1 < len(lines)):
            if short:
                run.append(index)
            continue
        while run and names_a_section(lines[run[-1]].text):
            run.pop()  # the posting's own first headings, right after the menu
        hits = sum(1 for i in run if _is_nav_word(lines[i].text, vocab.navigation))
        if len(run) >= _NAV_MIN_RUN and hits >= _NAV_MIN_WORD_HITS:
            menu = _menu_part(run, lines, vocab.navigation)
            noise.update(dict.fromkeys(menu, BoilerplateKind.NAVIGATION))
        run = []
    return noise


def _menu_part(run: list[int], lines: list[Line], navigation: tuple[str, ...]) -> list[int]:
    """A run of short lines read as a menu, without the posting's own first lines (its
    title, the company under it), short too: the blocks after a blank line at the run's
    end that hold no menu word, and, past its last menu word, the first line that names a
    role ("Share", then "Senior Data Engineer": the title, copied among the menu's items), or
    the first in the run's last block, among its buttons, or else the first after a menu word."""
    gaps = [k for k in range(1, len(run)) if run[k] - run[k - 1] > 1]
    end = len(run)
    while gaps and not any(_is_nav_word(lines[i].text, navigation) for i in run[gaps[-1] : end]):
        end = gaps.pop()
    last_nav = max(
        (k for k in range(end) if _is_nav_word(lines[run[k]].text, navigation)), default=-1
    )
    names_role = [
        k
        for k in range(end)
        if has_role_word(lines[run[k]].text) and not _is_nav_word(lines[run[k]].text, navigation)
    ]
    # past the last menu word first; else the last block's, between its buttons ("City of
    # Alder Bay", "Library Assistant II", "Apply", "Print", "Share")
    last_block = gaps[-1] if gaps else 0
    role = next((k for k in names_role if k > last_nav), None)
    if role is None:
        role = next((k for k in names_role if k >= last_block > 0), None)
    if role is None:
        # a tracker's header between its menu and its button: "Careers Home", the title, its
        # team and place, "Apply for This Job"
        first_nav = next(k for k in range(end) if _is_nav_word(lines[run[k]].text, navigation))
        title = next((k for k in names_role if k > first_nav), None)
        if title is not None:
            button = next(
                k for k in range(title, end) if _is_nav_word(lines[run[k]].text, navigation)
            )
            return [index for k, index in enumerate(run[:end]) if not title <= k < button]
    return [index for k, index in enumerate(run[:end]) if k != role]


def _lines_within(lines: list[Line], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the lines that lie inside one of the spans."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    inside = []
    for index, line in enumerate(lines):
        position = bisect_right(starts, line.start) - 1
        if position >= 0 and line.end <= ordered[position][1] and line.kind != LineKind.BLANK:
            inside.append(index)
    return inside


def _is_nav_word(text: str, words: tuple[str, ...]) -> bool:
    key = text.strip().casefold()
    return any(key == word or key.startswith(word + " ") for word in words)


def _close(sections: list[Section], heading: Line | None, group: list[Line]) -> None:
    content = [line for line in group if line.kind != LineKind.BLANK]
    if heading is not None and heading.inline:
        # a label's value glued to a list's items ("requirements: Solid PHPGood HTML…") is
        # the list's first item
        glued = (
            bool(content) and content[0].kind == LineKind.ITEM and content[0].start == heading.end
        )
        value_kind = LineKind.ITEM if glued else LineKind.TEXT
        content.insert(0, Line(heading.inline_start, heading.end, heading.inline, value_kind))
    if not content:
        return  # a heading over nothing is no section
    vocab = vocabulary()
    runs: list[tuple[bool, list[Line]]] = []
    for line in content:
        # a legal paragraph opens with its notice; "Compensation: $135,000 - $165,000 … We
        # are an equal opportunity employer" run together is the pay, the notice after it
        opening = line.text[: max(_LEGAL_OPENING_CHARS, len(line.text) // 2)]
        legal = line.kind == LineKind.TEXT and has_cue(opening, vocab.legal)
        if runs and runs[-1][0] == legal:
            runs[-1][1].append(line)
        else:
            runs.append((legal, [line]))
    title = heading.text if heading else ""
    for position, (legal, lines) in enumerate(runs):
        own_heading = heading if position == 0 else None
        start = own_heading.start if own_heading else lines[0].start
        # Text after a legal paragraph no longer sits under the heading above it.
        kind = (
            SectionKind.LEGAL
            if legal
            else _lead_in_kind(sections, own_heading, lines)
            or _kind(
                title if position == 0 else "",
                lines,
                first=not sections,
                inline=bool(heading and heading.inline),
            )
        )
        sections.append(
            Section(kind, title if own_heading else "", start, lines[-1].end, tuple(lines))
        )


def _lead_in_kind(
    sections: list[Section], heading: Line | None, lines: list[Line]
) -> SectionKind | None:
    """The kind of the named section above, for a list under a lead-in of its own ("What
    you'd be doing" / a paragraph / "At the moment, this role is focused on:" / the list):
    the named section holds only the paragraph that leads into it."""
    if heading is None or names_a_section(heading.text) or not sections:
        return None
    above = sections[-1]
    named = heading_kind(above.heading) if above.heading else None
    if (
        named in _LEAD_IN_KINDS
        and all(line.kind == LineKind.TEXT for line in above.lines)
        and any(line.kind == LineKind.ITEM for line in lines)
    ):
        return SectionKind(named)
    return None


# Sections whose list may follow a paragraph and a lead-in line of its own.
_LEAD_IN_KINDS = frozenset({"responsibilities", "must_have", "nice_to_have", "benefits"})


def _kind(heading: str, lines: list[Line], *, first: bool, inline: bool = False) -> SectionKind:
    named = heading_kind(heading) if heading else None
    legal = vocabulary().legal
    if named == SectionKind.LEGAL and not any(
        has_cue(text, legal) for text in (heading, *(line.text for line in lines))
    ):
        named = None  # a site's category "Legal" over a client's message, not a legal notice
    by_content = _kind_by_content(lines)
    if named == SectionKind.MUST_HAVE and by_content == SectionKind.BENEFITS:
        return SectionKind.BENEFITS  # a "Requirements" heading over perks
    if named == SectionKind.MUST_HAVE and inline and _lists_roles(lines[:1]):
        return SectionKind.OTHER  # "We are looking for: Staff SWEs, ML Engineers" lists roles
    if named:
        return SectionKind(named)
    if by_content:
        return by_content
    wrapper = heading and heading_key(heading) in wrapper_headings()
    return SectionKind.SUMMARY if first or wrapper else SectionKind.OTHER


def _kind_by_content(lines: list[Line]) -> SectionKind | None:
    vocab = vocabulary()
    # Unmarked lines count as a list's items when each holds one sentence at most: a
    # paragraph is prose, whose "equity" or "bonus" says nothing of what the section holds.
    items = [line for line in lines if line.kind == LineKind.ITEM] or [
        line for line in lines if not _SENTENCE_BREAK.search(line.text)
    ]
    if len(items) < 2:
        return None
    benefits = sum(1 for line in items if has_cue(line.text, vocab.benefits))
    requirements = sum(1 for line in items if has_cue(line.text, vocab.requirements))
    if benefits >= _CONTENT_SHARE * len(items) and benefits > requirements:
        return SectionKind.BENEFITS
    if requirements >= _CONTENT_SHARE * len(items):
        return SectionKind.MUST_HAVE
    return None


def _lists_roles(lines: list[Line]) -> bool:
    """Whether a label's own line names the roles hired for rather than what they need:
    "Must have: WordPress, WooCommerce, PHP" is a requirement with no requirement word, and
    a tool named for a trade ("Adobe Illustrator") no role."""
    requirements = vocabulary().requirements
    return not any(has_cue(line.text, requirements) for line in lines) and any(
        has_role_word(_without_skills(line.text)) for line in lines
    )


def _without_skills(text: str) -> str:
    """The text with the skills it names blanked out."""
    for mention in reversed(taxonomy().find(text)):
        text = f"{text[: mention.start]} {text[mention.end :]}"
    return text


def _boilerplate(detail: BoilerplateKind, lines: list[Line]) -> Section:
    return Section(SectionKind.BOILERPLATE, "", lines[0].start, lines[-1].end, (), detail)


def _merge_adjacent_boilerplate(sections: list[Section], text: str) -> list[Section]:
    """Boilerplate sections of one kind side by side as one; not over words between them
    that are in no section (a page's title alone between its menu and its fields)."""
    merged: list[Section] = []
    for section in sections:
        previous = merged[-1] if merged else None
        if (
            previous
            and section.kind == previous.kind == SectionKind.BOILERPLATE
            and section.detail == previous.detail
            and not any(char.isalnum() for char in text[previous.end : section.start])
        ):
            merged[-1] = Section(
                previous.kind, "", previous.start, section.end, (), previous.detail
            )
        else:
            merged.append(section)
    return merged
