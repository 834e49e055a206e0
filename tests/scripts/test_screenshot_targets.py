"""scripts/screenshot.py writes where it is told, and nowhere else."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshot_script",
                                                  ROOT / "scripts" / "screenshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_folder_with_one_view_keeps_the_shot_in_that_folder(tmp_path: Path) -> None:
    out_dir, single = _script().targets("quotes", None, tmp_path)
    assert out_dir == tmp_path and single is None  # named quotes_LANG.png inside it


def test_without_a_target_one_view_goes_to_the_readme_picture() -> None:
    out_dir, single = _script().targets("main", None, None)
    assert single == ROOT / "docs" / "screenshot.png" and out_dir == ROOT / "docs"


def test_a_named_file_is_taken_as_it_is(tmp_path: Path) -> None:
    assert _script().targets("main", tmp_path / "a.png", None) == (tmp_path, tmp_path / "a.png")


def test_all_views_into_one_named_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--out-dir"):
        _script().targets("all", tmp_path / "a.png", None)
