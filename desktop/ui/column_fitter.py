"""Columns that fit the table's width, so that no column hides behind a sideways scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
    "Applied" to "Appl…", a date column keeps only its date's width), then the columns of
    words (the stretched one among them, from what its rows in view need up to
    `STRETCHED_MINIMUM`) share what is left in proportion to their widths, none below its
    minimum (`SHRUNK_MINIMUM`): a company and the hours are cut as far as the title is,
    not down to three letters while the dates stay whole. A date column keeps its date
    where it shows one, a `whole` column what its rows in view show. When the table widens
    again they grow back.
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
        # What the rows in view show (a few dozen cells a column, never the whole model).
        shown_width = {column: self._shown_width(column) for column in columns}
        for column in self._whole:  # "Proposal sent" is wider than the stage's default width
            if column in natural:
                natural[column] = max(natural[column], shown_width[column])
        room = self._viewport.width() - STRETCHED_MINIMUM
        excess = sum(natural.values()) - room
        widths = dict(natural)
        if excess > 0:
            # What the rows in view need, never over the natural width; a column's own
            # minimum (a whole date) only where its cells in view hold something.
            needed = {column: min(natural[column], shown_width[column]) for column in columns}
            minimum = {
                column: max(
                    SHRUNK_MINIMUM,
                    needed[column]
                    if column in self._whole
                    else min(self._minimums.get(column, SHRUNK_MINIMUM), needed[column]),
                )
                if needed[column]
                else self._empty_width(column)
                for column in columns
            }
            shown = {column: max(minimum[column], needed[column]) for column in columns}
            # Unused room first: what no row in view shows.
            slack = {column: max(0, widths[column] - shown[column]) for column in columns}
            total_slack = sum(slack.values())
            if total_slack:
                taken = min(excess, total_slack)
                for column in columns:
                    widths[column] -= round(taken * slack[column] / total_slack)
            # Then the columns of words share what the dates and whole columns leave.
            worded = [c for c in columns if c not in self._whole and c not in self._minimums]
            title = self._shown_width(self._stretched) or STRETCHED_MINIMUM
            wanted = {column: widths[column] for column in worded}
            wanted[self._stretched] = min(STRETCHED_MINIMUM, max(title, SHRUNK_MINIMUM))
            floors = {column: min(wanted[column], minimum[column]) for column in worded}
            floors[self._stretched] = min(wanted[self._stretched], STRETCHED_MINIMUM // 2)
            left = self._viewport.width() - sum(
                widths[column] for column in columns if column not in wanted
            )
            for column, width in _shared(wanted, floors, left).items():
                if column != self._stretched:  # the stretched column takes what is left
                    widths[column] = width
        self._fitting = True
        try:
            for column in columns:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def _fit_if_alive(self) -> None:
        if isValid(self._view):
            self.fit()

    def _empty_width(self, column: int) -> int:
        """How narrow a column that shows nothing in view may go: its header's word whole
        ("Fit", "Risk"), up to `SHRUNK_MINIMUM`."""
        label = self._view.model().headerData(column, Qt.Orientation.Horizontal)
        words = self._view.horizontalHeader().fontMetrics().horizontalAdvance(str(label or ""))
        return min(SHRUNK_MINIMUM, words + 2 * self._padding)

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


def _shared(wanted: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """`room` shared among columns in proportion to the widths they want, none below its
    floor and none above what it wants: every column cut by the same share, but for those
    held at their floor."""
    if sum(wanted.values()) <= room:
        return dict(wanted)
    held: dict[int, int] = {}
    while True:
        free = {column: width for column, width in wanted.items() if column not in held}
        share = max(0, room - sum(held.values())) / (sum(free.values()) or 1)
        below = {c: floors[c] for c, width in free.items() if width * share < floors[c]}
        if not below:
            return held | {column: int(width * share) for column, width in free.items()}
        held |= below
