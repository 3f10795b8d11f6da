"""A posting's working hours in the user's time: a line per statement and a 24-hour bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.hours.working import HoursKind, WorkingHours
from desktop.domain.hours.zones import zone_label

if TYPE_CHECKING:
    from desktop.domain.hours.local_time import HoursReading, LocalWindow

Segment = tuple[float, float]

_WINDOW_COLOUR = QColor("#90caf9")
_WORK_COLOUR = QColor("#c8e6c9")
_OVERLAP_COLOUR = QColor("#2e7d32")


def _hours_after_midnight(moment: datetime, window: LocalWindow) -> float:
    midnight = datetime.combine(window.day, time(0), moment.tzinfo)
    return (moment - midnight).total_seconds() / 3600


def _on_the_dial(start: float, end: float) -> list[Segment]:
    """A span of hours (which may run past midnight) as pieces within 0–24."""
    pieces: list[Segment] = []
    while end > start:
        day_start = (start // 24) * 24
        piece_end = min(end, day_start + 24)
        pieces.append((start - day_start, piece_end - day_start))
        start = piece_end
    return pieces


def window_segments(window: LocalWindow) -> list[Segment]:
    """The posting's window on the user's 24-hour dial."""
    start = _hours_after_midnight(window.start, window)
    end = _hours_after_midnight(window.end, window)
    return _on_the_dial(start, end)


def working_segments(working: WorkingHours) -> list[Segment]:
    start = working.start.hour + working.start.minute / 60
    end = working.end.hour + working.end.minute / 60
    return _on_the_dial(start, end if end > start else end + 24)


def overlap_segments(first: Sequence[Segment], second: Sequence[Segment]) -> list[Segment]:
    return [(max(a, c), min(b, d)) for a, b in first for c, d in second if min(b, d) > max(a, c)]


@dataclass(frozen=True)
class DayBarContent:
    window: tuple[Segment, ...]
    working: tuple[Segment, ...]

    @property
    def overlap(self) -> list[Segment]:
        return overlap_segments(self.window, self.working)


class DayBar(QWidget):
    """0–24 h in the user's time: the posting's window, the user's hours, and their overlap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = DayBarContent((), ())
        self.setMinimumHeight(34)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_content(self, content: DayBarContent) -> None:
        self.content = content
        described = "; ".join(
            f"{name} {_span_text(segments)}"
            for name, segments in (
                ("posting", content.window),
                ("your hours", content.working),
                ("overlap", content.overlap),
            )
        )
        self.setAccessibleDescription(described)
        self.setToolTip(
            "Blue: the posting's hours. Green: your working hours. Dark green: both.\n" + described
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 34)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 2
        scale = width / 24
        bar_top, bar_height = 2.0, 16.0

        def band(segments: Sequence[Segment], colour: QColor, top: float, height: float) -> None:
            for start, end in segments:
                painter.fillRect(
                    QRectF(1 + start * scale, top, (end - start) * scale, height), colour
                )

        # The day's background and the hour labels follow the palette (light or dark).
        painter.fillRect(
            QRectF(1, bar_top, width, bar_height),
            self.palette().color(QPalette.ColorRole.AlternateBase),
        )
        band(self.content.working, _WORK_COLOUR, bar_top, bar_height)
        band(self.content.window, _WINDOW_COLOUR, bar_top + 4, bar_height - 8)
        band(self.content.overlap, _OVERLAP_COLOUR, bar_top + 4, bar_height - 8)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        for hour in range(0, 25, 3):
            x = 1 + hour * scale
            painter.drawLine(
                int(x), int(bar_top + bar_height), int(x), int(bar_top + bar_height + 3)
            )
            label = f"{hour:02d}"
            offset = min(
                max(x - metrics.horizontalAdvance(label) / 2, 0),
                width - metrics.horizontalAdvance(label),
            )
            painter.drawText(int(offset), int(bar_top + bar_height + 3 + metrics.ascent()), label)
        painter.end()


