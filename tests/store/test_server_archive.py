"""An archive on a PostgreSQL server: addresses, passwords kept out of sight, the schema
refused when newer, and failures told apart by SQLSTATE."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive
from editor.store.errors import Trouble, sqlstate, trouble_of
from editor.store.location import (
    DB_VARIABLE,
    check_storable,
    chosen_location,
    mask_text,
    parse_address,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_option_comes_before_the_variable_before_the_setting(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_VARIABLE, raising=False)
    assert chosen_location(None, "") is None
    assert chosen_location(None, "saved.sqlite") == "saved.sqlite"
    monkeypatch.setenv(DB_VARIABLE, "postgresql://anna@db/presse")
    assert chosen_location(None, "saved.sqlite") == "postgresql://anna@db/presse"
    assert chosen_location("given.sqlite", "saved.sqlite") == "given.sqlite"


def test_a_plain_postgresql_address_uses_psycopg() -> None:
    url = parse_address("postgresql://anna@db.example.org/presse?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"


def test_an_address_with_a_password_is_not_saved() -> None:
    with pytest.raises(StoreError, match="never saved"):
        check_storable("postgresql+psycopg://anna:s3cret@db/presse")
    assert check_storable(" postgresql://anna@db/presse ") == \
        "postgresql+psycopg://anna@db/presse"
    assert check_storable("") == ""


def test_passwords_are_masked_in_any_text() -> None:
    address = "postgresql+psycopg://anna:s3cr%40t@db/presse"
    masked = mask_text("failed for postgresql+psycopg://anna:s3cr@t@db/presse", address)
    assert "s3cr@t" not in masked and "***" in masked


def test_an_unreachable_server_is_one_clear_line_without_the_password(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    address = f"postgresql+psycopg://anna:Geheim123@127.0.0.1:{_free_port()}/presse"
    monkeypatch.setenv(DB_VARIABLE, address)
    code = main(["list"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: No connection to the database")
    assert "Geheim123" not in err and "anna:***@127.0.0.1" in err


def test_the_variable_opens_the_archive_for_every_command(
        archive_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_VARIABLE, archive_url)
    out = io.StringIO()
    assert main(["list"], out=out) == 0  # a new archive gets the sample
    assert "smart-country" in out.getvalue()
    with Archive.open(archive_url) as archive:
        assert [s.id for s in archive.list_items()] == ["2021-03-15-smart-country"]


def test_a_newer_schema_on_the_server_is_refused_and_left_alone(archive_url: str) -> None:
    Archive.open(archive_url).close()
    engine = create_engine(archive_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer version of Pressestelle"):
        Archive.open(archive_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


@pytest.mark.postgresql_only
def test_a_role_without_rights_is_told_by_sqlstate(archive_url: str, backend: str) -> None:
    Archive.open(archive_url).close()
    engine = create_engine(archive_url)
    reader = f"reader_{make_url(archive_url).database}"
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{reader}" LOGIN'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{reader}"'))
    try:
        as_reader = make_url(archive_url).set(username=reader)
        with Archive.open(as_reader.render_as_string(hide_password=False)) as archive:
            assert archive.is_empty()
            with pytest.raises(StoreError) as caught:
                archive.set_setting("colour", "blue")
        assert trouble_of(caught.value) is Trouble.READ_ONLY
        assert sqlstate(caught.value) == "42501"
        assert "does not let this user change it" in str(caught.value)
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'REASSIGN OWNED BY "{reader}" TO CURRENT_USER'))
            conn.execute(text(f'DROP OWNED BY "{reader}"'))
            conn.execute(text(f'DROP ROLE "{reader}"'))
        engine.dispose()


@pytest.mark.postgresql_only
def test_a_missing_database_is_not_created(archive_url: str, tmp_path: Path) -> None:
    missing = make_url(archive_url).set(database="pst_nowhere_to_be_found")
    with pytest.raises(StoreError, match="No connection to the database server"):
        Archive.open(missing.render_as_string(hide_password=False))


@pytest.mark.postgresql_only
def test_sslmode_passes_through_to_the_driver(archive_url: str, backend: str) -> None:
    Archive.open(archive_url).close()
    with Archive.open(f"{archive_url}?sslmode=disable") as archive:
        assert archive.is_empty()
    # the test server offers no TLS: demanding it is refused, in one clear message
    with pytest.raises(StoreError, match="SSL"):
        Archive.open(f"{archive_url}?sslmode=require")


@pytest.mark.postgresql_only
def test_two_programs_updating_the_schema_at_once_both_succeed(
        archive_url: str, backend: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def open_once(_: int) -> str:
        with Archive.open(archive_url) as archive:
            return archive.url

    with ThreadPoolExecutor(max_workers=3) as pool:
        assert len(list(pool.map(open_once, range(3)))) == 3


def test_an_archive_opened_again_has_its_own_connections(archive: Archive) -> None:
    """What the quote search's background count uses: the same database, its own engine
    and caches; closing it leaves the first open."""
    from datetime import date

    from editor.core.model import PressItem, Quote, Translations

    archive.save_item(PressItem(id="i-1", issue_date=date(2024, 1, 2), quotes=[
        Quote(f"q-{n}", text=Translations(text={"de": f"Der Strukturwandel {n}."}))
        for n in range(3)]))
    again = archive.opened_again()
    try:
        assert again is not archive and again._engine is not archive._engine
        assert again.is_server == archive.is_server == (archive.path is None)
        assert again.count_quotes("Strukturwandel") == 3
        archive.save_item(PressItem(id="i-2", issue_date=date(2024, 1, 3), quotes=[
            Quote("q-x", text=Translations(text={"de": "Noch ein Strukturwandel."}))]))
        assert again.count_quotes("Strukturwandel") == 4  # sees what the first saved
    finally:
        again.close()
    assert archive.count_quotes("Strukturwandel") == 4
