"""The board: Ctrl+B, a column per stage, cards moved by drag or key and undone, the filter."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.domain.tracking.tracker import Outcome, Stage
from desktop.ui.board_view import LANES
from desktop.ui.card_delegate import CARD_ROLE, Card, CardDelegate
from tests.conftest import fixture_text
from tests.ui.conftest import add

UPWORK = fixture_text("upwork_contract.txt")
HN = fixture_text("hn_comment.txt")
CLOSED = LANES.index(None)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _posting(title: str, company: str) -> str:
    return (
        f"{title}\n{company}\n\nWe are hiring for a fully remote team.\n\n"
        "Requirements:\n- Five years of Python\n- Experience with PostgreSQL\n"
    )


def _titles(window, lane: int) -> list[str]:
    """The titles on a column's cards (a card whose posting just left the table shows none)."""
    model = window.board.models[lane]
    cards = (model.index(row).data(CARD_ROLE) for row in range(model.rowCount()))
    return [card.title for card in cards if card is not None]


def _lane(stage: Stage | None) -> int:
    return LANES.index(stage)


@pytest.fixture
def board(qtbot, window):
    """A window on the board, with four postings: two saved, one applied, one closed."""
    for title, company in (
        ("Backend engineer", "Harbour Freight Tools"),
        ("Data platform lead", "Orchard Health"),
        ("Mobile developer", "Kestrel Apps"),
        ("Site reliability engineer", "Tidewater Bank"),
    ):
        assert add(window, _posting(title, company)) is not None
    ids = {row.title: row.id for row in window.model.every_posting()}
    window.model.upsert(window.tracker.set_stage(ids["Data platform lead"], Stage.APPLIED))
    window.model.upsert(
        window.tracker.set_outcome(ids["Site reliability engineer"], Outcome.REJECTED)
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keys reach the window's shortcuts
    window.menu_actions.board.trigger()
    return ids


def test_ctrl_b_toggles_the_board_and_gives_it_the_focus(qtbot, window):
    add(window, HN)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_B, CTRL)
    assert window.views.currentWidget() is window.board
    assert window.menu_actions.board.isChecked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in window.board.lists)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)
    assert window.views.currentWidget() is window.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)


def test_the_board_comes_back_after_a_restart(qtbot, open_window):
    first = open_window()
    first.show()
    first.menu_actions.board.setChecked(True)
    first.close()
    second = open_window()
    second.show()
    assert second.views.currentWidget() is second.board
    assert second.menu_actions.board.isChecked()


def test_each_stage_column_lists_its_postings_and_closed_ones_stand_apart(board, window):
    assert sorted(_titles(window, _lane(Stage.SAVED))) == ["Backend engineer", "Mobile developer"]
    assert _titles(window, _lane(Stage.APPLIED)) == ["Data platform lead"]
    assert _titles(window, CLOSED) == ["Site reliability engineer"]
    assert all(
        not _titles(window, _lane(s)) for s in Stage if s not in {Stage.SAVED, Stage.APPLIED}
    )
    closed = window.board.models[CLOSED].index(0).data(CARD_ROLE)
    assert closed.status == "Rejected"
    assert closed.company == "Tidewater Bank"


def test_choosing_a_card_shows_its_posting_in_the_detail_pane(qtbot, board, window):
    cards = window.board.lists[_lane(Stage.APPLIED)]
    cards.setCurrentIndex(cards.model().index(0))
    assert window.detail.posting.id == board["Data platform lead"]
    assert window.detail.title_edit.text() == "Data platform lead"


