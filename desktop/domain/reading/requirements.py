"""Must-haves and nice-to-haves: one item per bullet or requirement sentence, with spans."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from desktop.domain.patterns import IgnoringCase
from desktop.domain.phrases import alternation
from desktop.domain.reading.fields import find_pay
from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.reading.layout import (
    CELL_GAP,
    MAX_HEADING_WORDS,
    MIN_TABLE_CELLS,
    Line,
    LineKind,
    heading_kind,
)
from desktop.domain.reading.names import has_role_word
from desktop.domain.reading.sections import Section, has_cue, vocabulary
from desktop.domain.skills.taxonomy import Mention, taxonomy
from desktop.resources import load_json

_WORD = re.compile(r"[^\W\d_]{4}")
_MIN_ENUMERATION_CUTS = 2
_ASK_OPENING_WORDS = 3
_MAX_ENUMERATED_WORDS = 5
_CLAUSE_WORDS = re.compile(
    r"\b(?:you|we|I|they|must|will|should|can|but|so|yet|however|because|since|which|who"
    r"|whose|if|when|while|although|though|unless)\b",
    re.IGNORECASE,
)
_FINAL_AND = re.compile(r"(?<!\s)\s+and\s")
_FINAL_OR = re.compile(r"\s+or\s")
# A clause after a comma that asks in its own words: ", and also you must be online".
_CLAUSE_ASKS = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?(?=you(?:'ll|’ll| will| also| really)?\s+"
    r"(?:must|need|should|have to)\b)",
    re.IGNORECASE,
)
_RUN_ON_WORDS = 40
_NOTE_LABEL = re.compile(r"\s*(?:note|nb|n\.b\.|ps|p\.s\.)\s*:\s*", re.IGNORECASE)
_ENUMERATION_JOIN = re.compile(r"^(?:,\s+(?:and\s+)?|\s+and\s+)")
_RUN_TOGETHER_MIN_CHARS = 120
_RUN_TOGETHER_MIN_CUTS = 2
# A capitalised word right after a lower-case word: where a lost line break ran two items
# together; or glued to it, no space left ("… AmLaw 200 firmWorking knowledge of …"), or
# years of experience glued so ("… ABA-approved program5+ years of …").
_CAPITALISED = re.compile(
    r"(?<=[a-z0-9)] )[A-Z][\w-]*|(?<=[a-z)])[A-Z][a-z][\w-]*|(?<=[a-z])\d+\+?[ \t]*(?=years?\b)"
)
_PREDICATE = re.compile(r"(?:is|are|would|will)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s+|;\s+|(?<!\s)\s+[-–—]\s+|(?<=\w)[.!?]\s+(?=[A-Z])")
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_YEARS = re.compile(
    r"(?<![\w.])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*"
    # and as German, Spanish, Portuguese, French, Dutch, Italian, Polish and Swedish write it
    r"(?:[-–]\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jahren?|años|anos|ans|jaar|anni|lat|år)\b"
    r"(?!\s+(?:old|ago|at|alt|alte|de edad|de idade|oud))",
    re.IGNORECASE,
)

# Sections whose prose is never read for requirements.
_SKIPPED = {
    SectionKind.LEGAL,
    SectionKind.BOILERPLATE,
    SectionKind.HOW_TO_APPLY,
    SectionKind.BENEFITS,
    SectionKind.NICE_TO_HAVE,
    SectionKind.MUST_HAVE,
}


class RequirementOrigin(StrEnum):
    """Where a requirement was read: a list, running prose, or the site's skill tags."""

    LIST = "list"
    PROSE = "prose"
    TAGS = "tags"


@dataclass(frozen=True)
class Requirement:
    """One requirement as written, and what it asks for."""

    text: str
    start: int
    end: int
    kind: RequirementKind = RequirementKind.SKILL
    years: int | None = None
    # Skills the item names, with offsets into `text`; found once when the posting is read.
    mentions: tuple[Mention, ...] = ()
    origin: RequirementOrigin = RequirementOrigin.LIST


# A question put to the applicant asks for what it names ("Can you cost a dish?"); another
# question introduces a list ("What will you bring?").
_ASKED_OF_YOU = r"\W*(?:have|are|can|do|did|would|will|could)\s+you\b"


@dataclass(frozen=True)
class _Rules:
    sentence: re.Pattern[str]
    skill_label: re.Pattern[str]
    prose: IgnoringCase
    person: IgnoringCase  # a sentence that describes the person ("You're a calm, …")
    obligation: IgnoringCase
    foreign_ask: IgnoringCase  # "Français courant indispensable": an ask in another language
    not_required: IgnoringCase
    whole_item_nice: IgnoringCase
    asks_for_skill: IgnoringCase
    second_ask: re.Pattern[str]  # "… must have a car and speak Danish": what opens the second
    labelled: re.Pattern[str]  # "You: Go, Postgres, …" in a paragraph: a list, labelled
    nice: IgnoringCase
    kinds: tuple[tuple[RequirementKind, IgnoringCase], ...]
    intro: re.Pattern[str]
    clause_opener: re.Pattern[str]
    not_experience: re.Pattern[str]
    disqualifying: re.Pattern[str]
    need_column: re.Pattern[str]  # a table's column saying whether each row is needed
    needed: re.Pattern[str]  # that column's cell for a must-have ("Must", "YES")
    not_needed: re.Pattern[str]  # … for a nice-to-have ("Plus", "no, nice")
    needed_run: re.Pattern[str]  # "Essential:" opening a run of must-haves in a line
    optional_run: re.Pattern[str]  # "Desirable:" opening the pluses after them


@cache
def _rules() -> _Rules:
    data = load_json("posting_vocabulary.json")
    return _Rules(
        sentence=_sentence_pattern(data["abbreviations"]),
        skill_label=re.compile(
            rf"(?:{alternation(data['skill_labels'], any_spacing=True, ignore_case=True)})"
            r"\s*:\s*\S",
            re.IGNORECASE,
        ),
        prose=IgnoringCase(data["prose_requirement"]),
        person=IgnoringCase(data["person_described"]),
        disqualifying=re.compile(
            alternation(data["disqualifying_headings"], ignore_case=True), re.IGNORECASE
        ),
        obligation=IgnoringCase(data["prose_obligation"]),
        foreign_ask=IgnoringCase(data["asks_in_other_languages"]),
        not_required=IgnoringCase(data["not_required"]),
        whole_item_nice=IgnoringCase(data["whole_item_nice"]),
        asks_for_skill=IgnoringCase(data["asks_for_skill"]),
        second_ask=re.compile(
            rf"(?:also\s+)?(?:{alternation(data['second_ask_verbs'], ignore_case=True)})\b"
            rf"|(?:you\s+)?(?:{alternation(data['second_ask_modals'], ignore_case=True)})\b",
            re.IGNORECASE,
        ),
        labelled=re.compile(
            rf"\W*(?:{alternation(data['requirement_labels'], ignore_case=True)})"
            r"[ \t]*:[ \t]*(?=\w)",
            re.IGNORECASE,
        ),
        nice=IgnoringCase(data["nice_markers"]),
        kinds=tuple(
            (RequirementKind(entry["kind"]), IgnoringCase(entry["pattern"]))
            for entry in data["item_kinds"]
        ),
        intro=re.compile(
            rf"(?::\s*$)|^(?!{_ASKED_OF_YOU}).*\?\s*$"
            rf"|\b(?:{alternation(data['list_intros'], ignore_case=True)})\b",
            re.IGNORECASE,
        ),
        clause_opener=re.compile(
            rf"(?:{alternation(data['clause_openers'], ignore_case=True)})\b", re.IGNORECASE
        ),
        not_experience=re.compile(
            rf"\b(?:{alternation(data['not_experience_before'], ignore_case=True)})\s+$",
            re.IGNORECASE,
        ),
        need_column=_whole_cell(data["need_table"]["columns"]),
        needed=_whole_cell(data["need_table"]["needed"]),
        not_needed=re.compile(
            rf"\b(?:{alternation(data['need_table']['not_needed'], ignore_case=True)})\b",
            re.IGNORECASE,
        ),
        needed_run=_run_label(data["run_labels"]["needed"]),
        optional_run=_run_label(data["run_labels"]["not_needed"]),
    )


