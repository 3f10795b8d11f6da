"""The words that name roles and never name a company (resources/title_words.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.domain.phrases import alternation
from desktop.resources import load_json

# A name as written: capitalised words (or digits), joined by a few small words. It opens
# a word, so a search tries it once a word and not at every character of a long one. "I"
# or "I'm" after it starts the writer's own clause ("a bakery called Crumb & Co. and I'm").
NAME = (
    r"(?<![\w.&'’-])[A-Z0-9][\w.&'’-]*"
    r"(?:[ \t]+(?:(?!I(?:['’][a-z]{1,2})?(?![\w'’-]))[A-Z0-9][\w.&'’-]*|of|and|&|de|la)){0,4}"
)


@dataclass(frozen=True)
class TitleWords:
    """resources/title_words.json, as sets and patterns."""

    role_words: frozenset[str]
    role_endings: tuple[str, ...]
    not_company: frozenset[str]
    not_role_start: frozenset[str]
    not_company_sites: frozenset[str]
    time_subjects: frozenset[str]  # "Spring is coming": a season, no company
    field_labels: frozenset[str]
    departments: frozenset[str]
    unit_words: frozenset[str]
    # One word after a title's dash that narrows the role, where one capitalised word is
    # otherwise read as a town ("Electrician – Commercial", "Nurse – ICU").
    specialties: frozenset[str]
    # A public body's or an institution's name runs longer ("Cedar Hollow Unified School
    # District"): a name ending in one of these may have two words more.
    institution_endings: frozenset[str]
    legal_suffixes: re.Pattern[str]
    legal_forms: re.Pattern[str]  # the suffixes and the forms of other countries
    search_labels: frozenset[str]
    search_buttons: frozenset[str]
    title_label: re.Pattern[str]
    title_heading: re.Pattern[str]  # a label alone on its line, the title under it
    title_column: re.Pattern[str]  # a table's header over its titles ("Role", "Position")
    company_heading: re.Pattern[str]  # a company's label alone on its line ("Studio")
    subject_label: re.Pattern[str]
    title_marker: re.Pattern[str]
    company_label: re.Pattern[str]
    title_prefix: re.Pattern[str]
    not_title_line: re.Pattern[str]


def _at_the_end(suffixes: list[str], in_capitals: Sequence[str] = ()) -> re.Pattern[str]:
    """The suffixes at a name's end, tried from the first blank of a run only: a run of
    60,000 blanks is not read again from each of its places. Those `in_capitals` count only
    as written ("Nordlast Logistik AB", not "… such as")."""
    alternatives = alternation(suffixes, ignore_case=True)
    if in_capitals:
        alternatives += f"|(?-i:{alternation(list(in_capitals))})"
    return re.compile(rf"(?<![ \t]),?[ \t]++(?:{alternatives})$", re.IGNORECASE)


@cache
def title_words() -> TitleWords:
    data = load_json("title_words.json")
    languages = f"(?:{alternation(data['language_names'], ignore_case=True)})"
    return TitleWords(
        role_words=frozenset(data["role_words"]),
        role_endings=tuple(data["role_endings"]),
        not_company=frozenset(data["not_company"]),
        not_role_start=frozenset(data["not_role_start"]),
        not_company_sites=frozenset(data["not_company_sites"]),
        time_subjects=frozenset(data["time_subjects"]),
        field_labels=frozenset(label.casefold() for label in data["field_labels"]),
        departments=frozenset(name.casefold() for name in data["departments"]),
        unit_words=frozenset(data["unit_words"]),
        specialties=frozenset(data["specialties"]),
        institution_endings=frozenset(data["institution_endings"]),
        legal_suffixes=_at_the_end(data["legal_suffixes"]),
        legal_forms=_at_the_end(
            data["legal_suffixes"] + data["legal_forms"], data["legal_forms_in_capitals"]
        ),
        search_labels=frozenset(label.casefold() for label in data["search_labels"]),
        search_buttons=frozenset(button.casefold() for button in data["search_buttons"]),
        title_label=_label(data["title_labels"]),
        title_heading=re.compile(
            rf"(?:{alternation(data['title_headings'], any_spacing=True, ignore_case=True)})",
            re.IGNORECASE,
        ),
        title_column=re.compile(
            rf"(?:{alternation(data['title_labels'], any_spacing=True, ignore_case=True)})",
            re.IGNORECASE,
        ),
        company_heading=re.compile(
            rf"(?:{alternation(data['company_labels'], any_spacing=True, ignore_case=True)})",
            re.IGNORECASE,
        ),
        subject_label=_label(data["subject_labels"]),
        title_marker=re.compile(data["title_markers"], re.IGNORECASE),
        company_label=_label(data["company_labels"]),
        title_prefix=re.compile(
            rf"^(?:{alternation(data['title_prefixes'], ignore_case=True)})\s*[:\-–—]\s*"
            # "6-month contract – Cloud Security Engineer": how long, then the role
            r"|^\d{1,2}[- ]?(?:months?|weeks?|mos?)\s+(?:contract|role|assignment|project)"
            r"\s*[:\-–—]\s*"
            # "NOW HIRING CLASS A CDL DRIVERS", "🔥 NOW HIRING 🔥 LINE COOKS 🔥"
            r"|^[^\w\n]*(?:now|we['’]re|we\s+are)\s+hiring(?:\s|[^\w\n])+(?=\w)",
            re.IGNORECASE,
        ),
        not_title_line=re.compile(
            rf"^(?:{alternation(data['not_title_lines'], any_spacing=True, ignore_case=True)}"
            # a site's call to action: "Find a freelancer", "Hire developers", "Become a tutor"
            r"|(?:find|hire|browse|become)\s+(?:an?\s+|top\s+)?\w+(?:\s+\w+)?"
            # a site's menu entry for its other users: "For employers", "For recruiters"
            r"|for\s+(?:employers|companies|recruiters|businesses|job\s*seekers|candidates|talent)"
            # a link back whose arrow was lost in the copy: "Back to your matches"
            r"|back\s+to\s+(?:(?:all|your|the|my)\s+)?(?:saved\s+|similar\s+)?(?:jobs|matches|results"
            r"|search(?:\s+results)?|listings|openings|vacancies|positions|roles|projects|opportunities)"
            # a job alert's header over the job: 'New job matching "virtual assistant"'
            r"|(?:\d+\s+)?new\s+jobs?\s+(?:matching|for\s+your\s+(?:saved\s+)?search)\b.*"
            # … or its mail's subject: '1 new match for "technical writer" — Who is hiring?'
            r"|(?:\d+\s+)?new\s+(?:job\s+)?match(?:es)?\s+for\b.*"
            # a hiring thread's own title, over the comment a clip or a page holds
            r"|(?:ask\s+hn\s*:\s*)?who\s+is\s+hiring\b.*"
            # a comment thread's byline: "t_brandl on May 2, 2023 | prev | next [–]"
            r"|\S+\s+(?:on\s+[^|\n]{4,30}?|\d+\s+\w+\s+ago)\s*\|\s*(?:parent|prev|next|context|root)\b.*"
            # a search box's placeholder: "Search for jobs, companies, or people"
            r"|search\s+(?:for\s+|by\s+)?(?:jobs?|job\s+titles?|keywords?|companies|people)\b[^.!?]*"
            rf"|{languages}(?:\s*[|/·]\s*{languages})+)$",
            re.IGNORECASE,
        ),
    )


def _label(labels: list[str]) -> re.Pattern[str]:
    """A "Label: value" line, the value in group 1 (full-width colons, bold, and a table's
    "Label⇥value" cells too); a label paired with another word by a slash is one too
    ("Company/Project:", "Role / Title:"); a dataset's field written in snake case
    ("company_name:", "job_title:"), in camel case ("jobTitle:") or set with "=" ("title =
    QA Engineer") too."""
    snake_case = [label.replace(" ", "_") for label in labels if " " in label]
    camel_case = [label.replace(" ", "") for label in labels if " " in label]
    named = alternation([*labels, *snake_case, *camel_case], any_spacing=True, ignore_case=True)
    return re.compile(
        rf"^(?:[\w-]{{1,15}}[ \t]?/[ \t]?)?(?:{named})(?:[ \t]?/[ \t]?[\w-]{{1,15}})?"
        r"[*_]*(?:\s*[:：=]|\t+)\s*[*_]*\s*(.*)$",
        re.IGNORECASE,
    )


def has_role_word(text: str, role_words: frozenset[str] | None = None) -> bool:
    """Whether the text names a role: a role word, or the genders a title carries ("(m/w/d)")."""
    found = title_words()
    words = found.role_words if role_words is None else role_words
    return any(
        word in words or word.endswith(found.role_endings)
        for word in re.findall(r"[\w-]+", text.casefold())
    ) or bool(found.title_marker.search(text))


# A site's category trail on a line of its own: two to four short crumbs ("Accounting &
# Consulting · Bookkeeping", "Tradução e Conteúdos › Tradução").
_CATEGORY_TRAIL = re.compile(r"[^\n›»>·]{2,40}(?:[ \t][›»>·][ \t][^\n›»>·]{2,40}){1,3}")
_CRUMB_SEPARATOR = re.compile(r"[ \t][›»>·][ \t]")
_CATEGORY_GROUP = re.compile(r"[&,]")  # "Web, Mobile & Software Dev": several categories


def is_category_trail(line: str) -> bool:
    """Whether the line is a site's category trail, which sits between a project's name and
    its details and names no role, not the project itself ("Senior Engineer · Remote" is)."""
    if _CATEGORY_TRAIL.fullmatch(line.strip()) is None:
        return False
    # a site's group of categories names no role, whatever its words ("Web, Mobile &
    # Software Dev › Web Development")
    crumbs = [c for c in _CRUMB_SEPARATOR.split(line) if not _CATEGORY_GROUP.search(c)]
    return not has_role_word(" ".join(crumbs))
