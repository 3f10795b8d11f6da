"""Gigdesk in the Linux applications menu: a .desktop entry and the icon, in the user's own
folders (the XDG data home), so a launcher shows Gigdesk without a terminal."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from desktop import APP_ID, APP_NAME
from desktop.domain.files import written_atomically
from desktop.resources import resource_path

ICON_FILE = "gigdesk.svg"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share, as the XDG base directory specification says."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def install_desktop_entry(command: Sequence[str], home: Path | None = None) -> list[Path]:
    """Write the icon and an entry that runs `command`; returns the files written."""
    home = home or data_home()
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    entry = home / "applications" / f"{APP_ID}.desktop"
    _write(icon, resource_path(ICON_FILE).read_bytes())
    _write(entry, desktop_entry(command).encode("utf-8"))
    return [entry, icon]


def desktop_entry(command: Sequence[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "GenericName=Job application tracker",
            "Comment=Track the job and contract postings you apply to, on this computer only",
            f"Exec={' '.join(_exec_argument(part) for part in command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Office;",
            "Keywords=job;jobs;contract;freelance;gig;application;tracker;",
            "",
        ]
    )


def _exec_argument(argument: str) -> str:
    """An argument of an Exec line: quoted, with its reserved characters escaped, when it
    holds any (the Desktop Entry specification's rules); a literal % is doubled."""
    argument = argument.replace("%", "%%")
    if not re.search(r"[\s\"'\\><~|&;$*?#()`]", argument):
        return argument
    return '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as temporary, open(temporary, "xb") as out:
        out.write(content)
