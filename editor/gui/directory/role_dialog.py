"""Add or edit one role of a person: organisation, function title per language (singular
and plural), valid from / until; a new role can end the one held before."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import LANGUAGES, Person, Role, text_or_any
from editor.gui import labels
from editor.gui.directory.field_form import FieldForm
from editor.gui.directory.optional_date import OptionalDate
from editor.gui.eliding_combo_box import ElidingComboBox
from editor.gui.service_messages import worded
from editor.services.directory import Directory, DirectoryError


class RoleDialog(QDialog):
    """OK saves the role through the :class:`Directory`; problems show at their field."""

    def __init__(self, directory: Directory, person: Person, role: Role | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self._directory = directory
        self._person = person
        self._editing = role is not None
        self._role = role or Role(id="", person_id=person.id, organisation_id=None,
                                  valid_from=date.today())
        self._saved: Role | None = None
        self.setWindowTitle((self.tr("Edit role of %1") if self._editing
                             else self.tr("Add a role for %1")).replace("%1", person.full_name))
        self.organisation = ElidingComboBox()
        self.organisation.setObjectName("role_organisation")
        self.organisation.add_name(self.tr("(no organisation)"), "")
        for org in directory.organisations():
            self.organisation.add_name(labels.organisation(org), org.id)
        self.organisation.setCurrentIndex(
            max(0, self.organisation.findData(self._role.organisation_id or "")))
        self.titles = {lang: QLineEdit(self._role.title.get(lang, "")) for lang in LANGUAGES}
        self.functions = {lang: QLineEdit(self._role.function.get(lang, ""))
                          for lang in LANGUAGES}
        self.plurals = {lang: QLineEdit(self._role.function_plural.get(lang, ""))
                        for lang in LANGUAGES}
        self.titles["de"].setPlaceholderText("Ministerin für Wirtschaft, Arbeit und Energie")
        self.functions["de"].setPlaceholderText("Ministerin")
        self.plurals["de"].setPlaceholderText("Geschäftsführer")
        for lang in LANGUAGES:
            self.titles[lang].setObjectName(f"role_title_{lang}")
            self.functions[lang].setObjectName(f"role_function_{lang}")
            self.plurals[lang].setObjectName(f"role_plural_{lang}")
        self.valid_from = OptionalDate(self.tr("from"), self._role.valid_from, date.today())
        self.valid_from.setObjectName("role_valid_from")
        self.valid_until = OptionalDate(self.tr("until"), self._role.valid_until, date.today())
        self.valid_until.setObjectName("role_valid_until")
        self.end_previous = QCheckBox(self.tr(
            "End the role held so far the day before this one starts"))
        self.end_previous.setObjectName("role_end_previous")
        # the titles can be long: they wrap in a label of their own (a check box cannot)
        self.previous_roles = QLabel()
        self.previous_roles.setObjectName("role_previous")
        self.previous_roles.setWordWrap(True)
        self.previous_roles.setTextFormat(Qt.TextFormat.PlainText)
        indent = self.end_previous.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, None, self.end_previous)
        self.previous_roles.setContentsMargins(indent + 6, 0, 0, 0)
        open_roles = [r for r in directory.roles_of(person.id)
                      if r.valid_until is None and r.id != self._role.id]
        if open_roles and not self._editing:
            self.previous_roles.setText(self.tr("So far: %1").replace(
                "%1", "; ".join(text_or_any(r.title, labels.ui_language(), "?")
                                for r in open_roles)))
            self.end_previous.setChecked(True)
        else:
            self.end_previous.hide()
            self.previous_roles.hide()
        self.form = FieldForm()
        self.form.add_field(self.tr("Organisation:"), "organisation_id", self.organisation)
        for lang in LANGUAGES:
            name = labels.language(lang)
            self.form.add_field(self.tr("Function title (%1):").replace("%1", name),
                                "title" if lang == "de" else f"title.{lang}", self.titles[lang])
        for lang in LANGUAGES:
            name = labels.language(lang)
            self.form.add_field(self.tr("Function alone (%1):").replace("%1", name),
                                f"function.{lang}", self.functions[lang])
        for lang in LANGUAGES:
            name = labels.language(lang)
            self.form.add_field(self.tr("Plural for joint quotes (%1):").replace("%1", name),
                                "function_plural" if lang == "de" else
                                f"function_plural.{lang}", self.plurals[lang])
        self.form.add_field(self.tr("Valid:"), "valid_from", self.valid_from)
        self.form.add_field("", "valid_until", self.valid_until)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.end_previous)
        layout.addWidget(self.previous_roles)
        layout.addWidget(self.form.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.resize(self.sizeHint())  # not squeezed below what its fields need
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def role(self) -> Role:
        """The role as entered."""
        def texts(fields: dict[str, QLineEdit]) -> dict[str, str]:
            return {lang: f.text().strip() for lang, f in fields.items() if f.text().strip()}

        return dataclasses.replace(
            self._role, organisation_id=str(self.organisation.currentData() or "") or None,
            title=texts(self.titles), function=texts(self.functions),
            function_plural=texts(self.plurals), valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value())

    def accept(self) -> None:
        self.form.clear_problems()
        for name in ("valid_from", "valid_until"):
            problem = getattr(self, name).problem()
            if problem:
                self.form.show_problem(name, problem)
                return
        role = self.role()
        if not role.title:
            self.form.show_problem("title", self.tr("Write the function title."))
            return
        try:
            if self._editing:
                self._directory.update_role(role)
                self._saved = role
            else:
                self._saved = self._directory.add_role(
                    role, end_previous=self.end_previous.isVisibleTo(self)
                    and self.end_previous.isChecked())
        except DirectoryError as exc:
            self.form.show_problem(exc.field, worded(exc))
            return
        except PressestelleError as exc:
            self.form.show_problem("", worded(exc))
            return
        super().accept()

    def saved_role(self) -> Role | None:
        return self._saved
