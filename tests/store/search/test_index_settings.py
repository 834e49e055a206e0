"""FTS5 keeps its merge settings in the table: new and existing archives get this version's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from editor.io.samples import load_sample_bundles
from editor.store import Archive
from editor.store.search.sqlite_fts import AUTOMERGE, SqliteQuoteIndex


def _automerge(archive: Archive) -> int | None:
    with archive._transaction(writing=False) as conn:
        value = conn.execute(
            text("SELECT v FROM quote_search_config WHERE k = 'automerge'")).scalar()
    return None if value is None else int(value)


def _set_automerge(path: Path, value: int | None) -> None:
    """As an archive of an earlier version left it (``None``: FTS5's default, not stored)."""
    with Archive.open(path) as archive, archive._transaction(writing=True) as conn:
        if value is None:
            conn.execute(text("DELETE FROM quote_search_config WHERE k = 'automerge'"))
        else:
            conn.execute(text(
                f"INSERT INTO quote_search(quote_search, rank) VALUES ('automerge', {value})"))


def test_a_new_archive_merges_with_the_current_setting(tmp_path: Path) -> None:
    assert AUTOMERGE != 4  # FTS5's default: the test would prove nothing
    with Archive.open(tmp_path / "new.sqlite") as archive:
        assert _automerge(archive) == AUTOMERGE
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        archive.rebuild_search_index()
        assert _automerge(archive) == AUTOMERGE
        assert archive.count_quotes("förder") == 2


def test_an_existing_archive_gets_the_current_setting_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    for earlier in (4, None):
        _set_automerge(path, earlier)
        with Archive.open(path) as archive:
            assert _automerge(archive) == AUTOMERGE, earlier
            assert archive.count_quotes("förder") == 2  # the index itself is left as it was


def test_an_archive_that_may_not_be_written_opens_with_its_own_setting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The setting concerns speed only: failing to write it leaves the archive usable."""
    path = tmp_path / "read-only.sqlite"
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    _set_automerge(path, 4)

    def refused(self: SqliteQuoteIndex, conn: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(SqliteQuoteIndex, "apply_settings", refused)
    with Archive.open(path) as archive:
        assert _automerge(archive) == 4
        assert archive.count_quotes("förder") == 2
