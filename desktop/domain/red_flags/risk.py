"""A posting's risk: its level, the summary the table and the export show, and a red flag
found at one place (a `Hit`) with its weight.

Apart from the red flags' catalogue and detection (flags.py), so that the window's start
shows kept risk summaries, and the window's views name red flags, without loading their
patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import cache

from desktop.resources import load_json


class Risk(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class RiskSummary:
    """A posting's risk in two values: for the table and the export."""

    level: Risk
    flags: tuple[str, ...]


class Severity(StrEnum):
    """How much one red flag weighs; see flags.risk_level for how they add up."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Hit:
    """One red flag at one place: the exact words, and why they matter."""

    flag: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    reason: str


@cache
def flag_titles() -> dict[str, str]:
    """Each red flag's and family's title by its id ("F1": "Asks you to pay to get the
    job"), read from the catalogue's file without compiling its patterns: the export names
    the flags of every posting."""
    data = load_json("red_flags.json")
    return {entry["id"]: entry["title"] for entry in (*data["flags"], *data["families"])}
