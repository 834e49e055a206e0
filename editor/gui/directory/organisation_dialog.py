"""Create or edit one organisation: short name, full name and boilerplate per language,
website and logo.

The logo is read from a file the user picks with the same checks as photos (a regular
file, JPEG, PNG or WebP, size limit) by the directory, which keeps it in the archive's
photo store with OK; the organisation keeps only the key of those bytes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.images import PhotoData
from editor.core.links import link_problem
from editor.core.model import LANGUAGES, Organisation
from editor.gui import labels
from editor.gui.directory.field_form import FieldForm
from editor.gui.service_messages import worded
from editor.gui.spelling import attach_spelling, spelling_of
from editor.services.directory import Directory, DirectoryError


class OrganisationDialog(QDialog):
    """An organisation's fields; OK saves through the :class:`Directory`.

    :meth:`created_organisation` is the saved organisation (the issuer list opens this for
    "Create organisation…" with the typed short name as prefill)."""

    def __init__(self, directory: Directory, prefill: Organisation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self._directory = directory
        self._prefill = prefill or Organisation(id="", short_name="")
        self._editing = bool(self._prefill.id)
        self._created: Organisation | None = None
        self._logo_key = self._prefill.logo
        self._logo_data: PhotoData | None = None
        self.setWindowTitle(self.tr("Edit organisation") if self._editing
                            else self.tr("New organisation"))
        org = self._prefill
        self.short_name = QLineEdit(org.short_name)
        self.short_name.setObjectName("org_short_name")
        self.short_name.setPlaceholderText("WFBB")
        self.names = {lang: QLineEdit(org.name.get(lang, "")) for lang in LANGUAGES}
        self.names["de"].setPlaceholderText("Wirtschaftsförderung Land Brandenburg GmbH")
        self.boilerplates = {lang: QPlainTextEdit(org.boilerplate.get(lang, ""))
                             for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.names[lang].setObjectName(f"org_name_{lang}")
            self.boilerplates[lang].setObjectName(f"org_boilerplate_{lang}")
            self.boilerplates[lang].setFixedHeight(72)
            attach_spelling(self.boilerplates[lang], spelling_of(self), lang)
            self.boilerplates[lang].setPlaceholderText(
                self.tr("“About …” paragraph; **bold**, *italic* and [links](https://…) work"))
        self.website = QLineEdit(org.website)
        self.website.setObjectName("org_website")
        self.website.setPlaceholderText("https://example.org")
        self.logo_label = QLabel()
        self.logo_label.setObjectName("org_logo_label")
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.setObjectName("org_choose_logo")
        self.remove_logo = QPushButton(self.tr("Remove"))
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_label, 1)
        logo_layout.addWidget(self.choose_logo)
        logo_layout.addWidget(self.remove_logo)
        self.form = FieldForm()
        self.form.add_field(self.tr("&Short name:"), "short_name", self.short_name)
        for lang in LANGUAGES:
            self.form.add_field(self.tr("Full name (%1):").replace("%1", labels.language(lang)),
                                f"name.{lang}", self.names[lang])
        for lang in LANGUAGES:
            self.form.add_field(self.tr("Boilerplate (%1):").replace(
                "%1", labels.language(lang)), f"boilerplate.{lang}", self.boilerplates[lang])
        self.form.add_field(self.tr("&Website:"), "website", self.website)
        self.form.add_field(self.tr("Logo:"), "logo", logo_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._show_logo()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_logo.clicked.connect(self._on_choose_logo)
        self.remove_logo.clicked.connect(self._on_remove_logo)

    def _show_logo(self) -> None:
        if self._logo_data is not None:
            text = self.tr("%1 picture, %2 KB (saved with OK)").replace(
                "%1", self._logo_data.extension.upper()).replace(
                "%2", str(max(1, len(self._logo_data.data) // 1024)))
        elif self._logo_key:
            text = self.tr("a logo is stored")
        else:
            text = self.tr("(none)")
        self.logo_label.setText(text)
        self.remove_logo.setEnabled(bool(self._logo_key or self._logo_data))

    def _on_choose_logo(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo of the organisation"), start,
            self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take the logo from ``path`` when it is a photo the archive accepts."""
        try:
            self._logo_data = self._directory.read_logo(path)
        except DirectoryError as exc:
            self.form.show_problem("logo", worded(exc))
            return False
        self.form.clear_problems()
        self._show_logo()
        return True

    def _on_remove_logo(self) -> None:
        self._logo_data = None
        self._logo_key = ""
        self._show_logo()

    def organisation(self) -> Organisation:
        """The organisation as entered (the logo key is set when saved)."""
        return dataclasses.replace(
            self._prefill,
            short_name=self.short_name.text().strip(),
            name={lang: f.text().strip() for lang, f in self.names.items() if f.text().strip()},
            boilerplate={lang: f.toPlainText().strip() for lang, f in self.boilerplates.items()
                         if f.toPlainText().strip()},
            website=self.website.text().strip(),
            logo=self._logo_key,
        )

    def accept(self) -> None:
        """Save through the directory; a problem shows at its field and nothing is kept."""
        self.form.clear_problems()
        org = self.organisation()
        if org.website and link_problem(org.website) is not None:
            self.form.show_problem("website", self.tr(
                "The website must be a full web address starting with https:// or http://, "
                "without spaces."))
            return
        if not org.short_name:
            self.form.show_problem("short_name", self.tr("An organisation needs a short name."))
            return
        try:
            if self._editing:
                self._directory.update_organisation(org, logo=self._logo_data)
                saved = self._directory.organisation(org.id)
            else:
                saved = self._directory.add_organisation(org, logo=self._logo_data)
        except DirectoryError as exc:
            self.form.show_problem(exc.field, worded(exc))
            return
        except PressestelleError as exc:
            self.form.show_problem("", worded(exc))
            return
        self._created = saved
        super().accept()

    def created_organisation(self) -> Organisation | None:
        """The organisation saved by OK (None before, or after Cancel)."""
        return self._created
