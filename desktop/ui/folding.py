"""Which parts of a posting's text start folded away on its Posting tab, and the words that
tell its folded blocks apart in the list of sections.

Folding hides the site's chrome: its menus, footers, panels, cookie banners and legal text.
The reader also marks the site's labelled facts as the site's own lines ("$40.00-$60.00" over
"Hourly", "1 to 3 months" over "Duration", "Pay" over "$21.50 an hour"), beside and between
lines it leaves to the posting, and folding those split a value from its label: "Less than 30
hrs/week", "Hours needed", "Duration" shown with "1 to 3 months" folded away between them.

So, for a block of the site's own lines under the posting's title:
- a fold never cuts through a run of short lines: a block that meets a short line left shown,
  with no blank line between them, is shown too (and so on along the run);
- a block that states a figure or a labelled value ("$350.00", "Project Type: Ongoing
  project") among the posting's lines is shown;
- a block the reader joined across blank lines is weighed paragraph by paragraph, so that a
  menu's paragraph beside the facts still folds.
Blocks above the title (the site's header and menu) fold whatever they meet, and so do the
site's footers, panels, banners and legal text, which begin at a heading of their own.

No Qt here: the rules are tested on their own, and the list's model asks them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop.domain.reading.kinds import SectionKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.domain.reading.sections import Section

# Set apart: the employer's own words are what matter.
COLLAPSED = frozenset({SectionKind.BOILERPLATE, SectionKind.LEGAL})
# The site's own lines among the posting's: its menus and buttons, and the fields it labels.
# (BoilerplateKind.NAVIGATION, compared as its value: this module loads no reader.)
_SITE_LINES = "navigation"
_FACT_WORDS = 8  # a label or a fact: "Less than 30 hrs/week", "$21.50 - $24.00 an hour"
_FACT_CHARS = 80
_SENTENCE_END = (".", "!", "?")
_BREAK = re.compile(r"\r\n|\r|\n")
_TITLE_LINES = 200  # where a page's title is looked for, under its menus
_WORDS_LINE = re.compile(r"[^\r\n]+")
# "Project Type: Ongoing project": a label of a few words, then its value
_LABELLED = re.compile(r"[^\W\d_][\w'’/&()-]*(?:[ \t]+[\w'’/&()-]+){0,3}:[ \t]+\S")
_BULLET = re.compile(r"^[\s\-–—•·*>]+")
_MARKUP = re.compile(r"[*_#`]+")
_NAME_CHARS = 40  # a section's name in its list, within a narrow pane
_FIRST_WORDS = 24  # of a block named by its first line, beside its kind
_TIP_LINES = 4
_TIP_CHARS = 90


class _Lines:
    """The text's lines as the display breaks them (CRLF, CR or LF), each read when asked:
    a posting of 2 MB is mostly lines no fold touches."""

    def __init__(self, text: str) -> None:
        self._text = text
        breaks = [match.span() for match in _BREAK.finditer(text)]  # one pass over the text
        self._ends = [start for start, _ in breaks] + [len(text)]
        self.starts = [0] + [end for _, end in breaks]
        self._words: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def at(self, position: int) -> int:
        """The line holding a position."""
        return max(0, bisect_right(self.starts, position) - 1)

    def end(self, index: int) -> int:
        """Where the line's words end, before its break."""
        return self._ends[index]

    def words(self, index: int) -> str:
        if index not in self._words:
            self._words[index] = self._text[self.starts[index] : self._ends[index]].strip()
        return self._words[index]

    def blank(self, index: int) -> bool:
        return not self.words(index)

    def short(self, index: int) -> bool:
        """A label or a fact: "Duration", "Less than 30 hrs/week", "$21.50 - $24.00 an
        hour"; not a sentence."""
        words = self.words(index)
        return (
            bool(words)
            and len(words) <= _FACT_CHARS
            and len(words.split()) <= _FACT_WORDS
            and not words.endswith(_SENTENCE_END)
        )


@dataclass(frozen=True)
class Fold:
    """A section, or a paragraph of one, as the list of sections shows it."""

    section: Section
    folded: bool  # at first; the user may unfold it


def folds(text: str, sections: Sequence[Section], title: str = "") -> list[Fold]:
    """The sections in text order, the site's own blocks split where a fold would otherwise
    cut a short fact from its label, each with whether it starts folded. Above the posting's
    `title` (the first line holding it) or its first shown line, whichever comes later, is
    the site's header, folded whole."""
    if not text:
        return [Fold(s, s.kind in COLLAPSED) for s in sections]
    lines = _Lines(text)
    parts: list[tuple[int, Section, int, int]] = []  # (section's row, part, first, last line)
    for row, section in enumerate(sections):
        first = lines.at(section.start)
        last = lines.at(max(section.start, section.end - 1))
        if _weighed(section):
            for run_first, run_last in _paragraphs(lines, first, last):
                start, end = lines.starts[run_first], lines.end(run_last)
                parts.append((row, replace(section, start=start, end=end), run_first, run_last))
        else:
            parts.append((row, section, first, last))
    folded = [part.kind in COLLAPSED for _, part, _, _ in parts]
    firsts = [first for _, _, first, _ in parts]
    headings = {
        lines.at(part.start)
        for _, part, _, _ in parts
        if part.heading and part.kind not in COLLAPSED
    }

    def shown(index: int) -> bool:
        """Whether the line is a shown one with words (in no section, or in a shown one)."""
        if not 0 <= index < len(lines) or lines.blank(index):
            return False
        at = bisect_right(firsts, index) - 1
        return at < 0 or parts[at][3] < index or not folded[at]

    top = next((index for index in range(len(lines)) if shown(index)), len(lines))
    key = _letters(title)
    if key:
        # a page's title sits over the posting's first paragraph; one read from a line
        # further down ("Position: Registered Nurse") says nothing of the header
        head = range(top, min(len(lines), top + _TITLE_LINES))
        for index in head:
            if key in _letters(lines.words(index)):
                top = index
                break
            if shown(index) and not lines.short(index):
                break

    bottom = next((i for i in range(len(lines) - 1, -1, -1) if shown(i)), -1)

    def meets_a_fact(at: int) -> bool:
        _, _, first, last = parts[at]
        if last < top:
            return False  # the site's header over the posting
        if last < bottom and _states_facts(lines, first, last):
            return True
        above = first - 1
        if shown(above) and lines.short(above) and lines.short(first):
            return True
        below = last + 1
        return (
            shown(below)
            and below not in headings  # a heading names what follows it
            and lines.short(below)
            and lines.short(last)
        )

    waiting = [at for at in range(len(parts)) if folded[at] and _weighed(parts[at][1])]
    while waiting:
        at = waiting.pop()
        if folded[at] and _weighed(parts[at][1]) and meets_a_fact(at):
            folded[at] = False
            waiting.extend(n for n in (at - 1, at + 1) if 0 <= n < len(parts) and folded[n])
    return _joined(parts, folded)


