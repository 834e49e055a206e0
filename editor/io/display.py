"""Is there a screen to open the desktop app on? Asked before Qt, which aborts without one.

Qt's xcb plugin ends the whole process (exit code 134, with a misleading hint about
missing libraries) when ``DISPLAY`` names an X server that does not answer, so the
display is probed here with a plain socket connection first.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

X_TCP_BASE_PORT = 6000
CONNECT_TIMEOUT = 1.0


def missing_display(env: Mapping[str, str] | None = None) -> str | None:
    """Why no window can be shown (one short phrase), or None when one can."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    wayland = env.get("WAYLAND_DISPLAY", "")
    platforms = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    platforms = [p for p in platforms if p]
    if platforms and not {"xcb", "wayland"} & set(platforms):
        return None  # offscreen, vnc, eglfs …: Qt needs no display server for those
    if not display and not wayland:
        return "DISPLAY and WAYLAND_DISPLAY are unset"
    tried = []
    if wayland and (not platforms or "wayland" in platforms):
        if _wayland_answers(wayland, env.get("XDG_RUNTIME_DIR", "")):
            return None
        tried.append(f"no Wayland compositor answers at WAYLAND_DISPLAY={wayland}")
    if display and (not platforms or "xcb" in platforms):
        if x_server_answers(display):
            return None
        tried.append(f"no X server answers at DISPLAY={display}")
    return "; ".join(tried) or "QT_QPA_PLATFORM asks for a display server that is not set"


def x_server_answers(display: str) -> bool:
    """True when something accepts a connection at the X display ``display`` (":0")."""
    host, colon, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not colon or not number.isdigit():
        return False
    if host.startswith("/"):  # a socket path before the display number (XQuartz style)
        return _unix_answers(host)
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _unix_answers(path) or _unix_answers("\0" + path)
    return _tcp_answers(host, X_TCP_BASE_PORT + int(number))


def _wayland_answers(name: str, runtime_dir: str) -> bool:
    path = Path(name) if name.startswith("/") else Path(runtime_dir or "/nonexistent", name)
    return _unix_answers(str(path))


def _unix_answers(address: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True


def _tcp_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host.strip("[]"), port), timeout=CONNECT_TIMEOUT):
            return True
    except OSError:
        return False
