"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from desktop.services import Tracker
from desktop.store import Store

DATA = Path(__file__).parent / "data"


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


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths, clock: FakeClock) -> Iterator[Store]:
    opened = Store.open(paths.db_file, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def tracker(store: Store) -> Tracker:
    """The use cases over the test's store, as the window and the command line get them."""
    return Tracker(store)


def fixture_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")
