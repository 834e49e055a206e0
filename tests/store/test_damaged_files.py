"""Unusable places and failing disks: a clear message naming the file, nothing damaged."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from store_records import rich_bundle, rich_item, simple_item, without_stamps

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv), out=io.StringIO())
    return code, capsys.readouterr().err


def test_archive_under_a_file_is_a_clear_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    target = blocker / "archive.sqlite"
    with pytest.raises(StoreError) as caught:
        Archive.open(target)
    assert str(target) in str(caught.value)
    assert blocker.read_text(encoding="utf-8") == "a file"
    code, err = _cli(capsys, "--db", str(target), "list")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert str(target) in err


def test_archive_in_a_folder_that_refuses_files(capsys: pytest.CaptureFixture[str]) -> None:
    target = Path("/proc/pressestelle-archive.sqlite")  # no one may create files in /proc
    if not Path("/proc").is_dir():
        pytest.skip("no /proc on this system")
    with pytest.raises(StoreError) as caught:
        Archive.open(target)
    assert str(target) in str(caught.value)
    code, err = _cli(capsys, "--db", str(target), "list")
    assert code == 1 and err.count("\n") == 1 and str(target) in err


SQLITE_CODES = {"database or disk is full": sqlite3.SQLITE_FULL,
                "attempt to write a readonly database": sqlite3.SQLITE_READONLY}


@pytest.fixture
def failing_writes(archive_path: Path) -> Iterator[tuple[Archive, list[str]]]:
    """An archive whose next writes fail the way SQLite reports it; set the message."""
    archive = Archive.open(archive_path)
    archive.save_bundle(rich_bundle())
    message: list[str] = []

    def fail(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if message and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlite3.OperationalError(message[0])
            error.sqlite_errorcode = SQLITE_CODES[message[0]]  # as the driver sets it
            raise error

    engine = archive._engine
    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield archive, message
    finally:
        event.remove(engine, "before_cursor_execute", fail)
        archive.close()


@pytest.mark.parametrize(("reason", "expected"), [
    ("database or disk is full", "is full. Nothing was saved. Free some disk space"),
    ("attempt to write a readonly database", "is read-only (or its folder is). Nothing was saved."),
])
def test_failing_disk_during_save_keeps_the_stored_data(
    failing_writes: tuple[Archive, list[str]], archive_path: Path, reason: str, expected: str
) -> None:
    archive, message = failing_writes
    stored = archive.load_item("item-rich")
    changed = archive.load_item("item-rich")
    changed.headline.text["de"] = "Geändert"
    message.append(reason)
    with pytest.raises(StoreError) as caught:
        archive.save_item(changed)
    assert expected in str(caught.value) and str(archive_path) in str(caught.value)
    with pytest.raises(StoreError, match="Nothing was saved"):
        archive.save_item(simple_item("brand-new", "Neu", date(2024, 1, 2)))
    message.clear()
    assert without_stamps(archive.load_item("item-rich")) == without_stamps(stored)
    assert not archive.has_item("brand-new")
    assert without_stamps(archive.load_item("item-rich")) == rich_item()
    with Archive.open(archive_path) as again, again._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_sqlite_reports_a_full_disk_the_same_way(failing_writes: tuple[Archive, list[str]]
                                                 ) -> None:
    """The error SQLite raises itself (through the driver) gets the same message."""
    archive, message = failing_writes
    message.append("database or disk is full")
    with pytest.raises(StoreError, match="Free some disk space"):
        archive.save_bundle(rich_bundle(), replace=True)


def test_export_into_an_unusable_folder_is_one_line(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    blocker = tmp_path / "blocker"
    blocker.write_text("a file", encoding="utf-8")
    for out in (blocker, blocker / "exports"):
        code, err = _cli(capsys, "--db", str(db), "export", "2021-03-15-smart-country",
                         "--template", "pressemitteilung", "--out", str(out))
        assert code == 1
        assert err.startswith("error: ") and err.count("\n") == 1, err
        assert str(out) in err and "cannot be created" in err
    assert blocker.read_text(encoding="utf-8") == "a file"
