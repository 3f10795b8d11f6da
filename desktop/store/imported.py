"""A posting to import, as the store takes it: plain values, no SQLAlchemy (the window and
the command line import this without the Store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage


@dataclass(frozen=True)
class ImportedPosting:
    """A posting to import, not yet read: its text, the details given (the sheet's title
    and company, kept as the user's where the reading differs), the fields the sheet
    leaves empty on purpose (None: "none"), where it stands and its dated history
    (moments, oldest first)."""

    text: str
    details: PostingDetails
    corrections: dict[str, Any]
    stage: Stage
    outcome: Outcome | None
    history: tuple[tuple[datetime, str], ...]
