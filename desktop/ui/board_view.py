"""The board: a column of cards per stage, and one for closed postings.

It shows what the tracker table shows (the same filter, the same order) and selects what
the table selects: a card chosen here becomes the table's current row, which the detail
pane follows. Each column is a QListView over a list of posting ids, its cards painted by
CardDelegate, so 100,000 postings make eight list views, not 100,000 widgets.

Closed postings (an outcome set) sit in a last column of their own whatever stage they
closed at: the stage columns are the work still open, as on a Huntr or Trello board, and
closing needs an outcome the detail pane's Outcome box asks for, so that column takes no
drops.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reading.lines import display_title
from desktop.domain.tracking.intake import is_freelance_source
from desktop.domain.tracking.tracker import FREELANCE_LABELS, PostingRow, Stage
from desktop.ui.card_delegate import CARD_ROLE, SEPARATOR, Card, CardDelegate
from desktop.ui.posting_model import Column, PostingTableModel

MIME_TYPE = "application/x-gigdesk-posting-ids"
COLUMN_WIDTH = 190  # the narrowest a column gets; wider windows share out the rest
CLOSED_TITLE = "Closed"
# A change to more rows than this at once is taken as a new list: the board is built again.
FEW_ROWS = 100

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# The board's columns: the stages in order, then the closed postings (None).
LANES: tuple[Stage | None, ...] = (*Stage, None)


def lane_of(posting: PostingRow) -> int:
    """The board column a posting's card is in."""
    return len(Stage) if posting.outcome is not None else _STAGE_PLACE[posting.stage]


_STAGE_PLACE = {stage: place for place, stage in enumerate(Stage)}


def _lane_title(stage: Stage | None, others: int, freelance: int) -> tuple[str, str]:
    """A column's name in the words the board's postings use for the stage, as the table and
    the stage box do: "Proposal sent" for Upwork's, "Applied" for the others', both when
    the board holds both; and the shorter name the column takes when both do not fit
    ("Applied")."""
    if stage is None:
        return CLOSED_TITLE, CLOSED_TITLE
    if freelance and not others:
        named = stage.label_for(freelance=True)
        return named, named
    if freelance and stage in FREELANCE_LABELS:
        return f"{stage.label} / {FREELANCE_LABELS[stage]}", stage.label
    return stage.label, stage.label


