"""The skills-gap checklist: each must-have against the user's skills profile.

Deterministic and explainable: every item says which rule it follows (any of,
all of, years, or manual), which skills it names, and which of the user's
skills satisfy it. The same posting and profile always give the same checklist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.domain.hours.working import HoursKind
from desktop.domain.phrases import alternation
from desktop.domain.reading.kinds import RequirementKind
from desktop.domain.reading.requirements import BRACKETED_ASIDE, Requirement
from desktop.domain.skills.checklist import CheckItem, Rule
from desktop.domain.skills.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.skills.taxonomy import Mention, Taxonomy
from desktop.resources import load_json

if TYPE_CHECKING:
    from desktop.domain.hours.local_time import HoursReading

# Words between two named skills (or groups of them) that make them alternatives.
# "or" between skills, as postings write it in English, French, Portuguese, Spanish and Italian,
# German, Polish, Swedish and Danish, Turkish, Indonesian ("MongoDB ou PostgreSQL").
_EITHER = re.compile(r"\b(?:or|ou|o|oder|lub|eller|veya|atau)\b|/|\band/or\b", re.I)


# Years a CV gives beside a skill: "Python (7 years)", "Go – 4 yrs"; "5+ years of Go".
_YEARS_AFTER = re.compile(r"\s*[(:,–-]?\s*(\d{1,2})\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
_YEARS_BEFORE = re.compile(
    r"\b(\d{1,2})\+?\s*(?:years?|yrs?)(?:\s+of)?(?:\s+experience)?(?:\s+(?:with|in|using))?\s*$",
    re.IGNORECASE,
)
_YEARS_REACH = 40


def parse_profile(text: str, taxonomy: Taxonomy) -> tuple[Profile, list[str]]:
    """A profile from `Name` or `Name: years` lines (`#` starts a comment).

    Returns the profile and the lines that could not be read, so none is lost
    silently. Unknown skill names are kept as written.
    """
    skills: dict[str, ProfileSkill] = {}
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        name, _, rest = line.partition(":")
        years: float | None = None
        level = Level.HAVE
        rest = rest.strip()
        if rest.casefold() in ("learning", "learning)"):
            level = Level.LEARNING
        elif rest:
            try:
                years = float(rest.rstrip("+").replace(",", "."))
            except ValueError:
                problems.append(f"line {number}: {raw.strip()!r} (years should be a number)")
                continue
        canonical = taxonomy.canonical(name.strip()) or name.strip()
        skills[canonical] = ProfileSkill(canonical, years, level)
    return Profile(tuple(skills.values())), problems


def check(
    requirements: Sequence[Requirement],
    profile: Profile,
    taxonomy: Taxonomy,
    hours: Sequence[HoursReading] | None = None,
) -> list[CheckItem]:
    """Each must-have checked. `hours` are the posting's hours statements as read for the
    user (`read_hours`): a must-have that states the working hours asked is judged by their
    verdict, the one the hours view shows; without them (no zone or hours to judge by) it
    is left to the user."""
    return [
        _hours_item(item, hours) or check_item(item, profile, taxonomy) for item in requirements
    ]


def _hours_item(requirement: Requirement, hours: Sequence[HoursReading] | None) -> CheckItem | None:
    """An availability must-have judged by the verdicts on the hours statements within its
    words ("Must overlap at least 4 hours with US Eastern Time"): met when each is met,
    missing when one is not; None (checked as any other) when it states no hours or some
    statement has no verdict. An overlap or a zone band is the ask where the words hold one,
    and a window beside it only what it is measured against."""
    if not hours or requirement.kind != RequirementKind.AVAILABILITY:
        return None
    within = [
        reading
        for reading in hours
        if requirement.start <= reading.statement.span_start < requirement.end
    ]
    asks = [r for r in within if r.statement.kind != HoursKind.WINDOW] or within
    verdicts = [reading.met for reading in asks]
    if False in verdicts:
        status = Status.MISSING
    elif verdicts and None not in verdicts:
        status = Status.MET
    else:
        return None
    return CheckItem(requirement, Rule.HOURS, (), status, ())


def check_item(requirement: Requirement, profile: Profile, taxonomy: Taxonomy) -> CheckItem:
    text = requirement.text
    mentions = list(requirement.mentions) or taxonomy.find(text)
    names = tuple(dict.fromkeys(m.skill for m in mentions))
    if not names or requirement.kind not in (RequirementKind.SKILL, RequirementKind.LANGUAGE):
        return CheckItem(requirement, Rule.MANUAL, names, Status.MANUAL, ())
    owned = [s for s in profile.skills if s.level == Level.HAVE]
    providers = {name: _providers(name, owned, taxonomy) for name in names}
    groups, joins = _groups(text, mentions)
    either = len(groups) == 1 or any(_EITHER.search(join) for join in joins)
    if requirement.kind == RequirementKind.LANGUAGE:
        return _languages(requirement, names, groups if not either else [names], providers)
    if requirement.years is not None:
        return _years(requirement, names, groups if not either else [names], providers, profile)
    if either:
        options = tuple(name for group in groups for name in group)
        matched = _first_provider(options, providers)
        status = Status.MET if matched else Status.MISSING
        unmet = () if matched else options
        return CheckItem(requirement, Rule.ANY, names, status, matched, unmet=unmet)
    met = [found for group in groups if (found := _first_provider(group, providers))]
    status = Status.MET if len(met) == len(groups) else Status.PARTIAL if met else Status.MISSING
    matched = tuple(dict.fromkeys(p for found in met for p in found))
    unmet = tuple(group[0] for group in groups if not _first_provider(group, providers))
    return CheckItem(requirement, Rule.ALL, names, status, matched, unmet=unmet)


def _languages(
    requirement: Requirement,
    names: tuple[str, ...],
    groups: list[tuple[str, ...]],
    providers: dict[str, tuple[str, ...]],
) -> CheckItem:
    """Languages asked together ("German and English") are each needed; alternatives
    ("German or French") are one group. A language the profile does not list may still be
    spoken (a profile seldom lists languages), so an item none of whose languages the
    profile lists is the user's to tick; one it lists only some of lacks the others."""
    spoken = [_first_provider(group, providers) for group in groups]
    if not any(spoken):
        return CheckItem(requirement, Rule.MANUAL, names, Status.MANUAL, ())
    matched = tuple(dict.fromkeys(name for found in spoken for name in found))
    if len(groups) == 1:
        return CheckItem(requirement, Rule.ANY, names, Status.MET, matched)
    unmet = tuple(group[0] for group, found in zip(groups, spoken, strict=True) if not found)
    status = Status.PARTIAL if unmet else Status.MET
    return CheckItem(requirement, Rule.ALL, names, status, matched, unmet=unmet)


