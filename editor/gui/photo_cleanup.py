"""File ▸ Delete unused photos…: count first, ask, then delete what nothing refers to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.errors import PressestelleError
from editor.gui.errors import show_error

if TYPE_CHECKING:
    from editor.store.archive import Archive
    from editor.store.photos import PhotoCleanup


translate = QCoreApplication.translate


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f}"


def ask(parent: QWidget, text: str) -> bool:
    """Whether the user agrees to delete (a seam for tests)."""
    title = translate("PhotoCleanup", "Delete unused photos")
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, translate("PhotoCleanup", "Delete unused photos"), text)


def clean_up_photos(parent: QWidget, archive: Archive) -> PhotoCleanup | None:
    """Count the unused pictures, ask, delete them; None when nothing was deleted."""
    try:
        found = archive.delete_unused_photos(dry_run=True)
    except (PressestelleError, OSError) as error:
        show_error(parent, translate("PhotoCleanup", "The photos could not be checked."),
                   error)
        return None
    if not found.deleted:
        tell(parent, translate(
            "PhotoCleanup", "No stored photo is unused: %1 in use, %2 stored within the "
            "last hour kept.").replace("%1", str(found.in_use))
            .replace("%2", str(found.kept_recent)))
        return None
    question = translate(
        "PhotoCleanup", "%1 stored photos (%2 MB) are used by no item, draft, kept version "
        "or logo. Delete them? Photos in use stay, and so do photos stored within the last "
        "hour.")
    if not ask(parent, question.replace("%1", str(found.deleted))
               .replace("%2", _megabytes(found.freed))):
        return None
    try:
        done = archive.delete_unused_photos()
    except (PressestelleError, OSError) as error:
        show_error(parent, translate("PhotoCleanup", "The photos were not deleted."), error)
        return None
    tell(parent, translate("PhotoCleanup", "%1 unused photos deleted (%2 MB).")
         .replace("%1", str(done.deleted)).replace("%2", _megabytes(done.freed)))
    return done
