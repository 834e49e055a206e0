"""A second window on the same archive asks first; a crashed window's mark does not count,
and the command line never asks."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.cli import main
from editor.context import AppContext
from editor.gui import app as gui_app
from editor.gui.window_lock import ArchiveWindowLock
from editor.store import Archive

pytestmark = pytest.mark.gui


def _mark(lock: ArchiveWindowLock, pid: int, host: str | None = None) -> None:
    lock.path.parent.mkdir(parents=True, exist_ok=True)
    lock.path.write_text(json.dumps({"host": host or socket.gethostname(), "pid": pid,
                                     "since": "2026-12-02T10:42:00"}), encoding="utf-8")


def _ended_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.fixture
def other_window() -> subprocess.Popen[bytes]:
    """A live process standing for the other window's program."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def test_the_mark_of_a_live_window_counts_and_a_stale_one_does_not(
        tmp_path: Path, other_window: subprocess.Popen[bytes]) -> None:
    lock = ArchiveWindowLock(tmp_path, "sqlite:///a.sqlite")
    assert lock.holder() is None
    _mark(lock, other_window.pid)
    found = lock.holder()
    assert found is not None and found.pid == other_window.pid and found.here
    assert ArchiveWindowLock(tmp_path, "sqlite:///b.sqlite").holder() is None  # per archive
    _mark(lock, _ended_pid())  # a window that crashed
    assert lock.holder() is None
    _mark(lock, os.getpid())  # this program itself
    assert lock.holder() is None
    _mark(lock, 1, host="other-computer.example")  # cannot be checked from here: it counts
    found = lock.holder()
    assert found is not None and not found.here and found.host == "other-computer.example"
    lock.path.write_text("{not json", encoding="utf-8")
    assert lock.holder() is None


def test_release_takes_away_only_this_programs_mark(
        tmp_path: Path, other_window: subprocess.Popen[bytes]) -> None:
    lock = ArchiveWindowLock(tmp_path, "sqlite:///a.sqlite")
    lock.acquire()
    assert json.loads(lock.path.read_text())["pid"] == os.getpid()
    lock.release()
    assert not lock.path.exists()
    lock.acquire()
    _mark(lock, other_window.pid)  # another window opened it "anyway" meanwhile
    lock.release()
    assert json.loads(lock.path.read_text())["pid"] == other_window.pid


def _answer(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    def exec_(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == button]
        chosen.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_a_second_window_asks_and_quits_without_opening(
        context: AppContext, monkeypatch: pytest.MonkeyPatch,
        other_window: subprocess.Popen[bytes]) -> None:
    lock = ArchiveWindowLock(context.data_dir, context.archive.url)
    _mark(lock, other_window.pid)
    seen: list[str] = []
    _answer(monkeypatch, "Quit", seen)

    def no_window(_context: AppContext) -> None:
        raise AssertionError("no window may open")

    monkeypatch.setattr(gui_app, "start", no_window)
    assert gui_app.run(context) == 0
    (message,) = seen
    assert "already open in another Pressestelle window on this computer" in message
    assert f"program {other_window.pid} since 10:42" in message
    assert context.archive.url in message
    assert json.loads(lock.path.read_text())["pid"] == other_window.pid  # left alone


def test_a_second_window_may_open_anyway_and_a_stale_mark_asks_nothing(
        context: AppContext, monkeypatch: pytest.MonkeyPatch,
        other_window: subprocess.Popen[bytes]) -> None:
    lock = ArchiveWindowLock(context.data_dir, context.archive.url)
    _mark(lock, other_window.pid)
    seen: list[str] = []
    _answer(monkeypatch, "Open here too", seen)
    opened = gui_app.open_here(context)
    assert opened is not None and len(seen) == 1
    assert json.loads(lock.path.read_text())["pid"] == os.getpid()
    opened.release()
    _mark(lock, _ended_pid())
    assert gui_app.open_here(context) is not None and len(seen) == 1  # not asked again


def test_the_command_line_never_asks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     other_window: subprocess.Popen[bytes]) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("PRESSESTELLE_DATA_DIR", str(data))
    db = tmp_path / "cli.sqlite"
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    with Archive.open(db) as archive:
        url = archive.url
    _mark(ArchiveWindowLock(data, url), other_window.pid)
    seen: list[str] = []
    _answer(monkeypatch, "Quit", seen)
    out = io.StringIO()
    assert main(["--db", str(db), "list"], out=out) == 0
    assert out.getvalue() and seen == []
