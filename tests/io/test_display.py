"""The desktop app asks whether a display answers before Qt would abort the process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.io.display import missing_display, x_server_answers

ROOT = Path(__file__).resolve().parents[2]


def _free_display_number() -> int:
    """An X display number nothing listens on, by socket file, abstract socket or TCP."""
    for number in range(97, 140):
        if not x_server_answers(f":{number}") and not x_server_answers(f"127.0.0.1:{number}"):
            return number
    raise AssertionError("no free X display number")


@pytest.fixture
def listening_abstract_x() -> Iterator[int]:
    """A socket where a local X server would be (Linux abstract namespace)."""
    number = _free_display_number()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(1)
        yield number


@pytest.fixture(autouse=True)
def _linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")


def test_no_variables_at_all() -> None:
    assert missing_display({}) == "DISPLAY and WAYLAND_DISPLAY are unset"


def test_a_display_where_nothing_listens() -> None:
    number = _free_display_number()
    assert missing_display({"DISPLAY": f":{number}"}) == (
        f"no X server answers at DISPLAY=:{number}")
    assert missing_display({"DISPLAY": f"127.0.0.1:{number}.0"}) == (
        f"no X server answers at DISPLAY=127.0.0.1:{number}.0")
    assert missing_display({"DISPLAY": "not a display"}) is not None


def test_a_local_x_server_answers(listening_abstract_x: int) -> None:
    assert missing_display({"DISPLAY": f":{listening_abstract_x}"}) is None
    assert missing_display({"DISPLAY": f"unix:{listening_abstract_x}.0"}) is None


def test_an_x_server_over_tcp_answers() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        port = server.getsockname()[1]
        if port <= 6000:
            pytest.skip("the port picked lies below X's range")
        server.listen(1)
        assert missing_display({"DISPLAY": f"127.0.0.1:{port - 6000}"}) is None


def test_wayland_is_asked_at_its_socket(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert missing_display(env) == "no Wayland compositor answers at WAYLAND_DISPLAY=wayland-7"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        assert missing_display(env) is None
        assert missing_display({**env, "QT_QPA_PLATFORM": "xcb"}) is not None


def test_platforms_without_a_display_server_need_none() -> None:
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}) == "DISPLAY and WAYLAND_DISPLAY are unset"


def _start_app(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(ROOT / "main.py")], env={**clean, **env},
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_the_app_says_so_for_a_dead_display_as_for_none() -> None:
    number = _free_display_number()
    dead = _start_app(DISPLAY=f":{number}")
    unset = _start_app()
    assert (dead.returncode, unset.returncode) == (1, 1)
    assert dead.stderr.count("\n") == unset.stderr.count("\n") == 1
    prefix = "error: the desktop app needs a graphical session and none was found ("
    assert dead.stderr.startswith(prefix + f"no X server answers at DISPLAY=:{number}). ")
    assert unset.stderr.startswith(prefix + "DISPLAY and WAYLAND_DISPLAY are unset). ")
    assert dead.stderr.split(").", 1)[1] == unset.stderr.split(").", 1)[1]
