"""Turning the preview on shows it with room to read, also after a narrow window made it
make way (it came back as a checked menu entry with no width at all); no pane of the
window is left shown without width."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.main_window import MainWindow
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


def test_the_preview_turned_on_in_a_narrow_window_gets_room(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1090, 740)  # too narrow for list, text and a preview of 300 px
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.window_actions.show_preview.setChecked(True)  # View > Preview
    qtbot.waitUntil(window.preview.isVisible)
    assert window.splitter.sizes()[2] >= 250
    assert window.preview.width() >= 250


def test_the_preview_coming_back_in_a_wider_window_gets_room(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.resize(1600, 900)
    qtbot.waitUntil(window.preview.isVisible)
    assert window.splitter.sizes()[2] >= 300


def test_the_preview_turned_on_takes_its_room_from_the_text_not_the_list(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    """As after a start with a wide list remembered (the quote archive was open): the
    preview took its width from the list, which vanished."""
    window.open_item(sample_id)
    window.resize(1080, 780)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([760, total - 760, 0])
    window.window_actions.show_preview.setChecked(True)
    qtbot.waitUntil(window.preview.isVisible)
    listed, text, preview = window.splitter.sizes()
    assert preview >= 250 and listed >= 200 and text >= 500, (listed, text, preview)


def test_a_list_left_without_width_gets_room_again(qtbot: QtBot, context: AppContext) -> None:
    """The list squeezed to nothing (it happened when the preview came back) was
    remembered so: it was "shown" in every later session, and F7 could not bring it back."""
    first = make_window(qtbot, context)
    first.resize(1400, 780)
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([0, total - 380, 380])
    assert first.splitter.sizes()[0] >= 150
    first.close()
    second = make_window(qtbot, context)
    second.resize(1400, 780)
    qtbot.waitExposed(second)
    assert second.window_actions.show_list.isChecked()
    assert second.side_tabs.width() >= 150
