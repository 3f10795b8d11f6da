"""A posting's text as logical lines: headings, list items and prose, with their spans.

Real pastes are messy: labels split from their text onto a ':' line, sentences
broken across one-word lines, list markers with or without a space. Lines are
joined back into logical lines here, each keeping the character span it covers
in the original text, so everything found later can be highlighted in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from itertools import pairwise

from desktop.domain.phrases import alternation
from desktop.domain.reading.lines import RECORD_FIELD, SYMBOL
from desktop.domain.skills.taxonomy import taxonomy
from desktop.resources import load_json

_MARKER = re.compile(
    r"^(?:[-*•+–—·▪◦\uf0a7\uf0b7\uf0d8\uf076\uf0fc]{1,2}(?=\s|[A-Za-z0-9(])|[・･]|\d{1,2}[.)](?=\s|[A-Za-z(])|\(?[a-z]\)(?=\s))\s*"
)
_SYMBOL_MARKER = re.compile(rf"^(?:{SYMBOL})+[ \t]*")
# A heading's closing marks are taken in one go (an atomic group) after its last letter, so a
# long run of spaces is never retried from each of its characters.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?\S)(?>\s*#*\s*)$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)(?>\s*:?\s*)$")
# A chat's bold in single marks (Slack, WhatsApp) over a whole line: "*What I need from you:*".
_CHAT_BOLD = re.compile(r"^\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)")
# A heading between runs of marks ("-- Requirements --", "=== BENEFITS ==="), read only on
# lines as short as a heading, so a long run of dashes is never tried at each split.
_FRAMED_HEADING = re.compile(r"[-=~]{2,}[ \t]*([^\W\d_][^\n]*?)[ \t]*[-=~]{2,}")
_MAX_FRAMED_CHARS = 80
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
# A label and its value: "Requirements: …", or set off by a spaced dash, "Must haves — …".
_LABEL = re.compile(r"^([^:]{2,60}?)(?:\s*:|(?<=\S)[ \t]+[-–—])\s*(.*)$")
_LABEL_END = re.compile(r":|(?<=\S)[ \t]+[-–—](?=\s)")
_ITEM_LABEL_END = re.compile(":")
_TERMINAL = (".", "!", "?", ";", ",")
_RATES_AN_ITEM = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:(?:big|huge|real)\s+)?"
    r"(?:bonus|plus|must|required|preferred|advantage|nice[- ]to[- ]have)\W*$",
    re.IGNORECASE,
)
# A list flattened onto one line ("Skills: - PHP - MySQL"): a dash after a space, or a
# bullet even glued to the word before it ("Valid Class A CDL• Minimum 12 months …"), then
# a space, at least twice in a line longer than a heading or a title. A dash opens an item
# only before a capital ("8:30am - 5pm" is a range); a bullet, a number too.
_FLAT_MARKER = re.compile(
    r"(?:^|(?<=\s))[-*]\s+(?=[A-Z\[(])|[•▪]\s+(?=[A-Z\d\[(])"
    # … or a dash glued to the item before, its line break lost: "Pest/PHPUnit- solid Vue 3"
    r"|(?<=[a-z\d):])-[ \t](?=[A-Za-z\d])"
)
_FLAT_MIN_MARKERS = 2
# A list run together with middle dots or bullets between its items, each a clause of its
# own ("Bac+2 minimum · au moins un an d'expérience … · anglais professionnel …"); a
# header's short terms ("£65,000 · London · Full-time · Senior") are no list.
_DOT_BETWEEN = re.compile(r"(?<=\S)[ \t]+[·•][ \t]+(?=\S)")
_DOTTED_MIN_ITEMS = 3
_DOTTED_MIN_WORDS = 5  # an item's words, on average
_LIST_LABEL = re.compile(r"([^:\n]{2,60}?)[ \t]*:[ \t]+(?=\S)")
_FLAT_MIN_CHARS = 80
_MAX_CLOSING_LABEL_WORDS = 4  # "Minimum requirements:" run on after an item
_INLINE_MIN_CHARS = 300
MAX_HEADING_WORDS = 8  # a heading; a lead-in sentence is longer
_MAX_QUESTION_WORDS = 10  # "What do I need to bring to the role?", not "How many …?"
_MAX_SHORT_LINE_WORDS = 6
_MAX_TAG_WORDS = 3  # a line of a site's skill tags, one to a line
_MAX_LABELLED_HEADING_WORDS = 14


class LineKind(Enum):
    BLANK = "blank"
    HEADING = "heading"
    ITEM = "item"
    TEXT = "text"


@dataclass(frozen=True)
class Line:
    """One logical line. `start`/`end` are offsets into the original text."""

    start: int
    end: int
    text: str
    kind: LineKind
    level: int = 0
    inline: str = ""
    inline_start: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class _Physical:
    start: int
    end: int
    text: str


@cache
def _dangling_words() -> frozenset[str]:
    """Words that leave a line unfinished, so the next line carries it on."""
    return frozenset(load_json("posting_vocabulary.json")["dangling_words"])


@cache
def _reaction_bar() -> re.Pattern[str]:
    """A post's bar of counts and buttons under it ("⬆ 38 ⬇   💬 15   ↗ Share   🔖 Save")."""
    buttons = load_json("posting_vocabulary.json")["reaction_bar_words"]
    words = alternation(buttons, ignore_case=True)
    # possessive: a run of digits is taken whole, never split again on a line that fails
    return re.compile(rf"(?:[\d.,]++[kKmM]?|(?:{words})\b|[^\w\s]|\s)++", re.IGNORECASE)


@cache
def wrapper_headings() -> frozenset[str]:
    return frozenset(load_json("posting_vocabulary.json")["wrapper_headings"])


@cache
def _rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The vocabulary's heading rules as (kind, phrases), a list named "@sign_offs" written
    out as whole headings."""
    data = load_json("posting_vocabulary.json")
    named = {"@sign_offs": tuple("=" + phrase for phrase in data["sign_offs"])}
    return tuple(
        (
            rule["kind"],
            tuple(phrase for entry in rule["phrases"] for phrase in named.get(entry, (entry,))),
        )
        for rule in data["heading_rules"]
    )


@cache
def sign_off() -> re.Pattern[str]:
    """A letter's closing line ("Kind regards,"), in the vocabulary's languages, or in two
    of them ("Best regards / Viele Grüße")."""
    sign_offs = alternation(load_json("posting_vocabulary.json")["sign_offs"], ignore_case=True)
    return re.compile(
        rf"\W*(?:{sign_offs})(?:[ \t]*[/|][ \t]*(?:{sign_offs}))?\s*[,.!]?\s*", re.IGNORECASE
    )


@cache
def _heading_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind's phrases: found anywhere in a heading, or (written "=interested") only as
    the whole heading."""
    compiled = []
    for kind, phrases in _rules():
        partial = [p for p in phrases if not p.startswith("=")]
        whole = [p[1:] for p in phrases if p.startswith("=")]
        pattern = r"(?<!\w)(?:" + alternation(partial) + r")(?!\w)"
        if whole:
            pattern += r"|^(?:" + alternation(whole) + r")$"
        compiled.append((kind, re.compile(pattern)))
    return tuple(compiled)


