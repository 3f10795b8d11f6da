"""Files that appear whole or not at all, and CSV files safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

STANDARD_OUTPUT = "-"  # as a file name on the command line


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """A fresh temporary path beside `path`, renamed to `path` when the block succeeds.

    A failure or a kill leaves `path` as it was, never a truncated or empty file
    under the final name. The caller creates the temporary file with `open(…, "x")`
    or an SQLite connection, so it gets the user's usual permissions (umask), which
    `tempfile.mkstemp`'s 0600 would not.
    """
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


# Leading characters that make a spreadsheet run a cell as a formula, and the quote that
# keeps such a cell text (and that a cell starting with quote and formula sign gets too,
# so that `restored` gives every cell back as it was).
_FORMULA_START = frozenset("=+-@\t\r")
_GUARD = "'"
_GUARDED_AFTER = _FORMULA_START | {_GUARD}


def neutralised(cells: list[str]) -> list[str]:
    """Cells a spreadsheet shows as text: a formula-like start gets a leading quote.

    A whole row at a time: it runs on 4,000,000 cells in an export of 100,000 postings,
    most of them empty (a first-character lookup is four times `startswith`'s speed)."""
    return [
        _GUARD + cell
        if cell
        and cell[0] in _GUARDED_AFTER  # one lookup for most cells, as before quotes counted
        and (cell[0] != _GUARD or cell[1:2] in _GUARDED_AFTER)
        else cell
        for cell in cells
    ]


def restored(cell: str) -> str:
    """A cell as it was before `neutralised`: the guard's leading quote taken off."""
    return cell[1:] if cell[:1] == _GUARD and cell[1:2] in _GUARDED_AFTER else cell


def write_csv(path: Path, header: Sequence[str], rows: Iterable[list[str]]) -> int:
    """Write a CSV file (RFC 4180, UTF-8 with a BOM for spreadsheets) whole or not at all,
    each cell `neutralised`; returns the rows written (the header apart). The path "-" is
    standard output, for a pipe.

    A failed export never leaves a truncated spreadsheet over a good one.
    """
    with _csv_file(path) as handle:
        csv.writer(handle, lineterminator="\r\n").writerow(header)
        return write_rows(handle, rows)


def write_rows(handle: TextIO, rows: Iterable[list[str]]) -> int:
    """The rows as `write_csv` writes them, without a header: a part of a file that
    `write_csv_parts` joins. Returns how many were written."""
    writer = csv.writer(handle, lineterminator="\r\n")
    count = 0
    for row in rows:
        writer.writerow(neutralised(row))
        count += 1
    return count


def write_csv_parts(path: Path, header: Sequence[str], parts: Iterable[Path]) -> None:
    """A CSV file as `write_csv` writes it, from parts written in UTF-8 by `write_rows`,
    in their order."""
    with _csv_file(path) as handle:
        csv.writer(handle, lineterminator="\r\n").writerow(header)
        for part in parts:
            with open(part, encoding="utf-8", newline="") as rows:
                shutil.copyfileobj(rows, handle)


@contextmanager
def _csv_file(path: Path) -> Iterator[TextIO]:
    if str(path) == STANDARD_OUTPUT:
        yield sys.stdout
        return
    with (
        written_atomically(path) as temporary,
        open(temporary, "x", encoding="utf-8-sig", newline="") as handle,
    ):
        yield handle
