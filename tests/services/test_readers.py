"""Many postings are read in worker processes, each reading what this process would."""

import os

import pytest

from desktop.services.readers import MIN_PARALLEL, Readers, read_posting

POSTING = (
    "Bookkeeper No. {n}\nLedger & Lime Ltd · Leeds, UK\n\nMust have:\n"
    "- {n} months of Xero or QuickBooks\n- Payroll for small shops\n"
    "Core hours 9:00 am to 1:00 pm GMT. £{n}/hour.\n"
)


def test_workers_read_a_large_batch_as_this_process_does_and_keep_its_order():
    items = [(POSTING.format(n=n), "Upwork" if n % 3 else "") for n in range(MIN_PARALLEL + 7)]
    readers = Readers(workers=2)
    try:
        parallel = readers.read(items)
        assert readers.started
        again = readers.read(items[:MIN_PARALLEL])  # the same workers, kept between batches
    finally:
        readers.close()
    assert parallel == [read_posting(item) for item in items]
    assert again == parallel[:MIN_PARALLEL]
    assert parallel[5]["title"] == "Bookkeeper No. 5"


def test_a_small_batch_or_one_core_is_read_here():
    readers = Readers(workers=1)
    items = [(POSTING.format(n=n), "") for n in range(MIN_PARALLEL + 1)]
    assert readers.read(items) == [read_posting(item) for item in items]
    assert not readers.started
    few = Readers(workers=4)
    assert few.read(items[:3]) == [read_posting(item) for item in items[:3]]
    assert not few.started


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities to lower here")
def test_workers_run_below_the_window_so_its_thread_gets_the_processor_first():
    readers = Readers(workers=2)
    try:
        # The pool the large batches go to, asked how nice its processes are.
        niceness = readers._started().submit(os.nice, 0).result()
    finally:
        readers.close()
    assert niceness >= os.nice(0) + 10 or niceness == 19
