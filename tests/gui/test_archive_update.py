"""Opening an older archive in the desktop app shows that it is being updated."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from editor.core.errors import StoreError
from editor.gui import app as gui_app
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive
from editor.store.migrate import migrate
from tests.gui.conftest import DialogLog


class RecordingProgress(QProgressDialog):
    shown: ClassVar[list[str]] = []

    def show(self) -> None:
        RecordingProgress.shown.append(self.labelText())
        super().show()


@pytest.fixture
def progress(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    RecordingProgress.shown = []
    monkeypatch.setattr(gui_app, "QProgressDialog", RecordingProgress)
    return RecordingProgress.shown


def test_an_older_archive_is_updated_behind_a_progress_dialog(
        tmp_path: Path, qapp: QApplication, progress: list[str]) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    migrate(f"sqlite:///{path}", "0005")
    context = gui_app.open_archive(str(path))
    try:
        assert len(progress) == 1 and "Updating the archive" in progress[0]
        assert context.archive.backup_path is not None
        assert context.archive.count_quotes("förder") == 2
        assert not any(isinstance(w, QProgressDialog) and w.isVisible()
                       for w in qapp.topLevelWidgets())
    finally:
        context.close()
    again = gui_app.open_archive(str(path))  # up to date: no dialog
    again.close()
    assert len(progress) == 1


def test_an_update_that_fails_is_reported_to_the_caller(
        tmp_path: Path, qapp: QApplication, progress: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path):
        pass
    migrate(f"sqlite:///{path}", "0005")

    def fail(db: str | None) -> None:
        raise StoreError(f"Cannot update {db}: disk full")

    monkeypatch.setattr(gui_app.AppContext, "open", fail)
    with pytest.raises(StoreError, match="disk full"):
        gui_app.open_archive(str(path))
    assert len(progress) == 1


def test_photos_the_update_could_not_copy_are_named_in_a_message(
        tmp_path: Path, qapp: QApplication, progress: list[str], dialogs: DialogLog) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    migrate(f"sqlite:///{path}", "0006")  # photos are paths again, and this one is gone
    context = gui_app.open_archive(str(path))
    try:
        (item,) = [summary.id for summary in context.archive.list_items()]
        photo = context.archive.load_item(item).photos[0]
        assert photo.blob == ""
    finally:
        context.close()
    (message,) = [m for m in dialogs.messages if "could not be copied" in m]
    assert f"photo {photo.id} of item {item}" in message
