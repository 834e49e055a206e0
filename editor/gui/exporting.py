"""Runs an export with a progress dialog and offers to open the folder afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from editor import render
from editor.core.model import Bundle
from editor.gui import labels
from editor.gui.approval_check import OpenQuote, confirm_unapproved
from editor.gui.errors import show_error
from editor.gui.export_dialog import ExportChoices, ExportDialog
from editor.gui.settings import Settings
from editor.render import EmbargoError
from editor.render.export import check_embargo
from editor.services.exporting import check_export

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


def export_from_window(window: MainWindow) -> list[Path]:
    """Export the items selected in the list (when it has the focus) or the open item."""
    doc = window.document
    panel = window.list_panel
    selected = panel.selected_item_ids() if panel.view.hasFocus() else []
    item_ids = selected or ([doc.item.id] if doc is not None else [])
    if not item_ids:
        return []

    def bundle_for() -> Bundle:
        if doc is not None and item_ids == [doc.item.id]:
            return doc.bundle()
        bundle = window.context.archive.load_bundle(item_ids)
        if doc is not None:
            bundle.items = [doc.item if i.id == doc.item.id else i for i in bundle.items]
        return bundle

    files = export_with_dialog(window, window.settings, window.ui_language, item_ids,
                               bundle_for, lambda item_id, block_id: open_quote_block(
                                   window, item_id, block_id))
    if files:
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "%1 file(s) exported.").replace("%1", str(len(files))), 5000)
    return files


def open_quote_block(window: MainWindow, item_id: str, block_id: str) -> bool:
    """Open ``item_id`` (after the user dealt with unsaved changes) at quote ``block_id``."""
    if not window.open_item(item_id):
        return False
    window.quotes.show_items()
    window.editor.tabs.setCurrentIndex(0)
    window.editor.block_table.select_block(block_id)
    window.editor.block_table.setFocus()
    return window.editor.current_block_id() == block_id


def export_with_dialog(parent: QWidget, settings: Settings, ui_language: str,
                       item_ids: list[str], bundle_for: Callable[[], Bundle],
                       open_quote: OpenQuote | None = None) -> list[Path]:
    """Ask for the export choices, then export ``item_ids``; the files written.

    ``open_quote`` shows an unapproved quote the user chose in the approval warning."""
    unavailable: list[render.TemplateError] = []
    try:
        templates = render.list_templates(problems=unavailable)
    except Exception as exc:  # shown to the user with advice
        show_error(parent, QCoreApplication.translate(
            "MainWindow", "The templates could not be read."), exc)
        return []
    try:
        bundle = bundle_for()
    except Exception as exc:  # shown to the user with advice
        show_error(parent, QCoreApplication.translate(
            "MainWindow", "The items could not be loaded for the export."), exc)
        return []
    if not confirm_unapproved(parent, bundle, item_ids, settings.only_approved_quotes,
                              open_quote):
        return []
    embargo_until = None
    try:
        check_embargo(bundle, item_ids, ["html"])
    except EmbargoError as exc:
        embargo_until = exc.until
    dialog = ExportDialog(settings, templates, len(item_ids), ui_language, parent,
                          embargo_until, unavailable)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return []
    return run_export(parent, bundle, item_ids, dialog.choices())


def run_export(
    parent: QWidget, bundle: Bundle, item_ids: list[str], choices: ExportChoices
) -> list[Path]:
    """Export ``item_ids``; shows progress for several items. Returns the files written."""
    progress: QProgressDialog | None = None
    if len(item_ids) > 1:
        progress = QProgressDialog(
            QCoreApplication.translate("Exporting", "Exporting…"),
            QCoreApplication.translate("Exporting", "Cancel"),
            0,
            len(item_ids),
            parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("Exporting", "Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

    class Cancelled(Exception):
        pass

    def on_progress(done: int, total: int, name: str) -> None:
        if progress is None:
            return
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(
            QCoreApplication.translate("Exporting", "Exporting %1…").replace("%1", name)
        )
        QApplication.processEvents()
        if progress.wasCanceled():
            raise Cancelled

    failure: Exception | None = None
    files: list[Path] = []
    warnings: list[str] = []
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        choices.folder.mkdir(parents=True, exist_ok=True)
        warnings = check_export(bundle, item_ids, labels.ui_language()).warnings
        files = render.export_items(
            bundle,
            item_ids,
            choices.template,
            choices.languages,
            choices.formats,
            choices.folder,
            progress=on_progress,
            allow_before_embargo=choices.allow_before_embargo,
        )
    except Cancelled:
        return []
    except Exception as exc:  # shown to the user below, with advice
        failure = exc
    finally:
        QApplication.restoreOverrideCursor()
        if progress is not None:
            progress.close()
    if failure is not None:
        show_error(parent, QCoreApplication.translate("Exporting", "The export failed."), failure)
        return []
    _offer_folder(parent, choices.folder, files, warnings)
    return files


def _offer_folder(parent: QWidget, folder: Path, files: list[Path],
                  warnings: list[str] | None = None) -> None:
    """Say where the files went, and what the export could not do as asked."""
    box = QMessageBox(parent)
    box.setObjectName("exportFinished")
    box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information)
    if warnings:
        box.setInformativeText(
            QCoreApplication.translate("Exporting", "Please check:") + "\n"
            + "\n".join(f"• {line}" for line in warnings))
    box.setWindowTitle(QCoreApplication.translate("Exporting", "Export finished"))
    box.setText(
        QCoreApplication.translate("Exporting", "%1 file(s) written to %2.")
        .replace("%1", str(len(files)))
        .replace("%2", str(folder))
    )
    open_button = box.addButton(
        QCoreApplication.translate("Exporting", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
