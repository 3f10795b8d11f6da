"""The `gui` marker is applied by tests/conftest.py, and `-m "not gui"` really runs without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 180
# The nested `not gui` run is most of the suite (two thousand tests, some three minutes on a
# busy two-core machine, and growing): it gets its own limit, under the test's own timeout.
SUITE_WAIT_SECONDS = 840
# No Qt platform plugin has this name: creating a QApplication or QGuiApplication aborts.
NO_PLATFORM = "no-such-platform-for-not-gui-runs"

# Loaded into the `not gui` run with -p: fails any test after which a Qt application
# exists, so a QCoreApplication (which needs no platform plugin) is caught as well.
GUARD = """
import sys

def pytest_runtest_teardown(item):
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        raise AssertionError(f"{item.nodeid} left a Qt application behind")
"""

# A project in a temporary folder with tests/conftest.py's hook and one test per case.
CASES = {
    "conftest.py": """
        import pytest
        from tests.conftest import pytest_collection_modifyitems

        @pytest.fixture
        def window(qtbot):
            return qtbot

        @pytest.fixture
        def outer(window):
            return window
    """,
    "pytest.ini": """
        [pytest]
        qt_api = pyside6
        addopts = --strict-markers -p no:cacheprovider
        markers = gui: needs a QApplication
    """,
    "test_plain.py": """
        from desktop.domain.tracking.tracker import Stage
        from tests.conftest import fixture_text

        def test_plain(tmp_path):
            assert Stage.SAVED

        def test_qtbot(qtbot): ...
        def test_qapp(qapp): ...
        def test_modeltester(qtmodeltester): ...
        def test_qtlog(qtlog): ...
        def test_window(window): ...
        def test_outer(outer): ...
    """,
    "test_cli_only.py": """
        from desktop.cli import main

        def test_cli(): ...
    """,
    "test_pyside.py": """
        from PySide6.QtCore import Qt

        def test_nothing_from_qt_used(): ...
    """,
    "test_ui_helper.py": """
        from desktop.ui.reading_view import display_text

        def test_a_plain_function_from_a_qt_module(): ...
    """,
    "test_through_helpers.py": """
        from tests.ui.conftest import FakePrompts

        def test_a_helper_whose_module_imports_the_window(): ...
    """,
    "test_local_import.py": """
        def test_imports_qt_when_run():
            from PySide6.QtWidgets import QApplication
    """,
    "test_import_at_run_time.py": """
        import pytest

        QtCore = pytest.importorskip("PySide6.QtCore")

        def test_module_imported_by_a_call(): ...
    """,
}
NOT_GUI = {"test_plain.py::test_plain", "test_cli_only.py::test_cli"}
GUI = {
    *(f"test_plain.py::test_{name}" for name in ("qtbot", "qapp", "modeltester", "qtlog")),
    "test_plain.py::test_window",
    "test_plain.py::test_outer",
    "test_pyside.py::test_nothing_from_qt_used",
    "test_ui_helper.py::test_a_plain_function_from_a_qt_module",
    "test_through_helpers.py::test_a_helper_whose_module_imports_the_window",
    "test_local_import.py::test_imports_qt_when_run",
    "test_import_at_run_time.py::test_module_imported_by_a_call",
}
# The `not gui` run leaves out the `slow` tests: this one, or it would start itself again,
# and tests/reliability's, which race real processes (flaky when run nested, under load)
# that are the command line, which test_layers.py shows loads no Qt.
NOT_GUI_RUN = "not gui and not slow"


def _pytest(
    args: list[str],
    cwd: Path,
    plugins: Path | None = None,
    wait: float = WAIT_SECONDS,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """pytest in a subprocess, run in `cwd`, importing this project and modules in `plugins`."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    path = os.pathsep.join(str(folder) for folder in (plugins, ROOT) if folder)
    return subprocess.run(
        [sys.executable, "-m", "pytest", *args],
        cwd=cwd,
        env={**environ, **env, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=wait,
        check=False,
    )


def test_the_marking_rule_on_each_way_a_test_can_use_qt(tmp_path: Path):
    for name, text in CASES.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    result = _pytest(["--collect-only", "-q", "-m", "not gui"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert {line for line in result.stdout.splitlines() if "::" in line} == NOT_GUI
    summary = f"{len(NOT_GUI)}/{len(NOT_GUI | GUI)} tests collected ({len(GUI)} deselected)"
    assert summary in result.stdout


def test_the_traps_are_armed(tmp_path: Path):
    """No QApplication starts without its platform; the guard fails a QCoreApplication."""
    code = "from PySide6.QtWidgets import QApplication; QApplication([]); print('started')"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": NO_PLATFORM},
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )
    assert result.returncode != 0
    assert "started" not in result.stdout

    (tmp_path / "no_qt_guard.py").write_text(GUARD, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_core_app.py").write_text(
        "import importlib\n\n"
        "def test_sneaks_one_in():\n"
        "    importlib.import_module('PySide6.QtCore').QCoreApplication([])\n",
        encoding="utf-8",
    )
    result = _pytest(["-q", "-p", "no_qt_guard", "-p", "no:cacheprovider"], tmp_path, tmp_path)
    assert "1 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "test_sneaks_one_in left a Qt application behind" in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(SUITE_WAIT_SECONDS + 60)
def test_not_gui_runs_every_other_test_without_ever_starting_qt(tmp_path: Path):
    """The suite but `gui` (and `slow`), where any Qt application aborts or fails its test."""
    (tmp_path / "no_qt_guard.py").write_text(GUARD, encoding="utf-8")
    result = _pytest(
        ["-m", NOT_GUI_RUN, "-q", "-p", "no:cacheprovider", "-p", "no_qt_guard"],
        ROOT,
        tmp_path,
        SUITE_WAIT_SECONDS,
        QT_QPA_PLATFORM=NO_PLATFORM,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert " passed" in summary and " deselected" in summary, summary