def _run_label(words: list[str]) -> re.Pattern[str]:
    """A label opening a run of items within a line: at its start or after a mark."""
    return re.compile(
        rf"(?:^|(?<=[\s—–:.;(]))(?:{alternation(words, ignore_case=True)})[ \t]*:[ \t]*",
        re.IGNORECASE | re.MULTILINE,
    )


def _whole_cell(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(words, ignore_case=True)})\W*", re.IGNORECASE)


def _sentence_pattern(abbreviations: list[str]) -> re.Pattern[str]:
    """A sentence: up to a full stop, "!" or "?" that is neither part of an abbreviation
    ("a.m.", "e.g.", "Sr.") nor inside a word ("Node.js", "2.5"), or glued to the next
    sentence where a page lost its line breaks.

    Each abbreviation is checked by a look-behind at its full stop only, one per length
    (a look-behind has a fixed width), so a run of ordinary characters costs one step.
    """
    by_length: dict[int, list[str]] = {}
    for abbreviation in abbreviations:
        stem = abbreviation.removesuffix(".")
        by_length.setdefault(len(stem), []).append(stem)
    behind = "|".join(
        rf"(?<=(?<![\w.])(?i:{alternation(stems, ignore_case=True)}))"
        for stems in by_length.values()
    )
    # A stop glued to a capitalised word after a small letter ("…restaurant.Valid …") ends a
    # sentence whose line break was lost; inside a word ("Node.js", "U.S.") it does not.
    inside = r"(?:(?<![a-z)])[.!?]|[.!?](?![A-Z](?:[a-z]|\s)))(?=[\w,;:)\]'’\"])"
    return re.compile(rf"(?:[^.!?]+|{inside}|(?:{behind})\.)+(?:[.!?]+|$)")


# A site's field under a list written without markers: "Industry Type: Software Product",
# a short value after a short label ("Physical: Ability to lift 30 pounds …" is an item).
_SITE_FIELD = re.compile(
    r"(?!.*\((?i:required|preferred)\))"  # but Indeed's "Accounting: 3 years (Required)"
    r"(?:[A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,2}|[A-Z]{2,}):(?:[ \t]+[^\s.!?]+){1,5}[ \t]*"
)
# A line that asks how to answer, closing a list written without markers.
# A site's reference for the posting ("Project ID: 39184520", "Job #A-1123"): asks nothing.
_REFERENCE_LINE = re.compile(
    r"(?:project|job|posting|vacancy|reference|requisition|req)\.?\s*(?:id|no\.?|number|#)?"
    r"\s*[:#]?\s*[A-Z]*-?\d[\w-]*",
    re.IGNORECASE,
)
_APPLYING_ASKED = re.compile(
    r"\W*(?:please (?!note)|kindly |merci d(?:e |')|bitte (?:senden|schicken|geben)|"
    r"por favor,? (?:env|ind|mand)|to apply\b)",
    re.IGNORECASE,
)
# The heading of a site's skill tags (Upwork's "Mandatory skills" are the client's own
# requirements), and what a tag is: a few words, no sentence.
_TAG_HEADING = re.compile(
    r"^(?!.*\b(?:mandatory|required|must|essential)\b).*\b(?:skills?|expertise)\b", re.IGNORECASE
)
_TAG_WORDS = 3
# An item that says outright it is required: "Must have …", "Required: …", "Mandatory …"
_OBLIGATION_OPENING = re.compile(r"\W*(?:you\s+)?(?:must|required|mandatory)\b", re.IGNORECASE)
_MIN_TABLE_BARS = 4  # a Markdown table's row: three cells at least
_MIN_RUN_ITEMS = 3  # a list run together on one line: "AB", "ABC" …
_ASKING_SHARE = 0.4  # … that asks, when this share of its items has a requirement's cue
_MIN_INLINE_COMMAS = 2  # "A, B, C" after a label: a list; "A, B" may be one thing said twice
_MAX_INLINE_WORDS = 8  # a part of such a list, asides in brackets or after a dash aside
_MIN_SLASHED_WORDS = 3  # a part between " / " marks of that many words: not "AWS / GCP"
# An aside in brackets with none inside it: "(remote)", "(e.g. Jira)". Shared by the reader
# and the skills check, which both read around such asides.
BRACKETED_ASIDE = re.compile(r"\([^()]*\)")
# A group's name among a site's tags ("Shopify Skills", "Mobile App Development Deliverables")
_TAG_GROUP = re.compile(
    r"\S\s+(?:deliverables?|languages|tools|skills|frameworks|platforms|services|expertise"
    r"|specialt(?:y|ies))$",
    re.IGNORECASE,
)
_MIN_TAG_RUN = 3
_SENTENCE_MARK = re.compile(r"[!?:;]|[.,](?=\s|$)")  # not the dot of "Node.js"


def find_requirements(
    text: str, sections: list[Section]
) -> tuple[list[Requirement], list[Requirement]]:
    """(must-haves, nice-to-haves) in text order. Beside a list of requirements under a
    heading, running prose adds only what it says outright is needed ("you must have"):
    "you will have experience in …" there tells again what the list says. A site's skill
    tags count only when the posting states no requirement of its own, listed or in prose."""
    listed, nice, sections = _criteria_tables(text, sections)
    tags, stated = _tag_lists(text, sections)
    must, more_nice = _read_requirements(text, sections, listed, tags)
    if tags and not stated and not must:
        must, more_nice = _read_requirements(text, sections, listed, [])
    return must, [*nice, *more_nice]


