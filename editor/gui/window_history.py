"""The main window's history actions: History…, Publish, Delete item…, Deleted items…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QInputDialog, QMessageBox

from editor.gui.errors import show_error
from editor.services import approval

if TYPE_CHECKING:
    from editor.gui.history_dialog import HistoryDialog
    from editor.gui.main_window import MainWindow


class HistoryController(QObject):
    """Acts on the item selected in the list, else on the open item."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: HistoryDialog | None = None

    def _user(self) -> str:
        return approval.current_user(self._window.context.archive,
                                     self._window.context.data_dir)

    def target_item_id(self) -> str | None:
        """The one item selected in the list, else the open (saved) item."""
        selected = self._window.list_panel.selected_item_ids()
        archive = self._window.context.archive
        if len(selected) == 1 and archive.has_item(selected[0]):
            return selected[0]
        doc = self._window.document
        if doc is not None and not doc.is_new:
            return doc.item.id
        return None

    def _nothing_chosen(self) -> None:
        self._window.statusBar().showMessage(self.tr(
            "Choose a saved item in the list first."), 8000)

    # History
    def show_history(self, item_id: str | None = None) -> HistoryDialog | None:
        item_id = item_id or self.target_item_id()
        if item_id is None:
            self._nothing_chosen()
            return None
        from editor.gui.history_dialog import HistoryDialog

        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = HistoryDialog(self._window.context.archive, item_id, self._window)
        self.dialog.restoreRequested.connect(self._on_restore_requested)
        self.dialog.show()
        return self.dialog

    def show_deleted(self) -> HistoryDialog | None:
        """Pick a deleted item whose history was kept and show that history."""
        try:
            gone = self._window.context.archive.deleted_items()
        except Exception as exc:  # shown to the user with advice
            show_error(self._window, self.tr("The deleted items could not be read."), exc)
            return None
        if not gone:
            QMessageBox.information(self._window, self.tr("Deleted items"), self.tr(
                "No deleted item has its history kept."))
            return None
        shown = [f"{g.headline or g.item_id}  ({g.item_id}, "
                 + self.tr("%n version(s)", "", g.versions) + ")" for g in gone]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Deleted items"),
            self.tr("Deleted items whose history was kept:"), shown, 0, False)
        if not ok or choice not in shown:
            return None
        return self.show_history(gone[shown.index(choice)].item_id)

    def _on_restore_requested(self, item_id: str, version: int) -> None:
        window = self._window
        doc = window.document
        open_here = doc is not None and doc.item.id == item_id
        if open_here and not window.confirm_discard():
            return
        from editor.services.versions import restore

        try:
            done = restore(window.context.archive, item_id, version, self._user())
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The version could not be restored."), exc)
            return
        window.list_panel.refresh()
        window.reload_item(item_id)
        if self.dialog is not None:
            self.dialog.reload()
        window.statusBar().showMessage(self.tr("Version %1 restored as version %2.").replace(
            "%1", str(version)).replace("%2", str(done.item.version)), 8000)

    # Publishing
    def publish(self) -> bool:
        """Publish the open or selected item (unsaved changes are saved first)."""
        window = self._window
        doc = window.document
        item_id = self.target_item_id()
        if doc is not None and (item_id is None or item_id == doc.item.id) and doc.is_modified:
            if not window.save():
                return False
            item_id = doc.item.id
        if item_id is None:
            self._nothing_chosen()
            return False
        from editor.services.versions import publish

        try:
            done = publish(window.context.archive, item_id, self._user())
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The item could not be published."), exc)
            return False
        window.list_panel.refresh()
        window.reload_item(item_id)
        text = (self.tr("Published as a correction (version %1).") if done.corrected
                else self.tr("Published (version %1)."))
        window.statusBar().showMessage(text.replace("%1", str(done.item.version)), 8000)
        return True

    # Deleting
    def ask_delete(self, headline: str) -> tuple[bool, bool]:
        """(delete it?, with its history?) as the user answered."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete item"), self.tr(
            "Delete “%1” from the archive?").replace("%1", headline),
            QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(self.tr(
            "Its versions stay in the history (File ▸ Deleted items…) unless you tick the "
            "box; then the item cannot be brought back."))
        delete_button = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        with_history = QCheckBox(self.tr("Also delete its &history (every kept version)"))
        box.setCheckBox(with_history)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete_button, with_history.isChecked()

    def delete(self) -> bool:
        window = self._window
        item_id = self.target_item_id()
        if item_id is None:
            self._nothing_chosen()
            return False
        archive = window.context.archive
        try:
            item = archive.load_item(item_id)
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The item could not be deleted."), exc)
            return False
        confirmed, with_history = self.ask_delete(
            item.headline.text_or_any(item.source_language) or item_id)
        if not confirmed:
            return False
        try:
            archive.delete_item(item_id, with_history=with_history)
        except Exception as exc:  # shown to the user with advice
            show_error(window, self.tr("The item could not be deleted."), exc)
            return False
        window.close_item_if_open(item_id)
        window.list_panel.refresh()
        window.statusBar().showMessage(
            self.tr("Deleted with its history.") if with_history
            else self.tr("Deleted; its versions are kept (File ▸ Deleted items…)."), 8000)
        return True
