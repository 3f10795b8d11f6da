"""The README's promises that can drift: commands, CSV columns, keyboard shortcuts."""

import re
from pathlib import Path

from desktop.domain.tracking.export import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def table_rows(after_heading: str) -> list[list[str]]:
    section = README.split(after_heading, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[1:]]


def test_ci_runs_the_readme_test_command_word_for_word():
    commands = re.findall(r"```sh\n(.+?)\n```", README)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_csv_column_is_documented_in_order():
    documented = [row[0].strip("`") for row in table_rows("## CSV export")]
    assert tuple(documented) == COLUMNS
