"""The template worker can be cancelled from another thread: the render under way ends at
once with a clear error, its process is ended through its own handle, and no new worker
is started afterwards (the preview's shutdown reads no process id of its own)."""

from __future__ import annotations

import threading
import time

import pytest

from editor.render import worker
from editor.render.errors import TemplateError

LONG = worker.Limits(seconds=60.0)


def test_cancel_ends_a_running_render_and_refuses_the_next() -> None:
    running = worker.TemplateWorker(LONG)
    errors: list[BaseException] = []

    def render() -> None:
        try:
            running.run("slow.html.j2", time.sleep, 50)  # a render that would take 50 s
        except BaseException as error:  # handed to the test's thread
            errors.append(error)

    try:
        running._start("slow.html.j2")
        process = running._process
        assert process is not None
        thread = threading.Thread(target=render)
        thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        running.cancel()
        thread.join(timeout=20)
        assert not thread.is_alive()
        assert time.monotonic() - started < 10
        assert process.poll() is not None  # the worker process has ended
        assert len(errors) == 1 and isinstance(errors[0], TemplateError)
        assert str(errors[0]) == f"Template slow.html.j2: {worker.CANCELLED}"
        assert running.pid is None
        with pytest.raises(TemplateError, match="cancelled"):
            running.run("next.html.j2", str, "x")
        assert running.pid is None  # no new process after a cancel
    finally:
        running.close()


def test_cancel_before_the_first_render_starts_no_process() -> None:
    running = worker.TemplateWorker(LONG)
    running.cancel()
    with pytest.raises(TemplateError, match="cancelled"):
        running.run("mine.html.j2", str, "x")
    assert running.pid is None
    running.close()


def test_a_worker_not_cancelled_still_renders() -> None:
    with worker.TemplateWorker(LONG) as running:
        assert running.run("mine.html.j2", str, "fine") == "fine"
        assert not running.cancelled
