"""The one place that turns exceptions into messages for the user, and routes Qt's log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.errors import (
    ConflictError,
    NotFoundError,
    PressestelleError,
    StoreError,
    ValidationError,
)
from editor.gui.service_messages import worded
from editor.store.errors import ArchiveFailure, Trouble

log = logging.getLogger("editor.gui")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def advice(exc: BaseException) -> str:
    """What the user can do about ``exc``, in the UI language."""
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "Reload the item and apply your changes again.")
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate(
            "Errors", "Correct the field named in the message and try again."
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "The record may have been deleted; refresh the list."
        )
    if isinstance(exc, ArchiveFailure):
        return _trouble_advice(exc.trouble)
    if isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "Errors", "Check that the archive file is reachable and not read-only."
        )
    if isinstance(exc, PressestelleError):
        return QCoreApplication.translate(
            "Errors", "Check the message above, correct the cause and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "Check that the folder exists and that you may write to it."
        )
    return QCoreApplication.translate(
        "Errors", "This is a program error; it has been written to the log."
    )


def _trouble_advice(trouble: Trouble) -> str:
    """The advice for one kind of database failure (see editor.store.errors)."""
    if trouble is Trouble.FULL:
        return QCoreApplication.translate("Errors", "Free some disk space, then try again.")
    if trouble is Trouble.READ_ONLY:
        return QCoreApplication.translate(
            "Errors", "Check the permissions of the archive file and its folder, or open a copy.")
    if trouble is Trouble.CANNOT_OPEN:
        return QCoreApplication.translate(
            "Errors", "Check that the archive's folder exists and that you may create files in it.")
    if trouble is Trouble.DAMAGED:
        return QCoreApplication.translate("Errors", "Restore the archive from a backup copy.")
    if trouble is Trouble.BUSY:
        return QCoreApplication.translate("Errors", "Wait a moment, then try again.")
    if trouble is Trouble.DISK:
        return QCoreApplication.translate(
            "Errors", "Check the drive and its free space, then try again.")
    if trouble is Trouble.UNREACHABLE:
        return QCoreApplication.translate(
            "Errors", "Check the network and the server; your next action connects again. "
            "Unsaved text is kept in the editor and in the recovery copy.")
    if trouble is Trouble.LOGIN:
        return QCoreApplication.translate(
            "Errors", "Check the user name and the password in ~/.pgpass or PGPASSWORD.")
    if trouble is Trouble.NO_DATABASE:
        return QCoreApplication.translate(
            "Errors", "Check the database name in the archive's address (Settings).")
    return QCoreApplication.translate(
        "Errors", "Check that the archive file is reachable and not read-only.")


def message_for(exc: BaseException) -> str:
    """What went wrong: the error's own message, or its type for a program error."""
    if isinstance(exc, (PressestelleError, OSError)):
        return worded(exc)
    return f"{type(exc).__name__}: {exc}"


def plain_text(box: QMessageBox) -> QMessageBox:
    """``box`` showing its texts as plain text. Qt takes a text that starts like HTML for
    rich text and loads the pictures it names from disk: a message quoting a file's
    ``<img src="/dev/zero">`` (a date as written, a headline, a file name) would keep the
    window reading forever."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, what: str, exc: BaseException) -> None:
    """Tell the user that ``what`` failed, why, and what to do."""
    if not isinstance(exc, (PressestelleError, OSError)):
        log.error("%s", what, exc_info=exc)
    else:
        log.warning("%s: %s", what, exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.applicationName(),
        what,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    plain_text(box)
    box.setInformativeText(f"{message_for(exc)}\n\n{advice(exc)}")
    box.exec()


def ask_reload_after_conflict(parent: QWidget | None, exc: ConflictError) -> bool:
    """Explain a save conflict; True when the user wants to reload the archive's copy."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Saved by someone else"))
    box.setText(
        QCoreApplication.translate(
            "Errors", "This item was changed in the archive since you opened it."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Your copy is version %1, the archive holds version %2. Saving now would "
            "overwrite the other changes.\n\nReload the archive's version (your unsaved "
            "changes are lost), or cancel, copy your changes and reload later.",
        )
        .replace("%1", str(exc.loaded_version))
        .replace("%2", str(exc.stored_version))
    )
    reload_button = box.addButton(
        QCoreApplication.translate("Errors", "Reload"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reload_button


def ask_retry_when_busy(parent: QWidget | None, exc: BaseException) -> bool:
    """The archive is locked by another program; True when the user wants to try again."""
    log.warning("Archive busy: %s", exc)
    box = plain_text(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Archive busy"))
    box.setText(
        QCoreApplication.translate(
            "Errors", "The archive is busy: another program is writing to it."
        )
    )
    box.setInformativeText(
        f"{message_for(exc)}\n\n"
        + QCoreApplication.translate(
            "Errors",
            "Nothing was lost: your changes are still in the editor. Try again in a moment, "
            "or cancel and save later.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


def _on_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(level, "%s%s", message, where)


def install_qt_message_handler() -> None:
    """Send Qt's own warnings and errors to Python logging."""
    qInstallMessageHandler(_on_qt_message)


def install_excepthook(save_work: Callable[[], None]) -> None:
    """Log uncaught exceptions, try to save the user's work, and tell the user."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        try:
            save_work()
        except Exception:  # saving is best effort while handling a crash
            log.exception("Could not save work after an uncaught exception")
        show_error(None, QCoreApplication.translate("Errors", "An unexpected error occurred."), exc)

    sys.excepthook = hook
