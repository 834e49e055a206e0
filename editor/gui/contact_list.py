"""The press contacts of the item: a list with add, edit and remove."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Contact
from editor.gui.commands import SetFieldCommand
from editor.gui.contact_dialog import ContactDialog
from editor.gui.document import ItemDocument


class ContactList(QWidget):
    """Shows the item's contacts; every change is one undoable step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactList")
        self.contacts.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a press contact"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button.clicked.connect(self._on_remove)
        self.contacts.itemDoubleClicked.connect(lambda _item: self._on_edit())
        self.contacts.currentRowChanged.connect(self._update_buttons)

    def set_document(self, doc: ItemDocument | None) -> None:
        self._doc = doc
        self.refresh()

    def refresh(self) -> None:
        """Show the document's contacts again."""
        row = self.contacts.currentRow()
        self.contacts.clear()
        for contact in self._doc.item.contacts if self._doc is not None else []:
            self.contacts.addItem(QListWidgetItem(self._describe(contact)))
        if self.contacts.count():
            self.contacts.setCurrentRow(min(max(row, 0), self.contacts.count() - 1))
        self._update_buttons()

    def _describe(self, contact: Contact) -> str:
        parts = [contact.name]
        if contact.function:
            parts.append(contact.function.get("de") or next(iter(contact.function.values())))
        if self._doc is not None and contact.organisation_id:
            org = next((o for o in self._doc.organisations
                        if o.id == contact.organisation_id), None)
            parts.append(org.short_name if org else contact.organisation_id)
        parts.extend(p for p in (contact.phone, contact.email) if p)
        return " · ".join(p for p in parts if p)

    def add_contact(self, contact: Contact) -> None:
        if self._doc is not None:
            self._set([*copy.deepcopy(self._doc.item.contacts), contact])

    def replace_contact(self, row: int, contact: Contact) -> None:
        if self._doc is not None and 0 <= row < len(self._doc.item.contacts):
            contacts = copy.deepcopy(self._doc.item.contacts)
            contacts[row] = contact
            self._set(contacts)

    def remove_contact(self, row: int) -> None:
        if self._doc is not None and 0 <= row < len(self._doc.item.contacts):
            contacts = copy.deepcopy(self._doc.item.contacts)
            del contacts[row]
            self._set(contacts)

    def _set(self, contacts: list[Contact]) -> None:
        assert self._doc is not None
        if contacts != self._doc.item.contacts:
            self._doc.undo_stack.push(SetFieldCommand(self._doc, "contacts", contacts))

    def _ask(self, contact: Contact) -> Contact | None:
        organisations = self._doc.organisations if self._doc is not None else []
        dialog = ContactDialog(contact, organisations, self)
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return None
        return dialog.contact()

    def _on_add(self) -> None:
        contact = self._ask(Contact(name=""))
        if contact is not None:
            self.add_contact(contact)

    def _on_edit(self) -> None:
        row = self.contacts.currentRow()
        if self._doc is None or row < 0:
            return
        contact = self._ask(copy.deepcopy(self._doc.item.contacts[row]))
        if contact is not None:
            self.replace_contact(row, contact)

    def _on_remove(self) -> None:
        self.remove_contact(self.contacts.currentRow())

    def _update_buttons(self) -> None:
        chosen = self.contacts.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(self._doc is not None)
        self.contacts.setToolTip("" if self.contacts.count() else self.tr(
            "No press contact yet: use Add…"))