def test_a_dropped_card_moves_to_that_stage_with_history_and_ctrl_z_undoes_it(
    qtbot, board, window, tracker
):
    posting_id = board["Backend engineer"]
    saved = window.board.models[_lane(Stage.SAVED)]
    row = saved.row_of(posting_id)
    dragged = saved.mimeData([saved.index(row)])
    interviewing = window.board.models[_lane(Stage.INTERVIEWING)]
    assert interviewing.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert tracker.get(posting_id).stage is Stage.INTERVIEWING
    assert [e.name for e in tracker.get(posting_id).history] == ["saved", "interviewing"]
    qtbot.waitUntil(lambda: _titles(window, _lane(Stage.INTERVIEWING)) == ["Backend engineer"])
    window.board.focus_current()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert tracker.get(posting_id).stage is Stage.SAVED
    assert [e.name for e in tracker.get(posting_id).history] == ["saved"]
    qtbot.waitUntil(lambda: "Backend engineer" in _titles(window, _lane(Stage.SAVED)))
    assert _titles(window, _lane(Stage.INTERVIEWING)) == []


def _drop_on(cards, dragged) -> bool:
    """Drag `dragged` over a column's list and drop it there, as the mouse does; accepted?"""
    at = QPoint(cards.viewport().width() // 2, cards.viewport().height() - 5)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for hover in (QDragEnterEvent, QDragMoveEvent):
        event = hover(at, Qt.DropAction.MoveAction, dragged, buttons, keys)
        QApplication.sendEvent(cards.viewport(), event)
        if not event.isAccepted():
            return False
    drop = QDropEvent(QPointF(at), Qt.DropAction.MoveAction, dragged, buttons, keys)
    QApplication.sendEvent(cards.viewport(), drop)
    return drop.isAccepted()


def test_a_card_dragged_onto_another_column_moves_there(qtbot, board, window, tracker):
    posting_id = board["Mobile developer"]
    saved = window.board.models[_lane(Stage.SAVED)]
    dragged = saved.mimeData([saved.index(saved.row_of(posting_id))])
    assert _drop_on(window.board.lists[_lane(Stage.OFFER)], dragged)
    assert tracker.get(posting_id).stage is Stage.OFFER
    qtbot.waitUntil(lambda: _titles(window, _lane(Stage.OFFER)) == ["Mobile developer"])
    assert not _drop_on(window.board.lists[CLOSED], saved.mimeData([saved.index(0)]))


def test_the_closed_column_takes_no_drop(board, window, tracker):
    saved = window.board.models[_lane(Stage.SAVED)]
    dragged = saved.mimeData([saved.index(0)])
    closed = window.board.models[CLOSED]
    assert not closed.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert all(
        row.outcome is None
        for row in tracker.list_rows()
        if row.title != "Site reliability engineer"
    )


def test_keys_move_the_chosen_card_and_ctrl_z_undoes_it(qtbot, board, window, tracker):
    posting_id = board["Data platform lead"]
    window.select_posting(posting_id)
    window.board.focus_current()
    cards = window.board.lists[_lane(Stage.APPLIED)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cards)
    qtbot.keyClick(cards, Qt.Key.Key_Right, CTRL_SHIFT)
    assert tracker.get(posting_id).stage is Stage.SCREENING
    assert [e.name for e in tracker.get(posting_id).history][-1] == "screening"
    # The card, still chosen and with the focus, is now in the next column.
    screening = window.board.lists[_lane(Stage.SCREENING)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screening)
    assert window.detail.posting.id == posting_id
    qtbot.keyClick(screening, Qt.Key.Key_Z, CTRL)
    assert tracker.get(posting_id).stage is Stage.APPLIED
    assert [e.name for e in tracker.get(posting_id).history] == ["saved", "applied"]
    qtbot.waitUntil(lambda: _titles(window, _lane(Stage.APPLIED)) == ["Data platform lead"])


def test_a_closed_card_stays_put_and_the_user_is_told_why(qtbot, board, window, tracker):
    posting_id = board["Site reliability engineer"]
    window.select_posting(posting_id)
    window.board.focus_current()
    cards = window.board.lists[CLOSED]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cards)
    qtbot.keyClick(cards, Qt.Key.Key_Right, CTRL_SHIFT)
    assert tracker.get(posting_id).stage is Stage.SAVED
    assert "closed" in window.statusBar().currentMessage()


