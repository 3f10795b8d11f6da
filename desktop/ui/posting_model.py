"""The tracker table: one row per posting, sorted on real values, filtered as you type.

Sorting and filtering happen in the model itself, not in a QSortFilterProxyModel: a
filter change is one reset (a proxy reports one block per run of rows: 20,001 blocks
for one word at 100,000 postings), and a sort is one Python sort over keys kept per
column.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from desktop.collector import collector_paused
from desktop.domain.clock import UserTime
from desktop.domain.hours.working import HoursSummary
from desktop.domain.reading.lines import display_title
from desktop.domain.reading.terms import PayPeriod, Terms
from desktop.domain.red_flags.risk import Risk, RiskSummary
from desktop.domain.skills.checklist import FitSummary
from desktop.domain.tracking.intake import status_label
from desktop.domain.tracking.nudges import Nudge, Nudges, SilenceLimits, nudge_for
from desktop.domain.tracking.tracker import Outcome, Posting, PostingRow, Stage
from desktop.services.summaries import TableSummaries
from desktop.ui.column_fitter import COMPACT_ROLE
from desktop.ui.table_model import AnyIndex, HeaderedTableModel

_ALARM = QColor("#b3261e")  # risk and overdue follow-ups, on a light base
_ALARM_ON_DARK = QColor("#f2b8b5")  # the same on a dark base, where the deep red fades
# Silence past a stage's limit: amber to follow up (red to consider closing, as an alarm).
_AMBER = QColor("#b26a00")
_AMBER_ON_DARK = QColor("#ffcc80")
# Short enough to stay whole in a column as narrow as a date; the tooltip says the rest.
_NUDGE_WORDS = {Nudge.FOLLOW_UP: "follow up {days} d", Nudge.CLOSE: "close? {days} d"}
# A date in a narrow column: "5 Aug" (in English, as the rest of the window).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Hours on the hour, "15:00–23:00": the cell says "15–23", whole at 1024 pixels.
_ON_THE_HOUR = re.compile(r"(\d{2}):00–(\d{2}):00\b")


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    STAGE = 2
    SOURCE = 3
    ADDED = 4
    CHANGED = 5
    FOLLOW_UP = 6
    FIT = 7
    RISK = 8
    HOURS = 9
    PAY = 10
    ENGAGEMENT = 11
    CLIENT = 12


# The columns that show a day, in the user's zone.
DATE_COLUMNS = (Column.ADDED, Column.CHANGED, Column.FOLLOW_UP)
HEADERS = {
    Column.TITLE: "Title",
    Column.COMPANY: "Company / client",
    Column.STAGE: "Stage",
    Column.SOURCE: "Source",
    Column.ADDED: "Added",
    Column.CHANGED: "Last change",
    Column.FOLLOW_UP: "Follow-up",
    Column.FIT: "Fit",
    Column.RISK: "Risk",
    Column.HOURS: "Hours (your time)",
    Column.PAY: "Pay",
    Column.ENGAGEMENT: "Engagement",
    Column.CLIENT: "Client",
}


_STAGE_ORDER = {stage: place for place, stage in enumerate(Stage)}
# Markdown marks a pasted first line may carry: headings, emphasis, quotes, code.
_SUMMARY_COLUMNS = (
    Column.FIT,
    Column.RISK,
    Column.HOURS,
    Column.PAY,
    Column.ENGAGEMENT,
    Column.CLIENT,
)
# Pay sorts by what it is paid for, then by currency and amount: an hourly rate beside a
# salary says nothing.
_PERIOD_ORDER: dict[PayPeriod | None, int] = {
    **{period: place for place, period in enumerate(PayPeriod)},
    None: len(PayPeriod),
}
_LAST = "\U0010ffff"  # after any text: empty values sort last
# Rows looked for one by one after the rows moved (the window keeping its posting on show,
# a selection following a sort), before an index of every row is built for more.
_FEW_LOOKED_FOR = 8
# Clients sort from the best; postings without a client box last.
_CLIENT_ORDER = {"good": 0, "fair": 1, "poor": 2}
# How a sort key in a column with blank cells tells its row's group: the descending order
# reverses the rows within each group and keeps the groups in place, so that a blank cell
# (no title, no company, no checklist, no red flag, no pay…) is last both ways; on Hours,
# hours in words ("overlap 4 of 8 h") follow those on the user's clock both ways, and on
# Follow-up, the quiet postings follow those with a date. Keys of these columns lead with
# their group, text keys aside: those are plain strings, a blank one behind _LAST.


def _leading_group(key: tuple[Any, ...]) -> int:
    return int(key[0])


def _blank_text(key: str) -> int:
    return int(key >= _LAST)


_KEY_GROUPS: dict[Column, Callable[[Any], int]] = {
    Column.TITLE: _blank_text,
    Column.COMPANY: _blank_text,
    Column.SOURCE: _blank_text,
    Column.ENGAGEMENT: _blank_text,
    Column.FOLLOW_UP: _leading_group,
    Column.FIT: _leading_group,
    Column.RISK: _leading_group,
    Column.HOURS: _leading_group,
    Column.PAY: _leading_group,
    Column.CLIENT: lambda key: int(key == len(_CLIENT_ORDER)),
}
_MOST_GROUPS = 3


def short_hours(cell: str) -> str:
    """The Hours cell as the table shows it: "15:00–23:00" as "15–23", "16:00–07:00 (+1)"
    as "16–07 (+1)"; hours with minutes ("05:30–13:30") and words as they are. The tooltip
    (`hours_tooltip`) says them in full."""
    return _ON_THE_HOUR.sub(r"\1–\2", cell, count=1)


def hours_tooltip(hours: HoursSummary) -> str:
    """The hours in full, in the user's time and zone where converted, and as written."""
    written = f"“{' '.join(hours.text.split())}”"
    if not hours.local:
        return written
    zone = hours.local.removeprefix(hours.cell).strip()
    return f"{hours.cell} your time ({zone})\n{written}"


