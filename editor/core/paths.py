"""Where Pressestelle keeps its files: the archive, user templates, backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from editor.core.errors import PressestelleError

APP_NAME = "Pressestelle"
DATA_DIR_VARIABLE = "PRESSESTELLE_DATA_DIR"
"""Environment variable that moves the whole user data folder (tests, portable use)."""


def data_dir() -> Path:
    """The user data folder; created on first use."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
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
    path = (Path(override) / "cache" if override
            else platformdirs.user_cache_path(APP_NAME, appauthor=False))
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
