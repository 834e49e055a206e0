"""Versions of an item: the comparison block by block and word by word, restoring one as
a new save, and publishing with corrections shown in the exports."""

from __future__ import annotations

import copy
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.core.errors import PressestelleError
from editor.core.model import Block, BlockKind, ItemStatus, PressItem, Translations
from editor.io.samples import load_sample_bundles
from editor.render.viewmodel import build_view
from editor.services.exporting import run_export
from editor.services.versions import (
    Piece,
    compare,
    marked_text,
    publish,
    restore,
    word_diff,
)
from editor.store import Archive


def test_word_diff_marks_what_was_struck_out_and_put_in() -> None:
    pieces = word_diff("Das Land fördert die Region.", "Das Land unterstützt die Region stark.")
    assert pieces == [Piece("same", "Das Land "), Piece("removed", "fördert"),
                      Piece("added", "unterstützt"), Piece("same", " die Region"),
                      Piece("added", " stark"), Piece("same", ".")]
    assert marked_text(pieces) == "Das Land [-fördert-]{+unterstützt+} die Region{+ stark+}."
    assert word_diff("gleich", "gleich") == [Piece("same", "gleich")]


def _item() -> PressItem:
    return PressItem(id="x", languages=["de", "en"],
                     headline=Translations({"de": "Titel", "en": "Title"}),
                     blocks=[Block("b1", text=Translations({"de": "Eins.", "en": "One."})),
                             Block("b2", text=Translations({"de": "Zwei.", "en": "Two."})),
                             Block("b3", text=Translations({"de": "Drei.", "en": "Three."}))])


def test_compare_goes_block_by_block_and_language_by_language() -> None:
    old = _item()
    new = copy.deepcopy(old)
    new.blocks[0].text.text["en"] = "One and a half."
    new.blocks.pop(1)  # b2 removed
    new.blocks.insert(0, new.blocks.pop(1))  # b3 moved to the top
    new.blocks.append(Block("b4", kind=BlockKind.SUBHEADING,
                            text=Translations({"de": "Neu"})))
    new.topics = ["Strukturwandel"]
    changes = compare(old, new)
    shown = [(c.place, c.what, marked_text(c.pieces)) for c in changes]
    assert ("topics", "changed", "{+Strukturwandel+}") in shown
    assert ("block 2 (paragraph) [en]", "changed", "One{+ and a half+}.") in shown
    assert ("block 3 (subheading) [de]", "added", "{+Neu+}") in shown
    assert ("block 2 (paragraph) [de]", "removed", "[-Zwei.-]") in shown
    assert ("block 2 (paragraph) [en]", "removed", "[-Two.-]") in shown
    moved = [c for c in changes if c.what == "moved"]
    assert len(moved) == 1 and moved[0].number == 1  # only b3 changed its place
    assert not [c for c in changes if c.place.startswith("block 2 (paragraph) [de]")
                and c.what == "changed"]  # b1's German text is unchanged
    assert compare(old, copy.deepcopy(old)) == []


def test_compare_shows_quotes_by_language_and_their_facts() -> None:
    bundle = load_sample_bundles()[0]
    old = bundle.items[0]
    new = copy.deepcopy(old)
    new.quotes[0].text.text["de"] = new.quotes[0].text.text["de"].replace(
        "Brandenburg", "Berlin", 1)
    new.quotes[0].verb = {"de": "betonte", "en": "stressed"}
    changes = [c for c in compare(old, new) if c.area == "quote"]
    assert {(c.language, c.part) for c in changes} == {("de", "text"), ("", "verb")}
    text = next(c for c in changes if c.part == "text")
    assert Piece("removed", "Brandenburg") in text.pieces
    assert Piece("added", "Berlin") in text.pieces


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "a.sqlite")
    for bundle in load_sample_bundles():
        opened.save_bundle(bundle, saved_by="Anna")
    return opened


def _sample_id(archive: Archive) -> str:
    return archive.list_items()[0].id


