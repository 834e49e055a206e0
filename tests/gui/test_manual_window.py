"""Help ▸ Manual (F1): the manual opens in the UI language and lists real shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.main_window import MainWindow
from editor.io.manual import MANUAL_LANGUAGES, manual_text
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui

KEY = re.compile(r"`((?:Ctrl|Alt|Shift|Meta)\+[^`\s]+|F\d{1,2})`")


def _shortcuts(window: MainWindow) -> set[str]:
    return {key.toString(QKeySequence.SequenceFormat.PortableText)
            for action in window.actions() for key in action.shortcuts()}


def test_f1_opens_the_manual_in_english(window: MainWindow) -> None:
    action = window.window_actions.manual
    assert action.shortcut() == QKeySequence("F1")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert action in help_menu.actions()
    action.trigger()
    manual = window.show_manual()
    assert manual.isVisible()
    assert manual.language == "en"
    text = manual.browser.toPlainText()
    assert "Pressestelle – the manual" in text
    assert "Keyboard shortcuts" in text
    action.trigger()
    assert window.show_manual() is manual   # one window, raised again


def test_the_german_ui_opens_the_german_manual(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "de")
    try:
        window.window_actions.manual.trigger()
        manual = window.show_manual()
        assert manual.language == "de"
        assert "Tastenkürzel" in manual.browser.toPlainText()
        assert "Zum Wörterbuch hinzufügen" in manual.browser.toPlainText()
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", MANUAL_LANGUAGES)
def test_every_shortcut_the_manual_lists_exists(window: MainWindow, language: str) -> None:
    listed = set(KEY.findall(manual_text(language)))
    assert {"F1", "Ctrl+S", "Ctrl+E", "Ctrl+Shift+T"} <= listed
    unknown = listed - _shortcuts(window)
    assert not unknown, f"the {language} manual lists shortcuts no action has: {unknown}"
