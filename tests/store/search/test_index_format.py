"""The search index is derived data: built again when its format changes, on every backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from editor.io.samples import load_sample_bundles
from editor.store import Archive
from editor.store.search import index as search_index

MIGRATIONS = Path(__file__).resolve().parents[3] / "editor" / "store" / "migrations"


def _sample(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        assert archive.count_quotes("förder") == 2


def _empty_the_index(archive_url: str) -> None:
    with Archive.open(archive_url) as archive, archive._transaction(writing=True) as conn:
        conn.execute(text("DELETE FROM quote_search"))


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
        conn.execute(text("DELETE FROM quote_search"))
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
