"""Fixtures of the store tests: a fresh archive file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.store import Archive


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite"


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    with Archive.open(archive_path) as opened:
        yield opened
