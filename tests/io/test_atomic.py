"""Atomic writes: the old file or the new one, never a half-written one, no debris."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor.core.model import Bundle
from editor.io import atomic, interchange
from editor.io.atomic import FileWriteError, open_atomic, write_bytes_atomic, write_text_atomic
from editor.io.interchange import read_file, write_file


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    write_text_atomic(target, "Grüße\n")
    assert target.read_text(encoding="utf-8") == "Grüße\n"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failure_while_writing_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_atomic(target) as stream:
        stream.write(b"half of it")
        raise RuntimeError("the writer broke")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.docx"]


def test_failure_to_replace_is_a_clear_error_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(FileWriteError, match=r"a\.txt: cannot write the file: Permission denied"):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="cannot write the file"):
        write_text_atomic(tmp_path / "no" / "such" / "a.txt", "x")


def test_unencodable_text_touches_nothing(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "€", encoding="latin-1")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_failing_serializer_leaves_the_interchange_file_untouched(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sample_copy.read_bytes()
    bundle = read_file(sample_copy)
    folder_before = sorted(os.listdir(sample_copy.parent))

    def broken(*args: object, **kwargs: object) -> str:
        raise ValueError("serializer failed")

    monkeypatch.setattr(interchange.json, "dumps", broken)
    with pytest.raises(ValueError, match="serializer failed"):
        write_file(bundle, sample_copy)
    assert sample_copy.read_bytes() == before
    assert sorted(os.listdir(sample_copy.parent)) == folder_before


def test_a_failing_disk_leaves_the_interchange_file_untouched(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sample_copy.read_bytes()
    bundle: Bundle = read_file(sample_copy)
    folder_before = sorted(os.listdir(sample_copy.parent))

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(FileWriteError, match="No space left on device"):
        write_file(bundle, sample_copy)
    assert sample_copy.read_bytes() == before
    assert sorted(os.listdir(sample_copy.parent)) == folder_before


def test_the_temporary_name_names_this_host_without_loading_socket() -> None:
    import socket
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from editor.io import atomic; "
            "print(atomic.temp_name(Path('x.docx')).name); "
            "print('socket' in sys.modules, 'secrets' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    name, loaded = done.stdout.splitlines()
    host = "".join(c if c.isalnum() or c in ".-" else "-" for c in socket.gethostname())
    assert f"@{host[:64]}." in name
    assert loaded == "False False"