def _span_text(segments: Sequence[Segment]) -> str:
    def clock(hours: float) -> str:
        minutes = round(hours * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    return ", ".join(f"{clock(a)}–{clock(b)}" for a, b in segments) or "none"


def describe(reading: HoursReading, working: WorkingHours) -> str:
    """One statement as a line of rich text: as written → in the user's time, with overlap."""
    statement = reading.statement
    written = escape(statement.written_zone or "no zone")
    yours = escape(zone_label(reading.user_zone))
    if statement.kind == HoursKind.WINDOW:
        head = f"{statement.clock_range} {written}"
        if statement.days:
            head += f", {escape(statement.days)}"
        if reading.local is None:
            return f"<b>{head}</b>: not converted"
        overlap = f"{reading.overlap_hours:g}&nbsp;h" if reading.overlap_hours is not None else "?"
        # the verdict the checklist shows for a must-have that asks for these hours
        within = ""
        if reading.met is not None:
            if reading.met:
                within = " (met: all within your hours)"
            elif reading.overlap_hours:
                within = " (not met: partly outside your hours)"
            else:
                within = " (not met: outside your hours)"
        return (
            f"<b>{head}</b> → <b>{escape(reading.local.label)}</b> your time ({yours}) · "
            f"overlap {overlap} with your {working.hours_text} ({working.days_text}){within}"
        )
    if statement.kind == HoursKind.OVERLAP:
        wanted = f"overlap of {statement.hours:g}+ h with {written}"
        if reading.met is None:
            return f"<b>Asks for an {wanted}</b>"
        verdict = "met" if reading.met else "not met"
        have = f"{reading.overlap_hours:g}&nbsp;h"
        return f"<b>Asks for an {wanted}</b>: you would have {have} ({verdict})"
    if statement.plus_minus is not None:
        band = f"within ±{statement.plus_minus:g} h of {written}"
    else:
        band = f"between {escape(statement.band_from or '')} and {escape(statement.band_to or '')}"
    verdict = (
        "" if reading.met is None else (": you are inside" if reading.met else ": you are outside")
    )
    return f"<b>Zone band {band}</b>{verdict}"


class HoursView(QWidget):
    """Every hours statement of a posting, converted, with notes and zone choices, as tall
    as they are: the Overview tab scrolls them with the rest (a scroll area of its own,
    capped at 190 pixels, showed a second scrollbar inside the tab's and cut its last line
    in half).

    Signals:
        zone_picked(str, str): the abbreviation as written and the zone the user chose for it.
    """

    zone_picked = Signal(str, str)
    span_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._content = QWidget()
        self._outer.addWidget(self._content)
        self.setAccessibleName("Working hours")
        self.lines: list[QLabel] = []
        self.bars: list[DayBar] = []
        self.pickers: list[QComboBox] = []

    def show_hours(self, readings: Sequence[HoursReading], working: WorkingHours) -> None:
        """Replace what is shown; hidden when the posting states no hours."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.lines, self.bars, self.pickers = [], [], []
        for reading in readings:
            self._add(layout, reading, working)
        self._outer.replaceWidget(self._content, content)
        # Deleted once back in the event loop: a zone picked in it may be what shows these.
        self._content.hide()
        self._content.deleteLater()
        self._content = content
        self.setVisible(bool(readings))

    def _add(self, layout: QVBoxLayout, reading: HoursReading, working: WorkingHours) -> None:
        statement = reading.statement
        row = QHBoxLayout()
        link = f" <a href='{statement.span_start}:{statement.span_end}'>show in text</a>"
        line = QLabel(describe(reading, working) + link)
        line.setWordWrap(True)
        line.setToolTip(statement.text)
        line.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        line.linkActivated.connect(self._link)
        row.addWidget(line, 1)
        self.lines.append(line)
        if statement.options:
            picker = QComboBox()
            picker.setAccessibleName(f"What {statement.written_zone} means")
            for option in statement.options:
                picker.addItem(f"{statement.written_zone} = {option.label}", option.zone)
            if statement.zone is None:
                picker.insertItem(0, f"{statement.written_zone} = ? (pick one)", None)
            picker.setCurrentIndex(max(picker.findData(statement.zone), 0))
            picker.activated.connect(
                lambda index, p=picker, w=statement.written_zone: self._picked(w, p.itemData(index))
            )
            row.addWidget(picker)
            self.pickers.append(picker)
        layout.addLayout(row)
        if reading.local is not None:
            bar = DayBar()
            bar.set_content(
                DayBarContent(
                    tuple(window_segments(reading.local)), tuple(working_segments(working))
                )
            )
            layout.addWidget(bar)
            self.bars.append(bar)
        notes = [*statement.notes, *reading.notes]
        if notes:
            note = QLabel("<br>".join(escape(n) for n in notes))
            note.setWordWrap(True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
            self.lines.append(note)

    def _link(self, link: str) -> None:
        start, _, end = link.partition(":")
        self.span_chosen.emit(int(start), int(end))

    def _picked(self, written: str, zone: str | None) -> None:
        if zone:
            self.zone_picked.emit(written, zone)
