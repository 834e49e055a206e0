"""The buttons beside the speaker field are never cut: with "Person anlegen…" shown (a
name not in the archive) the German row was wider than the panel ("erson anlegen")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.context import AppContext

from .conftest import make_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_speaker_buttons_are_shown_whole(qtbot: QtBot, context: AppContext,
                                             language: str) -> None:
    window = make_window(qtbot, context, language)
    try:
        window.new_item()
        window.window_actions.add_quote.trigger()
        panel = window.editor.quote_panel
        qtbot.keyClicks(panel.speaker_name, "Maria Neumann")
        QApplication.processEvents()
        qtbot.waitUntil(panel.create_person.isVisible, timeout=2000)
        for button in (panel.add_speaker, panel.create_person, panel.remove_speaker):
            assert button.width() >= button.sizeHint().width(), button.text()
            assert button.geometry().right() <= button.parentWidget().width()
        assert panel.speaker_name.width() >= 160
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
