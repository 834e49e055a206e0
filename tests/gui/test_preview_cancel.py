"""Closing the window while a user template renders for minutes: the preview cancels its
template worker (which ends its own process) and the window closes promptly."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from editor import render
from editor.gui.main_window import MainWindow
from editor.gui.preview_panel import SHUTDOWN_WAIT_MS
from editor.render import worker

pytestmark = pytest.mark.gui


def test_closing_during_a_long_user_render_cancels_its_worker(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.open_newest_item()
    panel_worker = window.preview._worker
    panel_worker.limits = worker.Limits(seconds=60.0)
    processes = []

    def endless(*args: object, **kwargs: object) -> str:
        current = worker._CURRENT.get()
        assert current is panel_worker  # the panel's worker, in the render thread
        current._start("endless.html.j2")
        processes.append(current._process)
        return str(current.run("endless.html.j2", time.sleep, 50))

    monkeypatch.setattr(render, "render_html", endless)
    window.preview.render_now()
    qtbot.waitUntil(lambda: bool(processes), timeout=20_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < SHUTDOWN_WAIT_MS / 1000 + 10
    assert window.preview._pool.activeThreadCount() == 0
    assert panel_worker.cancelled and panel_worker.pid is None
    assert processes[0].poll() is not None  # the template's process has ended