def _read_requirements(
    text: str, sections: list[Section], listed: list[Requirement], tags: list[Section]
) -> tuple[list[Requirement], list[Requirement]]:
    """(must-haves, nice-to-haves) read from the sections, `tags` passed over."""
    listed, nice = list(listed), []
    from_prose: list[Requirement] = []
    # Where each prose sentence read starts, and whether it says "must" or "required".
    sentences: dict[int, bool] = {}
    # "Who you are" in paragraphs, with no list of requirements anywhere (a site's skill
    # tags are none): each sentence under the heading asks for something, however worded.
    in_prose_alone = not any(
        _listed(section)
        for section in sections
        if section.kind == SectionKind.MUST_HAVE and section not in tags
    )
    for section in sections:
        optional = _items_after_optional_intro(section)
        if section.kind == SectionKind.MUST_HAVE and section not in tags:
            # A heading on its own line (not "Must have: …" running on into the text).
            every_sentence = in_prose_alone and not _follows_its_label(text, section)
            beside_a_list = not in_prose_alone and _in_paragraphs(text, section)
            passed = _glued_but_not_asking(text, section)
            candidates = _candidates(
                text, section, every_sentence=every_sentence, beside_a_list=beside_a_list
            )
            for start, end in (c for c in candidates if c[0] not in passed):
                if start in optional:
                    nice.append(make_requirement(text, start, end))
                else:
                    _sort_item(text, start, end, listed, nice)
            _read_stated_after_the_list(text, section, listed, nice)
        elif section.kind == SectionKind.NICE_TO_HAVE:
            nice.extend(make_requirement(text, s, e) for s, e in _candidates(text, section))
        elif section.kind not in _SKIPPED and not _rules().disqualifying.search(section.heading):
            # not under "Please don't apply if": what it lists rules applicants out
            skip = _unheaded_lists(text, section, optional, listed, nice)
            for said_from, said_to, stated in _prose_requirements(text, section, skip=skip):
                sentences[said_from] = _rules().obligation.found_in(text[said_from:said_to])
                start, end = (
                    _stated_in_brackets(text, said_from, said_to)
                    if stated and "(" in text[said_from:said_to]
                    else (said_from, _before_its_reason(text, said_from, said_to))
                )
                if stated and not _rules().nice.found_in(text[start:end]):
                    from_prose.extend(
                        make_requirement(text, s, e, RequirementOrigin.PROSE)
                        for s, e in _enumerated(text, start, end)
                    )
                elif stated:
                    _sort_item(text, start, end, from_prose, nice, origin=RequirementOrigin.PROSE)
                else:
                    nice.append(make_requirement(text, start, end, RequirementOrigin.PROSE))
    if not listed:
        return from_prose, nice
    starts = sorted(sentences)
    kept = [item for item in from_prose if sentences[starts[bisect_right(starts, item.start) - 1]]]
    return sorted([*listed, *kept], key=lambda item: item.start), nice


def _criteria_tables(
    text: str, sections: list[Section]
) -> tuple[list[Requirement], list[Requirement], list[Section]]:
    """The must-haves and nice-to-haves of the person specifications' tables, and the
    sections left to read otherwise."""
    must: list[Requirement] = []
    nice: list[Requirement] = []
    rest = []
    for section in sections:
        if table := _criteria_table(text, section) or _criteria_columns(text, section):
            must.extend(table[0])
            nice.extend(table[1])
        elif rows := _need_table(text, section) or _labelled_runs(text, section):
            must.extend(rows[0])
            nice.extend(rows[1])
            rest.append(rows[2])
        else:
            rest.append(section)
    return must, nice, rest


def _criteria_table(
    text: str, section: Section
) -> tuple[list[Requirement], list[Requirement]] | None:
    """A person specification's table, its columns a tab apart ("Criteria / Essential /
    Desirable", then a row per criterion): each row's cell under the required column is a
    must-have, under the optional one a nice-to-have. None for any other section."""
    columns = [heading_kind(cell) for cell in section.heading.split("\t")]
    if len(columns) < 2 or "must_have" not in columns or "nice_to_have" not in columns:
        return None
    must: list[Requirement] = []
    nice: list[Requirement] = []
    for line in section.lines:
        start = line.start
        for kind, cell in zip(columns, text[line.start : line.end].split("\t"), strict=False):
            begin = start + len(cell) - len(cell.lstrip())
            end = start + len(cell.rstrip())
            if end > begin and kind in ("must_have", "nice_to_have"):
                (must if kind == "must_have" else nice).append(make_requirement(text, begin, end))
            start += len(cell) + 1
    return must, nice


def _criteria_columns(
    text: str, section: Section
) -> tuple[list[Requirement], list[Requirement]] | None:
    """A Markdown table with "Must have" and "Nice to have" columns (a community list's
    "| Company | Role | … | Must have | Nice to have |"): its first row's cells, each ask
    a part between semicolons. None when the section holds no such table."""
    for index, line in enumerate(section.lines):
        header = _pipe_cells(text, line)
        kinds = [heading_kind(text[a:b].strip(" *")) if b > a else None for a, b in header]
        if "must_have" not in kinds:
            continue
        for row in section.lines[index + 1 :]:
            cells = _pipe_cells(text, row)
            if len(cells) != len(header):
                return None
            if all(not text[a:b].strip(" -:") for a, b in cells):
                continue  # the rule under the header: "|---|---|"
            must: list[Requirement] = []
            nice: list[Requirement] = []
            for kind, (a, b) in zip(kinds, cells, strict=True):
                if kind in ("must_have", "nice_to_have"):
                    asks = must if kind == "must_have" else nice
                    asks.extend(
                        make_requirement(text, s, e) for s, e in _semicolon_parts(text, a, b)
                    )
            return must, nice
    return None


def _pipe_cells(text: str, line: Line) -> list[tuple[int, int]]:
    """The spans of a Markdown table row's cells, blanks around them left out; [] for a line
    that is no such row."""
    if text.count("|", line.start, line.end) < _MIN_TABLE_BARS:
        return []
    bars = [i for i in range(line.start, line.end) if text[i] == "|"]
    spans = []
    for left, right in itertools.pairwise(bars):
        cell = text[left + 1 : right]
        begin = left + 1 + len(cell) - len(cell.lstrip())
        spans.append((begin, max(begin, left + 1 + len(cell.rstrip()))))
    return spans


def _semicolon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, at = [], start
    for cut in [*(i for i in range(start, end) if text[i] == ";"), end]:
        piece = text[at:cut]
        begin = at + len(piece) - len(piece.lstrip())
        if piece.strip():
            parts.append((begin, at + len(piece.rstrip())))
        at = cut + 1
    return parts


def _cells(text: str, line: Line) -> list[tuple[int, int]]:
    """The spans of a table row's cells on `line`, gaps left out."""
    spans, start = [], line.start
    for gap in CELL_GAP.finditer(text, line.start, line.end):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
    if line.end > start:
        spans.append((start, line.end))
    return spans


def _need_table(
    text: str, section: Section
) -> tuple[list[Requirement], list[Requirement], Section] | None:
    """A table whose last column says of each row whether it is needed ("Skill  Level
    Years  Need", then "PHP  Senior  4+  Must", "AWS  Basic  -  Plus"): each row's first
    cell a must-have or a nice-to-have as that column says, and the section's other lines
    to read as usual. None where the section holds no such table."""
    rules = _rules()
    lines = section.lines
    for at, header in enumerate(lines):
        cells = _cells(text, header)
        if len(cells) < MIN_TABLE_CELLS or not rules.need_column.fullmatch(text, *cells[-1]):
            continue
        must: list[Requirement] = []
        nice: list[Requirement] = []
        end = at + 1
        for row in lines[at + 1 :]:
            cells = _cells(text, row)
            if len(cells) < 2:
                break
            if rules.not_needed.search(text, *cells[-1]):
                nice.append(make_requirement(text, *cells[0]))
            elif rules.needed.fullmatch(text, *cells[-1]):
                must.append(make_requirement(text, *cells[0]))
            else:
                break
            end += 1
        if must or nice:
            rest = replace(section, lines=(*lines[:at], *lines[end:]))
            return must, nice, rest
    return None


