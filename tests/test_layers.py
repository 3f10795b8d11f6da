"""The layers import one way: ui -> services -> store -> domain. Only ui loads Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
# Qt, and the parts of Gigdesk that load it.
QT = ("PySide6", "shiboken6", "desktop.ui", "desktop.app")
# The reading, checklist, red-flag and hours rooms: analysis happens in services, not storage.
ANALYSIS = tuple(
    f"desktop.domain.{room}" for room in ("reading", "skills.fit", "red_flags", "hours")
)


def test_domain_store_services_and_cli_load_no_qt():
    code = (
        "import sys, desktop.domain.reading.analysis, desktop.domain.tracking.export, "
        "desktop.store, desktop.services, desktop.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(place: str) -> list[Path]:
    path = PACKAGE / place
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


@pytest.mark.parametrize(
    ("place", "forbidden"),
    [
        (
            "domain",
            (*QT, "sqlmodel", "sqlalchemy", "desktop.store", "desktop.services", "desktop.ui"),
        ),
        ("store", (*QT, "desktop.services", *ANALYSIS)),
        ("services", QT),
        ("ui", ("desktop.store",)),
        ("cli", ("PySide6", "shiboken6", "desktop.ui")),
    ],
)
def test_each_layer_imports_only_what_lies_below_it(place, forbidden):
    """The store keeps what it is given: reading, checking and red flags are not its job; the
    window reaches storage only through desktop.services; the command line never loads Qt."""
    modules = _modules(place)
    assert modules
    for path in modules:
        bad = {name for name in _imports(path) if name.startswith(forbidden)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