class LaneModel(QAbstractListModel):
    """The postings of one board column, by id, in the table's order; each card's words and
    colours are the table's own, read when painted.

    Signals:
        dropped(list, object): posting ids dropped here, and this column's Stage.
    """

    dropped = Signal(list, object)

    def __init__(self, table: PostingTableModel, stage: Stage | None, parent: QObject) -> None:
        super().__init__(parent)
        self._table = table
        self.stage = stage
        self.ids: list[int] = []
        self._rows: dict[int, int] | None = None  # posting id -> row here, worked out when asked

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._rows = None
        self.endResetModel()

    def take(self, posting_id: int) -> None:
        row = self.row_of(posting_id)
        if row is not None:
            self.beginRemoveRows(ROOT, row, row)
            del self.ids[row]
            self._rows = None
            self.endRemoveRows()

    def put(self, row: int, posting_id: int) -> None:
        self.beginInsertRows(ROOT, row, row)
        self.ids.insert(row, posting_id)
        self._rows = None
        self.endInsertRows()

    def row_of(self, posting_id: int) -> int | None:
        if self._rows is None:
            self._rows = dict(zip(self.ids, range(len(self.ids)), strict=True))
        return self._rows.get(posting_id)

    def posting(self, row: int) -> PostingRow | None:
        at = self._table.row_of(self.ids[row])
        return None if at is None else self._table.posting_at(at)

    # Qt overrides

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        table = self._table
        at = table.row_of(self.ids[index.row()])
        if at is None:  # gone from the table; the board is built again in a moment
            return None
        if role == CARD_ROLE:
            return self._card(at)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_title(table.posting_at(at))
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [table.index(at, c).data(role) for c in (Column.TITLE, Column.RISK, Column.FIT)]
            if due := table.index(at, Column.FOLLOW_UP).data():
                tips.append(f"Follow up on {due}")
            return "\n".join(tip for tip in tips if tip)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """A stage's cards can be dragged, and the column (its root) takes drops anywhere."""
        if self.stage is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = ",".join(str(self.ids[index.row()]) for index in indexes if index.isValid())
        data.setData(MIME_TYPE, QByteArray(ids.encode("ascii")))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self.stage is not None and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A card dropped here moves to this column's stage; the board is built again once
        the move is stored, so no row is added here (and none removed from the source)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode("ascii")
        self.dropped.emit([int(part) for part in text.split(",") if part], self.stage)
        return True

    def _card(self, at: int) -> Card:
        table = self._table
        posting = table.posting_at(at)

        def shown(column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return table.index(at, column).data(role)

        def brush(column: Column) -> QBrush | None:
            found = shown(column, Qt.ItemDataRole.ForegroundRole)
            return found if isinstance(found, QBrush) else None

        return Card(
            title=display_title(posting),
            untitled=not posting.title,
            company=posting.company,
            status=shown(Column.STAGE) if self.stage is None else "",
            fit=shown(Column.FIT),
            risk=shown(Column.RISK),
            risk_brush=brush(Column.RISK),
            follow_up=f"{due.day} {due:%b}" if (due := posting.details.follow_up) else "",
            overdue_brush=brush(Column.FOLLOW_UP),
        )


class ShortenedLabel(QLabel):
    """A one-line label that may be narrower than its text, which it then ends with "…"."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class LaneHeader(QWidget):
    """A column's name and how many cards it holds. A name of two stages' words longer than
    the column ("Applied / Proposal sent") gives way to its shorter one ("Applied"), the
    whole name in the tooltip: it was cut mid-word ("Applied / Proposal s…"). A name
    longer still is cut short, never the count: it was the count that went."""

    def __init__(self, tip: str) -> None:
        super().__init__()
        self._tip = tip
        self.setToolTip(tip)
        self.full_name = ""  # the name the column's cards give, shown whole or not
        self._short_name = ""
        self.name = ShortenedLabel()
        self.count = QLabel()
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 0)
        row.setSpacing(0)
        for label in (self.name, self.count):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            row.addWidget(label)
        row.addStretch(1)

    def set_title(self, name: str, count: int, short: str | None = None) -> None:
        """The column's name, the shorter one to show when it does not fit, and its count."""
        self.full_name, self._short_name = name, short or name
        self.count.setText(f"{SEPARATOR}{count:,}")
        self.setAccessibleName(f"{name}: {count:,}")
        self._fit_name()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name()

    def _fit_name(self) -> None:
        margins = self.contentsMargins() + self._row.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.count.sizeHint().width()
        whole = self.name.fontMetrics().horizontalAdvance(self.full_name) <= room
        shown = self.full_name if whole else self._short_name
        if self.name.text() != shown:
            self.name.setText(shown)
        self.setToolTip(self._tip if shown == self.full_name else f"{self.full_name}\n{self._tip}")


class CardList(QListView):
    """A column's cards. Left and Right go to the next column, as arrows do on a board.

    Signals:
        step_aside(int): -1 for the column on the left, 1 for the one on the right.
    """

    step_aside = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if event.key() in steps and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.step_aside.emit(steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by a key with no card chosen here: the column's first card is chosen."""
        super().focusInEvent(event)
        by_key = event.reason() != Qt.FocusReason.MouseFocusReason
        if by_key and not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))