_RUN_END = " \t—–-;,."


def _labelled_runs(
    text: str, section: Section
) -> tuple[list[Requirement], list[Requirement], Section] | None:
    """A line that lists what is needed and then what is a plus, each run after its label
    and its items a semicolon apart ("Essential: SAP FICO; SC clearance — Desirable:
    Fiori; Welsh"), with the section's other lines to read as usual. None where no line
    of the section has both labels."""
    rules = _rules()
    for at, line in enumerate(section.lines):
        needed = rules.needed_run.search(text, line.start, line.end)
        optional = needed and rules.optional_run.search(text, needed.end(), line.end)
        if not (needed and optional):
            continue
        must = _run_items(text, needed.end(), optional.start())
        nice = _run_items(text, optional.end(), line.end)
        if len(must) < _MIN_ENUMERATION_CUTS:
            continue
        rest = replace(section, lines=(*section.lines[:at], *section.lines[at + 1 :]))
        return must, nice, rest
    return None


def _run_items(text: str, start: int, end: int) -> list[Requirement]:
    """The items of a labelled run, a semicolon apart (or a comma, with none)."""
    while end > start and text[end - 1] in _RUN_END:
        end -= 1
    raw = text[start:end]
    marks = _marks_outside_brackets(raw, ";,")
    cuts = marks[";"] or marks[","]
    items = []
    for a, b in _pieces(text, start, end, cuts):
        piece = text[a:b]
        if kept := piece.lstrip(_RUN_END):
            items.append(make_requirement(text, a + len(piece) - len(kept), b))
    return items


def _tag_lists(text: str, sections: list[Section]) -> tuple[list[Section], bool]:
    """A site's skill tags under their heading ("Skills", "Key Skills", "Skills and
    Expertise": words, no sentence), and whether the posting lists requirements of its own
    elsewhere: the tags then name again what those say, and the site's buttons after them
    ("Apply", "Save") are no skills. Without such requirements, the tags stand for them."""
    tags, stated = [], False
    for section in sections:
        if section.kind != SectionKind.MUST_HAVE:
            continue
        # Read here only under a skills heading: find_requirements reads the rest.
        tagged = _TAG_HEADING.search(section.heading) is not None
        spans = _leading_run(text, list(_candidates(text, section))) if tagged else []
        # tags side by side on one line: "Zendesk  Live Chat", "Outbound, Salesforce, +6 more"
        lines = [text[start:end] for start, end in spans]
        items = [tag for line in lines for tag in _TAGS_APART.split(line) if tag.strip()]
        # the site's groups among them: "Mobile App Development Languages" over "TypeScript"
        items = [item for item in items if not _TAG_GROUP.search(item)]
        if len(items) > 2 and not _is_tag(items[0]):
            items = items[1:]  # the site's legend over them: "Skills marked '*' are preferred"
        # three tags or more, then the site's own lines ("Project ID: …", "Place a bid")
        leading = list(itertools.takewhile(_is_tag, items))
        if (len(items) > 1 and len(leading) == len(items)) or len(leading) >= _MIN_TAG_RUN:
            tags.append(section)
        elif section.lines:
            stated = True
    return tags, stated


# a word a PDF hyphenated at its line's end, and a line break with the next line's indent
_PDF_HYPHEN = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_TAGS_APART = re.compile(r"[ \t]{2,}|[ \t][·•|][ \t]|,[ \t]+")
_GAP = re.compile(r"\n[ \t]*\n")


