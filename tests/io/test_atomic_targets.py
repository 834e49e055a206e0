"""An atomic write replaces a regular file or creates one, and nothing else."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.errors import StoreError
from editor.io.atomic import NotARegularFile, open_atomic, write_bytes_atomic, write_text_atomic
from editor.store import backup


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(list(argv), out=io.StringIO())
    return code, err.getvalue()


def test_a_symbolic_link_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("the real file", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with pytest.raises(NotARegularFile, match=r"link\.json: .*symbolic link"):
        write_text_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "the real file"
    assert sorted(os.listdir(tmp_path)) == ["link.json", "real.json"]


def test_a_dangling_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.docx"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(NotARegularFile, match="symbolic link"):
        write_bytes_atomic(link, b"x")
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out.html"
    folder.mkdir()
    (folder / "inside").write_text("keep", encoding="utf-8")
    with pytest.raises(NotARegularFile, match=r"out\.html: .*folder"):
        write_bytes_atomic(folder, b"x")
    assert (folder / "inside").read_text(encoding="utf-8") == "keep"


def test_a_named_pipe_is_refused_without_waiting_for_a_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile, match="named pipe"):
        write_bytes_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_node_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    with pytest.raises(NotARegularFile, match="device"):
        write_bytes_atomic(device, b"x")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_link_made_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("keep", encoding="utf-8")
    with pytest.raises(NotARegularFile), open_atomic(target) as stream:
        stream.write(b"new")
        target.symlink_to(elsewhere)
    assert target.is_symlink() and elsewhere.read_text(encoding="utf-8") == "keep"
    assert sorted(os.listdir(tmp_path)) == ["a.json", "elsewhere"]


def test_a_folder_reached_through_a_link_is_fine(tmp_path: Path) -> None:
    documents = tmp_path / "real-documents"
    documents.mkdir()
    (tmp_path / "Documents").symlink_to(documents, target_is_directory=True)
    write_text_atomic(tmp_path / "Documents" / "a.json", "new")
    assert (documents / "a.json").read_text(encoding="utf-8") == "new"
    assert not (documents / "a.json").is_symlink()


def test_dump_refuses_a_link_with_one_line_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, err = run("--db", str(db), "dump", "2021-03-15-smart-country", "--out", str(link))
    assert code == 1
    assert err.count("\n") == 1 and str(link) in err and "symbolic link" in err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "{}"


def test_a_backup_never_replaces_a_link(tmp_path: Path) -> None:
    source = tmp_path / "a.sqlite"
    with sqlite3.connect(source) as db:
        db.execute("CREATE TABLE t (x)")
    real = tmp_path / "real.sqlite"
    real.write_bytes(b"not to be touched")
    link = tmp_path / "copy.sqlite"
    link.symlink_to(real)
    with pytest.raises(StoreError, match="symbolic link"):
        backup.copy_database(source, link)
    assert link.is_symlink() and real.read_bytes() == b"not to be touched"
    assert sorted(os.listdir(tmp_path)) == ["a.sqlite", "copy.sqlite", "real.sqlite"]


def test_restore_refuses_an_archive_that_is_not_a_file(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite"
    assert run("--db", str(good), "list")[0] == 0
    folder = tmp_path / "archive.sqlite"
    folder.mkdir()
    with pytest.raises(StoreError, match=r"Nothing was restored: .*archive\.sqlite.*folder"):
        backup.restore_backup(good, folder)