@cache
def _exact_phrases() -> frozenset[str]:
    return frozenset(phrase.lstrip("=") for _, phrases in _rules() for phrase in phrases)


_WORD = re.compile(r"[\w$'’]+")
# A long page has two hundred lines that may head a section: each is looked up again while
# the page is read, and the usual headings ("Requirements") from one page to the next.
_LINES_REMEMBERED = 256


@cache
def _first_words() -> frozenset[str]:
    """The first word of every heading phrase: a line with none of them names no section."""
    phrases = (phrase for _, rule_phrases in _rules() for phrase in rule_phrases)
    return frozenset(words[0] for phrase in phrases if (words := _WORD.findall(phrase)))


def heading_kind(text: str) -> str | None:
    """The section kind a heading names, from the vocabulary; None if it names none, as a
    row of a page's buttons does ("Apply now   Watchlist" breaks the page, and what
    follows it is the posting, not how to apply)."""
    if _is_button_row(text):
        return None
    return _kind_named(heading_key(text))


def _is_button_row(text: str) -> bool:
    if "  " not in text:
        return False  # most headings: no gap between buttons
    buttons = _BUTTON_GAP.split(text.strip())
    return len(buttons) > 1 and not all(names_a_section(button) for button in buttons)


def names_a_section(text: str) -> bool:
    key = heading_key(text)
    return key in wrapper_headings() or _kind_named(key) is not None


def is_list_item(line: str) -> bool:
    """Whether the line opens with a list's bullet or number ("- ", "• ", "3. ")."""
    return _MARKER.match(line.strip()) is not None


def opens_a_section(text: str) -> bool:
    """Whether the line names a section from its first word ("Technologies we use"), as a
    company named with a heading word ("Ovalpay Technologies") does not."""
    words = _WORD.findall(heading_key(text))
    return bool(words) and words[0] in _first_words() and names_a_section(text)


# "Why Greystone", "Why join Acme?": an employer's case for itself, what it offers
_WHY_US = re.compile(r"why (?:join |work (?:at |for |with ))?[\w&'’.-]+(?: [\w&'’.-]+)?\??")


# "They need a Head Chef who:", "We're looking for someone with:": a line over a list that
# says who is wanted, each item then a requirement ("I need a plugin that:" lists features).
_WANTS_SOMEONE = re.compile(
    r"(?:we|they|i|the client|our client|you)(?:'ll|’ll| will| would| also|'re|’re| are| am)?"
    r" (?:need|needs|want|wants|require|requires|seek|seeks|looking for)"
    r" (?:(?:someone|somebody|a person)(?: [\w '’/&-]{0,40}?)? (?:who|with|that)"
    r"|an? [\w '’/&-]{1,40}? who)"
    r"(?: (?:is|has|can))?"
)


# A heading whose sentence the list under it finishes with what is asked: "To be
# successful in this role you will have:", "You'll be great at this if you", "You'd thrive
# here if", "You should apply if".
_ASKS_THE_LIST = re.compile(
    r"(?:\bwho (?:has|have)|\byou(?:'ll|’ll| will| should)? (?:have|hold|bring|need)|\bif you"
    r"|(?<!n't )(?<!n’t )(?<!not )\bapply if"
    # "You'd thrive here if", not "Not you if" nor "You won't like it here if"
    r"|^(?!.*(?:\bnot\b|n't|n’t))you\S* .*\bif)$"
)


@lru_cache(maxsize=_LINES_REMEMBERED)
def _kind_named(key: str) -> str | None:
    if key in wrapper_headings():
        return None
    if _WANTS_SOMEONE.fullmatch(key):
        return "must_have"
    asks = _ASKS_THE_LIST.search(key) is not None
    if _first_words().isdisjoint(_WORD.findall(key)):
        return "must_have" if asks else None
    kind = next((kind for kind, pattern in _heading_rules() if pattern.search(key)), None)
    if asks and kind != "nice_to_have":
        return "must_have"  # not "Bonus points if you:"
    if kind is None and _WHY_US.fullmatch(key):
        kind = "benefits"
    if kind == "nice_to_have" and _REQUIRED_AND_OPTIONAL.search(key):
        return "must_have"  # "Required and Bonus Skills": each item decides
    return kind


# A heading over required and optional items together: each item then decides. Only the
# first required word and the first joint are tried (atomic groups), once each.
_REQUIRED_AND_OPTIONAL = re.compile(
    r"^(?>.*?\b(?:requirements?|required|must[- ]haves?|qualifications)\b).*\s(?:&|and|\+|/)"
    r"|^(?>.*?\s(?:&|and|\+|/)).*\b(?:requirements?|required|must[- ]haves?|qualifications)\b"
)
# Trailing markup is tried from the start of a run, never from each character in it.
# a heading's markup, and the brackets a board frames it in ("[Welcome]", "【必須】")
_HEADING_MARKUP = re.compile(r"(?<![\s*_#:?\]】…])[\s*_#:?\]】…]+$|^[\s*_#\[【]+|\.{3}$")


@lru_cache(maxsize=_LINES_REMEMBERED)
def heading_key(text: str) -> str:
    """A heading as compared with the vocabulary: lower case, no markup or end punctuation."""
    return _HEADING_MARKUP.sub("", text).replace("_", " ").strip().casefold()


# A run of blank lines (one physical line for the parser), or one line.
_PHYSICAL = re.compile(r"(?:[^\S\n]*\n){2,}|[^\n]*\n|[^\n]+$")


def physical_lines(text: str) -> list[_Physical]:
    """Lines with their offsets; each run of blank lines counts as one blank line."""
    lines = []
    for match in _PHYSICAL.finditer(text):
        raw = match.group()
        if raw.count("\n") > 1:
            lines.append(_Physical(match.start(), match.start(), ""))
            continue
        raw = raw.rstrip("\n").rstrip("\r")
        lines.append(_Physical(match.start(), match.start() + len(raw), raw))
    return lines


