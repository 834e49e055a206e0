"""The sample press items shipped with the application, as interchange files."""

from __future__ import annotations

from pathlib import Path

from editor.core.model import Bundle
from editor.core.paths import PackagedDataMissing, resources_dir
from editor.io.interchange import read_file


def samples_dir() -> Path:
    return resources_dir() / "samples"


def sample_paths() -> list[Path]:
    """Every sample interchange file, in name order (oldest first: names start with a date).

    None at all means a broken installation: that is an error, not an empty sample.
    """
    folder = samples_dir()
    found = sorted(folder.glob("*.json"))
    if not found:
        raise PackagedDataMissing(
            f"The sample release of Pressestelle is missing: {folder} holds no .json file. "
            f"Reinstall Pressestelle or run it from a complete source checkout.")
    return found


def load_sample_bundles() -> list[Bundle]:
    """Each sample file read and checked, with the bytes of its photos."""
    return [read_file(path) for path in sample_paths()]
