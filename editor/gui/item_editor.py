"""The editor of one press item: titles, blocks side by side, quote details, metadata."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import BlockKind, Quote
from editor.gui.block_table import BlockTable
from editor.gui.block_table_model import (
    IMAGE_SUFFIXES,
    BlockTableModel,
    TranslationState,
    image_files,
)
from editor.gui.commands import (
    AddPhotosCommand,
    InsertArchivedQuoteCommand,
    InsertBlockCommand,
    MarkTranslatedCommand,
    MoveBlockCommand,
    RemoveBlockCommand,
    SetBlockKindCommand,
)
from editor.gui.document import ItemDocument
from editor.gui.headline_form import HeadlineForm
from editor.gui.photo_panel import PhotoPanel
from editor.gui.quote_panel import QuotePanel
from editor.gui.settings import Settings
from editor.gui.spelling import Spelling
from editor.services.directory import Directory

if TYPE_CHECKING:
    from editor.gui.metadata_form import MetadataForm

DETAILS_TAB = 1
"""Index of the "Details" tab, whose form is built when the tab is first shown."""


class ItemEditor(QWidget):
    """Edits the :class:`ItemDocument` it is given; every edit is undoable."""

    currentBlockChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self.headline_form = HeadlineForm()
        self.block_model = BlockTableModel(parent=self)
        self.block_table = BlockTable(self.block_model)
        self.quote_panel = QuotePanel()
        self.photo_panel = PhotoPanel()
        self.photo_notice = ""
        """The last message about metadata removed from photos just added."""
        self.setAcceptDrops(True)
        self._metadata_form: MetadataForm | None = None
        self._directory: Directory | None = None
        self._details = QScrollArea()
        """Holds the metadata form once built (see :attr:`metadata_form`)."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_layout()
        self._connect_signals()
        self.set_document(None)

    def _build_layout(self) -> None:
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(6, 6, 6, 6)
        text_layout.addWidget(self.headline_form)
        self.text_splitter = QSplitter(Qt.Orientation.Vertical)
        self.text_splitter.setObjectName("textSplitter")
        self.text_splitter.addWidget(self.block_table)
        self.text_splitter.addWidget(self.quote_panel)
        self.text_splitter.addWidget(self.photo_panel)
        self.text_splitter.setStretchFactor(0, 1)
        self.text_splitter.setChildrenCollapsible(False)
        text_layout.addWidget(self.text_splitter, 1)
        scroll = self._details
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(text_page, self.tr("&Text"))
        self.tabs.addTab(scroll, self.tr("&Details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect_signals(self) -> None:
        self.block_table.currentBlockChanged.connect(self._on_current_block_changed)
        self.photo_panel.imageRequested.connect(self._on_image_requested)
        self.quote_panel.directoryChanged.connect(self.refresh_issuers)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    @property
    def metadata_form(self) -> MetadataForm:
        """The form of the "Details" tab. It is built when the tab is first shown (or this
        is first asked for): the window's first paint does not wait for it."""
        if self._metadata_form is None:
            from editor.gui.metadata_form import MetadataForm

            form = MetadataForm()
            form.set_directory(self._directory)
            form.set_document(self._doc)
            self._details.setWidget(form)
            self._metadata_form = form
        return self._metadata_form

    def _on_tab_changed(self, index: int) -> None:
        if index == DETAILS_TAB:
            _ = self.metadata_form  # built before the tab is painted

    def refresh_issuers(self) -> None:
        """List the archive's organisations again in the form, when it is built (else it
        lists them when it is)."""
        if self._metadata_form is not None:
            self._metadata_form.refresh_issuers()

    def set_directory(self, directory: Directory | None) -> None:
        """The archive's directory, where people, organisations and contacts are created."""
        self._directory = directory
        self.quote_panel.set_directory(directory)
        if self._metadata_form is not None:
            self._metadata_form.set_directory(directory)

    def set_spelling(self, spelling: Spelling | None) -> None:
        """Check the spelling of the block texts and title lines with ``spelling``."""
        self.block_table.set_spelling(spelling)
        self.headline_form.set_spelling(spelling)
        self.quote_panel.set_spelling(spelling)

    @property
    def document(self) -> ItemDocument | None:
        return self._doc

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.currentBlockRequested.disconnect(self._on_block_requested)
            self._doc.photosRefused.disconnect(self._on_photos_refused)
            self._doc.photosCleaned.disconnect(self._on_photos_cleaned)
        self._doc = doc
        if doc is not None:
            doc.currentBlockRequested.connect(self._on_block_requested)
            doc.photosRefused.connect(self._on_photos_refused)
            doc.photosCleaned.connect(self._on_photos_cleaned)
        self.block_model.set_document(doc)
        self.headline_form.set_document(doc)
        if self._metadata_form is not None:
            self._metadata_form.set_document(doc)
        elif doc is not None and self._directory is not None:
            _add_new_organisations(doc, self._directory)
        self.quote_panel.set_document(doc)
        self.photo_panel.set_document(doc)
        self.tabs.setEnabled(doc is not None)
        if doc is not None and doc.item.blocks:
            self.block_table.select_block(doc.item.blocks[0].id,
                                          BlockTableModel.FIRST_LANGUAGE_COLUMN)

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        self.block_table.set_context_actions(actions)

    def current_row(self) -> int:
        return self.block_table.current_row()

    def current_block_id(self) -> str | None:
        row = self.current_row()
        if self._doc is None or not 0 <= row < len(self._doc.item.blocks):
            return None
        return self._doc.item.blocks[row].id

    # Operations behind the block actions
    def add_block(self, kind: BlockKind) -> str | None:
        """Insert a block of ``kind`` below the current one and start editing it."""
        if self._doc is None:
            return None
        self.block_table.setFocus()
        row = self.current_row()
        row = len(self._doc.item.blocks) if row < 0 else row + 1
        command = InsertBlockCommand(self._doc, row, kind, self.current_block_id())
        self._doc.undo_stack.push(command)
        column = BlockTableModel.column_of(self._doc.item.source_language)
        self.block_table.select_block(command.block_id, column)
        self.block_table.edit(self.block_table.currentIndex())
        return command.block_id

    def insert_quote(self, quote: Quote) -> str | None:
        """Insert ``quote`` (new to this item) as a quote block below the current block."""
        if self._doc is None:
            return None
        row = self.current_row()
        row = len(self._doc.item.blocks) if row < 0 else row + 1
        command = InsertArchivedQuoteCommand(self._doc, row, quote, self.current_block_id())
        self._doc.undo_stack.push(command)
        self.block_table.select_block(command.block_id)
        return command.block_id

    def add_photos(self, paths: list[str]) -> None:
        """Insert a photo block for each image file below the current block."""
        if self._doc is None or not paths:
            return
        row = self.current_row()
        row = len(self._doc.item.blocks) if row < 0 else row + 1
        keys = self._doc.import_photos(paths)
        if not keys:
            return
        command = AddPhotosCommand(self._doc, row, keys, self.current_block_id())
        self._doc.undo_stack.push(command)
        self.block_table.select_block(command.block_ids[-1])

    def choose_photos(self) -> None:
        """Ask for image files and add them as photo blocks."""
        if self._doc is None:
            return
        settings = Settings()
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), settings.photo_start_folder(), self._image_filter())
        if paths:
            settings.remember_photos(Path(paths[0]))
        self.add_photos(paths)

    def _image_filter(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        return self.tr("Images (%1)").replace("%1", patterns)

    def _on_photos_refused(self, lines: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Photos not added"),
                          self.tr("These files were not added: only JPEG, PNG and WebP "
                                  "images of up to 30 MB can be used as photos."),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(lines))
        box.exec()

    def _on_photos_cleaned(self, names: list[str], located: bool) -> None:
        """Say, in the status bar, what was taken out of the photos just added."""
        if located:
            text = self.tr("Location data (GPS) and other camera details were removed from "
                           "%1; exports never carry them.")
        else:
            text = self.tr("Camera details and other metadata were removed from %1; exports "
                           "never carry them.")
        self.photo_notice = text.replace("%1", ", ".join(names))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.photo_notice, 30000)

    def _on_image_requested(self, block_id: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose image"), "",
                                              self._image_filter())
        if path and self._doc is not None:
            keys = self._doc.import_photos([path])
            if keys:
                self.photo_panel.set_image(keys[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._doc is not None and image_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_files(event.mimeData())
        if self._doc is not None and paths:
            self.add_photos(paths)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def remove_current_block(self) -> None:
        row = self.current_row()
        if self._doc is not None and row >= 0:
            self._doc.undo_stack.push(RemoveBlockCommand(self._doc, row))

    def move_current_block(self, delta: int) -> None:
        row = self.current_row()
        if self._doc is None or row < 0:
            return
        target = row + delta
        if 0 <= target < len(self._doc.item.blocks):
            self._doc.undo_stack.push(MoveBlockCommand(self._doc, row, target))

    def set_current_kind(self, kind: BlockKind) -> None:
        row = self.current_row()
        if self._doc is not None and row >= 0 and self._doc.item.blocks[row].kind != kind:
            self._doc.undo_stack.push(SetBlockKindCommand(self._doc, row, kind))

    def mark_current_translated(self) -> None:
        """Confirm the translations of the focused title field or of the current block."""
        doc = self._doc
        if doc is None or self.headline_form.mark_focused_translated():
            return
        row = self.current_row()
        if row < 0:
            return
        key = self.block_model.text_key(doc.item.blocks[row])
        if key is None:
            return
        stale = [lang for lang in doc.target_languages()
                 if self.block_model.state(row, lang) == TranslationState.STALE]
        if not stale:
            return
        doc.undo_stack.beginMacro(self.tr("Mark as translated"))
        for lang in stale:
            doc.undo_stack.push(MarkTranslatedCommand(doc, key, lang))
        doc.undo_stack.endMacro()

    def wrap_selection(self, before: str, after: str) -> None:
        """Wrap the selected text of the focused field in inline markup (**bold**)."""
        field = QApplication.focusWidget()
        if isinstance(field, QLineEdit) and field.hasSelectedText():
            start = field.selectionStart()
            selected = field.selectedText()
            text = field.text()
            end = start + len(selected)
            field.setText(text[:start] + before + selected + after + text[end:])
            field.textEdited.emit(field.text())
        elif isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            if cursor.hasSelection():
                cursor.insertText(before + cursor.selectedText() + after)

    def insert_link(self) -> None:
        """Turn the selected text into a Markdown link after asking for the address."""
        field = QApplication.focusWidget()
        if not isinstance(field, (QLineEdit, QPlainTextEdit)):
            return
        url, ok = QInputDialog.getText(self, self.tr("Insert link"), self.tr("Address (URL):"),
                                       text="https://")
        if ok and url.strip():
            field.setFocus()
            self.wrap_selection("[", f"]({url.strip()})")

    def _on_current_block_changed(self, block_id: str) -> None:
        self.quote_panel.show_block(block_id or self.current_block_id())
        self.photo_panel.show_block(block_id or self.current_block_id())
        self.currentBlockChanged.emit(block_id)

    def _on_block_requested(self, block_id: str) -> None:
        self.block_table.select_block(block_id)
        self.quote_panel.show_block(block_id)
        self.photo_panel.show_block(block_id)


def _add_new_organisations(doc: ItemDocument, directory: Directory) -> None:
    """What the metadata form does when it shows ``doc``, while it is not built yet: when
    the item refers to an organisation ``doc``'s list lacks (one the archive gained since
    the list was read), the archive's new organisations join that list. The form, when
    built, reads them itself; until then only the item's own ones matter (the preview
    and the exports name them)."""
    known = {o.id for o in doc.organisations}
    item = doc.item
    referred = {*item.issuer_ids, *(c.organisation_id for c in item.contacts),
                *(r.organisation_id for r in doc.roles)}
    if not referred - known - {None, ""}:
        return  # the usual case: no second read of every organisation
    doc.organisations.extend(o for o in directory.organisations() if o.id not in known)
