"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from desktop.services import Tracker
from desktop.store import Store

DATA = Path(__file__).parent / "data"
# Tests that hold a lock on purpose wait this long for it, not the app's 3 s.
BUSY_SECONDS = 0.1


class FakeClock:
    """A clock that moves only when told, one minute per call by default."""

    def __init__(self, start: datetime = datetime(2026, 8, 3, 9, 0, tzinfo=UTC)) -> None:
        self.now = start
        self.step = timedelta(minutes=1)

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current

    def jump(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture(autouse=True)
def _no_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user folder through the environment."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


@pytest.fixture(autouse=True)
def _no_process_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line sets up logging for its whole process: files in the per-user log
    folder, faulthandler. In tests it does not; tests/test_logs.py calls it itself."""
    monkeypatch.setattr("desktop.cli.setup_logging", lambda folder, *, debug=False: None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths, clock: FakeClock) -> Iterator[Store]:
    opened = Store.open(paths.db_file, clock=clock, busy_timeout=BUSY_SECONDS)
    yield opened
    opened.close()


@pytest.fixture
def tracker(store: Store) -> Tracker:
    """The use cases over the test's store, as the window and the command line get them."""
    return Tracker(store)


def fixture_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# Which tests need Qt: `pytest -m "not gui"` must run without ever creating a QApplication
# (tests/test_markers.py runs it with Qt unable to start, and checks the rule itself).
QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester", "qtlog"})
# Named anywhere in a test module (an import at the top, in a test, or importorskip's
# argument), these bring Qt in: the binding, the window's package, the app, the UI tests' helpers.
QT_MODULES = re.compile(r"\b(?:PySide6|shiboken6|desktop\.ui|desktop\.app|tests\.ui)\b")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark `gui` every test that asks for a pytest-qt fixture (directly or through another
    fixture) or whose module names a module that brings Qt in."""
    by_file: dict[Path, bool] = {}
    for item in items:
        path = item.path
        if path not in by_file:
            by_file[path] = bool(QT_MODULES.search(path.read_text(encoding="utf-8")))
        if by_file[path] or not QT_FIXTURES.isdisjoint(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
