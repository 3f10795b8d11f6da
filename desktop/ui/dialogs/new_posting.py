"""New posting: a box to paste or type a posting into."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import PasteError
from desktop.domain.tracking.intake import check_posting_text
from desktop.ui.clipboard import text_from_mime
from desktop.ui.dialogs import add_ok_cancel


class PasteBox(QPlainTextEdit):
    """A plain-text box that turns pasted HTML into text with headings and list items."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(text_from_mime(source))


class NewPostingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New posting")
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Paste the posting as you found it (Upwork, LinkedIn, a careers page, an email). "
            "Gigdesk keeps the text exactly as it is."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_box = PasteBox()
        self.text_box.setAccessibleName("Posting text")
        self.text_box.setTabChangesFocus(True)
        layout.addWidget(self.text_box, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = add_ok_cancel(self, layout, "&Add posting")
        # Ctrl+Enter adds it, as in most editors' dialogs (plain Enter is a new line in the
        # box, and a dialog's default button takes Enter only without a modifier).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, self.accept)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            "Add the posting (Ctrl+Enter)"
        )

    def accept(self) -> None:
        """Close only with text that can be stored; otherwise say why and keep it."""
        try:
            check_posting_text(self.text_box.toPlainText())
        except PasteError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.text_box.toPlainText()
        return None
