"""File ▸ Import documents…: read old releases with progress, review them, then save."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from editor.gui.errors import plain_text, show_error
from editor.gui.import_review_dialog import ImportReviewDialog, problem_text
from editor.gui.settings import Settings
from editor.io.documents import SourceDocument, documents_in, read_document
from editor.services.approval import current_user
from editor.services.release_import import (
    READ_ERRORS,
    BatchSummary,
    DocumentFailure,
    DocumentProposal,
    Registry,
    failure_of,
    propose_document,
    save,
)

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow
    from editor.store.archive import Archive

translate = QCoreApplication.translate

PROGRESS_WIDTH = 460
"""Wide enough for a long file name and the window's title."""
SHOWN_FAILURES = 8
"""Failures listed in the summary itself; all of them are under "Show Details…"."""


def choose_documents(parent: QWidget, folder: bool, settings: Settings) -> list[Path]:
    """The documents the user picks, or every document in the folder picked; the dialog
    opens where the last import was, at first in the documents folder."""
    start = settings.import_start_folder()
    if folder:
        name = QFileDialog.getExistingDirectory(
            parent, translate("DocumentImport", "Import a folder of old releases"), start)
        if not name:
            return []
        settings.remember_import(Path(name))
        return documents_in([Path(name)])
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("DocumentImport", "Import old releases"), start,
        translate("DocumentImport", "Releases (*.docx *.html *.htm *.txt *.pdf)"))
    if names:
        settings.remember_import(Path(names[0]))
    return [Path(name) for name in names]


def import_documents_from_window(window: MainWindow, folder: bool = False) -> list[str]:
    """Ask for documents, read them with progress, review, save; the ids stored."""
    paths = choose_documents(window, folder, window.settings)
    if not paths:
        return []
    stored = import_documents(window, window.context.archive, paths, window.settings)
    if stored:
        window.reload_organisations()
        window.refresh()
        window.open_item(stored[0])
    return stored


class DocumentReader(QThread):
    """Reads the documents one after the other off the window's thread (parsing a large
    DOCX or running pdftotext takes long); each result comes back as a signal."""

    document_read = Signal(int, object)
    """(index, the SourceDocument read or the DocumentFailure why not)."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._stop = threading.Event()

    def stop(self) -> None:
        """Stop after the document being read (a document is never half read)."""
        self._stop.set()

    def run(self) -> None:
        for index, path in enumerate(self.paths):
            if self._stop.is_set():
                return
            try:
                result: object = read_document(path)
            except READ_ERRORS as error:
                result = failure_of(path, error)
            self.document_read.emit(index, result)


def read_and_propose(parent: QWidget, archive: Archive, paths: list[Path],
                     ) -> tuple[list[DocumentProposal], list[DocumentFailure], bool]:
    """The proposals for ``paths``: read off the window's thread with a progress dialog
    that can be cancelled; returns them, the failures, and whether it was cancelled."""
    progress = QProgressDialog(translate("DocumentImport", "Reading documents…"),
                               translate("DocumentImport", "Cancel"), 0, len(paths), parent)
    progress.setWindowTitle(translate("DocumentImport", "Import documents"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setMinimumWidth(PROGRESS_WIDTH)
    registry = Registry(archive)  # the archive is read here, on the window's thread
    proposals: list[DocumentProposal] = []
    failures: list[DocumentFailure] = []
    reader = DocumentReader(paths)
    loop = QEventLoop()
    cancelled = False

    def arrived(index: int, result: object) -> None:
        nonlocal cancelled
        if cancelled:
            return
        if isinstance(result, DocumentFailure):
            failures.append(result)
        elif isinstance(result, SourceDocument):
            try:
                proposals.append(propose_document(registry, result))
            except READ_ERRORS as error:
                failures.append(failure_of(paths[index], error))
        progress.setValue(index + 1)
        if index + 1 < len(paths):
            progress.setLabelText(translate("DocumentImport", "Reading %1 (%2 of %3)…")
                                  .replace("%1", paths[index + 1].name)
                                  .replace("%2", str(index + 2)).replace("%3", str(len(paths))))
        if progress.wasCanceled():
            cancel()

    def cancel() -> None:
        nonlocal cancelled
        cancelled = True
        reader.stop()
        loop.quit()

    reader.document_read.connect(arrived, Qt.ConnectionType.QueuedConnection)
    reader.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress.canceled.connect(cancel)
    if paths:
        progress.setLabelText(translate("DocumentImport", "Reading %1 (%2 of %3)…")
                              .replace("%1", paths[0].name).replace("%2", "1")
                              .replace("%3", str(len(paths))))
    reader.start()
    loop.exec()
    reader.stop()
    reader.wait()
    progress.canceled.disconnect(cancel)  # closing the dialog below is no cancel
    QCoreApplication.processEvents()  # results queued before the end was seen
    progress.close()
    return proposals, failures, cancelled


def import_documents(parent: QWidget, archive: Archive, paths: list[Path],
                     settings: Settings | None = None) -> list[str]:
    """Read ``paths`` (cancellable), let the user review the proposals, store the accepted;
    ``settings`` keep the review window's size and layout."""
    failed = translate("DocumentImport", "The documents could not be read; nothing was changed.")
    try:
        proposals, failures, cancelled = read_and_propose(parent, archive, paths)
        people, roles, organisations = (archive.people(), archive.roles(),
                                        archive.organisations())
    except Exception as exc:  # shown to the user with advice
        show_error(parent, failed, exc)
        return []
    if cancelled:
        return []
    if not proposals:
        lines = "\n".join(problem_text(f) for f in failures)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("DocumentImport", "Import documents"),
                          translate("DocumentImport", "No document could be read."),
                          QMessageBox.StandardButton.Ok, parent)
        plain_text(box)
        box.setInformativeText(lines)
        box.exec()
        return []
    dialog = ImportReviewDialog(proposals, failures, people, roles, organisations, parent,
                                settings)
    if dialog.exec() != ImportReviewDialog.DialogCode.Accepted:
        return []
    try:
        stored, summary = save_with_progress(parent, archive, proposals)
    except Exception as exc:  # shown to the user with advice
        show_error(parent, translate("DocumentImport", "The documents could not be saved."), exc)
        return []
    summary.failures[:0] = failures
    show_summary(parent, summary)
    return stored


