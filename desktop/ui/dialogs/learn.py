"""What to learn next: missing skills by how many postings need them, and those postings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Ranking = list[tuple[str, tuple[int, ...]]]


@dataclass(frozen=True)
class Rankings:
    """Missing skills ranked over open postings, and over all of them."""

    open: Ranking
    all: Ranking


class LearnNextDialog(QDialog):
    def __init__(
        self, rankings: Rankings, titles: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("What to learn next")
        self.resize(640, 420)
        self._rankings = rankings
        self._ranked: Ranking = rankings.open
        self._titles = titles
        self.chosen: int | None = None
        self.skills = QStandardItemModel(self)
        self.postings = QStandardItemModel(self)
        self.skill_view = QListView()
        self.skill_view.setModel(self.skills)
        self.skill_view.setAccessibleName("Missing skills")
        self.posting_view = QListView()
        self.posting_view.setModel(self.postings)
        self.posting_view.setAccessibleName("Postings that need it")
        self.skill_view.selectionModel().currentChanged.connect(self._skill_chosen)
        self.posting_view.activated.connect(self._posting_chosen)
        self.only_open = QCheckBox("Only postings still &open")
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(self._fill_skills)
        hint = QLabel(
            "Skills your postings ask for and your profile lacks, most needed first. Choose a "
            "skill to see the postings; press Enter on one to open it."
        )
        hint.setWordWrap(True)
        lists = QHBoxLayout()
        lists.addWidget(self.skill_view, 1)
        lists.addWidget(self.posting_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.only_open)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        self._fill_skills(True)

    def _fill_skills(self, only_open: bool) -> None:
        self._ranked = self._rankings.open if only_open else self._rankings.all
        self.skills.clear()
        self.postings.clear()
        for skill, ids in self._ranked:
            item = QStandardItem(f"{skill}  ({len(ids)} posting{'s' if len(ids) != 1 else ''})")
            item.setEditable(False)
            self.skills.appendRow(item)
        if self._ranked:
            self.skill_view.setCurrentIndex(self.skills.index(0, 0))

    def _skill_chosen(self, index: QModelIndex) -> None:
        self.postings.clear()
        if not index.isValid():
            return
        for posting_id in self._ranked[index.row()][1]:
            item = QStandardItem(self._titles.get(posting_id, f"#{posting_id}"))
            item.setData(posting_id, _ID_ROLE)
            item.setEditable(False)
            self.postings.appendRow(item)

    def _posting_chosen(self, index: QModelIndex) -> None:
        self.chosen = index.data(_ID_ROLE)
        self.accept()

    @classmethod
    def ask(cls, rankings: Rankings, titles: dict[int, str], parent: QWidget | None) -> int | None:
        dialog = cls(rankings, titles, parent)
        dialog.exec()
        return dialog.chosen
