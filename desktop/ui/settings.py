"""Window layout remembered between runs, in an INI file under the config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from desktop.ui.appearance import Appearance


class UiState:
    """Geometry, splitter and column state, list or board, light or dark, and the last
    export folder."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def save_layout(
        self, window: QMainWindow, splitters: dict[str, QSplitter], header: QHeaderView
    ) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self._settings.setValue(f"splitter/{name}", splitter.saveState())
        self._settings.setValue("table/header", header.saveState())
        self._settings.sync()

    def restore_layout(
        self, window: QMainWindow, splitters: dict[str, QSplitter], header: QHeaderView
    ) -> bool:
        """Apply the saved layout; False when there is none yet (first run)."""
        geometry = self._bytes("window/geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        if (state := self._bytes("window/state")) is not None:
            window.restoreState(state)
        for name, splitter in splitters.items():
            if (saved := self._bytes(f"splitter/{name}")) is not None:
                splitter.restoreState(saved)
        if (columns := self._bytes("table/header")) is not None:
            header.restoreState(columns)
        return True

    @property
    def appearance(self) -> Appearance:
        value = str(self._settings.value("window/appearance", Appearance.SYSTEM.value))
        return Appearance(value) if value in set(Appearance) else Appearance.SYSTEM

    @appearance.setter
    def appearance(self, appearance: Appearance) -> None:
        self._settings.setValue("window/appearance", appearance.value)

    @property
    def reminders(self) -> bool:
        """Reminders in the system tray (on unless the user turned them off)."""
        return str(self._settings.value("window/reminders", "true")) != "false"

    @reminders.setter
    def reminders(self, enabled: bool) -> None:
        self._settings.setValue("window/reminders", "true" if enabled else "false")

    @property
    def export_dir(self) -> str:
        return str(self._settings.value("export/dir", str(Path.home())))

    @export_dir.setter
    def export_dir(self, folder: str) -> None:
        self._settings.setValue("export/dir", folder)

    @property
    def board_shown(self) -> bool:
        """The window showed the board rather than the list when it was closed."""
        return self._settings.value("window/view", "list") == "board"

    @board_shown.setter
    def board_shown(self, shown: bool) -> None:
        self._settings.setValue("window/view", "board" if shown else "list")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