def _leading_run(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items up to the first blank line: a site's tags, before its buttons and panels
    ("Easy Apply", "Job match is medium") that run on under the same heading."""
    run = spans[:1]
    for span in spans[1:]:
        if _GAP.search(text, run[-1][1], span[0]):
            break
        run.append(span)
    return run


def _is_tag(item: str) -> bool:
    return len(item.split()) <= _TAG_WORDS and not _SENTENCE_MARK.search(item)


def _unheaded_lists(
    text: str,
    section: Section,
    optional: dict[int, int],
    listed: list[Requirement],
    nice: list[Requirement],
) -> dict[int, int]:
    """The lists of a section that is no requirements list: those an intro makes optional go
    to `nice`, those a first "Must have …" item leads go to `listed`; their items (start:
    end), which its prose is then not read for."""
    nice.extend(
        make_requirement(text, start, end)
        for start in sorted(optional)
        for end in [optional[start]]
    )
    led = (
        _items_led_by_an_obligation(section)
        + _items_after_asking_intro(section)
        + _asking_runs(text, section)
    )
    for line in led:
        _sort_item(text, line.start, line.end, listed, nice)
    return optional | {line.start: line.end for line in led}


_WE_RE = re.compile(r"(?<=\b[Ww]e)['’]re\b")


def _items_after_asking_intro(section: Section) -> list[Line]:
    """A list under a paragraph whose last sentence leads into what is asked ("You'd be our
    first ML hire, reporting to the CTO. We're looking for:"), unless it lists roles."""
    led: list[Line] = []
    asking = first = False
    for line in section.lines:
        if line.kind != LineKind.ITEM:
            last = _last_sentence(line.text).strip()
            lead = _WE_RE.sub(" are", last.rstrip(" :"))  # "We're looking for"
            asking = (
                last.endswith(":")
                # a lead of a few words: not "… when you need help:", nor a paragraph's
                # last "Skills:" over a list its dashes run together
                and 1 < len(lead.split()) <= MAX_HEADING_WORDS
                and heading_kind(lead) == "must_have"
            )
            first = True
            continue
        if first and has_role_word(line.text):
            asking = False  # "We're looking for:" over "- Staff SWE", "- Data Engineer"
        first = False
        if asking:
            led.append(line)
    return led


def _last_sentence(text: str) -> str:
    """A line's last sentence, the one that leads into the list under it."""
    sentences = [m.group() for m in _rules().sentence.finditer(text) if m.group()]
    return sentences[-1] if sentences else text


def _items_led_by_an_obligation(section: Section) -> list[Line]:
    """A list with no heading of its own whose first item says it is required ("✅ Must have
    2 yrs on the line", "✅ Grill experience", …): each of its items is asked for."""
    led: list[Line] = []
    if section.heading or section.kind not in (SectionKind.SUMMARY, SectionKind.OTHER):
        return led  # under "What you'll do", a first duty's "must" asks for no more
    within, previous = False, None
    for line in section.lines:
        if line.kind != LineKind.ITEM:
            within = False
        else:
            if previous is None or previous.kind != LineKind.ITEM:
                within = _OBLIGATION_OPENING.match(line.text) is not None
            if within:
                led.append(line)
        previous = line
    return led


def _glued_but_not_asking(text: str, section: Section) -> set[int]:
    """Where the items start of a section's glued lists that ask for nothing, when the
    section asks by its words rather than under a heading that asks: a dataset's duties
    and perks run together beside its requirements."""
    named = (
        0 < len(section.heading.split()) <= MAX_HEADING_WORDS
        and heading_kind(section.heading) == "must_have"
    )
    if named:
        return set()
    return {line.start for run in _glued_runs(text, section) if not _asks(run) for line in run}


def _asking_runs(text: str, section: Section) -> list[Line]:
    """The items of a list that lost its line breaks ("… in a hotelFluent spoken and written
    EnglishAble to work weekends …", a dataset's requirements field) when most of them ask
    for something: a list that asks, whatever heading the paragraph sits under."""
    return [line for run in _glued_runs(text, section) if _asks(run) for line in run]


def _glued_runs(text: str, section: Section) -> list[list[Line]]:
    """The section's lists that lost their line breaks: items glued one to the next on one
    line, no marker between them."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*section.lines, None]:
        if (
            line is not None
            and line.kind == LineKind.ITEM
            and run
            and not text[run[-1].end : line.start].strip()  # glued, no marker between
            and "\n" not in text[run[-1].end : line.start]
        ):
            run.append(line)
            continue
        if len(run) >= _MIN_RUN_ITEMS:
            runs.append(run)
        run = [line] if line is not None and line.kind == LineKind.ITEM else []
    return runs


def _asks(run: list[Line]) -> bool:
    cued = sum(1 for item in run if has_cue(item.text, vocabulary().requirements))
    return cued >= _ASKING_SHARE * len(run)


def _items_after_optional_intro(section: Section) -> dict[int, int]:
    """List items (start: end) under a line whose last sentence makes them optional ("Bonus
    if you have:", "Experience with any of these is preferred:"), up to the next text line."""
    optional: dict[int, int] = {}
    intro: Line | None = None
    under_optional = False
    for line in section.lines:
        if line.kind != LineKind.ITEM:
            intro, under_optional = line, False
            continue
        if intro is not None:  # the line above a list, read once when the list starts
            under_optional, intro = _rules().nice.found_in(_last_sentence(intro.text)), None
        if under_optional:
            optional[line.start] = line.end
    return optional


def _listed(section: Section) -> bool:
    return any(line.kind == LineKind.ITEM for line in section.lines)


def _in_paragraphs(text: str, section: Section) -> bool:
    """Whether the section is written in paragraphs: sentences, a blank line between each
    two of its lines; not listed (bullets, lines one under another, words in a row)."""
    lines = section.lines
    return (
        len(lines) > 1
        and not _listed(section)
        and all(line.text.rstrip().endswith((".", "!", "?")) for line in lines)
        and all(_GAP.search(text, one.end, after.start) for one, after in itertools.pairwise(lines))
    )


def _candidates(
    text: str, section: Section, *, every_sentence: bool = False, beside_a_list: bool = False
) -> list[tuple[int, int]]:
    """Spans of the items in a requirements list: bullets, else lines, else sentences
    (`every_sentence`: each one, where the posting states its requirements in prose alone;
    `beside_a_list`: a section in paragraphs where another lists the requirements, whose
    paragraphs describing the person, "You're a no-nonsense person …", ask for nothing
    unless they state a requirement outright)."""
    items = [line for line in section.lines if line.kind == LineKind.ITEM]
    if items:
        return [(line.start, line.end) for line in _one_list(text, items)]
    spans: list[tuple[int, int]] = []
    lines = section.lines
    listed = _lines_before_a_gap(text, lines)
    # one item a line without bullets: three lines or more, no blank line between them
    one_a_line = listed >= _MIN_LINES_OF_A_LIST and listed == len(lines)
    for index, line in enumerate(lines):
        if listed >= _MIN_LINES_OF_A_LIST and index >= listed and not _asks_or_offers(line.text):
            # "Must knows:" over three lines, then "Rate is $35/hr.": the paragraphs after
            # the list's blank line tell the terms and how to apply unless they ask
            continue
        if _SITE_FIELD.fullmatch(line.text) and any(
            _SITE_FIELD.fullmatch(after.text) for after in lines[index + 1 : index + 2]
        ):
            break  # "Role: Technical Support" / "Industry Type: …": the site's fields follow
        if index and _APPLYING_ASKED.match(line.text):
            break  # "Merci d'indiquer vos disponibilités …": how to answer, then the site's form
        if _states_pay_only(line.text) or _REFERENCE_LINE.fullmatch(line.text):
            continue  # "$55 – $70 USD per hour" under the last line of the list; "Job ID: 81"
        # "Requirements: Show past work. Deliver in a week.": each sentence after the label
        # asks for something, however it is worded.
        labelled = line is section.lines[0] and _follows_its_label(text, section)
        if (
            one_a_line
            and len(_sentences(text, line)) == _SENTENCES_IN_ONE_ITEM
            and not _rules().nice.found_in(line.text)
        ):
            # "Deep familiarity with AWS networking. GCP transfers if …": one item, remarked on
            spans.extend(_run_together(text, line.start, line.end))
            continue
        spans.extend(
            _line_candidates(
                text, line, labelled=labelled, every=every_sentence, beside_a_list=beside_a_list
            )
        )
    return spans


# A line of a list with one item a line holds one item though it runs to a second sentence.
_SENTENCES_IN_ONE_ITEM = 2
_MIN_LINES_OF_A_LIST = 3


def _lines_before_a_gap(text: str, lines: Sequence[Line]) -> int:
    """How many of the lines stand one under another before the first blank line."""
    for count, (one, after) in enumerate(itertools.pairwise(lines), start=1):
        if _GAP.search(text, one.end, after.start):
            return count
    return len(lines)


def _asks_or_offers(line: str) -> bool:
    """Whether a line asks for something or marks something optional."""
    rules = _rules()
    return any(rule.found_in(line) for rule in (rules.prose, rules.nice, rules.foreign_ask))


def _line_candidates(
    text: str, line: Line, *, labelled: bool, every: bool, beside_a_list: bool = False
) -> list[tuple[int, int]]:
    """The items one line of a requirements section holds: its sentences that ask for
    something, a list run on after its label ("Must: Python, Nextflow or Snakemake, AWS
    Batch") one item a part; a line of one sentence whole, but for a paragraph beside a
    list that only describes the person."""
    sentences = _sentences(text, line)
    inline = _inline_items(text, *sentences[0]) if labelled and sentences else []
    if len(sentences) == 1 and len(inline) < 2:
        rules = _rules()
        if rules.intro.search(line.text) or (
            beside_a_list
            and not labelled
            and rules.person.found_in(line.text)
            and not rules.prose.found_in(line.text)
        ):
            return []
        return _run_together(text, line.start, line.end)
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        if _rules().intro.search(text[start:end]):
            continue
        if start == sentences[0][0] and len(inline) > 1:
            spans.extend(inline)
            continue
        pieces = _run_together(text, start, end)
        if len(pieces) > 1:
            spans.extend(pieces)
        elif _rules().prose.found_in(text[start:end]) or (
            (labelled or every) and _WORD.search(text, start, end)
        ):
            spans.append((start, end))
    return spans


def _one_list(text: str, items: list[Line]) -> list[Line]:
    """The section's list: its items up to a blank line after which the bullets change
    ("▪️ … ▪️ …", then "📩 Send your CV", "📧 Email: …": how to apply, not what is asked)."""
    kept = items[:1]
    for item in items[1:]:
        if _GAP.search(text, kept[-1].end, item.start) and _marker(text, item) != _marker(
            text, items[0]
        ):
            break
        kept.append(item)
    return kept


def _marker(text: str, item: Line) -> str:
    """An item's bullet, numbers and letters as their kind: "1." and "2." are one marker."""
    bullet = text[text.rfind("\n", 0, item.start) + 1 : item.start].strip().rstrip("\ufe0f")
    return re.sub(r"\d+", "#", re.sub(r"^\(?[a-z]\)$", "a)", bullet))


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list run on after its label, one item per part: parts set apart by semicolons, or
    by commas when there are three parts or more ("5+ yrs SRE; Terraform; on-call", "Python,
    Nextflow or Snakemake, AWS Batch") of a few words each; a bracket's commas stay inside
    its part."""
    raw = text[start:end]
    cuts = _marks_outside_brackets(raw, ";,/")
    slashes = [cut for cut in cuts["/"] if raw[cut - 1 : cut] == " "]  # " / ", not "and/or"
    if len(slashes) < _MIN_INLINE_COMMAS or any(
        len(part.split()) < _MIN_SLASHED_WORDS
        for part in (raw[a:b] for a, b in itertools.pairwise([0, *slashes, len(raw)]))
    ):
        slashes = []  # "AWS / GCP": one choice of two, not parts
    separators = cuts[";"] or slashes or (cuts[","] if len(cuts[","]) >= _MIN_INLINE_COMMAS else [])
    # semicolons and slashes set parts apart as no commas do: a part between them may say more
    longest = _MAX_INLINE_WORDS * (2 if cuts[";"] or slashes else 1)
    bounds = [-1, *separators, len(raw)]
    pieces = []
    for before, after in itertools.pairwise(bounds):
        piece = raw[before + 1 : after]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        said = _SPACED_DASH.split(BRACKETED_ASIDE.sub("", piece))[0]  # "… — you'd set it up"
        if len(said.split()) > longest:
            return [(start, end)]  # a sentence's clauses, not a list of things asked for
        if piece:
            pieces.append((start + before + 1 + lead, start + before + 1 + lead + len(piece)))
    return pieces


def _follows_its_label(text: str, section: Section) -> bool:
    """Whether the section's first line sits after its heading on the heading's own line."""
    first = section.lines[0]
    return bool(section.heading) and "\n" not in text[section.start : first.start]


def _states_pay_only(line: str) -> bool:
    return find_pay(line) is not None and not has_cue(line, vocabulary().requirements)


def _enumerated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence that asks for "A, B, and C" (or "A, B and C", or two asks joined by "and")
    as one item per thing asked for, so each can be ticked; "A, B, or C" stays one item,
    any of them will do."""
    raw = text[start:end]
    if label := _rules().labelled.match(raw):
        return _labelled_list(text, start + label.end(), end)
    if listed := _listed_after_a_colon(text, start, end):
        return listed
    commas = _marks_outside_brackets(raw, ",")[","]
    if not commas:
        return _two_asks(text, start, end)
    if not _FINAL_AND.match(raw, commas[-1] + 1):
        joined = raw.find(" and ", commas[-1])  # "A, B and C"
        if joined < 0:
            # "A, B, or C", or no list at all: commas of an aside ("… – schema design,
            # query plans") may still follow two asks
            return _two_asks(text, start, end)
        commas.append(joined)
    if len(commas) < _MIN_ENUMERATION_CUTS:
        return _two_asks(text, start, end)  # "A, and must B": two asks, or one
    pieces = _pieces(text, start, end, commas)
    # Commas before the list belong to the sentence's opening ("If hired, you must know Go,
    # Rust and Zig"): the list starts after the last piece that reads as a clause.
    obliged = _rules().prose.found_in(text[pieces[0][0] : pieces[0][1]])
    opening = max(
        (
            i
            for i, (a, b) in enumerate(pieces[:-1])
            if _reads_as_clause(text[a:b]) and not (i and obliged and _second_ask(text, a, b))
        ),
        default=0,
    )
    items = [(pieces[0][0], pieces[opening][1]), *pieces[opening + 1 :]]
    if len(items) <= _MIN_ENUMERATION_CUTS or _SHARED_OBJECT.search(
        text[items[0][0] : items[0][1]].rstrip()
    ):
        # "be able to manage, juggle, and reorder": verbs sharing what they are done to
        return [(start, end)]
    return [(a, b) for a, b in items if b > a]


def _listed_after_a_colon(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The things a sentence lists after its colon, three or more of a few words each,
    when what stands before the colon introduces them without naming a skill itself
    ("Looking for a dev who owns features end to end: 5+ yrs Django, deep PostgreSQL,
    Celery in production"), one item each; [] otherwise. A label ("Stack:", "Nationality
    requirements:") lists one thing its own way, and a skill named before the colon ("who
    knows Rust and how disks behave: fsync, io_uring, …") is asked for with what follows."""
    colons = _marks_outside_brackets(text[start:end], ":")[":"]
    if not colons:
        return []
    lead = text[start : start + colons[0]]
    if len(lead.split()) <= _ASK_OPENING_WORDS or taxonomy().find(lead):
        return []
    after = start + colons[0] + 1
    pieces = _inline_items(text, after, end)
    return pieces if len(pieces) > _MIN_INLINE_COMMAS else []


# A left part ending on a modal's or an infinitive's verb shares its object with the verb
# after "and" ("must know and use Git", "able to read and write French"): one ask.
_SHARED_OBJECT = re.compile(r"\b(?:to|must|should|can|will)\s+[\w'’-]+$", re.IGNORECASE)
# A subject or a new clause between the obligation and "and": the verb after it is theirs.
_OTHER_SUBJECT = re.compile(r"\b(?:I|we|they|he|she|it)\b|\s[-–—;:]\s|[;:]", re.IGNORECASE)
# A piece ending on a word that waits for its object: a scraper dropped what it named.
_LOST_WORD = re.compile(r"\b(?:in|with|of|on|using|and|or)$", re.IGNORECASE)


def _before_its_reason(text: str, start: int, end: int) -> int:
    """Where a stated need ends before a dash that gives its reason ("Shopify experience is
    important — you'll be issuing refunds, editing orders"): the reason asks for nothing."""
    reason = _DASHED_REASON.search(text, start, end)
    return reason.start() if reason else end


# A dash between spaces, then a clause of its own: "… — you'll be …", "… – as we …".
_DASHED_REASON = re.compile(
    r"[ \t][—–-][ \t]+(?:you|we|i|as|since|because|this|it|they|our|my|all|every)\b",
    re.IGNORECASE,
)


def _stated_in_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """The words in brackets that state the need, when only they do ("please write to me on
    WhatsApp (Note: You must be at least 20 years old)"); else the sentence's span."""
    sentence = text[start:end]
    stated = _rules().prose.start_in(sentence)
    if stated is None:
        return start, end
    opened = sentence.rfind("(", 0, stated)
    closed = sentence.find(")", stated)
    if opened < 0 or closed < 0 or ")" in sentence[opened:stated]:
        return start, end
    inner = start + opened + 1
    note = _NOTE_LABEL.match(text, inner, start + closed)
    return (note.end() if note else inner), start + closed


def _labelled_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What a label in running prose lists ("You: C on Cortex-M, an RTOS, and care for
    safety"), one item per piece between its commas; "A, B, or C" stays one item."""
    raw = text[start:end]
    cuts = _marks_outside_brackets(raw, ",")[","]
    if (aside := _SPACED_DASH.search(raw)) and any(cut < aside.start() for cut in cuts):
        # "…, and a real handle on uncertainty - quantile regression, conformal prediction":
        # the commas after the last item's dash list its examples
        cuts = [cut for cut in cuts if cut < aside.start()]
    if not cuts or _FINAL_OR.match(raw, cuts[-1] + 1):
        return _two_asks(text, start, end) if not cuts else [(start, end)]
    if not _FINAL_AND.match(raw, cuts[-1] + 1) and (joined := raw.find(" and ", cuts[-1])) > 0:
        cuts.append(joined)  # "A, B and C"
    return [(a, b) for a, b in _pieces(text, start, end, cuts) if b > a]


_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")


def _marks_outside_brackets(raw: str, marks: str) -> dict[str, list[int]]:
    """Where each of `marks` (a comma, a semicolon) stands followed by a space, outside
    brackets: "Go (gRPC, protobuf), Rust" is cut once."""
    found: dict[str, list[int]] = {mark: [] for mark in marks}
    depth = 0
    for index, char in enumerate(raw):
        depth += (char == "(") - (char == ")")
        if char in found and depth == 0 and raw[index + 1 : index + 2].isspace():
            found[char].append(index)
    return found


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """text[start:end] cut at `cuts` (offsets in it), each piece without the ", and " that
    joins it to the one before."""
    raw = text[start:end]
    pieces, position = [], 0
    for cut in cuts:
        pieces.append((start + position, start + cut))
        rest = raw[cut:]
        position = cut + len(rest) - len(_ENUMERATION_JOIN.sub("", rest, count=1))
    pieces.append((start + position, end))
    return pieces


def _two_asks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "We need strong React skills and experience with APIs", "You must own a van and hold
    a full licence": a requirement in full, then a second thing asked for after "and", each
    naming what it asks for or the second opening with its own verb, are two items."""
    raw = text[start:end]
    rules = _rules()
    for joint in re.finditer(r"(?<!\s)\s+and\s+", raw):
        left, right = raw[: joint.start()], raw[joint.end() :]
        if _LOST_WORD.search(left) or right.startswith("and "):
            continue  # "skills in  and  and experience with …": the words asked for were lost
        opening = " ".join(right.split()[:_ASK_OPENING_WORDS])
        both_ask = rules.asks_for_skill.found_in(left) and rules.asks_for_skill.found_in(opening)
        stated = rules.prose.last_end_in(left)  # where the words stating the need end
        verb_asks = (
            stated is not None
            and _second_ask(text, start + joint.end(), end)
            and not _SHARED_OBJECT.search(left)
            # "… – I write detailed specs and respond fast": the verb is another subject's
            # (not an aside's: "… in Rust (unsafe when it's warranted) and is comfortable …")
            and not _OTHER_SUBJECT.search(_without_asides(left), stated)
        )
        if stated is not None and (both_ask or verb_asks):
            return [(start, start + len(left.rstrip(" ,"))), (start + joint.end(), end)]
    return [(start, end)]


def _without_asides(text: str) -> str:
    """The text with its bracketed asides blanked out, every offset the same."""
    if "(" not in text:
        return text
    return BRACKETED_ASIDE.sub(lambda aside: " " * len(aside.group()), text)


def _second_ask(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after an obligation's "and" or comma, opens with a verb of
    its own ("… and speak Danish", ", be comfortable in PHP"): a second thing asked for."""
    return _rules().second_ask.match(text, start, end) is not None


def _reads_as_clause(piece: str) -> bool:
    """Whether a piece between an enumeration's commas says more than a thing asked for;
    its examples in brackets ("SEO basics (search intent, internal linking)") not counted."""
    words = BRACKETED_ASIDE.sub(" ", piece).split()
    return len(words) > _MAX_ENUMERATED_WORDS or _CLAUSE_WORDS.search(piece) is not None


def _run_together(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of a list whose line breaks were lost ("… ledgers Strong command of payroll …"):
    split before each capitalised word that opens a requirement, mid-sentence."""
    if end - start < _RUN_TOGETHER_MIN_CHARS:
        return [(start, end)]
    cues = tuple(cue for cue in vocabulary().requirements if " " not in cue)
    cuts = [
        match.start()
        for match in _CAPITALISED.finditer(text, start, end)
        if match.group()[0].isdigit() or match.group().casefold().startswith(cues)
    ]
    if len(cuts) < _RUN_TOGETHER_MIN_CUTS:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return [
        (a, a + len(text[a:b].rstrip()))
        for a, b in itertools.pairwise(bounds)
        if text[a:b].strip()  # a cut at the item's first word leaves nothing before it
    ]


def _prose_requirements(
    text: str, section: Section, *, skip: dict[int, int]
) -> list[tuple[int, int, bool]]:
    """Sentences outside a requirements list that state a requirement outright ("you must
    have …", "the ideal candidate should have …") and "Stack: …" lines naming skills, with
    True; or sentences that ask for experience only as a plus ("experience with X would be
    welcome"), with False."""
    rules = _rules()
    found = []
    for line in section.lines:
        if line.kind not in (LineKind.TEXT, LineKind.ITEM) or line.start in skip:
            continue
        if rules.skill_label.match(line.text) and taxonomy().find(line.text):
            found.append((line.start, line.end, True))  # "Stack: React, Node"
            continue
        for start, end in _sentences(text, line):
            sentence = text[start:end]
            if not _WORD.search(sentence):
                continue  # no word to ask for anything with: markup, numbers, noise
            stated = rules.prose.found_in(sentence) or bool(rules.labelled.match(sentence))
            optional = not stated and _asks_as_a_plus(sentence)
            if (stated or optional) and not rules.not_required.found_in(sentence):
                found.append((start, end, stated))
    return found


def _read_stated_after_the_list(
    text: str, section: Section, must: list[Requirement], nice: list[Requirement]
) -> None:
    """File the sentences in paragraphs after a requirements list, under the same heading,
    that say outright something is needed ("Please only apply if you have cut menus
    before. Fluent English is essential.") or ask for a skill as a plus ("Butchery skills
    are a bonus."): the list's items alone are read otherwise."""
    lines = section.lines
    first = next((i for i, line in enumerate(lines) if line.kind == LineKind.ITEM), None)
    if first is None:
        return
    rules = _rules()
    for index in range(first + 1, len(lines)):
        line, after = lines[index], lines[index + 1 : index + 2]
        if line.kind != LineKind.TEXT or (after and after[0].kind == LineKind.ITEM):
            continue  # a line over another list introduces it ("None of these are essential")
        for start, end in _sentences(text, line):
            sentence = text[start:end]
            if (
                rules.prose.found_in(sentence)
                and rules.obligation.found_in(sentence)
                and not rules.not_required.found_in(sentence)
            ):
                _sort_item(text, start, end, must, nice, origin=RequirementOrigin.PROSE)
            elif _asks_as_a_plus(sentence):  # "Butchery skills are a bonus."
                nice.append(make_requirement(text, start, end, RequirementOrigin.PROSE))


_SHORT_PLUS_WORDS = 8  # "Rust is a nice to have.": a skill and its mark, nothing more


def _asks_as_a_plus(sentence: str) -> bool:
    """Whether the sentence asks for experience as a plus ("experience with X would be
    welcome"), or names a skill as one in a few words ("Rust is a nice to have")."""
    rules = _rules()
    # The short pattern first: most sentences ask for no skill at all.
    if rules.asks_for_skill.found_in(sentence):
        return rules.nice.found_in(sentence)
    return (
        len(sentence.split()) <= _SHORT_PLUS_WORDS
        and rules.nice.found_in(sentence)
        and bool(taxonomy().find(sentence))
    )


def _sentences(text: str, line: Line) -> list[tuple[int, int]]:
    spans = []
    for match in _rules().sentence.finditer(text, line.start, line.end):
        raw = match.group()
        if not raw.strip():
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        spans.extend(_clauses(text, start, match.start() + len(raw.rstrip())))
    return spans


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long sentence run on with commas ("… update listings, you need to have a year of
    Seller Central, and also you must be online from 9am …") in its clauses, each that
    asks for something in its own words: read whole, one marked a plus took them all."""
    if len(text[start:end].split()) < _RUN_ON_WORDS:
        return [(start, end)]
    # each cut opens a clause that asks; what stands before the first asks with it
    cuts = list(_CLAUSE_ASKS.finditer(text, start, end))[1:]
    if not cuts:
        return [(start, end)]
    opens = [start, *(cut.end() for cut in cuts)]
    closes = [*(cut.start() for cut in cuts), end]
    return list(zip(opens, closes, strict=True))


def _sort_item(
    text: str,
    start: int,
    end: int,
    must: list[Requirement],
    nice: list[Requirement],
    *,
    origin: RequirementOrigin = RequirementOrigin.LIST,
) -> None:
    """File a requirement, moving a clause marked "a plus" (or the whole item) to nice."""
    raw = text[start:end]
    marker = _rules().nice.start_in(raw)
    if marker is None:
        must.append(make_requirement(text, start, end, origin))
        return
    split = _clause_start(raw, marker)
    # "…, GitHub is desirable but not required" makes the list before it a plus; a clause
    # of its own ("…, knowing Helium 10 is good but not needed"; "Fluent English; Dutch is
    # not required") only itself
    opened = split is not None and (
        _rules().clause_opener.match(raw[split:].lstrip(" ,;-–—"))
        or raw[:split].rstrip().endswith(";")
    )
    if split is None or (_rules().whole_item_nice.found_in(raw[marker:]) and not opened):
        nice.append(make_requirement(text, start, end, origin))
        return
    before = raw[:split].rstrip(" /,;-–—(")
    after_offset = split + (len(raw[split:]) - len(raw[split:].lstrip(" ,;-–—")))
    must.append(make_requirement(text, start, start + len(before), origin))
    close = raw.find(")", split) if raw[split] == "(" else -1
    rest = _ASKED_AFTER_ASIDE.match(raw, close + 1) if close > 0 else None
    if (
        rest is not None
        and len(rest.group(1).split()) >= _MIN_ASK_WORDS
        and _rules().nice.start_in(rest.group(1)) is None  # no plus of its own after it
    ):
        # "… run a kitchen (ideally a busy one) and is happy to order stock": the plus is
        # the aside, and what follows it is asked for again
        nice.append(make_requirement(text, start + split, start + close + 1, origin))
        must.append(make_requirement(text, start + rest.start(1), end, origin))
        return
    nice.append(make_requirement(text, start + after_offset, end, origin))


# What an item asks for after a bracketed plus: "… (ideally …) and is happy to order stock".
_OWN_CLAUSE_WORDS = 3  # words before a plus's mark: what it is and its verb ("German is a")
_ASKED_AFTER_ASIDE = re.compile(r"[\s,;]*(?:and\s+|but\s+)?(\S.*)", re.DOTALL)
_MIN_ASK_WORDS = 3


def _clause_start(raw: str, marker: int) -> int | None:
    """Where the clause holding the marker begins, if it is not the whole item."""
    opening = raw.rfind("(", 0, marker)
    if opening > 0 and ")" not in raw[opening:marker]:
        inside, _, after = raw[opening + 1 :].partition(")")
        # "Knowledge of Kafka (preferred)": the marker alone makes the whole item the plus;
        # so does one after the brackets ("Banking (ideally payments) is a strong plus").
        whole = _rules().nice.pattern.fullmatch(inside.strip(" .,;"))
        return None if whole or _rules().nice.start_in(after) is not None else opening
    # A comma inside brackets ("(e.g. Prodigy, Sepax) is a plus") separates examples.
    breaks = [
        m
        for m in _CLAUSE_BREAK.finditer(raw, 0, marker)
        if raw.count("(", 0, m.start()) <= raw.count(")", 0, m.start())
    ]
    if not breaks or breaks[-1].start() == 0:
        return None
    clause = raw[breaks[-1].end() :]
    # "…, ideally X" opens its own clause; "…, development or testing is desirable" only
    # continues a list unless the clause starts afresh with a capital ("Master's degree a plus").
    if raw[breaks[-1].start()] in ";.!?":
        return breaks[-1].start() + 1  # a new sentence or a ";" clause holds the plus
    if breaks[-1].end() == marker and (
        _PREDICATE.match(clause)
        or _rules().nice.pattern.fullmatch(clause.split(";")[0].strip(" .,!"))
    ):
        # "A forklift licence, is a plus", "Celery or a similar queue – nice to have; we …":
        # the whole item is the plus
        return None
    # "… — a bit of German would be a real plus", "– Spanisch ist von Vorteil": set off by a dash
    # and naming what is a plus before its mark, a clause of its own in any language (not
    # "… – strongly preferred", which marks the whole item)
    dashed = raw[breaks[-1].start() : breaks[-1].end()].strip() in ("-", "–", "—") and (
        len(raw[breaks[-1].end() : marker].split()) >= _OWN_CLAUSE_WORDS
    )
    if (
        dashed
        or breaks[-1].end() == marker
        or clause[:1].isupper()
        or _rules().clause_opener.match(clause)
    ):
        return breaks[-1].start()
    # "One year as an RN; home health, med-surg or ICU background preferred": the clause
    # after the semicolon, its list with it, is the plus
    semicolons = [m for m in breaks if raw[m.start()] == ";"]
    return semicolons[-1].start() + 1 if semicolons else None


def make_requirement(
    text: str, start: int, end: int, origin: RequirementOrigin = RequirementOrigin.LIST
) -> Requirement:
    """The requirement written at text[start:end], its kind, years and skills found; a line
    a PDF broke ("supervisory experi-⏎ence") is read joined again."""
    raw = text[start:end]
    if "\n" in raw:
        raw = _LINE_BREAK.sub(" ", _PDF_HYPHEN.sub("", raw))
    kind = next(
        (kind for kind, pattern in _rules().kinds if pattern.found_in(raw)), RequirementKind.SKILL
    )
    return Requirement(
        raw, start, end, kind, years_required(raw), tuple(taxonomy().find(raw)), origin
    )


def years_required(text: str) -> int | None:
    """The least number of years of experience a requirement asks for, if it names one."""
    for match in _YEARS.finditer(text):
        if _rules().not_experience.search(text[: match.start()]):
            continue
        word = match.group(1).casefold()
        return _NUMBER_WORDS.get(word) or int(word)
    return None
