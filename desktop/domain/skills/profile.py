"""The user's skills profile and their own verdicts on a posting's must-haves.

Kept apart from the checklist rules (fit.py) because the store keeps these as
they are, without checking anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """How far a must-have is met; the user may set it by hand as a verdict."""

    MET = "met"
    PARTIAL = "partial"
    MISSING = "missing"
    MANUAL = "manual"


class Level(StrEnum):
    HAVE = "have"
    LEARNING = "learning"


@dataclass(frozen=True)
class ProfileSkill:
    name: str
    years: float | None = None
    level: Level = Level.HAVE


@dataclass(frozen=True)
class Profile:
    skills: tuple[ProfileSkill, ...] = ()

    def years_of(self, name: str) -> float | None:
        return next((s.years for s in self.skills if s.name == name), None)


def format_profile(profile: Profile) -> str:
    lines = ["# Gigdesk skills profile: one skill per line, `Name` or `Name: years`"]
    for skill in profile.skills:
        if skill.level == Level.LEARNING:
            lines.append(f"{skill.name}: learning")
        elif skill.years is not None:
            lines.append(f"{skill.name}: {skill.years:g}")
        else:
            lines.append(skill.name)
    return "\n".join(lines) + "\n"
