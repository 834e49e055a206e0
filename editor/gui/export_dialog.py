"""Choose template, languages, formats and folder for an export; remembers the last choice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor import render
from editor.gui.preview_panel import add_unavailable, fill_language_sets, template_title
from editor.gui.settings import Settings

FORMATS = ("docx", "html")
"""The formats checked the first time the dialog opens."""
TEXT_FORMATS = ("txt", "eml")
"""The formats that hold the plain text, and so its wire-service dateline."""


@dataclass(frozen=True)
class ExportChoices:
    template: str
    languages: list[str]
    formats: list[str]
    folder: Path
    allow_before_embargo: bool = False
    """The user confirmed that web pages may be made before the embargo ends."""
    draft: bool = False
    """A draft for approval: marked ENTWURF / DRAFT, with the editing marks."""
    ots: bool | None = None
    """Plain text and e-mail open the lead "Ort (ots) – …"; ``None``: as the template says."""


class ExportDialog(QDialog):
    """Collects :class:`ExportChoices`; the caller runs the export."""

    def __init__(self, settings: Settings, templates: list[render.TemplateInfo],
                 item_count: int, ui_language: str, parent: QWidget | None = None,
                 embargo_until: str | None = None,
                 unavailable: list[render.TemplateError] | None = None,
                 item_kind: str = "", item_languages: list[str] | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._item_kind = item_kind
        """The kind all exported items share ("" for a mix): it picks the template."""
        self._item_languages = item_languages or []
        """The languages every exported item has: a template they cannot fill is not
        offered first."""
        self._embargo_until = embargo_until
        self._templates = {t.name: t for t in templates}
        self.setWindowTitle(self.tr("Export"))
        self.summary = QLabel(self.tr("%n item(s) will be exported.", "", item_count))
        self.template = QComboBox()
        for info in templates:
            self.template.addItem(template_title(info, ui_language), info.name)
        add_unavailable(self.template, unavailable or [])
        self.unavailable_note = QLabel(self.tr(
            "%n template(s) cannot be used; point at one in the list to see why.", "",
            len(unavailable or [])))
        self.unavailable_note.setObjectName("unavailableTemplates")
        self.unavailable_note.setWordWrap(True)
        self.unavailable_note.setToolTip("\n".join(str(p) for p in unavailable or []))
        self.unavailable_note.setVisible(bool(unavailable))
        self.language = QComboBox()
        self.format_boxes = {
            "docx": QCheckBox(self.tr("Word (.docx)")),
            "html": QCheckBox(self.tr("Web page (.html)")),
            "pdf": QCheckBox(self.tr("PDF (.pdf)")),
            "txt": QCheckBox(self.tr("Plain text (.txt)")),
            "eml": QCheckBox(self.tr("E-mail (.eml)")),
        }
        self.format_boxes["pdf"].setToolTip(self.tr(
            "The Word file converted by LibreOffice (PDF/A-2b), so that it looks exactly "
            "like the Word file. Needs LibreOffice installed."))
        self.format_boxes["txt"].setToolTip(self.tr(
            "Plain text for news agencies: lines of at most 72 characters, the embargo line "
            "on top, the boilerplate and the press contact at the end."))
        self.format_boxes["eml"].setToolTip(self.tr(
            "An e-mail to open in the mail program: the text and the web page as its body, "
            "the Word file and the PDF attached, the headline as its subject (with the "
            "embargo in front while it runs). Needs LibreOffice installed."))
        self.ots = QCheckBox(self.tr(
            "&Wire-service dateline “Place (ots) – …” in text and e-mail"))
        self.ots.setObjectName("exportOts")
        self.ots.setToolTip(self.tr(
            "The plain text opens its lead with the places and (ots) instead of the "
            "template's dateline, as news agencies print it."))
        self.embargo_confirm = QCheckBox(self.tr(
            "Make the web page now although the embargo runs until %1").replace(
            "%1", embargo_until or ""))
        self.embargo_confirm.setObjectName("embargoConfirm")
        self.embargo_confirm.setStyleSheet("QCheckBox#embargoConfirm { color: #9a3412; }")
        self.embargo_confirm.setToolTip(self.tr(
            "A web page can be published at once. Word, PDF, text and e-mail files are always "
            "allowed: they go to the approval round or ahead to journalists and carry the "
            "embargo line."))
        self.draft = QCheckBox(self.tr("&Draft for approval"))
        self.draft.setObjectName("exportDraft")
        self.draft.setToolTip(self.tr(
            "Marked ENTWURF / DRAFT at the top and showing the editing marks (missing or "
            "outdated translations, missing pictures): for the approval round, not for "
            "journalists. Written even when the checks find errors."))
        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.choose_folder = QPushButton(self.tr("C&hoose…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self._build_layout()
        self._restore_choices()
        self._connect_signals()
        self._on_changed()

    def _build_layout(self) -> None:
        formats = QGridLayout()
        for n, box in enumerate(self.format_boxes.values()):
            formats.addWidget(box, n // 3, n % 3)
        formats.setColumnStretch(3, 1)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow("", self.unavailable_note)
        form.addRow(self.tr("&Languages:"), self.language)
        form.addRow(self.tr("Formats:"), formats)
        form.addRow("", self.ots)
        form.addRow("", self.draft)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.embargo_confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _restore_choices(self) -> None:
        settings = self._settings
        from editor.render.catalogue import choice_for_items

        template, languages = choice_for_items(self._templates, self._first_template(),
                                               settings.export_languages, self._item_languages)
        self.template.setCurrentIndex(max(self.template.findData(template), 0))
        fill_language_sets(self.language, self._current_template(), languages)
        formats = settings.export_formats or list(FORMATS)
        for name, box in self.format_boxes.items():
            box.setChecked(name in formats)
        self._template_ots()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder.setText(settings.export_folder or documents)

    def _first_template(self) -> str:
        """The template the dialog opens with: the one last chosen for this kind of item,
        else the last one if it is made for this kind, else the kind's own template (an
        event report gets the event report's), else the last one."""
        last = self._settings.export_template
        kind = self._item_kind
        if not kind:
            return last
        chosen = self._settings.export_template_for(kind)
        if chosen in self._templates:
            return chosen
        info = self._templates.get(last)
        if info is not None and info.kind == kind:
            return last
        own = next((name for name, t in self._templates.items() if t.kind == kind), "")
        return own or last

    def _connect_signals(self) -> None:
        self.choose_folder.clicked.connect(self._on_choose_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.folder.textChanged.connect(self._on_changed)
        for box in self.format_boxes.values():
            box.toggled.connect(self._on_changed)
        self._ots_touched = False
        self.ots.clicked.connect(self._on_ots_clicked)
        self.embargo_confirm.toggled.connect(self._on_changed)

    def _current_template(self) -> render.TemplateInfo | None:
        return self._templates.get(str(self.template.currentData() or ""))

    def choices(self) -> ExportChoices:
        codes = self.language.currentData()
        return ExportChoices(
            template=str(self.template.currentData() or ""),
            languages=[str(c) for c in codes] if codes else [],
            formats=[name for name, box in self.format_boxes.items()
                     if box.isChecked() and box.isEnabled()],
            folder=Path(self.folder.text().strip()),
            allow_before_embargo=self.embargo_confirm.isChecked() and self._needs_confirmation(),
            draft=self.draft.isChecked(),
            ots=self.ots.isChecked() if self.ots.isEnabled() else None,
        )

    def _template_ots(self) -> None:
        """Check the wire dateline when the chosen template asks for it."""
        info = self._current_template()
        self.ots.setChecked(bool(info is not None and info.text_ots))

    def _on_ots_clicked(self) -> None:
        self._ots_touched = True

    def _needs_confirmation(self) -> bool:
        """True when a web page of an item under embargo would be made."""
        html_box = self.format_boxes["html"]
        return bool(self._embargo_until) and html_box.isChecked() and html_box.isEnabled()

    def accept(self) -> None:
        choices = self.choices()
        self._settings.export_template = choices.template
        if self._item_kind:
            self._settings.set_export_template_for(self._item_kind, choices.template)
        self._settings.export_languages = choices.languages
        self._settings.export_formats = choices.formats
        self._settings.export_folder = str(choices.folder)
        super().accept()

    def _on_choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _on_template_changed(self) -> None:
        fill_language_sets(self.language, self._current_template(), self.choices().languages)
        if not self._ots_touched:
            self._template_ots()
        self._on_changed()

    def _on_changed(self) -> None:
        info = self._current_template()
        for name, box in self.format_boxes.items():
            box.setEnabled(info is None or name in info.item_formats)
        self.ots.setEnabled(any(self.format_boxes[f].isChecked()
                                and self.format_boxes[f].isEnabled() for f in TEXT_FORMATS))
        choices = self.choices()
        needs_confirmation = self._needs_confirmation()
        self.embargo_confirm.setVisible(needs_confirmation)
        ok = bool(choices.template and choices.languages and choices.formats
                  and self.folder.text().strip()
                  and (not needs_confirmation or self.embargo_confirm.isChecked()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
