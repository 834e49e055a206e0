"""Exports of many items stay linear: look-ups by id, names numbered once, template parts
compressed once, one sync per batch of files, nothing half-written when interrupted."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from editor.core.model import Bundle
from editor.io import atomic
from editor.render import attribution, docx, export, export_items, viewmodel, zip_parts
from editor.render.catalogue import find_template
from editor.render.viewmodel import BundleIndex

TEMPLATE = "pressemitteilung"


def many(sample: Bundle, count: int) -> tuple[Bundle, list[str]]:
    """``count`` copies of the sample's release, all with the same headline."""
    base = sample.items[0]
    items = []
    for n in range(count):
        item = copy.deepcopy(base)
        item.id = f"{base.id}-{n}"
        items.append(item)
    return (Bundle(items, sample.people, sample.organisations, sample.roles,
                   sample.photo_data), [item.id for item in items])


def test_an_export_indexes_people_once_and_never_scans_for_items(
    sample: Bundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, ids = many(sample, 12)
    made: list[int] = []
    scans: list[str] = []
    real_init = attribution.People.__init__
    real_find = viewmodel.find_item

    def counting_init(self: attribution.People, b: Bundle) -> None:
        made.append(1)
        real_init(self, b)

    def counting_find(b: Bundle, item_id: str) -> Any:
        scans.append(item_id)
        return real_find(b, item_id)

    monkeypatch.setattr(attribution.People, "__init__", counting_init)
    monkeypatch.setattr(viewmodel, "find_item", counting_find)
    monkeypatch.setattr(export, "find_item", counting_find)
    written = export_items(bundle, ids, TEMPLATE, ["de"], ["html"], tmp_path / "out")
    assert len(written) == 12
    assert len(made) == 1
    assert scans == []


def test_roles_are_looked_up_among_the_speakers_own(sample: Bundle) -> None:
    people = attribution.People(sample)
    for role in sample.roles:
        assert role in people.roles_of[role.person_id]
    assert sum(len(r) for r in people.roles_of.values()) == len(sample.roles)
    role = sample.roles[0]
    if role.valid_from is not None:
        found = people.role(role.person_id, None, role.valid_from)
        assert found is not None and found.person_id == role.person_id


def test_an_index_refuses_an_unknown_item_like_the_scan(sample: Bundle) -> None:
    index = BundleIndex(sample)
    assert index.item(sample.items[0].id) is sample.items[0]
    with pytest.raises(viewmodel.RenderError, match="no press item with id 'nope'"):
        index.item("nope")


class CountingSet(set[str]):
    probes = 0

    def __contains__(self, name: object) -> bool:
        CountingSet.probes += 1
        return super().__contains__(name)


def test_equal_names_are_numbered_with_a_constant_number_of_probes_each(sample: Bundle) -> None:
    bundle, ids = many(sample, 400)
    first_base, first_suffix = export.file_stem(bundle, ids[0], ["de"], TEMPLATE).rsplit(".", 1)
    used = CountingSet({f"{first_base}-2.{first_suffix}.html"})
    CountingSet.probes = 0
    names = export._file_names(BundleIndex(bundle), ids, ["de"], TEMPLATE, "en",
                               ["docx", "html"], used)
    stems = [stem for _, stem in names]
    base, suffix = stems[0].rsplit(".", 1)
    expected = [stems[0]] + [f"{base}-{n}.{suffix}" for n in range(3, 402)]
    assert stems == expected  # "-2" was taken by an earlier call: skipped, order kept
    assert CountingSet.probes < 6 * len(ids)  # numbering from 1 each time: ~160,000


def test_unchanged_template_parts_are_compressed_once_per_template(
    sample: Bundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, ids = many(sample, 3)
    info = find_template(TEMPLATE)
    template = docx.load_template(info)
    first = export_items(bundle, ids[:1], TEMPLATE, ["de"], ["docx"], tmp_path / "a")
    packed: list[str] = []
    real_pack = zip_parts.pack

    def counting_pack(name: str, data: bytes, *, compress: bool = True) -> Any:
        packed.append(name)
        return real_pack(name, data, compress=compress)

    monkeypatch.setattr(docx, "pack", counting_pack)
    files = export_items(bundle, ids, TEMPLATE, ["de"], ["docx"], tmp_path / "b")
    per_document = len(packed) / len(files)
    assert per_document <= len(template.compiled) + 2 + len(bundle.photo_data)
    assert per_document < len(template.parts)
    for path in [*first, *files]:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
            assert z.testzip() is None
            assert z.namelist()[:len(template.parts)] == list(template.parts)
            for name, data in template.parts.items():
                if name not in template.compiled and not name.endswith((".rels", "].xml")):
                    assert z.read(name) == data, name


def test_a_batch_of_files_is_synced_once(
    sample: Bundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, ids = many(sample, 5)
    syncs: list[int] = []
    fsyncs: list[int] = []
    real_sync = atomic._sync_files
    real_fsync = atomic.os.fsync

    def counting_sync(temps: list[Path]) -> None:
        syncs.append(len(temps))
        real_sync(temps)

    def counting_fsync(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(atomic, "_sync_files", counting_sync)
    monkeypatch.setattr(atomic.os, "fsync", counting_fsync)
    written = export_items(bundle, ids, TEMPLATE, ["de"], ["docx", "html"], tmp_path / "out")
    assert syncs == [10]
    assert len(fsyncs) <= 1  # the folder, once (the files were synced all at once)
    assert all(path.exists() for path in written)


def _whole(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.testzip() is None
    return data.rstrip().endswith(b"</html>")


def test_an_interrupted_batch_leaves_whole_files_and_no_partial_one(
    sample: Bundle, tmp_path: Path
) -> None:
    bundle, ids = many(sample, 6)

    def interrupt(done: int, total: int, name: str) -> None:
        if done == 7:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        export_items(bundle, ids, TEMPLATE, ["de"], ["docx", "html"], out, progress=interrupt)
    left = sorted(out.iterdir())
    assert [p.name for p in left if p.name.startswith(".")] == []  # no temporary files
    assert len(left) == 7  # the files written before the interruption, each whole
    assert all(_whole(path) for path in left)


def test_a_batch_failing_while_files_are_put_in_place_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = [tmp_path / f"f{n}.txt" for n in range(4)]
    for target in targets:
        target.write_bytes(b"old " + target.name.encode())
    real_replace = atomic.os.replace
    moved: list[str] = []

    def failing_replace(src: str, dst: Any) -> None:
        if len(moved) == 2:
            raise OSError(28, "No space left on device")
        moved.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(atomic.FileWriteError, match="No space left"), atomic.AtomicBatch() as b:
        for target in targets:
            b.write_bytes(target, b"new " + target.name.encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == [t.name for t in targets]
    assert [t.read_bytes()[:3] for t in targets] == [b"new", b"new", b"old", b"old"]