def _groups(text: str, mentions: list[Mention]) -> tuple[list[tuple[str, ...]], list[str]]:
    """Skills grouped into alternatives, and the text joining consecutive groups.

    Skills inside one pair of brackets, or after "such as" / "e.g." up to the end
    of the clause, are one group of alternatives; a skill right before such a
    group joins it ("unit tests (JUnit, Mockito)").
    """
    zones = _example_zones(text)
    groups: list[list[Mention]] = []
    zone_of_group: list[int | None] = []
    for mention in mentions:
        zone = next((i for i, (a, b) in enumerate(zones) if a <= mention.start < b), None)
        if zone is not None and zone_of_group and zone_of_group[-1] == zone:
            groups[-1].append(mention)
            continue
        if (
            zone is not None
            and groups
            and zone_of_group[-1] is None
            and not text[groups[-1][-1].end : zones[zone][0]].strip(" (:-–")
        ):
            groups[-1].append(mention)
            zone_of_group[-1] = zone
            continue
        groups.append([mention])
        zone_of_group.append(zone)
    joins = [text[a[-1].end : b[0].start] for a, b in pairwise(groups)]
    named = [tuple(dict.fromkeys(m.skill for m in group)) for group in groups]
    unique = list(dict.fromkeys(named))
    return unique, joins


