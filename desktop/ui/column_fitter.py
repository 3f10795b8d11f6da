"""Columns that fit the table's width, so that no column hides behind a sideways scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

# The stretched column (the title) keeps this much where the others can shrink enough; a
# shrunk column keeps its first letters.
STRETCHED_MINIMUM = 160
SHRUNK_MINIMUM = 48


class ColumnFitter(QObject):
    """Keeps a table's visible columns within its width.

    Each column has a natural width: its default, or the width the user dragged it to.
    When the natural widths and the stretched column's minimum do not fit (a 1024-pixel
    screen, a wide detail pane), the other columns shrink in proportion to their room
    above their minimum (`SHRUNK_MINIMUM`, or the one given: a date stays whole); when
    the table widens again they grow back.
    """

    def __init__(
        self, view: QTableView, stretched: int, minimums: dict[int, int] | None = None
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretched = stretched
        self._minimums = minimums or {}
        self._fitting = False
        header = view.horizontalHeader()
        self._natural = {column: header.sectionSize(column) for column in range(header.count())}
        header.sectionResized.connect(self._resized_by_user)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport is resized after the view (its width is then right); while the view
        # is being destroyed, there is nothing to fit.
        if event.type() == QEvent.Type.Resize and watched is self._viewport and isValid(self._view):
            self.fit()
        return False

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        columns = [
            column
            for column in range(header.count())
            if column != self._stretched and not header.isSectionHidden(column)
        ]
        natural = {
            column: self._natural.get(column, header.sectionSize(column)) for column in columns
        }
        room = self._viewport.width() - STRETCHED_MINIMUM
        excess = sum(natural.values()) - room
        slack = {
            column: max(0, width - self._minimums.get(column, SHRUNK_MINIMUM))
            for column, width in natural.items()
        }
        total_slack = sum(slack.values())
        self._fitting = True
        try:
            for column, width in natural.items():
                shrink = 0
                if excess > 0 and total_slack:
                    shrink = round(min(excess, total_slack) * slack[column] / total_slack)
                header.resizeSection(column, width - shrink)
        finally:
            self._fitting = False

    def _resized_by_user(self, column: int, old: int, new: int) -> None:
        """A width the user chose (or restored from the last session) is the natural one;
        a column shown or hidden changes what must fit."""
        if self._fitting or column == self._stretched:
            return
        if new:
            self._natural[column] = new
        if not old or not new:
            QTimer.singleShot(0, self.fit)
