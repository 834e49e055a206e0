"""Database failures are told apart by SQLite's error code, each with the advice that fits.

A full disk or a read-only archive is not "damaged": only SQLITE_CORRUPT and
SQLITE_NOTADB send the user to a backup. A new archive whose creation fails leaves
nothing behind; an existing archive is never removed.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError
from store_records import rich_bundle, rich_item, simple_item, without_stamps

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive, engine, migrate
from editor.store.errors import ArchiveBusyError, Trouble, store_error, trouble_of


def _driver_error(code: int, message: str = "some text") -> OperationalError:
    """An SQLAlchemy error wrapping a driver error that carries ``code``, as sqlite3 sets it."""
    orig = sqlite3.OperationalError(message)
    orig.sqlite_errorcode = code
    return OperationalError("INSERT …", {}, orig)


ADVICE = [
    (sqlite3.SQLITE_FULL, Trouble.FULL, "Free some disk space"),
    (sqlite3.SQLITE_IOERR | (4 << 8), Trouble.DISK, "Check the drive"),  # SQLITE_IOERR_SHORT_READ
    (778, Trouble.DISK, "Check the drive"),  # SQLITE_IOERR_WRITE
    (sqlite3.SQLITE_READONLY, Trouble.READ_ONLY, "Check its permissions"),
    (sqlite3.SQLITE_READONLY | (4 << 8), Trouble.READ_ONLY, "Check its permissions"),
    (sqlite3.SQLITE_PERM, Trouble.READ_ONLY, "Check its permissions"),
    (sqlite3.SQLITE_CANTOPEN, Trouble.CANNOT_OPEN, "check that the folder exists"),
    (sqlite3.SQLITE_CORRUPT, Trouble.DAMAGED, "Restore it from a copy"),
    (sqlite3.SQLITE_CORRUPT | (1 << 8), Trouble.DAMAGED, "Restore it from a copy"),
    (sqlite3.SQLITE_NOTADB, Trouble.DAMAGED, "Restore it from a copy"),
    (sqlite3.SQLITE_BUSY, Trouble.BUSY, "Try again in a moment"),
    (sqlite3.SQLITE_LOCKED, Trouble.BUSY, "Try again in a moment"),
    (sqlite3.SQLITE_ERROR, Trouble.OTHER, "Could not use the archive"),
]


@pytest.mark.parametrize(("code", "trouble", "advice"), ADVICE)
def test_each_code_gets_its_own_advice(code: int, trouble: Trouble, advice: str) -> None:
    # The message text says the opposite on purpose: only the code may decide.
    misleading = "database disk image is malformed" if trouble is not Trouble.DAMAGED \
        else "database or disk is full"
    error = _driver_error(code, misleading)
    assert trouble_of(error) is trouble
    message = str(store_error(error, "/x/archive.sqlite"))
    assert advice in message and "/x/archive.sqlite" in message
    assert ("damaged" in message) == (trouble is Trouble.DAMAGED)
    assert ("Restore" in message) == (trouble is Trouble.DAMAGED)
    assert isinstance(store_error(error, "a"), ArchiveBusyError) == (trouble is Trouble.BUSY)


def test_an_error_without_a_code_is_not_guessed_from_its_text() -> None:
    error = OperationalError("x", {}, sqlite3.OperationalError("database or disk is full"))
    assert trouble_of(error) is Trouble.OTHER
    assert trouble_of(RuntimeError("disk is full")) is Trouble.OTHER


def _limit_pages(eng: Engine, extra: int) -> None:
    """Every new connection of ``eng`` may grow its file by ``extra`` pages: a fake full disk."""
    @event.listens_for(eng, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra}")


def test_a_full_disk_during_save_says_so_and_keeps_the_stored_data(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        archive.save_bundle(rich_bundle())
        archive._engine.dispose()
        _limit_pages(archive._engine, 2)
        big = simple_item("big", "Groß", date(2024, 1, 2))
        big.internal_note = "x" * 200_000
        with pytest.raises(StoreError) as caught:
            archive.save_item(big)
        message = str(caught.value)
        assert "is full" in message and "Free some disk space" in message
        assert "damaged" not in message and "Restore" not in message
        assert isinstance(caught.value.__cause__, OperationalError)
        assert caught.value.__cause__.orig.sqlite_errorcode == sqlite3.SQLITE_FULL
    with Archive.open(archive_path) as archive:
        assert not archive.has_item("big")
        assert without_stamps(archive.load_item("item-rich")) == rich_item()


@pytest.fixture
def full_on_create(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """New archives are made on a disk that is full after the first page."""
    real = engine.create_archive_engine

    def tiny(url: URL, **kwargs: Any) -> Engine:
        made = real(url, **kwargs)
        _limit_pages(made, 1)
        return made

    monkeypatch.setattr(migrate, "create_archive_engine", tiny)
    yield


@pytest.mark.usefixtures("full_on_create")
def test_a_new_archive_that_cannot_be_made_leaves_nothing(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    target = tmp_path / "new" / "deeper" / "archive.sqlite"
    with pytest.raises(StoreError) as caught:
        Archive.open(target)
    assert "is full" in str(caught.value) and "Nothing was created" in str(caught.value)
    assert not (tmp_path / "new").exists()
    assert main(["--db", str(target), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is full" in err and "Traceback" not in err
    assert not (tmp_path / "new").exists()


@pytest.mark.usefixtures("full_on_create")
def test_an_existing_file_is_never_removed_when_opening_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"  # the user's own (empty) file: it stays
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="is full") as caught:
        Archive.open(empty)
    assert "It was left unchanged" in str(caught.value)
    assert empty.exists()


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def test_an_archive_on_a_read_only_drive_is_read_only_not_damaged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, view = tmp_path / "rw", tmp_path / "ro"
    source.mkdir()
    view.mkdir()
    with Archive.open(source / "a.sqlite") as archive:
        archive.save_bundle(rich_bundle())
    if not _mount("--bind", str(source), str(view)):
        pytest.skip("cannot make a bind mount here")
    try:
        if not _mount("-o", "remount,ro,bind", str(view)):
            pytest.skip("cannot make a read-only mount here")
        with pytest.raises(StoreError) as caught:
            Archive.open(view / "a.sqlite")
        message = str(caught.value)
        assert "read-only" in message and "damaged" not in message, message
        assert main(["--db", str(view / "a.sqlite"), "list"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "read-only" in err
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


def test_a_really_full_disk_when_creating_an_archive(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=48k", "tmpfs", str(disk)):
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with pytest.raises(StoreError) as caught:
            Archive.open(disk / "a.sqlite")
        assert "is full" in str(caught.value)
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


@pytest.mark.parametrize(("code", "trouble", "_advice"), ADVICE)
def test_the_window_adds_advice_that_fits_the_failure(code: int, trouble: Trouble,
                                                      _advice: str) -> None:
    pytest.importorskip("PySide6")
    from editor.gui.errors import advice

    said = advice(store_error(_driver_error(code), "a"))
    assert ("backup" in said) == (trouble is Trouble.DAMAGED)
    assert ("read-only" in said) == (trouble is Trouble.OTHER)
    assert ("disk space" in said) == (trouble is Trouble.FULL)
