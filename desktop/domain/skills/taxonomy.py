"""The skills taxonomy: canonical names, aliases, categories and what implies what.

Two data files in resources/skills/ make it: Gigdesk's own curated list (with
aliases, categories and implications) and GitHub Linguist's languages. Finding
skills in text is word-boundary and alias aware: "Java" is not found inside
"JavaScript", "Go" only as written, "CI/CD" as one skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from desktop.domain.phrases import alternation
from desktop.resources import load_json, resource_path


@dataclass(frozen=True)
class Skill:
    name: str
    aliases: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    names_category: tuple[str, ...] = ()
    case_sensitive: bool = False
    matched: bool = True
    exact_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A skill named in a text: its canonical name and where it stands."""

    skill: str
    start: int
    end: int


@dataclass
class Taxonomy:
    """Skills by canonical name, with lookups that know every alias."""

    skills: dict[str, Skill]
    _by_key: dict[str, str] = field(default_factory=dict)
    _closure: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for skill in self.skills.values():
            for form in _forms(skill):
                self._by_key.setdefault(_key(form), skill.name)
        self._patterns = _patterns(self.skills.values())
        named: dict[str, list[str]] = {}
        for skill in self.skills.values():
            for category in skill.names_category:
                named.setdefault(category, []).append(skill.name)
        self._named = {k: tuple(v) for k, v in named.items()}

    def __len__(self) -> int:
        return len(self.skills)

    def canonical(self, name: str) -> str | None:
        """The canonical name for any name or alias ("Postgres" → "PostgreSQL")."""
        return self._by_key.get(_key(name))

    def implied(self, name: str) -> frozenset[str]:
        """The skill and everything it implies, directly or through its categories."""
        if name not in self._closure:
            seen = {name}
            queue = [name]
            named = self._named
            while queue:
                skill = self.skills.get(queue.pop())
                if skill is None:
                    continue
                following = [
                    *skill.implies,
                    *(n for c in skill.categories for n in named.get(c, ())),
                ]
                for other in following:
                    if other not in seen:
                        seen.add(other)
                        queue.append(other)
            self._closure[name] = frozenset(seen)
        return self._closure[name]

    def find(self, text: str) -> list[Mention]:
        """Skills named in the text, left to right, longest name first where they overlap."""
        found: list[Mention] = []
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                name = self.canonical(match.group())
                if name and not self._sentence_capital(name, match, text):
                    found.append(Mention(name, match.start(), match.end()))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for mention in found:
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept

    def _sentence_capital(self, name: str, match: re.Match[str], text: str) -> bool:
        """ "Go ahead", "Swift delivery": a word-like skill name opening a sentence or item
        and followed by an ordinary lower-case word is the sentence's capital, not a skill."""
        if not self.skills[name].case_sensitive or " " in name or match.group() != name:
            return False
        before = text[: match.start()].rstrip(" \t-*•+")
        if before and before[-1] not in "\n.!?":
            return False
        following = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[match.end() : match.end() + 40])
        return following is not None and following.group(1) not in _after_sentence_start()

    def completions(self) -> list[str]:
        return sorted(self.skills, key=str.casefold)


def _forms(skill: Skill) -> Iterator[str]:
    """The names a skill is found by: its name and aliases, and a plural name of several
    words as one ("Chrome extensions": "Google Chrome Extension" asks for the skill too).
    A single word keeps its "s": "Rails", "Pandas" and "Express" are no plurals."""
    for form in (skill.name, *skill.aliases):
        yield form
        if (
            " " in form
            and form.endswith("s")
            and not form.endswith("ss")
            and not (skill.case_sensitive and form == skill.name)
        ):
            yield form[:-1]


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


_BEFORE = r"(?<![\w+#])(?<!\w-)"
_AFTER = r"(?![\w+#])(?!-\w)"


def _patterns(skills: Iterable[Skill]) -> tuple[re.Pattern[str], ...]:
    """One case-insensitive and one exact-case pattern over every matchable form."""
    loose: set[str] = set()
    exact: set[str] = set()
    for skill in skills:
        if not skill.matched:
            continue
        for form in _forms(skill):
            as_written = (
                len(form) <= 2
                or (skill.case_sensitive and form == skill.name)
                or form in skill.exact_aliases
            )
            (exact if as_written else loose).add(form)
    return tuple(
        re.compile(
            _BEFORE + "(?:" + alternation(forms, ignore_case=loosely) + ")" + _AFTER,
            re.IGNORECASE if loosely else re.NOFLAG,
        )
        for forms, loosely in ((loose, True), (exact, False))
        if forms
    )


def parse_curated(lines: Iterable[str]) -> list[Skill]:
    """Skills from the curated list's `Name | aliases | categories | implies` lines."""
    skills = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")] + ["", "", ""]
        name, aliases, categories, implies = parts[:4]
        exact = name.startswith("=")
        tags = _split(categories)
        written = _split(aliases)
        skills.append(
            Skill(
                name=name.lstrip("="),
                aliases=tuple(a.lstrip("=") for a in written),
                exact_aliases=tuple(a[1:] for a in written if a.startswith("=")),
                categories=tuple(t.lstrip("@") for t in tags),
                implies=_split(implies),
                names_category=tuple(t[1:] for t in tags if t.startswith("@")),
                case_sensitive=exact,
            )
        )
    return skills


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


@cache
def _after_sentence_start() -> frozenset[str]:
    lines = resource_path("skills/after_skill_at_sentence_start.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in lines.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def taxonomy() -> Taxonomy:
    """The shipped taxonomy: the curated list, then Linguist's languages it does not cover."""
    curated = parse_curated(
        resource_path("skills/curated.txt").read_text(encoding="utf-8").splitlines()
    )
    skills = {skill.name: skill for skill in curated}
    known = {_key(form) for skill in curated for form in (skill.name, *skill.aliases)}
    # Names that are ordinary words ("Text", "Red") are offered for completion, never matched.
    ordinary_words = frozenset(load_json("skills/linguist_ordinary_words.json")["names"])
    for entry in load_json("skills/linguist.json")["skills"]:
        if _key(entry["name"]) in known:
            continue
        skills[entry["name"]] = Skill(
            name=entry["name"],
            aliases=tuple(entry["aliases"]),
            categories=(entry["category"],),
            case_sensitive=True,
            matched=entry["name"] not in ordinary_words and len(entry["name"]) > 1,
        )
    return Taxonomy(skills)
