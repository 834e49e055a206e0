"""Test set-up shared by every test: Qt offscreen, user data in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.core.paths import DATA_DIR_VARIABLE

TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty user data folder; nothing touches the real one."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder
