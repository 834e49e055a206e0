"""File ▸ Copy archive to…: the whole archive into an empty file or server database.

The copy runs in a worker thread while a progress dialog names the table being copied;
it is one transaction in the target, verified before it is committed. Afterwards the
app can be told to open the copy from its next start on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from editor.core.errors import StoreError
from editor.gui.errors import show_error
from editor.store.location import check_storable
from editor.store.transfer import TransferReport

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow
    from editor.store.archive import Archive

translate = QCoreApplication.translate


class CopyArchiveDialog(QDialog):
    """Asks where to copy the archive, and whether to open the copy from now on."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy archive"))
        self.target = QLineEdit()
        self.target.setObjectName("copyTarget")
        self.target.setMinimumWidth(460)
        self.target.setPlaceholderText("postgresql+psycopg://name@server:5432/database")
        browse = QPushButton(self.tr("&File…"))
        browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.use_copy = QCheckBox(self.tr("&Open the copy from the next start on"))
        self.use_copy.setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("copyProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        note = QLabel(self.tr(
            "Copies every press item, person, quote, photo and draft of %1 into a new "
            "archive file or an empty PostgreSQL database, with ids, versions and times "
            "unchanged. A target that holds anything is refused. Save the open item first: "
            "unsaved changes are not copied.").replace("%1", current))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Copy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(note)
        label = QLabel(self.tr("&Target:"))
        label.setBuddy(self.target)
        layout.addRow(label, row)
        layout.addRow("", self.use_copy)
        layout.addRow("", self.problem)
        layout.addRow(buttons)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New archive file"), "archive.sqlite",
            self.tr("Archive files (*.sqlite)"))
        if name:
            self.target.setText(name)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        if not self.target.text().strip():
            self.show_problem(self.tr("Give a file name or a database address."))
            return
        if self.use_copy.isChecked():
            try:
                check_storable(self.target.text())
            except StoreError as exc:
                self.show_problem(str(exc))
                return
        super().accept()


def copy_archive(parent: QWidget, archive: Archive, target: str) -> TransferReport | None:
    """Copy ``archive`` into ``target`` with a progress dialog; None when it failed (shown)."""
    dialog = QProgressDialog(translate("CopyArchive", "Copying the archive …"), "", 0, 0, parent)
    dialog.setWindowTitle(translate("CopyArchive", "Copy archive"))
    dialog.setCancelButton(None)  # one transaction: it completes or leaves nothing
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    state: dict[str, object] = {}

    def progress(table: str, done: int, total: int) -> None:
        state["step"] = (table, done, total)

    def work() -> None:
        try:
            state["report"] = archive.copy_to(target, progress=progress)
        except BaseException as exc:  # handed to the main thread below
            state["error"] = exc

    worker = threading.Thread(target=work, name="archive-copy", daemon=True)
    worker.start()
    app = QCoreApplication.instance()
    while worker.is_alive():
        step = state.get("step")
        if isinstance(step, tuple):
            table, done, total = step
            dialog.setLabelText(translate("CopyArchive", "Copying %1: %2 of %3 rows")
                                .replace("%1", str(table)).replace("%2", str(done))
                                .replace("%3", str(total)))
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.05)
    dialog.close()
    error = state.get("error")
    if isinstance(error, BaseException):
        show_error(parent, translate("CopyArchive", "The archive was not copied."), error)
        return None
    report = state.get("report")
    return report if isinstance(report, TransferReport) else None


def copy_from_window(window: MainWindow) -> TransferReport | None:
    """File ▸ Copy archive to…: ask, copy, report the counts, remember the copy if asked."""
    dialog = CopyArchiveDialog(window.context.archive.url, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.target.text().strip()
    report = copy_archive(window, window.context.archive, target)
    if report is None:
        return None
    lines = "\n".join(f"{name}: {count}" for name, count in report.counts.items())
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.applicationName(),
                      translate("CopyArchive", "The archive was copied and checked: %1 rows, "
                                "ids, versions and times unchanged.")
                      .replace("%1", str(report.total)), QMessageBox.StandardButton.Ok, window)
    box.setDetailedText(lines)
    if dialog.use_copy.isChecked():
        window.settings.archive_location = check_storable(target)
        box.setInformativeText(translate(
            "CopyArchive", "Pressestelle opens the copy from its next start on."))
    box.exec()
    return report
