"""A list block's cells show each line with its bullet, as the exports print it; the
stored text and the cell editor keep what the user typed ("- Erstens" or "Erstens")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from editor.context import AppContext
from editor.core.model import Block, BlockKind, Translations
from editor.gui.block_table_model import BlockTableModel
from editor.gui.block_text_delegate import BlockCellEditor
from editor.gui.document import block_key
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

DE = BlockTableModel.column_of("de")
STORED = "- Erstens: Förderung\nZweitens\n\n* Drittens"


def test_list_lines_show_bullets_but_keep_their_text(
        window: MainWindow, context: AppContext, sample_id: str) -> None:
    item = context.archive.load_item(sample_id)
    item.blocks.append(Block(id="block-list", kind=BlockKind.LIST,
                             text=Translations(text={"de": STORED})))
    context.archive.save_item(item)
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    table = window.editor.block_table
    model = table.block_model()
    row = len(doc.item.blocks) - 1
    index = model.index(row, DE)
    option = QStyleOptionViewItem()
    table.delegate.initStyleOption(option, index)
    # painted with the line separator Qt puts for a line break in every other cell
    assert option.text == "• Erstens: Förderung\u2028• Zweitens\u2028\u2028• Drittens"
    assert index.data(Qt.ItemDataRole.EditRole) == STORED
    paragraph = model.index(next(r for r, b in enumerate(doc.item.blocks)
                                 if b.kind is BlockKind.PARAGRAPH), DE)
    doc.item.blocks[paragraph.row()].text.text["de"] = "Eins\nZwei"
    table.delegate.initStyleOption(option, paragraph)
    assert option.text == "Eins\u2028Zwei"  # only lists get bullets

    table.scrollTo(index)
    table.setCurrentIndex(index)
    table.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert isinstance(editor, BlockCellEditor)
    assert editor.toPlainText() == STORED  # the editor shows what is stored
    editor.setPlainText(STORED + "\nViertens")
    assert doc.translations(block_key("block-list")).get("de") == STORED + "\nViertens"
    table.delegate.initStyleOption(option, index)
    assert option.text.endswith("\u2028• Viertens")