@cache
def _example_openers() -> re.Pattern[str]:
    """Words that open a list of examples: the skills after them are alternatives."""
    openers = load_json("posting_vocabulary.json")["example_openers"]
    return re.compile(rf"\b(?:{alternation(openers, ignore_case=True)})", re.IGNORECASE)


def _example_zones(text: str) -> list[tuple[int, int]]:
    zones = [(m.start(), m.end()) for m in BRACKETED_ASIDE.finditer(text)]
    for marker in _example_openers().finditer(text):
        end = re.search(r"[;)]|$", text[marker.end() :])
        zones.append((marker.start(), marker.end() + (end.start() if end else 0)))
    return zones


def _first_provider(
    options: tuple[str, ...], providers: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """The user's skill that meets the first of `options`, preferring one listed by name."""
    direct = [name for name in options if name in providers[name]]
    if direct:
        return (direct[0],)
    return next((found[:1] for name in options if (found := providers[name])), ())


def _providers(name: str, owned: Iterable[ProfileSkill], taxonomy: Taxonomy) -> tuple[str, ...]:
    """The user's skills that are, or imply, `name`."""
    return tuple(s.name for s in owned if name in taxonomy.implied(s.name))


def _years(
    requirement: Requirement,
    names: tuple[str, ...],
    groups: list[tuple[str, ...]],
    providers: dict[str, tuple[str, ...]],
    profile: Profile,
) -> CheckItem:
    """Met when every group of skills is held ("5+ years of Python and Django" needs both;
    "Java or Kotlin" one), one for the years asked and none for fewer (a skill listed
    without years is not held against it); partial when held for less, or only some
    groups are held."""
    wanted = requirement.years or 0
    held = {group: found for group in groups if (found := _all_providers(group, providers))}
    # each group's skill of the user's: the longest held, the one the group names on a tie
    # (Django implies Python: a Python of 6 years is shown for Python, not the Django)
    chosen = {
        group: max(found, key=lambda skill: (profile.years_of(skill) or -1.0, skill in group))
        for group, found in held.items()
    }
    years = [y for skill in chosen.values() if (y := profile.years_of(skill)) is not None]
    matched = tuple(dict.fromkeys(chosen.values()))
    if len(held) == len(groups) and years and min(years) >= wanted:
        status = Status.MET
    elif held:
        status = Status.PARTIAL
    else:
        status, matched = Status.MISSING, ()
    unmet = tuple(group[0] for group in groups if group not in held)
    return CheckItem(requirement, Rule.YEARS, names, status, matched, wanted, unmet=unmet)


def _all_providers(
    group: tuple[str, ...], providers: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """Every skill of the user's that meets any skill of the group."""
    return tuple(dict.fromkeys(p for name in group for p in providers[name]))


def propose_skills(cv_text: str, profile: Profile, taxonomy: Taxonomy) -> list[ProfileSkill]:
    """Skills a CV names that the profile lacks, most mentioned first, for the user to
    confirm; with the years the CV gives beside one ("Python (7 years)", "5+ years of Go")."""
    have = {skill.name for skill in profile.skills}
    counts: dict[str, int] = {}
    years: dict[str, float] = {}
    for mention in taxonomy.find(cv_text):
        if mention.skill in have:
            continue
        counts[mention.skill] = counts.get(mention.skill, 0) + 1
        after = _YEARS_AFTER.match(cv_text, mention.end)
        before = _YEARS_BEFORE.search(cv_text, max(0, mention.start - _YEARS_REACH), mention.start)
        if found := after or before:
            years[mention.skill] = max(years.get(mention.skill, 0.0), float(found.group(1)))
    ranked = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    return [ProfileSkill(name, years.get(name)) for name in ranked]
