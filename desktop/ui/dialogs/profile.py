"""The skills profile: what the user can do, for how long, and what they are learning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.skills.profile import Level, Profile, ProfileSkill
from desktop.domain.skills.taxonomy import Taxonomy
from desktop.ui.table_model import ROOT, AnyIndex, HeaderedTableModel

_SKILL_ROLE = Qt.ItemDataRole.UserRole  # a proposal's skill, with the years the CV gives
# Years from 0 to 60, whole or to a tenth ("4.5", "3,5"), "+" after for "or more"; or none.
_YEARS = QRegularExpression(r"(?:(?:[0-5]?\d(?:[.,]\d)?|60)\+?)?")


class ProfileTableModel(HeaderedTableModel):
    """The profile being edited: skill, years (optional), and whether it is still being learnt."""

    headers = ("Skill", "Years", "Learning")

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._skills = list(profile.skills)

    def profile(self) -> Profile:
        return Profile(tuple(sorted(self._skills, key=lambda s: s.name.casefold())))

    def names(self) -> set[str]:
        return {skill.name for skill in self._skills}

    def existing(self, name: str) -> str | None:
        """The skill already listed under `name`, in any case ("python" for "Python")."""
        folded = name.casefold()
        return next((s.name for s in self._skills if s.name.casefold() == folded), None)

    def row_named(self, name: str) -> int | None:
        return next((row for row, s in enumerate(self._skills) if s.name == name), None)

    def add(self, name: str, years: float | None = None) -> bool:
        if not name or self.existing(name) is not None:
            return False
        row = len(self._skills)
        self.beginInsertRows(ROOT, row, row)
        self._skills.append(ProfileSkill(name, years))
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._skills[row]
        self.endRemoveRows()

    def row_total(self) -> int:
        return len(self._skills)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 1:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == 2:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        skill = self._skills[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return skill.name
        if index.column() == 1 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if skill.years is None else f"{skill.years:g}"
        if index.column() == 2 and role == Qt.ItemDataRole.CheckStateRole:
            learning = skill.level == Level.LEARNING
            return Qt.CheckState.Checked if learning else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        skill = self._skills[index.row()]
        if index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip().replace(",", ".").rstrip("+")
            try:
                years = float(text) if text else None
            except ValueError:
                return False
            self._skills[index.row()] = ProfileSkill(skill.name, years, skill.level)
        elif index.column() == 2 and role == Qt.ItemDataRole.CheckStateRole:
            learning = Qt.CheckState(value) == Qt.CheckState.Checked
            level = Level.LEARNING if learning else Level.HAVE
            self._skills[index.row()] = ProfileSkill(skill.name, skill.years, level)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class YearsDelegate(QStyledItemDelegate):
    """The Years cell takes only a number of years: letters typed there were dropped, with no
    word of why, when the edit ended."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(_YEARS, editor))
        editor.setPlaceholderText("0-60")
        editor.setToolTip("Years of experience, 0 to 60; empty for none given")
        return editor


