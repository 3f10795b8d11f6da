"""The kinds a reading sorts a posting's parts into: its sections and what its requirements
ask for.

Apart from the reader (sections.py, requirements.py), so that the window's views label a
kept reading without loading the reader's patterns.
"""

from __future__ import annotations

from enum import StrEnum


class SectionKind(StrEnum):
    SUMMARY = "summary"
    RESPONSIBILITIES = "responsibilities"
    MUST_HAVE = "must_have"
    NICE_TO_HAVE = "nice_to_have"
    BENEFITS = "benefits"
    PAY = "pay"
    COMPANY = "company"
    HOURS_LOCATION = "hours_location"
    HOW_TO_APPLY = "how_to_apply"
    LEGAL = "legal"
    BOILERPLATE = "boilerplate"
    OTHER = "other"


class RequirementKind(StrEnum):
    """What a requirement asks for; posting_vocabulary.json's item_kinds find all but skills."""

    SKILL = "skill"
    LANGUAGE = "language"
    ELIGIBILITY = "eligibility"
    AVAILABILITY = "availability"
    EQUIPMENT = "equipment"
    PORTFOLIO = "portfolio"
