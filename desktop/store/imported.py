"""A posting to import, as the store takes it: plain values, no SQLAlchemy (the window and
the command line import this without the Store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage


@dataclass(frozen=True)
class ImportedPosting:
    """A posting to import: its text and reading, the details given, where it stands and
    its dated history (moments, oldest first)."""

    text: str
    details: PostingDetails
    reading: dict[str, Any]
    corrections: dict[str, Any]
    stage: Stage
    outcome: Outcome | None
    history: tuple[tuple[datetime, str], ...]