class ProfileDialog(QDialog):
    """Edit the skills profile by hand or from a pasted CV."""

    def __init__(self, profile: Profile, taxonomy: Taxonomy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Skills profile")
        self.resize(760, 560)
        self._taxonomy = taxonomy
        self.model = ProfileTableModel(profile, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Your skills")
        self.table.setItemDelegateForColumn(1, YearsDelegate(self.table))
        self._build_add_box(taxonomy)
        remove = QPushButton("&Remove")
        remove.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)

        left = QVBoxLayout()
        intro = QLabel(
            "Your skills: years are optional (double-click or F2 on the Years cell to set "
            "them); tick Learning for skills you are still learning (they do not count as met)."
        )
        intro.setWordWrap(True)
        left.addWidget(intro)
        left.addWidget(self.table, 1)
        # What became of the skill typed, above the box: the suggestions open below it,
        # over a note there.
        self.add_note = QLabel()
        self.add_note.setWordWrap(True)
        self.add_note.setAccessibleName("The skill added")
        self.add_note.hide()
        left.addWidget(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.add_edit, 1)
        row.addWidget(remove)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(self._cv_side(), 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.add_edit.setFocus()  # the first thing to do here is to type a skill

    def _build_add_box(self, taxonomy: Taxonomy) -> None:
        """The box a skill is typed in, with the known skills suggested as it is."""
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText("Add a skill (Enter), e.g. PostgreSQL, Figma, Zendesk")
        self.add_edit.setToolTip(
            "Enter adds the skill typed; in the empty box, Enter saves the profile"
        )
        completer = QCompleter(QStringListModel(taxonomy.completions(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_edit.setCompleter(completer)
        self.add_edit.installEventFilter(self)
        # While the suggestions show, Enter reaches the box past its event filter (the list
        # hands it on directly), completed when one was picked: added here. The box puts a
        # pick back after that: it is cleared again once it has. A suggestion clicked is
        # added too (it was put in the box, then cleared: nothing added).
        self.add_edit.returnPressed.connect(self._add_typed)
        completer.activated.connect(self._picked)
        # Letters several known skills begin ("pyth": Python, Python console, …), Enter
        # pressed with none picked: asked to pick one first, added as typed on a second Enter.
        self._asked: str | None = None
        self._added_now: str | None = None  # by Enter on a pick, before the list says so
        self.add_edit.textEdited.connect(self._edited)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the skill box adds the skill typed, and only that: let through, it would
        also press Save and close the dialog with the skill unsaved. In the empty box it is
        let through to press Save, the default button, as everywhere in the dialog."""
        if (
            watched is self.add_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.add_edit.text().strip()
        ):
            self._add_typed()
            return True
        return super().eventFilter(watched, event)

    def _cv_side(self) -> QVBoxLayout:
        """Paste a CV, find the skills it names, tick the ones to add."""
        self.cv_edit = QPlainTextEdit()
        self.cv_edit.setPlaceholderText("Paste your CV or résumé here, then Find skills")
        self.proposals = QStandardItemModel(self)
        self.proposal_view = QListView()
        self.proposal_view.setModel(self.proposals)
        find = QPushButton("&Find skills in CV")
        find.clicked.connect(self._find_in_cv)
        take = QPushButton("Add &ticked")
        take.clicked.connect(self._add_proposals)
        side = QVBoxLayout()
        side.addWidget(self.cv_edit, 2)
        side.addWidget(find)
        side.addWidget(self.proposal_view, 2)
        side.addWidget(take)
        return side

    def _add_typed(self) -> None:
        """The skill typed, or the one known skill it stands for; one Gigdesk does not know
        is added as typed (users have their own), and the note above the box says so. Letters
        several known skills begin are no skill of their own until Enter is pressed twice:
        the first shows the suggestions again, to pick one."""
        typed = self.add_edit.text().strip()
        if not typed:
            return
        known = self._known_skill(typed)
        listed = self.model.existing(known or typed) is not None  # said so, not asked
        if not listed and known is None and typed != self._asked and self._several(typed):
            self._asked = typed
            self._tell(
                f"Pick one of the suggestions, or press Enter again to add “{typed}” as typed."
            )
            # After the list has closed on this Enter.
            QTimer.singleShot(0, self.add_edit.completer().complete)
            return
        self._add(known or typed, as_typed=known is None)
        self.add_edit.clear()

    def _add(self, name: str, *, as_typed: bool) -> None:
        self._asked = None
        there = self.model.existing(name)
        if there is not None:
            self._tell(f"{there} is already in your skills.")
            if (row := self.model.row_named(there)) is not None:
                self.table.selectRow(row)
            return
        self.model.add(name)
        self._added_now = name
        QTimer.singleShot(0, self._forget_added)
        if as_typed:
            self._tell(f"“{name}” is not a known skill: added as typed.")
        else:
            self.add_note.hide()

    def _picked(self, name: str) -> None:
        """A suggestion chosen: with Enter it was added as the box's words (the list puts
        them back in the box, cleared again here); clicked, it is added now."""
        if name != self._added_now:
            self._add(name, as_typed=False)
        QTimer.singleShot(0, self.add_edit.clear)

    def _forget_added(self) -> None:
        self._added_now = None

    def _edited(self) -> None:
        self._asked = None

    def _known_skill(self, typed: str) -> str | None:
        """The skill `typed` names, or the only one it begins or the suggestions show: Enter
        while "postg" showed "PostgreSQL" added a skill called "postg"."""
        if known := self._taxonomy.canonical(typed):
            return known
        folded = typed.casefold()
        begun = [
            name for name in self._taxonomy.completions() if name.casefold().startswith(folded)
        ]
        if len(begun) == 1:
            return begun[0]
        suggested = self._suggested(typed)
        return suggested[0] if len(suggested) == 1 else None

    def _several(self, typed: str) -> bool:
        return len(self._suggested(typed)) > 1

    def _suggested(self, typed: str) -> list[str]:
        """The known skills the suggestions show for `typed`: those holding it."""
        folded = typed.casefold()
        return [name for name in self._taxonomy.completions() if folded in name.casefold()]

    def _tell(self, note: str) -> None:
        self.add_note.setText(note)
        self.add_note.show()

    def _remove_selected(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.model.remove(index.row())

    def _find_in_cv(self) -> None:
        from desktop.domain.skills.fit import propose_skills

        self.proposals.clear()
        for skill in propose_skills(
            self.cv_edit.toPlainText(), self.model.profile(), self._taxonomy
        ):
            shown = f"{skill.name} ({skill.years:g} years)" if skill.years else skill.name
            item = QStandardItem(shown)
            item.setData(skill, _SKILL_ROLE)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            self.proposals.appendRow(item)

    def _add_proposals(self) -> None:
        """The ticked proposals, added in the order shown; then taken out of the list."""
        rows = [
            row
            for row in range(self.proposals.rowCount())
            if self.proposals.item(row).checkState() == Qt.CheckState.Checked
        ]
        for row in rows:
            skill = self.proposals.item(row).data(_SKILL_ROLE)
            self.model.add(skill.name, skill.years)
        for row in reversed(rows):
            self.proposals.removeRow(row)

    @classmethod
    def ask(cls, profile: Profile, taxonomy: Taxonomy, parent: QWidget | None) -> Profile | None:
        dialog = cls(profile, taxonomy, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.model.profile()
        return None
