"""Interrupted exports and backups leave nothing half-written and no temporary files."""

from __future__ import annotations

import copy
import os
import sqlite3
from pathlib import Path

import pytest
from render_support import BundleFactory

from editor.core.errors import StoreError
from editor.core.model import Bundle
from editor.io import atomic
from editor.io.atomic import FileWriteError
from editor.render import RenderError, docx, export_items
from editor.store import Archive, backup


def five_items(factory: BundleFactory) -> tuple[Bundle, list[str]]:
    bundle = factory()
    for n in range(2, 6):
        twin = copy.deepcopy(bundle.items[0])
        twin.id = f"item-{n}"
        twin.headline.text["de"] = f"Meldung {n}"
        bundle.items.append(twin)
    return bundle, [item.id for item in bundle.items]


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_serializer_failing_on_the_third_item_leaves_whole_files_only(
    bundle_factory: BundleFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, ids = five_items(bundle_factory)
    out = tmp_path / "out"
    first = export_items(bundle, ids, "pressemitteilung", ["de"], ["docx", "html"], out)
    for path in first:  # an older export under the same names
        path.write_bytes(b"OLDER EXPORT " + path.name.encode())
    older = _state(out)
    real = docx.render_view
    calls = []

    def breaks_on_third(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise RenderError("the serializer broke")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docx, "render_view", breaks_on_third)
    with pytest.raises(RenderError, match="serializer broke"):
        export_items(bundle, ids, "pressemitteilung", ["de"], ["docx", "html"], out)
    after = _state(out)
    assert sorted(after) == sorted(older), "no temporary or extra files"
    for name, data in after.items():
        # Items 1 and 2 were written anew and whole; 3 to 5 still hold the older export.
        assert data == older[name] or not data.startswith(b"OLDER"), name
        if data != older[name]:
            assert data.startswith(b"PK") or data.startswith(b"<!DOCTYPE"), name
    rewritten = [n for n in after if after[n] != older[n]]
    assert len(rewritten) == 4


def test_a_writer_failing_after_some_bytes_keeps_the_older_export(
    bundle_factory: BundleFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = bundle_factory()
    out = tmp_path / "out"
    (path,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx"], out)
    older = path.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        """Writes the first 100 bytes, then the disk 'fills up'."""

        def __init__(self, stream: object) -> None:
            self.stream = stream

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self.stream.write(data[:100])  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]
            raise OSError(28, "No space left on device")

        def __getattr__(self, name: str) -> object:
            return getattr(self.stream, name)

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(FileWriteError, match="No space left on device") as caught:
        export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx"], out)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == older
    assert os.listdir(out) == [path.name]


def test_a_failing_backup_leaves_no_partial_copy(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    archive_path = tmp_path / "a.sqlite"
    with Archive.open(archive_path) as archive:
        archive.save_bundle(Bundle())
    folder = tmp_path / "backups"
    good = backup.make_backup(archive_path, "manual", folder)
    good_bytes = good.read_bytes()
    with Archive.open(archive_path) as archive:  # changed: a new copy is due, not a link
        archive.set_setting("changed", "yes")

    class BrokenConnection:
        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def __getattr__(self, name: str) -> object:  # the snapshot's BEGIN and COMMIT
            return getattr(self.real, name)

        def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:
            target.execute("CREATE TABLE half (x)")
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            self.real.close()

    real_connect = sqlite3.connect

    def connect(path: object, *args: object, **kwargs: object) -> object:
        conn = real_connect(path, *args, **kwargs)  # type: ignore[arg-type]
        return BrokenConnection(conn) if str(path) == str(archive_path) else conn

    monkeypatch.setattr(backup.sqlite3, "connect", connect)
    with pytest.raises(StoreError, match="Nothing was changed"):
        backup.make_backup(archive_path, "manual", folder)
    notes = f".{archive_path.stem}.backups.json"  # what the copies note beside them
    assert sorted(n for n in os.listdir(folder) if n != notes) == [good.name]
    assert good.read_bytes() == good_bytes
