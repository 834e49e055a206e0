"""Settings ▸ Show in the applications menu installs and removes the menu entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from editor.gui.main_window import MainWindow
from editor.io.desktop_entry import APP_ID

from .conftest import DialogLog


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _settings_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&Settings":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Settings menu")


def test_the_menu_entry_is_added_and_removed_from_the_settings_menu(
    xdg: Path, window: MainWindow
) -> None:
    action = window.window_actions.menu_entry
    assert action in _settings_menu(window).actions()
    assert action.isCheckable() and not action.isChecked()
    entry = xdg / "applications" / f"{APP_ID}.desktop"

    action.trigger()
    assert entry.is_file() and action.isChecked()
    assert (xdg / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert window.statusBar().currentMessage() == "Pressestelle is in the applications menu now."

    action.trigger()
    assert not entry.exists() and not action.isChecked()
    assert "no longer" in window.statusBar().currentMessage()


def test_a_failure_is_shown_and_the_check_mark_stays_true(
    xdg: Path, window: MainWindow, dialogs: DialogLog
) -> None:
    xdg.mkdir()
    (xdg / "applications").write_text("a file where a folder belongs")
    action = window.window_actions.menu_entry
    action.trigger()
    assert not action.isChecked()
    assert "The applications menu entry could not be changed." in dialogs.texts()


def test_an_installed_entry_shows_checked(xdg: Path, window: MainWindow,
                                          qtbot: object) -> None:
    from editor.io.desktop_entry import install_desktop_entry

    from .conftest import make_window

    install_desktop_entry()
    second = make_window(qtbot, window.context)
    assert second.window_actions.menu_entry.isChecked()
