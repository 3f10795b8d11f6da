"""Measure the board (Ctrl+B) on a big tracker: switching to it, moving a card, filtering.

    python benchmarks/bench_board.py --data DIR [--runs 5]

`--data DIR` is a data folder made by benchmarks/make_tracker.py; its database is copied to
a temporary folder first, so the folder is never changed. The window runs offscreen in this
process at 1280x800, its work run at once, the whole list loaded before anything is timed.
Each time runs until the window has handled what the action posted (the board built again,
the repaint). Memory is the process's resident set (VmRSS) before and after the first
switch, and the widgets the board holds are counted: a widget per posting would show there.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_tracker import copy_database, open_window  # noqa: E402


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        kib = next(line.split()[1] for line in status if line.startswith("VmRSS:"))
    return int(kib) / 1024


def timed(call: Callable[[], Any]) -> float:
    """Seconds until `call` is done and every event it posted is handled."""
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    call()
    QApplication.processEvents()
    QApplication.processEvents()  # the board's rebuild, queued by the first pass
    return time.perf_counter() - began


def settling(call: Callable[[], Any], seconds: float = 1.5) -> tuple[float, float]:
    """Run `call` from the event loop with a 10 ms timer ticking: the worst gap between ticks
    (the longest the window could not answer) and when the last gap over 20 ms ended (the
    columns laid out in steps, Qt's batched layout, are then done)."""
    from PySide6.QtCore import QEventLoop, QTimer

    began = time.perf_counter()
    ticks = [began]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    QTimer.singleShot(0, call)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    gaps = [(after - before, after) for before, after in itertools.pairwise(ticks)]
    worst = max(gap for gap, _ in gaps)
    settled = max((end for gap, end in gaps if gap > 0.02), default=began) - began
    return worst, settled


def median_ms(times: list[float]) -> str:
    middle = statistics.median(times) * 1000
    return f"{middle:,.0f} ms (runs {min(times) * 1000:,.0f} to {max(times) * 1000:,.0f})"


def set_filter(window: Any, text: str) -> None:
    from desktop.ui.posting_model import words_of

    words = words_of(text)
    window.model.filter_by(words, window.tracker.search(words) if words else [])


def measure_switch(window: Any, runs: int) -> None:
    from PySide6.QtWidgets import QWidget

    board, toggle = window.board, window.menu_actions.board.trigger
    before = resident_mib()
    first = timed(toggle)
    after = resident_mib()
    print(f"first switch to the board: {first * 1000:,.0f} ms")
    print(f"memory: {before:,.0f} MiB before, {after:,.0f} MiB after (+{after - before:,.0f})")
    print(f"cards per column: {', '.join(f'{m.rowCount():,}' for m in board.models)}")
    print(f"widgets in the board: {len(board.findChildren(QWidget))}")
    back, again, changed = [], [], []
    for _ in range(runs):
        back.append(timed(toggle))
        again.append(timed(toggle))
        timed(toggle)
        set_filter(window, "python")  # the list changes while the board is hidden
        set_filter(window, "")
        changed.append(settling(toggle))
    print(f"back to the list: {median_ms(back)}")
    print(f"to the board again, nothing changed: {median_ms(again)}")
    print(
        "to the board after the list changed (built again): worst stall "
        f"{median_ms([stall for stall, _ in changed])}, laid out after "
        f"{median_ms([settled for _, settled in changed])}"
    )
    print(
        f"building the board (one pass): {median_ms([timed(board.rebuild) for _ in range(runs)])}"
    )


def measure_moves(window: Any, runs: int) -> None:
    board = window.board
    window.select_posting(window.model.posting_at(0).id)
    moves, undos = [], []
    for _ in range(runs):
        moves.append(settling(lambda: board.step_current(forward=True)))
        undos.append(settling(window.undo_stack.undo))
    for name, times in (("a card moved by key", moves), ("the move undone (Ctrl+Z)", undos)):
        print(
            f"{name}: worst stall {median_ms([stall for stall, _ in times])}, laid out after "
            f"{median_ms([settled for _, settled in times])}"
        )


def measure_filter(window: Any, runs: int) -> None:
    filtered, cleared = [], []
    for _ in range(runs):
        filtered.append(settling(lambda: set_filter(window, "python")))
        shown = window.model.rowCount()
        cleared.append(settling(lambda: set_filter(window, "")))
    for name, times in (
        (f'filter "python" ({shown:,} shown)', filtered),
        ("filter cleared", cleared),
    ):
        print(
            f"{name} on the board: worst stall {median_ms([stall for stall, _ in times])}, "
            f"laid out after {median_ms([settled for _, settled in times])}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-board-") as scratch:
        folder = Path(scratch) / "data"
        copy_database(args.data, folder)
        window = open_window(folder)
        window.resize(1280, 800)
        print(f"postings: {window.model.total():,}")
        measure_switch(window, args.runs)
        measure_moves(window, args.runs)
        measure_filter(window, args.runs)
        print(f"memory at the end: {resident_mib():,.0f} MiB")
        window.close()


if __name__ == "__main__":
    main()
