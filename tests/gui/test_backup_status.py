"""The daily backup copy is shown in the status bar while it runs in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.backup_status import LABEL_NAME, BackupStatus
from editor.gui.main_window import MainWindow
from editor.store.backup import backups_of

pytestmark = pytest.mark.gui


def _label(window: MainWindow) -> QLabel | None:
    return window.findChild(QLabel, LABEL_NAME)


def test_the_status_bar_shows_the_copy_until_it_is_made(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    path = context.archive.path
    assert path is not None and backups_of(path, "daily") == []
    status = BackupStatus(context, lambda: window)
    status.start()
    label = _label(window)
    assert status.running and label is not None and label.isVisible()
    assert "Backup copy in progress" in label.text()
    qtbot.waitUntil(lambda: not status.running, timeout=60_000)
    assert not label.isVisible()
    assert "backup copy of the archive is made" in window.statusBar().currentMessage()
    assert len(backups_of(path, "daily")) == 1


def test_a_failed_copy_is_reported_in_the_status_bar(
        qtbot: QtBot, window: MainWindow, context: AppContext,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = context.archive.path
    assert path is not None
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    monkeypatch.setattr("editor.core.paths.backups_dir", lambda: blocked)
    status = BackupStatus(context, lambda: window)
    status.start()
    qtbot.waitUntil(lambda: not status.running, timeout=60_000)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("The daily backup copy could not be made: ")
    assert str(blocked) in shown  # what went wrong, where
