"""A new press item is listed (and selected) from the moment it is started."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.item_list_model import ItemListModel
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_new_item_is_listed_selected_and_follows_its_headline(
        qtbot: QtBot, window: MainWindow, sample_id: str, context: AppContext) -> None:
    window.open_item(sample_id)
    panel = window.list_panel
    before = panel.model.rowCount()
    window.window_actions.new_item.trigger()
    doc = window.document
    assert doc is not None and doc.is_new
    assert panel.model.rowCount() == before + 1
    assert panel.selected_item_ids() == [doc.item.id]
    row = panel.model.row_of(doc.item.id)
    headline_cell = panel.model.index(row, ItemListModel.HEADLINE_COLUMN)
    assert "not saved" in headline_cell.data()
    qtbot.keyClicks(window.editor.headline_form.fields[("headline", "de")], "Neu")
    assert panel.model.index(row, ItemListModel.HEADLINE_COLUMN).data() == "Neu"
    window.save()
    assert panel.model.rowCount() == before + 1  # now the archive's row, not a second one
    assert panel.selected_item_ids() == [doc.item.id]
    assert not panel.model.is_unsaved(panel.model.row_of(doc.item.id))


def test_discarded_new_item_leaves_the_list(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    before = window.list_panel.model.rowCount()
    window.window_actions.new_item.trigger()
    assert window.list_panel.model.rowCount() == before + 1
    window.open_item(sample_id)  # the dialog fixture answers "Discard"
    assert window.list_panel.model.rowCount() == before
    assert window.list_panel.selected_item_ids() == [sample_id]
