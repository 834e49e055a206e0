"""The main window: item list | editor | preview, with menus, toolbar and status bar."""

from __future__ import annotations

import json
import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from editor import render
from editor.context import AppContext
from editor.core import codec
from editor.core.errors import ConflictError
from editor.core.model import Block, BlockKind, PressItem, Translations, new_id
from editor.gui.actions import Actions, app_icon
from editor.gui.document import ItemDocument
from editor.gui.errors import ask_reload_after_conflict, show_error
from editor.gui.export_dialog import ExportDialog
from editor.gui.exporting import run_export
from editor.gui.item_editor import ItemEditor
from editor.gui.item_list_panel import ItemListPanel
from editor.gui.preview_panel import PreviewPanel
from editor.gui.settings import Settings
from editor.gui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Builds its panels, then connects them in :meth:`_connect_signals`."""

    languageChangeRequested = Signal(str)
    """The user chose another UI language ("" = follow the system)."""

    def __init__(self, context: AppContext, settings: Settings, ui_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.ui_language = ui_language
        self.document: ItemDocument | None = None
        archive = context.archive
        self._people = archive.people()
        self._organisations = archive.organisations()
        self._roles = archive.roles()

        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.undo_group = QUndoGroup(self)
        self.window_actions = Actions(self, self.undo_group)
        self.list_panel = ItemListPanel(archive, self._organisations)
        self.editor = ItemEditor()
        self.preview = PreviewPanel(settings, ui_language)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 560, 380])
        self.setCentralWidget(self.splitter)
        self.modified_label = QLabel()
        self.preview_time_label = QLabel()
        self.statusBar().addPermanentWidget(self.modified_label)
        self.statusBar().addPermanentWidget(self.preview_time_label)
        self._build_menus()
        self._build_toolbar()
        self._connect_signals()
        self._restore_state()
        self._update_title()

    # Building
    def _build_menus(self) -> None:
        a = self.window_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_item, a.save, a.reload])
        self.recent_menu = file_menu.addMenu(self.tr("Recent &items"))
        file_menu.addSeparator()
        file_menu.addAction(a.export)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.bold, a.italic, a.link])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        block_menu = bar.addMenu(self.tr("&Block"))
        block_menu.addActions([a.add_paragraph, a.add_quote, a.remove_block])
        block_menu.addSeparator()
        block_menu.addActions([a.move_block_up, a.move_block_down])
        kind_menu = block_menu.addMenu(self.tr("Change &kind to"))
        kind_menu.addActions(list(a.block_kinds.values()))
        block_menu.addSeparator()
        block_menu.addAction(a.mark_translated)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([a.show_list, a.show_preview, a.refresh_list])
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(list(a.languages.values()))
        settings_menu.addAction(a.settings)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        self.editor.set_context_actions([
            a.add_paragraph, a.add_quote, a.remove_block, None, a.move_block_up,
            a.move_block_down, None, *a.block_kinds.values(), None, a.mark_translated])

    def _build_toolbar(self) -> None:
        a = self.window_actions
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addActions([a.new_item, a.save, a.export])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([a.add_paragraph, a.add_quote, a.remove_block, a.move_block_up,
                            a.move_block_down])
        toolbar.addSeparator()
        toolbar.addAction(a.mark_translated)
        self.addToolBar(toolbar)

    def _connect_signals(self) -> None:
        a = self.window_actions
        a.new_item.triggered.connect(self._on_new_item)
        a.save.triggered.connect(self.save)
        a.reload.triggered.connect(self._on_reload)
        a.export.triggered.connect(self._on_export)
        a.quit.triggered.connect(self.close)
        a.bold.triggered.connect(lambda: self.editor.wrap_selection("**", "**"))
        a.italic.triggered.connect(lambda: self.editor.wrap_selection("*", "*"))
        a.link.triggered.connect(self.editor.insert_link)
        a.find.triggered.connect(self._on_find)
        a.add_paragraph.triggered.connect(lambda: self.editor.add_block(BlockKind.PARAGRAPH))
        a.add_quote.triggered.connect(lambda: self.editor.add_block(BlockKind.QUOTE))
        a.remove_block.triggered.connect(self.editor.remove_current_block)
        a.move_block_up.triggered.connect(lambda: self.editor.move_current_block(-1))
        a.move_block_down.triggered.connect(lambda: self.editor.move_current_block(1))
        a.mark_translated.triggered.connect(self.editor.mark_current_translated)
        for kind, action in a.block_kinds.items():
            action.triggered.connect(lambda _=False, k=kind: self.editor.set_current_kind(k))
        a.show_list.toggled.connect(self.list_panel.setVisible)
        a.show_preview.toggled.connect(self._on_show_preview)
        a.refresh_list.triggered.connect(self.list_panel.refresh)
        a.settings.triggered.connect(self._on_settings)
        a.language_group.triggered.connect(self._on_language_action)
        a.about.triggered.connect(self._on_about)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu)
        self.list_panel.openRequested.connect(self.open_item)
        self.preview.statusMessageRequested.connect(self._on_status_message)
        self.preview.rendered.connect(self._on_preview_rendered)
        self.undo_group.cleanChanged.connect(self._update_title)

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        text_splitter = self.settings.window_state("textSplitter")
        if text_splitter is not None:
            self.editor.text_splitter.restoreState(text_splitter)
        self.window_actions.languages.get(self.settings.ui_language,
                                   self.window_actions.languages[""]).setChecked(True)
        self.window_actions.show_list.setChecked(not self.list_panel.isHidden())
        self.window_actions.show_preview.setChecked(not self.preview.isHidden())

    def save_window_state(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.set_window_state("textSplitter", self.editor.text_splitter.saveState())
        self.settings.sync()

    # Opening and saving
    def open_item(self, item_id: str) -> bool:
        """Open the item with ``item_id`` after the user dealt with unsaved changes."""
        if self.document is not None and self.document.item.id == item_id:
            return True
        if not self._confirm_discard():
            return False
        try:
            item = self.context.archive.load_item(item_id)
        except Exception as exc:
            show_error(self, self.tr("The item could not be opened."), exc)
            return False
        self._show_item(item)
        self.list_panel.select_item(item_id)
        return True

    def open_newest_item(self) -> None:
        item_id = self.list_panel.first_item_id()
        if item_id is not None:
            self.open_item(item_id)

    def new_item(self) -> PressItem:
        """Start a new bilingual press release with one empty paragraph."""
        item = PressItem(id=new_id(), issue_date=date.today(), languages=["de", "en"],
                         blocks=[Block(id=new_id(), kind=BlockKind.PARAGRAPH)])
        if self._organisations and len(self._organisations) == 1:
            item.issuer_ids = [self._organisations[0].id]
        self._show_item(item)
        return item

    def _show_item(self, item: PressItem) -> None:
        old = self.detach_document()
        if old is not None:
            old.deleteLater()
        self.attach_document(
            ItemDocument(item, self._people, self._organisations, self._roles, self))

    def detach_document(self) -> ItemDocument | None:
        """Take the open document out of this window (to hand it to another one)."""
        doc = self.document
        if doc is None:
            return None
        self.undo_group.removeStack(doc.undo_stack)
        doc.contentChanged.disconnect(self._update_title)
        self.editor.set_document(None)
        self.preview.set_document(None)
        self.document = None
        return doc

    def attach_document(self, doc: ItemDocument) -> None:
        """Show ``doc`` in the editor and preview; its undo history comes along."""
        item = doc.item
        doc.setParent(self)
        self.document = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        self.editor.set_document(doc)
        self.preview.set_document(doc)
        doc.contentChanged.connect(self._update_title)
        self._update_title()
        self._remember_recent(item)

    def save(self) -> bool:
        """Save the open item; a conflict is explained and may lead to a reload."""
        doc = self.document
        if doc is None:
            return True
        try:
            saved = self.context.archive.save_item(doc.item)
        except ConflictError as exc:
            if ask_reload_after_conflict(self, exc):
                self._reload(force=True)
            return False
        except Exception as exc:
            show_error(self, self.tr("The item could not be saved."), exc)
            return False
        doc.item.version = saved.version
        doc.item.created_at = saved.created_at
        doc.item.updated_at = saved.updated_at
        doc.undo_stack.setClean()
        self._update_title()
        self.list_panel.refresh()
        self.list_panel.select_item(doc.item.id)
        self._remember_recent(doc.item)
        self.statusBar().showMessage(self.tr("Saved (version %1).").replace(
            "%1", str(saved.version)), 5000)
        return True

    def _reload(self, force: bool = False) -> None:
        doc = self.document
        if doc is None or (not force and not self._confirm_discard()):
            return
        item_id = doc.item.id
        if not self.context.archive.has_item(item_id):
            return
        self.detach_document()
        doc.deleteLater()
        self.open_item(item_id)

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user saved or dropped them."""
        doc = self.document
        if doc is None or not doc.is_modified or (doc.undo_stack.count() == 0 and doc.is_new):
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The open item has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save_recovery_copy(self) -> None:
        """Write the open item to the recovery folder (used after a crash)."""
        if self.document is None or not self.document.is_modified:
            return
        folder = self.context.data_dir / "recovery"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{self.document.item.id}.json"
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(codec.to_plain(self.document.item), ensure_ascii=False),
                             encoding="utf-8")
        temporary.replace(target)
        log.info("Recovery copy written to %s", target)

    def _remember_recent(self, item: PressItem) -> None:
        if item.version > 0:
            headline = item.headline.get(item.source_language) or item.id
            self.settings.add_recent_item(f"{item.id}\t{headline}")

    def _update_title(self) -> None:
        doc = self.document
        app = QCoreApplication.applicationName() or "Pressestelle"
        if doc is None:
            self.setWindowTitle(app)
            self.modified_label.clear()
        else:
            headline = _headline(doc.item.headline, doc.item.source_language) or self.tr(
                "New press release")
            self.setWindowTitle(f"{headline}[*] – {app}")
            self.setWindowModified(doc.is_modified)
            self.modified_label.setText(self.tr("Unsaved changes") if doc.is_modified
                                        else self.tr("Saved"))
        enabled = doc is not None
        acts = self.window_actions
        for action in [acts.save, acts.reload, *acts.block_actions()]:
            action.setEnabled(enabled)

    # Slots
    def _on_new_item(self) -> None:
        if self._confirm_discard():
            self.new_item()
            self.editor.tabs.setCurrentIndex(0)
            self.editor.headline_form.fields[("headline", "de")].setFocus()

    def _on_reload(self) -> None:
        self._reload()

    def _on_find(self) -> None:
        self.window_actions.show_list.setChecked(True)
        self.list_panel.focus_search()

    def _on_export(self) -> None:
        doc = self.document
        selected = self.list_panel.selected_item_ids() if self.list_panel.view.hasFocus() else []
        item_ids = selected or ([doc.item.id] if doc is not None else [])
        if not item_ids:
            return
        try:
            templates = render.list_templates()
        except Exception as exc:
            show_error(self, self.tr("The templates could not be read."), exc)
            return
        dialog = ExportDialog(self.settings, templates, len(item_ids), self.ui_language, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        try:
            if doc is not None and item_ids == [doc.item.id]:
                bundle = doc.bundle()
            else:
                bundle = self.context.archive.load_bundle(item_ids)
                if doc is not None:
                    bundle.items = [doc.item if i.id == doc.item.id else i for i in bundle.items]
        except Exception as exc:
            show_error(self, self.tr("The items could not be loaded for the export."), exc)
            return
        files = run_export(self, bundle, item_ids, dialog.choices())
        if files:
            self.statusBar().showMessage(self.tr("%1 file(s) exported.").replace(
                "%1", str(len(files))), 5000)

    def _on_show_preview(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self.preview.render_now()

    def _on_settings(self) -> None:
        dialog = SettingsDialog(self.settings.ui_language, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self._change_language(dialog.chosen_language())

    def _on_language_action(self) -> None:
        action = self.window_actions.language_group.checkedAction()
        if action is not None:
            self._change_language(str(action.data() or ""))

    def _change_language(self, code: str) -> None:
        if code != self.settings.ui_language:
            self.settings.ui_language = code
            self.languageChangeRequested.emit(code)

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About Pressestelle"), self.tr(
            "<h3>Pressestelle</h3><p>Bilingual press releases, exports and a quote archive "
            "for press offices.</p>"))

    def _on_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.settings.recent_items:
            item_id, _, headline = entry.partition("\t")
            action = self.recent_menu.addAction(headline or item_id)
            action.triggered.connect(lambda _=False, i=item_id: self.open_item(i))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_preview_rendered(self, milliseconds: float) -> None:
        self.preview_time_label.setText(self.tr("Preview: %1 ms").replace(
            "%1", f"{milliseconds:.0f}"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.save_window_state()
        event.accept()


def _headline(texts: Translations, source_language: str) -> str:
    return texts.get(source_language) or next((t for t in texts.text.values() if t), "")

