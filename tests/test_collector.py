"""The collector kept off what the window builds to keep (desktop/collector.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from desktop.collector import building_long_lived


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    """Each test starts and ends with nothing frozen, the collector on."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


class _Row:
    def __init__(self, number: int) -> None:
        self.cells = [number, str(number)]


def test_rows_built_to_keep_are_left_out_of_later_collections() -> None:
    with building_long_lived():
        rows = [_Row(n) for n in range(5_000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    # Frozen: no generation holds them, so no pass walks them again...
    assert not any(obj is rows[0] for obj in gc.get_objects())
    assert gc.get_freeze_count() >= len(rows)
    # ...and they are still freed once nothing uses them.
    first = weakref.ref(rows[0])
    del rows
    assert first() is None


def test_a_collector_turned_off_stays_off() -> None:
    gc.disable()
    with building_long_lived():
        pass
    assert not gc.isenabled()


def test_an_error_in_the_block_turns_the_collector_back_on() -> None:
    with pytest.raises(ValueError), building_long_lived():
        raise ValueError("a damaged row")
    assert gc.isenabled()
