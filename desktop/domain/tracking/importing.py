"""Reading a spreadsheet or another tracker's export before it is imported: an .xlsx
workbook or delimited text in any common encoding, which column holds which field
(guessed from the header, the user's to correct), which statuses name which stage, and
whether its dates are day-first.

Nothing here writes: the rows are read, each with its problems, so that the user sees
them all before anything goes into the tracker.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from functools import cache, lru_cache
from zipfile import BadZipFile

from dateutil import parser as dates

from desktop.domain.errors import DomainError
from desktop.domain.files import restored
from desktop.domain.reading.plain_text import as_plain_text
from desktop.domain.tracking.export import COLUMNS as GIGDESK_COLUMNS
from desktop.domain.tracking.intake import guess_source
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage, parse_milestone
from desktop.resources import load_json

_DELIMITERS = ",;\t|"
_SAMPLE_CHARS = 64_000
_HEADER_SPACES = re.compile(r"[\s_\-]+")
_LEADING_NUMBERS = re.compile(r"^\D*(\d{1,4})\D+(\d{1,2})\D+(\d{1,4})")
_MONTH_MAX = 12
_AHEAD_SOMEWHERE = timedelta(days=1)  # a zone's date, ahead of UTC's by a day at most
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]|$)")
_SEPARATOR_LINE = re.compile(r"\Asep=(.)\r?\n")
_ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx workbook is a zip archive


def read_sheet(data: bytes) -> list[list[str]]:
    """A file's rows as text: an .xlsx workbook's first sheet, or a delimited text."""
    if data.startswith(_ZIP_MAGIC):
        return _workbook_rows(data)
    return read_table(decode_table(data))


def _workbook_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # 90 ms: only when a workbook is read

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DomainError(f"the file is no workbook Gigdesk can read ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    rows = [row for row in rows if any(row)]
    if not rows:
        raise DomainError("the workbook's first sheet holds no rows")
    return rows


def _cell_text(value: object) -> str:
    """A cell as the sheet shows it: a date cell as an ISO day (no order to guess), a
    whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
    nothing else is clear), each cell without the quote a CSV export guards formulas with."""
    stated = _SEPARATOR_LINE.match(text)
    if stated:  # Excel's "sep=;" first line names the delimiter
        delimiter, text = stated.group(1), text[stated.end() :]
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:_SAMPLE_CHARS], delimiters=_DELIMITERS).delimiter
        except csv.Error:
            delimiter = ","
    rows = [
        [restored(cell) for cell in row]
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        if any(row)
    ]
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
    OUTCOME = "outcome"
    # A figure Gigdesk's own export works out (fit, risk, next event…): worked out again.
    IGNORED = "ignored"


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
        elif field is None and name in GIGDESK_COLUMNS:
            mapping[index] = Field.IGNORED
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


@lru_cache(maxsize=8192)  # a sheet of thousands of rows names a few hundred days
def parse_day(value: str, *, day_first: bool) -> date:
    """A day as a spreadsheet writes it ("4 Mar 2026", "03/04/2026", "2026-03-04");
    DomainError when it is none."""
    if _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass  # "2026-02-30": dateutil says why
    numbers = _LEADING_NUMBERS.match(value)
    if numbers and len(numbers.group(1)) < 4:  # dateutil would quietly swap 25/03 around
        month = int(numbers.group(2) if day_first else numbers.group(1))
        if month > _MONTH_MAX:
            order = "day-first" if day_first else "month-first"
            raise DomainError(f"{value!r} cannot be {order} (there is no month {month})")
    try:
        return dates.parse(value, dayfirst=day_first, fuzzy=False).date()
    except (ValueError, OverflowError) as exc:
        raise DomainError(f"{value!r} is not a date") from exc


@dataclass(frozen=True)
class ImportRow:
    """One row as it would be imported: the posting's text, its details, where it stands
    and its dated history; or the problems that keep it out."""

    line: int  # the row's line in the file, counting the header as 1
    text: str
    details: PostingDetails
    stage: Stage
    outcome: Outcome | None
    # (day, stage or outcome name), oldest first; empty when the sheet gives no day
    history: tuple[tuple[date, str], ...]
    problems: tuple[str, ...] = ()
    # "title", "company": the fields the sheet has a column for, so that an empty cell
    # means "none" rather than "whatever the text reads as".
    stated: frozenset[str] = frozenset()


def import_rows(
    table: Sequence[Sequence[str]],
    mapping: dict[int, Field],
    *,
    day_first: bool = False,
    statuses: dict[str, Stage | Outcome] | None = None,
    today: date = date.max,
) -> list[ImportRow]:
    """Every row of `table` (its first row the header) as it would be imported.

    `statuses` gives the user's own reading of statuses no word names (in any case). A
    column the mapping leaves out goes into the notes as "Header: value". A day applied,
    added or in the history after `today` is a problem: most often a day and a month read
    the wrong way round."""
    header, body = list(table[0]), table[1:]
    by_field = {field: index for index, field in mapping.items()}
    read = {status_key(words): milestone for words, milestone in (statuses or {}).items()}
    return [
        _row(
            number,
            list(cells),
            header=header,
            by_field=by_field,
            day_first=day_first,
            statuses=read,
            today=today,
        )
        for number, cells in enumerate(body, start=2)
    ]


def status_key(words: str) -> str:
    """A status as the user's reading of it is looked up: case and spacing aside."""
    return " ".join(words.split()).casefold()


