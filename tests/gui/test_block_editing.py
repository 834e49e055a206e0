"""The block table behaves like a page: one click writes, text stays, rows fit their text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.gui.block_table_model import BlockTableModel
from editor.gui.block_text_delegate import BlockCellEditor
from editor.gui.document import block_key
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

DE = BlockTableModel.column_of("de")
EN = BlockTableModel.column_of("en")


def _paragraph_rows(window: MainWindow) -> list[int]:
    doc = window.document
    assert doc is not None
    return [r for r, b in enumerate(doc.item.blocks) if b.kind.value == "paragraph"]


def _click(window: MainWindow, row: int, column: int, point: QPoint | None = None) -> None:
    table = window.editor.block_table
    index = table.block_model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point or rect.center())


def test_one_click_opens_the_cell_with_the_cursor_where_clicked(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    row = _paragraph_rows(window)[0]
    table = window.editor.block_table
    rect = table.visualRect(table.block_model().index(row, DE))
    _click(window, row, DE, rect.topLeft() + QPoint(6, 6))
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    assert editor.cell().row() == row and editor.cell().column() == DE
    assert editor.text_language() == "de"
    assert editor.textCursor().position() == 0  # clicked at the start of the text
    QTest.keyClicks(editor, "Neu: ")
    doc = window.document
    assert doc is not None
    assert doc.translations(block_key(doc.item.blocks[row].id)).get("de").startswith("Neu: ")


def test_typed_text_survives_moving_the_block_while_writing(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    row = _paragraph_rows(window)[0]
    block_id = doc.item.blocks[row].id
    _click(window, row, EN)
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, " one")
    window.window_actions.move_block_down.trigger()  # rebuilds the rows
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor), "the editor stays open on the moved block"
    assert editor.cell().row() == row + 1
    QTest.keyClicks(editor, " two")
    text = doc.translations(block_key(block_id)).get("en")
    assert text.endswith(" one two")
    assert editor.toPlainText() == text
    # undo while the editor is open shows the undone text in the editor
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.translations(block_key(block_id)).get("en") == editor.toPlainText()
    assert not editor.toPlainText().endswith(" two")


def test_text_typed_before_focus_leaves_is_kept(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    row = _paragraph_rows(window)[0]
    _click(window, row, DE)
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, " Ende")
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # Escape closes; it does not take text away
    window.editor.headline_form.fields[("headline", "de")].setFocus()
    assert doc.translations(block_key(doc.item.blocks[row].id)).get("de").endswith(" Ende")


def test_rows_grow_with_their_text_and_follow_the_column_width(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    table = window.editor.block_table
    row = _paragraph_rows(window)[0]
    table.block_model().setData(table.block_model().index(row, EN), "short")
    _click(window, row, DE)
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    editor.selectAll()
    QTest.keyClicks(editor, "kurz")
    qtbot.wait(20)
    short = table.rowHeight(row)
    QTest.keyClicks(editor, " lang" * 120)
    qtbot.waitUntil(lambda: table.rowHeight(row) > short * 3)
    grown = table.rowHeight(row)
    assert editor.height() >= grown - 4, "the editor grows with the row"
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: table.rowHeight(row) < grown)
    wide = table.rowHeight(row)
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: table.rowHeight(row) > wide)


def test_narrow_window_keeps_the_language_columns_readable(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1024, 700)
    qtbot.wait(50)
    table = window.editor.block_table
    assert table.columnWidth(DE) >= 200 and table.columnWidth(EN) >= 200


def test_preview_makes_way_in_a_narrow_window_and_comes_back(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    assert not window.window_actions.show_preview.isChecked()
    assert window.splitter.sizes()[0] <= 0.3 * window.width()
    window.resize(1600, 900)
    qtbot.waitUntil(window.preview.isVisible)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.window_actions.show_preview.setChecked(True)  # the user wants it: it stays
    window.resize(1000, 700)
    qtbot.wait(20)
    assert window.preview.isVisible()


def test_every_cell_editor_passes_the_text_field_hook_with_its_language(
        qtbot: QtBot, window: MainWindow, sample_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.gui import fields

    seen: list[fields.TextField] = []
    monkeypatch.setattr(fields, "_TEXT_FIELD_HOOKS", [])
    fields.on_text_field_created(seen.append)
    window.open_item(sample_id)
    row = _paragraph_rows(window)[0]
    _click(window, row, EN)
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    assert seen == [editor]
    assert editor.text_language() == "en"


def test_a_very_wide_window_gives_the_preview_a_page_width(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(2560, 1440)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= 0.28 * window.width())
    table = window.editor.block_table
    assert table.columnWidth(DE) >= 400 and table.columnWidth(EN) >= 400
