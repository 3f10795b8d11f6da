"""When to look whether another program changed the database: as the window is activated
(the user comes back from the terminal), and every few seconds while it shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

from desktop.ui.posting_model import PostingTableModel

# A change made by a script while the window shows, in the window within this.
CHECK_MS = 3000
# Asked again this soon when the watch could not tell (one of the window's own commits
# was being noted).
RETRY_MS = 100


class ChangeWatcher(QObject):
    """Asks `look` whether another program committed to the file: when `window` is
    activated, and every CHECK_MS while it shows (never while it is minimised or hidden).

    `look` is one PRAGMA on a connection of its own (`ChangeWatch.changed`,
    desktop/store/changes.py): microseconds, so it runs on the GUI thread. Its None (it
    cannot tell now) is asked again RETRY_MS later.

    Signals:
        changed(): another program changed the file since the last look that said so.
    """

    changed = Signal()

    def __init__(self, window: QWidget, look: Callable[[], bool | None]) -> None:
        super().__init__(window)
        self._window = window
        self._look = look
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(RETRY_MS)
        self._again.timeout.connect(self.check)
        self._stopped = False
        window.installEventFilter(self)
        self._follow_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.WindowActivate:
                self.check()
            elif kind in _SHOWN_OR_NOT:
                self._follow_window()
        return False

    def check(self) -> bool:
        """Look now; True if another program changed the file (`changed` said so too).

        Not while a dialog or a menu is open: the window may be in the middle of what it
        asked (a warning shown halfway through an edit runs the event loop); its change is
        seen as the window is activated again, or at the next tick.
        """
        if self._stopped or QApplication.activeModalWidget() or QApplication.activePopupWidget():
            return False
        answer = self._look()
        if answer is None:
            self._again.start()
            return False
        if answer:
            self.changed.emit()
        return answer

    def stop(self) -> None:
        """No more looks: the window is closing."""
        self._stopped = True
        self.timer.stop()
        self._again.stop()
        self._window.removeEventFilter(self)

    def _follow_window(self) -> None:
        """The timer runs while the window shows, not minimised."""
        shown = self._window.isVisible() and not self._window.isMinimized()
        if shown and not self._stopped:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()


_SHOWN_OR_NOT = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange)


@dataclass(frozen=True)
class ViewPlace:
    """Where the user left the table scrolled: the posting in its top row (None: at the
    top, where a posting added elsewhere shows as it comes), the scroll bars' values."""

    top: int | None
    down: int
    across: int

    @classmethod
    def of(cls, table: QTableView, model: PostingTableModel) -> ViewPlace:
        bar = table.verticalScrollBar()
        row = table.rowAt(0)
        top = None if bar.value() == bar.minimum() or row < 0 else model.posting_at(row).id
        return cls(top, bar.value(), table.horizontalScrollBar().value())

    def restore(self, table: QTableView, model: PostingTableModel) -> None:
        """The same posting at the top again, wherever the reload put its row."""
        bar = table.verticalScrollBar()
        row = None if self.top is None else model.row_of(self.top)
        if row is None:
            bar.setValue(bar.minimum() if self.top is None else self.down)  # or it is gone
        else:
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        table.horizontalScrollBar().setValue(self.across)
