"""Create or edit one person of the directory, optionally with the role they hold.

Usable on its own with a prefill: the quote panel opens it for a speaker typed by name
("Create person…"), with the title and the role text taken from what was typed.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import Gender, Organisation, Person, Role
from editor.gui import labels
from editor.gui.directory.field_form import FieldForm
from editor.gui.directory.optional_date import OptionalDate
from editor.gui.eliding_combo_box import ElidingComboBox
from editor.gui.service_messages import worded
from editor.services.directory import Directory, DirectoryError


def gender_label(gender: Gender) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {Gender.FEMININE: QCoreApplication.translate("PersonDialog", "female (die …)"),
             Gender.MASCULINE: QCoreApplication.translate("PersonDialog", "male (der …)"),
             Gender.NEUTRAL: QCoreApplication.translate("PersonDialog", "not stated")}
    return texts[gender]


class PersonDialog(QDialog):
    """A person's title, names, gender and notes; for a new person also a first role.

    On OK the person (and the role) are saved through the :class:`Directory`; a problem
    shows at its field and nothing is kept. :meth:`created_person` is the saved person.
    """

    def __init__(self, directory: Directory, prefill: Person | None = None,
                 role_title: str = "", item_date: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._directory = directory
        self._prefill = prefill or Person(id="", given_name="", family_name="")
        self._editing = bool(self._prefill.id)
        self._created: Person | None = None
        self._created_role: Role | None = None
        self.setWindowTitle(self.tr("Edit person") if self._editing else self.tr("New person"))
        person = self._prefill
        self.honorific = QLineEdit(person.honorific)
        self.honorific.setPlaceholderText("Prof. Dr.-Ing.")
        self.honorific_en = QLineEdit(person.honorific_by_language.get("en", ""))
        self.honorific_en.setPlaceholderText(self.tr("only where it differs, e.g. Prof."))
        self.given_name = QLineEdit(person.given_name)
        self.family_name = QLineEdit(person.family_name)
        self.gender = QComboBox()
        for gender in (Gender.NEUTRAL, Gender.FEMININE, Gender.MASCULINE):
            self.gender.addItem(gender_label(gender), gender.value)
        self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender.value)))
        self.note = QPlainTextEdit(person.note)
        self.note.setPlaceholderText(self.tr("Internal: never exported"))
        self.note.setFixedHeight(64)
        for name in ("honorific", "honorific_en", "given_name", "family_name", "gender", "note"):
            getattr(self, name).setObjectName(f"person_{name}")
        self.form = FieldForm()
        self.form.add_field(self.tr("&Title / honorific:"), "honorific", self.honorific)
        self.form.add_field(self.tr("Title in &English:"), "honorific_by_language",
                            self.honorific_en)
        self.form.add_field(self.tr("&Given name:"), "given_name", self.given_name)
        self.form.add_field(self.tr("&Family name:"), "family_name", self.family_name)
        self.form.add_field(self.tr("G&ender:"), "gender", self.gender)
        self.form.add_field(self.tr("&Notes (never exported):"), "note", self.note)

        self.role_box = QGroupBox(self.tr("Role held"))
        self.role_box.setObjectName("personRole")
        self.role_box.setCheckable(True)
        self.role_box.setChecked(bool(role_title))
        self.organisation = ElidingComboBox()
        self.organisation.setObjectName("role_organisation")
        self.new_organisation = QPushButton(self.tr("New &organisation…"))
        self.new_organisation.setObjectName("role_new_organisation")
        org_row = QWidget()
        org_layout = QHBoxLayout(org_row)
        org_layout.setContentsMargins(0, 0, 0, 0)
        org_layout.addWidget(self.organisation, 1)
        org_layout.addWidget(self.new_organisation)
        self.title_de = QLineEdit(role_title)
        self.title_de.setPlaceholderText("Ministerin für Wirtschaft, Arbeit und Energie")
        self.title_en = QLineEdit()
        self.title_en.setPlaceholderText("Minister for Economic Affairs, Labour and Energy")
        self.plural_de = QLineEdit()
        self.plural_de.setPlaceholderText(self.tr("for joint quotes, e.g. Geschäftsführer"))
        self.plural_en = QLineEdit()
        self.plural_en.setPlaceholderText(self.tr("e.g. managing directors"))
        self.valid_from = OptionalDate("", item_date or date.today(), date.today())
        for name in ("title_de", "title_en", "plural_de", "plural_en", "valid_from"):
            getattr(self, name).setObjectName(f"role_{name}")
        self.role_form = FieldForm()
        self.role_form.add_field(self.tr("Organisation:"), "organisation_id", org_row)
        self.role_form.add_field(self.tr("Function title (German):"), "title", self.title_de)
        self.role_form.add_field(self.tr("Function title (English):"), "title_en", self.title_en)
        self.role_form.add_field(self.tr("Plural (German):"), "function_plural", self.plural_de)
        self.role_form.add_field(self.tr("Plural (English):"), "function_plural_en",
                                 self.plural_en)
        self.role_form.add_field(self.tr("Held since:"), "valid_from", self.valid_from)
        role_layout = QVBoxLayout(self.role_box)
        role_layout.addLayout(self.role_form)
        role_layout.addWidget(self.role_form.general)
        self.role_box.setVisible(not self._editing)
        self._fill_organisations("")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.role_box)
        layout.addWidget(self.form.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        # at its full size: left to the window system, the role row was squeezed below the
        # width the organisation list needs ("(keine Organisatio")
        self.resize(self.sizeHint())
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new_organisation.clicked.connect(self._on_new_organisation)

    def _fill_organisations(self, select_id: str) -> None:
        self.organisation.clear()
        self.organisation.add_name(self.tr("(no organisation)"), "")
        organisations: list[Organisation] = self._directory.organisations()
        for org in organisations:
            self.organisation.add_name(labels.organisation(org), org.id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(select_id)))

    def _on_new_organisation(self) -> None:
        from editor.gui.directory.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self._directory, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            created = dialog.created_organisation()
            if created is not None:
                self._fill_organisations(created.id)

    def person(self) -> Person:
        """The person as entered (with the id of the prefill)."""
        honorifics = dict(self._prefill.honorific_by_language)
        honorifics.pop("en", None)
        if self.honorific_en.text().strip():
            honorifics["en"] = self.honorific_en.text().strip()
        return dataclasses.replace(
            self._prefill,
            honorific=self.honorific.text().strip(),
            honorific_by_language=honorifics,
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            gender=Gender(self.gender.currentData()),
            note=self.note.toPlainText().strip(),
        )

    def role(self, person_id: str) -> Role | None:
        """The role as entered, or None when no role is to be saved."""
        if self._editing or not self.role_box.isChecked():
            return None
        title = {lang: f.text().strip() for lang, f in (("de", self.title_de),
                                                        ("en", self.title_en))
                 if f.text().strip()}
        plural = {lang: f.text().strip() for lang, f in (("de", self.plural_de),
                                                         ("en", self.plural_en))
                  if f.text().strip()}
        return Role(id="", person_id=person_id,
                    organisation_id=str(self.organisation.currentData() or "") or None,
                    title=title, function_plural=plural,
                    valid_from=self.valid_from.value())

    def accept(self) -> None:
        """Save through the directory; on a problem show it at its field and keep nothing."""
        self.form.clear_problems()
        self.role_form.clear_problems()
        person = self.person()
        if self.role_box.isChecked() and self.valid_from.problem():
            self.role_form.show_problem("valid_from", self.valid_from.problem())
            return
        if self.role(person.id or "-") is not None and not self.title_de.text().strip() \
                and not self.title_en.text().strip():
            self.role_form.show_problem("title", self.tr("Write the function title, or "
                                                         "untick “Role held”."))
            return
        try:
            if self._editing:
                self._directory.update_person(person)
                saved = person
            else:
                saved = self._directory.add_person(person)
        except DirectoryError as exc:
            self.form.show_problem(exc.field, worded(exc))
            return
        except PressestelleError as exc:
            self.form.show_problem("", worded(exc))
            return
        role = self.role(saved.id)
        if role is not None:
            try:
                self._created_role = self._directory.add_role(role)
            except PressestelleError as exc:
                self._directory.delete_person(saved.id)  # nothing saved half
                field = exc.field if isinstance(exc, DirectoryError) else ""
                self.role_form.show_problem(field, worded(exc))
                return
        self._created = saved
        super().accept()

    def created_person(self) -> Person | None:
        """The person saved by OK (None before, or after Cancel)."""
        return self._created

    def created_role(self) -> Role | None:
        """The role saved with the new person, if one was entered."""
        return self._created_role
