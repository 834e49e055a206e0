"""Items and quotes without a date say so in the lists ("undatiert"), in a muted colour,
and an undated item sorts with the newest, where the archive lists it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from editor.context import AppContext
from editor.core.model import PressItem, Quote, Speaker, Translations
from editor.gui.fields import muted_brush
from editor.gui.i18n import Translators
from editor.gui.item_list_model import ItemListModel
from editor.gui.quote_search_model import QuoteQuery, QuoteSearchModel
from editor.gui.quote_speaker_model import QuoteSpeakerModel

pytestmark = pytest.mark.gui

Foreground = Qt.ItemDataRole.ForegroundRole


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[None]:
    translators = Translators(qapp)
    translators.install("de")
    yield
    translators.install("en")


@pytest.fixture()
def undated(context: AppContext) -> AppContext:
    context.archive.save_item(PressItem(
        id="item-undated", issue_date=None,
        headline=Translations.of("de", de="Tag der offenen Tür"),
        quotes=[Quote("q-undated", speakers=[Speaker("person-joerg-steinbach")],
                      text=Translations.of("de", de="Ein Zitat ohne Datum zum Strukturwandel."))]))
    return context


def _row(model: ItemListModel, item_id: str) -> int:
    row = model.row_of(item_id)
    assert row >= 0
    return row


def test_an_undated_item_says_undated_in_a_muted_colour(undated: AppContext,
                                                       german: None) -> None:
    model = ItemListModel(undated.archive)
    model.refresh(keep_rows=False)
    cell = model.index(_row(model, "item-undated"), ItemListModel.DATE_COLUMN)
    assert cell.data() == "undatiert"
    brush = cell.data(Foreground)
    assert isinstance(brush, QBrush) and brush.color() == muted_brush().color()
    dated = model.index(_row(model, "2021-03-15-smart-country"), ItemListModel.DATE_COLUMN)
    assert dated.data() == "15.03.2021" and dated.data(Foreground) is None


def test_an_undated_item_is_listed_first_newest_first_and_last_oldest_first(
        undated: AppContext) -> None:
    undated.archive.save_item(PressItem(id="item-new", issue_date=date(2030, 1, 1),
                                        headline=Translations.of("de", de="Neu")))
    model = ItemListModel(undated.archive)
    model.refresh(keep_rows=False)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(ItemListModel.SortRole)

    def ids() -> list[str]:
        return [proxy.index(r, 0).data(ItemListModel.ItemIdRole) for r in range(proxy.rowCount())]

    proxy.sort(ItemListModel.DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert ids()[:2] == ["item-undated", "item-new"]
    assert [s.id for s in undated.archive.list_items()][:2] == ids()[:2]  # as fetched
    proxy.sort(ItemListModel.DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert ids()[-2:] == ["item-new", "item-undated"]


def test_an_undated_quote_says_undated_in_the_search_results_and_speaker_view(
        undated: AppContext) -> None:
    model = QuoteSearchModel(undated.archive)
    model.set_query(QuoteQuery(text="ohne Datum"))
    assert model.rowCount() == 1
    cell = model.index(0, QuoteSearchModel.DATE_COLUMN)
    assert cell.data() == "undated"
    assert cell.data(Foreground).color() == muted_brush().color()
    assert model.index(0, QuoteSearchModel.TEXT_COLUMN).data(Foreground) is None

    speaker = QuoteSpeakerModel()
    speaker.show_person("person-joerg-steinbach", [model.hit(0)])
    group = speaker.index(0, 0)
    assert speaker.index(0, 2).data() == "undated"  # the period of the role
    assert speaker.index(0, 0, group).data() == "undated"
    assert speaker.index(0, 0, group).data(Foreground).color() == muted_brush().color()
