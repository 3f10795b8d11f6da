"""A second start on the same data folder brings the running window forward.

The lock file says a Gigdesk runs; a local socket (a file on this machine, never the
network), named after the data folder, lets the second start ask that one to show its
window instead of telling the user to find it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

_SHOW = b"show\n"
_WAIT_MS = 500


def socket_name(data_dir: Path) -> str:
    """One name per data folder: two Gigdesks on two folders each keep their own."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"gigdesk-{digest}"


def ask_to_show(name: str) -> bool:
    """Whether the Gigdesk listening on `name` was asked to show its window."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(_SHOW)
    sent = socket.waitForBytesWritten(_WAIT_MS)
    socket.disconnectFromServer()
    return sent


class ShowRequests(QObject):
    """Listens on `name` for a second start's request, and brings `window` forward when one
    comes; `show_requested` says it came."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QWidget | None = None
        self.show_requested.connect(self._show)
        self._server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket file left by a run that crashed
        self._server.newConnection.connect(self._connected)
        self.listening = self._server.listen(name)

    def _connected(self) -> None:
        # the second start writes at once and leaves: its request is read here, no signal
        # left pointing at this object when the run ends
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(_WAIT_MS):
                asked = _SHOW.strip() in bytes(socket.readAll().data())
            else:
                asked = False
            socket.disconnectFromServer()
            socket.deleteLater()
            if asked:
                self.show_requested.emit()

    def _show(self) -> None:
        if self.window is not None:
            bring_forward(self.window)

    def close(self) -> None:
        """No longer listening: the run is over, its socket file gone."""
        self._server.close()


def bring_forward(window: QWidget) -> None:
    """The window shown, restored if minimised, raised and given the focus."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
