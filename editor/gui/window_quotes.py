"""The quote archive in the main window: a tab beside the item list, and what it asks for
(open an item, insert a quote into the open item, export a speaker's dossier)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QWidget

from editor.core.quotes import quote_for_reuse
from editor.gui.errors import show_error
from editor.gui.item_editor import ItemEditor

if TYPE_CHECKING:
    from editor.gui.document import ItemDocument
    from editor.gui.main_window import MainWindow
    from editor.gui.quote_archive_widget import QuoteArchiveWidget
    from editor.render.dossier import Withheld
    from editor.store.archive import Archive

ARCHIVE_WIDTH = 760
"""The side panel is widened to at least this when the archive is shown."""


def insert_archived_quote(archive: Archive, doc: ItemDocument, editor: ItemEditor,
                          quote_id: str, item_id: str) -> str | None:
    """Insert a copy of quote ``quote_id`` of item ``item_id`` below the current block of
    ``doc`` as one undoable step; the new block's id. Speakers become known to ``doc``."""
    item = doc.item if doc.item.id == item_id else archive.load_bundle([item_id]).items[0]
    quote = quote_for_reuse(item.quote(quote_id), item.issue_date)
    for speaker in quote.speakers:
        doc.remember_person(speaker.person_id)
    return editor.insert_quote(quote)


class QuoteArchiveController(QObject):
    """Owns the archive widget and carries out its requests on the main window.

    The widget is built when its tab is first shown (or :attr:`widget` first asked for):
    until then an empty page holds its place, and the window paints without it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._widget: QuoteArchiveWidget | None = None
        self._placeholder = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setDocumentMode(True)
        self._sizes_before: list[int] | None = None
        self.tabs.setMinimumWidth(240)  # not the archive's width: the list can be narrow

    def side_tabs(self, list_panel: QWidget) -> QTabWidget:
        """The item list and the quote archive as two tabs."""
        self.tabs.addTab(list_panel, self.tr("Items"))
        self.tabs.addTab(self._placeholder, self.tr("Quote archive"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        return self.tabs

    @property
    def widget(self) -> QuoteArchiveWidget:
        """The quote archive's widget, built (in its tab) on first use."""
        if self._widget is None:
            from editor.gui.quote_archive_widget import QuoteArchiveWidget

            widget = QuoteArchiveWidget(self._window.context.archive, self._window.ui_language)
            widget.setObjectName("quoteArchive")
            widget.itemOpenRequested.connect(self._on_item_open_requested)
            widget.quoteInsertRequested.connect(self._on_quote_insert_requested)
            widget.dossierExportRequested.connect(self._on_dossier_export_requested)
            widget.statusChanged.connect(self._on_status)
            self._widget = widget
            index = self.tabs.indexOf(self._placeholder)
            if index >= 0:
                current = self.tabs.currentIndex()
                blocker = QSignalBlocker(self.tabs)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, widget, self.tr("Quote archive"))
                self.tabs.setCurrentIndex(current)
                blocker.unblock()
                self._placeholder.deleteLater()
        return self._widget

    def show_archive(self) -> None:
        """Bring the archive to the front and put the cursor in its search field."""
        self._window.window_actions.show_list.setChecked(True)
        self.tabs.setCurrentWidget(self.widget)
        self.widget.search_field.setFocus()
        self.widget.search_field.selectAll()

    def show_items(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _on_tab_changed(self, index: int) -> None:
        """The archive needs room: it takes the preview's place while it is shown, and the
        previous layout comes back with the item list."""
        splitter = self._window.splitter
        sizes = splitter.sizes()
        if self.tabs.widget(index) in (self._placeholder, self._widget) and index >= 0:
            widget = self.widget
            if sizes and sizes[0] < ARCHIVE_WIDTH:
                self._sizes_before = sizes
                total = sum(sizes)
                rest = max(0, total - ARCHIVE_WIDTH)
                splitter.setSizes([ARCHIVE_WIDTH, rest, *([0] * (len(sizes) - 2))])
            if widget.model.query is None:
                widget.search_now()
        elif self._sizes_before is not None:
            splitter.setSizes(self._sizes_before)
            self._sizes_before = None

    def _on_status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 5000)

    def _on_item_open_requested(self, item_id: str) -> None:
        if self._window.open_item(item_id):
            self._window.editor.block_table.setFocus()

    def _on_quote_insert_requested(self, quote_id: str, item_id: str) -> None:
        window = self._window
        doc = window.document
        if doc is None:
            window.statusBar().showMessage(
                self.tr("Open or create a press item to insert the quote into."), 8000)
            return
        try:
            insert_archived_quote(window.context.archive, doc, window.editor, quote_id, item_id)
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The quote could not be inserted."), exc)
            return
        window.statusBar().showMessage(
            self.tr("Quote inserted as a new block; Undo removes it."), 8000)

    def _on_dossier_export_requested(self, person_id: str, lang: str) -> None:
        from editor.render.dossier import export_dossier, withheld_quotes
        from editor.services.dossier import dossier_bundle

        window = self._window
        start = window.settings.export_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(
            window, self.tr("Folder for the quote dossier"), start)
        if not folder:
            return
        archive = window.context.archive
        try:
            bundle = dossier_bundle(archive, person_id)
            withheld = withheld_quotes(bundle, person_id)
            before_embargo = False
            if withheld:
                choice = self._ask_embargo(withheld)
                if choice is None:
                    return
                before_embargo = choice
            files = export_dossier(bundle, person_id, [lang], ["docx", "html"], Path(folder),
                                   before_embargo=before_embargo)
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The quote dossier could not be exported."), exc)
            return
        message = self.tr("%n file(s) written to %1.", "", len(files)).replace("%1", folder)
        if withheld and not before_embargo:
            left_out = sum(w.count for w in withheld)
            message += " " + self.tr("%n quote(s) under embargo left out.", "", left_out)
        window.statusBar().showMessage(message, 12000)

    def _ask_embargo(self, withheld: list[Withheld]) -> bool | None:
        """Leave out quotes under embargo (False), include them (True), or cancel (None)."""
        box = QMessageBox(self._window)
        box.setObjectName("dossierEmbargo")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Quotes under embargo"))
        count = sum(w.count for w in withheld)
        box.setText(self.tr("%n quote(s) of this person belong to items whose embargo has "
                            "not ended.", "", count))
        box.setInformativeText("\n".join(f"• {w.text}" for w in withheld))
        leave_out = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        include = box.addButton(self.tr("Include them, marked with the embargo"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave_out)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave_out:
            return False
        if clicked is include:
            return True
        return None