def _states_facts(lines: _Lines, first: int, last: int) -> bool:
    """Whether a paragraph of the site's lines states a figure or a labelled value:
    "$350.00", "1 to 3 months", "Columbus, OH 43228", "Project Type: Ongoing project",
    "Hourly: $30-$50 - Intermediate - Est. time: 1 to 3 months"; a menu's words hold
    neither."""
    return any(
        any(char.isdigit() for char in lines.words(i)) or _LABELLED.match(lines.words(i))
        for i in range(first, last + 1)
    )


def _weighed(section: Section) -> bool:
    """The site's own lines among the posting's, which may hold its labelled facts; its
    footers, panels and banners begin at a heading of their own and fold whole."""
    return section.kind == SectionKind.BOILERPLATE and section.detail == _SITE_LINES


def _paragraphs(lines: _Lines, first: int, last: int) -> list[tuple[int, int]]:
    """The runs of lines with words in lines first to last."""
    runs: list[tuple[int, int]] = []
    begun: int | None = None
    for index in range(first, last + 1):
        if lines.blank(index):
            if begun is not None:
                runs.append((begun, index - 1))
                begun = None
        elif begun is None:
            begun = index
    if begun is not None:
        runs.append((begun, last))
    return runs or [(first, last)]


def _joined(parts: list[tuple[int, Section, int, int]], folded: list[bool]) -> list[Fold]:
    """Paragraphs of one section side by side in one state as one block again."""
    joined: list[Fold] = []
    rows: list[int] = []
    for (row, part, _, _), hidden in zip(parts, folded, strict=True):
        if joined and rows[-1] == row and joined[-1].folded == hidden:
            previous = joined[-1].section
            joined[-1] = Fold(replace(previous, end=part.end), hidden)
        else:
            joined.append(Fold(part, hidden))
            rows.append(row)
    return joined


def _lines_of(text: str, section: Section, most: int) -> list[str]:
    """Up to `most` of the section's lines with words, cleaned; read no further."""
    words = []
    for match in _WORDS_LINE.finditer(text, section.start, section.end):
        cleaned = " ".join(_MARKUP.sub(" ", _BULLET.sub("", match.group())).split())
        if cleaned:
            words.append(cleaned)
            if len(words) == most:
                break
    return words


def section_name(label: str, heading: str) -> str:
    """ "Requirements: What you bring", or the heading alone when it says what the label
    says ("Responsibilities", not "Responsibilities: Responsibilities"); a heading's markup
    ("Nice to Haves_", "**Perks**") left out."""
    heading = " ".join(_MARKUP.sub(" ", heading).split()).strip(" :")
    if not heading:
        return label
    if _letters(heading) == _letters(label):
        return heading
    return f"{label}: {heading}"


def _letters(words: str) -> str:
    return "".join(char for char in words if char.isalnum()).casefold()


def block_name(label: str, section: Section, text: str) -> str:
    """What the list calls a section: its heading, else the first words it holds ("Job-board
    text: Activity on this job …"), so that blocks of one kind differ."""
    if section.heading or not text:
        return section_name(label, section.heading)
    held = _lines_of(text, section, 2)
    if not held:
        return label
    words = _cut(held[0], _FIRST_WORDS)
    named = section_name(label, words)
    more = len(held) > 1 and not words.endswith("…")
    return f"{named} …" if more else named


def shortened(name: str) -> str:
    """A name within the list's width: its start, whole words."""
    return _cut(name, _NAME_CHARS)


def _cut(words: str, most: int) -> str:
    if len(words) <= most:
        return words
    return (words[:most].rsplit(" ", 1)[0].rstrip(",;:-–—") or words[:most]) + "…"


def distinct(names: list[str]) -> list[str]:
    """Names that repeat numbered from their second: "Job-board text: Apply now (2)"."""
    counts = Counter(names)
    seen: Counter[str] = Counter()
    told = []
    for name in names:
        seen[name] += 1
        told.append(f"{name} ({seen[name]})" if counts[name] > 1 and seen[name] > 1 else name)
    return told


def held_lines(text: str, section: Section) -> str:
    """The block's first lines, for its tooltip."""
    held = _lines_of(text, section, _TIP_LINES + 1)
    shown = [line if len(line) <= _TIP_CHARS else line[:_TIP_CHARS] + "…" for line in held]
    more = "\n…" if len(held) > _TIP_LINES else ""
    return "\n".join(shown[:_TIP_LINES]) + more
