"""A batch of a few files syncs those files, not the whole file system."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.io import atomic


def test_a_few_files_are_synced_each_and_the_file_system_is_left_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole_system: list[Path] = []
    synced: list[int] = []
    real_fsync = atomic.os.fsync

    def counting_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(atomic, "_syncfs", lambda folder: whole_system.append(folder) or True)
    monkeypatch.setattr(atomic.os, "fsync", counting_fsync)
    with atomic.AtomicBatch() as batch:
        batch.write_bytes(tmp_path / "a.docx", b"first")
        batch.write_bytes(tmp_path / "a.html", b"second")
    assert whole_system == []
    assert len(synced) >= 2  # each file (and the folder)
    assert (tmp_path / "a.docx").read_bytes() == b"first"

    synced.clear()
    with atomic.AtomicBatch() as batch:
        for n in range(atomic.FSYNC_EACH_UP_TO + 1):
            batch.write_bytes(tmp_path / f"{n}.html", b"x")
    assert whole_system == [tmp_path]  # a larger batch: one sync of the file system
    assert len(synced) <= 1