def test_restoring_is_a_new_save_and_loses_nothing(archive: Archive) -> None:
    item_id = _sample_id(archive)
    item = archive.load_item(item_id)
    first_headline = item.headline.text["de"]
    item.headline.text["de"] = "Geändert"
    item.status = ItemStatus.CORRECTED
    archive.save_item(item, saved_by="Ben")
    done = restore(archive, item_id, 1, "Carla")
    assert done.item.version == 3
    now = archive.load_item(item_id)
    assert now.headline.text["de"] == first_headline
    assert now.status is ItemStatus.CORRECTED  # a workflow step, not part of the text
    assert [(v.version, v.saved_by) for v in archive.versions(item_id)] == [
        (3, "Carla"), (2, "Ben"), (1, "Anna")]
    assert archive.load_version(item_id, 2).headline.text["de"] == "Geändert"
    with pytest.raises(PressestelleError, match="is the current one"):
        restore(archive, item_id, 3, "Carla")


def test_a_deleted_item_comes_back_by_restoring_a_version(archive: Archive) -> None:
    item_id = _sample_id(archive)
    archive.delete_item(item_id)
    done = restore(archive, item_id, 1, "Anna")
    assert done.item.version == 2
    assert archive.load_item(item_id).headline == archive.load_version(item_id, 1).headline
    assert archive.load_item(item_id).quotes  # with its quotes, searchable again
    assert archive.search_quotes("Digitalisierung")


def test_publishing_then_correcting(archive: Archive, tmp_path: Path) -> None:
    item_id = _sample_id(archive)
    item = archive.load_item(item_id)
    archive.delete_item(item_id, with_history=True)  # never published yet
    item.status, item.version = ItemStatus.APPROVED, 0
    archive.save_item(item)
    first = publish(archive, item_id, "Anna")
    assert not first.corrected and first.item.status is ItemStatus.PUBLISHED
    assert archive.versions(item_id)[0].published_at is not None
    with pytest.raises(PressestelleError, match="published as it is"):
        publish(archive, item_id, "Anna")

    item = archive.load_item(item_id)
    item.blocks[0].text.text["de"] += " Ergänzt."
    archive.save_item(item)
    assert archive.versions(item_id)[0].published_at is None  # an edit is not a publication
    when = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    second = publish(archive, item_id, "Ben", now=when)
    assert second.corrected
    stored = archive.load_item(item_id)
    assert stored.status is ItemStatus.CORRECTED and stored.corrected_at == when
    published = [v.version for v in archive.versions(item_id) if v.published_at is not None]
    assert published[0] == stored.version

    bundle = archive.load_bundle([item_id])
    de, en = build_view(bundle, item_id, ["de", "en"]).sections
    assert de.correction == "Korrigierte Fassung vom 3. Dezember 2026"
    assert en.correction == "Corrected version of 3 December 2026"
    assert "correction" in de.parts
    files = run_export(bundle, [item_id], ["pressemitteilung"], ["de"], ["html", "docx"],
                       tmp_path / "out")
    html = next(f for f in files if f.suffix == ".html").read_text("utf-8")
    assert "Korrigierte Fassung vom 3. Dezember 2026" in html
    docx = next(f for f in files if f.suffix == ".docx")
    with zipfile.ZipFile(docx) as packed:
        assert "Korrigierte Fassung vom 3. Dezember 2026" in packed.read(
            "word/document.xml").decode("utf-8")


def test_an_uncorrected_item_shows_no_correction_line(archive: Archive) -> None:
    item_id = _sample_id(archive)
    view = build_view(archive.load_bundle([item_id]), item_id, ["de"])
    assert view.sections[0].correction == ""
    assert "correction" not in view.sections[0].parts


def test_a_withdrawn_item_is_not_published(archive: Archive) -> None:
    item_id = _sample_id(archive)
    item = archive.load_item(item_id)
    item.status = ItemStatus.WITHDRAWN
    archive.save_item(item)
    with pytest.raises(PressestelleError, match="withdrawn"):
        publish(archive, item_id, "Anna")
