"""A data record (a scraper's JSON output, a page's JSON-LD `JobPosting`, a CSV export's
header over its rows) as posting text.

Scraper tools and job APIs hand a posting over as JSON: its description one string with
its line breaks escaped, its fields keyed by names such as "positionName" or
"hiringOrganization"; a dataset's CSV puts the column names on a line above the values.
Read as they are, the description is one line or one cell and the reader finds no list in
it. Written out as one "key: value" line per field, with a long value's own lines under its
key and markup made text, the record reads as the labelled page it came from. Pure Python:
the command line reads files through it too.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
from typing import Any

from desktop.domain.reading.html_text import html_to_text, looks_like_html

# A value longer than a line, or with line breaks of its own, goes under its key.
_LINE_CHARS = 100
# Values that say nothing: a dataset's empty cells.
_EMPTY = frozenset({"", "nan", "null", "none", "n/a"})


# A CSV export: a header of three column names or more over rows of as many cells.
_COLUMN_NAME = re.compile(r"[A-Za-z][\w ./()#-]{0,39}")
_MIN_COLUMNS = 3
_DELIMITERS = ",;\t|"
_MAX_ROWS = 50


def record_to_text(text: str) -> str | None:
    """The text of a JSON object (or a list of them) or of a CSV export's rows under their
    header, pasted whole, or of a record Python printed (a dict, a pandas row) with the
    lines around it; None for any other text."""
    try:  # a record nested deeper than any posting's is no posting
        data = _json_record(text) or _csv_rows(text)
        if data:
            return _written(data) or None
        printed = _python_dict(text) or _pandas_row(text) or _viewer_row(text)
        if printed is None:
            return None
        start, end, fields = printed
        return f"{text[:start]}{_written(fields)}\n{text[end:]}".strip() or None
    except RecursionError:
        return None


def _written(data: dict[str, Any] | list[Any]) -> str:
    lines: list[str] = []
    _write("", data, lines)
    return "\n".join(lines).strip()


def _python_dict(text: str) -> tuple[int, int, dict[str, Any]] | None:
    """A dict Python printed (">>> print(row.to_dict())", pprint's lines): where it stands
    and its fields, when it makes most of the text."""
    start, end = text.find("{"), text.rfind("}") + 1
    if start < 0 or end - start < len(text.strip()) * _MOST_OF_THE_TEXT:
        return None
    try:
        data = ast.literal_eval(_NAN.sub(r"\1None", text[start:end]))
    except (ValueError, TypeError, SyntaxError, MemoryError):
        return None  # "{[]: 1}" is no dict
    if not isinstance(data, dict) or len(data) < _MIN_COLUMNS:
        return None
    return start, end, {str(key): value for key, value in data.items()}


def _pandas_row(text: str) -> tuple[int, int, dict[str, Any]] | None:
    """A dataset's row as a tool prints it, a column's name then its value on each line:
    pandas' "title                Staff Accountant", a transposed frame's "title<tab>Staff
    Accountant", sqlite's line mode "      title = Staff Accountant"; where the lines
    stand and their fields."""
    for printed in _PRINTED_FIELDS:
        run = list(printed.finditer(text))
        if len(run) < _MIN_PRINTED_FIELDS:
            continue
        first = run[0]
        block = [first]
        for match in run[1:]:
            if match.start() != block[-1].end() + 1:
                break  # the fields stand one a line, each right under the last
            block.append(match)
        if len(block) >= _MIN_PRINTED_FIELDS:
            fields = {m.group(1): m.group(2) or "" for m in block}
            return first.start(), block[-1].end(), fields
    return None


_MOST_OF_THE_TEXT = 0.6
_NAN = re.compile(r"([:,\[]\s*)nan\b")
_FIELD_NAME = r"^[ \t]*([a-z][a-z0-9_]{1,30})"
_PRINTED_FIELDS = (
    re.compile(rf"{_FIELD_NAME} {{2,}}(\S[^\n]*)$", re.MULTILINE),
    re.compile(rf"{_FIELD_NAME}\t+(\S[^\n]*)$", re.MULTILINE),
    re.compile(rf"{_FIELD_NAME} = ?([^\n]*)$", re.MULTILINE),
)
_MIN_PRINTED_FIELDS = 5
# A dataset viewer's row copied from the page: each column's name on a line of its own
# over its value's line ("title" / "Staff Accountant" / "location" / "US, NY, New York").
_VIEWER_FIELD = re.compile(
    r"^([a-z][a-z0-9_]{1,30})\n(?!(?!(?:null|nan|none)\n)[a-z][a-z0-9_]{1,30}\n)([^\n]+)$", re.M
)


def _viewer_row(text: str) -> tuple[int, int, dict[str, Any]] | None:
    """A row a dataset viewer shows, its names and values on lines by turns: where those
    lines stand and their fields, when there are five or more in a run."""
    block: list[re.Match[str]] = []
    for match in _VIEWER_FIELD.finditer(text):
        if block and match.start() != block[-1].end() + 1:
            if len(block) >= _MIN_PRINTED_FIELDS:
                break
            block = []
        block.append(match)
    if len(block) < _MIN_PRINTED_FIELDS:
        return None
    fields = {m.group(1): m.group(2) for m in block}
    return block[0].start(), block[-1].end(), fields


def _json_record(text: str) -> dict[str, Any] | list[Any] | None:
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    return data if isinstance(data, dict | list) else None


def _csv_rows(text: str) -> list[dict[str, str]] | None:
    """A CSV export's rows by their header's names: "job_id,title,location,…" over rows
    whose quoted cells may run over several lines; None unless every row has a cell a
    column."""
    first, _, rest = text.strip().partition("\n")
    if not rest.strip():
        return None
    delimiter = max(_DELIMITERS, key=first.count)
    try:  # junk pasted (a stray carriage return in a field) is no export
        header = [name.strip() for name in next(csv.reader([first], delimiter=delimiter))]
        if len(header) < _MIN_COLUMNS or not all(map(_COLUMN_NAME.fullmatch, header)):
            return None
        rows = list(csv.reader(io.StringIO(rest), delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows or len(rows) > _MAX_ROWS or any(len(row) != len(header) for row in rows):
        return None
    return [dict(zip(header, row, strict=True)) for row in rows]


def _write(key: str, value: Any, lines: list[str]) -> None:
    if isinstance(value, dict):
        _write_object(key, value, lines)
    elif isinstance(value, list):
        _write_list(key, value, lines)
    elif isinstance(value, str):
        _write_string(key, value, lines)
    elif value is not None:
        shown = ("yes" if value else "no") if isinstance(value, bool) else str(value)
        lines.append(f"{key}: {shown}" if key else shown)


def _write_object(key: str, value: dict[str, Any], lines: list[str]) -> None:
    # JSON-LD's "@context" and "@type" name the schema, not the posting
    fields = {name: item for name, item in value.items() if not name.startswith("@")}
    name = fields.get("name")
    if (
        key
        and isinstance(name, str)
        and all(not isinstance(item, dict | list) for item in fields.values())
    ):
        # an organisation or a place by its name: "hiringOrganization": {"name": "Acme", …}
        lines.append(f"{key}: {name}")
        fields.pop("name")
        key = ""
    elif key:
        lines.append(f"{key}:")
    for name, item in fields.items():
        _write(name, item, lines)


def _write_list(key: str, value: list[Any], lines: list[str]) -> None:
    if all(isinstance(item, str | int | float) for item in value):
        items = [str(item).strip() for item in value if str(item).strip()]
        if items:
            lines.append(f"{key}: {', '.join(items)}" if key else ", ".join(items))
        return
    if key:
        lines.append(f"{key}:")
    for item in value:
        _write("", item, lines)
        lines.append("")


def _write_string(key: str, value: str, lines: list[str]) -> None:
    value = html_to_text(value) if looks_like_html(value) else value
    value = value.strip()
    if value.lower() in _EMPTY:
        return
    if not key:
        lines.extend((value, ""))
    elif "\n" in value or len(value) > _LINE_CHARS:
        lines.extend(("", f"{key}:", value, ""))
    else:
        lines.append(f"{key}: {value}")
