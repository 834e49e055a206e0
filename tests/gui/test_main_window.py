"""The main window: finding items, opening them, remembering its layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.main_window import MainWindow
from editor.gui.settings import Settings
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


def test_first_start_opens_the_newest_item(window: MainWindow, sample_id: str) -> None:
    window.open_newest_item()
    assert window.document is not None
    assert window.document.item.id == sample_id
    assert "Smart Country" in window.windowTitle()
    assert window.editor.block_model.rowCount() == len(window.document.item.blocks)


def test_search_and_filter_the_list(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.list_panel
    assert panel.proxy.rowCount() == 1
    window.window_actions.find.trigger()
    assert panel.filter_bar.search.hasFocus()
    qtbot.keyClicks(panel.filter_bar.search, "nothing like this")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    panel.filter_bar.search.clear()
    qtbot.keyClicks(panel.filter_bar.search, "smart country")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.filter_bar.status.setCurrentIndex(panel.filter_bar.status.findData("draft"))
    assert panel.proxy.rowCount() == 0
    panel.filter_bar.status.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 1
    assert "1" in panel.count_label.text()


def test_enter_in_the_list_opens_the_item(qtbot: QtBot, window: MainWindow,
                                          sample_id: str) -> None:
    view = window.list_panel.view
    view.setFocus()
    view.setCurrentIndex(window.list_panel.proxy.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.document is not None
    assert window.document.item.id == sample_id


def test_geometry_and_splitters_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    first = make_window(qtbot, context)
    first.resize(1400, 700)  # wide enough to keep the preview (narrow windows hide it)
    first.splitter.setSizes([200, 500, 300])
    sizes = first.splitter.sizes()
    first.close()
    assert Settings().window_state("splitter") is not None
    second = make_window(qtbot, context)
    second.resize(1400, 700)
    second.splitter.restoreState(Settings().window_state("splitter"))  # type: ignore[arg-type]
    assert second.splitter.sizes() == sizes


def test_view_actions_hide_list_and_preview(window: MainWindow) -> None:
    window.window_actions.show_preview.setChecked(False)
    assert window.preview.isHidden()
    window.window_actions.show_list.setChecked(False)
    assert window.side_tabs.isHidden() and not window.list_panel.isVisible()
    window.window_actions.show_preview.setChecked(True)
    assert not window.preview.isHidden()


def test_closing_with_unsaved_changes_asks(window: MainWindow, dialogs) -> None:
    window.open_newest_item()
    assert window.document is not None
    window.editor.headline_form.fields[("headline", "de")].setText("x")
    window.editor.headline_form.fields[("headline", "de")].textEdited.emit("x")
    dialogs.question_answer = dialogs.question_answer.Cancel
    assert not window.close()
    assert "unsaved changes" in dialogs.texts()
    dialogs.question_answer = dialogs.question_answer.Discard
    assert window.close()