def as_row(posting: PostingRow) -> PostingRow:
    """What the table keeps of a posting: never its whole text."""
    return posting.row if isinstance(posting, Posting) else posting


@dataclass(frozen=True)
class Listing:
    """Every posting's table row, indexed, and its order by the columns asked for: what
    PostingTableModel.set_postings needs, built on the database thread by `make_listing`
    (the window's thread took 93-134 ms at 100,000 rows on a slow machine, now 25-31 ms).
    The sort itself is one C call that holds the interpreter on either thread (50-70 ms
    there for dates in no order); the rest of the building yields to the window."""

    rows: list[PostingRow]
    ids: list[int]  # each row's posting id, by place in rows
    places: dict[int, int]  # posting id -> place in rows
    orders: dict[Column, list[int]]  # places by each column, ascending
    stand_ins: dict[int, str]  # posting id -> the title shown for an untitled posting


def make_listing(postings: Sequence[PostingRow], columns: Sequence[Column] = ()) -> Listing:
    """The listing of these postings, ordered by `columns` (those that need nothing but the
    rows: ROW_COLUMNS). Touches nothing of Qt's, so it may run on any thread."""
    rows = list(map(as_row, postings))
    ids = [row.id for row in rows]
    places = dict(zip(ids, range(len(ids)), strict=True))
    # Worked out once here: a tenth of a large tracker is untitled, and its stand-ins took
    # 50-70 ms of each first click on Title at 100,000 postings.
    stand_ins = {row.id: display_title(row) for row in rows if not row.title}
    orders = {
        column: sorted(range(len(rows)), key=_row_keys(column, rows, stand_ins).__getitem__)
        for column in columns
    }
    return Listing(rows, ids, places, orders, stand_ins)


def _row_keys(
    column: Column, rows: Sequence[PostingRow], stand_ins: Mapping[int, str]
) -> list[Any]:
    """Each row's native, comparable value in a column of ROW_COLUMNS, empty values last in
    ascending order (an untitled row by its stand-in, from `stand_ins` where it is there).
    Text keys are plain strings (comparing them is several times cheaper than tuples); an
    empty value sorts last behind _LAST."""
    if column == Column.TITLE:
        return [
            title.casefold()
            if (title := r.title)
            else _LAST + (stand_ins.get(r.id) or display_title(r)).casefold()
            for r in rows
        ]
    if column == Column.COMPANY:
        return [company.casefold() if (company := r.company) else _LAST for r in rows]
    if column == Column.SOURCE:
        return [source.casefold() if (source := r.details.source) else _LAST for r in rows]
    if column == Column.ADDED:
        return [r.added_at for r in rows]
    if column == Column.CHANGED:
        return [r.updated_at for r in rows]
    raise ValueError(f"{column!r} needs more than the rows to sort")


