"""Kicker, headline and subheadline of the item, German and English side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from editor.core.model import LANGUAGES
from editor.gui import labels
from editor.gui.block_table_model import MISSING_COLOUR, STALE_COLOUR
from editor.gui.commands import MarkTranslatedCommand, SetTextCommand
from editor.gui.document import HEADLINE_KEYS, ItemDocument
from editor.gui.fields import LineField
from editor.gui.spelling import Spelling, attach_line_spelling


class HeadlineForm(QWidget):
    """Edits the three title lines through the item's undo stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self._spelling_attached = False
        self.fields: dict[tuple[str, str], LineField] = {}
        titles = {"kicker": self.tr("Kicker:"), "headline": self.tr("Headline:"),
                  "subheadline": self.tr("Subheadline:")}
        placeholders = {"kicker": self.tr("Line above the headline"),
                        "headline": self.tr("Headline"),
                        "subheadline": self.tr("Line below the headline")}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language_labels: dict[str, QLabel] = {}
        for column, lang in enumerate(LANGUAGES, start=1):
            label = QLabel(labels.language(lang))
            label.setStyleSheet("font-weight: bold")
            self.language_labels[lang] = label
            layout.addWidget(label, 0, column)
        for row, key in enumerate(HEADLINE_KEYS, start=1):
            label = QLabel(titles[key])
            layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight)
            for column, lang in enumerate(LANGUAGES, start=1):
                field = LineField()
                field.setObjectName(f"{key}_{lang}")
                field.setPlaceholderText(f"{placeholders[key]} ({lang.upper()})")
                if key == "headline":
                    font = field.font()
                    font.setBold(True)
                    field.setFont(font)
                field.textEdited.connect(
                    lambda text, k=key, lg=lang: self._on_text_edited(k, lg, text))
                self.fields[(key, lang)] = field
                layout.addWidget(field, row, column)
                if column == 1:
                    label.setBuddy(field)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.textChanged.disconnect(self._on_doc_text_changed)
            self._doc.fieldChanged.disconnect(self._on_doc_field_changed)
        self._doc = doc
        if doc is not None:
            doc.textChanged.connect(self._on_doc_text_changed)
            doc.fieldChanged.connect(self._on_doc_field_changed)
        self.setEnabled(doc is not None)
        self._refresh_all()

    def set_spelling(self, spelling: Spelling | None) -> None:
        """Underline unknown words of each title line in its language."""
        if spelling is not None and not self._spelling_attached:
            self._spelling_attached = True
            for (_key, lang), field in self.fields.items():
                attach_line_spelling(field, spelling, lang)

    def focused_key(self) -> tuple[str, str] | None:
        """(key, language) of the title field that has the keyboard focus."""
        for key_lang, field in self.fields.items():
            if field.hasFocus():
                return key_lang
        return None

    def mark_focused_translated(self) -> bool:
        """Confirm the focused translation; False when no title field has the focus."""
        focused = self.focused_key()
        if focused is None or self._doc is None:
            return False
        key, lang = focused
        if lang != self._doc.item.source_language:
            self._doc.undo_stack.push(MarkTranslatedCommand(self._doc, key, lang))
        return True

    def _refresh_all(self) -> None:
        for key, lang in self.fields:
            self._refresh(key, lang)
        self._update_language_labels()

    def _update_language_labels(self) -> None:
        for lang, label in self.language_labels.items():
            name = labels.language(lang)
            if self._doc is not None and lang == self._doc.item.source_language:
                name = self.tr("%1 (source)").replace("%1", name)
            label.setText(name)

    def _refresh(self, key: str, lang: str) -> None:
        field = self.fields[(key, lang)]
        if self._doc is None:
            field.set_text_keeping_cursor("")
            return
        item = self._doc.item
        texts = self._doc.translations(key)
        field.set_text_keeping_cursor(texts.get(lang))
        colour = None
        tip = ""
        if lang != item.source_language and lang in item.languages and texts.has(
                item.source_language):
            if texts.is_missing(lang):
                colour, tip = MISSING_COLOUR, self.tr("The translation is missing.")
            elif texts.is_stale(lang, item.source_language):
                colour = STALE_COLOUR
                tip = self.tr("The source text changed after this translation was written. "
                              "Check it, then use “Mark as translated” (Ctrl+Shift+T).")
        style = f"QLineEdit {{ background: {colour.name()} }}" if colour else ""
        if field.styleSheet() != style:  # setting a style sheet re-polishes: not per keystroke
            field.setStyleSheet(style)
        field.setToolTip(tip)

    def _on_text_edited(self, key: str, lang: str, text: str) -> None:
        if self._doc is not None:
            self._doc.undo_stack.push(SetTextCommand(self._doc, key, lang, text))

    def _on_doc_text_changed(self, key: str, lang: str) -> None:
        if key in HEADLINE_KEYS:
            for other in LANGUAGES:
                self._refresh(key, other)

    def _on_doc_field_changed(self, name: str) -> None:
        if name in ("languages", "source_language"):
            self._refresh_all()
