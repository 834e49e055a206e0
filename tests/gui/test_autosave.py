"""Autosave into the archive as a draft, recovery on opening, and discarding it."""

from __future__ import annotations

import copy
import os

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Translations
from editor.gui.autosave import AUTOSAVE_DELAY_MS, this_program
from editor.gui.block_table_model import BlockTableModel
from editor.gui.main_window import MainWindow
from tests.gui.conftest import DialogLog, make_window

pytestmark = pytest.mark.gui


def _type_paragraph(window: MainWindow, text: str) -> None:
    model = window.editor.block_model
    model.setData(model.index(0, BlockTableModel.column_of("de")), text)


def test_an_edit_is_drafted_within_two_seconds(qtbot: QtBot, window: MainWindow,
                                               context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    saved_text = context.archive.load_item(doc.item.id).blocks[0].text.get("de")
    _type_paragraph(window, "Autosaved text")
    assert AUTOSAVE_DELAY_MS <= 1000
    qtbot.waitUntil(lambda: context.archive.load_draft(doc.item.id) is not None, timeout=2000)
    draft = context.archive.load_draft(doc.item.id)
    assert draft is not None
    assert draft[0].blocks[0].text.get("de") == "Autosaved text"
    assert draft[1] == doc.item.version
    assert context.archive.load_item(doc.item.id).blocks[0].text.get("de") == saved_text

    window.window_actions.save.trigger()  # Ctrl+S: saved, and the draft is gone
    assert context.archive.load_draft(doc.item.id) is None
    assert context.archive.load_item(doc.item.id).blocks[0].text.get("de") == "Autosaved text"


def test_typing_without_a_pause_is_drafted_too(qtbot: QtBot, window: MainWindow,
                                              context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    for n in range(12):
        _type_paragraph(window, f"Keystroke {n}")
        qtbot.wait(150)  # never a pause long enough for a pure debounce
    draft = context.archive.load_draft(doc.item.id)
    assert draft is not None and draft[0].blocks[0].text.get("de").startswith("Keystroke")


def test_a_new_item_is_drafted_before_its_first_save(qtbot: QtBot, window: MainWindow,
                                                    context: AppContext) -> None:
    item = window.new_item()
    qtbot.keyClicks(window.editor.headline_form.fields[("headline", "de")], "Neu")
    window.autosave.flush()
    assert not context.archive.has_item(item.id)
    assert context.archive.drafts() == [item.id]


def test_undoing_every_change_discards_the_draft(qtbot: QtBot, window: MainWindow,
                                                 context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    _type_paragraph(window, "Briefly changed")
    window.autosave.flush()
    assert context.archive.drafts() == [doc.item.id]
    window.window_actions.undo.trigger()
    window.autosave.flush()
    assert context.archive.drafts() == []


def _leave_draft(context: AppContext, sample_id: str, owner: str = "") -> None:
    item = context.archive.load_item(sample_id)
    changed = copy.deepcopy(item)
    changed.headline = Translations(text={"de": "Wiederhergestellt", "en": "Recovered"})
    context.archive.save_draft(changed, item.version, owner)


def test_a_draft_left_by_a_crash_is_recovered_and_can_be_discarded(
        qtbot: QtBot, context: AppContext, sample_id: str) -> None:
    _leave_draft(context, sample_id, owner="elsewhere:1")
    window = make_window(qtbot, context)
    assert window.open_recovered_draft()
    doc = window.document
    assert doc is not None and doc.item.id == sample_id
    assert doc.item.headline.get("de") == "Wiederhergestellt"
    assert doc.is_modified
    assert "were recovered" in window.info_bar.text()
    assert "were recovered" in window.statusBar().currentMessage()
    assert window.window_actions.discard_recovered.isEnabled()

    window.window_actions.discard_recovered.trigger()
    assert context.archive.load_draft(sample_id) is None
    assert window.document is not None and not window.document.is_modified
    assert window.document.item.headline.get("de") != "Wiederhergestellt"
    assert window.info_bar.text() == ""


def test_saving_a_recovered_draft_stores_it(qtbot: QtBot, context: AppContext,
                                            sample_id: str) -> None:
    _leave_draft(context, sample_id)
    window = make_window(qtbot, context)
    assert window.open_item(sample_id)
    assert window.save()
    assert context.archive.load_item(sample_id).headline.get("de") == "Wiederhergestellt"
    assert context.archive.drafts() == []


def test_a_draft_of_another_running_program_is_not_taken(qtbot: QtBot, context: AppContext,
                                                         sample_id: str) -> None:
    host = this_program().rpartition(":")[0]
    _leave_draft(context, sample_id, owner=f"{host}:{os.getppid()}")  # alive
    window = make_window(qtbot, context)
    assert not window.open_recovered_draft()
    assert window.open_item(sample_id)
    assert window.document is not None
    assert window.document.item.headline.get("de") != "Wiederhergestellt"
    assert "open in another window" in window.info_bar.text()


def test_discarding_changes_discards_the_draft(qtbot: QtBot, window: MainWindow,
                                               context: AppContext, dialogs: DialogLog) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    _type_paragraph(window, "Not wanted")
    window.autosave.flush()
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    window.window_actions.new_item.trigger()
    assert context.archive.load_draft(doc.item.id) is None