class BoardView(QScrollArea):
    """A column per stage and one for closed postings, following the table's filter, order
    and current row: sorted into columns in one pass over the shown rows when the table's
    rows are replaced, card by card when a posting changes, and only while on screen.

    Signals:
        moved(PostingRow, Stage): the user dragged a card, or moved it with a key, to a stage.
        told(str): a short note for the status bar.
    """

    moved = Signal(object, object)
    told = Signal(str)

    def __init__(
        self,
        table: PostingTableModel,
        selection: QItemSelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._selection = selection
        self._lane_of: dict[int, int] = {}  # posting id -> its column, as last built
        # Whether each posting is a freelance platform's, and how many of each a column
        # holds: a column is named in its cards' words ("Proposal sent", as the table says).
        self._freelance: dict[int, bool] = {}
        self._kinds: list[list[int]] = [[0, 0] for _ in LANES]  # [others, freelance]
        self._stale = True  # built again in full when next caught up or shown
        self._changed: set[int] = set()  # postings whose cards are to find their place
        self._following = False  # the board is selecting what the table selected
        self._catch_up_soon = QTimer(self)
        self._catch_up_soon.setSingleShot(True)
        self._catch_up_soon.setInterval(0)
        self._catch_up_soon.timeout.connect(self._catch_up)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Board")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.models: list[LaneModel] = []
        self.lists: list[CardList] = []
        self.headers: list[LaneHeader] = []
        self._frames: list[QWidget] = []
        self._build()
        for signal in (table.modelReset, table.rowsRemoved, table.layoutChanged):
            signal.connect(self._rows_changed)
        table.rowsInserted.connect(lambda _, first, last: self._rows_came(first, last))
        table.rowsAboutToBeMoved.connect(lambda _, first, last, *__: self._rows_came(first, last))
        table.dataChanged.connect(self._data_changed)
        selection.currentRowChanged.connect(self._table_moved)

    def _build(self) -> None:
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        delegate = CardDelegate(self)
        for place, stage in enumerate(LANES):
            model = LaneModel(self._table, stage, self)
            model.dropped.connect(self._dropped)
            cards = CardList()
            cards.setModel(model)
            cards.setItemDelegate(delegate)
            cards.setUniformItemSizes(True)
            cards.setLayoutMode(QListView.LayoutMode.Batched)  # long columns laid out in steps
            cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            cards.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            cards.setDefaultDropAction(Qt.DropAction.MoveAction)
            cards.setDragEnabled(stage is not None)
            cards.setAcceptDrops(stage is not None)
            cards.setDropIndicatorShown(False)
            cards.setFrameShape(QFrame.Shape.NoFrame)
            # Cards on the window's colour, each card on the base colour: both palette roles.
            cards.viewport().setBackgroundRole(QPalette.ColorRole.Window)
            cards.setAccessibleName(f"{self._title(stage)} postings")
            cards.selectionModel().currentChanged.connect(
                lambda current, _, place=place: self._card_chosen(place, current)
            )
            cards.step_aside.connect(lambda step, place=place: self._step_aside(place, step))
            header = LaneHeader(self._tip(stage))
            frame = QWidget()
            frame.setMinimumWidth(COLUMN_WIDTH)
            lane = QVBoxLayout(frame)
            lane.setContentsMargins(0, 0, 0, 0)
            lane.setSpacing(2)
            lane.addWidget(header)
            lane.addWidget(cards, 1)
            row.addWidget(frame, 1)
            self.models.append(model)
            self.lists.append(cards)
            self.headers.append(header)
            self._frames.append(frame)
        self.setWidget(board)
        self._name_columns()

    @staticmethod
    def _title(stage: Stage | None) -> str:
        return CLOSED_TITLE if stage is None else stage.label

    @staticmethod
    def _tip(stage: Stage | None) -> str:
        if stage is None:
            return (
                "Postings with an outcome (rejected, withdrawn, …), whatever stage they "
                "closed at. Set or clear the outcome in the detail pane."
            )
        freelance = FREELANCE_LABELS.get(stage)
        said = f" (“{freelance}” for freelance platforms)" if freelance else ""
        return f"Postings at the {stage.label.casefold()} stage{said}. Drop a card here to move it."

    def _name_columns(self) -> None:
        board = [sum(kinds) for kinds in zip(*self._kinds, strict=True)]
        for stage, model, header in zip(LANES, self.models, self.headers, strict=True):
            # Every column is named as the board's postings name its stage, so that a name
            # stays put while cards move (a trial saw "Proposal sent" turn into "Applied"
            # when an ordinary posting was dropped beside an Upwork one).
            name, short = _lane_title(stage, *board)
            header.set_title(name, model.rowCount(), short)

    # Following the table

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def _rows_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._catch_up_soon.start()

    def _rows_came(self, first: int, last: int) -> None:
        """A posting added or moved in the table's order (an edit, a sort by stage): its
        card alone finds its place; more rows than one, the board is built again."""
        if first != last:
            self._rows_changed()
        else:
            self._card_changed(self._table.posting_at(first).id)

    def _card_changed(self, posting_id: int) -> None:
        if self._stale:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._changed.add(posting_id)
        self._catch_up_soon.start()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        """A stage or outcome changed: the card changes column; a source changed: perhaps
        the column's name ("Proposal sent"). Any other change is a repaint."""
        if self._stale:
            return
        changed = range(top.column(), bottom.column() + 1)
        if Column.STAGE in changed or Column.SOURCE in changed:
            if bottom.row() - top.row() >= FEW_ROWS:
                self._rows_changed()
                return
            for row in range(top.row(), bottom.row() + 1):
                posting = self._table.posting_at(row)
                if self._lane_of.get(posting.id) != lane_of(posting) or self._freelance.get(
                    posting.id
                ) != is_freelance_source(posting.details.source):
                    self._card_changed(posting.id)
        for cards in self.lists:
            cards.viewport().update()

    def _catch_up(self) -> None:
        """Follow the table: in full after a new list, else card by card (at 100,000
        postings a full pass takes 0.2 s, a card 1 ms)."""
        if self._stale:
            self.rebuild()
            return
        changed, self._changed = self._changed, set()
        if any(self._table.row_of(posting_id) is None for posting_id in changed):
            self.rebuild()  # filtered out meanwhile
            return
        had_focus = self._has_focus()
        for posting_id in changed:
            self._place(posting_id)
        self._name_columns()
        self._table_moved(self._selection.currentIndex())
        if had_focus:
            self.focus_current()

    def _place(self, posting_id: int) -> None:
        """Take a card out of its column and put it in its stage's, in the table's order."""
        table = self._table

        def shown_at(shown_id: int) -> int:
            row = table.row_of(shown_id)
            assert row is not None, "the board holds only the postings the table shows"
            return row

        was = self._lane_of.get(posting_id)
        self._following = True
        try:
            if was is not None:
                self.models[was].take(posting_id)
                self._kinds[was][self._freelance[posting_id]] -= 1
            posting = table.posting_at(shown_at(posting_id))
            lane = self._lane_of[posting_id] = lane_of(posting)
            freelance = self._freelance[posting_id] = is_freelance_source(posting.details.source)
            self._kinds[lane][freelance] += 1
            model = self.models[lane]
            model.put(bisect_left(model.ids, shown_at(posting_id), key=shown_at), posting_id)
        finally:
            self._following = False

    def rebuild(self) -> None:
        """Sort the shown postings into their columns, in one pass, keeping each column's
        scroll position and the current card (and the focus, if the board had it)."""
        self._catch_up_soon.stop()
        self._stale = False
        self._changed.clear()
        lanes: list[list[int]] = [[] for _ in LANES]
        where: dict[int, int] = {}
        kinds = [[0, 0] for _ in LANES]
        freelance: dict[int, bool] = {}
        sources: dict[str, bool] = {}  # a few sources among 100,000 postings
        closed, places = len(Stage), _STAGE_PLACE  # lane_of, inline: 100,000 calls cost 20 ms
        for posting in self._table.shown_postings():
            lane = closed if posting.outcome is not None else places[posting.stage]
            lanes[lane].append(posting.id)
            where[posting.id] = lane
            source = posting.details.source
            kind = sources.get(source)
            if kind is None:
                kind = sources[source] = is_freelance_source(source)
            freelance[posting.id] = kind
            kinds[lane][kind] += 1
        self._lane_of, self._freelance, self._kinds = where, freelance, kinds
        had_focus = self._has_focus()
        self._following = True
        try:
            for model, cards, ids in zip(self.models, self.lists, lanes, strict=True):
                scrolled = cards.verticalScrollBar().value()
                model.set_ids(ids)
                cards.verticalScrollBar().setValue(scrolled)
        finally:
            self._following = False
        self._name_columns()
        self._table_moved(self._selection.currentIndex())
        if had_focus:
            self.focus_current()

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _table_moved(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The table's current row changed: its card becomes the board's only chosen one."""
        if self._stale:
            return
        posting_id = self._table.posting_at(current.row()).id if current.isValid() else None
        lane = self._lane_of.get(posting_id) if posting_id is not None else None
        self._following = True
        try:
            for place, (model, cards) in enumerate(zip(self.models, self.lists, strict=True)):
                row = model.row_of(posting_id) if place == lane and posting_id else None
                if row is None:
                    chosen = cards.selectionModel()
                    if chosen.hasSelection() or chosen.currentIndex().isValid():
                        chosen.clear()  # Qt walks the whole column even when nothing is chosen
                    continue
                index = model.index(row, 0)
                if cards.currentIndex() != index:
                    cards.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                cards.scrollTo(index)
        finally:
            self._following = False

    # The user's hand

    def _card_chosen(self, place: int, current: QModelIndex) -> None:
        """A card chosen here: the table's current row, which the detail pane shows."""
        if self._following or not current.isValid():
            return
        row = self._table.row_of(self.models[place].ids[current.row()])
        if row is not None:
            self._selection.setCurrentIndex(
                self._table.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _step_aside(self, place: int, step: int) -> None:
        """Left or Right: the card at the same height in the nearest column holding cards."""
        source = self.lists[place]
        current = source.currentIndex()
        height = source.visualRect(current).center().y() if current.isValid() else 0
        target = place + step
        while 0 <= target < len(LANES) and not self.models[target].rowCount():
            target += step
        if not 0 <= target < len(LANES):
            return
        cards = self.lists[target]
        index = cards.indexAt(QPoint(cards.viewport().width() // 2, max(height, 0)))
        if not index.isValid():
            last = self.models[target].rowCount() - 1
            index = self.models[target].index(min(max(current.row(), 0), last), 0)
        cards.setFocus(Qt.FocusReason.OtherFocusReason)
        cards.setCurrentIndex(index)
        self.ensureWidgetVisible(self._frames[target], 0, 0)

    def _dropped(self, posting_ids: list[int], stage: Stage) -> None:
        for posting_id in posting_ids:
            row = self._table.row_of(posting_id)
            if row is not None:
                self.moved.emit(self._table.posting_at(row), stage)

    def step_current(self, *, forward: bool) -> None:
        """Move the chosen card to the next stage (or the previous); a closed one stays."""
        current = self._selection.currentIndex()
        if not current.isValid():
            return
        posting = self._table.posting_at(current.row())
        if posting.outcome is not None:
            self.told.emit(
                f"“{display_title(posting)}” is closed ({posting.outcome.label}): "
                "clear its outcome in the detail pane to move it again."
            )
            return
        stage = posting.stage.next() if forward else posting.stage.previous()
        if stage != posting.stage:
            self.moved.emit(posting, stage)

    def focus_current(self) -> None:
        """Put the focus on the chosen card's column, else on the first column with cards."""
        if self._stale:
            self.rebuild()
        current = self._selection.currentIndex()
        lane = (
            self._lane_of.get(self._table.posting_at(current.row()).id)
            if current.isValid()
            else None
        )
        if lane is None:
            lane = next((p for p, m in enumerate(self.models) if m.rowCount()), 0)
        self.lists[lane].setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(self._frames[lane], 0, 0)
