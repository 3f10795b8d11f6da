"""A posting's risk: its level, and the summary the table and the export show.

Apart from the red flags' catalogue and detection (flags.py), so that the window's start
shows kept risk summaries without loading their patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


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
