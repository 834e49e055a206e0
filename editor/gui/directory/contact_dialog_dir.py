"""A press contact of the directory: the item's contact dialog, saved in the directory.

The contact field of an item opens this for "Create contact…" with what was typed as
prefill, then copies the saved contact into the item.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from editor.core.errors import PressestelleError
from editor.core.links import email_problem, link_problem
from editor.core.model import Contact
from editor.gui.contact_dialog import ContactDialog
from editor.gui.service_messages import worded
from editor.services.directory import Directory, DirectoryError


class DirectoryContactDialog(ContactDialog):
    """Name, function, organisation, phone, e-mail and topics of a saved press contact;
    OK saves through the :class:`Directory`, :meth:`created_contact` is the result."""

    def __init__(self, directory: Directory, prefill: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        self._directory = directory
        self._prefill = prefill or Contact(name="")
        self._created: Contact | None = None
        super().__init__(self._prefill, directory.organisations(), parent)
        self.setObjectName("directoryContactDialog")
        self.setWindowTitle(self.tr("Edit press contact") if self._prefill.id
                            else self.tr("New press contact"))

    def _field(self, name: str) -> QLineEdit:
        fields = {"name": self.name, "email": self.email, "website": self.website,
                  "phone": self.phone}
        return fields.get(name, self.name)

    def accept(self) -> None:
        """Save when every field is fine; otherwise say which is not and keep nothing."""
        email, website = self.email.text().strip(), self.website.text().strip()
        if not self.name.text().strip():
            self._refuse(self.name, self.tr("A press contact needs a name."))
            return
        if email and email_problem(email) is not None:
            self._refuse(self.email, self.tr(
                "The e-mail address is not valid. Write it as name@example.org."))
            return
        if website and link_problem(website) is not None:
            self._refuse(self.website, self.tr(
                "The website must be a full web address starting with https:// or http://, "
                "without spaces."))
            return
        contact = self.contact()
        contact.id = self._prefill.id
        try:
            if contact.id:
                self._directory.update_contact(contact)
                saved = contact
            else:
                saved = self._directory.add_contact(contact)
        except DirectoryError as exc:
            field = self._field(exc.field)
            self._refuse(field, worded(exc))
            return
        except PressestelleError as exc:
            self._refuse(self.name, worded(exc))
            return
        self._created = saved
        QDialog.accept(self)

    def created_contact(self) -> Contact | None:
        """The contact saved by OK (None before, or after Cancel)."""
        return self._created
