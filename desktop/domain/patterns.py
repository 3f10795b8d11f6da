"""Many regular expressions from resources/ searched over one text in one pass.

Searched one by one, each pattern is a pass over the whole text: the red-flag catalogue's
fifty patterns, fifty passes. Most of them open, in every alternative, with \\b and a word
("\\bgift ?cards?", "\\b(?:zelle|cash ?app)\\b"). Those words, read from the patterns as they
are written, make one trie that few places in a text get past; only there are the patterns
tried, and each finds exactly what its own search would. A pattern whose opening words
cannot be read is searched on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.domain.phrases import alternation

# One unit of a pattern as written: an escape, a character set, or a single character.
_UNIT = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.DOTALL)
# Characters that stand for themselves, each one a match cannot do without (no quantifier).
_LITERAL = re.compile(r"(?:[^.^$*+?{}\[\]\\|()](?![?*+{]))*")
_WORD_CHAR = re.compile(r"\w")
# The flags a joined pattern keeps, as scoped inline flags ("(?i:…)").
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_JOINABLE_FLAGS = re.UNICODE | re.IGNORECASE | re.MULTILINE | re.DOTALL


class PatternSet:
    """Patterns searched over a text together; see the module."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        opening = {pattern: words for pattern in patterns if (words := _openings(pattern))}
        self._joined = frozenset(opening)
        loose = {w for p, words in opening.items() if p.flags & re.IGNORECASE for w in words}
        exact = {w for p, words in opening.items() if not p.flags & re.IGNORECASE for w in words}
        tries = [f"(?i:{alternation(loose, ignore_case=True)})"] if loose else []
        tries += [alternation(exact)] if exact else []
        joined = (f"(?{_scoped_flags(p)}:{p.pattern})" for p in opening)
        self._starts = re.compile(rf"\b(?={'|'.join(tries)})(?={'|'.join(joined)})")

    def over(self, text: str) -> Found:
        """Where the patterns match in the text: one pass for all the joined ones."""
        starts = [match.start() for match in self._starts.finditer(text)] if self._joined else []
        return Found(text, starts, self._joined)


@dataclass(frozen=True)
class Found:
    """A PatternSet's patterns over one text."""

    text: str
    starts: list[int]  # where one of the joined patterns matches
    joined: frozenset[re.Pattern[str]]

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """What pattern.finditer(text) finds."""
        if pattern not in self.joined:
            yield from pattern.finditer(self.text)
            return
        end = 0
        for start in self.starts:
            if start >= end and (match := pattern.match(self.text, start)):
                yield match
                end = match.end()  # never empty: it opens with a word

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """What pattern.search(text) finds."""
        return next(self.finditer(pattern), None)


def _openings(pattern: re.Pattern[str]) -> list[str] | None:
    """The words every match opens with, read from the pattern: each alternative opens with
    \\b and a word, or with a group of alternatives that each open with one. None when it
    does not, or when joining could change it: its groups would be numbered anew, and a "#"
    may open a comment, whose parentheses do not count."""
    if pattern.groups or "#" in pattern.pattern or pattern.flags & ~_JOINABLE_FLAGS:
        return None
    words: list[str] = []
    for branch in _branches(pattern.pattern):
        found = _opening(branch[2:]) if branch.startswith(r"\b") else None
        if branch.startswith("^"):  # a line's first word also stands at a word boundary
            found = _opening(branch[1:])
            found = found if found and all(_WORD_CHAR.match(word) for word in found) else None
        if found is None:
            return None
        words += found
    return words


def _opening(source: str) -> list[str] | None:
    """The words `source` opens with: its leading literal characters, or those of each
    alternative in the group it opens with (and of what follows, if the group may be skipped)."""
    if not source.startswith("(?:"):
        word = _LITERAL.match(source)
        return [word.group()] if word and word.group() else None
    end = _group_end(source)
    branches = _branches(source[3 : end - 1])
    if source[end : end + 1] in ("?", "*"):
        branches.append(source[end + 1 :])
    elif source[end : end + 1] == "{":
        return None  # it may be skipped or not: not worth reading
    words: list[str] = []
    for branch in branches:
        found = _opening(branch)
        if found is None:
            return None
        words += found
    return words


def _branches(source: str) -> list[str]:
    """The alternatives of a pattern outside its groups ("a|(b|c)" → "a", "(b|c)")."""
    branches, depth, start = [], 0, 0
    for unit in _UNIT.finditer(source):
        depth += (unit.group() == "(") - (unit.group() == ")")
        if unit.group() == "|" and depth == 0:
            branches.append(source[start : unit.start()])
            start = unit.end()
    return [*branches, source[start:]]


def _group_end(source: str) -> int:
    """Where the group `source` opens with ends, after its closing parenthesis."""
    depth = 0
    for unit in _UNIT.finditer(source):
        depth += (unit.group() == "(") - (unit.group() == ")")
        if depth == 0:
            return unit.end()
    return len(source)


def _scoped_flags(pattern: re.Pattern[str]) -> str:
    return "".join(letter for flag, letter in _SCOPED_FLAGS if pattern.flags & flag)
