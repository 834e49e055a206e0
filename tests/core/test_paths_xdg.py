"""The user folders on Linux: read from the XDG variables, the same as platformdirs says."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from editor.core import paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the XDG variables are read directly on Linux only")

SETTINGS = [
    {},
    {"XDG_DATA_HOME": "/srv/data", "XDG_CACHE_HOME": "/srv/cache"},
    {"XDG_DATA_HOME": "/srv/data/", "XDG_CACHE_HOME": "/srv/cache//"},
    {"XDG_DATA_HOME": "", "XDG_CACHE_HOME": ""},
    {"XDG_DATA_HOME": "relative/data", "XDG_CACHE_HOME": "./cache"},
    {"XDG_DATA_HOME": "  ", "XDG_CACHE_HOME": "~/cache"},
    {"HOME": "/home/presse/"},
    {"HOME": "/"},
    {"HOME": "/home/presse", "XDG_DATA_HOME": "/mnt/Daten mit Leerzeichen"},
]


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: ",".join(
    f"{k}={v!r}" for k, v in s.items()) or "defaults")
def test_the_folders_are_platformdirs_ones(setting: dict[str, str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("HOME", "/home/presse")
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in setting.items():
        monkeypatch.setenv(name, value)
    data = paths._xdg_user_dir("XDG_DATA_HOME", ".local/share")
    cache = paths._xdg_user_dir("XDG_CACHE_HOME", ".cache")
    assert data == platformdirs.user_data_path(paths.APP_NAME, appauthor=False)
    assert cache == platformdirs.user_cache_path(paths.APP_NAME, appauthor=False)


def test_an_unusual_home_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    assert paths._xdg_user_dir("XDG_DATA_HOME", ".local/share") is None
    assert paths._user_data_path() == platformdirs.user_data_path(paths.APP_NAME,
                                                                  appauthor=False)


def test_data_dir_creates_the_xdg_folder(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert paths.data_dir() == tmp_path / "share" / "Pressestelle"
    assert paths.cache_dir() == tmp_path / "cache" / "Pressestelle"
    assert (tmp_path / "share" / "Pressestelle").is_dir()
    assert (tmp_path / "cache" / "Pressestelle").is_dir()
