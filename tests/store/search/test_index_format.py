"""The search index is derived data: built again when its format changes, on every backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from editor.io.samples import load_sample_bundles
from editor.store import Archive
from editor.store.search import index as search_index

MIGRATIONS = Path(__file__).resolve().parents[3] / "editor" / "store" / "migrations"


def _sample(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        assert archive.count_quotes("förder") == 2


def _empty_quote_search(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":  # FTS5 without a copy of its values: emptied whole
        conn.execute(text("INSERT INTO quote_search(quote_search) VALUES ('delete-all')"))
    else:
        conn.execute(text("DELETE FROM quote_search"))


def _empty_the_index(archive_url: str) -> None:
    with Archive.open(archive_url) as archive, archive._transaction(writing=True) as conn:
        _empty_quote_search(conn)


def test_a_new_index_format_builds_the_index_again(archive_url: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _sample(archive_url)
    _empty_the_index(archive_url)
    with Archive.open(archive_url) as archive:  # same format: opening leaves the index alone
        assert archive.count_quotes("förder") == 0
        kind = type(archive._index)
        old_format = kind.format
    monkeypatch.setattr(kind, "format", old_format + " (changed)")
    with Archive.open(archive_url) as archive:
        assert archive.count_quotes("förder") == 2
        assert [h.quote_id for h in archive.search_quotes("vereinbarung")]
        with archive._transaction(writing=False) as conn:
            assert search_index.built_format(conn) == old_format + " (changed)"


def test_an_archive_without_index_record_gets_its_index(archive_url: str) -> None:
    """Archives from before the format record (or after a restore without it) are indexed."""
    _sample(archive_url)
    with Archive.open(archive_url) as archive, archive._transaction(writing=True) as conn:
        _empty_quote_search(conn)
        conn.execute(text("DROP TABLE search_index"))
    with Archive.open(archive_url) as archive:
        assert archive.count_quotes("förder") == 2


def test_update_pending_when_the_index_format_changed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.store import archive as archive_module

    path = tmp_path / "archive.sqlite"
    _sample(str(path))
    assert not Archive.update_pending(path)
    monkeypatch.setattr(archive_module, "SQLITE_INDEX_FORMAT", "sqlite-fts5 999")
    assert Archive.update_pending(path)


def test_revisions_do_not_import_the_search_code() -> None:
    """Old revisions must not change meaning when the search code changes."""
    for script in (MIGRATIONS / "versions").glob("0*.py"):
        source = script.read_text(encoding="utf-8")
        assert "from editor.store.search" not in source, script.name
        assert "import editor.store.search" not in source, script.name


@pytest.mark.postgresql_only
def test_a_user_without_ddl_rights_is_told_who_builds_the_index(
        request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    """On a server the application's role may lack DDL rights: the owner builds the index."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from editor.core.errors import StoreError

    owner_url = request.getfixturevalue("fresh_pg_database")
    _sample(owner_url)
    role = f"reader_{make_url(owner_url).database}"[-40:]
    owner = create_engine(owner_url, isolation_level="AUTOCOMMIT")
    try:
        with owner.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA '
                              f'public TO "{role}"'))
            conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
            # Tables the owner makes later (the index, built again) are the user's to fill:
            conn.execute(text(f'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, '
                              f'INSERT, UPDATE, DELETE ON TABLES TO "{role}"'))
            conn.execute(text(f'REVOKE CREATE ON SCHEMA public FROM PUBLIC, "{role}"'))
        with Archive.open(owner_url) as archive:
            kind = type(archive._index)
        monkeypatch.setattr(kind, "format", kind.format + " (changed)")
        user_url = make_url(owner_url).set(username=role).render_as_string(hide_password=False)
        with pytest.raises(StoreError, match="owner"):
            Archive.open(user_url)
        with Archive.open(owner_url) as archive:  # the owner builds it; then the user may search
            assert archive.count_quotes("förder") == 2
        with Archive.open(user_url) as archive:
            assert archive.count_quotes("förder") == 2
    finally:
        with owner.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))  # its privileges, too
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        owner.dispose()


@pytest.mark.postgresql_only
def test_an_index_of_the_single_vector_layout_is_built_again(archive_url: str,
                                                              backend: str) -> None:
    """Format 1 kept the compound parts in the words vector (weight D); opening such an
    archive builds the index in the current layout (parts in their own vector)."""
    _sample(archive_url)
    with Archive.open(archive_url) as archive, archive._transaction(writing=True) as conn:
        conn.execute(text("DROP TABLE quote_search"))
        conn.execute(text("CREATE TABLE quote_search (key BIGINT PRIMARY KEY, "
                          "words TSVECTOR NOT NULL)"))
        conn.execute(text("UPDATE search_index SET format = 'postgresql-tsvector 1'"))
    with Archive.open(archive_url) as archive:
        assert archive.count_quotes("förder") == 2
        assert archive.count_quotes("vereinbarung")  # found as a part of a compound
        with archive._transaction(writing=False) as conn:
            assert search_index.built_format(conn) == type(archive._index).format
            columns = conn.execute(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'quote_search' ORDER BY ordinal_position")).scalars()
            assert list(columns) == ["key", "words", "parts"]
