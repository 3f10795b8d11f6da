"""A posting's events on its Overview tab: each in the user's time and the zone it was
given in, with a warning when clocks change before it, and a button to add one."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.clock import UserTime
from desktop.domain.tracking.events import Event, clock_change_warning, in_both_zones

_REMOVE = "remove:"


class EventsView(QGroupBox):
    """Signals: add_wanted(); remove_wanted(int): an event's number."""

    add_wanted = Signal()
    remove_wanted = Signal(int)

    def __init__(self, time: UserTime, parent: QWidget | None = None) -> None:
        super().__init__("Events", parent)
        self._time = time
        layout = QVBoxLayout(self)
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.listing.linkActivated.connect(self._link)
        layout.addWidget(self.listing)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Add event…")
        self.add_button.setToolTip("An interview, call, test task or deadline, in any zone")
        self.add_button.clicked.connect(self.add_wanted)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_events(())

    def show_events(self, events: Sequence[Event]) -> None:
        """The events soonest first, as given; past ones greyed."""
        # Tab stops on the listing only when it has links ("Remove") to reach.
        self.listing.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if events else Qt.FocusPolicy.NoFocus
        )
        if not events:
            self.listing.setText("<i>No interviews, calls or deadlines yet.</i>")
            return
        now, zone = self._time.now(), self._time.zone_name
        lines = []
        for event in events:
            length = f" · {event.minutes} min" if event.minutes else ""
            note = f" · {escape(event.note)}" if event.note else ""
            line = (
                f"<b>{escape(event.kind.label.capitalize())}</b> "
                f"{escape(in_both_zones(event, zone))}{length}{note} "
                f"<a href='{_REMOVE}{event.id}'>Remove</a>"
            )
            if event.instant < now:
                line = f"<span style='color: gray'>{line}</span>"
            warning = clock_change_warning(event, zone, now)
            if warning:
                line += f"<br>⚠ {escape(warning)}"
            lines.append(line)
        self.listing.setText("<br>".join(lines))

    def _link(self, link: str) -> None:
        if link.startswith(_REMOVE):
            self.remove_wanted.emit(int(link.removeprefix(_REMOVE)))
