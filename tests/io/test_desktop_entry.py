"""The menu entry, AppStream metainfo and icons: valid, installed per user, removable."""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.paths import resources_dir
from editor.io.desktop_entry import APP_ID, ICON_SIZES, data_home, exec_line

DESKTOP = resources_dir() / "desktop"


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: the set-up installs it for the tests")
        pytest.skip(f"{name} is not installed (bash scripts/test.sh installs it)")
    return found


def validate_entry(path: Path) -> None:
    result = subprocess.run([_validator("desktop-file-validate"), str(path)],
                            capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def validate_metainfo(path: Path) -> None:
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(path)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    out = io.StringIO()
    assert main(["--install-desktop-entry"], out=out) == 0
    return home, out.getvalue().splitlines()


def unquote_exec(value: str) -> list[str]:
    """The arguments of an Exec value, read back as the specification describes."""
    value = value.replace("\\\\", "\\")
    args, current, quoted, i = [], "", False, 0
    while i < len(value):
        char = value[i]
        if quoted and char == "\\":
            current, i = current + value[i + 1], i + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*args, current]


def test_the_shipped_files_are_valid() -> None:
    validate_entry(DESKTOP / f"{APP_ID}.desktop")
    validate_metainfo(DESKTOP / f"{APP_ID}.metainfo.xml")


def test_every_hicolor_size_is_shipped_at_its_size() -> None:
    assert 48 in ICON_SIZES  # the size the icon theme specification requires
    for size in ICON_SIZES:
        path = DESKTOP / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)


def test_install_writes_a_valid_entry_that_starts_this_installation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, written = install(tmp_path, monkeypatch)
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in written
    validate_entry(entry)
    validate_metainfo(home / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (resources_dir() / "icons" / "pressestelle.svg").read_bytes()

    keys = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert keys["Icon"] == APP_ID
    argv = unquote_exec(keys["Exec"])
    assert argv[0] == sys.executable == keys["TryExec"]
    started = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60,
                             cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""})
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("pressestelle ")


def test_uninstall_removes_only_what_install_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, written = install(tmp_path, monkeypatch)
    other = home / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n")
    out = io.StringIO()
    assert main(["--uninstall-desktop-entry"], out=out) == 0
    assert sorted(out.getvalue().splitlines()) == sorted(written)
    assert not [p for p in map(Path, written) if p.exists()]
    assert other.exists()
    capsys.readouterr()
    assert main(["--uninstall-desktop-entry"], out=io.StringIO()) == 0
    assert "no menu entry was installed" in capsys.readouterr().err


def test_exec_quotes_what_the_specification_reserves() -> None:
    argv = ["/opt/My Apps/$HOME/py`x`", "100%", 'say "hi"\\']
    assert exec_line(argv) == (
        '"/opt/My Apps/\\\\$HOME/py\\\\`x\\\\`" "100%%" "say \\\\"hi\\\\"\\\\\\\\"')
    assert unquote_exec(exec_line(["/usr/bin/python3", "-m", "editor"])) == [
        "/usr/bin/python3", "-m", "editor"]
    assert exec_line(["/usr/bin/python3", "-m", "editor"]) == "/usr/bin/python3 -m editor"


def test_data_home_follows_xdg(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert data_home({"XDG_DATA_HOME": "relative/path"}) == Path.home() / ".local" / "share"
    assert data_home({}) == Path.home() / ".local" / "share"


def test_the_menu_options_take_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--install-desktop-entry", "list"])
    assert stopped.value.code == 2
    assert "take no command" in capsys.readouterr().err
