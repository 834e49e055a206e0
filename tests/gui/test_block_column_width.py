"""The block table's first column is as wide as what it shows in the item (its header,
the kinds of its blocks, the speakers' names), not as the longest kind there is: in
German "Zwischenüberschrift" kept it at about 140 px in every item."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import BlockKind
from editor.gui.block_table_model import BlockTableModel
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


def test_the_block_column_fits_what_it_shows(
        qtbot: QtBot, context: AppContext, sample_id: str) -> None:
    window = make_window(qtbot, context, "de")
    window.open_item(sample_id)
    table = window.editor.block_table
    qtbot.wait(20)
    column = BlockTableModel.KIND_COLUMN
    metrics = table.fontMetrics()
    shown = [word for row in range(table.model().rowCount())
             for word in str(table.model().index(row, column).data()).split()]
    assert "Willingmann" in shown and "Einsfelder" in shown
    widest = max(metrics.horizontalAdvance(word) for word in shown)
    assert widest < table.columnWidth(column) <= widest + 20  # was 138 px for 73 px of text
    assert table.columnWidth(column) < metrics.horizontalAdvance("Zwischenüberschrift")

    window.editor.add_block(BlockKind.SUBHEADING)
    qtbot.wait(20)
    assert table.columnWidth(column) > metrics.horizontalAdvance("Zwischenüberschrift")
    window._test_translators.install("en")  # type: ignore[attr-defined]
