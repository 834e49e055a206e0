"""Writing a release end to end: titles, paragraphs in two languages, quotes, undo, save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import BlockKind
from editor.gui.block_table_model import BlockTableModel, TranslationState
from editor.gui.fields import TextField
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _type_in_cell(qtbot: QtBot, window: MainWindow, row: int, lang: str, text: str) -> None:
    """Open the cell editor like a user (F2), type ASCII text, finish with Enter."""
    table = window.editor.block_table
    index = window.editor.block_model.index(row, BlockTableModel.column_of(lang))
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TextField)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_write_a_new_bilingual_release(qtbot: QtBot, window: MainWindow,
                                       context: AppContext) -> None:
    window.window_actions.new_item.trigger()
    doc = window.document
    assert doc is not None and doc.is_new
    headline = window.editor.headline_form.fields[("headline", "de")]
    assert headline.hasFocus()
    qtbot.keyClicks(headline, "Neues Netzwerk")
    qtbot.keyClicks(window.editor.headline_form.fields[("headline", "en")], "New network")
    assert doc.item.headline.text == {"de": "Neues Netzwerk", "en": "New network"}

    _type_in_cell(qtbot, window, 0, "de", "Ein Absatz auf Deutsch.")
    _type_in_cell(qtbot, window, 0, "en", "A paragraph in English.")
    block = doc.item.blocks[0]
    assert block.text.get("de") == "Ein Absatz auf Deutsch."
    assert block.text.get("en") == "A paragraph in English."
    assert window.editor.block_model.state(0, "en") == TranslationState.OK

    # A quote with a speaker chosen by name; the role on the item date is shown.
    window.window_actions.add_quote.trigger()
    assert [b.kind for b in doc.item.blocks] == [BlockKind.PARAGRAPH, BlockKind.QUOTE]
    editor = QApplication.focusWidget()
    assert isinstance(editor, TextField)
    qtbot.keyClicks(editor, "Wir sind stark.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    panel = window.editor.quote_panel
    assert panel.isVisible()
    qtbot.keyClicks(panel.speaker_name, "steinb")
    completer = panel.speaker_name.completer()
    assert completer.currentCompletion() == "Steinbach, Prof. Dr.-Ing. Jörg"
    completer.popup().hide()
    qtbot.keyClick(panel.speaker_name, Qt.Key.Key_Return)
    quote = doc.item.quote(doc.item.blocks[1].quote_id or "")
    assert quote.text.get("de") == "Wir sind stark."
    assert [s.person_id for s in quote.speakers] == ["person-joerg-steinbach"]
    assert quote.speakers[0].role_id is not None
    assert "Minister" in panel.speakers.item(0).text()
    assert "Steinbach" in str(window.editor.block_model.index(1, 0).data())

    # Undo takes the speaker away again, redo brings it back.
    window.window_actions.undo.trigger()
    assert doc.item.quote(quote.id).speakers == []
    assert panel.speakers.count() == 0
    window.window_actions.redo.trigger()
    assert len(doc.item.quote(quote.id).speakers) == 1

    window.window_actions.save.trigger()
    assert not doc.is_modified
    stored = context.archive.load_item(doc.item.id)
    assert stored.headline.get("en") == "New network"
    assert stored.blocks[0].text.get("en") == "A paragraph in English."
    assert stored.quote(quote.id).speakers[0].person_id == "person-joerg-steinbach"
    assert window.list_panel.proxy.rowCount() == 2
    assert "Unsaved" not in window.modified_label.text()


def test_stale_translation_is_flagged_and_confirmed(qtbot: QtBot, window: MainWindow) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    model = window.editor.block_model
    assert model.state(0, "en") == TranslationState.OK
    _type_in_cell(qtbot, window, 0, "de", "Ganz neuer deutscher Text.")
    assert model.state(0, "en") == TranslationState.STALE
    assert model.index(0, BlockTableModel.STATE_COLUMN).data() == "EN stale"
    assert model.index(0, BlockTableModel.column_of("en")).data(
        Qt.ItemDataRole.BackgroundRole) is not None
    window.editor.block_table.setFocus()
    window.window_actions.mark_translated.trigger()
    assert model.state(0, "en") == TranslationState.OK
    window.window_actions.undo.trigger()
    assert model.state(0, "en") == TranslationState.STALE
    window.window_actions.undo.trigger()
    assert model.state(0, "en") == TranslationState.OK
    assert not doc.is_modified


def test_blocks_move_change_kind_and_remove(window: MainWindow) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    ids = [b.id for b in doc.item.blocks]
    editor = window.editor
    editor.block_table.select_block(ids[0])
    window.window_actions.move_block_down.trigger()
    assert [b.id for b in doc.item.blocks][:2] == [ids[1], ids[0]]
    assert editor.current_block_id() == ids[0]
    window.window_actions.move_block_up.trigger()
    assert [b.id for b in doc.item.blocks] == ids
    window.window_actions.block_kinds[BlockKind.SUBHEADING].trigger()
    assert doc.item.blocks[0].kind == BlockKind.SUBHEADING
    quotes = len(doc.item.quotes)
    editor.block_table.select_block(ids[1])
    window.window_actions.block_kinds[BlockKind.PARAGRAPH].trigger()
    assert doc.item.blocks[1].kind == BlockKind.PARAGRAPH
    assert doc.item.blocks[1].text.get("de")
    assert len(doc.item.quotes) == quotes - 1
    window.window_actions.remove_block.trigger()
    assert len(doc.item.blocks) == len(ids) - 1
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert [b.id for b in doc.item.blocks] == ids
    assert doc.item.blocks[1].kind == BlockKind.QUOTE
    assert len(doc.item.quotes) == quotes


def test_metadata_edits_are_undoable(window: MainWindow) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    form = window.editor.metadata_form
    form.places.setText("Potsdam/Berlin")
    form.places.textEdited.emit("Potsdam/Berlin")
    assert doc.item.places == ["Potsdam", "Berlin"]
    form.embargo.setChecked(True)
    assert doc.item.embargo is not None
    assert doc.item.embargo.timezone == "Europe/Berlin"
    form.internal_note.setPlainText("Nur intern")
    assert doc.item.internal_note == "Nur intern"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.item.embargo is None
    doc.undo_stack.undo()
    assert doc.item.places == ["Potsdam", "Magdeburg"]
    assert form.places.text() == "Potsdam/Magdeburg"
