"""Ticking an issuer in the Details tab leaves every row where it is (the list used to put
ticked ones first at once, so the row jumped away under the mouse); the ticked ones come
first when the item is opened again. A newly ticked issuer is named after the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.context import AppContext
from editor.gui.item_editor import DETAILS_TAB
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def rows(window: MainWindow) -> list[tuple[str, bool]]:
    issuers = window.editor.metadata_form.issuers
    return [(issuers.item(i).data(Qt.ItemDataRole.UserRole),
             issuers.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(issuers.count())]


def test_ticking_keeps_the_rows_in_place_until_the_item_is_opened_again(
        window: MainWindow, context: AppContext, sample_id: str) -> None:
    other = context.archive.load_item(sample_id)
    other.id, other.version = "another-item", 0
    context.archive.save_item(other)
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    window.editor.tabs.setCurrentIndex(DETAILS_TAB)
    QApplication.processEvents()
    before = rows(window)
    chosen = list(doc.item.issuer_ids)
    assert [ticked for _id, ticked in before] == [True] * len(chosen) + [False] * (
        len(before) - len(chosen))  # opened: ticked first
    issuers = window.editor.metadata_form.issuers
    last = len(before) - 1
    under_mouse = issuers.visualItemRect(issuers.item(last))
    issuers.item(last).setCheckState(Qt.CheckState.Checked)  # as a click on its box
    QApplication.processEvents()
    after = rows(window)
    assert [org_id for org_id, _ in after] == [org_id for org_id, _ in before]
    assert after[last] == (before[last][0], True)
    assert issuers.visualItemRect(issuers.item(last)) == under_mouse
    assert doc.item.issuer_ids == [*chosen, before[last][0]]  # named after the others
    issuers.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert [org_id for org_id, _ in rows(window)] == [org_id for org_id, _ in before]
    assert doc.item.issuer_ids == [*(i for i in chosen if i != before[0][0]), before[last][0]]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert rows(window) == before and doc.item.issuer_ids == chosen
    issuers.item(last).setCheckState(Qt.CheckState.Checked)
    assert window.save()
    window.open_item("another-item")
    window.open_item(sample_id)
    window.editor.tabs.setCurrentIndex(DETAILS_TAB)
    reopened = rows(window)
    assert [ticked for _id, ticked in reopened] == [True] * (len(chosen) + 1) + [False] * (
        len(before) - len(chosen) - 1)
    assert {org_id for org_id, _ in reopened[:len(chosen) + 1]} == {*chosen, before[last][0]}