_DAY_FIELDS = (Field.APPLIED, Field.ADDED, Field.FOLLOW_UP)
_NAMING = {Field.TITLE, Field.COMPANY, Field.URL, Field.DESCRIPTION}


@dataclass(frozen=True)
class ImportPlan:
    """How a table is to be imported: which column holds which field (guessed from the
    header, then the user's), the user's reading of statuses no word names, and whether
    dates are day-first (the user's word, else what the dated columns show)."""

    table: tuple[tuple[str, ...], ...]
    mapping: dict[int, Field]
    statuses: dict[str, Stage | Outcome] = field(default_factory=dict)
    day_first: bool | None = None
    today: date = date.max

    @classmethod
    def of(cls, table: Sequence[Sequence[str]], today: date = date.max) -> ImportPlan:
        return cls(tuple(tuple(row) for row in table), guess_mapping(table[0]), today=today)

    def problem(self) -> str | None:
        """Why nothing can be imported as the columns are read: no column names the
        postings (a header Gigdesk does not know, and nobody has said)."""
        if set(self.mapping.values()) & _NAMING:
            return None
        return "no column is read as a title, company, link or description"

    @property
    def header(self) -> tuple[str, ...]:
        return self.table[0]

    def with_field(self, column: int, target: Field | None) -> ImportPlan:
        """`column` read as `target` (None: into the notes), and no other column as it."""
        mapping = {
            index: kept
            for index, kept in self.mapping.items()
            if index != column and (kept is not target or kept is Field.IGNORED)
        }
        if target is not None:
            mapping[column] = target
        return replace(self, mapping=mapping)

    def values(self, target: Field) -> list[str]:
        """The column's values read as `target`, row by row ("" for a short row)."""
        index = next((i for i, mapped in self.mapping.items() if mapped is target), None)
        if index is None:
            return []
        return [row[index] if index < len(row) else "" for row in self.table[1:]]

    def column_order(self) -> bool | None:
        """Whether the dated columns write the day first; None when they cannot tell:
        every date reads both ways ("04/03/2026"), or the two orders are mixed."""
        try:
            return date_order(value for f in _DAY_FIELDS for value in self.values(f)).day_first
        except DomainError:
            return None

    def days_first(self) -> bool | None:
        return self.day_first if self.day_first is not None else self.column_order()

    def unknown_statuses(self) -> list[str]:
        """Statuses no word names and the user has not yet read."""
        read = {status_key(words) for words in self.statuses}
        return [s for s in unmapped_statuses(self.values(Field.STAGE)) if status_key(s) not in read]

    def rows(self) -> list[ImportRow]:
        return import_rows(
            self.table,
            self.mapping,
            day_first=bool(self.days_first()),
            statuses=self.statuses,
            # Until the order is known a day may be misread: none is "after today" yet.
            today=self.today if self.days_first() is not None else date.max,
        )


