"""File → Backups…: the daily copies beside the database, one made now, and one chosen to
restore (after the user has seen what it holds against the database in use)."""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import Backup, StoreError
from desktop.ui.prompts import LiveDatabase
from desktop.ui.table_model import AnyIndex, HeaderedTableModel

INTRO = (
    "Gigdesk copies your database here when it first starts each day, and again when you "
    "quit if you changed anything; it keeps the last 7 days' and 4 weeks'. Restoring one "
    "sets the current database aside (never overwritten) and opens the window again on "
    "the backup."
)
NO_BACKUP = (
    "No backup yet: Gigdesk makes one when it first starts each day, and again when you quit "
    "if you changed anything."
)


class BackupsModel(HeaderedTableModel):
    """The backups as listed (newest first), each made when on the user's clock (`zone`)."""

    headers = ("Made", "Postings", "Size", "File")

    def __init__(
        self, backups: list[Backup], parent: QObject | None = None, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.zone = zone

    def row_total(self) -> int:
        return len(self.backups)

    def replace(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.backups = backups
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.backups[index.row()]
        postings = "unreadable" if backup.postings is None else f"{backup.postings:,}"
        return (
            made_on(backup, self.zone),
            postings,
            f"{backup.size / 2**20:,.1f} MiB",
            backup.path.name,
        )[index.column()]


class BackupsDialog(QDialog):
    """The backups, newest first. Restore… asks first, showing what the backup holds against
    the database in use; Back up now makes one on the database thread and lists them again."""

    def __init__(
        self, backups: list[Backup], live: LiveDatabase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.setWindowTitle("Backups")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = BackupsModel(backups, self, user_zone(live))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            "&Restore…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_up_button = self.buttons.addButton(
            "&Back up now", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_up_button.setToolTip("Copy the database into the backups folder now")
        self.back_up_button.setVisible(live.shelf is not None)
        self.back_up_button.clicked.connect(self.back_up_now)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText("Close")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.doubleClicked.connect(lambda _: self.accept())
        self._listed()

    def _listed(self, chosen: Path | None = None) -> None:
        """The list shown: `chosen` (else the newest, at the top) is the one chosen."""
        backups = self.model.backups
        self.intro.setText(INTRO if backups else NO_BACKUP)
        self.restore_button.setEnabled(bool(backups))
        if backups:
            paths = [backup.path for backup in backups]
            self.table.selectRow(paths.index(chosen) if chosen in paths else 0)

    def chosen(self) -> Backup | None:
        index = self.table.currentIndex()
        return self.model.backups[index.row()] if index.isValid() else None

    def back_up_now(self) -> None:
        """A backup made now, as the day's and `gigdesk backup` are, then the list again
        with the new one chosen."""
        shelf = self.live.shelf
        if shelf is None:
            return
        self.back_up_button.setEnabled(False)
        self.back_up_button.setText("Backing up…")

        def made() -> tuple[Path, list[Backup]]:
            return shelf.back_up_now(), shelf.listed()

        self.live.run(made, self._made, self._not_made)

    def _made(self, made: tuple[Path, list[Backup]]) -> None:
        self._ready()
        path, backups = made
        self.model.replace(backups)
        self._listed(path)

    def _not_made(self, exc: Exception) -> None:
        self._ready()
        if not isinstance(exc, (OSError, StoreError)):
            raise exc
        QMessageBox.warning(self, "Backups", f"The backup could not be made: {exc}")

    def _ready(self) -> None:
        self.back_up_button.setEnabled(True)
        self.back_up_button.setText("&Back up now")

    def accept(self) -> None:
        """Restore…: only once the user has seen what the backup holds and agreed."""
        chosen = self.chosen()
        if chosen is None:
            return
        sure = QMessageBox.question(
            self,
            "Restore a backup",
            restore_question(chosen, self.live),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the database in use
        )
        if sure == QMessageBox.StandardButton.Yes:
            super().accept()

    @classmethod
    def ask(
        cls, backups: list[Backup], live: LiveDatabase, parent: QWidget | None = None
    ) -> Backup | None:
        dialog = cls(backups, live, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


def restore_question(backup: Backup, live: LiveDatabase) -> str:
    """What a restore would put in place of what, and where the current file goes."""
    holds = (
        "could not be read" if backup.postings is None else f"holds {_postings(backup.postings)}"
    )
    now = live.shelf.postings_now() if live.shelf is not None else None
    against = "" if now is None else f"; your tracker now holds {_postings(now)}"
    return (
        f"This backup from {made_on(backup, user_zone(live))} {holds}{against}.\n\n"
        f"Open Gigdesk on this backup? Your current database will be set aside in "
        f"{live.file.parent} under a dated name ({live.file.stem}.replaced-…"
        f"{live.file.suffix}), never overwritten; nothing is deleted."
    )


def _postings(count: int) -> str:
    return f"{count:,} posting{'' if count == 1 else 's'}"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def user_zone(live: LiveDatabase) -> tzinfo | None:
    """The user's zone, from the clock the composition root gave the shelf (None: none
    given, the system's)."""
    return live.shelf.local_now().tzinfo if live.shelf is not None else None


def made_on(backup: Backup, zone: tzinfo | None = None) -> str:
    """When a backup was made: "30 Nov 2026" for a day's own, "30 Nov 2026 04:26" for one
    named by its time too, so that a day's several backups tell apart, on the user's clock
    (`zone`, else the system's) whatever zone named it; an older one whose moment is
    unknown by the time its name gives."""
    if not backup.timed:
        return _day(backup.day)
    made = backup.made.astimezone(zone) if backup.exact else backup.made
    return f"{_day(made.date())} {made:%H:%M}"
