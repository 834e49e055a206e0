"""The review window of a document import: every proposed item, quote and new record,
to correct or reject before anything is saved."""

from __future__ import annotations

import contextlib
import html
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import (
    ApprovalState,
    BlockKind,
    ItemStatus,
    Organisation,
    Person,
    Role,
)
from editor.gui.date_field import ERROR_STYLE, DateField
from editor.gui.settings import Settings
from editor.io.documents import PROBLEM_TEXT, ReadProblem
from editor.services.release_import import DocumentFailure, DocumentProposal, QuoteFinding

translate = QCoreApplication.translate

MIN_LIST_WIDTH = 260
"""The document list is never narrower than this."""
MAX_LIST_SHARE = 0.32
"""At first the list takes what its longest file name needs, up to this share of the dialog."""
GEOMETRY_KEY = "importReview/geometry"
SPLITTER_KEY = "importReview/splitter"
"""Where the dialog's size and the division between list and item are kept."""
QUOTE_COLUMNS = 4
SCREEN_SHARE = 0.92
"""At first the dialog takes at most the screen's width and this share of its height, so
that its buttons are on the screen (the window frame needs the rest)."""


def problem_text(failure: DocumentFailure) -> str:
    """Why a document could not be read, in the UI language."""
    if failure.problem is None:
        return failure.message
    texts = {
        ReadProblem.UNSUPPORTED: translate(
            "ImportReview", "this kind of file is not read (use .docx, .html, .txt or .pdf)"),
        ReadProblem.UNREADABLE: translate("ImportReview", "the file cannot be read (%1)"),
        ReadProblem.TOO_LARGE: translate("ImportReview", "the file is larger than %1 MB"),
        ReadProblem.ENCRYPTED: translate(
            "ImportReview", "the document is encrypted or an old Word (.doc) file; save it "
            "unprotected as .docx"),
        ReadProblem.CORRUPT: translate("ImportReview", "the document is damaged"),
        ReadProblem.ZIP_BOMB: translate(
            "ImportReview", "the document unpacks to far more than a release holds (a ZIP "
            "bomb?); it was not opened"),
        ReadProblem.ENCODING: translate(
            "ImportReview", "the text is neither UTF-8 nor Windows-1252; save it as UTF-8"),
        ReadProblem.NO_TEXT: translate("ImportReview", "the document has no text (a scan?)"),
        ReadProblem.TIMEOUT: translate("ImportReview",
                                       "reading the PDF took longer than %1 seconds"),
        ReadProblem.NO_PDF_TOOL: translate(
            "ImportReview", "PDF files need pdftotext (Debian package poppler-utils)"),
        ReadProblem.TOO_MANY_PARTS: translate(
            "ImportReview", "the document has more than %1 paragraphs, table cells and "
            "list items, far more than a release; it was not read"),
        ReadProblem.TOO_MUCH_TEXT: translate(
            "ImportReview", "the PDF holds more than %1 MB of text, far more than a "
            "release; it was not read"),
        ReadProblem.CONTROL: translate(
            "ImportReview", "the text holds a control character (%1), which no release "
            "has; is it a binary file?"),
    }
    assert set(texts) == set(PROBLEM_TEXT)
    return f"{failure.path.name}: {texts[failure.problem].replace('%1', failure.detail)}"