def _row(
    line: int,
    cells: list[str],
    *,
    header: list[str],
    by_field: dict[Field, int],
    day_first: bool,
    statuses: dict[str, Stage | Outcome],
    today: date,
) -> ImportRow:
    def cell(field: Field) -> str:
        index = by_field.get(field)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    problems: list[str] = []

    def day(field: Field) -> date | None:
        written = cell(field)
        if not written:
            return None
        try:
            return parse_day(written, day_first=day_first)
        except DomainError as exc:
            problems.append(f"{header[by_field[field]]}: {exc}")
            return None

    status = cell(Field.STAGE)
    milestone = statuses.get(status_key(status)) or status_of(status) if status else Stage.SAVED
    if milestone is None:
        problems.append(f"{header[by_field[Field.STAGE]]}: no stage named {status!r}")
    history = list(_history(cell(Field.HISTORY), day_first, problems))
    applied, added = day(Field.APPLIED), day(Field.ADDED)
    days = [when for when, _ in history] + [when for when in (applied, added) if when]
    # A day after the system's today may be today where the export was written (Manila is
    # eight hours ahead of UTC): a swapped day and month lands weeks or months ahead.
    latest = today if today == date.max else today + _AHEAD_SOMEWHERE
    if days and max(days) > latest:
        problems.append(f"{max(days)} is after today: are day and month the wrong way round?")
    if not history:
        history = _history_from(added, applied, milestone)
    # Without a day, the status alone says where the posting stands (an outcome closes an
    # application); the import's own day stands for when.
    undated = milestone if isinstance(milestone, Stage) else Stage.APPLIED if milestone else None
    stage = next(
        (Stage(name) for _, name in reversed(history) if name in _STAGES),
        undated or Stage.SAVED,
    )
    written_outcome = status_of(cell(Field.OUTCOME)) if cell(Field.OUTCOME) else None
    outcome = (
        written_outcome
        if isinstance(written_outcome, Outcome)
        else milestone
        if isinstance(milestone, Outcome)
        else None
    )
    if outcome is not None and history and all(name != outcome.value for _, name in history):
        history.append((history[-1][0], outcome.value))
    # Pay, place and contact have no field of their own here: they go to the notes by
    # name, as does any column the mapping leaves out.
    kept = {by_field[f] for f in (Field.PAY, Field.LOCATION, Field.CONTACT) if f in by_field}
    named = {index for index in by_field.values()} | {
        index for index, name in enumerate(header) if name in GIGDESK_COLUMNS
    }
    to_notes = (set(range(len(header))) - named) | kept
    notes = [cell(Field.NOTES)] + [
        f"{header[index]}: {value.strip()}"
        for index, value in enumerate(cells)
        if index in to_notes and value.strip()
    ]
    url = cell(Field.URL) or None
    details = PostingDetails(
        title=cell(Field.TITLE),
        company=cell(Field.COMPANY),
        # as a paste's: the link's site, or the site the description was copied from
        source=cell(Field.SOURCE) or guess_source(cell(Field.DESCRIPTION), url),
        url=url,
        follow_up=day(Field.FOLLOW_UP),
        notes="\n".join(note for note in notes if note),
    )
    # Without a description, the posting's text is what the row names; a row naming nothing
    # (a posting kept untitled) still comes in, under its line, with its history and notes.
    # a tracker's description may be the page's HTML (Huntr keeps it so): read as a paste is
    text = as_plain_text(cell(Field.DESCRIPTION)) or "\n".join(
        part for part in (details.title, details.company, details.url or "") if part
    )
    text = text or f"Imported without a title or company (line {line})"
    stated = frozenset(f.value for f in (Field.TITLE, Field.COMPANY) if f in by_field)
    return ImportRow(line, text, details, stage, outcome, tuple(history), tuple(problems), stated)


_STAGES = frozenset(stage.value for stage in Stage)
_OUTCOMES = frozenset(outcome.value for outcome in Outcome)
_HISTORY_ENTRY = re.compile(r"^\s*([a-z_]+)@(\S+)\s*$")


def _history(written: str, day_first: bool, problems: list[str]) -> Iterable[tuple[date, str]]:
    """Gigdesk's own `stage_history` ("saved@2026-08-01;applied@2026-08-03")."""
    for entry in filter(None, written.split(";")):
        match = _HISTORY_ENTRY.match(entry)
        if not match or match.group(1) not in _STAGES | _OUTCOMES | {"reopened"}:
            problems.append(f"stage_history: {entry!r} is no stage@date")
            continue
        try:
            yield parse_day(match.group(2), day_first=day_first), match.group(1)
        except DomainError as exc:
            problems.append(f"stage_history: {exc}")


def _history_from(
    added: date | None, applied: date | None, milestone: Stage | Outcome | None
) -> list[tuple[date, str]]:
    """A history from the days a sheet gives: saved when added (or applied), applied on
    its day, and the status reached then (its own day unknown)."""
    first = added or applied
    if first is None:
        return []
    history = [(first, Stage.SAVED.value)]
    if applied is not None:
        history.append((applied, Stage.APPLIED.value))
    if isinstance(milestone, Stage) and milestone not in (Stage.SAVED, Stage.APPLIED):
        history.append((applied or first, milestone.value))
    return history
