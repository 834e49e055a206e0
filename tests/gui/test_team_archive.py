"""The window's way to a team archive: the settings dialog's address (never a password)
and File ▸ Copy archive to…, which copies into an empty target and can switch to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from editor.gui import archive_move
from editor.gui.app import open_archive
from editor.gui.main_window import MainWindow
from editor.gui.settings import Settings
from editor.gui.settings_dialog import SettingsDialog
from editor.store import Archive
from editor.store.location import DB_VARIABLE
from tests.gui.conftest import DialogLog


def test_the_settings_dialog_refuses_an_address_with_a_password(qtbot: object) -> None:
    dialog = SettingsDialog("en", archive_location="")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.archive.setText("postgresql://anna:geheim@db.example.org/presse")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "never saved" in dialog.archive_problem.text()
    dialog.archive.setText("postgresql://anna@db.example.org/presse")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.archive_location() == "postgresql+psycopg://anna@db.example.org/presse"


def test_the_saved_address_is_opened_at_start(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_VARIABLE, raising=False)
    chosen = tmp_path / "team.sqlite"
    Settings().archive_location = str(chosen)
    context = open_archive(None)
    try:
        assert context.archive.path == chosen
    finally:
        context.close()
    monkeypatch.setenv(DB_VARIABLE, str(tmp_path / "from-env.sqlite"))
    context = open_archive(None)  # the environment comes first
    try:
        assert context.archive.path == tmp_path / "from-env.sqlite"
    finally:
        context.close()


def test_copy_archive_copies_and_switches_at_next_start(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs: DialogLog) -> None:
    target = tmp_path / "copy.sqlite"

    def answer(dialog: archive_move.CopyArchiveDialog) -> int:
        dialog.target.setText(str(target))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(archive_move.CopyArchiveDialog, "exec", answer)
    window.window_actions.copy_archive.trigger()
    with Archive.open(target) as copy:
        assert [s.id for s in copy.list_items()] == \
            [s.id for s in window.context.archive.list_items()]
    assert "copied and checked" in dialogs.texts()
    assert window.settings.archive_location == str(target)


def test_copy_into_a_non_empty_archive_is_refused(window: MainWindow, tmp_path: Path,
                                                  dialogs: DialogLog) -> None:
    target = tmp_path / "full.sqlite"
    with Archive.open(target) as other:
        other.set_setting("colour", "blau")
    assert archive_move.copy_archive(window, window.context.archive, str(target)) is None
    assert "is not empty" in dialogs.texts()
    with Archive.open(target) as other:
        assert other.is_empty() and other.get_setting("colour") == "blau"