def logical_lines(text: str, whole_lines: Sequence[tuple[int, int]] = ()) -> list[Line]:
    """Classify and join the text's lines into logical lines, in order. A line spanning one
    of `whole_lines` (a site's own label, menu entry or value) is joined to no other."""
    physical = physical_lines(text)
    widths = _paragraph_widths(physical)
    whole_starts = {start for start, _ in whole_lines}
    after_whole = False
    lead_in = False  # under a line ending in ":", up to a blank line
    under_heading = False  # … or under a heading
    lines: list[Line] = []
    index = 0
    while index < len(physical):
        current = physical[index]
        stripped = current.text.strip()
        if not stripped:
            lines.append(Line(current.start, current.end, "", LineKind.BLANK))
            lead_in = under_heading = False
            index += 1
            continue
        following = physical[index + 1] if index + 1 < len(physical) else None
        if following and _UNDERLINE.match(following.text) and not _MARKER.match(stripped):
            level = 1 if following.text.strip().startswith("=") else 2
            lines.append(Line(current.start, following.end, stripped, LineKind.HEADING, level))
            index += 2
            continue
        line = _classify(current, physical, index)
        if line.kind == LineKind.HEADING and _item_of_pluses(lines, stripped):
            line = Line(line.start, line.end, stripped, LineKind.TEXT)
        whole = current.start + len(current.text) - len(current.text.lstrip()) in whole_starts
        if _resumes_after_blank(lines, stripped):
            lines.pop()  # "…caching layer, proxies," / "" / "and other web services …"
        # "need:" under "pay: $30 per short" heads a list of its own, as "Nice to have" does
        # under a line ending on a word that may hang ("… when queries come in")
        heading = line.kind == LineKind.HEADING and (
            stripped.endswith(":") or _names_a_list(stripped)
        )
        carries_on = bool(
            lines
            and not whole
            and not after_whole
            and not heading
            and not (lead_in and _next_unmarked_item(lines[-1], stripped))
            and _continues(lines[-1], stripped)
        )
        typed = (
            carries_on
            and under_heading
            and _typed_break(physical[index - 1].text, stripped, widths[index])
        )
        if carries_on and not typed:
            previous = lines.pop()
            joiner = "" if stripped.startswith(_CLOSING_MARKS) else " "
            line = Line(
                previous.start,
                current.end,
                previous.text + joiner + stripped,
                LineKind.ITEM if previous.kind == LineKind.ITEM else LineKind.TEXT,
            )
        lines.append(line)
        after_whole = whole
        under_heading = under_heading or line.kind == LineKind.HEADING
        # a lead-in's or a heading's run of items in small letters ("About you" /
        # "minimum 1 year …" / "confident with …"); a line in capitals ends it
        lead_in = (
            stripped.endswith(":")
            or (line.kind == LineKind.HEADING and not _finished_by_the_list(line.text))
            or (lead_in and not stripped[:1].isupper())
            or typed  # a list whose breaks were typed: its next items in small letters too
        )
        index += 1
    split = [
        piece
        for line in lines
        for glued in _split_glued_headings(line, text)
        for inline in _split_inline_headings(glued, text)
        for flat in _split_flattened(inline, text)
        for piece in _split_glued_items(flat, text)
    ]
    return _labels_promoted(split, text)


def _labels_promoted(lines: list[Line], text: str) -> list[Line]:
    """The lines, each labelled by a heading's words made that heading (`_promote_label`);
    but a plus labelled among the items of requirements ("- Bonus: pastry skills" under
    "We'd love you to have") stays one of them, unless its label is bold ("**Nice:**
    Godot") and heads its own."""
    promoted: list[Line] = []
    above: Line | None = None  # the last heading above
    for line in lines:
        label = _promote_label(line, text)
        if label is line and _among_record_fields(line, text):
            label = _field_heading(line, text)
        if (
            line.kind == LineKind.ITEM
            and label.inline
            and not _BOLD_LABEL.match(line.text)
            and above is not None
            and not above.inline
            and heading_kind(above.text) in _ASKING_KINDS
        ):
            label = line
        above = label if label.kind == LineKind.HEADING else above
        promoted.append(label)
    return promoted


def _among_record_fields(line: Line, text: str) -> bool:
    """Whether a text line is one of a record's fields written a line each ("industry:
    Internet" under "required_experience: Entry level"): each is a section of its own."""
    if line.kind != LineKind.TEXT or not RECORD_FIELD.match(line.text):
        return False
    opening = text.rfind("\n", 0, line.start) + 1
    if text[opening : line.start].strip():
        return False  # a piece of a line, not a line
    before = text.rfind("\n", 0, max(opening - 1, 0)) + 1
    after = text.find("\n", line.start)
    neighbours = (
        text[before : max(opening - 1, 0)] if opening else "",
        text[after + 1 :] if after >= 0 else "",
    )
    return any(RECORD_FIELD.match(neighbour) for neighbour in neighbours)


def _field_heading(line: Line, text: str) -> Line:
    key, _, value = line.text.partition(":")
    value_start = text.index(":", line.start) + 1
    value_start += len(text[value_start : line.end]) - len(text[value_start : line.end].lstrip())
    return Line(
        line.start,
        line.end,
        key.replace("_", " "),
        LineKind.HEADING,
        3,
        inline=value.strip(),
        inline_start=value_start,
    )


# The sections that ask: what is required, and what is a plus.
_ASKING_KINDS = frozenset({"must_have", "nice_to_have"})
_BOLD_LABEL = re.compile(r"[^:]{2,40}(?::[*_]{1,2}|[*_]{1,2}:)")


@cache
def _inline_heading() -> re.Pattern[str]:
    """A heading of two words or more inside a paragraph, before a capital or after a colon
    ("… systems Required Skills Proven experience …", "Required Skills and Experience:1."): a
    heading phrase, perhaps after a qualifier, perhaps joined to a last word by "and"."""
    data = load_json("posting_vocabulary.json")
    qualifiers = alternation(data["heading_qualifiers"], ignore_case=True)
    phrases = alternation(_exact_phrases(), ignore_case=True)
    return re.compile(
        rf"(?<![\w,;(])(?:(?:{qualifiers})[ \t]+)?(?:{phrases})"
        r"(?:[ \t]+(?:and|&)[ \t]+(?-i:[A-Z][a-z]+))?(?=:|[ \t]+(?-i:[A-Z]))",
        re.IGNORECASE,
    )


@cache
def _glued_heading() -> re.Pattern[str]:
    """A heading glued to the text after it, or ending its line, where a page lost its line
    breaks ("… team.RequirementsBachelor's degree …", "… TLS)Good to haveScripting …"); it is
    tried only where a capital is glued to the word before it, and at a line's start."""
    data = load_json("posting_vocabulary.json")
    qualifiers = alternation(data["heading_qualifiers"], ignore_case=True)
    phrases = alternation(_exact_phrases(), ignore_case=True)
    return re.compile(
        rf"(?:(?:{qualifiers})[ \t]+)?(?:{phrases})(?=[A-Z]|:|-[ \t]|[ \t]*$)",
        re.IGNORECASE | re.MULTILINE,
    )


# Where a capital is glued to a small letter or a stop before it: "team.Responsibilities".
_GLUE_POINT = re.compile(r"(?<=[a-z.)!?])(?=[A-Z])")


def _split_glued_headings(line: Line, text: str) -> list[Line]:
    """A line split at each heading glued to the words before it: written with a capital
    after a small letter or a full stop, and a capital or the line's end after it."""
    if line.kind != LineKind.TEXT:
        return [line]
    pieces: list[Line] = []
    position = line.start
    starts = [line.start, *(m.start() for m in _GLUE_POINT.finditer(text, line.start, line.end))]
    for start in starts:
        if start < position or not (match := _glued_heading().match(text, start, line.end)):
            continue
        before = text[start - 1] if start else "\n"
        after = text[match.end() : match.end() + 1]
        glued = before not in "\n" or (after.isalpha() and after.isupper())
        if not match.group()[0].isupper() or before.isupper() or not glued:
            continue
        # "… Mon-FriNice to have: Inertia.js", "… EnglishNice to have- Experience with …"
        labelled = after in ":-" and (before.isalpha() or before in ".)!?")
        if after and not (after.isupper() or after.isspace() or labelled):
            continue
        if start > position:
            pieces.append(_piece(text, position, start))
        pieces.append(Line(start, match.end(), match.group(), LineKind.HEADING, 3))
        position = match.end() + (after == ":")  # a dash stays, the first item's marker
    if not pieces:
        return [line]
    if text[position : line.end].strip():
        pieces.append(_piece(text, position, line.end))
    return pieces


def _piece(text: str, start: int, end: int) -> Line:
    """The text between two glued headings, as a line of its own."""
    raw = text[start:end]
    begin = start + len(raw) - len(raw.lstrip())
    return Line(begin, begin + len(raw.strip()), " ".join(raw.split()), LineKind.TEXT)


def _split_inline_headings(line: Line, text: str) -> list[Line]:
    """A paragraph whose headings lost their line breaks, split at each heading written in
    title case ("Key Responsibilities", "Required Skills:")."""
    if line.kind != LineKind.TEXT or len(line.text) < _INLINE_MIN_CHARS:
        return [line]
    pieces: list[Line] = []
    position = line.start
    for match in _inline_heading().finditer(text, line.start, line.end):
        words = match.group().split()
        if len(words) < 2 or not all(w[0].isupper() for w in words if w.isalpha() and w != "and"):
            continue
        if match.start() > position:
            before = text[position : match.start()].rstrip()
            if before:
                pieces.append(
                    Line(position, position + len(before), " ".join(before.split()), LineKind.TEXT)
                )
        end = match.end() + (1 if text[match.end() : match.end() + 1] == ":" else 0)
        pieces.append(Line(match.start(), end, match.group(), LineKind.HEADING, 3))
        position = end + (len(text[end : line.end]) - len(text[end : line.end].lstrip()))
    if not pieces:
        return [line]
    rest = text[position : line.end]
    if rest.strip():
        pieces.append(Line(position, line.end, " ".join(rest.split()), LineKind.TEXT))
    return pieces


def _split_flattened(line: Line, text: str) -> list[Line]:
    """A list run together on one line, as one item a marker; the words before the first
    marker stay a line of their own (a heading when they end in ':')."""
    if line.kind not in (LineKind.TEXT, LineKind.ITEM) or len(line.text) < _FLAT_MIN_CHARS:
        return [line]
    markers = list(_FLAT_MARKER.finditer(text, line.start, line.end))
    if len(markers) < _FLAT_MIN_MARKERS:
        return _split_dotted(line, text)
    pieces: list[Line] = []
    lead = text[line.start : markers[0].start()].strip()
    label = _list_label(text, line.start, markers[0].start())
    bulleted = markers[0].group().strip() in ("•", "▪")
    if lead and label and bulleted:
        # "Requirements: Valid Class A CDL• Minimum …": the label heads, its value is the
        # first of the bulleted items (after "We are looking for: … - …", dashes may list
        # roles, not items)
        pieces.append(_label_heading(label))
        pieces.extend(_item_and_heading(text, label.end(), line.start + len(lead)))
    elif lead:
        lead_end = line.start + len(text[line.start : markers[0].start()].rstrip())
        kind = LineKind.HEADING if lead.endswith(":") and len(lead.split()) <= 8 else line.kind
        pieces.append(
            Line(
                line.start,
                lead_end,
                lead.rstrip(" :") if kind == LineKind.HEADING else lead,
                kind,
                3 if kind == LineKind.HEADING else 0,
            )
        )
    for marker, following in zip(markers, [*markers[1:], None], strict=True):
        end = following.start() if following else line.end
        raw = text[marker.end() : end]
        item_end = marker.end() + len(raw.rstrip())
        if item_end > marker.end():
            pieces.extend(_item_and_heading(text, marker.end(), item_end))
    return pieces


def _split_dotted(line: Line, text: str) -> list[Line]:
    """A list run together with middle dots or bullets between its clauses, one item a
    clause, its label's words ("What we need:") heading it."""
    dots = list(_DOT_BETWEEN.finditer(text, line.start, line.end))
    if len(dots) + 1 < _DOTTED_MIN_ITEMS:
        return [line]
    bounds = [line.start, *(i for dot in dots for i in (dot.start(), dot.end())), line.end]
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    if sum(len(text[a:b].split()) for a, b in spans) < _DOTTED_MIN_WORDS * len(spans):
        return [line]
    lead: list[Line] = []
    label = _list_label(text, *spans[0])  # "What we need: Unity + C# · …" leads it in
    if label:
        lead = [_label_heading(label)]
        spans[0] = (label.end(), spans[0][1])
    return lead + [Line(a, b, " ".join(text[a:b].split()), LineKind.ITEM) for a, b in spans]


def _list_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """A run-together list's label before its first item ("What we need: …"), when short
    enough to head it."""
    label = _LIST_LABEL.match(text, start, end)
    return label if label and len(label.group(1).split()) <= MAX_HEADING_WORDS else None


def _label_heading(label: re.Match[str]) -> Line:
    return Line(label.start(1), label.end(1), label.group(1), LineKind.HEADING, 3)


# Where a list copied without its line breaks glues one item to the next: a word in small
# letters to a capitalised word ("experienceConstruction") or to a word in capitals
# ("licenseBLS and ACLS"), a bracket to one ("(White
# Card)Manual"), a word or a bracket to a count ("non-negotiable3+ years"), a lead-in's
# colon to its first item ("you'll have:Current"). A brand's capitals ("TypeScript",
# "athenaOne") glue once in a line at most; a list glues each of its items.
_GLUED_ITEM = re.compile(
    r"(?<![A-Za-z])[a-z]{3,}(?=[A-Z](?:[a-z]|[ \t])|[A-Z]{2,}[ \t])|(?<=[a-z]{3})(?=\d+\+)"
    r"|\)(?=[A-Z][a-z]|\d+\+)|:(?=[A-Z][a-z])"
)
_MIN_GLUED_ITEMS = 3
_GLUED_HEADING_WORDS = 4  # a heading glued among the items: "Good to have", "Nice to have"
_GLUED_CAPITALS = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]{3,}(?=[A-Z][a-z]{4,}|[A-Z]{2,}\b)|(?<![A-Za-z])[a-z]{3,}(?=[A-Z]{2,}\b)"
    r"|(?<![A-Za-z])[A-Z]{2,}(?=[A-Z][a-z]{3,})"
)


def _cut_beside_a_skill(text: str, cut: int) -> int | None:
    """Where a capitalised word glued to the next is cut: at `cut`, or after the skill's
    name the cut would split, when another item's word is glued to it ("JavaScript|You use
    Git"); None when the word is a skill's name ("JavaScript", "QuickBooks")."""
    start = cut
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = cut
    while end < len(text) and text[end].isalnum():
        end += 1
    stops = [m.start() for m in _NEXT_WORD_GLUED.finditer(text, cut + 1, end)]
    for stop in reversed([*stops, end]):  # the longest name first
        if taxonomy().canonical(text[start:stop]) is not None:
            return stop if stop < end else None
    return cut


_NEXT_WORD_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _split_glued_items(line: Line, text: str) -> list[Line]:
    """A line whose list lost its line breaks, split into its items; the words before a
    glued colon lead them in."""
    if line.kind not in (LineKind.TEXT, LineKind.ITEM):
        return [line]
    cuts = [m.end() for m in _GLUED_ITEM.finditer(text, line.start, line.end)]
    if len(cuts) < _MIN_GLUED_ITEMS - 1:
        return [line]
    # In a list glued that way, a capitalised word glues to the next too ("written
    # EnglishConfident with …", "nursingBLS certification"); a skill's own capitals
    # ("JavaScript", "PowerPoint") do not.
    capitals = _GLUED_CAPITALS.finditer(text, line.start, line.end)
    beside = (_cut_beside_a_skill(text, m.end()) for m in capitals)
    cuts = sorted({*cuts, *(cut for cut in beside if cut is not None)})
    pieces: list[Line] = []
    for start, end in pairwise([line.start, *cuts, line.end]):
        piece = _piece(text, start, end)
        if piece.text.endswith(":") and not pieces:
            lead = piece.text.rstrip(" :")
            named = names_a_section(lead)  # "To be successful you'll have:" heads the list
            kind, level = (LineKind.HEADING, 3) if named else (LineKind.TEXT, 0)
            pieces.append(Line(piece.start, piece.end, lead if named else piece.text, kind, level))
        elif not pieces and _section_label(piece.text):
            pieces.append(piece)  # "benefits: 30 days of vacation…": a label, made a heading
        elif (
            len(piece.text.split()) <= _GLUED_HEADING_WORDS
            and not piece.text.endswith(":")
            and not any(c.isdigit() for c in piece.text)  # "3+ years post-trade experience"
            and names_a_section(piece.text)
        ):
            # "… (VPCs, DNS, TLS)Good to haveScripting in Python …": the heading between
            pieces.append(Line(piece.start, piece.end, piece.text, LineKind.HEADING, 3))
        elif piece.text:
            pieces.append(Line(piece.start, piece.end, piece.text, LineKind.ITEM))
    return pieces


def _item_and_heading(text: str, start: int, end: int) -> list[Line]:
    """A flattened item, and the heading of the next list when one closes it
    ("… the pipeline. Qualifications:", "… reporting to the CFO Minimum requirements:")."""
    raw = text[start:end]
    label_start = _closing_label(raw)
    if label_start is not None:
        item_end = start + len(raw[:label_start].rstrip())
        return [
            Line(start, item_end, " ".join(text[start:item_end].split()), LineKind.ITEM),
            Line(start + label_start, end, raw[label_start:].rstrip(" :"), LineKind.HEADING, 3),
        ]
    return [Line(start, end, " ".join(raw.split()), LineKind.ITEM)]


def _closing_label(raw: str) -> int | None:
    """Where the heading that closes a flattened item starts: after its last full stop, or
    the fewest words that open with a capital and name a section ("Minimum requirements:")."""
    if not raw.endswith(":"):
        return None
    cut = raw.rfind(". ")
    if cut >= 0 and names_a_section(raw[cut + 2 :]):
        return cut + 2
    words = list(re.finditer(r"\S+", raw))
    for word in reversed(words[-_MAX_CLOSING_LABEL_WORDS:]):
        if word.start() and word.group()[0].isupper() and names_a_section(raw[word.start() :]):
            return word.start()
    return None


# Marks that close what came before: no line of a posting starts with one.
_CLOSING_MARKS = (":", ".", ",", ";", ")", "!", "?")


# The sections a capitalised heading alone on its line opens, never a sentence's next words.
_LIST_KINDS = frozenset({"must_have", "nice_to_have", "responsibilities", "benefits"})
_LIST_HEADING_WORDS = 4


def _names_a_list(stripped: str) -> bool:
    """Whether a line is a list's heading whole ("Nice to have", "Requirements")."""
    return (
        stripped[:1].isupper()
        and len(stripped.split()) <= _LIST_HEADING_WORDS
        and heading_kind(stripped) in _LIST_KINDS
    )


def _item_of_pluses(lines: list[Line], stripped: str) -> bool:
    """Whether a line read as a heading is an item of an unmarked list of pluses, under its
    heading with no blank line between ("Extra credit" / "Zendesk admin experience", "Nice
    to Have" / "Active CPA license" / "NetSuite experience"): a heading's word inside it,
    not at its start, and no colon."""
    above = next(
        (line for line in reversed(lines) if line.kind in (LineKind.HEADING, LineKind.BLANK)),
        None,
    )
    words = _WORD.findall(stripped)
    return (
        above is not None
        and above.kind == LineKind.HEADING
        and heading_kind(above.text) == "nice_to_have"
        and not stripped.endswith(":")
        and bool(words)
        and words[0].casefold() not in _first_words()
        # "必須スキル / Required": a heading whole in one of its languages
        and not any(heading_key(part) in _exact_phrases() for part in stripped.split(" / "))
        and not _MD_HEADING.match(stripped)
        and not _BOLD_LINE.match(stripped)
    )


def _resumes_after_blank(lines: list[Line], stripped: str) -> bool:
    """Whether a line carries on, across one blank line, a line cut after a comma: a small
    letter opens it, no list marker."""
    return (
        len(lines) >= 2
        and lines[-1].kind == LineKind.BLANK
        and lines[-2].kind in (LineKind.TEXT, LineKind.ITEM)
        and lines[-2].text.endswith(",")
        and stripped[0].islower()
        and not _MARKER.match(stripped)
    )


