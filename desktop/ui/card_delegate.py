"""A board card painted, not built: the title on two lines, the company and the follow-up
date, then the outcome (on a closed posting), fit and risk, each whole: on a narrow card
they take two lines, and the title one.

Painting each card keeps the board at one widget per column whatever the number of
postings; the colours are the palette's, so light and dark themes both read, and the
risk and overdue colours are the tracker table's own (its ForegroundRole).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
MARGIN = 4  # between cards
PADDING = 8  # inside a card
SPACING = 2  # between a card's lines
RADIUS = 6
SEPARATOR = "  ·  "  # between the facts on a card's last line
LINES = 4  # at most: two of title, the company and follow-up, the facts


@dataclass(frozen=True, slots=True)
class Card:
    """What a card shows; the brushes are the table's (None: the plain text colour)."""

    title: str
    untitled: bool
    company: str
    status: str  # the outcome, on a closed posting's card
    fit: str
    risk: str
    risk_brush: QBrush | None
    follow_up: str  # short: "5 Dec"
    overdue_brush: QBrush | None  # set when the follow-up is due

    @property
    def due(self) -> str:
        if not self.follow_up:
            return ""
        return f"{'Overdue' if self.overdue_brush is not None else 'Due'} {self.follow_up}"

    @property
    def facts(self) -> list[tuple[str, QBrush | None, bool]]:
        """The last line's parts: text, brush, bold."""
        parts: list[tuple[str, QBrush | None, bool]] = []
        if self.status:
            parts.append((self.status, None, True))
        if self.fit:
            parts.append((f"Fit {self.fit}", None, False))
        if self.risk:
            parts.append((f"{self.risk} risk", self.risk_brush, self.risk_brush is not None))
        return parts


class CardDelegate(QStyledItemDelegate):
    """Paints the Card a board column's model gives for CARD_ROLE."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        height = 2 * (MARGIN + PADDING) + LINES * line + (LINES - 1) * SPACING
        return QSize(160, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        roles = QPalette.ColorRole
        painter.save()
        box = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        _draw_box(painter, palette, box, selected=selected, focused=focused)

        text_colour = palette.color(roles.HighlightedText if selected else roles.Text)
        quiet = text_colour if selected else palette.color(roles.PlaceholderText)
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        font: QFont = option.font
        line = QFontMetrics(font).height()
        step = line + SPACING
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setItalic(card.untitled)
        company_lines = 1 if card.company or card.due else 0
        fact_rows = _rows(card.facts, font, inner.width())
        # The facts are kept whole, on a second line when they need one; the title gives
        # up its second line for them ("Withdrawn · Fit 0/1 · …" hid the risk).
        title_lines = max(1, LINES - company_lines - len(fact_rows))
        top = inner.top()
        for shown in _title_lines(card.title, title_font, inner.width(), title_lines):
            self._text(painter, title_font, text_colour, _line(inner, top, line), shown)
            top += step
        # A one-line title moves the rest up: the spare line falls at the card's foot.
        company_room = _line(inner, top, line)
        if card.due:
            due_font = QFont(font)
            due_font.setBold(card.overdue_brush is not None)
            brush = card.overdue_brush
            colour = text_colour if selected or brush is None else brush.color()
            due_width = QFontMetrics(due_font).horizontalAdvance(card.due)
            due_room = _line(inner, top, line)
            due_room.setLeft(max(inner.left(), inner.right() - due_width))
            self._text(painter, due_font, colour, due_room, card.due)
            company_room.setRight(due_room.left() - QFontMetrics(font).horizontalAdvance("  "))
        self._text(painter, font, quiet, company_room, card.company)
        top += company_lines * step
        for parts in fact_rows:
            left = inner.left()
            for shown_text, brush, bold in parts:
                if left >= inner.right():
                    break
                colour = text_colour if selected or brush is None else brush.color()
                room = QRect(left, top, inner.right() - left, line)
                left += self._text(painter, _part_font(font, bold), colour, room, shown_text)
            top += step
        painter.restore()

    @staticmethod
    def _text(painter: QPainter, font: QFont, colour: QColor, room: QRect, text: str) -> int:
        """Draw `text` in `room`, one line elided to fit; the width it took."""
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        painter.setFont(font)
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(room, int(align), shown)
        return metrics.horizontalAdvance(shown)


def _draw_box(
    painter: QPainter, palette: QPalette, box: QRect, *, selected: bool, focused: bool
) -> None:
    """The card itself: the base colour, or the selection's, with a rounded border."""
    roles = QPalette.ColorRole
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(palette.color(roles.Highlight if selected else roles.Base))
    border = palette.color(roles.Highlight if focused or selected else roles.Mid)
    painter.setPen(QPen(border, 2 if focused else 1))
    painter.drawRoundedRect(box, RADIUS, RADIUS)


def _line(inner: QRect, top: int, height: int) -> QRect:
    return QRect(inner.left(), top, inner.width(), height)


def _part_font(font: QFont, bold: bool) -> QFont:
    part_font = QFont(font)
    part_font.setBold(bold)
    return part_font


def _rows(
    facts: list[tuple[str, QBrush | None, bool]], font: QFont, width: int
) -> list[list[tuple[str, QBrush | None, bool]]]:
    """The facts on one line, or on two where one is too narrow (each fact whole, the
    separator only between facts on a line); what a second line cannot hold is cut short."""
    rows: list[list[tuple[str, QBrush | None, bool]]] = [[]]
    used = 0
    for text, brush, bold in facts:
        metrics = QFontMetrics(_part_font(font, bold))
        joined = SEPARATOR + text if rows[-1] else text
        if rows[-1] and used + metrics.horizontalAdvance(joined) > width and len(rows) == 1:
            rows.append([])
            joined, used = text, 0
        rows[-1].append((joined, brush, bold))
        used += metrics.horizontalAdvance(joined)
    return rows


def _title_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """`text` on one line, else wrapped at words into at most two; the last cut short."""
    if lines == 1:
        return [QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    first = layout.createLine()
    if first.isValid():
        first.setLineWidth(width)
    layout.endLayout()
    cut = first.textLength() if first.isValid() else len(text)
    head, rest = text[:cut].rstrip(), text[cut:].strip()
    if not rest:
        return [head]
    return [head, QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]
