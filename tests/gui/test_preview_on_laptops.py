"""A window on a laptop screen keeps the preview; the preview is one click away on the
toolbar; what the user made of the panes (list and preview shown or hidden) is there again
after a restart, and a preview that only made way for a narrow window is not taken for
one the user hid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.main_window import EDITOR_MIN_WIDTH, NARROW_WINDOW, MainWindow
from editor.gui.settings import Settings
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("width", [1270, 1200])
def test_a_window_on_a_laptop_screen_keeps_the_preview(
        qtbot: QtBot, context: AppContext, sample_id: str, language: str, width: int) -> None:
    """1,270: a 1,280 screen less the window's frame; 1,200: a window not maximised on a
    1,366 laptop. Both hid the preview (only F8 brought it back, every session again)."""
    window = make_window(qtbot, context, language)
    window.resize(width, 760)
    window.open_item(sample_id)
    qtbot.wait(50)
    assert window.preview.isVisible() and window.window_actions.show_preview.isChecked()
    listed, text, preview = window.splitter.sizes()
    assert preview >= 300 and text >= EDITOR_MIN_WIDTH and listed >= 200, (listed, text,
                                                                             preview)
    assert window.splitter.handle(2).isVisible()


def test_the_preview_is_a_toggle_on_the_toolbar(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    action = window.window_actions.show_preview
    assert action in toolbar.actions() and action.isCheckable()
    assert not action.icon().isNull()
    assert action.shortcut() == QKeySequence("F8")
    action.trigger()  # the toolbar button
    assert window.preview.isHidden()
    action.trigger()
    assert window.preview.isVisible()


def test_hidden_panes_stay_hidden_after_a_restart(qtbot: QtBot, context: AppContext) -> None:
    """Both came back in every new session, whatever View said when the window closed."""
    first = make_window(qtbot, context)
    first.resize(1600, 900)
    first.window_actions.show_preview.setChecked(False)
    first.window_actions.show_list.setChecked(False)
    first.close()
    second = make_window(qtbot, context)
    second.resize(1600, 900)
    qtbot.wait(20)
    assert second.preview.isHidden() and not second.window_actions.show_preview.isChecked()
    assert second.side_tabs.isHidden() and not second.window_actions.show_list.isChecked()
    second.window_actions.show_preview.setChecked(True)  # F8 gives it room again
    assert second.splitter.sizes()[2] >= 300


def test_a_preview_that_made_way_comes_back_in_a_wide_window_after_a_restart(
        qtbot: QtBot, context: AppContext) -> None:
    first = make_window(qtbot, context)
    first.resize(1024, 700)
    qtbot.waitUntil(lambda: not first.preview.isVisible())
    first.close()
    second = make_window(qtbot, context)
    second.resize(1600, 900)
    qtbot.waitUntil(second.preview.isVisible)
    assert second.window_actions.show_preview.isChecked()
    assert second.splitter.sizes()[2] >= 300
    second.window_actions.show_list.setChecked(False)  # and a hidden list stays so
    second.close()
    third = make_window(qtbot, context)
    assert third.side_tabs.isHidden()


def test_the_preview_shown_in_a_narrow_window_stays_after_a_restart(
        qtbot: QtBot, context: AppContext) -> None:
    """The user pressed F8 in a narrow window: the next session hid it again."""
    first = make_window(qtbot, context)
    first.resize(1024, 700)
    qtbot.waitUntil(lambda: not first.preview.isVisible())
    first.window_actions.show_preview.setChecked(True)
    first.close()
    second = MainWindow(context, Settings(), "en")  # opens with the geometry it had
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.width() < NARROW_WINDOW
    assert second.preview.isVisible() and second.window_actions.show_preview.isChecked()


def test_the_preview_dragged_to_the_edge_is_hidden_as_view_says(
        qtbot: QtBot, window: MainWindow) -> None:
    """View ▸ Preview stayed ticked over a preview without width."""
    window.resize(1400, 800)
    qtbot.wait(20)
    handle = window.splitter.handle(2)
    centre = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    for step in range(1, 13):
        QTest.mouseMove(handle, centre + QPoint(50 * step, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       centre + QPoint(600, 0))
    qtbot.waitUntil(lambda: not window.window_actions.show_preview.isChecked())
    assert window.preview.isHidden()
    window.window_actions.show_preview.setChecked(True)
    assert window.splitter.sizes()[2] >= 300