def _finished_by_the_list(heading: str) -> bool:
    """Whether a heading is a clause the lines under it finish ("Need someone who has" /
    "actually debugged" / "native Android crashes"): a phone's wrapped sentence, not items."""
    key = heading_key(heading)
    words = key.split()
    if _names_a_list(heading) and heading_kind(heading) == "nice_to_have":
        return False  # "Nice to have" heads its items, however its last word hangs
    return _WANTS_SOMEONE.fullmatch(key) is not None or (
        bool(words) and (words[-1] in _OPEN_CLAUSE_ENDS or words[-1] in _dangling_words())
    )


# The last words of a clause its next line finishes: "… who has", "… that can".
_OPEN_CLAUSE_ENDS = frozenset({"who", "that", "which", "has", "have", "is", "are", "can", "will"})


def _next_unmarked_item(previous: Line, stripped: str) -> bool:
    """Whether a line in small letters under a lead-in ("need someone who:" / "knows Zapier
    inside out" / "has done HubSpot workflows") is the next item of an unmarked list rather
    than the line before it carried on: that one ends whole, not on a word left hanging."""
    words = previous.text.split()
    return (
        previous.kind == LineKind.TEXT
        and stripped[:1].islower()
        and bool(words)
        and not previous.text.endswith((",", ":", "-", "–", "/", "("))
        and words[-1].casefold() not in _dangling_words()
    )


_NEIGHBOURS = 3  # lines each side that show how wide a paragraph's lines run


def _paragraph_widths(physical: list[_Physical]) -> list[int]:
    """The widest line of words (a link's run of letters aside) among each line's
    neighbours up to a blank line: a paragraph wrapped by a mail or a PDF breaks its lines
    near that width."""
    lengths = [len(line.text.strip()) if " " in line.text.strip() else 0 for line in physical]
    widths = [0] * len(physical)
    for index, line in enumerate(physical):
        if not line.text.strip():
            continue
        start = index
        while start > max(0, index - _NEIGHBOURS) and physical[start - 1].text.strip():
            start -= 1
        end = index + 1
        while end < min(len(physical), index + _NEIGHBOURS + 1) and physical[end].text.strip():
            end += 1
        widths[index] = max(lengths[start:end])
    return widths


_WRAP_SHARE = 0.6
_MAX_TYPED_ITEM = 50  # characters: a page's sentence cut by a link runs longer
_MIN_TYPED_ITEM_WORDS = 3  # a link's own words, cut from their sentence, are fewer
_MAX_TYPED_WIDTH = 120  # a page copied whole runs each paragraph on one longer line
# Words that carry a sentence on past a link cut from it, never open an item of a list.
_CARRYING_WORDS = frozenset(
    "to and or but that which who for of so is are was were be en und et y e ou oder o"
    " ist sind est sont es son é são zijn è in on with from by into as than like via"
    " including".split()
)


def _typed_break(above: str, stripped: str, width: int) -> bool:
    """Whether the short line above, under a heading, ended well short of its paragraph's
    width, with room left for this line's first word and no comma or word left hanging: a
    break typed between items ("English at C1 level" / "at least 2 years of translation"),
    never a wrap, nor a sentence a page cut at a link ("See our Privacy policy" / "for
    more info.")."""
    above = above.strip()
    words = above.split()
    first = stripped.split(maxsplit=1)[0]
    return (
        len(words) >= _MIN_TYPED_ITEM_WORDS
        and first[0].isalnum()
        and first.casefold() not in _CARRYING_WORDS
        and len(above) <= _MAX_TYPED_ITEM
        and len(above) + 1 + len(first) < _WRAP_SHARE * width <= _WRAP_SHARE * _MAX_TYPED_WIDTH
        and not above.endswith((",", "-", "–", "/", "(", "&", "+"))
        and words[-1].casefold() not in _dangling_words()
    )


def _continues(previous: Line, stripped: str) -> bool:
    """Whether a physical line carries on the logical line before it."""
    if previous.kind in (LineKind.BLANK, LineKind.HEADING):
        return stripped.startswith(":") and previous.kind == LineKind.HEADING
    if stripped.startswith(_CLOSING_MARKS):
        return True  # a link copied onto a line of its own ("Strong command of" / "SQL" / ".")
    if (
        _MARKER.match(stripped)
        or _SYMBOL_MARKER.match(stripped)
        or previous.text.endswith((".", "!", "?", ":", ";"))
    ):
        return False
    if previous.kind == LineKind.ITEM and _FIELD_AFTER_LIST.match(stripped):
        return False  # "• CI/CD in GitHub Actions" / "would love: Datadog, ArgoCD": a label's own
    if RECORD_FIELD.match(stripped) and RECORD_FIELD.match(previous.text):
        return False  # a dataset row's fields, one a line: "title: …" / "location: US, NY"
    words = previous.text.split()
    if words and words[-1].casefold() in _dangling_words():
        return True
    if len(words) <= _MAX_TAG_WORDS and " " not in stripped:
        return False  # a tag list's "dbt" or "npm" under "Google BigQuery": one of its own
    return stripped[0].islower()


