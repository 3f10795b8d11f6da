"""Help → About names the licence of everything Gigdesk ships with."""

import re
import tomllib
from pathlib import Path

from desktop.ui.prompts import LICENCES

ROOT = Path(__file__).resolve().parent.parent.parent


def test_about_names_every_runtime_dependency_and_the_taxonomys_sources():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=;\[ ]", spec)[0] for spec in project["dependencies"]}
    shown = {"PySide6-Essentials": "PySide6"}
    for name in names:
        assert shown.get(name, name).casefold() in LICENCES.casefold(), name
    assert (ROOT / "resources" / "skills" / "SOURCES.md").is_file()
