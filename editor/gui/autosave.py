"""Autosave: the open item is kept as a draft in the archive, never replacing the saved item."""

from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTimer, Signal

from editor.core import codec
from editor.core.errors import PressestelleError
from editor.core.model import PressItem
from editor.gui.document import ItemDocument
from editor.io.atomic import process_alive, remove_stale_temp_files, write_text_atomic
from editor.store.summaries import DraftInfo

if TYPE_CHECKING:
    from editor.store.archive import Archive

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
"""Longest time between an edit and its draft being stored (the guarantee is 2 s)."""
RETRY_DELAY_MS = 3000
"""Wait before trying again after the archive refused a draft (busy, read-only)."""


def this_program() -> str:
    """The owner name of drafts written by this process: "host:pid"."""
    return f"{socket.gethostname()}:{os.getpid()}"


def is_live_elsewhere(info: DraftInfo) -> bool:
    """True when another running program on this machine is still writing the draft."""
    host, _, pid_text = info.owner.rpartition(":")
    if not pid_text.isdigit() or host != socket.gethostname():
        return False
    pid = int(pid_text)
    return pid != os.getpid() and process_alive(pid)


class Autosave(QObject):
    """Stores the open document as a draft at most :data:`AUTOSAVE_DELAY_MS` after an edit.

    The timer is not restarted by further edits, so typing without a pause is stored too.
    When the undo stack is back at the saved state, the draft is discarded instead.
    """

    draftSaved = Signal(object)
    """The draft was stored (the datetime it was stored at)."""
    failed = Signal(str)
    """The draft could not be stored; the message says why (a retry follows)."""

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._doc: ItemDocument | None = None
        self._owner = this_program()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """True while an edit waits to be stored."""
        return self._timer.isActive()

    def set_document(self, doc: ItemDocument | None) -> None:
        """Watch ``doc``; a pending draft of the previous document is stored first."""
        if self._doc is not None:
            if self.pending:
                self.flush()
            self._doc.contentChanged.disconnect(self._on_content_changed)
        self._doc = doc
        if doc is not None:
            doc.contentChanged.connect(self._on_content_changed)

    def schedule(self) -> None:
        """Store the document soon (used after a recovered draft is shown)."""
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_DELAY_MS)

    def cancel(self) -> None:
        """Forget a pending write (the document was just saved or discarded)."""
        self._timer.stop()

    def flush(self) -> bool:
        """Store the draft now if an edit is waiting or the timer fired; True on success."""
        self._timer.stop()
        doc = self._doc
        if doc is None:
            return True
        try:
            if doc.is_modified:
                saved_at = self._archive.save_draft(doc.item, doc.item.version, self._owner)
                self.draftSaved.emit(saved_at)
            else:
                self._archive.discard_draft(doc.item.id)
        except PressestelleError as exc:
            log.warning("Draft of %s not stored: %s", doc.item.id, exc)
            self.failed.emit(str(exc))
            self._timer.start(RETRY_DELAY_MS)
            return False
        return True

    def discard(self) -> None:
        """Throw the draft of the open document away (the user discarded the changes)."""
        self._timer.stop()
        if self._doc is not None:
            self.discard_draft_of(self._doc.item.id)

    def discard_draft_of(self, item_id: str) -> None:
        try:
            self._archive.discard_draft(item_id)
        except PressestelleError as exc:
            log.warning("Draft of %s not discarded: %s", item_id, exc)

    def _on_content_changed(self) -> None:
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_DELAY_MS)


def draft_time_text(info: DraftInfo) -> str:
    """When a draft was stored, in the UI locale: the time today, else date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(info.saved_at.timestamp()))
    if moment.date() == QDate.currentDate():
        return QLocale().toString(moment.time(), "HH:mm:ss")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def write_recovery_copy(item: PressItem, folder: Path) -> Path:
    """Write ``item`` as JSON into ``folder`` (atomically); a last resort after a crash."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{item.id}.json"
    remove_stale_temp_files(folder)
    write_text_atomic(target, json.dumps(codec.to_plain(item), ensure_ascii=False))
    log.info("Recovery copy written to %s", target)
    return target
