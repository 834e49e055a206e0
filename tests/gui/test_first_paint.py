"""Start-up: the window is painted first, its preview (the slowest part) right after."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.app import WindowKeeper
from editor.gui.i18n import Translators
from editor.gui.settings import Settings


def test_the_preview_of_the_opened_item_is_rendered_after_the_first_paint(
    qtbot: QtBot, context: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    assert window.document is not None  # the item is open and editable at once
    headline = window.document.item.headline.get("de")
    assert window.preview.last_render_ms == 0.0
    assert headline not in window.preview.browser.toPlainText()
    qtbot.waitUntil(lambda: window.preview.last_render_ms > 0, timeout=20_000)
    assert headline.split()[0] in window.preview.browser.toPlainText()
    translators.remove()


def test_a_window_opened_later_shows_its_preview_at_once(
    qtbot: QtBot, context: AppContext, sample_id: str
) -> None:
    from tests.gui.conftest import make_window

    window = make_window(qtbot, context)
    assert window.open_item(sample_id)  # no first paint to wait for: rendering starts now
    assert window.preview.busy
    qtbot.waitUntil(lambda: window.preview.last_render_ms > 0, timeout=10_000)


def test_spell_checking_starts_after_the_first_paint(qtbot: QtBot, context: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    loaded: list[str] = []
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    checker = window.spelling.checker
    original = checker._load
    checker._load = lambda tags: (loaded.append(next(iter(tags))), original(tags))[1]
    delegate = window.editor.block_table.delegate
    assert delegate.spelling is None and loaded == []  # no dictionary before the paint
    qtbot.waitUntil(lambda: delegate.spelling is window.spelling, timeout=20_000)
    assert loaded  # then the dictionaries, and the texts are underlined
    window.start_spelling()
    assert delegate.spelling is window.spelling
    translators.remove()
