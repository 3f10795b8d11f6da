"""Reminders while Gigdesk runs: a tray icon saying how much is due, and a message when a
follow-up comes due or an event is a quarter of an hour away.

Only while the window is open: Gigdesk leaves no service behind. The tray itself is
handed in (the composition root makes a QSystemTrayIcon where the desktop has a tray;
tests hand in a fake), so that what is said, and when, is tested without a desktop.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject

from desktop.domain.reading.lines import display_title
from desktop.domain.tracking.events import in_both_zones
from desktop.domain.tracking.nudges import AgendaItem, Due

# How long before an event its reminder comes.
AHEAD = timedelta(minutes=15)


class Tray(Protocol):
    def setVisible(self, visible: bool) -> None: ...
    def setToolTip(self, tip: str) -> None: ...
    def showMessage(self, title: str, message: str) -> None: ...


class Reminders(QObject):
    """Tells the tray what the agenda holds; each reminder once."""

    def __init__(self, tray: Tray | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self.enabled = True
        self._told_events: set[int] = set()
        self._told_day: date | None = None

    @property
    def active(self) -> bool:
        """Whether there is a tray to tell, and the user wants it told."""
        return self._tray is not None and self.enabled

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if self._tray is not None:
            self._tray.setVisible(enabled)

    def show_agenda(self, items: list[AgendaItem], now: datetime, today: date, zone: str) -> None:
        """The tray's count, and the reminders due at `now` not yet given."""
        tray = self._tray
        if tray is None or not self.enabled:
            return
        due = [item for item in items if item.due in (Due.OVERDUE, Due.TODAY)]
        coming = [item for item in items if item.event is not None]
        tray.setToolTip(
            f"Gigdesk: {len(due)} follow-up{'s' if len(due) != 1 else ''} due, "
            f"{len(coming)} event{'s' if len(coming) != 1 else ''} this week"
        )
        if due and self._told_day != today:
            self._told_day = today
            first = display_title(due[0].posting)
            more = f" and {len(due) - 1} more" if len(due) > 1 else ""
            tray.showMessage("Follow-ups due", f"Follow up on {first}{more} today.")
        for item in coming:
            event = item.event
            assert event is not None
            if event.id in self._told_events or not now <= event.instant <= now + AHEAD:
                continue
            self._told_events.add(event.id)
            tray.showMessage(
                f"{event.kind.label.capitalize()} soon",
                f"{display_title(item.posting)}: {in_both_zones(event, zone)}",
            )
