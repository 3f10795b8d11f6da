"""Columns that fit the table's width, so that no column hides behind a sideways scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyle, QTableView
from shiboken6 import isValid

# The stretched column (the title) keeps this much where the others can shrink enough; a
# shrunk column keeps its first letters.
STRETCHED_MINIMUM = 160
SHRUNK_MINIMUM = 48
_REFIT_MS = 50  # after the rows change, once they stop changing


class ColumnFitter(QObject):
    """Keeps a table's visible columns within its width.

    Each column has a natural width: its default, or the width the user dragged it to.
    When the natural widths and the stretched column's minimum do not fit (a 1024-pixel
    screen, a wide detail pane), the other columns shrink: first down to what the rows in
    view show in them (an empty Follow-up column gives its room before Stage cuts
    "Applied" to "Appl…"), then in proportion to their room above their minimum
    (`SHRUNK_MINIMUM`; the one given where the column shows something: a date stays
    whole; what the rows in view show for a `whole` column); when the table widens again
    they grow back.
    """

    def __init__(
        self,
        view: QTableView,
        stretched: int,
        minimums: dict[int, int] | None = None,
        whole: tuple[int, ...] = (),
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretched = stretched
        self._minimums = minimums or {}
        self._whole = whole  # columns whose words in view stay whole ("Applying", "Applied")
        # A cell's margins around its words, on each side.
        self._padding = 2 * (
            view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 2
        )
        self._fitting = False
        header = view.horizontalHeader()
        self._natural = {column: header.sectionSize(column) for column in range(header.count())}
        header.sectionResized.connect(self._resized_by_user)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        if whole:
            # A whole column's words change with its rows ("Saved" becomes "Applying"): fit
            # again once a burst of changes is over.
            self._refit = QTimer(self)
            self._refit.setSingleShot(True)
            self._refit.setInterval(_REFIT_MS)
            self._refit.timeout.connect(self._fit_if_alive)
            model = view.model()
            for signal in (model.dataChanged, model.modelReset, model.rowsInserted):
                signal.connect(self._refit.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport is resized after the view (its width is then right); while the view
        # is being destroyed, there is nothing to fit.
        # Only a new width changes what fits: a sort or a filter changes the height alone.
        if (
            event.type() == QEvent.Type.Resize
            and watched is self._viewport
            and isValid(self._view)
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
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
        # Measured only where it decides a width (a whole column, a dated one).
        shown_width = {
            column: self._shown_width(column)
            for column in columns
            if column in self._whole or column in self._minimums
        }
        for column in self._whole:  # "Proposal sent" is wider than the stage's default width
            if column in natural:
                natural[column] = max(natural[column], shown_width[column])
        room = self._viewport.width() - STRETCHED_MINIMUM
        excess = sum(natural.values()) - room
        widths = dict(natural)
        if excess > 0:
            # What the rows in view need, never over the natural width; a column's own
            # minimum (a whole date) only where its cells in view hold something.
            needed = {
                column: min(natural[column], shown_width.get(column, natural[column]))
                for column in columns
            }
            minimum = {
                column: max(
                    SHRUNK_MINIMUM,
                    needed[column]
                    if column in self._whole
                    else min(self._minimums.get(column, SHRUNK_MINIMUM), needed[column]),
                )
                for column in columns
            }
            shown = {column: max(minimum[column], needed[column]) for column in columns}
            for floor in (shown, minimum):  # unused room first, then the rest in proportion
                slack = {column: max(0, widths[column] - floor[column]) for column in columns}
                total_slack = sum(slack.values())
                if excess <= 0 or not total_slack:
                    continue
                taken = min(excess, total_slack)
                for column in columns:
                    widths[column] -= round(taken * slack[column] / total_slack)
                excess -= taken
        self._fitting = True
        try:
            for column in columns:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def _fit_if_alive(self) -> None:
        if isValid(self._view):
            self.fit()

    def _shown_width(self, column: int) -> int:
        """The width the words of the column's cells in view take (0 when there are none).
        Only those, and only their words: Qt's sizeHintForColumn reads a thousand rows
        through the delegate, a second for every fit at 100,000."""
        view, model = self._view, self._view.model()
        rows = model.rowCount()
        if not rows:
            return 0
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(self._viewport.height() - 1)
        bottom = rows - 1 if bottom < 0 else bottom
        metrics = view.fontMetrics()
        words = max(
            metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
            for row in range(top, bottom + 1)
        )
        return words + self._padding if words else 0

    def _resized_by_user(self, column: int, old: int, new: int) -> None:
        """A width the user chose (or restored from the last session) is the natural one;
        a column shown or hidden changes what must fit."""
        if self._fitting or column == self._stretched:
            return
        if new:
            self._natural[column] = new
        if not old or not new:
            QTimer.singleShot(0, self.fit)