def _classify(current: _Physical, physical: list[_Physical], index: int) -> Line:
    stripped = current.text.strip()
    offset = current.start + (len(current.text) - len(current.text.lstrip()))
    end = current.start + len(current.text.rstrip())
    if match := _MD_HEADING.match(stripped):
        return Line(offset, end, match.group(2).strip(), LineKind.HEADING, len(match.group(1)))
    if (match := _BOLD_LINE.match(stripped)) and _heading_like(match.group(1)):
        return Line(offset, end, match.group(1).strip(" :"), LineKind.HEADING, 3)
    if (
        (chat_bold := _CHAT_BOLD.match(stripped))
        and not stripped[chat_bold.end() :].strip(" :")
        and _heading_like(chat_bold.group(1))
    ):
        return Line(offset, end, chat_bold.group(1).strip(" :"), LineKind.HEADING, 3)
    if len(stripped) <= _MAX_FRAMED_CHARS and (framed := _FRAMED_HEADING.fullmatch(stripped)):
        return Line(offset, end, framed.group(1).strip(" :"), LineKind.HEADING, 3)
    if marker := _MARKER.match(stripped):
        return Line(offset + marker.end(), end, stripped[marker.end() :], LineKind.ITEM)
    if (quote := _QUOTE_MARKER.match(stripped)) and _quoted_under_a_label(physical, index):
        return Line(offset + quote.end(), end, stripped[quote.end() :], LineKind.ITEM)
    if (symbol := _SYMBOL_MARKER.match(stripped)) and symbol.end() < len(stripped):
        if _reaction_bar().fullmatch(stripped):
            return Line(offset, end, stripped, LineKind.TEXT)  # "⬆ 38 ⬇   💬 15   ↗ Share"
        mark = symbol.group().strip()
        listed = any(  # "✅ Grill/sauté experience" between "✅ …" lines is an item of theirs
            physical[i].text.strip().startswith(mark)
            for i in (index - 1, index + 1)
            if 0 <= i < len(physical)
        )
        rest = stripped[symbol.end() :]
        if not listed and _FIELD_AFTER_LIST.match(rest) and _under_a_bullet(physical, index):
            # "• Anglais apprécié" / "🚀 Prise de poste : dès que possible": a post's field
            # under its list of bullets ends the list
            return Line(offset + symbol.end(), end, rest, LineKind.HEADING, 3)
        return _after_symbol(rest, offset + symbol.end(), end, listed=listed)
    previous_blank = index == 0 or not physical[index - 1].text.strip()
    next_blank = index + 1 >= len(physical) or not physical[index + 1].text.strip()
    next_item = index + 1 < len(physical) and _MARKER.match(physical[index + 1].text.strip())
    # "Lottie   Some   Nice to have": a table's row whose last cell names a kind of section
    if not _is_table_row(stripped) and (
        _is_plain_heading(
            stripped,
            previous_blank=previous_blank,
            next_blank=next_blank,
            next_item=bool(next_item),
        )
        or (
            previous_blank
            and index + 1 < len(physical)
            and _is_paragraph(physical[index + 1].text)
            and (_is_own_heading(stripped) or _names_a_section_over_prose(stripped))
        )
    ):
        return Line(offset, end, stripped.rstrip(" :"), LineKind.HEADING, 3)
    return Line(offset, end, stripped, LineKind.TEXT)


# A field's label and its value: "Prise de poste : dès que possible", "Start: ASAP".
_FIELD_AFTER_LIST = re.compile(r"[^\W\d_][\w'’ -]{1,30}?\s?:\s+\S")
# A field of a record written out a line each, its key in small letters: "company_profile: …".


def _under_a_bullet(physical: list[_Physical], index: int) -> bool:
    """Whether the line right above is an item opened by a plain bullet ("• …", "- …")."""
    return index > 0 and _MARKER.match(physical[index - 1].text.strip()) is not None


# A heading of the posting's own words ("Money", "Where and when") is a few words over a
# paragraph, a blank line above it (over a list, it may be a group of the list above).
_MAX_OWN_HEADING_WORDS = 4
_MIN_PARAGRAPH_WORDS = 25


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _MIN_PARAGRAPH_WORDS


def _names_a_section_over_prose(text: str) -> bool:
    """A longer line naming a section over a paragraph ("A few things you might work on this
    year"), not a sentence of its own."""
    return (
        len(text.split()) <= _MAX_LABELLED_HEADING_WORDS
        and not text.endswith(_TERMINAL)
        and names_a_section(text)
        and not _states_requirement(text)
    )


def _is_own_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_OWN_HEADING_WORDS
        and text[0].isupper()
        and not text.endswith(_TERMINAL)
        and not re.search(r"\d|https?://|@|[|·•]", text)
        and not _states_requirement(text)
    )


# A chat's quoted line ("> 2+ shipped titles"): Discord and Reddit posters list with it.
_QUOTE_MARKER = re.compile(r"^>[ \t]+(?=\S)")


def _quoted_under_a_label(physical: list[_Physical], index: int) -> bool:
    """Whether a quoted line belongs to a run of them right under a line ending in a colon
    ("**Looking for:**"): a list set off that way; a mail's quoted reply is under no label."""
    for before in range(index - 1, -1, -1):
        line = physical[before].text.strip()
        if not _QUOTE_MARKER.match(line):
            return line.strip("*_ ").endswith(":")
    return False


def _after_symbol(rest: str, start: int, end: int, *, listed: bool = False) -> Line:
    """A line opened by a symbol: a heading when the rest names a section ("✅ Requirements:"),
    a "Label: value" line when a heading phrase labels it ("💰 Rate: $40/hr"), else an item;
    among lines opened by the same symbol (`listed`), a heading only when it is one whole."""
    short = rest.endswith(":") or len(rest.split()) < _MAX_SHORT_LINE_WORDS
    whole = rest.endswith(":") or heading_key(rest) in _exact_phrases()
    if names_a_section(rest) and short and (whole or not listed):
        return Line(start, end, rest.rstrip(" :"), LineKind.HEADING, 3)
    if _section_label(rest):
        return Line(start, end, rest, LineKind.TEXT)
    return Line(start, end, rest, LineKind.ITEM)


# A list's item opening on a label, a chat's emphasis around it ("*Must:* Python, SQL").
_ITEM_LABEL = re.compile(r"^[*_]{0,2}([^:*_]{2,40}?)\s*:[*_]{0,2}\s*(\S.*)$")


def _labelled_item(text: str) -> re.Match[str] | None:
    """An item whose label alone says its words are required or a plus ("Must: …",
    "Nice to have: …"): the rest is a section of that kind inside the list."""
    match = _ITEM_LABEL.match(text)
    if not match or heading_key(match.group(1)) not in _exact_phrases():
        return None
    return match if heading_kind(match.group(1)) in _ASKING_KINDS else None


def _section_label(text: str) -> re.Match[str] | None:
    """A "Label: value" line whose label is exactly a heading phrase ("Requirements: …")."""
    match = _LABEL.match(text)
    if not match or not match.group(2) or heading_key(match.group(1)) not in _exact_phrases():
        return None
    return match


def _lead_in(text: str) -> str:
    """A line that trails off into the list below ("You've done all of these things...")
    leads into it as a colon does."""
    for ellipsis in ("...", "…"):
        if text.endswith(ellipsis):
            return text.removesuffix(ellipsis).rstrip() + ":"
    return text


def _without_trailing_aside(text: str) -> str:
    """The text without a closing "(…)" of its own words."""
    opening = text.rfind("(")
    if not text.endswith(")") or opening <= 0 or ")" in text[opening:-1]:
        return text
    return text[:opening].rstrip() if text[opening - 1].isspace() else text


def _heading_like(text: str) -> bool:
    # "What's in it for you (apart from the ride of your life!)": the aside is no heading's.
    text = _lead_in(_without_trailing_aside(text.strip())).strip(" :")
    return (
        0 < len(text.split()) <= MAX_HEADING_WORDS + 4
        and not text.rstrip("?").endswith(_TERMINAL)  # "**Why join us?**" is a heading
        and "|" not in text
    )


