"""Engagement, pay, location and weekly hours, read from a posting's own words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice


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


class WorkMode(StrEnum):
    """Where the work is done, as the posting states it."""

    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "cad": "CAD",
    "c$": "CAD",
    "aud": "AUD",
    "a$": "AUD",
    "chf": "CHF",
    "₹": "INR",
    "inr": "INR",
    "¥": "JPY",
    "jpy": "JPY",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "₱": "PHP",
    "php": "PHP",
    "nzd": "NZD",
    "sgd": "SGD",
    "zar": "ZAR",
    "brl": "BRL",
}
_SYMBOL = r"(?:US\$|C\$|A\$|[$€£₹¥₱])"
_CODE = r"(?:USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|NZD|SGD|ZAR|BRL)"
_AMOUNT = r"\d{1,3}(?:[,.\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PAY = re.compile(
    rf"(?P<cur1>{_SYMBOL}|{_CODE}\s?)?\s?(?P<low>{_AMOUNT})\s?(?P<k1>[kK])?\+?\s?(?P<code1>{_CODE})?"
    rf"(?:\s?(?:-|–|—|to|and)\s?(?P<cur2>{_SYMBOL})?\s?(?P<high>{_AMOUNT})\s?(?P<k2>[kK])?\+?)?"
    rf"\s?(?P<code2>{_CODE})?"
    r"(?P<period>\s?(?:/|per|an?|each)\s?(?:hour|hr|h|day|week|wk|month|mo|year|yr|annum|project)\b"
    r"|\s(?:hourly|daily|weekly|monthly|annually|yearly|gross\s*/\s*year))?",
    re.IGNORECASE,
)
_MAX_PAY_HINTS = 200  # pay is stated near the top; a page of symbols is not worth reading
_CURRENCY_HINT = re.compile(rf"{_SYMBOL}|\b{_CODE}\b", re.IGNORECASE)
_PERIODS = {
    "hour": PayPeriod.HOUR,
    "hr": PayPeriod.HOUR,
    "h": PayPeriod.HOUR,
    "hourly": PayPeriod.HOUR,
    "day": PayPeriod.DAY,
    "daily": PayPeriod.DAY,
    "week": PayPeriod.WEEK,
    "wk": PayPeriod.WEEK,
    "weekly": PayPeriod.WEEK,
    "month": PayPeriod.MONTH,
    "mo": PayPeriod.MONTH,
    "monthly": PayPeriod.MONTH,
    "year": PayPeriod.YEAR,
    "yr": PayPeriod.YEAR,
    "annum": PayPeriod.YEAR,
    "annually": PayPeriod.YEAR,
    "yearly": PayPeriod.YEAR,
    "project": PayPeriod.PROJECT,
}
_PROJECT_CONTEXT = re.compile(
    r"(?:total\s+project\s+value|project\s+budget|fixed[- ]price|fixed\s+budget|budget)\W{0,6}$",
    re.I,
)
_PERIOD_LABEL = re.compile(
    r"\b(hourly|daily|weekly|monthly|annually|yearly)\b(?:\s+(?:rate|pay|salary|budget))?\W{0,6}$",
    re.I,
)
_HOURS_PER_WEEK = re.compile(
    r"(?<![\d-])(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?\+?\s*(?:hours|hrs|h)\b"
    r"(?:\s+[\w-]+){0,4}?\s*(?:/|per|a|each)\s*week",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\b(?:fully\s+)?remote(?:ly)?\b|\bwork from home\b|\bwfh\b", re.I)
_HYBRID = re.compile(
    r"\bhybrid\s+(?:role|position|work(?:ing|place)?\b|model|office|setup|environment|schedule|team|"
    r"arrangement)\b|\bremote\s*/\s*hybrid\b|\bhybrid\s*/\s*remote\b|\bhybrid\s*\(",
    re.I,
)
_ONSITE = re.compile(r"\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b", re.I)
_LOCATION_LABEL = re.compile(
    r"^[ \t]*\**(?:location|based in|office)\**[ \t]*:[ \t]*\**[ \t]*([^\n]+?)[ \t]*$", re.I | re.M
)
_LOCATION_PROSE = re.compile(
    r"\b(?:remotely from|based in|located in|job in|office in|remote \()\s*"
    r"((?:the\s+)?[A-Z][\w.]*(?:[ ,]+(?:or\s+|and\s+)?(?:the\s+)?[A-Z][\w.]*){0,5})"
)
_ENGAGEMENT = (
    (
        Engagement.FREELANCE_FIXED,
        re.compile(r"\bfixed[- ]price\b|\bfixed budget\b|\btotal project value\b", re.I),
    ),
    (
        Engagement.CONTRACT,
        re.compile(
            r"\bcontract (?:position|role|basis|engagement)\b|\bon a contract\b|"
            r"\bcontract(?:or)?\s*:|^contract\b|\bb2b contract\b",
            re.I | re.M,
        ),
    ),
    (Engagement.PART_TIME, re.compile(r"\bpart[- ]time\b", re.I)),
    (Engagement.FULL_TIME, re.compile(r"\bfull[- ]time\b|\bpermanent\b", re.I)),
)
_FREELANCE = re.compile(r"\bfreelanc\w*|\bupwork\b|\bfiverr\b|\bproposal\b", re.I)


@dataclass(frozen=True)
class Pay:
    min: float
    max: float
    currency: str
    period: PayPeriod | None


@dataclass(frozen=True)
class HoursPerWeek:
    min: int
    max: int


def find_pay(text: str) -> Pay | None:
    """The first amount of money stated as pay, as a range with currency and period.

    The full pattern only runs near a currency sign or code: scanning every
    position of a long paste with it would take most of the analysis time.
    """
    for hint in islice(_CURRENCY_HINT.finditer(text), _MAX_PAY_HINTS):
        window_start = max(0, hint.start() - 24)
        for match in _PAY.finditer(text, window_start, hint.end() + 48):
            pay = _pay(match, text)
            if pay is not None:
                return pay
    return None


def _pay(match: re.Match[str], text: str) -> Pay | None:
    currency = _currency(match)
    if currency is None or match.group("low") is None:
        return None
    low = _number(match.group("low"), match.group("k1") or match.group("k2"))
    high = _number(match.group("high"), match.group("k2")) if match.group("high") else low
    if low < 1000 <= high and low * 1000 <= high:
        low *= 1000  # "£85-125,000": the thousands are written once
    if low <= 0 or high < low:
        return None
    period = _period(match, text, high)
    if period is None and high < 100:
        return None  # "$3" on its own is rarely pay
    return Pay(low, high, currency, period)


def _currency(match: re.Match[str]) -> str | None:
    for name in ("cur1", "cur2", "code1", "code2"):
        if value := match.group(name):
            return _CURRENCIES.get(value.strip().casefold())
    return None


def _number(amount: str, thousands: str | None) -> float:
    digits = re.sub(r"[,\s]", "", amount)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")  # "5.000" written the European way
    value = float(digits)
    return value * 1000 if thousands else value


def _period(match: re.Match[str], text: str, high: float) -> PayPeriod | None:
    if word := match.group("period"):
        key = re.sub(r"[^a-z]", " ", word.casefold()).split()[-1]
        return _PERIODS.get(key, PayPeriod.YEAR if "year" in word.casefold() else None)
    before = text[max(0, match.start() - 40) : match.start()]
    if _PROJECT_CONTEXT.search(before):
        return PayPeriod.PROJECT
    if label := _PERIOD_LABEL.search(before):
        return _PERIODS[label.group(1).casefold()]
    if match.group("k1") or match.group("k2") or high >= 20_000:
        return PayPeriod.YEAR
    return None


def find_hours_per_week(text: str) -> HoursPerWeek | None:
    match = _HOURS_PER_WEEK.search(text)
    if match is None:
        return None
    low = int(match.group(1))
    high = int(match.group(2)) if match.group(2) else low
    return HoursPerWeek(low, max(low, high))


def find_remote_policy(text: str) -> WorkMode | None:
    """The work mode the posting states; None when silent."""
    if _HYBRID.search(text):
        return WorkMode.HYBRID
    if _REMOTE.search(text):
        return WorkMode.REMOTE
    if _ONSITE.search(text):
        return WorkMode.ONSITE
    return None


def find_location(text: str, header_parts: list[str]) -> str | None:
    """A "Location:" line, a place in a header line, or "remotely from X" in prose."""
    if match := _LOCATION_LABEL.search(text):
        return match.group(1).strip(" *")
    for part in header_parts:
        if _REMOTE.search(part) or _ONSITE.search(part) or _HYBRID.search(part):
            return part
    if match := _LOCATION_PROSE.search(text):
        return match.group(1).strip(" ,.")
    return None


def find_engagement(text: str, *, freelance_source: bool, pay: Pay | None) -> Engagement | None:
    freelance = freelance_source or bool(_FREELANCE.search(text))
    hourly = pay is not None and pay.period == PayPeriod.HOUR
    if _ENGAGEMENT[0][1].search(text) and not hourly:
        return Engagement.FREELANCE_FIXED
    if freelance and hourly:
        return Engagement.FREELANCE_HOURLY
    for engagement, pattern in _ENGAGEMENT[1:]:
        if pattern.search(text):
            return engagement
    if freelance:
        fixed = pay is not None and pay.period == PayPeriod.PROJECT
        return Engagement.FREELANCE_FIXED if fixed else Engagement.CONTRACT
    return None
