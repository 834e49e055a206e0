"""An open cell editor wraps its text to its cell: moving a splitter never gives it a
horizontal scroll bar, and a word longer than the column is broken in the editor and in
the cell's height alike, so that no line is hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.gui.block_table_model import BlockTableModel
from editor.gui.block_text_delegate import BlockCellEditor
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

DE = BlockTableModel.column_of("de")
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt"


def _open_editor(window: MainWindow, row: int = 0) -> BlockCellEditor:
    table = window.editor.block_table
    editor = table.edit_cell(table.block_model().index(row, DE), 0)
    assert editor is not None
    return editor


def _drag(qtbot: QtBot, window: MainWindow, handle_number: int, dx: int,
          editor: BlockCellEditor) -> list[int]:
    """Drag a handle of the main splitter by ``dx`` in steps; the steps at which the
    editor showed a horizontal scroll bar."""
    handle = window.splitter.handle(handle_number)
    centre = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    barred = []
    for step in range(1, 13):
        QTest.mouseMove(handle, centre + QPoint(dx * step // 12, 0))
        qtbot.wait(1)
        if editor.horizontalScrollBar().isVisible():
            barred.append(step)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       centre + QPoint(dx, 0))
    return barred


@pytest.mark.parametrize(("handle_number", "dx"), [(1, 280), (2, -420)])
def test_moving_a_splitter_never_gives_the_cell_editor_a_scroll_bar(
        qtbot: QtBot, window: MainWindow, sample_id: str, handle_number: int,
        dx: int) -> None:
    window.open_item(sample_id)
    window.resize(1920, 1000)
    qtbot.wait(50)
    for row in range(3):
        editor = _open_editor(window, row)
        qtbot.wait(20)
        assert _drag(qtbot, window, handle_number, dx, editor) == [], row
        assert _drag(qtbot, window, handle_number, -dx, editor) == [], row
        qtbot.wait(20)
        table = window.editor.block_table
        assert abs(editor.width() - table.columnWidth(DE)) <= 2  # it follows its column
        assert editor.horizontalScrollBar().value() == 0


def test_a_word_longer_than_the_column_breaks_and_every_line_shows(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1024, 760)
    table = window.editor.block_table
    model = table.block_model()
    model.setData(model.index(0, DE), " ".join([LONG_WORD] * 3))
    model.setData(model.index(0, BlockTableModel.column_of("en")), "short")  # the row's height
    qtbot.wait(50)
    assert table.fontMetrics().horizontalAdvance(LONG_WORD) > 1.5 * table.columnWidth(DE)
    editor = _open_editor(window)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.wait(50)
    assert editor.horizontalScrollBar().value() == 0
    assert editor.verticalScrollBar().value() == 0  # nothing scrolled out at the top
    assert editor.cursorRect().bottom() <= editor.viewport().height()  # the last line shows
