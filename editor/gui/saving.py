"""Saving the open item: conflicts are decided by the user, a busy archive is retried."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from editor.core.errors import ConflictError
from editor.core.model import PressItem
from editor.gui.conflict_dialog import ConflictChoice, ConflictDialog
from editor.gui.errors import ask_retry_when_busy, show_error
from editor.store.errors import ArchiveBusyError, ArchiveFailure, Trouble

if TYPE_CHECKING:
    from editor.store.archive import Archive


class SaveOutcome(enum.Enum):
    SAVED = "saved"
    TAKE_THEIRS = "take_theirs"
    """The user chose the archive's version: the editor should load it."""
    CANCELLED = "cancelled"
    FAILED = "failed"


def save_with_prompts(parent: QWidget, archive: Archive, item: PressItem,
                      saved_by: str = "",
                      keep_locally: Callable[[], None] | None = None) -> SaveOutcome:
    """Save ``item`` and drop its draft; never overwrites someone else's save silently.

    ``saved_by`` is recorded with the version in the item's history. On success the
    item's version and timestamps are updated in place. A save that lost the server
    connection (the archive already tried it once more) is reported, and
    ``keep_locally`` writes the text to this computer: the draft on the server cannot
    be written either while it is away.
    """
    while True:
        try:
            archive.save_item_and_discard_draft(item, saved_by=saved_by)
            return SaveOutcome.SAVED
        except ArchiveBusyError as exc:
            if not ask_retry_when_busy(parent, exc):
                return SaveOutcome.CANCELLED
        except ConflictError:
            try:
                theirs = archive.load_item(item.id)
            except Exception as exc:  # shown to the user with advice
                show_error(parent, QCoreApplication.translate(
                    "MainWindow", "The item could not be saved."), exc)
                return SaveOutcome.FAILED
            dialog = ConflictDialog(item, theirs, parent)
            dialog.exec()
            if dialog.choice == ConflictChoice.KEEP_MINE:
                item.version = theirs.version  # overwrite exactly what was compared
                continue
            if dialog.choice == ConflictChoice.TAKE_THEIRS:
                return SaveOutcome.TAKE_THEIRS
            return SaveOutcome.CANCELLED
        except Exception as exc:  # shown to the user with advice
            if keep_locally is not None and isinstance(exc, ArchiveFailure) and \
                    exc.trouble is Trouble.UNREACHABLE:
                keep_locally()
            show_error(parent, QCoreApplication.translate(
                "MainWindow", "The item could not be saved."), exc)
            return SaveOutcome.FAILED
