"""Whom an application went to, on the Details tab: the person, how, and the employer's
address, phone, e-mail and website, for the work-search report. Prefilled from what the
posting says; what the user types is kept as they leave each field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop.domain.tracking.worksearch import Contact, ContactMethod


class ContactBox(QGroupBox):
    """Signals:
    edited(int, Contact): the user changed the contact of the posting with that number.
    """

    edited = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Contact, for the work-search report", parent)
        self._posting_id = 0
        self._shown = Contact()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.person_edit = QLineEdit()
        self.method_combo = QComboBox()
        self.method_combo.addItem("As the source says", "")
        for method in ContactMethod:
            self.method_combo.addItem(method.label, method.value)  # plain text, as elsewhere
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.website_edit = QLineEdit()
        for label, widget in (
            ("Person contacted:", self.person_edit),
            ("How you applied:", self.method_combo),
            ("Employer's address:", self.address_edit),
            ("Phone:", self.phone_edit),
            ("E-mail:", self.email_edit),
            ("Website:", self.website_edit),
        ):
            form.addRow(label, widget)
        for edit in self._edits():
            edit.editingFinished.connect(self._changed)
        self.method_combo.activated.connect(self._changed)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.person_edit,
            self.address_edit,
            self.phone_edit,
            self.email_edit,
            self.website_edit,
        )

    def show_contact(self, posting_id: int, contact: Contact) -> None:
        self._posting_id, self._shown = posting_id, contact
        self.person_edit.setText(contact.person)
        method = contact.method.value if contact.method else ""
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(method)))
        self.address_edit.setText(contact.address)
        self.phone_edit.setText(contact.phone)
        self.email_edit.setText(contact.email)
        self.website_edit.setText(contact.website)

    def contact(self) -> Contact:
        method = self.method_combo.currentData()
        return Contact(
            person=self.person_edit.text().strip(),
            method=ContactMethod(method) if method else None,
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(),
        )

    def _changed(self) -> None:
        current = self.contact()
        if self._posting_id and current != self._shown:
            self._shown = current
            self.edited.emit(self._posting_id, current)
