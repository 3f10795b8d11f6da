"""The layers import one way: ui -> store -> domain. Domain and store never load Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def test_domain_store_and_cli_load_no_qt():
    code = (
        "import sys, desktop.domain.analysis, desktop.domain.export, desktop.domain.intake, "
        "desktop.store, desktop.cli; "
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


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("domain", ("PySide6", "sqlmodel", "sqlalchemy", "desktop.store", "desktop.ui")),
        ("store", ("PySide6", "desktop.ui")),
    ],
)
def test_lower_layers_do_not_import_upper_ones(layer, forbidden):
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(forbidden)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
