"""Revision 0007: an archive whose photos were file paths gets their bytes, after a backup."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from store_records import rich_bundle, rich_item, tiny_png

from editor.cli import main
from editor.store import Archive
from editor.store.migrate import head_revision, migrate

GOOD = tiny_png((200, 10, 10), 5, 5)


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _set_photos(db_path: Path, table: str, key: str, photos: list[dict[str, str]]) -> None:
    """Give the stored document of an item (or draft) photos as revision 0006 kept them."""
    with closing(sqlite3.connect(db_path)) as db:
        (raw,) = db.execute(f"SELECT document FROM {table} WHERE {key} = 'item-rich'").fetchone()
        document = json.loads(raw)
        document["photos"] = photos
        db.execute(f"UPDATE {table} SET document = ? WHERE {key} = 'item-rich'",
                   (json.dumps(document),))
        db.commit()


@pytest.fixture
def old_archive(tmp_path: Path) -> tuple[Path, Path]:
    """An archive at revision 0006 whose item and draft name photo files by path."""
    db = tmp_path / "archive.sqlite"
    with Archive.open(db) as archive:
        archive.save_bundle(rich_bundle())
        archive.save_draft(rich_item(), base_version=1)
    migrate(f"sqlite:///{db}", "0006")
    assert _revision(db) == "0006"
    photo = tmp_path / "pictures" / "signing.png"
    photo.parent.mkdir()
    photo.write_bytes(GOOD)
    _set_photos(db, "press_items", "id", [
        {"id": "ph1", "path": str(photo), "credit": "Rainer Weisflog"},
        {"id": "ph2", "path": str(tmp_path / "gone.jpg")},
        {"id": "ph3", "path": "/proc/self/environ"},
        {"id": "ph4", "path": "relative/leftover.jpg"},
    ])
    _set_photos(db, "drafts", "item_id", [{"id": "ph1", "path": str(photo)}])
    return db, photo


def test_revision_0007_copies_readable_photos_and_reports_the_rest(
        old_archive: tuple[Path, Path]) -> None:
    db, photo = old_archive
    key = hashlib.sha256(GOOD).hexdigest()
    with Archive.open(db) as archive:
        backup = archive.backup_path
        item = archive.load_item("item-rich")
        assert [(p.id, p.blob) for p in item.photos] == [
            ("ph1", key), ("ph2", ""), ("ph3", ""), ("ph4", "")]
        assert item.photos[0].credit == "Rainer Weisflog"
        bundle = archive.load_bundle(["item-rich"])
        assert bundle.photo_data[key].data == GOOD
        assert bundle.photo_data[key].media_type == "image/png"
        draft = archive.load_draft("item-rich")
        assert draft is not None and draft[0].photos[0].blob == key
        report = archive.photo_update_report()
    assert _revision(db) == head_revision()
    assert backup is not None and _revision(backup) == "0006"
    assert len(report) == 3
    assert any("ph2" in line and "gone.jpg" in line for line in report)
    assert any("ph3" in line and "not a JPEG, PNG or WebP image" in line for line in report)
    assert any("ph4" in line and "not absolute" in line for line in report)
    photo.unlink()  # the archive no longer needs the file
    with Archive.open(db) as archive:
        assert archive.load_bundle(["item-rich"]).photo_data[key].data == GOOD


def test_the_command_line_names_the_photos_it_could_not_copy(
        old_archive: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = old_archive
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert "Updating the archive" in err
    warnings = [line for line in err.splitlines() if line.startswith("warning: photo ")]
    assert len(warnings) == 3 and any("gone.jpg" in line for line in warnings)
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    assert "warning" not in capsys.readouterr().err  # said once, when updating


def test_an_archive_without_photos_updates_without_a_report(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    Archive.open(db).close()
    migrate(f"sqlite:///{db}", "0006")
    with Archive.open(db) as archive:
        assert archive.photo_update_report() == []
        assert archive.backup_path is not None
