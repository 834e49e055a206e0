"""Every Qt model of the desktop app passes pytest-qt's model tester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from editor.context import AppContext
from editor.core.model import Block, BlockKind, ItemStatus, PressItem, Translations
from editor.gui.block_table_model import BlockTableModel, TranslationState
from editor.gui.document import ItemDocument
from editor.gui.item_list_model import ItemFilter, ItemListModel

pytestmark = pytest.mark.gui


def _fill(context: AppContext, count: int) -> None:
    for n in range(count):
        context.archive.save_item(PressItem(
            id=f"item-{n:04d}", issue_date=date(2020, 1, 1) + timedelta(days=n),
            status=ItemStatus.DRAFT if n % 2 else ItemStatus.PUBLISHED,
            headline=Translations.of("de", de=f"Meldung Nummer {n}")))


def _document(context: AppContext, item_id: str) -> ItemDocument:
    archive = context.archive
    return ItemDocument(archive.load_item(item_id), archive.people(), archive.organisations(),
                        archive.roles())


def test_item_list_model(qtmodeltester, context: AppContext) -> None:
    _fill(context, 30)
    model = ItemListModel(context.archive, page_size=10)
    model.refresh(keep_rows=False)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(ItemListModel.SortRole)
    proxy.sort(ItemListModel.HEADLINE_COLUMN)
    qtmodeltester.check(proxy)


def test_item_list_fetches_lazily(context: AppContext) -> None:
    _fill(context, 45)
    model = ItemListModel(context.archive, page_size=20)
    model.refresh(keep_rows=False)
    assert model.rowCount() == 20
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 46  # 45 + the sample
    assert not model.canFetchMore(QModelIndex())


def test_item_list_filters(context: AppContext) -> None:
    _fill(context, 12)
    model = ItemListModel(context.archive)
    model.set_filter(ItemFilter(text="Nummer 1"))
    assert {model.summary(r).id for r in range(model.rowCount())} == {
        "item-0001", "item-0010", "item-0011"}
    model.set_filter(ItemFilter(status=ItemStatus.DRAFT))
    assert model.rowCount() == 6
    model.set_filter(ItemFilter(date_from=date(2020, 1, 3), date_to=date(2020, 1, 4)))
    assert model.rowCount() == 2


def test_block_table_model(qtmodeltester, context: AppContext, sample_id: str) -> None:
    doc = _document(context, sample_id)
    model = BlockTableModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == len(doc.item.blocks)


def test_block_table_flags_stale_and_missing(qtmodeltester, context: AppContext) -> None:
    item = PressItem(id="x", languages=["de", "en"], blocks=[
        Block("b1", BlockKind.PARAGRAPH, Translations.of("de", de="Alt", en="Old")),
        Block("b2", BlockKind.PARAGRAPH, Translations.of("de", de="Nur deutsch"))])
    doc = ItemDocument(item, [], [], [])
    model = BlockTableModel(doc)
    qtmodeltester.check(model)
    en = BlockTableModel.column_of("en")
    assert model.state(0, "en") == TranslationState.OK
    assert model.state(1, "en") == TranslationState.MISSING
    assert model.setData(model.index(0, BlockTableModel.column_of("de")), "Neu")
    assert model.state(0, "en") == TranslationState.STALE
    assert "EN" in model.index(0, BlockTableModel.STATE_COLUMN).data()
    assert model.index(0, en).data(BlockTableModel.StateRole) == "stale"
    doc.undo_stack.undo()
    assert model.state(0, "en") == TranslationState.OK
    qtmodeltester.check(model)


def test_the_document_finds_its_people_folded_like_the_directory(
        context: AppContext) -> None:
    archive = context.archive
    doc = ItemDocument(archive.load_item(archive.list_items()[0].id), archive.people(),
                       archive.organisations(), archive.roles())  # no archive behind it
    for typed in ("jörg", "joerg", "JORG", "Dr.-Ing. Jörg"):
        assert "person-joerg-steinbach" in [p.id for p in doc.find_people(typed)], typed
    assert doc.find_people("") == []
    names = [p.family_name for p in doc.find_people("e")]
    assert names == sorted(names, key=lambda n: n.casefold())