# "You must know basic SEO": an obligation running on past its verb ("You should have" heads).
_YOU_MUST = re.compile(
    r"\W*you\s+(?:must|should|need\s+to|have\s+to|will\s+need)\s+\w+\s+\w[^:]*$", re.I
)
_ENDS_IF_YOU = re.compile(r"\bif(?: you(?:['’]ve| have| are|['’]re| can)?)?\W*$", re.IGNORECASE)


# A question answered yes or no opens with its verb.
_YES_OR_NO = re.compile(
    r"\W*(?:do|does|did|are|is|can|could|have|has|will|would|were|was)\b"
    # but "Is this you?", "Does this sound like you?", "Do you have what it takes?": a
    # heading over what is asked
    r"(?!\s+(?:this|that)\s+(?:sound\s+like\s+)?you\W*$)"
    r"(?!.*\bwhat it takes\W*$)",
    re.IGNORECASE,
)
# A question asked on a board's Q&A ("Q: What format do you need?", "Q1. …").
_ASKED_ON_A_BOARD = re.compile(r"\W*Q\d*\s*[:.)]\s")


# Between a table's cells: a tab, a wide gap, dot leaders ("Figma ...... 3+ ...... yes") or
# a bar; a table's row or header has this many cells at least.
CELL_GAP = re.compile(r"\t+|[ \t]{2,}|[ \t]*\.{2,}[ \t]*|[ \t]+\|[ \t]+")
MIN_TABLE_CELLS = 3


def _is_table_row(text: str) -> bool:
    """Whether the line is a table's row: three cells or more, fewer than two of them
    naming a section (a person specification's "Area / Essential / Desirable" heads its
    table)."""
    cells = [cell for cell in CELL_GAP.split(text.strip()) if cell]
    return len(cells) >= MIN_TABLE_CELLS and sum(map(names_a_section, cells)) < 2


# The gap between a page's buttons or menu entries copied as one line.
_BUTTON_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # a tab parts a table's cells


# A heading written as a question without its mark: "What makes you a great match".
_WH_HEADING = re.compile(r"\W*(?:what|who|why|where)\b", re.IGNORECASE)


# An item that asks for something: "Experience with …", "Hands-on knowledge of …".
_ASKS_FOR = re.compile(
    r"\W*(?:hands[- ]on\s+)?(?:experience|proficiency|knowledge|familiarity|expertise)\s+"
    r"(?:with|in|of|using)\s+\w",
    re.IGNORECASE,
)


def _is_plain_heading(
    text: str, *, previous_blank: bool, next_blank: bool, next_item: bool = False
) -> bool:
    if sign_off().fullmatch(text):
        return True  # "Sincerely," over the signature: the requirements above end here
    text = _lead_in(text)
    words = text.split()
    # "Who are we looking for?", "What makes you a great match" without its mark
    asked = text.endswith("?") or (_WH_HEADING.match(text) and not text.endswith(_TERMINAL))
    longest = _MAX_QUESTION_WORDS if _WH_HEADING.match(text) else MAX_HEADING_WORDS
    if asked and 0 < len(words) <= longest and names_a_section(text):
        # not a board's yes-or-no question to the applicant ("Do you have a valid forklift
        # licence?") or a question on its Q&A
        return _YES_OR_NO.match(text) is None and _ASKED_ON_A_BOARD.match(text) is None
    if (
        text.endswith(":")
        and len(words) <= _MAX_LABELLED_HEADING_WORDS
        and not re.search(r"[.!?]", text)
        and names_a_section(text)
    ):
        return True  # "What you'll handle as our night-shift dispatcher:"
    if not words or len(words) > MAX_HEADING_WORDS or text.endswith(_TERMINAL):
        return False
    if (_ENDS_IF_YOU.search(text) and names_a_section(text)) or (
        next_item and _ASKS_THE_LIST.search(heading_key(text))
    ):
        return True  # "You might be a fit if (you)", "… someone who has": the list finishes it
    if previous_blank and next_item and names_a_section(text) and not _states_requirement(text):
        return True  # "Not required but we'd love it", right over its list
    if text.endswith(":") and not re.search(r"[.!?]", text):
        return True
    label, colon, value = text.partition(":")
    if colon and value.strip() and heading_kind(label) in (None, "other"):
        return False  # a site's field and its value: "Experience Level: Intermediate"
    if _YOU_MUST.match(text):
        return False  # "You must know basic SEO": a requirement, if "must know" heads lists
    # a bilingual heading counts the words of one of its languages: "Ons aanbod / What we
    # offer", each side a heading ("Motion Matching / Pose Search experience" is an item)
    parts = text.split(" / ")
    bilingual = len(parts) == 2 and all(names_a_section(part) for part in parts)
    side = max((part.split() for part in parts), key=len) if bilingual else words
    if len(side) <= _MAX_SHORT_LINE_WORDS - 1 and names_a_section(text):
        # "Spanish is a bonus" rates an item; "Bonus points" heads a list; "Experience with
        # integrating RESTful services" is an item of it.
        return _RATES_AN_ITEM.search(text) is None and not _ASKS_FOR.match(text)
    if previous_blank and next_blank and names_a_section(text) and not _states_requirement(text):
        return True  # "What you'd be doing in this role", on its own between blank lines
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return True
    return (
        previous_blank
        and next_blank
        and len(words) <= _MAX_SHORT_LINE_WORDS
        and text[0].isupper()
        and not re.search(r"https?://|@", text)
        and not _states_requirement(text)  # "Proficient with Sass" on its own is no heading
    )


@cache
def _requirement_statement() -> re.Pattern[str]:
    return re.compile(load_json("posting_vocabulary.json")["prose_requirement"], re.IGNORECASE)


def _states_requirement(text: str) -> bool:
    return _requirement_statement().search(text) is not None


def _promote_label(line: Line, text: str) -> Line:
    """A text line "Requirements: Python, SQL" whose label is a heading becomes that heading.

    Only labels that are a heading phrase exactly count: "Cloud Skills: …" is a
    requirement written as a label, not a section.
    """
    if line.kind == LineKind.ITEM:
        match = _labelled_item(line.text)  # "• *Must:* strong Python, solid SQL" in a chat
    elif line.kind == LineKind.TEXT:
        match = _section_label(line.text)
    else:
        return line
    if not match:
        return line
    # an item's label ends at its colon; a line's, at its colon or spaced dash
    ends = _ITEM_LABEL_END if line.kind == LineKind.ITEM else _LABEL_END
    label_end = ends.search(text, line.start, line.end)
    value_start = label_end.end() if label_end else line.end
    after = text[value_start : line.end]
    inline_start = value_start + len(after) - len(after.lstrip(" \t*_"))
    return Line(
        line.start,
        line.end,
        match.group(1).strip(),
        LineKind.HEADING,
        3,
        inline=match.group(2),
        inline_start=inline_start,
    )
