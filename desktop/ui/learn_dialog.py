"""What to learn next: missing skills by how many postings need them, and those postings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LearnNextDialog(QDialog):
    def __init__(
        self,
        ranked: list[tuple[str, tuple[int, ...]]],
        titles: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("What to learn next")
        self.resize(640, 420)
        self._ranked = ranked
        self._titles = titles
        self.chosen: int | None = None
        self.skills = QStandardItemModel(self)
        for skill, ids in ranked:
            item = QStandardItem(f"{skill}  ({len(ids)} posting{'s' if len(ids) != 1 else ''})")
            item.setEditable(False)
            self.skills.appendRow(item)
        self.postings = QStandardItemModel(self)
        self.skill_view = QListView()
        self.skill_view.setModel(self.skills)
        self.posting_view = QListView()
        self.posting_view.setModel(self.postings)
        self.skill_view.selectionModel().currentChanged.connect(self._skill_chosen)
        self.posting_view.activated.connect(self._posting_chosen)
        hint = QLabel(
            "Skills your open postings ask for and your profile lacks. Choose a skill to see "
            "the postings; press Enter on one to open it."
            if ranked
            else "Nothing missing: add skills to your profile, or postings to track."
        )
        hint.setWordWrap(True)
        lists = QHBoxLayout()
        lists.addWidget(self.skill_view, 1)
        lists.addWidget(self.posting_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        if ranked:
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
    def ask(
        cls,
        ranked: list[tuple[str, tuple[int, ...]]],
        titles: dict[int, str],
        parent: QWidget | None,
    ) -> int | None:
        dialog = cls(ranked, titles, parent)
        dialog.exec()
        return dialog.chosen
