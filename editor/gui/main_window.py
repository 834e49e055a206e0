"""The main window: item list | editor | preview, with menus, toolbar and status bar."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from editor.context import AppContext
from editor.core.model import Block, BlockKind, PressItem, Translations, new_id
from editor.gui import labels
from editor.gui.actions import Actions, app_icon, put_window_shortcuts_first
from editor.gui.autosave import (
    Autosave,
    draft_time_text,
    is_live_elsewhere,
    write_recovery_copy,
)
from editor.gui.commands import seal_typing
from editor.gui.desktop_menu import prepare_menu_entry_action, set_menu_entry
from editor.gui.document import ItemDocument
from editor.gui.errors import show_error
from editor.gui.info_bar import InfoBar
from editor.gui.item_editor import ItemEditor
from editor.gui.item_list_panel import ItemListPanel
from editor.gui.preview_panel import PreviewPanel
from editor.gui.settings import Settings
from editor.gui.spelling import Spelling
from editor.gui.teamwork import Teamwork
from editor.gui.window_directory import DirectoryController
from editor.gui.window_history import HistoryController
from editor.gui.window_menus import build_menus, build_toolbar
from editor.gui.window_quotes import QuoteArchiveController
from editor.gui.window_state import WindowStateMixin
from editor.services import approval
from editor.services.directory import Directory
from editor.services.spelling import item_names
from editor.store.summaries import DraftInfo

if TYPE_CHECKING:
    from editor.gui.manual_window import ManualWindow

log = logging.getLogger(__name__)

ACTIVATION_REFRESH_MS = 2000
"""Refresh on window activation at most this often."""
EDITOR_MIN_WIDTH = 560
"""The editor never gets less than this: two language columns a person can write in."""
LIST_MIN_WIDTH = 240
"""The item list's least width (see :mod:`editor.gui.window_quotes`)."""
PREVIEW_WIDTH = 380
"""The preview's width when it is given room again."""
PREVIEW_MIN_WIDTH = 300
"""The least width at which the preview's page is still worth reading beside the text."""
NARROW_WINDOW = LIST_MIN_WIDTH + EDITOR_MIN_WIDTH + PREVIEW_MIN_WIDTH
"""Below this window width (1,100 px) list, text and a readable preview do not fit side by
side: the preview makes way for the text (F8 brings it back). A window on a 1,280 or 1,366
px screen keeps it."""
WIDE_WINDOW = 2200
"""From this window width on the preview gets a share like a page beside the text."""
WIDE_PREVIEW_SHARE = 0.3
NARROW_LIST_SHARE = 0.22
"""Share of a narrow window's width left to the item list by the first layout, and when
the preview makes way."""


