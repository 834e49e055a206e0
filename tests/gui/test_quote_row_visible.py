"""Choosing a quote keeps its row in view: the rows above it took their heights after it
was scrolled to, and with the quote panel open below, the chosen row was out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_chosen_quote_stays_in_view_when_its_panel_opens(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    table = window.editor.block_table
    quote = next(b.id for b in doc.item.blocks if b.quote_id)
    assert not window.editor.quote_panel.isVisible()
    table.select_block(quote)
    qtbot.waitUntil(window.editor.quote_panel.isVisible)
    QApplication.processEvents()
    row = table.visualRect(table.currentIndex())
    assert table.viewport().rect().intersects(row), (row, table.viewport().rect())
    assert row.top() < table.viewport().height() - 20  # its first lines can be read
