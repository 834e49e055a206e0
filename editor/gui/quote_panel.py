"""Speakers and attribution verbs of the current quote block."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import (
    LANGUAGES,
    BlockKind,
    Person,
    QuoteLayout,
    Role,
    Speaker,
    text_or_any,
)
from editor.gui import labels
from editor.gui.commands import (
    SetQuoteLayoutCommand,
    SetQuoteVerbCommand,
    SetSpeakersCommand,
    SetTextCommand,
)
from editor.gui.document import ItemDocument, block_key, quote_key
from editor.gui.fields import LineField, display_date
from editor.gui.quote_approval_bar import QuoteApprovalBar
from editor.gui.spelling import Spelling, attach_line_spelling
from editor.services.directory import Directory


class QuotePanel(QGroupBox):
    """Picks speakers by name (with completion) and shows the role each held on the day."""

    directoryChanged = Signal()
    """A person (and perhaps an organisation for their role) was created from here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quote"), parent)
        self._doc: ItemDocument | None = None
        self._block_id: str | None = None
        self._names: dict[str, str] = {}
        self.speakers = QListWidget()
        self.speakers.setMaximumHeight(80)
        self.speakers.setWordWrap(True)
        self.speaker_name = LineField()
        self.speaker_name.setObjectName("speakerName")
        self.speaker_name.setPlaceholderText(self.tr("Add a speaker: type a name…"))
        self.speaker_name.setMinimumWidth(160)
        self._completion_model = QStringListModel(self)
        completer = QCompleter(self._completion_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_name.setCompleter(completer)
        self.add_speaker = QPushButton(self.tr("Add"))
        self.add_speaker.setToolTip(self.tr("Add the named person as a speaker"))
        self.create_person = QPushButton(self.tr("Create person…"))
        self.create_person.setObjectName("createPerson")
        self.create_person.setToolTip(self.tr(
            "Add the typed name to the archive as a new person, with their role"))
        self.create_person.hide()
        self.speaker_hint = QLabel()
        self.speaker_hint.setObjectName("speakerHint")
        self.speaker_hint.setWordWrap(True)
        self.speaker_hint.setStyleSheet("QLabel#speakerHint { color: #9a3412; }")
        self.speaker_hint.hide()
        self._directory: Directory | None = None
        self.remove_speaker = QPushButton(self.tr("Remove"))
        self.remove_speaker.setToolTip(self.tr("Remove the selected speaker"))
        self.verbs = {lang: LineField() for lang in LANGUAGES}
        for lang, field in self.verbs.items():
            field.setPlaceholderText({"de": "sagte", "en": "said"}.get(lang, ""))
            field.setObjectName(f"verb_{lang}")
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("quoteLayout")
        self.layout_choice.addItem(self.tr("In a sentence after the words (“…,” said …)"),
                                   QuoteLayout.SENTENCE.value)
        self.layout_choice.addItem(self.tr("Name and role under the quote (byline)"),
                                   QuoteLayout.BYLINE.value)
        self.layout_choice.setToolTip(self.tr(
            "Web releases often put the speaker's name and role under the quote"))
        self.after_texts = {lang: LineField() for lang in LANGUAGES}
        for lang, field in self.after_texts.items():
            field.setObjectName(f"afterQuote_{lang}")
            field.setPlaceholderText(self.tr("Text after the quote (%1)").replace(
                "%1", lang.upper()))
            field.setToolTip(self.tr("Continues the paragraph after the attribution, "
                                     "e.g. the next sentence of the speaker"))
        self.approval = QuoteApprovalBar()
        self._build_layout()
        self._connect_signals()

    def set_spelling(self, spelling: Spelling | None) -> None:
        """Underline unknown words of the verbs and the text after the quote."""
        for fields in (self.verbs, self.after_texts):
            for lang, field in fields.items():
                attach_line_spelling(field, spelling, lang)

    def _build_layout(self) -> None:
        # The buttons have a row of their own: beside the field, with "Create person…"
        # shown, they were cut in the window's usual size ("erson anlegen").
        picker = QHBoxLayout()
        picker.addWidget(self.add_speaker)
        picker.addWidget(self.create_person)
        picker.addWidget(self.remove_speaker)
        picker.addStretch(1)
        verbs = QHBoxLayout()
        for field in self.verbs.values():
            verbs.addWidget(field)
        form = QFormLayout()
        form.addRow(self.tr("Speakers:"), self.speakers)
        form.addRow("", self.speaker_name)
        form.addRow("", picker)
        form.addRow("", self.speaker_hint)
        names = " / ".join(labels.language(lang) for lang in LANGUAGES)
        form.addRow(self.tr("Attribution:"), self.layout_choice)
        form.addRow(self.tr("Verb (%1):").replace("%1", names), verbs)
        after = QHBoxLayout()
        for field in self.after_texts.values():
            after.addWidget(field)
        form.addRow(self.tr("Then (%1):").replace("%1", names), after)
        layout = QVBoxLayout(self)
        layout.addWidget(self.approval)
        layout.addLayout(form)

    def _connect_signals(self) -> None:
        self.add_speaker.clicked.connect(self._on_add_speaker)
        self.speaker_name.returnPressed.connect(self._on_add_speaker)
        self.speaker_name.textEdited.connect(self._on_speaker_name_edited)
        self.create_person.clicked.connect(self._on_create_person)
        self.remove_speaker.clicked.connect(self._on_remove_speaker)
        self.speakers.currentRowChanged.connect(self._on_speaker_row_changed)
        self.layout_choice.activated.connect(self._on_layout_activated)
        for lang, field in self.verbs.items():
            field.textEdited.connect(lambda text, lg=lang: self._on_verb_edited(lg, text))
        for lang, field in self.after_texts.items():
            field.textEdited.connect(lambda text, lg=lang: self._on_after_edited(lg, text))

    def set_directory(self, directory: Directory | None) -> None:
        """Where new people are created (the archive's directory); None: nowhere."""
        self._directory = directory

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.blocksChanged.disconnect(self._refresh)
            self._doc.textChanged.disconnect(self._on_doc_text_changed)
            self._doc.fieldChanged.disconnect(self._on_doc_field_changed)
        self._doc = doc
        self._block_id = None
        self._names = {}
        if doc is not None:
            doc.blocksChanged.connect(self._refresh)
            doc.textChanged.connect(self._on_doc_text_changed)
            doc.fieldChanged.connect(self._on_doc_field_changed)
            self._names = {self._completion_text(p): p.id for p in doc.people}
        self._show_completions()
        self._refresh()

    def _show_completions(self) -> None:
        self._completion_model.setStringList(sorted(self._names, key=str.casefold))

    def _on_speaker_name_edited(self, text: str) -> None:
        """Offer the people whose name contains what was typed, from the whole archive."""
        self.speaker_hint.hide()
        self.create_person.setVisible(bool(text.strip()) and self._directory is not None
                                      and not self._matches(text.strip()))
        if self._doc is None or len(text.strip()) < 2:
            return
        for person in self._doc.find_people(text.strip()):
            self._names.setdefault(self._completion_text(person), person.id)
        self._show_completions()

    @staticmethod
    def _completion_text(person: Person) -> str:
        text = f"{person.family_name}, {person.honorific} {person.given_name}".replace(" ,", ",")
        return " ".join(text.split()) + (f" ({person.town})" if person.town else "")

    def show_block(self, block_id: str | None) -> None:
        """Show the quote of ``block_id``; hide when it is no quote block."""
        self._block_id = block_id
        self._refresh()

    def _quote_id(self) -> str | None:
        block = self._doc.block(self._block_id) if self._doc is not None else None
        return block.quote_id if block is not None and block.kind == BlockKind.QUOTE else None

    def _refresh(self) -> None:
        quote_id = self._quote_id()
        self.setVisible(quote_id is not None)
        self.approval.show_quote(self._doc, quote_id, self._block_id)
        if quote_id is None or self._doc is None:
            return
        doc = self._doc
        quote = doc.item.quote(quote_id)
        day = doc.quote_day(quote)
        self.speakers.clear()
        lang = doc.item.source_language  # the words of the release being written
        for speaker in quote.speakers:
            person = doc.person(speaker.person_id)
            name = person.full_name_in(lang) if person else speaker.person_id
            role = doc.role(speaker.role_id)
            if role is None or (day is not None and not role.valid_on(day)):
                role = doc.role_on_day(speaker.person_id, day)  # never one ended before
            title = text_or_any(role.title, lang) if role else ""
            if day is None:
                text = self.tr("%1: %3") if title else self.tr(
                    "%1 — no role: the item has no date; choose one or date the item")
            else:
                text = self.tr("%1 — on %2: %3") if title else self.tr(
                    "%1 — no role known on %2")
            entry = QListWidgetItem(text.replace("%1", name).replace(
                "%2", display_date(day) if day else "").replace("%3", title or ""))
            entry.setData(Qt.ItemDataRole.UserRole, speaker.person_id)
            self.speakers.addItem(entry)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(quote.layout.value), 0))
        for lang, field in self.verbs.items():
            field.set_text_keeping_cursor(quote.verb.get(lang, ""))
        if self._block_id:
            after = doc.translations(block_key(self._block_id))
            for lang, field in self.after_texts.items():
                field.set_text_keeping_cursor(after.get(lang))
        self._on_speaker_row_changed(self.speakers.currentRow())

    def _speakers(self) -> list[Speaker]:
        quote_id = self._quote_id()
        if quote_id is None or self._doc is None:
            return []
        return list(self._doc.item.quote(quote_id).speakers)

    def _on_add_speaker(self) -> None:
        """Add the named person; say why not, or offer to create them: never stay silent."""
        quote_id = self._quote_id()
        text = self.speaker_name.text().strip()
        if quote_id is None or self._doc is None or not text:
            return
        matches = self._matches(text)
        if len(matches) == 1:
            self.add_person(matches[0])
        elif matches:
            self._hint(self.tr("%n people match “%1”: choose one from the list.", "",
                               len(matches)).replace("%1", text))
            self.speaker_name.completer().complete()
        else:
            self._on_create_person()

    def _matches(self, text: str) -> list[str]:
        """Ids of the people ``text`` names: the chosen completion, else all containing it."""
        if text in self._names:
            return [self._names[text]]
        if self._doc is None:
            return []
        return [p.id for p in self._doc.find_people(text)]

    def add_person(self, person_id: str, role: Role | None = None) -> bool:
        """Add ``person_id`` as a speaker with ``role``, else the role held on the quote's day."""
        quote_id = self._quote_id()
        if quote_id is None or self._doc is None:
            return False
        person = self._doc.remember_person(person_id)
        speakers = self._speakers()
        if any(s.person_id == person_id for s in speakers):
            name = person.full_name if person else person_id
            self._hint(self.tr("%1 is already a speaker of this quote.").replace("%1", name))
            return False
        quote = self._doc.item.quote(quote_id)
        day = self._doc.quote_day(quote)
        if role is None or (day is not None and not role.valid_on(day)):
            role = self._doc.role_on_day(person_id, day)
        speakers.append(Speaker(person_id=person_id, role_id=role.id if role else None))
        self._doc.undo_stack.push(
            SetSpeakersCommand(self._doc, quote_id, speakers, self._block_id))
        self.speaker_name.clear()
        self.speaker_hint.hide()
        self.create_person.hide()
        return True

    def _on_create_person(self) -> None:
        """Offer the typed name as a new person of the archive (title and role prefilled)."""
        text = self.speaker_name.text().strip()
        quote_id = self._quote_id()
        if quote_id is None or self._doc is None or not text:
            return
        if self._directory is None:
            self._hint(self.tr("Nobody called “%1” is in the archive.").replace("%1", text))
            return
        prefill, role_title = self._directory.person_from_text(text)
        day = self._doc.quote_day(self._doc.item.quote(quote_id))
        created = self.ask_new_person(self._directory, prefill, role_title, day)
        if created is None:
            self._hint(self.tr("“%1” is not in the archive: create the person to quote "
                               "them.").replace("%1", text))
            self.create_person.show()
            return
        person, role = created
        self._names[self._completion_text(person)] = person.id
        self._show_completions()
        self.directoryChanged.emit()
        # The role typed in the dialog is the one meant here, even when the item has no date.
        self.add_person(person.id, role)

    def ask_new_person(self, directory: Directory, prefill: Person, role_title: str,
                       day: date | None) -> tuple[Person, Role | None] | None:
        """The person (and role) the user created in the person dialog, or None."""
        from editor.gui.directory.person_dialog import PersonDialog

        dialog = PersonDialog(directory, prefill, role_title, day, self)
        dialog.exec()
        person = dialog.created_person()
        return (person, dialog.created_role()) if person is not None else None

    def _hint(self, text: str) -> None:
        self.speaker_hint.setText(text)
        self.speaker_hint.show()

    def _on_remove_speaker(self) -> None:
        quote_id = self._quote_id()
        row = self.speakers.currentRow()
        if quote_id is None or self._doc is None or row < 0:
            return
        speakers = self._speakers()
        del speakers[row]
        self._doc.undo_stack.push(
            SetSpeakersCommand(self._doc, quote_id, speakers, self._block_id))

    def _on_speaker_row_changed(self, row: int) -> None:
        self.remove_speaker.setEnabled(row >= 0)

    def _on_layout_activated(self, index: int) -> None:
        quote_id = self._quote_id()
        if quote_id is None or self._doc is None:
            return
        layout = QuoteLayout(self.layout_choice.itemData(index))
        if self._doc.item.quote(quote_id).layout is not layout:
            self._doc.undo_stack.push(
                SetQuoteLayoutCommand(self._doc, quote_id, layout, self._block_id))

    def _on_verb_edited(self, lang: str, text: str) -> None:
        quote_id = self._quote_id()
        if quote_id is not None and self._doc is not None:
            self._doc.undo_stack.push(SetQuoteVerbCommand(self._doc, quote_id, lang, text))

    def _on_after_edited(self, lang: str, text: str) -> None:
        if self._quote_id() is not None and self._doc is not None and self._block_id:
            self._doc.undo_stack.push(
                SetTextCommand(self._doc, block_key(self._block_id), lang, text))

    def _on_doc_text_changed(self, key: str, lang: str) -> None:
        quote_id = self._quote_id()
        if key.startswith("verb:") or (self._block_id and key == block_key(self._block_id)):
            self._refresh()
        elif quote_id is not None and key == quote_key(quote_id):
            self.approval.show_quote(self._doc, quote_id, self._block_id)

    def _on_doc_field_changed(self, name: str) -> None:
        if name == "issue_date":
            self._refresh()
