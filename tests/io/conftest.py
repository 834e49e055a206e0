"""Fixtures for the interchange tests: a private copy of the sample and its photo."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from editor.io.samples import sample_paths

SAMPLE_NAME = "2021-03-15-smart-country.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def sample_path() -> Path:
    (path,) = [p for p in sample_paths() if p.name == SAMPLE_NAME]
    return path


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """The sample JSON and its photo copied into a folder of their own."""
    folder = tmp_path / "sample"
    folder.mkdir()
    source = sample_path()
    document = json.loads(source.read_text(encoding="utf-8"))
    for photo in document["item"].get("photos", []):
        shutil.copy(source.parent / photo["path"], folder / photo["path"])
    return Path(shutil.copy(source, folder / source.name))


@pytest.fixture
def sample_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sample_path().read_text(encoding="utf-8"))
    return document
