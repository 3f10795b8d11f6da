"""Many regular expressions from resources/ searched over one text in one pass.

Searched one by one, each pattern is a pass over the whole text: the red-flag catalogue's
fifty patterns, fifty passes. Most of them open, in every alternative, with \\b and a word
("\\bgift ?cards?", "\\b(?:zelle|cash ?app)\\b"). Those words, read from the patterns as they
are written, make one trie that few places in a text get past; only there, and only the
patterns that open with the word found, are tried, and each finds exactly what its own search
would. A pattern whose opening words cannot be read is searched on its own, and only in a text
holding, for one of its alternatives, every run of letters that alternative must match
("hybr" of "[·|•]\\s*hybr"): most texts hold none, and a substring test costs next to nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from desktop.domain.phrases import alternation

# One unit of a pattern as written: an escape, a character set, or a single character.
_UNIT = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.DOTALL)
# Characters that stand for themselves (an escaped stop too), each one a match cannot do
# without (no quantifier).
_LITERAL = re.compile(r"(?:\\\.(?![?*+{])|[^.^$*+?{}\[\]\\|()](?![?*+{]))*")
_WORD_CHAR = re.compile(r"\w")
# The flags a pattern whose opening words are scanned for may carry.
_JOINABLE_FLAGS = re.UNICODE | re.IGNORECASE | re.MULTILINE | re.DOTALL
# A quantifier as written after a unit, with its lazy or possessive mark.
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_AT_LEAST_ONCE = re.compile(r"\+|\{0*[1-9]")  # "x+", "x{2,}": x stands at least once
# A run shorter than this is in most texts: a group's words tell more.
_USEFUL_RUN = 3
_SIGN = re.compile(r"[^\w\s]")
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_GROUP_DEPTH = 2
# Escapes the units above read one character short; a verbose pattern's flag.
_WIDE_ESCAPE = re.compile(r"\\[uUxN0-9]|\(\?[a-z]*x")
# What a text is lowered to for the runs: str.lower() but for the letters that a search
# ignoring case takes as "i" or "s" and lower() does not ("İ" lowers to "i" and a dot).
_IN_PLACE = (("\u0131", "i"), ("\u017f", "s"))
_AS_SEARCHED = (("\u0307", ""), *_IN_PLACE)
_IN_PLACE_LETTERS = frozenset(letter for letter, _ in _IN_PLACE)


class Searchable(Protocol):
    """What a PatternSet needs of a pattern: its source and flags, and its searches (a
    compiled pattern, or one compiled on its first search)."""

    @property
    def pattern(self) -> str: ...
    @property
    def flags(self) -> int: ...
    @property
    def groups(self) -> int: ...
    def match(self, string: str, pos: int = 0, endpos: int = ...) -> re.Match[str] | None: ...
    def finditer(self, string: str, pos: int = 0, endpos: int = ...) -> Iterator[re.Match[str]]: ...


class DeferredPattern:
    """A pattern compiled on its first search. A catalogue of hundreds of patterns, most of
    which a text's scan rules out, then costs each process the compiling of those a text may
    match, not of all of them (70 ms at the start of every command that reads a posting)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def groups(self) -> int:
        """Its capturing groups, counted from the source as written: "(" not opening "(?",
        and "(?P<name>"."""
        source = self.pattern
        return sum(
            1
            for unit in _UNIT.finditer(source)
            if unit.group() == "("
            and (source[unit.end() : unit.end() + 1] != "?" or source.startswith("?P<", unit.end()))
        )

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)


class PatternSet:
    """Patterns searched over a text together; see the module."""

    def __init__(self, patterns: Iterable[Searchable]) -> None:
        patterns = list(patterns)
        opening = {pattern: words for pattern in patterns if (words := _openings(pattern))}
        self._joined = frozenset(map(id, opening))
        self._needed = {
            id(pattern): runs
            for pattern in patterns
            if id(pattern) not in self._joined and (runs := _needed_runs(pattern))
        }
        self._scans: list[_Scan] = []
        for loose in (True, False):
            owners: dict[str, list[Searchable]] = {}
            for pattern, words in opening.items():
                if bool(pattern.flags & re.IGNORECASE) == loose:
                    for word in words:
                        owners.setdefault(_key(word, loose), []).append(pattern)
            if not owners:
                continue
            # The scan finds the longest word at a place, which stands for every word it
            # begins with: "remote" for the patterns opening with "re" too.
            candidates = {
                word: tuple(
                    dict.fromkeys(
                        id(p) for end in range(1, len(word) + 1) for p in owners.get(word[:end], ())
                    )
                )
                for word in owners
            }
            trie = alternation(owners, ignore_case=loose)
            # Deferred: a scan ignoring case is searched only over a text `lowered` cannot
            # search ("İ" in it), and compiling it costs a command 20-30 ms.
            scan = DeferredPattern(rf"\b(?=({'(?i:' if loose else '(?:'}{trie})))")
            # Minding case over the lowered text, the same words are found twice as fast;
            # "ı" and "ſ" in the words are then the "i" and "s" they match too.
            folded: dict[str, tuple[int, ...]] = {}
            for word, keys in candidates.items() if loose else ():
                folded[_fold(word)] = tuple(dict.fromkeys((*folded.get(_fold(word), ()), *keys)))
            lowered = re.compile(rf"\b(?=({alternation(folded)}))") if loose else None
            self._scans.append(_Scan(scan, lowered, candidates, folded))

    def over(self, text: str) -> Found:
        """Where each joined pattern may match, the places its opening words stand: one pass
        for the patterns that ignore case, one for those that do not."""
        starts: dict[int, list[int]] = {}
        for scan in self._scans:
            every: tuple[int, ...] = ()
            in_place = _lowered_in_place(text) if scan.lowered else None
            if in_place is not None and scan.lowered is not None:
                matches, candidates = scan.lowered.finditer(in_place), scan.folded
            else:
                matches, candidates = scan.pattern.finditer(text), scan.candidates
            for match in matches:
                word = match.group(1)
                found = candidates.get(word.lower() if scan.lowered else word)
                if found is None:
                    # A letter the scan matches without case but lower() maps to two ("İ" to
                    # "i̇"): every pattern of the scan is tried there.
                    every = every or tuple(
                        dict.fromkeys(k for ks in scan.candidates.values() for k in ks)
                    )
                    found = every
                start = match.start()
                for key in found:
                    if key in starts:
                        starts[key].append(start)
                    else:
                        starts[key] = [start]
        return Found(text, starts, self._joined, self._needed)


@dataclass(frozen=True)
class _Scan:
    """One pass for the patterns of one letter case: `pattern` over the text, or for those
    ignoring case, `lowered` over the text in lower case when that keeps every place."""

    pattern: DeferredPattern
    lowered: re.Pattern[str] | None
    candidates: dict[str, tuple[int, ...]]  # ids of the patterns each word found may open
    folded: dict[str, tuple[int, ...]]  # the same by the words `lowered` finds


@dataclass(frozen=True)
class Found:
    """A PatternSet's patterns over one text.

    Patterns are known by their id(): hashing a compiled pattern hashes its whole code each
    time (12 µs for a two-thousand-word one), and the set holds every pattern it knows.
    """

    text: str
    starts: dict[int, list[int]]  # where each joined pattern's opening stands
    joined: frozenset[int]
    needed: dict[int, tuple[tuple[str, ...], ...]]  # the others': one set of runs stands

    @cached_property
    def lowered(self) -> str:
        lowered = self.text.lower()
        for letter, searched in _AS_SEARCHED:  # rare: tested first (translate costs 0.1 ms)
            if letter in lowered:
                lowered = lowered.replace(letter, searched)
        return lowered

    @cached_property
    def _ruled_out(self) -> frozenset[int]:
        """The patterns that cannot match: joined ones whose opening words stand nowhere,
        and those lacking, for each of their alternatives, a run of letters it needs."""
        lowered = self.lowered if self.needed else ""
        lacking = [
            key
            for key, needed in self.needed.items()
            if not any(all(run in lowered for run in runs) for runs in needed)
        ]
        return self.joined.difference(self.starts).union(lacking)

    def may_match(self, pattern: Searchable) -> bool:
        """Whether the pattern can match at all: its opening words stand somewhere, or the
        runs of letters it needs are in the text. Cheaper than starting its search, for a
        catalogue of hundreds of patterns most texts hold none of."""
        return id(pattern) not in self._ruled_out

    def finditer(self, pattern: Searchable) -> Iterator[re.Match[str]]:
        """What pattern.finditer(text) finds."""
        key = id(pattern)
        if key in self._ruled_out:
            return
        if key not in self.joined:
            yield from pattern.finditer(self.text)
            return
        end, text = 0, self.text
        # A deferred pattern's own match, not its wrapper: tried at hundreds of places a text
        at = pattern.compiled().match if isinstance(pattern, DeferredPattern) else pattern.match
        for start in self.starts[key]:
            if start >= end and (match := at(text, start)):
                yield match
                end = match.end()  # never empty: it opens with a word

    def search(self, pattern: Searchable) -> re.Match[str] | None:
        """What pattern.search(text) finds."""
        return next(self.finditer(pattern), None)


class IgnoringCase:
    """A pattern that ignores case, searched minding case over the text lowered where that
    finds the same: sre otherwise lowers each letter it compares, two to four times slower
    over the sentences the reader asks a dozen such questions of. Only where and whether it
    matches is told, never what: the lowered text's letters are not the text's."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._minding = re.compile(source, flags) if _lowers_alike(source) else None

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The pattern ignoring case, compiled when first needed: most are searched only
        minding case, over lowered text."""
        return re.compile(self._source, self._flags | re.IGNORECASE)

    def start_in(self, text: str) -> int | None:
        """Where the pattern first matches in the text; None when it does not."""
        pattern, searched = self._over(text)
        match = pattern.search(searched)
        return match.start() if match else None

    def last_end_in(self, text: str) -> int | None:
        """Where the pattern's last match in the text ends; None when it does not match."""
        pattern, searched = self._over(text)
        return max((match.end() for match in pattern.finditer(searched)), default=None)

    def found_in(self, text: str) -> bool:
        pattern, searched = self._over(text)
        return pattern.search(searched) is not None

    def matches_whole(self, text: str) -> bool:
        pattern, searched = self._over(text)
        return pattern.fullmatch(searched) is not None

    def _over(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to search and the text to search it over."""
        lowered = _lowered_in_place(text) if self._minding is not None else None
        if lowered is None or self._minding is None:
            return self.pattern, text
        return self._minding, lowered


def _lowers_alike(source: str) -> bool:
    """Whether the pattern, minding case, finds over lowered text what it finds ignoring
    case over the text: each letter of its own (escapes aside) one that re.IGNORECASE
    matches exactly where lower() gives it, no escape of a character by its number, no flag
    turned off inside it."""
    if _WIDE_ESCAPE.search(source) or "(?-" in source:
        return False
    bare = _ESCAPE.sub("", source)
    return all(_matched_as_lowered(char) for char in bare if char.isalpha())


def _matched_as_lowered(letter: str) -> bool:
    """A lower-case Latin letter (ASCII, or U+00C0 to U+024F), but "ı" and "ſ": a search
    ignoring case matches those where the text has "i" and "s" too. The micro sign, Greek
    and Cyrillic letters have such twins as well, and are left to the search ignoring case."""
    latin = letter.isascii() or "\u00c0" <= letter <= "\u024f"
    return latin and letter.islower() and letter not in _IN_PLACE_LETTERS


def _lowered_in_place(text: str) -> str | None:
    """The text as a search ignoring case compares it, letter for letter in place: lower()
    with "ı" and "ſ" as the "i" and "s" they match; None when a letter lowers to two ("İ")."""
    lowered = text.lower()
    return _fold(lowered) if len(lowered) == len(text) else None


def _fold(lowered: str) -> str:
    for letter, searched in _IN_PLACE:
        if letter in lowered:
            lowered = lowered.replace(letter, searched)
    return lowered


def _key(word: str, loose: bool) -> str:
    """A word as the scan of its letter case compares it."""
    return word.lower() if loose else word


def _openings(pattern: Searchable) -> list[str] | None:
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
        word = _LITERAL.match(source)  # an escaped stop stands for itself: "t\.me"
        return [word.group().replace("\\.", ".")] if word and word.group() else None
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


def _needed_runs(pattern: Searchable) -> tuple[tuple[str, ...], ...] | None:
    """For each alternative, the runs of letters (lowered) every match of it holds, all of
    them; None when an alternative has none, or when the pattern's spaces may not be
    literal or it holds escapes of several characters ("\\x41", "\\u00e9", a back-reference)."""
    if pattern.flags & re.VERBOSE or _WIDE_ESCAPE.search(pattern.pattern):
        return None
    needed: list[tuple[str, ...]] = []
    for branch in _branches(pattern.pattern):
        needs = _branch_needs(branch)
        if not needs:
            return None
        needed += [tuple(run.lower() for run in runs) for runs in needs]
    return tuple(needed)


def _branch_needs(branch: str, depth: int = 0) -> list[tuple[str, ...]] | None:
    """Sets of runs one of which every match of `branch` holds whole: its runs of three
    letters or more ("remote" and "hybrid" of "remote\\s*/\\s*hybrid"), or, without any, the
    runs of each alternative of a group it cannot do without ("[$€£]\\d+ (?:kit|package)"
    needs "kit" or "package"), or its longest run."""
    runs = list(_literal_runs(branch))
    # A short run holding a sign ("@", "%", "!") is rarer in prose than most words: tested
    # beside the words, it leaves out most texts.
    signs = tuple(run for run in runs if len(run) < _USEFUL_RUN and _SIGN.search(run))
    useful = tuple(run for run in runs if len(run) >= _USEFUL_RUN)
    if useful:
        return [useful + signs]
    if depth < _GROUP_DEPTH:
        for inner in _required_groups(branch):
            each = [_branch_needs(alternative, depth + 1) for alternative in _branches(inner)]
            if all(
                needs and all(any(len(run) >= _USEFUL_RUN for run in runs) for runs in needs)
                for needs in each
            ):
                return [runs + signs for needs in each if needs for runs in needs]
    longest = max(runs, key=len, default="")
    return [(longest,)] if longest else None


def _required_groups(source: str) -> Iterator[str]:
    """The insides of the plain groups `source` must match (not optional, no look-around)."""
    at = 0
    while at < len(source):
        unit = _UNIT.match(source, at)
        assert unit is not None
        at = unit.end()
        if unit.group() != "(":
            continue
        end = unit.start() + _group_end(source[unit.start() :])
        group = source[unit.start() : end]
        quantifier = _QUANTIFIER.match(source, end)
        at = quantifier.end() if quantifier else end
        if quantifier and quantifier.group()[0] != "+":
            continue  # it may be left out
        if group.startswith("(?:"):
            yield group[3:-1]
        elif not group.startswith("(?"):
            yield group[1:-1]


def _literal_runs(source: str) -> Iterator[str]:
    """The runs of plain characters (ASCII, or Latin letters a search ignoring case finds
    only where the text lowered has them) a match of `source` (one alternative) must hold
    in order, each unit once: a group, a set, a class escape, an anchor, a unit that may be
    left out or repeated (after its first), ends a run."""
    run, at = "", 0
    while at < len(source):
        unit = _UNIT.match(source, at)
        assert unit is not None  # _UNIT matches any character
        text, at = unit.group(), unit.end()
        if text == "(":
            at = unit.start() + _group_end(source[unit.start() :])
            text = ""  # a group, looked past: it need not be there
        if text.startswith("\\"):  # an escaped sign stands for itself, a letter for a class
            literal = text[1:] if len(text) == 2 and not text[1].isalnum() else ""
        else:
            literal = text if text not in "^$.|" else ""
        plain = len(literal) == 1 and (literal.isascii() or _matched_as_lowered(literal.lower()))
        quantifier = _QUANTIFIER.match(source, at)
        if quantifier:
            at = quantifier.end()
        if plain and (not quantifier or _AT_LEAST_ONCE.match(quantifier.group())):
            run += literal
        if not plain or quantifier:
            yield run
            run = ""
    yield run


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
