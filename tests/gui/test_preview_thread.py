"""The live preview renders in a thread of its own: typing is never held up, only the
newest page shows, and closing or switching items while a render runs is safe."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from editor import render
from editor.context import AppContext
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


class HeldRender:
    """``render.render_html`` that waits in the render thread until released, and
    remembers the headline each render was given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.headlines: list[str] = []
        self.bundles: list[object] = []
        original = render.render_html

        def held(bundle: render.Bundle, item_id: str, *args: object, **kwargs: object) -> str:
            self.bundles.append(bundle)
            self.headlines.append(bundle.items[0].headline.get("de"))
            self.started.set()
            assert self.release.wait(20)
            return original(bundle, item_id, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(render, "render_html", held)


def _opened(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.open_newest_item()


def test_typing_goes_on_while_the_preview_renders(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(qtbot, window)
    held = HeldRender(monkeypatch)
    started = time.perf_counter()
    window.preview.render_now()
    assert held.started.wait(10)
    assert time.perf_counter() - started < 5  # the window did not wait for the render
    assert window.preview.busy
    doc = window.document
    assert doc is not None
    assert held.bundles[0].items[0] is not doc.item  # type: ignore[attr-defined]
    doc.item.headline.text["de"] = "Während des Renderns geändert"
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        held.release.set()
    assert "Während des Renderns" not in window.preview.browser.toPlainText()  # a copy


def test_a_result_overtaken_by_an_edit_is_dropped(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(qtbot, window)
    doc = window.document
    assert doc is not None
    held = HeldRender(monkeypatch)
    shown: list[str] = []
    window.preview.rendered.connect(lambda ms: shown.append(
        window.preview.browser.toPlainText()))
    doc.item.headline.text["de"] = "Erste Fassung"
    window.preview.render_now()
    assert held.started.wait(10)
    doc.item.headline.text["de"] = "Zweite Fassung"
    window.preview.render_now()  # waits for the running one
    window.preview.render_now()  # still only one waiting
    held.release.set()
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10_000)
    assert held.headlines == ["Erste Fassung", "Zweite Fassung"]
    assert len(shown) == 1
    assert "Zweite Fassung" in shown[0] and "Erste Fassung" not in shown[0]


def test_switching_items_while_a_render_runs_shows_the_new_item(
        qtbot: QtBot, window: MainWindow, context: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(qtbot, window)
    doc = window.document
    assert doc is not None
    first = doc.item.headline.get("de")
    held = HeldRender(monkeypatch)
    window.preview.render_now()
    assert held.started.wait(10)
    window.new_item()
    held.release.set()
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10_000)
    assert len(held.headlines) == 2
    assert first not in window.preview.browser.toPlainText()


def test_closing_the_item_while_a_render_runs_leaves_the_preview_empty(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(qtbot, window)
    held = HeldRender(monkeypatch)
    window.preview.render_now()
    assert held.started.wait(10)
    window.preview.set_document(None)
    shown: list[float] = []
    window.preview.rendered.connect(shown.append)
    held.release.set()
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10_000)
    qtbot.wait(50)
    assert shown == []
    assert window.preview.browser.toPlainText() == ""


def test_closing_the_window_while_a_render_runs_waits_for_it(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(qtbot, window)
    held = HeldRender(monkeypatch)
    window.preview.render_now()
    assert held.started.wait(10)
    threading.Timer(0.3, held.release.set).start()
    window.close()
    assert window.preview._pool.activeThreadCount() == 0  # joined
    qtbot.wait(50)  # the result arrives after the close and is dropped
    window.preview.render_now()  # nothing is rendered after closing
    assert not window.preview.busy


def test_deleting_the_window_while_a_render_runs_does_not_crash(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from editor.gui.settings import Settings

    window = MainWindow(context, Settings(), "en")
    window.show()
    window.open_newest_item()
    held = HeldRender(monkeypatch)
    window.preview.render_now()  # the first render may still run: this one waits or runs
    threading.Timer(0.3, held.release.set).start()
    window.deleteLater()  # as the window left behind by a change of the UI language
    QApplication.sendPostedEvents(None, 0)
    qtbot.wait(100)
