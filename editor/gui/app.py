"""Start the desktop application: ``run(context)`` is called by the command line front end."""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from editor import process as whole_process
from editor.context import AppContext
from editor.core.errors import PressestelleError
from editor.gui.actions import app_icon
from editor.gui.backup_status import BackupStatus
from editor.gui.errors import install_excepthook, install_qt_message_handler
from editor.gui.i18n import Translators, resolve
from editor.gui.main_window import MainWindow
from editor.gui.settings import APPLICATION_NAME, ORGANISATION_NAME, Settings
from editor.gui.window_lock import ArchiveWindowLock, WindowHolder
from editor.store.location import chosen_location

if TYPE_CHECKING:
    from editor.store.archive import Archive

log = logging.getLogger(__name__)

BACKUP_START_LATEST_MS = 3000
"""The daily backup copy starts after the first paint of the window, at the latest this
long after the start."""


class WindowKeeper(QObject):
    """Owns the main window; builds a new one when the UI language changes."""

    def __init__(self, context: AppContext, settings: Settings, translators: Translators) -> None:
        super().__init__()
        self._context = context
        self._settings = settings
        self._translators = translators
        self.window: MainWindow | None = None
        self.backup_status = BackupStatus(context, lambda: self.window)

    def start(self) -> MainWindow:
        """Show the main window with the item opened last (or the newest one)."""
        self._translators.install(resolve(self._settings.ui_language))
        window = self._build()
        window.preview.hold_until_painted()  # the window first, its preview right after
        recent = [e.partition("\t")[0] for e in self._settings.recent_items]
        if not window.open_recovered_draft():
            opened = next((i for i in recent if self._context.archive.has_item(i)), None)
            if opened is None or not window.open_item(opened):
                window.open_newest_item()
        window.show()
        return window

    def _build(self) -> MainWindow:
        window = MainWindow(self._context, self._settings, self._translators.language)
        window.languageChangeRequested.connect(self._on_language_change_requested)
        self.window = window
        return window

    def _on_language_change_requested(self, preference: str) -> None:
        old = self.window
        if old is None:
            return
        old.save_window_state()
        self._translators.install(resolve(preference))
        doc = old.detach_document()
        window = self._build()
        if doc is not None:
            window.attach_document(doc)
        window.show()
        old.hide()
        old.preview.shutdown()
        old.deleteLater()

    def save_recovery_copy(self) -> None:
        if self.window is not None:
            self.window.save_recovery_copy()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set, so QSettings find the user's preferences."""
    install_qt_message_handler()
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setWindowIcon(app_icon())
    return app


def open_archive(db: str | None) -> AppContext:
    """Open the archive; while an older one is updated, show that the app is working.

    An update takes a backup copy first and may build the search index again: seconds
    for a usual archive, minutes for a very large one. Errors are raised as by
    :meth:`AppContext.open`. Without ``db`` (no ``--db``, no ``PRESSESTELLE_DB``) the
    archive saved in the settings is opened, else the default file.
    """
    if db is None:
        db = chosen_location(None, Settings().archive_location)
    deferred = _deferred_context(db)
    if deferred is not None:
        return deferred
    from editor.store.archive import Archive

    if not Archive.update_pending(db):
        return AppContext.open(db)
    app = create_application()
    translators = Translators(app)
    translators.install(resolve(Settings().ui_language))
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "app", "Updating the archive for this version of Pressestelle.\n"
            "A backup copy is made first; a large archive takes a few minutes."),
        "", 0, 0)
    dialog.setWindowTitle(APPLICATION_NAME)
    dialog.setCancelButton(None)  # no cancel: the update is one transaction
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    outcome: list[AppContext | BaseException] = []

    def update() -> None:
        try:
            outcome.append(AppContext.open(db))
        except BaseException as exc:  # handed to the main thread below
            outcome.append(exc)

    worker = threading.Thread(target=update, name="archive-update", daemon=True)
    worker.start()
    while worker.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.05)
    dialog.close()
    result = outcome[0]
    if not isinstance(result, BaseException):
        _report_photos_not_copied(result)
    translators.remove()
    if isinstance(result, BaseException):
        raise result
    log.info("Archive updated; backup copy at %s", result.archive.backup_path)
    return result


