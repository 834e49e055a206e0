"""Backup copies and restoring them: consistent, rotated, checked, undoable."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from store_records import rich_bundle, simple_item

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive
from editor.store.backup import (
    backups_of,
    daily_backup_if_due,
    make_backup,
    restore_backup,
)


def _ids(path: Path) -> list[str]:
    with Archive.open(path) as archive:
        return sorted(s.id for s in archive.list_items())


@pytest.fixture
def filled(archive_path: Path) -> Path:
    with Archive.open(archive_path) as archive:
        archive.save_bundle(rich_bundle())
    return archive_path


def test_backup_is_a_complete_archive(filled: Path, tmp_path: Path) -> None:
    copy = make_backup(filled, "manual", tmp_path / "backups")
    assert copy.exists() and not copy.with_name(copy.name + ".partial").exists()
    assert _ids(copy) == _ids(filled) != []


def test_backups_are_rotated_per_label(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for _ in range(9):
        make_backup(filled, "daily", folder)
    make_backup(filled, "manual", folder)
    assert len(backups_of(filled, "daily", folder)) == 7
    assert len(backups_of(filled, "manual", folder)) == 1


def test_daily_backup_once_a_day(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert daily_backup_if_due(filled, folder) is not None
    assert daily_backup_if_due(filled, folder) is None
    assert len(backups_of(filled, "daily", folder)) == 1


def test_restore_brings_back_the_old_content_and_keeps_the_current(
    filled: Path, tmp_path: Path
) -> None:
    copy = make_backup(filled, "manual", tmp_path / "backups")
    before = _ids(filled)
    with Archive.open(filled) as archive:
        archive.save_item(simple_item("written-after-the-backup", "Neu", None))
    safety = restore_backup(copy, filled)
    assert _ids(filled) == before
    assert safety is not None and "written-after-the-backup" in _ids(safety)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    filled: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 500)
    original = filled.read_bytes()
    with pytest.raises(StoreError, match=r"damaged\.sqlite"):
        restore_backup(damaged, filled)
    assert filled.read_bytes() == original


def test_restore_refuses_a_missing_file(filled: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"nothing-here\.sqlite"):
        restore_backup(tmp_path / "nothing-here.sqlite", filled)


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    out = io.StringIO()
    assert main(["--db", str(db), "backup"], out=out) == 0
    copy = Path(out.getvalue().strip())
    assert copy.exists()
    with Archive.open(db) as archive:
        for summary in archive.list_items():
            archive.delete_item(summary.id)
    assert _ids(db) == []
    out = io.StringIO()
    assert main(["--db", str(db), "restore", str(copy)], out=out) == 0
    assert "previous content is kept" in out.getvalue()
    assert len(_ids(db)) == 1


def test_writing_commands_make_the_daily_backup_first(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    assert backups_of(db, "daily") == []  # reading needs no copy (and a new archive none)
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    assert len(backups_of(db, "daily")) == 1
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    assert len(backups_of(db, "daily")) == 1  # once a day