class ImportReviewDialog(QDialog):
    """Each document's item with its fields and blocks, its quotes with speaker, role and
    the source text around them, and the people, roles and organisations to be created."""

    def __init__(self, proposals: list[DocumentProposal], failures: list[DocumentFailure],
                 people: list[Person], roles: list[Role] | None = None,
                 organisations: list[Organisation] | None = None,
                 parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._roles = list(roles or [])
        self._organisations = list(organisations or [])
        self.proposals = proposals
        self.failures = failures
        self._people = {p.id: p for p in people}
        for proposal in proposals:
            self._people.update(proposal.people)
        self._current: DocumentProposal | None = None
        self.setWindowTitle(self.tr("Review imported documents"))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        wide = screen is not None and screen.width() >= 1480  # room for longer file names
        width, height = 1400 if wide else 1180, 840
        if screen is not None:
            width = min(width, screen.width())
            height = min(height, int(screen.height() * SCREEN_SHARE))
        self.resize(width, height)
        self._build()
        self._connect_signals()
        self._fill_documents()
        self._restore_layout()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.documents = QListWidget()
        self.documents.setObjectName("importDocuments")
        self.documents.setMinimumWidth(MIN_LIST_WIDTH)
        # A name too long even for the widened list keeps its start (the date) and its end
        # (version, extension); the tooltip has all of it.
        self.documents.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kicker = QLineEdit()
        self.kicker.setToolTip(self.tr("Dachzeile: the short line above the headline"))
        self.headline = QLineEdit()
        self.subheadline = QLineEdit()
        self.subheadline.setToolTip(self.tr("Unterzeile: the line below the headline"))
        self.day = DateField(allow_empty=True)
        self.places = QLineEdit()
        self.places.setPlaceholderText(self.tr("Potsdam / Magdeburg"))
        self.places.setToolTip(self.tr("The places of the dateline, separated by “/”"))
        self.field_error = QLabel()
        self.field_error.setStyleSheet(ERROR_STYLE)
        self.field_error.setWordWrap(True)
        self.field_error.hide()
        self.status = QComboBox()
        self.status.addItem(self.tr("Published"), ItemStatus.PUBLISHED)
        self.status.addItem(self.tr("Draft"), ItemStatus.DRAFT)
        self.status.setToolTip(self.tr("The status the imported item starts with"))
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blocks = QListWidget()
        self.blocks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.blocks.setMaximumHeight(110)
        self.quotes = QTableWidget(0, QUOTE_COLUMNS)
        self.quotes.setHorizontalHeaderLabels(
            [self.tr("Use"), self.tr("Quote"), self.tr("Speakers"), self.tr("Role as written")])
        self.quotes.horizontalHeader().setStretchLastSection(True)
        self.quotes.setColumnWidth(0, 95)
        self.quotes.setMinimumHeight(150)
        self.quotes.setColumnWidth(1, 330)
        self.quotes.setColumnWidth(2, 220)
        self.quotes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quotes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quotes.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.SelectedClicked)
        self.quotes.setToolTip(self.tr("Double-click a quote's words or its role to correct "
                                       "them"))
        self.speaker = QComboBox()
        self.speaker.setToolTip(self.tr("Attribute the selected quote to another person"))
        self.speaker_name = QLineEdit()
        self.speaker_name.setPlaceholderText(self.tr("or type a name, e.g. Dr. Anna Beispiel, "
                                                     "Ministerin"))
        self.speaker_name.setToolTip(self.tr("Attribute the selected quote to the person typed "
                                             "(a new person unless the archive has the name); "
                                             "a role may follow after a comma"))
        self.name_button = QPushButton(self.tr("&Attribute"))
        self.quote_error = QLabel()
        self.quote_error.setStyleSheet(ERROR_STYLE)
        self.quote_error.setWordWrap(True)
        self.quote_error.hide()
        self.new_people = QListWidget()
        self.new_people.setMaximumHeight(72)
        self.new_people.setToolTip(self.tr("Uncheck a person who should not be created; their "
                                           "quotes keep the name only as written"))
        self.approved = QComboBox()
        self.approved.addItem(self.tr("Approved (as published)"), ApprovalState.APPROVED)
        self.approved.addItem(self.tr("Not yet approved"), ApprovalState.DRAFTED)
        self.context_view = QTextBrowser()
        self.context_view.setMaximumHeight(150)
        self.created = QLabel()
        self.created.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.failed_title = QLabel()
        self.failed = QListWidget()
        self.failed.setObjectName("importFailures")
        self.failed.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.failed.setMaximumHeight(96)
        self.failed.setWordWrap(True)
        self.failed.setToolTip(self.tr("These documents were not read; nothing of them is "
                                       "imported. The others are not affected."))
        self.accept_one = QPushButton(self.tr("Import &this document"))
        self.accept_all = QPushButton(self.tr("Import &all checked documents"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.accept_one, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.accept_all, QDialogButtonBox.ButtonRole.AcceptRole)

        item_box = QGroupBox(self.tr("Press item"))
        form = QFormLayout(item_box)
        form.addRow(self.tr("Dachzeile"), self.kicker)
        form.addRow(self.tr("Headline"), self.headline)
        form.addRow(self.tr("Unterzeile"), self.subheadline)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Places"), self.places)
        form.addRow("", self.field_error)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Fields"), self.fields)
        form.addRow(self.tr("Blocks"), self.blocks)
        quote_box = QGroupBox(self.tr("Quotes"))
        quote_layout = QVBoxLayout(quote_box)
        quote_layout.addWidget(self.quotes)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Speaker of the selected quote:")))
        row.addWidget(self.speaker, 1)
        row.addWidget(QLabel(self.tr("Approval:")))
        row.addWidget(self.approved)
        quote_layout.addLayout(row)
        named = QHBoxLayout()
        named.addWidget(self.speaker_name, 1)
        named.addWidget(self.name_button)
        quote_layout.addLayout(named)
        quote_layout.addWidget(self.quote_error)
        quote_layout.addWidget(QLabel(self.tr("Where it stands in the document:")))
        quote_layout.addWidget(self.context_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(item_box, 0)
        right_layout.addWidget(quote_box, 1)
        right_layout.addWidget(self.created)
        right_layout.addWidget(QLabel(self.tr("New people (uncheck to reject one):")))
        right_layout.addWidget(self.new_people)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.documents, 1)
        self.splitter = splitter = QSplitter()
        splitter.setObjectName("importSplitter")
        splitter.setChildrenCollapsible(False)
        # On a laptop screen (768 or 800 pixels high) the item and its quotes scroll, and
        # the buttons below stay in sight.
        self.item_scroll = QScrollArea()
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.item_scroll.setWidget(right)
        splitter.addWidget(left)
        splitter.addWidget(self.item_scroll)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.failed_title)
        layout.addWidget(self.failed)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.documents.currentRowChanged.connect(self._on_document_changed)
        self.documents.itemChanged.connect(self._on_document_checked)
        self.headline.textEdited.connect(self._on_headline_edited)
        self.kicker.textEdited.connect(self._on_kicker_edited)
        self.subheadline.textEdited.connect(self._on_subheadline_edited)
        self.day.dateEdited.connect(self._on_date_edited)
        self.places.editingFinished.connect(self._on_places_edited)
        self.name_button.clicked.connect(self._on_name_speaker)
        self.speaker_name.returnPressed.connect(self._on_name_speaker)
        self.new_people.itemChanged.connect(self._on_person_checked)
        self.status.activated.connect(self._on_status_chosen)
        self.quotes.itemChanged.connect(self._on_quote_checked)
        self.quotes.currentCellChanged.connect(self._on_quote_selected)
        self.speaker.activated.connect(self._on_speaker_chosen)
        self.approved.activated.connect(self._on_approval_chosen)
        self.accept_one.clicked.connect(self._on_accept_one)
        self.accept_all.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- documents -----------------------------------------------------------------------

    def _fill_documents(self) -> None:
        self.documents.blockSignals(True)
        for proposal in self.proposals:
            entry = QListWidgetItem(proposal.path.name)
            entry.setToolTip(str(proposal.path))
            if proposal.duplicate_of is not None:
                proposal.accepted = False
                entry.setText(self.tr("%1 (already in the archive)").replace(
                    "%1", proposal.path.name))
                entry.setToolTip(str(proposal.path) + "\n" + self.tr(
                    "The archive already has an item with this headline and date or this "
                    "text; check it to import it anyway."))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if proposal.accepted
                                else Qt.CheckState.Unchecked)
            self.documents.addItem(entry)
        self.documents.blockSignals(False)
        self.failed.clear()
        for failure in self.failures:
            self.failed.addItem(problem_text(failure))
        self.failed_title.setText(self.tr("Not read (%1):").replace(
            "%1", str(len(self.failures))))
        self.failed.setVisible(bool(self.failures))
        self.failed_title.setVisible(bool(self.failures))
        duplicates = sum(1 for p in self.proposals if p.duplicate_of is not None)
        self.counts.setText(self.tr("%n document(s) read, %1 of them already in the archive; "
                                    "%2 not read", "", len(self.proposals))
                            .replace("%1", str(duplicates))
                            .replace("%2", str(len(self.failures))))
        if self.proposals:
            self.documents.setCurrentRow(0)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------

    def list_width_wanted(self) -> int:
        """The width that shows the longest entry whole (check box, margins and a scroll
        bar included), capped at :data:`MAX_LIST_SHARE` of the dialog."""
        needed = self.documents.sizeHintForColumn(0) + 2 * self.documents.frameWidth()
        needed += self.documents.verticalScrollBar().sizeHint().width() + 8
        return max(MIN_LIST_WIDTH, min(needed, int(self.width() * MAX_LIST_SHARE)))

    def _restore_layout(self) -> None:
        """The size the user left the dialog with (the division follows when shown)."""
        settings = self._settings
        geometry = settings.window_state(GEOMETRY_KEY) if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._divided = False

    def showEvent(self, event: QShowEvent) -> None:
        """The division the user left, else a list wide enough for the file names: set
        once the dialog has its size (before, the splitter would scale it)."""
        super().showEvent(event)
        if self._divided:
            return
        self._divided = True
        settings = self._settings
        state = settings.window_state(SPLITTER_KEY) if settings is not None else None
        if state is None or not self.splitter.restoreState(state):
            left = self.list_width_wanted()
            total = sum(self.splitter.sizes()) or self.width()
            self.splitter.setSizes([left, max(total - left, 1)])

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_window_state(GEOMETRY_KEY, self.saveGeometry())
            self._settings.set_window_state(SPLITTER_KEY, self.splitter.saveState())
        super().done(result)

    def _on_document_checked(self, entry: QListWidgetItem) -> None:
        proposal = self.proposals[self.documents.row(entry)]
        proposal.accepted = entry.checkState() == Qt.CheckState.Checked
        proposal.keep_duplicate = proposal.accepted and proposal.duplicate_of is not None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.accept_all.setEnabled(any(p.accepted for p in self.proposals))
        self.accept_one.setEnabled(self._current is not None)

    def _on_document_changed(self, row: int) -> None:
        self._current = self.proposals[row] if 0 <= row < len(self.proposals) else None
        self._show_item()
        self._fill_quotes()
        self._show_created()
        self._update_buttons()

    def _show_item(self) -> None:
        proposal = self._current
        if proposal is None:
            return
        item = proposal.item
        lang = item.source_language
        self.headline.setText(item.headline.get(lang))
        self.kicker.setText(item.kicker.get(lang))
        self.subheadline.setText(item.subheadline.get(lang))
        self.day.set_date(item.issue_date)
        self.places.setText(" / ".join(item.places))
        self._show_field_error("")
        self.status.setCurrentIndex(max(self.status.findData(item.status), 0))
        lines = [
            self.tr("Imported from: %1").replace("%1", proposal.item.source_name
                                                 or proposal.path.name),
            self.tr("Languages: %1").replace("%1", ", ".join(item.languages)),
        ]
        if item.embargo is not None:
            lines.append(self.tr("Embargo: %1").replace(
                "%1", item.embargo.until.strftime("%Y-%m-%d %H:%M")))
        issuers = [proposal.organisations[i].short_name for i in item.issuer_ids
                   if i in proposal.organisations]
        if issuers:
            lines.append(self.tr("Issued by: %1").replace("%1", ", ".join(issuers)))
        if item.contacts:
            lines.append(self.tr("Press contacts: %1").replace(
                "%1", ", ".join(c.name for c in item.contacts)))
        self.fields.setText(" · ".join(lines + self._notes(proposal)))
        self.blocks.clear()
        names = {
            BlockKind.PARAGRAPH: self.tr("Paragraph"), BlockKind.SUBHEADING: self.tr("Subheading"),
            BlockKind.LIST: self.tr("List"), BlockKind.QUOTE: self.tr("Quote"),
            BlockKind.PHOTO: self.tr("Photo"),
        }
        for block in item.blocks:
            text = block.text.text_or_any(lang)
            if block.kind == BlockKind.QUOTE and block.quote_id:
                with contextlib.suppress(KeyError):
                    text = item.quote(block.quote_id).text.text_or_any(lang)
            if block.kind == BlockKind.PHOTO and block.photo_id:
                text = item.photo(block.photo_id).caption.get(lang, "")
            short = " ".join(text.split())
            short = short if len(short) <= 110 else short[:109] + "…"
            self.blocks.addItem(f"{names[block.kind]}: {short}")

    def _notes(self, proposal: DocumentProposal) -> list[str]:
        """What reading took out of the document: invisible characters, photo metadata."""
        notes = []
        removed = proposal.source.removed
        if removed:
            first = removed[0]
            notes.append(self.tr(
                "Removed %1 invisible direction or format characters (the first: %2 at "
                "position %3 of block %4)").replace("%1", str(sum(r.count for r in removed)))
                .replace("%2", first.code).replace("%3", str(first.position))
                .replace("%4", str(first.block)))
        cleaned = proposal.cleaned_photos()
        if any(data.had_location for _, data in cleaned):
            notes.append(self.tr("Location data (GPS) and other camera details were removed "
                                 "from %1 photos").replace("%1", str(len(cleaned))))
        elif cleaned:
            notes.append(self.tr("Camera details and other metadata were removed from %1 "
                                 "photos").replace("%1", str(len(cleaned))))
        return notes

    def _on_status_chosen(self, index: int) -> None:
        if self._current is not None:
            self._current.set_status(ItemStatus(self.status.itemData(index)))

    def _on_headline_edited(self, text: str) -> None:
        if self._current is None:
            return
        if not text.strip():
            self._show_field_error(self.tr("The headline cannot be empty; the last one is "
                                           "kept."))
            return
        self._show_field_error("")
        self._current.set_text_field("headline", text)

    def _on_kicker_edited(self, text: str) -> None:
        if self._current is not None:
            self._current.set_text_field("kicker", text)

    def _on_subheadline_edited(self, text: str) -> None:
        if self._current is not None:
            self._current.set_text_field("subheadline", text)

    def _on_date_edited(self, day: object) -> None:
        if self._current is not None:
            self._current.set_date(day if isinstance(day, date) else None)
            self._fill_quotes()
            self._show_created()

    def _on_places_edited(self) -> None:
        if self._current is not None:
            self._current.set_places(re.split(r"\s*[/,;]\s*", self.places.text()))
            self.places.setText(" / ".join(self._current.item.places))

    def _show_field_error(self, text: str) -> None:
        self.field_error.setText(text)
        self.field_error.setVisible(bool(text))

    def _show_quote_error(self, text: str) -> None:
        self.quote_error.setText(text)
        self.quote_error.setVisible(bool(text))

    # -- quotes --------------------------------------------------------------------------

    def _fill_quotes(self) -> None:
        proposal = self._current
        self.quotes.blockSignals(True)
        self.quotes.setRowCount(0)
        if proposal is not None:
            for finding in proposal.findings:
                row = self.quotes.rowCount()
                self.quotes.insertRow(row)
                use = QTableWidgetItem()
                use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                             | Qt.ItemFlag.ItemIsSelectable)
                use.setCheckState(Qt.CheckState.Checked if finding.accepted
                                  else Qt.CheckState.Unchecked)
                self.quotes.setItem(row, 0, use)
                editable = Qt.ItemFlag.ItemIsEditable if finding.accepted else \
                    Qt.ItemFlag.NoItemFlags
                fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                words = QTableWidgetItem(finding.text)
                words.setFlags(fixed | editable)
                speakers = QTableWidgetItem(self._speakers_text(finding))
                speakers.setFlags(fixed)
                role = QTableWidgetItem(finding.role_text)
                role.setFlags(fixed | editable)
                self.quotes.setItem(row, 1, words)
                self.quotes.setItem(row, 2, speakers)
                self.quotes.setItem(row, 3, role)
        self.quotes.blockSignals(False)
        if self.quotes.rowCount():
            self.quotes.setCurrentCell(0, 1)
        else:
            self.context_view.clear()

    def _speakers_text(self, finding: object) -> str:
        proposal = self._current
        assert proposal is not None
        ids = getattr(finding, "person_ids", [])
        names = []
        for person_id in ids:
            person = self._people.get(person_id)
            name = person.full_name if person else person_id
            if person_id in proposal.new_ids:
                name = self.tr("%1 (new)").replace("%1", name)
            names.append(name)
        return ", ".join(names) or ", ".join(getattr(finding, "speaker_mentions", [])) or "?"

    def _on_quote_checked(self, cell: QTableWidgetItem) -> None:
        proposal = self._current
        if proposal is None:
            return
        finding = proposal.findings[cell.row()]
        if cell.column() in (1, 3) and finding.accepted:
            self._on_quote_edited(cell, finding)
            return
        if cell.column() != 0:
            return
        if cell.checkState() == Qt.CheckState.Unchecked and finding.accepted:
            proposal.reject_quote(finding.quote_id)
            self._show_item()
            self._show_created()

    def _on_quote_edited(self, cell: QTableWidgetItem, finding: QuoteFinding) -> None:
        proposal = self._current
        assert proposal is not None
        try:
            if cell.column() == 1:
                proposal.set_quote_text(finding.quote_id, cell.text())
            else:
                proposal.set_quote_role(finding.quote_id, cell.text())
        except ValueError:
            self._show_quote_error(self.tr("A quote needs words; to drop it, uncheck “Use”."))
            self.quotes.blockSignals(True)
            cell.setText(finding.text)
            self.quotes.blockSignals(False)
            return
        self._show_quote_error("")
        self._show_item()
        self._show_created()

    def _on_name_speaker(self) -> None:
        proposal = self._current
        row = self._selected_finding_row()
        written = self.speaker_name.text().strip()
        if proposal is None or row < 0 or not written:
            return
        finding = proposal.findings[row]
        if not finding.accepted:
            return
        try:
            person = proposal.name_speaker(finding.quote_id, written,
                                           list(self._people.values()))
        except ValueError:
            self._show_quote_error(self.tr("“%1” is no person's name; type given and family "
                                           "name, e.g. Anna Beispiel.").replace("%1", written))
            return
        self._show_quote_error("")
        self._people[person.id] = person
        self.speaker_name.clear()
        self._fill_quotes()
        self.quotes.setCurrentCell(row, 1)
        self._show_created()

    def _on_person_checked(self, entry: QListWidgetItem) -> None:
        proposal = self._current
        person_id = entry.data(Qt.ItemDataRole.UserRole)
        if proposal is None or entry.checkState() == Qt.CheckState.Checked or \
                person_id not in proposal.new_ids:
            return
        proposal.reject_person(person_id)
        row = self._selected_finding_row()
        self._fill_quotes()
        if row >= 0:
            self.quotes.setCurrentCell(row, 1)
        self._show_created()

    def _on_quote_selected(self, row: int, *_: int) -> None:
        proposal = self._current
        if proposal is None or not 0 <= row < len(proposal.findings):
            return
        finding = proposal.findings[row]
        text = proposal.text
        before = html.escape(text[finding.context_start:finding.char_start])
        words = html.escape(text[finding.char_start:finding.char_end])
        after = html.escape(text[finding.char_end:finding.context_end])
        self.context_view.setHtml(
            f"<p>…{before}<span style='background-color:#ffe08a'>{words}</span>{after}…</p>")
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("(as found)"), "")
        for person in sorted(self._people.values(), key=lambda p: p.sort_name):
            self.speaker.addItem(person.full_name, person.id)
        if finding.person_ids:
            index = self.speaker.findData(finding.person_ids[0])
            self.speaker.setCurrentIndex(max(index, 0))
        self.speaker.setEnabled(finding.accepted)
        self.speaker.blockSignals(False)
        try:
            state = proposal.item.quote(finding.quote_id).approval.state
        except KeyError:
            state = ApprovalState.APPROVED
        self.approved.setCurrentIndex(max(self.approved.findData(state), 0))
        self.approved.setEnabled(finding.accepted)

    def _selected_finding_row(self) -> int:
        return self.quotes.currentRow()

    def _on_speaker_chosen(self, index: int) -> None:
        proposal = self._current
        row = self._selected_finding_row()
        person_id = self.speaker.itemData(index)
        if proposal is None or row < 0 or not person_id:
            return
        finding = proposal.findings[row]
        person = self._people[person_id]
        proposal.adopt(person, self._roles, self._organisations)
        proposal.set_speakers(finding.quote_id, [person.id])
        cell = self.quotes.item(row, 2)
        if cell is not None:
            self.quotes.blockSignals(True)
            cell.setText(self._speakers_text(finding))
            self.quotes.blockSignals(False)
        self._show_created()

    def _on_approval_chosen(self, index: int) -> None:
        proposal = self._current
        row = self._selected_finding_row()
        if proposal is None or row < 0:
            return
        state = self.approved.itemData(index)
        proposal.set_quote_approved(proposal.findings[row].quote_id,
                                    state == ApprovalState.APPROVED)

    def _show_created(self) -> None:
        proposal = self._current
        if proposal is None:
            self.created.clear()
            return
        bundle = proposal.bundle()
        people = [p.full_name for p in bundle.people if p.id in proposal.new_ids]
        roles = [next(iter(r.title.values()), "") for r in bundle.roles
                 if r.id in proposal.new_ids]
        orgs = [o.short_name for o in bundle.organisations if o.id in proposal.new_ids]
        none = self.tr("none")
        self.created.setText(
            self.tr("Will be created: people: %1; roles: %2; organisations: %3")
            .replace("%1", ", ".join(people) or none)
            .replace("%2", "; ".join(roles) or none)
            .replace("%3", ", ".join(orgs) or none))
        self.new_people.blockSignals(True)
        self.new_people.clear()
        for person in bundle.people:
            if person.id in proposal.new_ids:
                entry = QListWidgetItem(person.full_name)
                entry.setData(Qt.ItemDataRole.UserRole, person.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.new_people.addItem(entry)
        self.new_people.blockSignals(False)

    def _on_accept_one(self) -> None:
        """Import only the document shown."""
        for proposal in self.proposals:
            proposal.accepted = proposal is self._current
            proposal.keep_duplicate = proposal.accepted and proposal.duplicate_of is not None
        self.accept()