def test_arrow_keys_walk_the_cards_and_the_columns(qtbot, board, window):
    saved = window.board.lists[_lane(Stage.SAVED)]
    window.select_posting(board["Mobile developer"])  # newest first: the first saved card
    window.board.focus_current()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is saved)
    qtbot.keyClick(saved, Qt.Key.Key_Down)
    assert window.detail.posting.id == board["Backend engineer"]
    qtbot.keyClick(saved, Qt.Key.Key_Right)  # the empty Applying column is passed over
    assert QApplication.focusWidget() is window.board.lists[_lane(Stage.APPLIED)]
    assert window.detail.posting.id == board["Data platform lead"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is saved


def test_the_filter_hides_cards(qtbot, board, window):
    qtbot.keyClicks(window.search, "orchard")
    qtbot.waitUntil(lambda: _titles(window, _lane(Stage.SAVED)) == [])
    assert _titles(window, _lane(Stage.APPLIED)) == ["Data platform lead"]
    assert _titles(window, CLOSED) == []
    window.search.clear()
    qtbot.waitUntil(lambda: len(_titles(window, _lane(Stage.SAVED))) == 2)


def test_an_overdue_follow_up_reads_on_light_and_dark_cards(qtbot, board, window, days):
    """The warning red is the table's, lighter on a dark base so that it still stands out."""
    posting_id = board["Backend engineer"]
    window.model.upsert(
        window.tracker.save_details(
            posting_id, replace(window.tracker.get(posting_id).details, follow_up=days[0])
        )
    )
    saved = window.board.models[_lane(Stage.SAVED)]
    original = QApplication.palette()
    try:
        for base in ("#ffffff", "#1e1e1e"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Base, QColor(base))
            QApplication.setPalette(palette)
            card = saved.index(saved.row_of(posting_id)).data(CARD_ROLE)
            assert card.due.startswith("Overdue")
            red = card.overdue_brush.color()
            assert abs(red.lightness() - QColor(base).lightness()) > 100
    finally:
        QApplication.setPalette(original)


def _header(window, stage: Stage | None) -> str:
    """A column's name, shown whole or, where it does not fit, as its shorter name."""
    return window.board.headers[_lane(stage)].full_name


def test_a_column_and_the_undo_entry_name_a_stage_as_the_table_does(qtbot, board, window, tracker):
    """Upwork's applied posting is "Proposal sent" in the table and the detail pane: its board
    column and the Undo entry said "Applied"."""
    posting = add(window, UPWORK)
    assert posting.details.source == "Upwork"
    saved = window.board.models[_lane(Stage.SAVED)]
    qtbot.waitUntil(lambda: saved.row_of(posting.id) is not None)
    # The board holds an Upwork posting and ordinary ones: every column says both words,
    # whichever cards it holds, so that a name stays put while cards move.
    qtbot.waitUntil(lambda: _header(window, Stage.APPLIED) == "Applied / Proposal sent")
    dragged = saved.mimeData([saved.index(saved.row_of(posting.id))])
    assert _drop_on(window.board.lists[_lane(Stage.APPLIED)], dragged)
    assert tracker.get(posting.id).stage is Stage.APPLIED
    row = window.model.row_of(posting.id)
    assert window.model.index(row, 2).data() == "Proposal sent"
    assert window.undo_stack.undoText().endswith("to Proposal sent")
    assert _header(window, Stage.APPLIED) == "Applied / Proposal sent"
    assert _header(window, Stage.INTERVIEWING) == "Interviewing"
    # Only the Upwork posting in view: the board says it as Upwork does.
    qtbot.keyClicks(window.search, "upwork")
    qtbot.waitUntil(lambda: _titles(window, _lane(Stage.SAVED)) == [])
    qtbot.waitUntil(lambda: _header(window, Stage.APPLIED) == "Proposal sent")
    assert _header(window, Stage.SCREENING) == "Shortlisted"  # empty: as the board says it
    assert _header(window, None) == "Closed"
    window.search.clear()
    qtbot.waitUntil(lambda: _header(window, Stage.APPLIED) == "Applied / Proposal sent")
    assert _header(window, Stage.SCREENING) == "Screening / Shortlisted"
    # Its source changed in place: the column's name follows.
    changed = tracker.save_details(posting.id, replace(posting.details, source="Referral"))
    window.model.upsert(changed.row)
    qtbot.waitUntil(lambda: _header(window, Stage.APPLIED) == "Applied")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_a_column_named_in_both_words_shows_its_count_whole(qtbot, board, window, size):
    """ "Applied / Proposal sent" is wider than a column: the trial saw "Applied / Proposal
    sent ·" and no count, then "Applied / Proposal s… · 2", cut mid-word. The column says
    "Applied" instead, the whole name in its tooltip."""
    window.resize(*size)
    posting = add(window, UPWORK)
    window.model.upsert(window.tracker.set_stage(posting.id, Stage.APPLIED))
    header = window.board.headers[_lane(Stage.APPLIED)]
    qtbot.waitUntil(lambda: header.count.text() == "  ·  2")
    qtbot.waitUntil(lambda: header.full_name == "Applied / Proposal sent")
    assert header.name.text() == "Applied"
    qtbot.waitUntil(lambda: header.name.width() >= header.name.sizeHint().width())  # whole
    assert header.toolTip().startswith("Applied / Proposal sent\n")
    assert header.accessibleName() == "Applied / Proposal sent: 2"
    count = header.count.geometry()
    assert count.width() >= header.count.sizeHint().width()
    assert header.rect().contains(count)
    assert header.visibleRegion().contains(count)


def test_a_column_wide_enough_shows_both_words_whole(qtbot, board, window):
    window.resize(3000, 800)
    window.splitter.setSizes([2400, 600])
    posting = add(window, UPWORK)
    window.model.upsert(window.tracker.set_stage(posting.id, Stage.APPLIED))
    header = window.board.headers[_lane(Stage.APPLIED)]
    qtbot.waitUntil(lambda: header.name.text() == "Applied / Proposal sent")
    qtbot.waitUntil(lambda: header.name.width() >= header.name.sizeHint().width())
    assert not header.toolTip().startswith("Applied / Proposal sent")
    window.splitter.setSizes([900, 2100])  # narrow again: the shorter name
    qtbot.waitUntil(lambda: header.name.text() == "Applied")


class _ReadCard(CardDelegate):
    """Paints as the board does, and keeps each text as it shows (whole or cut) and where."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, QRect]] = []

    def _text(self, painter, font, colour, room, text):
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        self.shown.append((elided, QRect(room)))
        return CardDelegate._text(painter, font, colour, room, text)


def _painted(card: Card, width: int) -> tuple[list[tuple[str, QRect]], QRect]:
    """The texts on `card` painted `width` wide, as they show and where, and the card's area."""
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(card, CARD_ROLE)
    model.appendRow(item)
    delegate = _ReadCard()
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.palette = QApplication.palette()
    option.rect = QRect(0, 0, width, delegate.sizeHint(option, model.index(0, 0)).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return delegate.shown, QRect(option.rect)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
@pytest.mark.parametrize("company", ["", "Northwind Analytics"])
def test_a_closed_cards_outcome_fit_and_risk_show_whole(qtbot, board, window, size, company):
    """A Closed card read "Withdrawn · Fit 0/1 · …" in the trial: its risk was cut off."""
    window.resize(*size)
    cards = window.board.lists[CLOSED]
    qtbot.waitUntil(lambda: cards.viewport().width() > 0)
    # as wide as a long column's cards, beside its scroll bar
    bar = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    card = Card(
        title="(untitled) From: Jessica Miller <jessica.hr.recruit2024@gmail.com>",
        untitled=True,
        company=company,
        status="Withdrawn",
        fit="0/1",
        risk="High",
        risk_brush=QBrush(QColor("#b22222")),
        follow_up="",
        overdue_brush=None,
    )
    shown, area = _painted(card, cards.viewport().width() - bar)
    texts = [text for text, _ in shown]
    assert "Withdrawn" in texts
    assert any(text.endswith("Fit 0/1") for text in texts)
    assert any(text.endswith("High risk") for text in texts)
    assert all(area.contains(room) for _, room in shown)
