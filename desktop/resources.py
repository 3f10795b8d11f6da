"""The one place that knows where the shipped data files live.

In a wheel they sit in `desktop/_resources`; in a source checkout (including an
editable install) they are the repository's top-level `resources/` folder.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).with_name("_resources")
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def resource_path(name: str) -> Path:
    path = resource_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"Gigdesk is missing its data file {path}; reinstall Gigdesk.")
    return path


@cache
def load_json(name: str) -> Any:
    """Parsed contents of a JSON data file, read once per process."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)