def _deferred_context(db: str | None) -> AppContext | None:
    """The context on an archive file at the newest revision, read with the standard
    library until the window has painted (:mod:`editor.store.deferred`); ``None``: the
    archive is opened the usual way (a server, a new file, an update due…)."""
    from editor.core import paths
    from editor.store.deferred import open_deferred

    location = db if db is not None else str(paths.default_archive_path())
    archive = open_deferred(location)
    if archive is None:
        return None
    return AppContext(archive=cast("Archive", archive), data_dir=paths.data_dir())


def _report_photos_not_copied(context: AppContext) -> None:
    """Name the photos whose files the update could not copy into the archive."""
    try:
        lines = context.archive.photo_update_report()
    except PressestelleError as exc:
        log.warning("Cannot read the photo report of the update: %s", exc)
        return
    if not lines:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION_NAME, QCoreApplication.translate(
        "app", "The archive now keeps the pictures of its photos itself. %n photo(s) could "
        "not be copied from their files and are shown as missing until you choose their "
        "image again:", "", len(lines)))
    shown = lines[:15] + ([f"… (+{len(lines) - 15})"] if len(lines) > 15 else [])
    box.setInformativeText("\n".join(shown))
    box.exec()


def start(context: AppContext) -> tuple[QApplication, WindowKeeper]:
    """Create the application and show the main window on ``context``, ready for input.

    :func:`run` then enters the event loop; tests that drive the real application build it
    through this function too.
    """
    app = create_application()
    keeper = WindowKeeper(context, Settings(), Translators(app))
    install_excepthook(keeper.save_recovery_copy)
    window = keeper.start()
    # The daily copy starts once the window is seen (its process would compete with
    # building the window); a window that is never painted (minimised) starts it later.
    window.firstPainted.connect(keeper.backup_status.start)
    QTimer.singleShot(BACKUP_START_LATEST_MS, keeper.backup_status, keeper.backup_status.start)
    return app, keeper


def open_here(context: AppContext) -> ArchiveWindowLock | None:
    """Mark the archive as open in this window; when another window on this computer has
    it open, ask first. ``None``: the user chose to quit (nothing was opened)."""
    lock = ArchiveWindowLock(context.data_dir, context.archive.url)
    other = lock.claim()  # checked and marked at once: two starts cannot both miss
    if other is None:
        return lock
    if not ask_open_anyway(other, context.archive.url):
        return None
    lock.acquire()
    return lock


def ask_open_anyway(other: WindowHolder, archive_url: str) -> bool:
    """Ask whether to open an archive another window has open; True: open it here too."""
    app = create_application()
    translators = Translators(app)
    translators.install(resolve(Settings().ui_language))
    try:
        if other.here:
            text = QCoreApplication.translate(
                "app", "This archive is already open in another Pressestelle window on this "
                "computer.")
        else:
            text = QCoreApplication.translate(
                "app", "This archive is already open in a Pressestelle window on the "
                "computer %1.").replace("%1", other.host)
        since = ""
        if other.since is not None:
            since = QCoreApplication.translate("app", " since %1").replace(
                "%1", other.since.strftime("%H:%M"))
        details = QCoreApplication.translate(
            "app", "Archive: %1\nOther window: program %2%3.\n\nOpened here too, both "
            "windows can be used: an item open in the other one is marked as being edited, "
            "and each window shows the other's saves. Switch to the other window instead if "
            "you opened this one by mistake.")
        box = QMessageBox(QMessageBox.Icon.Question, APPLICATION_NAME, text)
        box.setObjectName("archiveAlreadyOpen")
        box.setInformativeText(details.replace("%1", archive_url)
                               .replace("%2", str(other.pid)).replace("%3", since))
        anyway = box.addButton(QCoreApplication.translate("app", "&Open here too"),
                               QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(QCoreApplication.translate("app", "&Quit"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(leave)
        box.setEscapeButton(leave)
        box.exec()
        return box.clickedButton() is anyway
    finally:
        translators.remove()


def run(context: AppContext) -> int:
    """Open the main window on ``context`` and run until it is closed; the exit code."""
    started = time.perf_counter()
    lock = open_here(context)
    if lock is None:
        log.info("Archive already open in another window; quit at the user's choice")
        return 0
    try:
        app, keeper = start(context)
        # once the archive is open (right after the first paint): see keep_what_is_loaded
        if keeper.window is not None:
            keeper.window.firstPainted.connect(
                lambda: QTimer.singleShot(0, whole_process.keep_what_is_loaded))
        QTimer.singleShot(0, lambda: log.info(
            "Main window ready after %.0f ms", (time.perf_counter() - started) * 1000))
        return app.exec()
    finally:
        lock.release()
