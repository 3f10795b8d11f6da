"""Keeping Python's cyclic garbage collector off large structures: paused while they are
built, and the window's long-lived ones frozen out of its full passes.

Building 100,000 rows allocates millions of objects, and each allocation burst sets off
full collections that walk everything alive (a third of `list_rows` at 100,000 postings,
and 100-300 ms stalls of the window while the database thread reads). The rows hold no
reference cycles, so pausing the collector while they are built loses nothing; it runs
again as usual afterwards. Mercurial does the same for its large loads.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector as it was after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def building_long_lived() -> Iterator[None]:
    """The collector paused while the block builds what lives as long as the window (the
    table's rows and summaries), and that frozen out of its passes before it runs again.

    A pause does not stop objects from joining the collector's youngest generation: the
    first pass after it walks all the pause let pile up (100,000 rows: a 45 ms stall of the
    window, whichever thread set it off, as a pass holds the interpreter). Walked on every
    full pass after that (millions of objects), they stalled the window for 150 ms each time
    a background part allocated enough to set one off. Frozen objects are still freed when
    no longer used.
    """
    with collector_paused():
        yield
        gc.freeze()