class MainWindow(WindowStateMixin):
    """Builds its panels, then connects them in :meth:`_connect_signals`."""

    firstPainted = Signal()
    """The window has been painted once: what the user need not wait for starts now."""

    def __init__(self, context: AppContext, settings: Settings, ui_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.ui_language = ui_language
        self.document: ItemDocument | None = None
        archive = context.archive
        self._organisations = archive.organisations()
        self._last_refresh = QElapsedTimer()
        self._last_refresh.start()  # the list is read below: the first activation need not
        self._manual: ManualWindow | None = None

        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.undo_group = QUndoGroup(self)
        self.window_actions = Actions(self, self.undo_group)
        self.autosave = Autosave(archive, self)
        self.list_panel = ItemListPanel(archive, self._organisations)
        self.editor = ItemEditor()
        self.editor.set_directory(Directory(archive))
        self.spelling = Spelling(archive, parent=self, read_words=False)
        self._painted = False
        self._spelling_started = False
        """Spell checking starts once the window has painted (see :meth:`start_spelling`);
        the archive's names, which it counts as known words, are read then too."""
        self.editor.quote_panel.approval.user_name = partial(
            approval.current_user, archive, context.data_dir)
        self.editor.quote_panel.directoryChanged.connect(self.reload_organisations)
        self.info_bar = InfoBar()
        self.preview = PreviewPanel(settings, ui_language)
        self.quotes = QuoteArchiveController(self)
        self.directory_view = DirectoryController(self)
        self.history = HistoryController(self)
        self.side_tabs = self.quotes.side_tabs(self.list_panel)
        editor_area = QWidget()
        editor_area.setMinimumWidth(EDITOR_MIN_WIDTH)
        self._preview_made_way = False
        self._preview_by_user = False
        """The user showed or hid the preview in a narrow window: leave it so."""
        self._layout_remembered = settings.window_state("splitter") is not None
        self._laid_out = False
        self._widened = False
        self._fitting = False
        editor_layout = QVBoxLayout(editor_area)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(2)
        editor_layout.addWidget(self.info_bar)
        editor_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.side_tabs)
        self.splitter.addWidget(editor_area)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        for pane in (0, 1):
            # The list squeezed to no width stayed so, remembered, while View said it was
            # shown (after the preview came back): list and text keep some room. The
            # preview may collapse: the quote archive takes its place.
            self.splitter.setCollapsible(pane, False)
        self.splitter.setSizes([340, 560, 380])
        self.setCentralWidget(self.splitter)
        self.modified_label = QLabel()
        self.preview_time_label = QLabel()
        self.teamwork = Teamwork(self)
        self.statusBar().addPermanentWidget(self.teamwork.label)
        self.statusBar().addPermanentWidget(self.modified_label)
        self.statusBar().addPermanentWidget(self.preview_time_label)
        self.recent_menu, self.help_menu = build_menus(self, self.window_actions, self.editor)
        """The Help menu; the manual's entry goes above "Keyboard shortcuts"."""
        self._shortcuts_first = put_window_shortcuts_first(
            [a for a in self.window_actions.with_shortcuts()
             if a not in (self.window_actions.undo, self.window_actions.redo)], self)
        build_toolbar(self, self.window_actions)
        self.list_panel.set_context_actions([self.window_actions.history,
                                             self.window_actions.publish,
                                             self.window_actions.delete_item])
        self._connect_signals()
        self._restore_state()
        if self.window_actions.show_preview.isChecked():
            self._give_preview_room()  # left at no width by a narrow window that hid it
        self._update_title()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._on_first_paint)  # right after the window is seen

    def _on_first_paint(self) -> None:
        try:  # read with the light reader so far (see editor.store.deferred)
            self.context.finish_opening()
        except Exception as exc:  # shown to the user with advice; each action tries again
            show_error(self, self.tr("The archive could not be opened."), exc)
        else:
            self.start_spelling()
        self.firstPainted.emit()

    def start_spelling(self) -> None:
        """Underline unknown words from now on. Loading the dictionaries takes longer than
        building the window, so the window is shown first (its texts are underlined a
        moment later)."""
        if self._spelling_started:
            return
        self._spelling_started = True
        self._read_known_words()
        self.editor.set_spelling(self.spelling)
        missing = self.spelling.missing_message()
        if missing:
            log.info("spell checking: %s", missing)
            self.statusBar().showMessage(missing, 30000)

    def _connect_signals(self) -> None:
        a = self.window_actions
        editor = self.editor
        a.new_item.triggered.connect(self._on_new_item)
        a.save.triggered.connect(self.save)
        a.reload.triggered.connect(self._on_reload)
        a.discard_recovered.triggered.connect(self._on_discard_recovered)
        a.import_items.triggered.connect(self._import_items)
        a.import_documents.triggered.connect(lambda: self._import_documents(folder=False))
        a.import_document_folder.triggered.connect(lambda: self._import_documents(folder=True))
        a.export.triggered.connect(lambda: self._export())
        a.export_for_approval.triggered.connect(lambda: self._approval_round(export=True))
        a.import_approval_round.triggered.connect(lambda: self._approval_round(export=False))
        a.copy_archive.triggered.connect(self._copy_archive)
        a.clean_up_photos.triggered.connect(self._on_clean_up_photos)
        a.history.triggered.connect(lambda: self.history.show_history())
        a.publish.triggered.connect(self.history.publish)
        a.delete_item.triggered.connect(self.history.delete)
        a.deleted_items.triggered.connect(self.history.show_deleted)
        a.quit.triggered.connect(self.close)
        a.bold.triggered.connect(lambda: editor.wrap_selection("**", "**"))
        a.italic.triggered.connect(lambda: editor.wrap_selection("*", "*"))
        a.link.triggered.connect(editor.insert_link)
        a.find.triggered.connect(self._on_find)
        a.add_paragraph.triggered.connect(lambda: editor.add_block(BlockKind.PARAGRAPH))
        a.add_quote.triggered.connect(lambda: editor.add_block(BlockKind.QUOTE))
        a.add_photo.triggered.connect(editor.choose_photos)
        a.remove_block.triggered.connect(editor.remove_current_block)
        a.move_block_up.triggered.connect(lambda: editor.move_current_block(-1))
        a.move_block_down.triggered.connect(lambda: editor.move_current_block(1))
        a.mark_translated.triggered.connect(editor.mark_current_translated)
        for kind, action in a.block_kinds.items():
            action.triggered.connect(lambda _=False, k=kind: editor.set_current_kind(k))
        a.show_list.toggled.connect(self.side_tabs.setVisible)
        a.show_quotes.triggered.connect(self.quotes.show_archive)
        a.show_directory.triggered.connect(self.directory_view.show_directory)
        a.show_preview.toggled.connect(self._on_show_preview)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        a.refresh_list.triggered.connect(self.refresh)
        a.settings.triggered.connect(self._on_settings)
        a.language_group.triggered.connect(self._on_language_action)
        a.about.triggered.connect(self._on_about)
        a.manual.triggered.connect(self.show_manual)
        self.spelling.replacing.connect(self._on_spelling_replacing)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        prepare_menu_entry_action(a.menu_entry)
        a.menu_entry.triggered.connect(lambda on: set_menu_entry(self, a.menu_entry, on))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu)
        self.list_panel.openRequested.connect(self.open_item)
        self.preview.statusMessageRequested.connect(self._on_status_message)
        self.preview.rendered.connect(self._on_preview_rendered)
        self.undo_group.cleanChanged.connect(self._update_title)
        self.autosave.failed.connect(self._on_autosave_failed)

    # Opening and saving
    def open_item(self, item_id: str) -> bool:
        """Open ``item_id`` after the user dealt with unsaved changes; recovers its draft."""
        if self.document is not None and self.document.item.id == item_id:
            return True
        if not self._confirm_discard():
            return False
        archive = self.context.archive
        try:
            info = archive.draft_info(item_id)
            live_elsewhere = info is not None and is_live_elsewhere(info)
            draft = None if info is None or live_elsewhere else archive.load_draft(item_id)
            item = draft[0] if draft is not None else archive.load_item(item_id)
        except Exception as exc:  # shown to the user with advice
            show_error(self, self.tr("The item could not be opened."), exc)
            return False
        self._show_item(item, info if draft is not None else None)
        if live_elsewhere and info is not None:
            self.info_bar.show_message(self.tr(
                "This item is open in another window with unsaved changes (last stored %1). "
                "Saving here will ask which version to keep.").replace(
                "%1", draft_time_text(info)), [])
        self.list_panel.select_item(item_id)
        return True

    def open_newest_item(self) -> None:
        item_id = self.list_panel.first_item_id()
        if item_id is not None:
            self.open_item(item_id)

    def open_recovered_draft(self) -> bool:
        """Open the newest draft left behind by a crash; False when there is none."""
        try:
            infos = [self.context.archive.draft_info(i) for i in self.context.archive.drafts()]
        except Exception as exc:  # shown to the user with advice
            show_error(self, self.tr("The autosaved drafts could not be read."), exc)
            return False
        left = [i for i in infos if i is not None and not is_live_elsewhere(i)]
        return bool(left) and self.open_item(left[0].item_id)

    def new_item(self) -> PressItem:
        """Start a new bilingual press release with one empty paragraph."""
        item = PressItem(id=new_id(), issue_date=date.today(), languages=["de", "en"],
                         blocks=[Block(id=new_id(), kind=BlockKind.PARAGRAPH)])
        if self._organisations and len(self._organisations) == 1:
            item.issuer_ids = [self._organisations[0].id]
        self._show_item(item)
        return item

    def _show_item(self, item: PressItem, recovered: DraftInfo | None = None) -> None:
        old = self.detach_document()
        if old is not None:
            old.deleteLater()
        doc = ItemDocument(item, [], self._organisations, [], self,
                           directory=self.context.archive, photos=self.context.archive)
        doc.remember_referenced_people()
        if recovered is not None:
            doc.undo_stack.resetClean()  # the recovered changes are not saved yet
        self.attach_document(doc)
        if recovered is not None:
            text = self.tr("Unsaved changes from %1 were recovered.").replace(
                "%1", draft_time_text(recovered))
            stored = self.context.archive.stored_version(item.id)
            if stored is not None and stored > recovered.base_version:
                text += " " + self.tr("The archive has a newer version; saving will ask "
                                      "which one to keep.")
            self.info_bar.show_message(text, [self.window_actions.discard_recovered])
            self.statusBar().showMessage(text, 10000)
        self.window_actions.discard_recovered.setEnabled(recovered is not None)

    def detach_document(self) -> ItemDocument | None:
        """Take the open document out of this window (to hand it to another one)."""
        doc = self.document
        if doc is None:
            return None
        self.autosave.set_document(None)
        self.undo_group.removeStack(doc.undo_stack)
        doc.contentChanged.disconnect(self._update_title)
        doc.contentChanged.disconnect(self._on_content_changed)
        if doc.is_new:
            self.list_panel.show_unsaved(None)
        self.editor.set_document(None)
        self.preview.set_document(None)
        self.info_bar.clear()
        self.teamwork.item_closed()
        self.document = None
        return doc

    def attach_document(self, doc: ItemDocument) -> None:
        """Show ``doc`` in the editor and preview; its undo history comes along."""
        doc.setParent(self)
        self.document = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        if self._spelling_started:
            self._read_known_words()
        self.editor.set_document(doc)
        self.preview.set_document(doc)
        self.autosave.set_document(doc)
        doc.contentChanged.connect(self._update_title)
        doc.contentChanged.connect(self._on_content_changed)
        self._update_title()
        self._remember_recent(doc.item)
        self.teamwork.item_opened(None if doc.is_new else doc.item.id)
        if doc.is_new:
            self.list_panel.show_unsaved(doc.item)
            self.list_panel.select_item(doc.item.id)

    def _on_content_changed(self) -> None:
        doc = self.document
        if doc is not None and doc.is_new:
            self.list_panel.show_unsaved(doc.item)  # its headline and date as they are typed

    def save(self) -> bool:
        """Save the open item and drop its draft; a conflict lets the user choose."""
        doc = self.document
        if doc is None:
            return True
        from editor.gui.saving import SaveOutcome, save_with_prompts

        self.autosave.cancel()
        outcome = save_with_prompts(self, self.context.archive, doc.item, approval.current_user(
            self.context.archive, self.context.data_dir), keep_locally=self._keep_recovery_copy)
        if outcome == SaveOutcome.TAKE_THEIRS:
            self.autosave.discard()
            self._reload(force=True)
            return False
        if outcome != SaveOutcome.SAVED:
            self.autosave.schedule()
            return False
        doc.undo_stack.setClean()
        self.teamwork.noticed_own_save()
        self.teamwork.item_opened(doc.item.id)
        self.info_bar.clear()
        self.window_actions.discard_recovered.setEnabled(False)
        self._update_title()
        self.list_panel.refresh()
        self.list_panel.select_item(doc.item.id)
        self._remember_recent(doc.item)
        self.statusBar().showMessage(self.tr("Saved (version %1).").replace(
            "%1", str(doc.item.version)), 5000)
        return True

    def refresh(self) -> None:
        """Show what others saved: the list, and the open item when it was not edited here."""
        self._last_refresh.start()
        self.list_panel.refresh()
        doc = self.document
        if doc is None or doc.is_new:
            return
        self.list_panel.select_item(doc.item.id)
        try:
            stored = self.context.archive.stored_version(doc.item.id)
        except Exception as exc:  # a busy archive: try again next time
            log.info("Refresh skipped: %s", exc)
            return
        if stored is None or stored <= doc.item.version:
            return
        if not doc.is_modified:
            self._reload(force=True)
            self.statusBar().showMessage(self.tr(
                "Version %1, saved elsewhere, is shown.").replace("%1", str(stored)), 8000)
        else:
            self.info_bar.show_message(self.tr(
                "Someone else saved this item (version %1). Saving will show both versions "
                "so that you can choose; reloading drops your changes.").replace(
                "%1", str(stored)), [self.window_actions.reload])

    def _import_items(self) -> None:
        from editor.gui.importing import import_from_window

        import_from_window(self)

    def _copy_archive(self) -> None:
        from editor.gui.archive_move import copy_from_window

        copy_from_window(self)

    def _on_clean_up_photos(self) -> None:
        from editor.gui.photo_cleanup import clean_up_photos

        clean_up_photos(self, self.context.archive)

    def reload_organisations(self) -> None:
        """Read the organisations again (an import or the directory may have added some)."""
        self._organisations[:] = self.context.archive.organisations()
        if self._spelling_started:
            self._read_known_words()  # new people and organisations are known words
        if self.document is not None:
            self.editor.refresh_issuers()

    def _read_known_words(self) -> None:
        """Read the words spell checking accepts: the archive's names and personal words,
        and the open item's places and topics."""
        self.spelling.reload_words()
        if self.document is not None:
            self.spelling.checker.add_names(item_names(self.document.item))

    def _reload(self, force: bool = False) -> None:
        doc = self.document
        if doc is None or (not force and not self._confirm_discard()):
            return
        item_id = doc.item.id
        if not self.context.archive.has_item(item_id):
            return
        self.autosave.discard()
        self.detach_document()
        doc.deleteLater()
        self.open_item(item_id)

    def reload_item(self, item_id: str) -> None:
        """Show the stored state of ``item_id`` when it is the open item (its changes were
        saved or dropped already)."""
        doc = self.document
        if doc is not None and doc.item.id == item_id:
            self._reload(force=True)
        elif doc is None:
            self.open_item(item_id)

    def close_item_if_open(self, item_id: str) -> None:
        """Close the open item when it is ``item_id`` (it was deleted)."""
        doc = self.document
        if doc is None or doc.item.id != item_id:
            return
        self.autosave.discard()
        self.detach_document()
        doc.deleteLater()
        self._update_title()

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user saved or dropped them."""
        return self._confirm_discard()

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user saved or dropped them."""
        doc = self.document
        if doc is None or not doc.is_modified or (
                doc.undo_stack.count() == 0 and doc.is_new and doc.undo_stack.isClean()):
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The open item has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosave.discard()
            return True
        return False

    def _keep_recovery_copy(self) -> None:
        """The open item's text in the recovery folder on this computer (the archive's
        server is away, so its draft there cannot be written)."""
        if self.document is not None:
            try:
                write_recovery_copy(self.document.item, self.context.data_dir / "recovery")
            except Exception as exc:  # the save's own message follows
                log.warning("Recovery copy not written: %s", exc)

    def save_recovery_copy(self) -> None:
        """Store the draft now and write a JSON copy to the recovery folder (after a crash)."""
        if self.document is not None and self.document.is_modified:
            self.autosave.flush()
            write_recovery_copy(self.document.item, self.context.data_dir / "recovery")

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
        acts = self.window_actions
        for action in [acts.save, acts.reload, acts.export_for_approval,
                       acts.import_approval_round, *acts.block_actions()]:
            action.setEnabled(doc is not None)

    # Slots
    def _on_new_item(self) -> None:
        if self._confirm_discard():
            self.new_item()
            self.editor.tabs.setCurrentIndex(0)
            self.editor.headline_form.fields[("headline", "de")].setFocus()

    def _on_reload(self) -> None:
        self._reload()

    def _on_discard_recovered(self) -> None:
        doc = self.document
        if doc is None:
            return
        self.autosave.discard()
        if self.context.archive.has_item(doc.item.id):
            self._reload(force=True)
        else:
            self.detach_document()
            doc.deleteLater()
            self._update_title()
            self.open_newest_item()
        self.window_actions.discard_recovered.setEnabled(False)

    # Export, the approval round and the import of old releases load the writers and
    # readers of documents (Jinja, python-docx, lxml, …) when first used, not before the
    # window is shown.

    def _export(self) -> None:
        from editor.gui.exporting import export_from_window

        export_from_window(self)

    def _approval_round(self, *, export: bool) -> None:
        from editor.gui.approval_round import (
            export_for_approval_from_window,
            import_round_from_window,
        )

        if export:
            export_for_approval_from_window(self)
        else:
            import_round_from_window(self)

    def _import_documents(self, *, folder: bool) -> None:
        from editor.gui.document_import import import_documents_from_window

        import_documents_from_window(self, folder=folder)

    def _on_autosave_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Autosave failed, retrying: %1").replace(
            "%1", message), 8000)

    def _on_find(self) -> None:
        self.window_actions.show_list.setChecked(True)
        self.quotes.show_items()
        self.list_panel.focus_search()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Hide the preview while the window is too narrow for it; show it again when the
        window widens. The first start without a remembered layout fits the panes to the
        window's width."""
        if not self.isVisible():
            return  # sizes are not final before the window is shown
        narrow = self.width() < NARROW_WINDOW
        action = self.window_actions.show_preview
        self._fitting = True
        try:
            if not self._laid_out:
                self._laid_out = True
                if not self._layout_remembered:
                    self.splitter.setSizes(self._first_sizes())
            if not narrow:
                self._preview_by_user = False
            self._widen_preview()
            if narrow and action.isChecked() and not (
                    self._preview_made_way or self._preview_by_user):
                self._preview_made_way = True
                action.setChecked(False)
                sizes = self.splitter.sizes()
                listed = min(sizes[0], int(self.width() * NARROW_LIST_SHARE))
                # the list keeps at most a quarter; everything else goes to the text
                self.splitter.setSizes([listed, sum(sizes) - listed, 0])
            elif not narrow and self._preview_made_way:
                self._preview_made_way = False
                action.setChecked(True)
        finally:
            self._fitting = False

    def _first_sizes(self) -> list[int]:
        """List, text and preview in a window never laid out before: a window on a laptop
        gives the list less than its usual width, so that the text keeps its room."""
        total = sum(self.splitter.sizes())
        listed = max(min(340, int(self.width() * NARROW_LIST_SHARE)), LIST_MIN_WIDTH)
        preview = max(min(PREVIEW_WIDTH, total - listed - EDITOR_MIN_WIDTH), 0)
        return [listed, total - listed - preview, preview]

    def _on_splitter_moved(self) -> None:
        """The preview dragged to the window's edge is hidden, as by View ▸ Preview."""
        if self.preview.isVisible() and self.splitter.sizes()[2] == 0:
            self.window_actions.show_preview.setChecked(False)

    def _give_preview_room(self, sizes: list[int] | None = None) -> None:
        """A preview with no width (in ``sizes``, by default the splitter's) gets its usual
        width from the text (and, below the text's least width, from the list)."""
        sizes = sizes or self.splitter.sizes()
        if sizes[2] > 0:
            return
        total = sum(sizes)
        preview = min(PREVIEW_WIDTH, total // 3)
        text = max(sizes[1] - preview, min(EDITOR_MIN_WIDTH, total - preview))
        self.splitter.setSizes([max(total - text - preview, 0), text, preview])

    def _widen_preview(self) -> None:
        """On very wide screens text lines would run 200 characters long: the preview
        takes about a third, once each time the window becomes that wide."""
        wide = self.width() >= WIDE_WINDOW
        if not wide:
            self._widened = False
            return
        sizes = self.splitter.sizes()
        wanted = int(self.width() * WIDE_PREVIEW_SHARE)
        if self._widened or not self.preview.isVisible() or sizes[2] >= wanted:
            return
        self._widened = True
        self.splitter.setSizes([sizes[0], sum(sizes[1:]) - wanted, wanted])

    def _on_show_preview(self, visible: bool) -> None:
        if not self._fitting:
            self._preview_made_way = False  # the user decided
            self._preview_by_user = self.width() < NARROW_WINDOW
        before = self.splitter.sizes()  # showing it may take its room from the list
        self.preview.setVisible(visible)
        if visible:
            self._give_preview_room(before)  # made way in a narrow window: its width was 0
            self.preview.render_now()

    def show_manual(self) -> ManualWindow:
        """The user manual in the UI language, in a window of its own."""
        from editor.gui.manual_window import ManualWindow

        if self._manual is None:
            self._manual = ManualWindow(labels.ui_language(), self)
        self._manual.show()
        self._manual.raise_()
        self._manual.activateWindow()
        return self._manual

    def _on_spelling_replacing(self) -> None:
        stack = self.undo_group.activeStack()
        if stack is not None:
            seal_typing(stack)

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About Pressestelle"), self.tr(
            "<h3>Pressestelle</h3><p>Bilingual press releases, exports and a quote archive "
            "for press offices.</p>"))

    def show_shortcuts(self) -> None:
        """A window listing every keyboard shortcut, as the menus name them."""
        from editor.gui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window_actions.with_shortcuts(), self)
        dialog.exec()

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_preview_rendered(self, milliseconds: float) -> None:
        self.preview_time_label.setText(self.tr("Preview: %1 ms").replace(
            "%1", f"{milliseconds:.0f}"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and (not self._last_refresh.isValid()
                     or self._last_refresh.elapsed() > ACTIVATION_REFRESH_MS)):
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.autosave.cancel()  # saved, discarded, or nothing to keep
        self.teamwork.stop()
        self.save_window_state()
        self.preview.shutdown()
        event.accept()


def _headline(texts: Translations, source_language: str) -> str:
    return texts.get(source_language) or next((t for t in texts.text.values() if t), "")
