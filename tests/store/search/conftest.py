"""The search tests run on every backend through the suite's ``archive_url`` (see the
top-level conftest: ``--backend=sqlite|postgresql|both``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor.store import Archive


@pytest.fixture
def fresh_pg_database(server_databases: Any) -> str:
    """The address of a new, bare PostgreSQL database (no schema), dropped after the test."""
    return str(server_databases.create(empty=True))


@pytest.fixture
def sqlite_archive(tmp_path: Path) -> Iterator[Archive]:
    """For the tests of the SQLite index's own devices."""
    with Archive.open(tmp_path / "archive.sqlite") as opened:
        yield opened
