"""Edit one press contact: name, organisation, function and topics in both languages, phone,
e-mail.

The e-mail address and the website become links in exports: both pass the one link
check of :mod:`editor.core.links` before the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.links import email_problem, link_problem
from editor.core.model import LANGUAGES, Contact, Organisation
from editor.gui import labels
from editor.gui.eliding_combo_box import ElidingComboBox


class ContactDialog(QDialog):
    """Shows a :class:`Contact`; :meth:`contact` returns what the user entered."""

    def __init__(self, contact: Contact, organisations: list[Organisation],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Press contact"))
        self.name = QLineEdit(contact.name)
        self.name.setObjectName("contactName")
        self.name.setPlaceholderText(self.tr("e.g. Dr. Anna Schulz"))
        self.organisation = ElidingComboBox()
        self.organisation.add_name(self.tr("(none)"), "")
        for org in organisations:
            self.organisation.add_name(labels.organisation(org), org.id)
        if contact.organisation_id and self.organisation.findData(contact.organisation_id) < 0:
            self.organisation.add_name(contact.organisation_id, contact.organisation_id)
        self.organisation.setCurrentIndex(
            max(self.organisation.findData(contact.organisation_id or ""), 0))
        self.functions = {lang: QLineEdit(contact.function.get(lang, "")) for lang in LANGUAGES}
        self.functions["de"].setPlaceholderText("Pressesprecherin")
        self.functions["en"].setPlaceholderText("Press officer")
        self.topics = {lang: QLineEdit(contact.topics.get(lang, "")) for lang in LANGUAGES}
        for lang, field in self.topics.items():
            field.setObjectName(f"contactTopics_{lang}")
        self.topics["de"].setPlaceholderText("Verkehr und Mobilität / Kultur und Tourismus")
        self.topics["en"].setPlaceholderText("Transport and mobility / culture and tourism")
        self.phone = QLineEdit(contact.phone)
        self.phone.setPlaceholderText("+49 331 …")
        self.email = QLineEdit(contact.email)
        self.email.setPlaceholderText("presse@example.org")
        self.website = QLineEdit(contact.website)
        self.website.setPlaceholderText("https://example.org")
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#contactProblem { color: #b91c1c; }")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        for lang, field in self.functions.items():
            form.addRow(self.tr("Function (%1):").replace("%1", labels.language(lang)), field)
        for lang, field in self.topics.items():
            form.addRow(self.tr("Topics (%1):").replace("%1", labels.language(lang)), field)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Website:"), self.website)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_changed)
        self.email.textChanged.connect(self.problem.hide)
        self.website.textChanged.connect(self.problem.hide)
        self._on_name_changed()

    def accept(self) -> None:
        """Close only when the e-mail address and the website can be links."""
        email, website = self.email.text().strip(), self.website.text().strip()
        if email and email_problem(email) is not None:
            self._refuse(self.email, self.tr(
                "The e-mail address is not valid. Write it as name@example.org."))
            return
        if website and link_problem(website) is not None:
            self._refuse(self.website, self.tr(
                "The website must be a full web address starting with https:// or http://, "
                "without spaces."))
            return
        super().accept()

    def _refuse(self, field: QLineEdit, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        field.setFocus()
        field.selectAll()

    def contact(self) -> Contact:
        """The contact as entered."""
        return Contact(
            name=self.name.text().strip(),
            organisation_id=str(self.organisation.currentData() or "") or None,
            function={lang: f.text().strip() for lang, f in self.functions.items()
                      if f.text().strip()},
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            topics={lang: f.text().strip() for lang, f in self.topics.items()
                    if f.text().strip()},
        )

    def _on_name_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()))
