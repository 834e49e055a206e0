"""Two writers on one archive: refresh shows the other's saves, conflicts are decided by
the user, a locked archive is retried."""

from __future__ import annotations

import copy
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Translations
from editor.gui.conflict_dialog import ConflictChoice, ConflictDialog, diff_rows, item_lines
from editor.gui.main_window import MainWindow
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _other_writer_saves(context: AppContext, item_id: str, headline: str) -> int:
    """Another program (its own connection to the same file) saves a new headline."""
    assert context.archive.path is not None
    with Archive.open(context.archive.path) as other:
        item = other.load_item(item_id)
        item.headline = Translations.of("de", de=headline, en=item.headline.get("en"))
        return other.save_item(item).version


def test_refresh_shows_what_another_program_saved(qtbot: QtBot, window: MainWindow,
                                                  context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    version = _other_writer_saves(context, doc.item.id, "Von nebenan gespeichert")
    window.window_actions.refresh_list.trigger()  # F5
    assert window.document is not None
    assert window.document.item.version == version
    assert window.editor.headline_form.fields[("headline", "de")].text() == (
        "Von nebenan gespeichert")
    summary = window.list_panel.model.summary(0)
    assert summary.headline_in("de") == "Von nebenan gespeichert"


def test_refresh_keeps_local_changes_and_says_so(qtbot: QtBot, window: MainWindow,
                                                 context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    window.editor.metadata_form.internal_note.setPlainText("Meine Notiz")
    _other_writer_saves(context, doc.item.id, "Von nebenan gespeichert")
    window.refresh()
    assert window.document is doc and doc.item.internal_note == "Meine Notiz"
    assert "Someone else saved" in window.info_bar.text()


def test_the_command_line_as_second_writer(qtbot: QtBot, window: MainWindow,
                                           context: AppContext, tmp_path: Path) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None and context.archive.path is not None
    dump = tmp_path / "item.json"
    run = [sys.executable, str(ROOT / "main.py"), "--db", str(context.archive.path)]
    subprocess.run([*run, "dump", doc.item.id, "--out", str(dump)], check=True, cwd=ROOT)
    dump.write_text(dump.read_text("utf-8").replace("Wirtschaftsförderer aus", "Per CLI:"),
                    "utf-8")
    subprocess.run([*run, "import", "--replace", str(dump)], check=True, cwd=ROOT,
                   capture_output=True)
    window.refresh()
    assert window.editor.headline_form.fields[("headline", "de")].text().startswith("Per CLI:")


def _conflict(window: MainWindow, context: AppContext) -> str:
    """Open the sample, change it here, and let another program save it meanwhile."""
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    window.editor.headline_form.fields[("headline", "de")].setText("")
    window.editor.headline_form.fields[("headline", "de")].textEdited.emit("Meine Fassung")
    _other_writer_saves(context, doc.item.id, "Ihre Fassung")
    return doc.item.id


def _answer(monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
            shown: list[ConflictDialog]) -> None:
    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog._choose(choice)
        return int(dialog.result())
    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_conflict_shows_both_versions_and_keeps_mine(
        qtbot: QtBot, window: MainWindow, context: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = _conflict(window, context)
    shown: list[ConflictDialog] = []
    _answer(monkeypatch, ConflictChoice.KEEP_MINE, shown)
    assert window.save()
    assert len(shown) == 1
    changed = [(theirs, mine) for theirs, mine, differs in shown[0].rows if differs]
    assert ("Headline (DE): Ihre Fassung", "Headline (DE): Meine Fassung") in changed
    html = shown[0].comparison.toHtml()
    assert "Ihre Fassung" in html and "Meine Fassung" in html
    stored = context.archive.load_item(item_id)
    assert stored.headline.get("de") == "Meine Fassung"
    assert stored.version == 3
    assert context.archive.drafts() == []


def test_conflict_take_theirs(qtbot: QtBot, window: MainWindow, context: AppContext,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = _conflict(window, context)
    _answer(monkeypatch, ConflictChoice.TAKE_THEIRS, [])
    assert not window.save()
    assert window.document is not None and not window.document.is_modified
    assert window.document.item.headline.get("de") == "Ihre Fassung"
    assert context.archive.load_item(item_id).headline.get("de") == "Ihre Fassung"
    assert context.archive.drafts() == []


def test_conflict_cancel_changes_nothing(qtbot: QtBot, window: MainWindow,
                                         context: AppContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = _conflict(window, context)
    _answer(monkeypatch, ConflictChoice.CANCEL, [])
    assert not window.save()
    assert window.document is not None and window.document.is_modified
    assert window.document.item.headline.get("de") == "Meine Fassung"
    assert context.archive.load_item(item_id).headline.get("de") == "Ihre Fassung"


def test_the_comparison_lines_up_both_versions() -> None:
    item = load_sample_bundles()[0].items[0]
    mine = copy.deepcopy(item)
    mine.blocks[0].text.text["de"] = "Geändert"
    rows = diff_rows(item_lines(item), item_lines(mine))
    changed = [r for r in rows if r[2]]
    assert len(changed) == 1 and changed[0][1].endswith("Geändert")
    assert all(a == b for a, b, differs in rows if not differs)


@pytest.fixture()
def impatient_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """An archive that waits only briefly for a lock, so the test need not wait 5 s."""
    monkeypatch.setattr("editor.store.engine.BUSY_TIMEOUT_SECONDS", 0.3)
    archive = Archive.open(tmp_path / "busy.sqlite")
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    context = AppContext(archive=archive, data_dir=tmp_path / "userdata")
    yield context  # type: ignore[misc]
    context.close()


@pytest.mark.parametrize("retry", [True, False])
def test_a_locked_archive_asks_to_retry(qtbot: QtBot, impatient_context: AppContext,
                                        monkeypatch: pytest.MonkeyPatch, retry: bool) -> None:
    context = impatient_context
    window = make_window(qtbot, context)
    window.open_newest_item()
    doc = window.document
    assert doc is not None and context.archive.path is not None
    window.editor.metadata_form.internal_note.setPlainText("Trotz Sperre")
    window.autosave.cancel()
    holder = sqlite3.connect(context.archive.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    asked: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        holder.rollback()  # the other program finishes meanwhile
        return int(QMessageBox.StandardButton.Retry if retry
                   else QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    try:
        assert window.save() is retry
    finally:
        holder.close()
    assert asked and "busy" in asked[0]
    stored = context.archive.load_item(doc.item.id)
    assert (stored.internal_note == "Trotz Sperre") is retry
    assert doc.is_modified is not retry
