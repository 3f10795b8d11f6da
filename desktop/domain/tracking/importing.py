"""Reading a spreadsheet or another tracker's export before it is imported: its encoding
and delimiter, which column holds which field (guessed from the header, the user's to
correct), which statuses name which stage, and whether its dates are day-first.

Nothing here writes: the rows are read, each with its problems, so that the user sees
them all before anything goes into the tracker.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache

from dateutil import parser as dates

from desktop.domain.errors import DomainError
from desktop.domain.tracking.tracker import Outcome, Stage, parse_milestone
from desktop.resources import load_json

_DELIMITERS = ",;\t|"
_SAMPLE_CHARS = 64_000
_HEADER_SPACES = re.compile(r"[\s_\-]+")
_LEADING_NUMBERS = re.compile(r"^\D*(\d{1,4})\D+(\d{1,2})\D+(\d{1,4})")
_MONTH_MAX = 12


def decode_table(data: bytes) -> str:
    """The file's text: UTF-8 (with or without a BOM), UTF-16 by its BOM, else
    Windows-1252, the encoding of a spreadsheet saved on Windows."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    if data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_table(text: str) -> list[list[str]]:
    """The rows of a delimited text, its delimiter guessed from the start (a comma when
    nothing else is clear)."""
    sample = text[:_SAMPLE_CHARS]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        delimiter = ","
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(row)]
    if not rows:
        raise DomainError("the file holds no rows")
    return rows


class Field(Enum):
    """Where a column's values go."""

    TITLE = "title"
    COMPANY = "company"
    URL = "url"
    SOURCE = "source"
    STAGE = "stage"
    APPLIED = "applied"
    ADDED = "added"
    FOLLOW_UP = "follow_up"
    NOTES = "notes"
    PAY = "pay"
    LOCATION = "location"
    CONTACT = "contact"
    DESCRIPTION = "description"
    HISTORY = "history"


@cache
def _header_words() -> dict[str, Field]:
    fields = load_json("import_columns.json")["fields"]
    return {_header_key(word): Field(name) for name, words in fields.items() for word in words}


def _header_key(header: str) -> str:
    return _HEADER_SPACES.sub(" ", header.strip().casefold())


def guess_mapping(header: Sequence[str]) -> dict[int, Field]:
    """Which column holds which field, by the header's words; each field once (the first
    column naming it), and a column named by no field left out (its values go to the
    notes unless the user maps it)."""
    words = _header_words()
    mapping: dict[int, Field] = {}
    for index, name in enumerate(header):
        field = words.get(_header_key(name))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def unmapped_statuses(values: Iterable[str]) -> list[str]:
    """The statuses no stage or outcome word names ("Sent CV", "Maybe"), for the user to
    assign, in the order they first appear."""
    unknown: dict[str, None] = {}
    for value in values:
        if value.strip() and status_of(value) is None:
            unknown.setdefault(value.strip())
    return list(unknown)


def status_of(value: str) -> Stage | Outcome | None:
    try:
        return parse_milestone(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class DateOrder:
    """How a column writes its dates: day first ("04/03/2026" is 4 March), or not; None
    when every date in it reads both ways and the user must say."""

    day_first: bool | None


def date_order(values: Iterable[str]) -> DateOrder:
    """Decided from the whole column: a first number over 12 makes it day-first, a second
    one over 12 month-first; an ISO date ("2026-03-04") is neither."""
    written = [value.strip() for value in values if value.strip()]
    day_first = month_first = False
    for value in written:
        match = _LEADING_NUMBERS.match(value)
        if not match or len(match.group(1)) == 4:  # year first: no question
            continue
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > _MONTH_MAX
        month_first |= second > _MONTH_MAX
    if day_first and month_first:
        raise DomainError("the column mixes day-first and month-first dates")
    if day_first or month_first:
        return DateOrder(day_first)
    has_question = any(
        (match := _LEADING_NUMBERS.match(value)) and len(match.group(1)) < 4 for value in written
    )
    return DateOrder(None if has_question else False)


def parse_day(value: str, *, day_first: bool) -> date:
    """A day as a spreadsheet writes it ("4 Mar 2026", "03/04/2026", "2026-03-04");
    DomainError when it is none."""
    try:
        return dates.parse(value, dayfirst=day_first, fuzzy=False).date()
    except (ValueError, OverflowError) as exc:
        raise DomainError(f"{value!r} is not a date") from exc
