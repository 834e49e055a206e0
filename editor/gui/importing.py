"""Imports interchange files from the window: check, ask about shared records, write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.gui.errors import show_error
from editor.gui.settings import Settings
from editor.gui.shared_records_dialog import SharedRecordsDialog
from editor.services.approval import current_user
from editor.services.importing import ImportPlan, plan_import, run_import
from editor.store.shared import SharedPolicy

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow
    from editor.store.archive import Archive

translate = QCoreApplication.translate


def choose_files(parent: QWidget, settings: Settings) -> list[Path]:
    """The interchange files the user picks (none when cancelled); the dialog opens where
    the last import was, at first in the documents folder."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("Importing", "Import press items"), settings.import_start_folder(),
        translate("Importing", "Interchange files (*.json)"))
    if names:
        settings.remember_import(Path(names[0]))
    return [Path(name) for name in names]


def import_from_window(window: MainWindow) -> list[str]:
    """Ask for files and import them; the ids imported (none when cancelled or failed)."""
    files = choose_files(window, window.settings)
    if not files:
        return []
    ids = import_files(window, window.context.archive, files)
    if ids:
        window.reload_organisations()
        window.refresh()
        window.statusBar().showMessage(translate(
            "Importing", "%n item(s) imported.", "", len(ids)), 8000)
        window.open_item(ids[0])
    return ids


def import_files(parent: QWidget, archive: Archive, files: list[Path]) -> list[str]:
    """Check ``files``, let the user decide about differences, then import all or nothing."""
    failed = translate("Importing", "The files could not be imported; nothing was changed.")
    try:
        plan = plan_import(archive, files)
    except Exception as exc:  # shown to the user with advice
        show_error(parent, failed, exc)
        return []
    policy = SharedPolicy.REFUSE
    if plan.differences:
        dialog = SharedRecordsDialog(plan.differences, _merge_notes(plan), parent)
        if dialog.exec() != SharedRecordsDialog.DialogCode.Accepted or dialog.choice is None:
            return []
        policy = dialog.choice
    if plan.existing and not _confirm_replace(parent, plan):
        return []
    try:
        return run_import(archive, plan, shared=policy, replace=bool(plan.existing),
                          saved_by=current_user(archive))
    except Exception as exc:  # shown to the user with advice
        show_error(parent, failed, exc)
        return []


def _merge_notes(plan: ImportPlan) -> list[str]:
    return [translate("Importing", "Person %1 was merged into %2 in this archive earlier; "
                      "the file's references to %1 are taken as %2.")
            .replace("%1", old).replace("%2", kept) for old, kept in plan.merges]


def _confirm_replace(parent: QWidget, plan: ImportPlan) -> bool:
    answer = QMessageBox.question(
        parent, translate("Importing", "Items already in the archive"),
        translate("Importing", "The archive already has %1 of these items (%2). Replace "
                  "them with the imported ones?")
        .replace("%1", str(len(plan.existing))).replace("%2", ", ".join(plan.existing)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
