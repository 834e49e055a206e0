"""What the main window remembers between sessions: geometry, splitters, language, recents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget

from editor.context import AppContext
from editor.core.errors import PressestelleError
from editor.core.model import PressItem
from editor.gui.actions import Actions
from editor.gui.errors import show_error
from editor.gui.item_editor import ItemEditor
from editor.gui.item_list_panel import ItemListPanel
from editor.gui.preview_panel import PreviewPanel
from editor.gui.settings import Settings
from editor.services import approval


class WindowStateMixin(QMainWindow):
    """Saves and restores the window's layout; handles the language and recent-item menus.

    The main window derives from it and builds the attributes annotated here.
    """

    languageChangeRequested = Signal(str)
    """The user chose another UI language ("" = follow the system)."""

    settings: Settings
    context: AppContext
    splitter: QSplitter
    editor: ItemEditor
    window_actions: Actions
    list_panel: ItemListPanel
    side_tabs: QTabWidget
    preview: PreviewPanel
    recent_menu: QMenu
    _preview_made_way: bool
    _preview_by_user: bool

    def open_item(self, item_id: str) -> bool:
        raise NotImplementedError

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        targets: tuple[tuple[str, Any], ...] = (
            ("state", self), ("splitter", self.splitter),
            ("textSplitter", self.editor.text_splitter))
        for name, target in targets:
            state = self.settings.window_state(name)
            if state is not None:
                target.restoreState(state)
        acts = self.window_actions
        acts.languages.get(self.settings.ui_language, acts.languages[""]).setChecked(True)
        acts.show_list.setChecked(self.settings.pane("list") != "hidden")
        preview = self.settings.pane("preview")
        acts.show_preview.setChecked(preview in ("shown", ""))
        # made way for the text in a narrow window: it comes back when the window is wide;
        # shown when the window was closed: it stays, even in a narrow window
        self._preview_made_way = preview == "made-way"
        self._preview_by_user = preview == "shown"

    def save_window_state(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.set_window_state("textSplitter", self.editor.text_splitter.saveState())
        self.settings.set_pane("list", "shown" if self.window_actions.show_list.isChecked()
                               else "hidden")
        shown = self.window_actions.show_preview.isChecked()
        self.settings.set_pane("preview", "made-way" if self._preview_made_way and not shown
                               else "shown" if shown else "hidden")
        self.settings.sync()

    def _remember_recent(self, item: PressItem) -> None:
        if item.version > 0:
            headline = item.headline.get(item.source_language) or item.id
            self.settings.add_recent_item(f"{item.id}\t{headline}")

    def _on_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.settings.recent_items:
            item_id, _, headline = entry.partition("\t")
            action = self.recent_menu.addAction(headline or item_id)
            action.triggered.connect(lambda _=False, i=item_id: self.open_item(i))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "(none yet)")).setEnabled(False)

    def _on_settings(self) -> None:
        # here: the export checks load the inline markup parser, not needed to show the window
        from editor.gui.settings_dialog import SettingsDialog
        from editor.services.exporting import gender_policy, set_gender_policy

        folder = self.context.data_dir
        archive = self.context.archive
        policy = gender_policy(archive)
        dialog = SettingsDialog(self.settings.ui_language, self,
                                self.settings.only_approved_quotes,
                                approval.stored_user_name(folder), approval.login_name(),
                                policy, self.settings.archive_location,
                                self.context.archive.url)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.settings.only_approved_quotes = dialog.only_approved_quotes()
            self.settings.archive_location = dialog.archive_location()
            try:
                approval.set_user_name(dialog.chosen_user_name(), folder)
            except (PressestelleError, OSError) as exc:
                show_error(self, QCoreApplication.translate(
                    "MainWindow", "Your name could not be saved."), exc)
            if dialog.chosen_policy() != policy:
                try:
                    set_gender_policy(archive, dialog.chosen_policy())
                except Exception as exc:  # shown to the user with advice
                    show_error(self, QCoreApplication.translate(
                        "MainWindow", "The gender-language policy could not be saved."), exc)
            self._change_language(dialog.chosen_language())

    def _on_language_action(self) -> None:
        action = self.window_actions.language_group.checkedAction()
        if action is not None:
            self._change_language(str(action.data() or ""))

    def _change_language(self, code: str) -> None:
        if code != self.settings.ui_language:
            self.settings.ui_language = code
            self.languageChangeRequested.emit(code)
