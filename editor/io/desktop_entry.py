"""The desktop menu entry, AppStream metainfo and icons, installed for the current user.

``install_desktop_entry`` copies them into ``$XDG_DATA_HOME`` (``~/.local/share``), with the
entry's ``Exec`` line pointing at the Python and the program that made it, so the menu
starts exactly this installation; ``uninstall_desktop_entry`` removes those files again.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from editor.core import paths
from editor.io.atomic import write_bytes_atomic

APP_ID = "org.pressestelle.Pressestelle"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes of the hicolor icon theme shipped in ``resources/desktop/hicolor``."""

_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the menu starts this installation: its Python with main.py or ``-m editor``."""
    checkout = paths.project_root()
    main = checkout / "main.py"
    if (checkout / "pyproject.toml").is_file() and main.is_file() and (
            checkout / "editor" / "__init__.py").is_file():
        return [sys.executable, str(main)]
    return [sys.executable, "-m", "editor"]


def exec_line(argv: Sequence[str]) -> str:
    """``argv`` quoted as the Desktop Entry Specification asks for the ``Exec`` key."""
    quoted = []
    for arg in argv:
        if arg and not _RESERVED & set(arg) and "%" not in arg:
            quoted.append(arg)
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
        quoted.append(f'"{escaped}"')
    # The value itself is a string of the file format, whose escapes double the backslashes.
    return " ".join(quoted).replace("\\", "\\\\")


def _files(home: Path) -> dict[Path, Path | None]:
    """Installed file → its source in the resources (None: written from the entry)."""
    shipped = paths.resources_dir()
    files: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml":
            shipped / "desktop" / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            shipped / "icons" / "pressestelle.svg",
    }
    for size in ICON_SIZES:
        folder = f"{size}x{size}"
        files[home / "icons" / "hicolor" / folder / "apps" / f"{APP_ID}.png"] = (
            shipped / "desktop" / "hicolor" / folder / "apps" / f"{APP_ID}.png")
    return files


def desktop_entry_text(argv: Sequence[str]) -> str:
    """The shipped entry with ``Exec`` (and ``TryExec``) set to ``argv``."""
    source = paths.resources_dir() / "desktop" / f"{APP_ID}.desktop"
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={exec_line(argv[:1])}")
            line = f"Exec={exec_line(argv)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(home: Path | None = None,
                          argv: Sequence[str] | None = None) -> list[Path]:
    """Write the entry, metainfo and icons below ``home``; the files written."""
    home = data_home() if home is None else home
    text = desktop_entry_text(launch_command() if argv is None else argv)
    written = []
    for target, source in _files(home).items():
        data = text.encode("utf-8") if source is None else source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data)
        written.append(target)
    return written


def uninstall_desktop_entry(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote below ``home``; the files removed."""
    home = data_home() if home is None else home
    removed = []
    for target in _files(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed

