"""The press contacts of the item: a list with add, edit and remove."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Contact, text_or_any
from editor.gui.commands import SetFieldCommand
from editor.gui.contact_dialog import ContactDialog
from editor.gui.document import ItemDocument
from editor.services.directory import Directory


class ContactList(QWidget):
    """Shows the item's contacts; every change is one undoable step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactList")
        self.contacts.setMaximumHeight(90)
        # Long entries wrap: "Pressestelle WFBB · Presse- und Öffentlichkeitsarbeit · WFBB …"
        # ran out of a laptop's list behind a horizontal scroll bar.
        self.contacts.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a press contact"))
        # A push button with a menu leaves room for the menu's arrow; a tool button
        # in instant-popup mode drew the arrow over the end of its text.
        self.pick_button = QPushButton()
        self.pick_button.setObjectName("pickContact")
        self.pick_button.setText(self.tr("Saved…"))
        self.pick_button.setToolTip(self.tr("Pick a press contact saved in the directory, "
                                            "or create one there"))
        self.pick_menu = QMenu(self.pick_button)
        self.pick_button.setMenu(self.pick_menu)
        self.pick_button.hide()
        self._directory: Directory | None = None
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.pick_button, self.edit_button,
                       self.remove_button):
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
        self.pick_menu.aboutToShow.connect(self.fill_pick_menu)

    def set_directory(self, directory: Directory | None) -> None:
        """The directory whose saved contacts are offered; None hides the offer."""
        self._directory = directory
        self.pick_button.setVisible(directory is not None)

    def fill_pick_menu(self) -> None:
        """The saved contacts (not yet in the item), then "New saved contact…"."""
        self.pick_menu.clear()
        if self._directory is None:
            return
        taken = {c.id for c in self._doc.item.contacts if c.id} if self._doc else set()
        for contact in self._directory.contacts():
            action = self.pick_menu.addAction(self._describe(contact))
            action.setEnabled(contact.id not in taken)
            action.triggered.connect(lambda _=False, c=contact: self.add_contact(
                copy.deepcopy(c)))
        if not self.pick_menu.isEmpty():
            self.pick_menu.addSeparator()
        create = self.pick_menu.addAction(self.tr("New saved contact…"))
        create.setObjectName("newSavedContact")
        create.triggered.connect(self._on_create_saved)

    def _on_create_saved(self) -> None:
        """Create a contact in the directory and put a copy of it into the item."""
        if self._directory is None or self._doc is None:
            return
        contact = self.ask_saved_contact(self._directory)
        if contact is not None:
            self.add_contact(copy.deepcopy(contact))

    def ask_saved_contact(self, directory: Directory) -> Contact | None:
        """The contact the user saved in the directory's contact dialog, or None."""
        from editor.gui.directory.contact_dialog_dir import DirectoryContactDialog

        dialog = DirectoryContactDialog(directory, None, self)
        dialog.exec()
        return dialog.created_contact()

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
            lang = self._doc.item.source_language if self._doc is not None else "de"
            parts.append(text_or_any(contact.function, lang))
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

