"""The editor's table asks the document for a block's texts on every paint: constant time."""

from __future__ import annotations

from typing import Any

import pytest

from editor.core.model import Block, PressItem, Quote, Translations, fingerprint
from editor.gui.document import ItemDocument, block_key, quote_key


class CountingList(list[Any]):
    scans = 0

    def __iter__(self) -> Any:
        CountingList.scans += 1
        return super().__iter__()


def _document() -> ItemDocument:
    item = PressItem(id="item", languages=["de", "en"], source_language="de")
    item.blocks = CountingList(Block(id=f"b{n}", text=Translations.of("de", de=f"Absatz {n}"))
                               for n in range(40))
    item.quotes = CountingList(Quote(id=f"q{n}", text=Translations.of("de", de=f"Zitat {n}"))
                               for n in range(10))
    return ItemDocument(item, [], [], [])


def test_texts_are_found_without_scanning_the_blocks_each_time() -> None:
    doc = _document()
    CountingList.scans = 0
    for _ in range(3):
        for n in range(40):
            assert doc.translations(block_key(f"b{n}")).get("de") == f"Absatz {n}"
        for n in range(10):
            assert doc.translations(quote_key(f"q{n}")).get("de") == f"Zitat {n}"
    assert CountingList.scans <= 2  # one index of blocks, one of quotes


def test_moved_added_and_removed_blocks_are_found_again() -> None:
    doc = _document()
    blocks = doc.item.blocks
    assert doc.translations(block_key("b5")).get("de") == "Absatz 5"
    blocks.insert(0, blocks.pop(5))
    blocks.append(Block(id="new", text=Translations.of("de", de="Neu")))
    assert doc.translations(block_key("b5")).get("de") == "Absatz 5"
    assert doc.translations(block_key("new")).get("de") == "Neu"
    del blocks[0]
    with pytest.raises(KeyError):
        doc.translations(block_key("b5"))
    doc.item.quotes.pop(3)
    with pytest.raises(KeyError):
        doc.translations(quote_key("q3"))
    assert doc.translations(quote_key("q4")).get("de") == "Zitat 4"


def test_the_fingerprint_of_a_text_is_computed_once() -> None:
    fingerprint.cache_clear()
    text = "Ein Text, der in jeder Zelle gefragt wird."
    assert fingerprint(text) == fingerprint(" ".join(text.split()))
    for _ in range(50):
        fingerprint(text)
    info = fingerprint.cache_info()
    assert info.misses == 1 and info.hits >= 50


def test_the_speakers_of_an_opened_item_are_read_in_one_go(tmp_path: Any) -> None:
    from editor.io.samples import load_sample_bundles
    from editor.store.archive import Archive

    archive = Archive.open(tmp_path / "a.sqlite")
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    item = archive.load_item(archive.list_items()[0].id)
    speaker_ids = list(dict.fromkeys(s.person_id for q in item.quotes for s in q.speakers))
    assert len(speaker_ids) >= 2
    reads: list[str] = []
    original = archive.people_and_roles
    archive.person = lambda i: pytest.fail("read one by one")  # type: ignore[method-assign]
    archive.people_and_roles = lambda ids: (  # type: ignore[method-assign]
        reads.append("batch"), original(ids))[1]
    doc = ItemDocument(item, [], [], [], directory=archive)
    doc.remember_referenced_people()
    assert reads == ["batch"]
    assert [p.id for p in doc.people] == speaker_ids
    assert [r.id for r in doc.roles] == [r.id for i in speaker_ids for r in original([i])[1]]
    doc.remember_referenced_people()  # all known now: nothing is read again
    assert reads == ["batch"]
    archive.close()
