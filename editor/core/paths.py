"""Where Pressestelle keeps its files: the archive, user templates, backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
    """The folder holding ``editor/``, ``templates/`` and ``resources/``."""
    return Path(__file__).resolve().parents[2]


def builtin_templates_dir() -> Path:
    return project_root() / "templates"


def resources_dir() -> Path:
    return project_root() / "resources"
