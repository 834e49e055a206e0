"""Test set-up shared by every test: Qt offscreen, user data in a temporary folder, and the
database backends the archive tests run against.

Backends: ``--backend=sqlite|postgresql|both``. The default is ``both`` when the variable
``PRESSESTELLE_TEST_PG_URL`` names a PostgreSQL server (an address such as
``postgresql+psycopg://app@127.0.0.1:5432/postgres`` whose role may create databases), else
``sqlite``. A test asking for ``archive_url`` runs once per backend; on PostgreSQL it gets
a database of its own, dropped afterwards: a copy (``CREATE DATABASE … TEMPLATE``) of one
made for the session with the newest schema and no rows, which is much faster than
building the schema for every test. ``server_databases.create(empty=True)`` gives a bare
database instead. Outside CI a test asking for PostgreSQL without a server is skipped; in
CI (``CI=true``) that is an error.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.core.paths import DATA_DIR_VARIABLE

TESTS_DIR = Path(__file__).resolve().parent
PG_URL_VARIABLE = "PRESSESTELLE_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend", choices=("sqlite", "postgresql", "both"), default=None,
        help=f"database backends for archive tests (default: both when {PG_URL_VARIABLE} "
             f"is set, else sqlite)")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def selected_backends(config: pytest.Config) -> list[str]:
    chosen = config.getoption("--backend")
    if chosen is None:
        chosen = "both" if os.environ.get(PG_URL_VARIABLE) else "sqlite"
    return list(BACKENDS) if chosen == "both" else [chosen]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql_only: runs on the PostgreSQL backend only")
    config.addinivalue_line("markers", "sqlite_only: runs on the SQLite backend only")
    if in_ci() and "postgresql" in selected_backends(config) and not os.environ.get(
            PG_URL_VARIABLE):
        raise pytest.UsageError(
            f"CI runs the archive tests on PostgreSQL, but {PG_URL_VARIABLE} is not set.")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = selected_backends(metafunc.config)
    if metafunc.definition.get_closest_marker("postgresql_only"):
        backends = ["postgresql"]
    elif metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ["sqlite"]
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this run of the test: "sqlite" or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty user data folder; nothing touches the real one."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


def server_url() -> str:
    """The test server's address; skips (or, in CI, fails) the test when there is none."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        message = f"no PostgreSQL server: set {PG_URL_VARIABLE}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    from sqlalchemy.engine import make_url

    host = make_url(url).host
    if host not in ("127.0.0.1", "localhost", "::1"):
        pytest.fail(f"{PG_URL_VARIABLE} must name a server on the loopback address, not {host}")
    return url


class ServerDatabases:
    """Creates empty databases on the test server and drops them again."""

    template: ClassVar[str | None] = None
    """The session's database with the newest schema and no rows (made on first use)."""
    made_templates: ClassVar[list[str]] = []

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self._engine = create_engine(self.base, isolation_level="AUTOCOMMIT",
                                     pool_pre_ping=True)
        self._made: list[str] = []

    def _schema_template(self) -> str:
        from editor.store import Archive

        if ServerDatabases.template is None:
            name = self._new_database("template0", "pst_template")
            with Archive.open(self.base.set(database=name).render_as_string(
                    hide_password=False)):
                pass
            ServerDatabases.template = name
            ServerDatabases.made_templates.append(name)
        return ServerDatabases.template

    def _new_database(self, template: str, prefix: str = "pst_test") -> str:
        from sqlalchemy import text

        name = f"{prefix}_{uuid.uuid4().hex[:16]}"
        with self._engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" '
                                    f"ENCODING 'UTF8'"))
        return name

    def create(self, *, empty: bool = False) -> str:
        """A new database (with the newest schema, or ``empty``); returns its address."""
        try:
            name = self._new_database("template0" if empty else self._schema_template())
        except Exception as exc:
            message = f"cannot create a test database on the PostgreSQL server: {exc}"
            if in_ci():
                pytest.fail(message)
            pytest.skip(message)
        self._made.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    @classmethod
    def drop_templates(cls) -> None:
        url = os.environ.get(PG_URL_VARIABLE)
        if not url or not cls.made_templates:
            return
        from sqlalchemy import create_engine, text

        engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        try:
            with engine.connect() as connection:
                for name in cls.made_templates:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            engine.dispose()
        cls.made_templates.clear()
        cls.template = None


    def drop_all(self) -> None:
        from sqlalchemy import text

        with self._engine.connect() as connection:
            for name in self._made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._made.clear()
        self._engine.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    ServerDatabases.drop_templates()


@pytest.fixture
def server_databases() -> Iterator[ServerDatabases]:
    """Make further empty PostgreSQL databases in a test (all dropped after it)."""
    made = ServerDatabases(server_url())
    try:
        yield made
    finally:
        made.drop_all()


@pytest.fixture
def archive_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """The address of a new, empty archive on this run's backend.

    SQLite: a file URL in the test's folder (not yet created). PostgreSQL: a database of
    its own on the test server, dropped after the test.
    """
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'archive.sqlite'}"
        return
    made = ServerDatabases(server_url())
    try:
        yield made.create()
    finally:
        made.drop_all()


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """LibreOffice replaced by ``tests/fake_soffice.py`` (a PDF of a few bytes per Word
    file, fast); the path of the log its calls are appended to, one JSON line each."""
    import sys

    program = tmp_path / "fake-bin" / "soffice"
    program.parent.mkdir()
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{TESTS_DIR / "fake_soffice.py"}"'
                       f' "$@"\n')
    program.chmod(0o755)
    log = tmp_path / "soffice.log"
    monkeypatch.setenv("PRESSESTELLE_SOFFICE", str(program))
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    return log
