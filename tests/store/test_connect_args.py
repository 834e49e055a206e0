"""What a connection to a PostgreSQL server is opened with beyond its address: the
address's own parameters win, also the ones the application sets itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from editor.store.engine import create_archive_engine, postgresql_connect_args

PG_URL_VARIABLE = "PRESSESTELLE_TEST_PG_URL"


def test_the_address_keeps_its_own_name_and_server_options() -> None:
    url = make_url("postgresql+psycopg://h/db?options=-csearch_path%3Dpresse"
                   "&application_name=Redaktion&sslmode=require")
    args = postgresql_connect_args(url)
    assert "application_name" not in args  # the address's name is used
    options = args["options"].split()
    assert "-csearch_path=presse" in options, options  # the schema the archive is in
    assert "lock_timeout=5000" in args["options"]
    assert options[-1] == "-csearch_path=presse"  # last: it wins over ours
    assert "sslmode" not in args


def test_an_address_without_parameters_gets_them_all() -> None:
    args = postgresql_connect_args(make_url("postgresql+psycopg://h/db"))
    assert args["application_name"] == "Pressestelle"
    assert args["options"] == "-c lock_timeout=5000 -c plan_cache_mode=force_custom_plan"
    assert args["keepalives"] == 1 and args["connect_timeout"] == 10


_SERVICE = """# the press office's server
[other]
keepalives_idle=99

[presse]
host=db.example
keepalives_idle = 60
tcp_user_timeout=5000
application_name=Redaktion
options=-csearch_path=presse
keepalives_idle=61

[after]
connect_timeout=3
"""


def test_a_service_files_values_win_over_the_defaults(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq lets connection parameters win over the service file, so a default given
    for a value the service sets would replace it: only the others are given."""
    file = tmp_path / "pg_service.conf"
    file.write_text(_SERVICE, encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(file))
    args = postgresql_connect_args(make_url("postgresql+psycopg:///?service=presse"))
    for name in ("keepalives_idle", "tcp_user_timeout", "application_name"):
        assert name not in args, args
    assert args["keepalives_interval"] == 5 and args["connect_timeout"] == 10
    options = args["options"].split()
    assert "lock_timeout=5000" in args["options"] and options[-1] == "-csearch_path=presse"
    # the address's own value still wins over both
    args = postgresql_connect_args(make_url(
        "postgresql+psycopg:///?service=presse&options=-csearch_path%3Dother"))
    assert args["options"].split()[-1] == "-csearch_path=other"
    pipe = tmp_path / "pipe.conf"  # not waited for: libpq will say what is wrong
    os.mkfifo(pipe)
    monkeypatch.setenv("PGSERVICEFILE", str(pipe))
    assert postgresql_connect_args(make_url("postgresql+psycopg:///?service=presse"))[
        "keepalives_idle"] == 20


def test_the_service_is_found_where_libpq_looks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = tmp_path / "etc"
    system.mkdir()
    (system / "pg_service.conf").write_text(_SERVICE, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".pg_service.conf").write_text("[presse]\nkeepalives_count=9\n", "utf-8")
    monkeypatch.delenv("PGSERVICEFILE", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PGSYSCONFDIR", str(system))
    monkeypatch.setenv("PGSERVICE", "presse")
    url = make_url("postgresql+psycopg:///")
    args = postgresql_connect_args(url)  # the user's file holds the service: it alone
    assert "keepalives_count" not in args and args["keepalives_idle"] == 20
    (home / ".pg_service.conf").write_text("[elsewhere]\nkeepalives_count=9\n", "utf-8")
    args = postgresql_connect_args(url)  # not in the user's file: the system's
    assert "keepalives_idle" not in args and args["keepalives_count"] == 3
    monkeypatch.delenv("PGSERVICE")
    assert postgresql_connect_args(url)["keepalives_idle"] == 20  # no service named


def test_a_server_connection_keeps_the_services_values(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What libpq really uses, as the open connection reports it."""
    server = os.environ.get(PG_URL_VARIABLE)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE}")
    address = make_url(server)
    file = tmp_path / "pg_service.conf"
    file.write_text(
        f"[presse]\nhost={address.host}\nport={address.port or 5432}\n"
        f"user={address.username}\ndbname={address.database}\n"
        "keepalives_idle=61\ntcp_user_timeout=7000\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(file))
    if address.password:
        monkeypatch.setenv("PGPASSWORD", address.password)
    engine = create_archive_engine(make_url("postgresql+psycopg:///?service=presse"))
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            used = {o.keyword.decode(): (o.val or b"").decode() for o in raw.pgconn.info}
    finally:
        engine.dispose()
    assert used["keepalives_idle"] == "61" and used["tcp_user_timeout"] == "7000"
    assert used["keepalives_interval"] == "5"  # ours, for what the service leaves open
