"""Columns that fit the table's width, so that no column hides behind a sideways scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from shiboken6 import isValid

# The stretched column (the title) keeps about this many characters where the others can
# shrink enough; a shrunk column of words keeps its first letters.
TITLE_CHARACTERS = 24
SHRUNK_MINIMUM = 48
# What the title and the company keep before the short columns are cut: "Senior Django De…"
# and "TalentBridg…" rather than "Senior Django …" over "Tale…".
TITLE_READABLE = 16
READABLE_CHARACTERS = 12
SLIVER = 2  # characters: less room than this is not worth cutting a column's words for
# A cell's shortest words, shown where its own do not fit: "5 Aug" for "2026-08-05".
COMPACT_ROLE = Qt.ItemDataRole.UserRole + 2
_REFIT_MS = 50  # after the rows change, once they stop changing


class ColumnFitter(QObject):
    """Keeps a table's visible columns within its width.

    Each column has a natural width: its default, or the width the user dragged it to.
    When the natural widths and the stretched column's room do not fit (a 1024-pixel
    screen, a wide detail pane), the other columns shrink: first down to what the rows in
    view show in them (an empty Follow-up column gives its room before Stage cuts
    "Applied" to "Appl…", a date column keeps only its date's width); then the columns of
    dates, `whole` ones and those with `minimums` (the hours), down to what their rows in
    view show at their shortest (`COMPACT_ROLE`: "5 Aug" for "2026-08-05", painted so by
    `CompactDelegate`), uncut; then, only where that leaves the stretched column less
    than `TITLE_READABLE` characters or a `readable` one (the company) less than
    `READABLE_CHARACTERS`, the `yielding` ones are cut, the one that matters least first,
    each down to `SHRUNK_MINIMUM` before the next gives any (their words whole in their
    tooltips); then the columns of words share what is left, the stretched one keeping
    `TITLE_CHARACTERS` (from what its rows in view need up to that) and the others cut in
    proportion to their widths down to `SHRUNK_MINIMUM`, the readable ones to theirs. At
    1024 pixels the title and company were cut to "Unity Ga…" and "Pixel…" while the
    dates and the hours kept their full widths; then, beside a reminder ("follow up 9 d"),
    a fit ("195/197") and the hours ("17–01 (+1)") kept whole, to "Senior Django …" and
    "Acm…". When the table widens again they grow back.
    """

    def __init__(
        self,
        view: QTableView,
        stretched: int,
        minimums: dict[int, int] | None = None,
        whole: tuple[int, ...] = (),
        *,
        compact: tuple[int, ...] = (),
        readable: tuple[int, ...] = (),
        yielding: tuple[int, ...] = (),
    ) -> None:
        """`compact` columns show their cells' `COMPACT_ROLE` words where their own do not
        fit; `yielding` are the `whole` and `minimums` columns that may be cut, the one
        that matters least first, where the title and the `readable` columns would not
        read otherwise."""
        super().__init__(view)
        self._view = view
        self._stretched = stretched
        self._minimums = minimums or {}
        self._whole = whole  # columns whose words in view stay whole ("Applying", "Applied")
        self._readable = readable
        self._yielding = yielding
        # A cell's margins around its words, on each side.
        self._padding = 2 * (
            view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 2
        )
        self._fitting = False
        for column in compact:
            view.setItemDelegateForColumn(column, CompactDelegate(self._padding, view))
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
        title = min(self.title_room(), max(self._shown_width(self._stretched), SHRUNK_MINIMUM))
        widths = dict(natural)
        room = self._viewport.width()
        if sum(natural.values()) + title > room:
            fixed = [c for c in columns if c in self._whole or c in self._minimums]
            least = {
                column: self._least(column, natural[column], column in fixed) for column in columns
            }
            # Unused room first: what no row in view shows.
            needed = {
                column: max(least[column], min(natural[column], shown_width[column]))
                for column in columns
            }
            _take(widths, needed, sum(widths.values()) + title - room)
            # Then the dates, the stage, the fit, the risk and the hours, down to the least
            # their words in view need ("5 Aug" for "2026-08-05"): the words come first.
            _take(widths, {c: least[c] for c in fixed}, sum(widths.values()) + title - room)
            worded = [column for column in columns if column not in fixed]
            floors = {column: least[column] for column in worded}
            title_reads = min(title, self._characters(TITLE_READABLE))
            reads = self._characters(READABLE_CHARACTERS)
            readable = {c: min(reads, widths[c]) for c in self._readable if c in floors}
            # Then the short columns that matter least are cut, before the title and the
            # readable columns go below what reads (the other words to their floors).
            words = title_reads + sum((floors | readable).values())
            _give_in_turn(
                widths,
                dict.fromkeys((c for c in self._yielding if c in fixed), SHRUNK_MINIMUM),
                sum(widths[column] for column in fixed) + words - room,
                SLIVER * self._view.fontMetrics().averageCharWidth(),
            )
            # Then the columns of words share what is left, the title keeping its
            # `TITLE_CHARACTERS` while the others can give room and the readable ones what
            # reads (once the title has what reads); it takes what is left.
            left = room - sum(widths[column] for column in fixed)
            spare = left - title_reads - sum(floors.values())
            for column, width in readable.items():
                lift = max(0, min(width - floors[column], spare))
                floors[column] += lift
                spare -= lift
            wanted = {column: widths[column] for column in worded} | {self._stretched: title}
            shared = _shared(wanted, floors | {self._stretched: title}, left)
            widths |= {column: shared[column] for column in worded}
        self._fitting = True
        try:
            for column in columns:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def title_room(self) -> int:
        """The width the stretched column keeps while the others can give room: about
        `TITLE_CHARACTERS` characters."""
        return self._characters(TITLE_CHARACTERS)

    def _characters(self, count: int) -> int:
        """The width of a cell holding about `count` characters."""
        return count * self._view.fontMetrics().averageCharWidth() + self._padding

    def _least(self, column: int, natural: int, fixed: bool) -> int:
        """The narrowest a column goes: one showing nothing in view, its header's word;
        a column of words, `SHRUNK_MINIMUM`; a date, a stage, a fit, a risk or the hours,
        what its cells in view show at their shortest ("5 Aug", "16–07 (+1)", whole)."""
        empty = min(natural, self._empty_width(column))
        shortest = self._shown_width(column, compact=True)
        if not shortest:
            return empty
        if not fixed:
            return min(natural, SHRUNK_MINIMUM)
        if column not in self._whole:
            shortest = min(shortest, self._minimums.get(column, shortest))
        return min(natural, max(empty, shortest))

    def _fit_if_alive(self) -> None:
        if isValid(self._view):
            self.fit()

    def _empty_width(self, column: int) -> int:
        """How narrow a column that shows nothing in view may go: its header's word whole
        ("Fit", "Risk"), up to `SHRUNK_MINIMUM`."""
        label = self._view.model().headerData(column, Qt.Orientation.Horizontal)
        words = self._view.horizontalHeader().fontMetrics().horizontalAdvance(str(label or ""))
        return min(SHRUNK_MINIMUM, words + 2 * self._padding)

    def _shown_width(self, column: int, *, compact: bool = False) -> int:
        """The width the words of the column's cells in view take (0 when there are none),
        or with `compact` their shortest words (`COMPACT_ROLE`). Only those, and only their
        words: Qt's sizeHintForColumn reads a thousand rows through the delegate, a second
        for every fit at 100,000."""
        view, model = self._view, self._view.model()
        rows = model.rowCount()
        if not rows:
            return 0
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(self._viewport.height() - 1)
        bottom = rows - 1 if bottom < 0 else bottom
        metrics = view.fontMetrics()
        words = max(
            metrics.horizontalAdvance(str(_words(model.index(row, column), compact) or ""))
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


class CompactDelegate(QStyledItemDelegate):
    """Paints a cell's `COMPACT_ROLE` words ("5 Aug") where its own ("2026-08-05") do not
    fit its column, as the fitter narrowed it."""

    def __init__(self, padding: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._padding = padding

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        room = option.rect.width()
        if not room or option.fontMetrics.horizontalAdvance(option.text) + self._padding <= room:
            return
        if compact := index.data(COMPACT_ROLE):
            option.text = compact


def _words(index: QModelIndex, compact: bool) -> object:
    """What a cell shows: its shortest words with `compact`, where it has any."""
    return (compact and index.data(COMPACT_ROLE)) or index.data()


def _take(widths: dict[int, int], targets: dict[int, int], excess: int) -> None:
    """Up to `excess` taken from the columns of `targets`, each giving in proportion to its
    width over its target, none below its target."""
    slack = {column: max(0, widths[column] - target) for column, target in targets.items()}
    total = sum(slack.values())
    if excess <= 0 or not total:
        return
    taken = min(excess, total)
    for column, spare in slack.items():
        widths[column] -= round(taken * spare / total)


def _give_in_turn(widths: dict[int, int], floors: dict[int, int], excess: int, sliver: int) -> None:
    """Up to `excess` taken from the columns of `floors` in their order, each down to its
    floor before the next gives any. Less than a `sliver` is taken from none: a column
    cut for it says less ("30 N…" for "30 Nov") where the words would gain no letter."""
    for column, floor in floors.items():
        if excess < sliver:
            return
        given = min(excess, widths[column] - floor)
        if given >= sliver:
            widths[column] -= given
            excess -= given


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
