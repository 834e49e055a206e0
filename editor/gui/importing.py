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
    cleaned: list[str] = []
    ids = import_files(window, window.context.archive, files, cleaned)
    if ids:
        window.reload_organisations()
        window.refresh()
        window.statusBar().showMessage(" ".join([translate(
            "Importing", "%n item(s) imported.", "", len(ids)), *cleaned]),
            30000 if cleaned else 8000)
        window.open_item(ids[0])
    return ids


def import_files(parent: QWidget, archive: Archive, files: list[Path],
                 cleaned: list[str] | None = None) -> list[str]:
    """Check ``files``, let the user decide about differences, then import all or nothing.

    ``cleaned`` receives a sentence for what reading removed from the files (invisible
    characters of texts, location and other metadata of photos)."""
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
    if cleaned is not None:
        cleaned += _cleaned_notes(plan)
    try:
        return run_import(archive, plan, shared=policy, replace=bool(plan.existing),
                          saved_by=current_user(archive))
    except Exception as exc:  # shown to the user with advice
        show_error(parent, failed, exc)
        return []


def _cleaned_notes(plan: ImportPlan) -> list[str]:
    notes = []
    if plan.removed:
        first = plan.removed[0][1]
        notes.append(translate(
            "Importing", "Invisible direction or format characters were removed from %1 "
            "texts (the first: %2 in %3).").replace("%1", str(len(plan.removed)))
            .replace("%2", first.code).replace("%3", first.where))
    photos = [data for data in plan.bundle.photo_data.values() if data.removed]
    if any(data.had_location for data in photos):
        notes.append(translate("Importing", "Location data (GPS) and other camera details "
                               "were removed from %1 photos.").replace("%1", str(len(photos))))
    elif photos:
        notes.append(translate("Importing", "Camera details and other metadata were removed "
                               "from %1 photos.").replace("%1", str(len(photos))))
    return notes


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
