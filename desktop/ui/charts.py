"""Bar charts drawn with QPainter in the window's own palette (light or dark), each
readable by a screen reader as text and saved as a PNG.

QPainter rather than Qt Charts: Qt Charts is not in the PySide6 Gigdesk installs (it comes
with PySide6-Addons, over a hundred megabytes more), and bars with their numbers written
beside them need no more than a few rectangles and lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_BAR_HEIGHT = 18
_GAP = 6
_MARGIN = 8
_COLUMN_WIDTH = 22
_HEADROOM = 1.15
_HIGHLIGHT = QColor("#4a90d9")
_LINE = QColor("#d9822b")


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its length, and the number written beside it."""

    label: str
    value: float
    text: str


class BarChart(QWidget):
    """Horizontal bars, one a row, or (`columns`) vertical bars along a time axis with an
    optional level drawn across them (a weekly minimum)."""

    def __init__(self, title: str, *, columns: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._columns = columns
        self._bars: tuple[Bar, ...] = ()
        self._level: float | None = None
        self._level_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab, read aloud
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    @property
    def title(self) -> str:
        return self._title

    def set_bars(self, bars: list[Bar], level: float | None = None, level_text: str = "") -> None:
        self._bars = tuple(bars)
        self._level, self._level_text = level, level_text
        self.setAccessibleDescription(self.as_text())
        self.setToolTip(self.as_text())
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def as_text(self) -> str:
        """What the chart shows, as lines of text (for screen readers and tooltips)."""
        if not self._bars:
            return f"{self._title}: nothing yet"
        lines = [f"{bar.label}: {bar.text}" for bar in self._bars]
        if self._level is not None:
            lines.append(self._level_text)
        return f"{self._title}\n" + "\n".join(lines)

    def save_png(self, path: Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        if self._columns:
            # the title, the columns, a line of dates under them and the level's legend
            return QSize(max(320, len(self._bars) * _COLUMN_WIDTH), line * 4 + 160)
        rows = max(1, len(self._bars))
        return QSize(360, line + _MARGIN * 2 + rows * (_BAR_HEIGHT + _GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().lineSpacing()
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(_MARGIN, 0, self.width(), line), self._title)
        painter.setFont(self.font())
        area = QRectF(
            _MARGIN, line + _MARGIN, self.width() - 2 * _MARGIN, self.height() - line - 2 * _MARGIN
        )
        if not self._bars:
            painter.drawText(area, "Nothing in this period yet.")
        elif self._columns:
            self._paint_columns(painter, area.adjusted(0, 0, 0, -line - _MARGIN - line), text)
        else:
            self._paint_rows(painter, area, text)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_rows(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        metrics = self.fontMetrics()
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + _GAP,
            area.width() / 3,
        )
        number_width = max(metrics.horizontalAdvance(bar.text) for bar in self._bars) + _GAP
        room = max(1.0, area.width() - label_width - number_width)
        top = max((bar.value for bar in self._bars), default=0) or 1
        for index, bar in enumerate(self._bars):
            y = area.top() + index * (_BAR_HEIGHT + _GAP)
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width))
            painter.drawText(
                QRectF(area.left(), y, label_width, _BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = room * bar.value / top
            painter.fillRect(QRectF(area.left() + label_width, y, length, _BAR_HEIGHT), _HIGHLIGHT)
            painter.drawText(
                QRectF(area.left() + label_width + length + _GAP / 2, y, number_width, _BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )

    def _paint_columns(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        metrics = self.fontMetrics()
        # Headroom over the tallest column for its figure.
        top = (max([bar.value for bar in self._bars] + [self._level or 0]) or 1) * _HEADROOM
        width = area.width() / len(self._bars)
        bottom = area.bottom()
        every = max(1, int(metrics.horizontalAdvance("2026-11-30 ") // max(width, 1)) + 1)
        for index, bar in enumerate(self._bars):
            height = area.height() * bar.value / top
            x = area.left() + index * width
            painter.fillRect(
                QRectF(x + 1, bottom - height, max(1.0, width - 2), height), _HIGHLIGHT
            )
            painter.setPen(text)
            if bar.value and metrics.horizontalAdvance(bar.text) <= width:  # its figure on top
                above = QRectF(
                    x, bottom - height - metrics.lineSpacing(), width, metrics.lineSpacing()
                )
                painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, bar.text)
            if index % every == 0:
                painter.drawText(
                    QRectF(x, bottom + 2, width * every, metrics.lineSpacing()), bar.label
                )
        if self._level is not None:
            y = bottom - area.height() * self._level / top
            painter.setPen(QPen(_LINE, 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.drawText(
                QRectF(
                    area.left(),
                    bottom + metrics.lineSpacing() + 2,
                    area.width(),
                    metrics.lineSpacing(),
                ),
                self._level_text,
            )
