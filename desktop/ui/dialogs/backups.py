"""File → Backups…: the daily copies beside the database, and one chosen to restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import Backup
from desktop.ui.dialogs import add_ok_cancel
from desktop.ui.table_model import AnyIndex, HeaderedTableModel


class BackupsModel(HeaderedTableModel):
    headers = ("Day", "Postings", "Size", "File")

    def __init__(self, backups: list[Backup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def row_total(self) -> int:
        return len(self.backups)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.backups[index.row()]
        postings = "unreadable" if backup.postings is None else f"{backup.postings:,}"
        return (
            backup.day.isoformat(),
            postings,
            f"{backup.size / 2**20:,.1f} MiB",
            backup.path.name,
        )[index.column()]


class BackupsDialog(QDialog):
    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Gigdesk copies your database here once a day and keeps the last 7 days' and 4 "
            "weeks'. Restoring one sets the current database aside (never overwritten) and "
            "opens the window again on the backup."
            if backups
            else "No backup yet: Gigdesk makes one each day when it starts."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(backups, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if backups:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        add_ok_cancel(self, layout, "&Restore…")
        self.table.doubleClicked.connect(lambda _: self.accept())

    def chosen(self) -> Backup | None:
        index = self.table.currentIndex()
        return self.model.backups[index.row()] if index.isValid() else None

    @classmethod
    def ask(cls, backups: list[Backup], parent: QWidget | None = None) -> Backup | None:
        dialog = cls(backups, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
