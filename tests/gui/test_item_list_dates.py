"""The item list's date column is sized from a few rows, not from every row loaded: its
dates are all as wide, and Qt measures again on every change of the list."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import ItemStatus, PressItem, Translations
from editor.gui.item_list_model import ItemListModel
from editor.gui.item_list_panel import DATE_WIDTH_ROWS, ItemListPanel


def test_the_date_column_fits_every_date_measuring_only_a_few_rows(
        qtbot: QtBot, context: AppContext, monkeypatch: Any) -> None:
    for n in range(3 * DATE_WIDTH_ROWS):
        context.archive.save_item(PressItem(
            id=f"item-{n:04d}", issue_date=date(2019, 1, 1) + timedelta(days=37 * n),
            status=ItemStatus.DRAFT, headline=Translations.of("de", de=f"Meldung {n}")))
    read: list[int] = []
    data = ItemListModel.data

    def counted(self: ItemListModel, index: QModelIndex, role: int = 0) -> Any:
        if index.column() == ItemListModel.DATE_COLUMN and role in (0, Qt.ItemDataRole.DisplayRole):
            read.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(ItemListModel, "data", counted)
    panel = ItemListPanel(context.archive, context.archive.organisations())
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    assert model.rowCount() > 2 * DATE_WIDTH_ROWS
    read.clear()  # what showing the list read
    measured = panel.view.sizeHintForColumn(ItemListModel.DATE_COLUMN)
    assert 0 < len(set(read)) < model.rowCount() // 2  # a few rows, not all of them
    header = panel.view.horizontalHeader()
    header.setResizeContentsPrecision(-1)  # every row, as the default of 1,000 did here
    assert panel.view.sizeHintForColumn(ItemListModel.DATE_COLUMN) == measured
    assert header.sectionSize(ItemListModel.DATE_COLUMN) >= measured
