"""The search tests run on every backend: ``archive_url`` is one archive per backend.

The backends come from the option ``--backend=sqlite|postgresql|both`` where the test
suite defines it, else from ``PRESSESTELLE_TEST_BACKEND``; by default both when
``PRESSESTELLE_TEST_PG_URL`` names a PostgreSQL server (any database on it; each test
gets a fresh, empty database of its own there) or when running in CI (``CI=true``),
else SQLite alone. In CI a missing server fails the PostgreSQL tests: they are never
skipped there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from search_backends import chosen, server_url
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from editor.store import Archive


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "archive_url" in metafunc.fixturenames:
        metafunc.parametrize("archive_url", chosen(metafunc.config), indirect=True)


@pytest.fixture
def fresh_pg_database() -> Iterator[str]:
    """The address of a new, empty PostgreSQL database, dropped after the test."""
    server = make_url(server_url())
    name = f"pressestelle_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An address for a new archive on the backend of this run of the test."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("fresh_pg_database"))
    return f"sqlite:///{tmp_path / 'archive.sqlite'}"


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    with Archive.open(archive_url) as opened:
        yield opened


@pytest.fixture
def sqlite_archive(tmp_path: Path) -> Iterator[Archive]:
    """For the tests of the SQLite index's own devices."""
    with Archive.open(tmp_path / "archive.sqlite") as opened:
        yield opened
