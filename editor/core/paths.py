"""Where Pressestelle keeps its files: the archive, user templates, backups."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor.core.errors import PressestelleError

APP_NAME = "Pressestelle"
DATA_DIR_VARIABLE = "PRESSESTELLE_DATA_DIR"
"""Environment variable that moves the whole user data folder (tests, portable use)."""


def _xdg_user_dir(variable: str, default: str) -> Path | None:
    """``$variable/Pressestelle`` or ``$HOME/default/Pressestelle`` on Linux, as the XDG
    base directory rules and :mod:`platformdirs` have it; ``None`` elsewhere or when the
    home folder is unusual (then :mod:`platformdirs` decides).

    Reading two variables here spares every command the import of :mod:`platformdirs`
    (which loads :mod:`tempfile`, :mod:`shutil` and :mod:`random`: a sixth of the start-up
    of an export).
    """
    if not sys.platform.startswith("linux") or hasattr(sys, "getandroidapilevel") or (
            os.environ.get("ANDROID_DATA") == "/data"
            and os.environ.get("ANDROID_ROOT") == "/system"):
        return None
    chosen = os.environ.get(variable, "")
    if not os.path.isabs(chosen):  # unset, empty or relative: the spec says to ignore it
        home = os.environ.get("HOME", "")
        if not os.path.isabs(home):
            return None
        chosen = home.rstrip("/") + "/" + default
    return Path(os.path.join(chosen, APP_NAME))


def _user_data_path() -> Path:
    found = _xdg_user_dir("XDG_DATA_HOME", ".local/share")
    if found is not None:
        return found
    import platformdirs  # macOS, Windows and unusual homes

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def _user_cache_path() -> Path:
    found = _xdg_user_dir("XDG_CACHE_HOME", ".cache")
    if found is not None:
        return found
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The user data folder; created on first use."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    path = Path(override) if override else _user_data_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_archive_path() -> Path:
    """The embedded SQLite archive used when no ``--db`` is given."""
    return data_dir() / "archive.sqlite"


def user_templates_dir() -> Path:
    """Templates the user added; a folder here overrides a built-in of the same name."""
    return data_dir() / "templates"


def backups_dir() -> Path:
    return data_dir() / "backups"


def cache_dir() -> Path:
    """Files the application can always rebuild (compiled UI translations); created."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    path = Path(override) / "cache" if override else _user_cache_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def project_root() -> Path:
    """The folder holding ``editor/`` in a source checkout (``pyproject.toml`` beside it)."""
    return Path(__file__).resolve().parents[2]


class PackagedDataMissing(PressestelleError):
    """The built-in templates or resources are not where this installation keeps them."""


def _package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def shipped_dir(name: str) -> Path:
    """``resources`` or ``templates``: the folder of data that ships with the program.

    An installed wheel carries them inside the package (``editor/resources``); a source
    checkout keeps them beside ``editor/``. Anything else is a broken installation, said in
    one line rather than shown as an empty list.
    """
    installed = _package_dir() / name
    if installed.is_dir():
        return installed
    checkout = project_root()
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    raise PackagedDataMissing(
        f"The built-in {name} of Pressestelle are missing: neither {installed} nor "
        f"{checkout / name} exists. Reinstall Pressestelle (the wheel carries them) or run "
        f"it from a complete source checkout."
    )


def builtin_templates_dir() -> Path:
    return shipped_dir("templates")


def resources_dir() -> Path:
    return shipped_dir("resources")