# The columns whose order needs nothing but the rows (no summaries, no day, no labels).
ROW_COLUMNS = frozenset((Column.TITLE, Column.COMPANY, Column.SOURCE, Column.ADDED, Column.CHANGED))


# The columns a posting's terms fill.
_TERMS_COLUMNS = (Column.PAY, Column.ENGAGEMENT, Column.CLIENT)
Shown = TypeVar("Shown")  # a kind of summary the table shows


def _replaced(kept: dict[int, Shown], posting_id: int, value: Shown | None) -> bool:
    """Whether `value` differs from the posting's kept one; kept (dropped, for None) if so."""
    if kept.get(posting_id) == value:
        return False
    if value is None:
        kept.pop(posting_id, None)
    else:
        kept[posting_id] = value
    return True


def _stated(terms: Terms) -> Terms | None:
    """The terms as the table keeps them: none when the posting states none."""
    return terms if terms.pay or terms.engagement or terms.client else None


class PostingTableModel(HeaderedTableModel):
    """Every posting's row; `shown` of them, filtered and sorted, are the model's rows."""

    headers = tuple(HEADERS[column] for column in Column)

    def __init__(self, time: UserTime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self._rows: list[PostingRow] = []  # every posting, in load order
        self._stand_ins: dict[int, str] = {}  # the titles shown for untitled postings, by id
        self._ids: list[int] = []  # each row's posting id, by place in _rows
        self._places: dict[int, int] = {}  # posting id -> place in _rows
        self._shown: list[int] = []  # places in _rows, as the table shows them
        # posting id -> table row, built when first asked after the rows moved: a sort or a
        # keystroke in the filter at 100,000 rows need none of it (40 ms to build).
        self._shown_at: dict[int, int] | None = {}
        self._lookups_left = 0  # before the index is built
        self._match: frozenset[int] | None = None  # ids the filter lets through; None: all
        self._orders: dict[Column, list[int]] = {}  # places by each column, ascending, kept
        self._statuses: dict[str, set[int]] | None = None  # posting ids by status, kept
        self._labels: dict[tuple[Stage, Outcome | None, str], str] = {}
        self._fits: dict[int, FitSummary] = {}
        self._fit_shown = True  # False until the user names a skill: "0/4" says nothing yet
        self._risks: dict[int, RiskSummary] = {}
        self._hours: dict[int, HoursSummary] = {}
        self._terms: dict[int, Terms] = {}
        self._limits = SilenceLimits()
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        # A changed row finds its sorted place once control returns to the event loop:
        # reordering inside a selection change (which may save an edit) would pull
        # rows from under the view mid-signal.
        self._resort = QTimer(self)
        self._resort.setSingleShot(True)
        self._resort.setInterval(0)
        self._resort.timeout.connect(self._apply_sort)

    # Qt overrides

    def row_total(self) -> int:
        return len(self._shown)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        posting = self._rows[self._shown[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(posting, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(posting, column)
        if role == COMPACT_ROLE and column in DATE_COLUMNS:
            return self._compact_date(posting, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.FIT, Column.RISK):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RISK:
            risk = self._risks.get(posting.id)
            return _alarm() if risk and risk.level >= Risk.MEDIUM else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            if self._is_overdue(posting):
                return _alarm()
            nudge = self.nudge(posting)
            if nudge is None:
                return None
            return _alarm() if nudge[0] is Nudge.CLOSE else _on_base(_AMBER, _AMBER_ON_DARK)
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and not posting.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The first click on Fit sorts the best fit first (the header asks for this order).
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            if orientation == Qt.Orientation.Horizontal and section == Column.FIT:
                return Qt.SortOrder.DescendingOrder.value
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by a column's native values, keeping selections on their postings."""
        self._sort_column = Column(column) if column >= 0 else None
        self._sort_order = order
        self._apply_sort()

    # Content

    def set_postings(self, postings: Sequence[PostingRow] | Listing) -> None:
        """Every posting's row, from a listing built beside the window or built here."""
        listing = postings if isinstance(postings, Listing) else make_listing(postings)
        self.beginResetModel()
        self._rows, self._ids, self._places = listing.rows, listing.ids, listing.places
        self._stand_ins = listing.stand_ins
        self._forget_orders()
        self._orders.update(listing.orders)
        self._shown = self._shown_places()
        self._reindex()
        self.endResetModel()

    def filter_by(self, words: Sequence[str], found: Sequence[frozenset[int]]) -> None:
        """Show the postings holding every word: found for it in their text (`found`, one
        set per word, from the full-text search) or in their stage as the table words it."""
        if not words:
            self.set_match(None)
            return
        self.set_match(
            frozenset.intersection(
                *(ids | self._status_matches(word) for word, ids in zip(words, found, strict=True))
            )
        )

    def set_match(self, ids: frozenset[int] | None) -> None:
        """Show only the postings in `ids` (None: all), in one reset."""
        self.beginResetModel()
        self._match = ids
        self._shown = self._shown_places()
        self._reindex()
        self.endResetModel()

    def upsert(self, posting: PostingRow) -> None:
        """Show a new or changed posting in its sorted place without reloading the rest;
        the kept orders and statuses follow it (working them out again for 100,000 rows
        took 170 ms after each change, and as long again at the next keystroke)."""
        row = as_row(posting)
        self._stand_ins.pop(row.id, None)  # its title may be new, or gone
        place = self._places.get(row.id)
        if place is None:
            place = self._places[row.id] = len(self._rows)
            self._rows.append(row)
            self._ids.append(row.id)
        else:
            self._forget_status(self._rows[place])
            self._rows[place] = row
        self._keep_orders(place)
        if self._statuses is not None:
            self._statuses[self._status_of(row).casefold()].add(row.id)
        shown_at = self.row_of(row.id)
        if shown_at is None:
            if self._match is None or row.id in self._match:
                at = self._sorted_position(place)
                self.beginInsertRows(QModelIndex(), at, at)
                self._shown.insert(at, place)
                self._reindex()
                self.endInsertRows()
            return
        at = self._move_into_place(place, shown_at)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def _move_into_place(self, place: int, shown_at: int) -> int:
        """Move the row shown at `shown_at` (the one at `place`) where the sort puts it;
        where it is shown now."""
        at = self._sorted_position(place, leaving=shown_at)
        if at != shown_at:
            # Qt counts the destination with the row still in its old place.
            self.beginMoveRows(
                QModelIndex(), shown_at, shown_at, QModelIndex(), at + (at > shown_at)
            )
            self._shown.insert(at, self._shown.pop(shown_at))
            self._reindex()
            self.endMoveRows()
        return at

    def _keep_orders(self, place: int) -> None:
        """Move the row at `place` to its place in each kept column order."""
        for column, order in self._orders.items():
            if place < len(order):  # an order holds every place but a new one
                order.remove(place)
            order.insert(self._position(order, column, place, descending=False), place)

    def _forget_status(self, row: PostingRow) -> None:
        if self._statuses is not None:
            self._statuses[self._status_of(row).casefold()].discard(row.id)

    def _sorted_position(self, place: int, leaving: int | None = None) -> int:
        """Where the row at `place` goes among the shown rows, the one shown at `leaving`
        left out."""
        column = self._sort_column
        if column is None:
            return len(self._shown) if leaving is None else leaving
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return self._position(self._shown, column, place, descending=descending, leaving=leaving)

    def _position(
        self,
        places: Sequence[int],
        column: Column,
        place: int,
        *,
        descending: bool,
        leaving: int | None = None,
    ) -> int:
        """Where `place` goes in `places` (ordered by `column`; the one at `leaving` left
        out): where a stable sort puts it, by a binary search over a few rows' keys (in a
        column with blank cells, descending, the groups in place: see `_descending`)."""
        rows = self._rows

        group = _KEY_GROUPS.get(column)

        def key(at: int) -> tuple[Any, int]:
            return (self._sort_keys(column, [rows[at]])[0], at)

        def before(found: tuple[Any, int], wanted: tuple[Any, int]) -> bool:
            if not descending:
                return found < wanted
            if group is not None and group(found[0]) != group(wanted[0]):
                return group(found[0]) < group(wanted[0])
            return found > wanted

        wanted = key(place)
        low, high = 0, len(places) - (leaving is not None)
        while low < high:
            middle = (low + high) // 2
            real = middle + (leaving is not None and middle >= leaving)
            if before(key(places[real]), wanted):
                low = middle + 1
            else:
                high = middle
        return low

    def remove(self, posting_id: int) -> None:
        at = self.row_of(posting_id)
        place = self._places.pop(posting_id, None)
        if place is None:
            return
        if at is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[place]
        del self._ids[place]
        self._places = dict(zip(self._ids, range(len(self._ids)), strict=True))
        self._forget_orders()
        self._shown = [p - (p > place) for p in self._shown if p != place]
        self._reindex()
        if at is not None:
            self.endRemoveRows()

    def set_summaries(self, summaries: TableSummaries) -> None:
        """Show each posting's fit, risk and hours in the user's time, these alone."""
        self._fits, self._risks, self._hours, self._terms = {}, {}, {}, {}
        self.merge_summaries(summaries)
        self.settle_order()

    def merge_summaries(self, summaries: TableSummaries) -> None:
        """Show these postings' fit, risk and hours; other postings keep theirs.

        Rows keep their places until `settle_order`: summaries come in parts, and sorting
        every row again for each part would move rows under the user's eyes and stall
        the window (a sort of 100,000 rows shares the interpreter with the next part)."""
        self._fits.update(summaries.fits)
        self._risks.update(summaries.risks)
        self._hours.update(summaries.hours)
        self._terms.update(summaries.terms)
        for column in _SUMMARY_COLUMNS:
            self._orders.pop(column, None)
        # One signal for the block of summary columns: the view handles each at a cost that
        # grows with the rows (a sixth of a second for six at 100,000).
        if self._shown:
            first, last = min(_SUMMARY_COLUMNS), max(_SUMMARY_COLUMNS)
            self.dataChanged.emit(self.index(0, first), self.index(len(self._shown) - 1, last))

    def settle_order(self) -> None:
        """Sort again if the table is sorted by a summary column whose values changed."""
        if self._sort_column in _SUMMARY_COLUMNS and self._sort_column not in self._orders:
            self._resort.start()

    def show_summaries(
        self,
        posting_id: int,
        *,
        fit: FitSummary | None,
        risk: RiskSummary,
        hours: HoursSummary | None,
        terms: Terms,
    ) -> None:
        """A posting's summaries as its pane has just worked them out (`fit` None: no
        profile, the kept fit stays). Only a changed value repaints its cells and drops its
        column's sort order: the row's lookup costs a scan of the shown rows at 100,000
        (14 ms each, six of them when every posting shown set every column), and the order
        a sort by that column would reuse costs more. A row keeps its place while the user
        works on it, unless the sorted column was blank in it: a posting just added then
        moves to where the sort puts it (a trial saw a new "Low" risk land under the blank
        ones, sorted by Risk)."""
        arriving = self._blank_in_sorted_column(posting_id)
        changed = [
            *((Column.FIT,) if fit and _replaced(self._fits, posting_id, fit) else ()),
            *((Column.RISK,) if _replaced(self._risks, posting_id, risk) else ()),
            *((Column.HOURS,) if _replaced(self._hours, posting_id, hours) else ()),
            *(_TERMS_COLUMNS if _replaced(self._terms, posting_id, _stated(terms)) else ()),
        ]
        for column in changed:
            self._orders.pop(column, None)
        if not changed or (at := self.row_of(posting_id)) is None:
            return
        if arriving and self._sort_column in changed:
            at = self._move_into_place(self._places[posting_id], at)
        self.dataChanged.emit(self.index(at, min(changed)), self.index(at, max(changed)))

    def _blank_in_sorted_column(self, posting_id: int) -> bool:
        """Whether the posting's cell in the column the table is sorted by is blank."""
        column, place = self._sort_column, self._places.get(posting_id)
        if column is None or place is None or (group := _KEY_GROUPS.get(column)) is None:
            return False
        return group(self._sort_keys(column, [self._rows[place]])[0]) > 0

    @property
    def silence_limits(self) -> SilenceLimits:
        return self._limits

    def set_fit_shown(self, shown: bool) -> None:
        """Whether the Fit column shows each fit: not before the profile names a skill,
        when every posting would read "0 of" its must-haves."""
        if shown != self._fit_shown:
            self._fit_shown = shown
            self._column_changed(Column.FIT)

    def set_silence_limits(self, limits: SilenceLimits) -> None:
        """The days of silence after which a posting needs a follow-up, by stage."""
        self._limits = limits
        self._column_changed(Column.FOLLOW_UP)

    def nudge(self, posting: PostingRow) -> tuple[Nudge, int] | None:
        """Whether a posting has gone quiet too long today, and for how many days."""
        return nudge_for(posting, self._time.today(), self._limits, self._time.local)

    def day_changed(self) -> None:
        """A new day: follow-ups may have become due."""
        self._column_changed(Column.FOLLOW_UP)

    def zone_changed(self) -> None:
        """The user's zone changed: the days postings were added and changed may too."""
        for column in DATE_COLUMNS:
            self._column_changed(column)

    # Looking up

    def row_of(self, posting_id: int) -> int | None:
        """The table row showing the posting, if the filter lets it through: a few looked for
        in the shown list (a millisecond each at 100,000 rows), then all of them indexed."""
        if self._shown_at is None and self._lookups_left:
            self._lookups_left -= 1
            with suppress(ValueError):  # not shown: filtered out, or not placed yet
                return self._shown.index(self._places.get(posting_id, -1))
            return None
        if self._shown_at is None:
            shown_ids = map(self._ids.__getitem__, self._shown)
            self._shown_at = dict(zip(shown_ids, range(len(self._shown)), strict=True))
        return self._shown_at.get(posting_id)

    def posting_at(self, row: int) -> PostingRow:
        return self._rows[self._shown[row]]

    def shown_postings(self) -> list[PostingRow]:
        """The postings the filter lets through, in the table's order."""
        return list(map(self._rows.__getitem__, self._shown))

    def every_posting(self) -> list[PostingRow]:
        """All postings, those the filter hides too."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def _status_matches(self, word: str) -> frozenset[int]:
        """Postings whose stage or outcome, as the table words it, contains `word`: the few
        statuses are looked at, not every row at every keystroke."""
        if self._statuses is None:
            self._statuses = defaultdict(set)
            for row in self._rows:
                self._statuses[self._status_of(row).casefold()].add(row.id)
        return frozenset().union(*(ids for label, ids in self._statuses.items() if word in label))

    def _status_of(self, row: PostingRow) -> str:
        """status_label, worked out once for each of the few stage, outcome and source."""
        key = (row.stage, row.outcome, row.details.source)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = status_label(row)
        return label

    def _forget_orders(self) -> None:
        """The rows changed: orders and statuses are worked out again when next needed."""
        self._orders.clear()
        self._statuses = None

    # Sorting and showing

    def presorted_columns(self) -> tuple[Column, ...]:
        """The columns a listing built beside the window should come ordered by: the one
        the table is sorted by, if its order needs nothing but the rows."""
        column = self._sort_column
        return (column,) if column in ROW_COLUMNS else ()

    def _sort_keys(self, column: Column, rows: Sequence[PostingRow] | None = None) -> list[Any]:
        """Each row's native, comparable value in `column` (of every row, or of `rows`), empty
        values last in ascending order; one comprehension per column, as this runs over
        every row (100,000 of them)."""
        rows = self._rows if rows is None else rows
        if column in ROW_COLUMNS:
            return _row_keys(column, rows, self._stand_ins)
        if column == Column.STAGE:
            status, stage_order = self._status_of, _STAGE_ORDER
            return [(r.outcome is not None, stage_order[r.stage], status(r)) for r in rows]
        # Fit, Risk and Hours lead with a group (_KEY_GROUPS) that the descending order keeps.
        if column == Column.FIT:
            fits = self._fits
            return [
                (0, fit.met / fit.total, fit.met)
                if (fit := fits.get(r.id)) is not None and fit.total
                else (1, 0.0, 0)  # no checklist: a blank cell
                for r in rows
            ]
        if column == Column.RISK:
            risks = self._risks
            return [
                (0, int(risk.level))
                if (risk := risks.get(r.id)) is not None and risk.level
                else (1, 0)  # no red flag, or not worked out yet: a blank cell
                for r in rows
            ]
        if column == Column.HOURS:
            hours = self._hours
            return [
                ((0 if hour.local else 1), hour.cell) if hour and hour.cell else (2, "")
                for hour in (hours.get(r.id) for r in rows)
            ]
        if column == Column.PAY:
            terms = self._terms
            return [
                (False, _PERIOD_ORDER[pay.period], pay.currency, pay.max)
                if (term := terms.get(r.id)) is not None and (pay := term.pay) is not None
                else (True, 0, "", 0.0)
                for r in rows
            ]
        if column == Column.ENGAGEMENT:
            terms = self._terms
            return [
                engagement.label
                if (term := terms.get(r.id)) is not None and (engagement := term.engagement)
                else _LAST
                for r in rows
            ]
        if column == Column.CLIENT:
            terms = self._terms
            return [
                _CLIENT_ORDER.get(term.client, len(_CLIENT_ORDER))
                if (term := terms.get(r.id)) is not None
                else len(_CLIENT_ORDER)
                for r in rows
            ]
        # A date first, by date; then the postings gone quiet, longest silence first.
        nudges = Nudges(self._time.today(), self._limits, self._time.zone)
        return [
            (0, follow_up.toordinal())
            if (follow_up := r.details.follow_up) is not None
            else (1, r.last_moved.timestamp())
            if nudges.is_quiet(r)
            else (2, 0)
            for r in rows
        ]

    def _shown_places(self) -> list[int]:
        """The places of the rows the filter lets through, in the column's order (kept,
        so that a keystroke in the filter or a second click sorts nothing)."""
        places: Sequence[int] = range(len(self._rows))
        column = self._sort_column
        if column is not None:
            order = self._orders.get(column)
            if order is None:
                keys = self._sort_keys(column)
                order = self._orders[column] = sorted(places, key=keys.__getitem__)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                places = self._descending(column, order)
            else:
                places = order
        match, ids = self._match, self._ids
        if match is None:
            return list(places)
        return [place for place in places if ids[place] in match]

    def _descending(self, column: Column, order: list[int]) -> list[int]:
        """`order` (ascending) the other way round; in a column with blank cells each group
        stays where it is, its rows reversed within it, so that blank cells stay last.
        The groups' bounds are found by a binary search: a few keys, whatever the rows."""
        group_of = _KEY_GROUPS.get(column)
        if group_of is None:
            return order[::-1]
        rows = self._rows

        def group(place: int) -> int:
            return group_of(self._sort_keys(column, [rows[place]])[0])

        bounds = [
            0,
            *(bisect_left(order, g, key=group) for g in range(1, _MOST_GROUPS)),
            len(order),
        ]
        places: list[int] = []
        for start, end in pairwise(bounds):
            places += order[start:end][::-1]
        return places

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[self._shown[i.row()]].id, i.column()) for i in persistent]
        with collector_paused():  # a key and a place for each of 100,000 rows
            self._shown = self._shown_places()
            self._reindex()
        rows = {posting_id: self.row_of(posting_id) for posting_id in {i for i, _ in kept}}
        self.changePersistentIndexList(
            persistent, [self._index_at(rows[posting_id], column) for posting_id, column in kept]
        )
        self.layoutChanged.emit()

    def _index_at(self, row: int | None, column: int) -> QModelIndex:
        return self.index(row, column) if row is not None else QModelIndex()

    def _column_changed(self, column: Column, resort: bool = True) -> None:
        self._orders.pop(column, None)
        if self._shown:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._shown) - 1, column))
        if resort and self._sort_column == column:
            self._resort.start()

    def _display(self, posting: PostingRow, column: Column) -> str:
        if column == Column.TITLE:
            return self._stand_ins.get(posting.id) or display_title(posting)
        if column == Column.COMPANY:
            return posting.company
        if column == Column.STAGE:
            return self._status_of(posting)
        if column == Column.SOURCE:
            return posting.details.source
        if column == Column.ADDED:
            return self._time.local(posting.added_at).date().isoformat()
        if column == Column.CHANGED:
            return self._time.local(posting.updated_at).date().isoformat()
        if column == Column.FIT:
            fit = self._fits.get(posting.id) if self._fit_shown else None
            return f"{fit.met}/{fit.total}" if fit and fit.total else ""
        if column == Column.RISK:
            risk = self._risks.get(posting.id)
            return risk.level.label.capitalize() if risk and risk.level else ""
        if column == Column.HOURS:
            hours = self._hours.get(posting.id)
            return short_hours(hours.cell) if hours else ""
        if column in (Column.PAY, Column.ENGAGEMENT, Column.CLIENT):
            return self._terms_text(posting, column)
        follow_up = posting.details.follow_up
        if follow_up:
            return follow_up.isoformat()
        nudge = self.nudge(posting)
        return _NUDGE_WORDS[nudge[0]].format(days=nudge[1]) if nudge else ""

    def _day(self, posting: PostingRow, column: Column) -> date | None:
        """The day a date column shows for the posting (none for a follow-up not set)."""
        if column == Column.ADDED:
            return self._time.local(posting.added_at).date()
        if column == Column.CHANGED:
            return self._time.local(posting.updated_at).date()
        return posting.details.follow_up

    def _compact_date(self, posting: PostingRow, column: Column) -> str | None:
        """A day of this year as "5 Aug", for a narrow table; another year's stays whole."""
        day = self._day(posting, column)
        if day is None or day.year != self._time.today().year:
            return None
        return f"{day.day} {_MONTHS[day.month - 1]}"

    def _terms_text(self, posting: PostingRow, column: Column) -> str:
        terms = self._terms.get(posting.id)
        if terms is None:
            return ""
        if column == Column.PAY:
            return terms.pay.written if terms.pay else ""
        if column == Column.CLIENT:
            return terms.client.capitalize()
        return terms.engagement.label if terms.engagement else ""

    def _tooltip(self, posting: PostingRow, column: Column) -> str | None:
        if column == Column.TITLE:
            return display_title(posting)
        if column == Column.COMPANY:  # whole where a narrow table cuts it
            return posting.company or None
        if column == Column.FIT:
            if not self._fit_shown:
                return "Set your skills (Ctrl+P) to see how you fit each posting"
            fit = self._fits.get(posting.id)
            return "You would need: " + ", ".join(fit.missing) if fit and fit.missing else None
        if column == Column.RISK:
            risk = self._risks.get(posting.id)
            return "Red flags: " + ", ".join(risk.flags) if risk and risk.flags else None
        if column == Column.HOURS:
            hours = self._hours.get(posting.id)
            return hours_tooltip(hours) if hours else None
        if column == Column.FOLLOW_UP and (nudge := self.nudge(posting)):
            limit = self._limits.for_stage(posting.stage)
            stage = self._status_of(posting)
            advice = (
                "close it as No response, or set a follow-up date"
                if nudge[0] is Nudge.CLOSE
                else "follow up, or set a follow-up date"
            )
            return f"No move for {nudge[1]} days; {stage} is followed up after {limit}: {advice}."
        if column in DATE_COLUMNS and (day := self._day(posting, column)) is not None:
            return day.isoformat()  # the whole date, where a narrow column says "5 Aug"
        return None

    def _is_overdue(self, posting: PostingRow) -> bool:
        follow_up = posting.details.follow_up
        return bool(follow_up and not posting.is_closed and follow_up <= self._time.today())

    def _reindex(self) -> None:
        self._shown_at, self._lookups_left = None, _FEW_LOOKED_FOR


def _alarm() -> QBrush:
    """The red of a warning, one that reads on the palette's base colour."""
    return _on_base(_ALARM, _ALARM_ON_DARK)


def _on_base(light: QColor, dark: QColor) -> QBrush:
    """`light` on a light base, `dark` on a dark one."""
    on_dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(dark if on_dark else light)


def words_of(query: str) -> list[str]:
    """The words the user typed, each to appear somewhere in a posting it keeps; a word of
    punctuation alone keeps every posting."""
    return [word for word in query.casefold().split() if any(c.isalnum() for c in word)]
