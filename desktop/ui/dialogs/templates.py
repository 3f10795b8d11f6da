"""The user's own proposal texts, each with placeholders the Proposal tab fills in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.proposals import PLACEHOLDERS, ProposalTemplate
from desktop.ui.dialogs import add_ok_cancel

_STARTER = (
    "Hi {client},\n\nI read your post for a {title}. I have worked with "
    "{my_matching_skills}, which your must-haves ask for ({must_haves}).\n\n"
    "My rate for this is {rate}.\n\nBest regards,"
)


class TemplatesDialog(QDialog):
    """A list of templates on the left, the one chosen on the right; OK keeps them all."""

    def __init__(self, templates: list[ProposalTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Proposal templates")
        self.resize(760, 480)
        self._bodies = {template.name: template.body for template in templates}
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.names = QListWidget()
        self.names.setAccessibleName("Templates")
        self.names.addItems(list(self._bodies))
        new = QPushButton("&New")
        new.clicked.connect(self._new)
        delete = QPushButton("De&lete")
        delete.clicked.connect(self._delete)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        left.addWidget(self.names, 1)
        left.addLayout(row)
        right = QVBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Name, e.g. Short and direct")
        self.name_edit.setAccessibleName("Template name")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Template text")
        hint = QLabel(
            "Placeholders filled from the posting: "
            + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
            + ". Any other {word} stays for you to fill."
        )
        hint.setWordWrap(True)
        right.addWidget(self.name_edit)
        right.addWidget(self.body_edit, 1)
        right.addWidget(hint)
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        layout.addLayout(columns)
        add_ok_cancel(self, layout)
        self._shown, self._shown_row = "", -1
        self.names.currentRowChanged.connect(self._choose)
        self.name_edit.textEdited.connect(self._show_name)
        if self._bodies:
            self.names.setCurrentRow(0)
        else:
            self._new()

    def _keep_shown(self) -> None:
        """What the right side shows, under the name it shows (a rename included)."""
        name = self.name_edit.text().strip()
        if not self._shown and not name:
            return
        body = self.body_edit.toPlainText()
        self._bodies.pop(self._shown, None)
        if name:
            self._bodies[name] = body
        item = self.names.item(self._shown_row)
        if item is not None and name:
            item.setText(name)
        self._shown = name

    def _show_name(self, name: str) -> None:
        """The list follows the name as it is typed."""
        item = self.names.item(self._shown_row)
        if item is not None and name.strip():
            item.setText(name.strip())

    def _choose(self, row: int) -> None:
        """Keep what the right side shows, then show the template at `row`."""
        if row == self._shown_row:
            return
        self._keep_shown()
        item = self.names.item(row)
        name = item.text() if item is not None else ""
        self._shown, self._shown_row = name, row
        self.name_edit.setText(name)
        self.body_edit.setPlainText(self._bodies.get(name, ""))

    def _new(self) -> None:
        self._keep_shown()
        name = _unused("New template", self._bodies)
        self._bodies[name] = _STARTER
        self.names.addItem(name)
        self.names.setCurrentRow(self.names.count() - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _delete(self) -> None:
        row = self.names.currentRow()
        if row < 0:
            return
        self._bodies.pop(self._shown, None)
        self._shown, self._shown_row = "", -1
        self.name_edit.clear()
        self.body_edit.clear()
        self.names.takeItem(row)

    def answer(self) -> list[ProposalTemplate]:
        self._keep_shown()
        return [ProposalTemplate(name, body) for name, body in self._bodies.items()]

    @classmethod
    def ask(
        cls, templates: list[ProposalTemplate], parent: QWidget | None = None
    ) -> list[ProposalTemplate] | None:
        dialog = cls(templates, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def _unused(name: str, taken: dict[str, str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} {number}", number + 1
    return candidate
