"""Release habits: one version number, shown by the command, and a changelog entry for it."""

import re
import tomllib
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_written_once_and_the_build_takes_it_from_there():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "desktop/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_gigdesk_version_names_it(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"gigdesk {__version__}"


def test_the_changelog_says_what_this_version_changed():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", changelog, re.M)
    assert versions[0] == ("Unreleased", "")
    assert versions[1][0] == __version__ and versions[1][1]  # released, with its day
    entry = changelog.split(f"## [{__version__}]", 1)[1].split("\n## [", 1)[0]
    assert re.search(r"^### (Added|Changed|Fixed|Removed|Deprecated|Security)$", entry, re.M)
