"""Red team: the archive file and its backup copies are only ever regular files.

``--db`` naming a named pipe or a device was reported as a failing disk ("disk I/O
error"); backup rotation deleted by glob pattern, so an archive whose name holds glob
characters ("Archiv [1]") rotated out the copies of another archive ("Archiv1"), and a
folder or link carrying a backup's name broke (or was deleted by) the rotation.
"""

from __future__ import annotations

import io
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.errors import StoreError
from editor.store import Archive
from editor.store.backup import KEEP, backups_of, make_backup


@pytest.mark.parametrize("kind", ["pipe", "device", "link to a device"])
def test_db_that_is_no_regular_file_is_named_so(tmp_path: Path, kind: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "archive.sqlite"
    if kind == "pipe":
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target.symlink_to("/dev/null")
    code = main(["--db", str(target), "list"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code != 0
    assert "not a regular file" in err and "disk" not in err and "Traceback" not in err
    assert err.count("\n") == 1
    with pytest.raises(StoreError, match="not a regular file"):
        Archive.open(target)


def _archive(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t (x)")
    return path


def test_rotation_keeps_the_copies_of_an_archive_with_a_similar_name(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    plain = _archive(tmp_path / "Archiv1.sqlite")
    globbed = _archive(tmp_path / "Archiv[1].sqlite")
    mine = make_backup(plain, "manual", folder)
    for _ in range(KEEP["manual"] + 1):
        make_backup(globbed, "manual", folder)
    assert mine.exists(), "the other archive's backup was rotated out"
    assert backups_of(plain, "manual", folder) == [mine]
    assert len(backups_of(globbed, "manual", folder)) == KEEP["manual"]


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_rotation_touches_only_regular_files(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    archive = _archive(tmp_path / "presse.sqlite")
    outside = tmp_path / "keep.sqlite"
    outside.write_bytes(b"someone else's")
    odd = folder / "presse-daily-20000101T000000Z.sqlite"
    if kind == "folder":
        odd.mkdir()
    else:
        odd.symlink_to(outside)
    for _ in range(KEEP["daily"] + 1):
        make_backup(archive, "daily", folder)
    assert odd.is_symlink() or odd.is_dir()
    assert outside.read_bytes() == b"someone else's"
    assert odd not in backups_of(archive, "daily", folder)
    assert len(backups_of(archive, "daily", folder)) == KEEP["daily"]
