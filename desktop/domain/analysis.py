"""Reading a posting's title and company from its text.

Header lines are the most reliable place (labels such as "Title:", Hacker News
"Company | Role | Location" lines, "Role job in City | Company" page titles);
prose ("X is seeking a …", "About X") is the fallback. Nothing found is an empty
string, never a guess from an unrelated line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.domain.intake import known_sources
from desktop.resources import load_json

_LINES_FOR_TITLE = 3
_MAX_TITLE_WORDS = 12
_MAX_TITLE_CHARS = 90

_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|[*_]{1,3}|[-•*+]\s+)|[*_]{1,3}\s*$")
_TITLE_LABEL = re.compile(r"^(?:job\s+title|title|position|role)\s*[:：]\s*(.*)$", re.I)
_COMPANY_LABEL = re.compile(
    r"^(?:company(?:\s+name)?|client|employer|organi[sz]ation|hiring\s+company)\s*[:：]\s*(.*)$",
    re.I,
)
_ENGAGEMENT_PREFIX = re.compile(
    r"^(?:contract|freelance|full[- ]?time|part[- ]?time|job|now hiring|hiring|remote|"
    r"upwork job posting)\s*[:\-–—]\s*",
    re.I,
)
_HEADER_SEPARATOR = re.compile(r"\s*\|\s*|\s+[—–]\s+")
_WRAPPER = re.compile(
    r"^(?:job\s+)?(?:description|summary|details|posting)$|^about\s+the\s+(?:job|role)$", re.I
)
_NAME = r"[A-Z0-9][\w.&'’-]*(?:[ \t]+(?:[A-Z0-9][\w.&'’-]*|of|and|&|de|la)){0,4}"
_SEEKING = re.compile(
    r"(?:looking for|seeking|hiring|searching for)\s+(?:an?\s+)?(?:new\s+|talented\s+|"
    r"experienced\s+|passionate\s+)?((?:[A-Z][\w/&+'’-]*|\([\w ]+\))(?:\s+(?:[A-Z][\w/&+'’-]*|"
    r"\([\w ]+\)|of|and|&))*)"
)
_TRAILING_CONNECTOR = re.compile(r"(?:[ \t]+(?:of|and|&|de|la))+$")
_COMPANY_PROSE = (
    re.compile(rf"^(?i:about)[ \t]+({_NAME})\s*$"),
    re.compile(rf"(?:^|\n)[ \t]*({_NAME})(?:[ \t]+\([^)]*\))?[ \t]+(?:is|are)[ \t]+"),
    re.compile(rf"\b(?i:at)\s+({_NAME}),\s+(?:we|our|you)\b"),
    re.compile(rf"\b(?i:join)\s+({_NAME})\b"),
)


@dataclass(frozen=True)
class PostingAnalysis:
    """What Gigdesk read from a posting. Empty strings mean "not stated"."""

    title: str = ""
    company: str = ""


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("title_words.json")
    return frozenset(data["role_words"]), frozenset(data["not_company"])


def analyze_posting(text: str) -> PostingAnalysis:
    lines = [_clean(line) for line in text.splitlines()]
    meaningful = [line for line in lines if line and not _is_noise(line)]
    title, company = _from_labels(lines)
    header_title, header_company = _from_header(meaningful[:_LINES_FOR_TITLE])
    title = title or header_title
    company = company or header_company
    if not title:
        title = _title_from_lines(meaningful[:_LINES_FOR_TITLE]) or _title_from_prose(text)
    if not company:
        company = _company_from_prose(text, lines)
    return PostingAnalysis(title=title, company=company)


def _clean(line: str) -> str:
    return _MARKUP.sub("", line.strip()).strip()


def _is_noise(line: str) -> bool:
    lowered = line.casefold()
    return (
        lowered.startswith(("http://", "https://"))
        or _WRAPPER.match(line) is not None
        or any(lowered == s.name.casefold() for s in known_sources())
    )


def _from_labels(lines: list[str]) -> tuple[str, str]:
    """Values of "Title:" and "Company:" lines, or of a label heading over its value."""
    found = {"title": "", "company": ""}
    for index, line in enumerate(lines):
        for key, pattern in (("title", _TITLE_LABEL), ("company", _COMPANY_LABEL)):
            match = pattern.match(line)
            if match and not found[key]:
                value = match.group(1).strip() or _next_value(lines, index)
                found[key] = value if len(value) <= _MAX_TITLE_CHARS else ""
        if not found["title"] and re.fullmatch(r"job\s+title", line, re.I):
            found["title"] = _next_value(lines, index)
    return found["title"], found["company"]


def _next_value(lines: list[str], index: int) -> str:
    return next((line for line in lines[index + 1 : index + 3] if line), "")


def _from_header(first_lines: list[str]) -> tuple[str, str]:
    """Title and company from a "Company | Role | Location" or "Role | Company" line."""
    role_words, not_company = _vocabulary()
    for line in first_lines:
        parts = [p.strip() for p in _HEADER_SEPARATOR.split(line) if p.strip()]
        if len(parts) < 2 or any(len(part) > _MAX_TITLE_CHARS for part in parts):
            continue
        if len(parts) == 2:
            title = re.sub(r"\s+job\s+in\s+.*$", "", parts[0], flags=re.I).strip()
            if _has_role_word(title, role_words) and parts[1].casefold() not in not_company:
                return title, parts[1]
            continue
        company = parts[0] if parts[0].casefold() not in not_company else ""
        title = next((p for p in parts[1:] if _has_role_word(p, role_words)), "")
        if company:
            return title, company
    return "", ""


def _has_role_word(text: str, role_words: frozenset[str]) -> bool:
    return any(word in role_words for word in re.findall(r"[\w-]+", text.casefold()))


def _title_from_lines(lines: list[str]) -> str:
    role_words, _ = _vocabulary()
    for line in lines:
        candidate = _ENGAGEMENT_PREFIX.sub("", line).strip()
        short = (
            len(candidate) <= _MAX_TITLE_CHARS
            and len(candidate.split()) <= _MAX_TITLE_WORDS
            and not candidate.endswith((".", "!", "?", ":"))
        )
        if short and _has_role_word(candidate, role_words):
            return re.sub(r"\s+job\s+in\s+.*$", "", candidate, flags=re.I)
    return ""


def _title_from_prose(text: str) -> str:
    role_words, _ = _vocabulary()
    for match in _SEEKING.finditer(text[:2000]):
        candidate = match.group(1).strip()
        if _has_role_word(candidate, role_words):
            return candidate
    return ""


def _company_from_prose(text: str, lines: list[str]) -> str:
    _, not_company = _vocabulary()
    for pattern in _COMPANY_PROSE:
        sources = lines if pattern.pattern.startswith("^(?i:about)") else [text[:4000]]
        for source in sources:
            for match in pattern.finditer(source):
                name = _TRAILING_CONNECTOR.sub("", match.group(1)).strip(" .,'’")
                if name.casefold() not in not_company and not name.isdigit():
                    return name
    return ""
