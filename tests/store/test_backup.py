"""Backup copies and restoring them: consistent, rotated, checked, undoable."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_records import rich_bundle, simple_item

from editor.cli import main
from editor.core import paths
from editor.core.errors import StoreError
from editor.io.atomic import temp_name
from editor.store import Archive
from editor.store.backup import (
    backups_of,
    copy_database,
    daily_backup_if_due,
    disk_used,
    last_failure,
    make_backup,
    record_failure,
    restore_backup,
    rotate,
    trim_to_budget,
)
from editor.store.backup_worker import backup_running, start_daily_backup


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


def _copy_finished(db: Path) -> None:
    """Wait for the background copy of ``db`` (a writing command does not)."""
    deadline = time.monotonic() + 60
    while backup_running(db, paths.backups_dir()) and time.monotonic() < deadline:
        time.sleep(0.05)


def test_writing_commands_make_the_daily_backup_first(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    assert backups_of(db, "daily") == []  # reading needs no copy (and a new archive none)
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    _copy_finished(db)
    assert len(backups_of(db, "daily")) == 1
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    _copy_finished(db)
    assert len(backups_of(db, "daily")) == 1  # once a day


def _touch_copy(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"copy " + name.encode())
    return path


def test_copies_of_the_same_second_rotate_the_oldest_out(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stamp = "20261202T101500Z"
    names = [f"archive-daily-{stamp}.sqlite"] + [
        f"archive-daily-{stamp}-{n}.sqlite" for n in range(2, 13)]  # taken in this order
    for name in names:
        _touch_copy(folder, name)
    rotate(folder, "archive", "daily", 7)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(names[-7:])  # "-10" … "-12" are the newest, "Z.sqlite" the oldest
    assert [p.name for p in backups_of(tmp_path / "archive.sqlite", "daily", folder)] == \
        names[-7:]


def test_an_unchanged_archive_gets_a_hard_link_not_a_copy(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = make_backup(filled, "manual", folder)
    second = make_backup(filled, "daily", folder)
    assert second.stat().st_ino == first.stat().st_ino
    assert disk_used(backups_of(filled, None, folder)) == first.stat().st_size
    with Archive.open(filled) as archive:
        archive.save_item(simple_item("written-after-the-copies", "Neu", None))
    third = make_backup(filled, "daily", folder)
    assert third.stat().st_ino != first.stat().st_ino
    assert "written-after-the-copies" in _ids(third)
    assert "written-after-the-copies" not in _ids(second)


def test_all_copies_stay_within_the_disk_budget(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    size = make_backup(filled, "manual", folder).stat().st_size
    made = []
    for n in range(6):
        with Archive.open(filled) as archive:
            archive.save_item(simple_item(f"change-{n}", f"Änderung {n}", None))
        made.append(make_backup(filled, "daily", folder, budget=int(3.5 * size)))
    copies = backups_of(filled, None, folder)
    assert disk_used(copies) <= 3.5 * size
    assert made[-1] in copies  # the newest copy of each label is always kept …
    assert backups_of(filled, "manual", folder) != []  # … the manual one too
    assert made[0] not in copies


def test_the_budget_never_touches_another_archive_with_a_similar_name(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    other = _touch_copy(folder, "archive-old-daily-20200101T000000Z.sqlite")
    own = _touch_copy(folder, "archive-daily-20200101T000000Z.sqlite")
    newest = _touch_copy(folder, "archive-daily-20200102T000000Z.sqlite")
    assert trim_to_budget(folder, "archive", 1) == [own]
    assert other.exists() and newest.exists()


def test_the_copy_is_the_archive_as_it_was_at_its_snapshot(filled: Path, tmp_path: Path) -> None:
    def write_meanwhile() -> None:
        with Archive.open(filled) as archive:
            archive.save_item(simple_item("saved-during-the-copy", "Neu", None))

    copy = tmp_path / "copy.sqlite"
    copy_database(filled, copy, on_snapshot=write_meanwhile, step_pages=1)
    assert "saved-during-the-copy" in _ids(filled)
    assert "saved-during-the-copy" not in _ids(copy)
    assert _ids(copy) == sorted(set(_ids(filled)) - {"saved-during-the-copy"})


def _dead_pid() -> int:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return finished.pid


def test_a_killed_copy_leaves_nothing_behind_on_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    _copy_finished(db)
    folder = paths.backups_dir()
    host = temp_name(folder / "x").name.split("@")[1].split(".")[0]
    killed = folder / (f".archive-daily-20261202T101500Z.sqlite.pressestelle."
                       f"{_dead_pid()}@{host}.0123abcd.part")
    killed.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0  # today's copy exists
    _copy_finished(db)
    assert not killed.exists()
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_a_writer_waiting_for_the_snapshot_does_not_wait_for_a_killed_copy_to_be_removed(
    filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    host = temp_name(folder / "x").name.split("@")[1].split(".")[0]
    killed = folder / (f".archive-daily-20261202T101500Z.sqlite.pressestelle."
                       f"{_dead_pid()}@{host}.0123abcd.part")
    killed.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    present_at_snapshot: list[bool] = []
    made = daily_backup_if_due(filled, folder,
                               on_snapshot=lambda: present_at_snapshot.append(killed.exists()))
    assert made is not None and backups_of(filled, "daily", folder) == [made]
    assert present_at_snapshot == [True]  # removed after the writer was let go
    assert not killed.exists()
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_a_writing_command_does_not_wait_for_the_copy_and_it_excludes_its_write(
    filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    started = start_daily_backup(filled, folder)
    assert started.said in (["snapshot"], ["done"])
    with Archive.open(filled) as archive:
        archive.save_item(simple_item("first-write-of-the-day", "Neu", None))
    assert started.wait(60) == 0
    (daily,) = backups_of(filled, "daily", folder)
    assert "first-write-of-the-day" not in _ids(daily)
    assert _ids(daily) != []


def test_a_failed_background_copy_is_reported_by_the_next_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0
    record_failure(db, "Not enough free disk space in /somewhere", paths.backups_dir())
    assert main(["--db", str(db), "sample"], out=io.StringIO()) == 0
    _copy_finished(db)
    assert "last daily backup copy failed: Not enough free disk space" in capsys.readouterr().err
    assert last_failure(db, paths.backups_dir()) is None  # this copy went well


def test_the_command_line_lists_the_copies_and_the_disk_they_take(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "archive.sqlite"
    for _ in range(2):
        assert main(["--db", str(db), "backup"], out=io.StringIO()) == 0
    capsys.readouterr()
    out = io.StringIO()
    assert main(["--db", str(db), "backup", "--list"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and all(".sqlite\t" in line and " MB" in line for line in lines)
    assert "2 copies on" in capsys.readouterr().err
    assert len(backups_of(db, "manual")) == 2  # listing made none
