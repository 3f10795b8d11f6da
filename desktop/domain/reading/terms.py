"""What a posting offers, as its reading and the table name it: pay, its period, the
engagement and the place of work.

Apart from fields.py, which reads them from a text, so that the table and the CSV show
the kept values without loading the reader's patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PayPeriod(StrEnum):
    """What an amount of pay is paid for."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PROJECT = "project"


class Engagement(StrEnum):
    """How the work is taken on; freelance work by how it is paid."""

    FULL_TIME = "full-time"
    PART_TIME = "part-time"
    CONTRACT = "contract"
    FREELANCE_HOURLY = "freelance-hourly"
    FREELANCE_FIXED = "freelance-fixed"
    INTERNSHIP = "internship"

    @property
    def label(self) -> str:
        return _ENGAGEMENT_LABELS[self]


_ENGAGEMENT_LABELS = {
    Engagement.FULL_TIME: "Full-time",
    Engagement.PART_TIME: "Part-time",
    Engagement.CONTRACT: "Contract",
    Engagement.FREELANCE_HOURLY: "Freelance, hourly",
    Engagement.FREELANCE_FIXED: "Freelance, fixed price",
    Engagement.INTERNSHIP: "Internship",
}


class WorkMode(StrEnum):
    """Where the work is done, as the posting states it."""

    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


@dataclass(frozen=True)
class Pay:
    min: float
    max: float
    currency: str
    period: PayPeriod | None

    @property
    def written(self) -> str:
        """Pay as a person writes it: "USD 30-75/hour"."""
        amount = f"{self.min:,.0f}" if self.min == self.max else f"{self.min:,.0f}-{self.max:,.0f}"
        return f"{self.currency} {amount}{_PERIOD_WORDS[self.period] if self.period else ''}"


@dataclass(frozen=True)
class Terms:
    """What a posting offers and who offers it: its pay and engagement, and the quality of
    the client its page describes ("good", "fair", "poor"; "" for no client box), as the
    table and the CSV show them."""

    pay: Pay | None
    engagement: Engagement | None
    client: str = ""


_PERIOD_WORDS = {
    PayPeriod.HOUR: "/hour",
    PayPeriod.DAY: "/day",
    PayPeriod.WEEK: "/week",
    PayPeriod.MONTH: "/month",
    PayPeriod.YEAR: "/year",
    PayPeriod.PROJECT: " for the project",
}


def hours_number(value: str) -> float:
    """Hours as written ("37.5", "37,5", "40"): a whole number as an int, as it is shown."""
    hours = float(value.replace(",", "."))
    return int(hours) if hours.is_integer() else hours
