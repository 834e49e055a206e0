"""Importing from the window: differing shared records are shown and the user decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from editor.gui import importing
from editor.gui.main_window import MainWindow
from editor.gui.shared_records_dialog import SharedRecordsDialog
from editor.services.approval import current_user
from editor.store.shared import FieldDifference, SharedPolicy
from tests.gui.conftest import DialogLog

pytestmark = pytest.mark.gui


def interchange_file(tmp_path: Path, town: str = "Halle") -> Path:
    document = {
        "format": "pressestelle.item", "version": 1,
        "item": {"id": "imported-release", "issuer_ids": ["org-img"],
                 "headline": {"de": "Importiert"}},
        "organisations": [{"id": "org-img", "short_name": "IMG", "town": town}],
    }
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def choosing(button: str, seen: list[SharedRecordsDialog]):  # type: ignore[no-untyped-def]
    def exec_(dialog: SharedRecordsDialog) -> int:
        seen.append(dialog)
        getattr(dialog, button).click()
        return int(dialog.result())
    return exec_


@pytest.fixture
def picked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = interchange_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(path)], ""))
    return path


@pytest.mark.parametrize(("button", "town"), [("update_stored", "Halle"),
                                              ("keep_stored", "Magdeburg")])
def test_the_dialog_lists_the_difference_and_the_choice_is_applied(
        window: MainWindow, picked: Path, monkeypatch: pytest.MonkeyPatch,
        button: str, town: str) -> None:
    seen: list[SharedRecordsDialog] = []
    monkeypatch.setattr(SharedRecordsDialog, "exec", choosing(button, seen))
    window.window_actions.import_items.trigger()
    (dialog,) = seen
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(4)]
    stored = window.context.archive.organisation("org-img")
    assert row == ["Organisation: " + stored.display_name("de"),
                   "Town", "Magdeburg", "Halle"]
    assert "org-img" in dialog.table.item(0, 0).toolTip()  # the id, for who needs it
    archive = window.context.archive
    assert archive.organisation("org-img").town == town
    assert archive.organisation("org-img").boilerplate["de"]  # never wiped
    assert archive.has_item("imported-release")
    (first,) = archive.versions("imported-release")
    assert first.saved_by and first.saved_by == current_user(archive)  # who imported it
    assert window.document is not None and window.document.item.id == "imported-release"


def test_cancel_writes_nothing(window: MainWindow, picked: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[SharedRecordsDialog] = []
    monkeypatch.setattr(SharedRecordsDialog, "exec", choosing("cancel", seen))
    window.window_actions.import_items.trigger()
    assert len(seen) == 1
    assert window.context.archive.organisation("org-img").town == "Magdeburg"
    assert not window.context.archive.has_item("imported-release")


def test_identical_records_import_without_asking(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = interchange_file(tmp_path, town="Magdeburg")
    monkeypatch.setattr(QDialog, "exec", lambda d: pytest.fail("no dialog expected"))
    assert importing.import_files(window, window.context.archive, [path]) == [
        "imported-release"]


def test_a_broken_file_is_reported_and_nothing_is_written(
        window: MainWindow, tmp_path: Path, dialogs: DialogLog) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "pressestelle.item", "version": 1, "item": {"id": 5}}',
                    encoding="utf-8")
    assert importing.import_files(window, window.context.archive, [path]) == []
    assert "broken.json" in dialogs.texts() and "item.id" in dialogs.texts()
    assert "Traceback" not in dialogs.texts()


def test_the_dialog_looks_right(qtbot: QtBot, tmp_path: Path) -> None:
    differences = [
        FieldDifference("organisation", "org-img", "boilerplate.de", "Die IMG ist " * 20,
                        "Über IMG"),
        FieldDifference("person", "person-thomas-einsfelder", "town", "Magdeburg", "Halle"),
    ]
    dialog = SharedRecordsDialog(differences, ["person p-dup was merged into p-keep"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "shared.png"))
    assert dialog.table.item(0, 2).text().endswith("…")
    assert dialog.table.item(0, 2).toolTip().startswith("Die IMG ist Die IMG ist")
    assert dialog.choice is None
    dialog.keep_stored.click()
    assert dialog.choice == SharedPolicy.KEEP


def test_the_import_dialogs_open_in_documents_then_where_the_last_import_was(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    monkeypatch.chdir(tmp_path)  # the folder the program was started in: not offered
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    picked = interchange_file(elsewhere)
    opened_in: list[str] = []

    def files(_parent: object, _title: str, start: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(start)
        return ([str(picked)], "") if len(opened_in) == 1 else ([], "")

    def folder(_parent: object, _title: str, start: str) -> str:
        opened_in.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    actions = window.window_actions
    actions.import_items.trigger()
    actions.import_items.trigger()
    actions.import_documents.trigger()
    actions.import_document_folder.trigger()
    assert opened_in == [str(documents), str(elsewhere), str(elsewhere), str(elsewhere)]
    picked.unlink()
    elsewhere.rmdir()  # a folder gone since falls back to the documents folder
    actions.import_items.trigger()
    assert opened_in[-1] == str(documents)


def test_the_status_bar_says_what_reading_removed_from_the_files(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.hostile.photo_files import gps_jpeg

    (tmp_path / "phone.jpg").write_bytes(gps_jpeg())
    document = {
        "format": "pressestelle.item", "version": 1,
        "item": {"id": "imported-release", "headline": {"de": "Import\u202eiert"},
                 "photos": [{"id": "p1", "path": "phone.jpg"}]},
    }
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.window_actions.import_items.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("1 item(s) imported.") or message.startswith("1 item imported.")
    assert "Invisible direction or format characters were removed from 1 texts (the first: " \
           "U+202E in item.headline.de)." in message
    assert "Location data (GPS) and other camera details were removed from 1 photos." \
        in message
    assert window.context.archive.load_item("imported-release").headline.get("de") \
        == "Importiert"
