"""Fixtures of the store tests: a fresh archive per test, on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.store import Archive


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """An SQLite archive file (for tests of what only a file has)."""
    return tmp_path / "archive.sqlite"


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    with Archive.open(archive_url) as opened:
        yield opened
