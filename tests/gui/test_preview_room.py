"""Turning the preview on shows it with room to read, also after a narrow window made it
make way (it came back as a checked menu entry with no width at all)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_preview_turned_on_in_a_narrow_window_gets_room(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1270, 780)  # a 1,280 screen less the window's frame
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.window_actions.show_preview.setChecked(True)  # View > Preview
    qtbot.waitUntil(window.preview.isVisible)
    assert window.splitter.sizes()[2] >= 300
    assert window.preview.width() >= 300


def test_the_preview_coming_back_in_a_wider_window_gets_room(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not window.preview.isVisible())
    window.resize(1600, 900)
    qtbot.waitUntil(window.preview.isVisible)
    assert window.splitter.sizes()[2] >= 300
