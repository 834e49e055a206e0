"""The daily backup copy in the status bar: shown while it runs, reported when it ends.

The copy itself runs in a process of its own (:mod:`editor.store.backup_worker`); this
only starts it once the window is up and asks it every half second whether it is done.
Closing the window does not stop the copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from editor.core.errors import PressestelleError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from editor.context import AppContext
    from editor.store.backup_worker import DailyBackup

log = logging.getLogger(__name__)

POLL_MS = 500
LABEL_NAME = "backupLabel"


class BackupStatus(QObject):
    """Starts the daily copy and shows it in the status bar of the current window."""

    def __init__(self, context: AppContext, window: Callable[[], QMainWindow | None]) -> None:
        super().__init__()
        self._context = context
        self._window = window
        self._backup: DailyBackup | None = None
        self._elsewhere = False
        self._started = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        """Start today's copy when it is due (the window does not wait for it); once."""
        if self._started:
            return
        self._started = True
        try:
            self._backup = self._context.start_daily_backup(wait=False)
        except (OSError, PressestelleError) as exc:
            log.warning("Daily backup not started: %s", exc)
            self._report_failure(str(exc))
            return
        if self._backup is not None:
            self._show_running(True)
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _label(self) -> QLabel | None:
        window = self._window()
        if window is None:
            return None
        label = window.findChild(QLabel, LABEL_NAME)
        if label is None:
            label = QLabel(window)
            label.setObjectName(LABEL_NAME)
            label.setText(self.tr("Backup copy in progress…"))
            label.setToolTip(self.tr(
                "Today's backup copy of the archive is being made in the background. "
                "Keep working: what you save now goes into tomorrow's copy, and closing "
                "the window does not stop the copy."))
            label.hide()
            window.statusBar().addPermanentWidget(label)
        return label

    def _show_running(self, running: bool) -> None:
        label = self._label()
        if label is not None:
            label.setVisible(running)

    def _on_tick(self) -> None:
        from editor.store.backup import last_failure  # after the first paint, with the copy
        from editor.store.backup_worker import backup_running

        backup = self._backup
        if backup is None:
            self._timer.stop()
            return
        if self._elsewhere:
            if backup_running(backup.archive, backup.folder):
                self._show_running(True)
                return
        elif backup.running():
            self._show_running(True)
            return
        elif backup.busy_elsewhere:
            self._elsewhere = True  # another window or command is making it: follow that one
            return
        self._timer.stop()
        self._show_running(False)
        if backup.failed:
            self._report_failure(backup.failure() or last_failure(backup.archive, backup.folder)
                                 or str(backup.folder))
        elif self._elsewhere and (failure := last_failure(backup.archive, backup.folder)):
            self._report_failure(failure)
        else:
            self._message(self.tr("Today's backup copy of the archive is made."), 8000)
            log.info("Daily backup finished")
        backup.close()

    def _report_failure(self, detail: str) -> None:
        log.warning("Daily backup failed: %s", detail)
        self._message(self.tr("The daily backup copy could not be made: %1").replace(
            "%1", detail), 60000)

    def _message(self, text: str, timeout: int) -> None:
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(text, timeout)
