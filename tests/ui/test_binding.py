"""The installed Qt binding keeps Python's reference counts whole.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that
returns nothing; after some tens of thousands of calls (typing in the filter of a
large tracker) Python aborts with "Fatal Python error: none_dealloc". This test
makes the calls the window makes and stops at the first sign of a fall, before
the interpreter can abort.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
from PySide6.QtWidgets import QLabel

CALLS = 100_000
ROUND = 1_000
# Other code may take or drop a handful of references meanwhile; a leak drops one per call.
SLACK = 50


def test_void_qt_calls_keep_none_and_true_alive(qapp):
    label = QLabel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(QStringListModel(["a", "b"]))
    calls = (
        lambda: label.setText("posting"),
        lambda: label.setToolTip("tip"),
        lambda: label.setEnabled(True),
        lambda: label.setVisible(False),
        proxy.invalidate,
        label.isEnabled,
    )
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    made = 0
    while made < CALLS:
        for _ in range(ROUND // len(calls)):
            for call in calls:
                call()
        made += ROUND
        none_lost = none_before - sys.getrefcount(None)
        true_lost = true_before - sys.getrefcount(True)
        assert none_lost <= SLACK and true_lost <= SLACK, (
            f"after {made} Qt calls, None lost {none_lost} references and True {true_lost}: "
            "this PySide6 release miscounts references on this Python and will crash the app"
        )
