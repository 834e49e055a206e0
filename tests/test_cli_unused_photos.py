"""`delete-unused-photos` as a user runs it (File ▸ Delete unused photos…: tests/gui)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.images import PhotoData
from editor.core.model import Photo, PressItem, Translations
from editor.store import Archive
from editor.store import photos as photo_store
from tests.store.store_records import tiny_png


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def _age(archive: Archive, key: str) -> None:
    """Make the bytes look stored two hours ago (past the hour they are always kept)."""
    then = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    archive.set_setting(photo_store.STORED_PREFIX + key, then)


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "a.sqlite"
    assert run_cli("--db", str(path), "list")[0] == 0
    with Archive.open(path) as archive:
        used = archive.store_photo(PhotoData("image/png", tiny_png((1, 2, 3))))
        unused = archive.store_photo(PhotoData("image/png", tiny_png((200, 2, 3))))
        archive.save_item(PressItem(id="mit-foto", headline=Translations(text={"de": "Foto"}),
                                    photos=[Photo("ph-1", blob=used)]))
        for key in (used, unused):
            _age(archive, key)
    return path, used, unused


def test_a_dry_run_counts_and_the_command_deletes_only_the_unused(
        db: tuple[Path, str, str]) -> None:
    path, used, unused = db
    code, out = run_cli("--db", str(path), "delete-unused-photos", "--dry-run")
    assert code == 0 and out.startswith("would delete 1 unused photo,")
    with Archive.open(path) as archive:
        assert set(archive.photo_data([used, unused])) == {used, unused}
    code, out = run_cli("--db", str(path), "delete-unused-photos")
    assert code == 0 and out.startswith("deleted 1 unused photo,") and " in use" in out
    with Archive.open(path) as archive:
        assert set(archive.photo_data([used, unused])) == {used}