def save_with_progress(parent: QWidget, archive: Archive, proposals: list[DocumentProposal],
                       ) -> tuple[list[str], BatchSummary]:
    """Save the accepted proposals, one transaction each, with a progress dialog whose
    Cancel stops before the next document (those saved stay, each whole)."""
    wanted = sum(1 for p in proposals if p.accepted)
    progress = QProgressDialog(translate("DocumentImport", "Saving…"),
                               translate("DocumentImport", "Stop"), 0, max(wanted, 1), parent)
    progress.setWindowTitle(translate("DocumentImport", "Import documents"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setMinimumWidth(PROGRESS_WIDTH)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def step(done: int, total: int, name: str) -> bool:
        progress.setValue(done)
        if name:
            progress.setLabelText(translate("DocumentImport", "Saving %1 (%2 of %3)…")
                                  .replace("%1", name).replace("%2", str(done + 1))
                                  .replace("%3", str(total)))
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    try:
        return save(archive, proposals, saved_by=current_user(archive), progress=step)
    finally:
        progress.close()


def show_summary(parent: QWidget, summary: BatchSummary) -> None:
    """Items, quotes, new people, skipped duplicates and failures with their reasons."""
    # One count a piece, each with its own plural forms; the sentence puts them in order.
    parts = (
        translate("DocumentImport", "%n item(s)", "imported", summary.items),
        translate("DocumentImport", "%n quote(s)", "imported with", summary.quotes),
        translate("DocumentImport", "%n new person(s)", "", summary.new_people),
        translate("DocumentImport", "%n duplicate(s) skipped", "", summary.duplicates),
        translate("DocumentImport", "%n document(s) failed", "", len(summary.failures)),
    )
    text = translate("DocumentImport", "Imported %1 with %2; %3; %4; %5.")
    for number, part in enumerate(parts, start=1):
        text = text.replace(f"%{number}", part)
    if summary.not_saved:
        text += " " + translate("DocumentImport", "Stopped: %n document(s) were not saved; "
                                "import them again to add them.", "", summary.not_saved)
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("DocumentImport", "Import documents"), text,
                      QMessageBox.StandardButton.Ok, parent)
    plain_text(box)
    lines = [html.unescape(problem_text(f)) for f in summary.failures]
    if lines:
        shown = lines[:SHOWN_FAILURES]
        if len(lines) > SHOWN_FAILURES:
            shown.append(translate("DocumentImport", "… and %1 more (Show Details…)")
                         .replace("%1", str(len(lines) - SHOWN_FAILURES)))
        box.setInformativeText("\n".join(shown))
        box.setDetailedText("\n".join(lines))
    box.exec()
