"""Moving an archive between SQLite and PostgreSQL, and backups of a server archive.

Every row survives unchanged (ids, versions, times, photos, drafts); a target holding
anything is refused and left alone; a server backup is an archive file that restores.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store_records import rich_bundle, simple_item

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive, transfer
from editor.store.backup import restore_into_server, server_backup


def _filled(location: str) -> Archive:
    archive = Archive.open(location)
    archive.save_bundle(rich_bundle())
    second = archive.save_item(simple_item("item-second", "Eine Meldung", date(2021, 4, 1)))
    second.headline.text["de"] = "Zweite Fassung"
    archive.save_item(second, saved_by="Anna")  # version 2, both kept in the history
    archive.save_draft(second, second.version, owner="host:1")
    archive.set_setting("colour", "blau")
    archive.claim_item("item-rich", "laptop-anna:1", "Anna")  # not copied: not content
    return archive


def _rows(archive: Archive) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in key order (the search index is left out: derived)."""
    found = {}
    with archive._engine.connect() as conn:
        for table in transfer.tables():
            keys = list(table.primary_key.columns)
            found[table.name] = [dict(r._mapping) for r in conn.execute(
                select(table).order_by(*keys))]
    return found


def test_a_file_copied_into_a_new_file_is_the_same_archive(tmp_path: Path) -> None:
    with _filled(str(tmp_path / "a.sqlite")) as source:
        progress: list[tuple[str, int, int]] = []
        report = source.copy_to(tmp_path / "b.sqlite",
                                progress=lambda *step: progress.append(step))
        with Archive.open(tmp_path / "b.sqlite") as copy:
            assert _rows(copy) == _rows(source)
            hits = copy.search_quotes("Signal")
            assert [h.quote_id for h in hits] == [h.quote_id for h in
                                                  source.search_quotes("Signal")]
            assert hits  # the search index was built in the copy
            kept = copy.versions("item-second")
            assert [(v.version, v.saved_by) for v in kept] == [(2, "Anna"), (1, "")]
            assert copy.load_version("item-second", 1).headline.text["de"] == "Eine Meldung"
    assert report.counts["press_items"] == 2 and report.counts["drafts"] == 1
    assert report.counts["item_versions"] == 3  # the history goes along
    assert "item_claims" not in report.counts
    assert ("quotes", report.counts["quotes"], report.counts["quotes"]) in progress


@pytest.mark.postgresql_only
def test_sqlite_to_postgresql_and_back_changes_nothing(
        archive_url: str, backend: str, tmp_path: Path) -> None:
    with _filled(str(tmp_path / "a.sqlite")) as source:
        source.copy_to(archive_url)
        with Archive.open(archive_url) as server:
            assert _rows(server) == _rows(source)
            server.copy_to(tmp_path / "back.sqlite")
            added = server.save_item(
                simple_item("item-after-move", "Eine Meldung", date(2021, 4, 1)))
            assert added.version == 1
        with Archive.open(tmp_path / "back.sqlite") as back:
            assert _rows(back) == _rows(source)


@pytest.mark.postgresql_only
def test_new_quotes_on_the_server_get_new_row_ids(archive_url: str, backend: str,
                                                   tmp_path: Path) -> None:
    with _filled(str(tmp_path / "a.sqlite")) as source:
        source.copy_to(archive_url)
    with Archive.open(archive_url) as server:
        item = server.load_item("item-rich")
        item.id = "item-rich-copy"
        item.version = 0
        for quote in item.quotes:
            quote.id = f"{quote.id}-copy"
        server.save_item(item)  # would fail on a duplicate key if the sequence lagged
        assert server.load_item("item-rich-copy").quotes


def test_a_target_holding_anything_is_refused_and_left_alone(
        archive_url: str, tmp_path: Path) -> None:
    with Archive.open(archive_url) as target:
        target.save_item(simple_item("already-there", "Eine Meldung", date(2021, 4, 1)))
        before = _rows(target)
    with _filled(str(tmp_path / "a.sqlite")) as source, \
            pytest.raises(StoreError, match="is not empty"):
        source.copy_to(archive_url)
    with Archive.open(archive_url) as target:
        assert _rows(target) == before


def test_a_failed_copy_into_a_new_file_leaves_no_file(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with _filled(str(tmp_path / "a.sqlite")) as source:
        calls = iter(range(10))  # the target's items then read otherwise than the source's
        monkeypatch.setattr(transfer, "_item_stamps", lambda conn: [next(calls)])
        with pytest.raises(StoreError, match="differ"):
            source.copy_to(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_an_archive_is_not_copied_into_itself(archive_url: str) -> None:
    with Archive.open(archive_url) as archive, pytest.raises(StoreError, match="itself"):
        archive.copy_to(archive_url)


def test_migrate_to_on_the_command_line_reports_counts(
        archive_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _filled(archive_url).close()
    out = io.StringIO()
    target = str(tmp_path / "moved.sqlite")
    assert main(["--db", archive_url, "migrate-to", target], out=out) == 0
    lines = out.getvalue().splitlines()
    assert "press_items     2" in lines
    assert lines[-1].startswith("verified: ")
    assert "[quotes]" in capsys.readouterr().err
    assert main(["--db", archive_url, "migrate-to", target], out=io.StringIO()) == 1
    assert "is not empty" in capsys.readouterr().err


@pytest.mark.postgresql_only
def test_a_server_backup_restores_what_it_held(archive_url: str, backend: str,
                                               tmp_path: Path) -> None:
    with _filled(archive_url) as server:
        before = _rows(server)
        copy = server_backup(server, "manual")
        assert copy.name.startswith(server.url.rsplit("/", 1)[1] + "-manual-")
        server.delete_item("item-second")
        server.save_item(simple_item("item-later", "Eine Meldung", date(2021, 4, 1)))
        safety = restore_into_server(copy, server)
        assert _rows(server) == before
        with Archive.open(safety) as kept:  # the content replaced is kept
            assert {s.id for s in kept.list_items()} == {"item-rich", "item-later"}


@pytest.mark.postgresql_only
def test_backup_and_restore_commands_work_on_the_server(
        archive_url: str, backend: str, capsys: pytest.CaptureFixture[str]) -> None:
    _filled(archive_url).close()
    out = io.StringIO()
    assert main(["--db", archive_url, "backup"], out=out) == 0
    copy = Path(out.getvalue().strip())
    assert copy.is_file()
    with Archive.open(archive_url) as server:
        server.delete_item("item-rich")
    out = io.StringIO()
    assert main(["--db", archive_url, "restore", str(copy)], out=out) == 0
    assert "the previous content is kept in" in out.getvalue()
    with Archive.open(archive_url) as server:
        assert server.has_item("item-rich")
