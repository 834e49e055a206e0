"""Every version of a press item is kept: listing, reading, deleting with or without it,
and an archive of the revision before the history getting one."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from store_records import rich_bundle, rich_item, simple_item

from editor.core.errors import NotFoundError, StoreError
from editor.core.model import ItemStatus
from editor.store import Archive
from editor.store.migrate import head_revision, migrate


def _three_versions(archive: Archive) -> None:
    item = archive.save_item(simple_item("a", "Erste Fassung", date(2021, 3, 15)),
                             saved_by="Anna")
    item.headline.text["de"] = "Zweite Fassung"
    archive.save_item(item, saved_by="Ben")
    item.headline.text["de"] = "Dritte Fassung"
    item.status = ItemStatus.PUBLISHED
    archive.save_item(item, saved_by="Anna")


def test_each_save_is_kept_with_who_and_when(archive: Archive) -> None:
    _three_versions(archive)
    kept = archive.versions("a")
    assert [(v.version, v.saved_by, v.headline) for v in kept] == [
        (3, "Anna", "Dritte Fassung"), (2, "Ben", "Zweite Fassung"),
        (1, "Anna", "Erste Fassung")]
    assert kept[0].saved_at > kept[1].saved_at > kept[2].saved_at
    assert kept[0].published_at is not None  # the save that published it
    assert kept[1].published_at is None and kept[2].published_at is None
    assert 0 < kept[0].stored < kept[0].size  # compressed
    old = archive.load_version("a", 1)
    assert old.headline.text["de"] == "Erste Fassung" and old.version == 1
    assert old.status is ItemStatus.DRAFT


def test_an_unknown_version_or_item_is_named(archive: Archive) -> None:
    _three_versions(archive)
    with pytest.raises(NotFoundError, match="no version 7"):
        archive.load_version("a", 7)
    with pytest.raises(NotFoundError, match="'nope'"):
        archive.versions("nope")


def test_deleting_keeps_the_history_unless_asked(archive: Archive) -> None:
    _three_versions(archive)
    archive.save_item(simple_item("b", "Andere", None))
    assert archive.delete_item("a") == 3
    assert not archive.has_item("a")
    assert [v.version for v in archive.versions("a")] == [3, 2, 1]
    gone = archive.deleted_items()
    assert [(g.item_id, g.headline, g.versions) for g in gone] == [("a", "Dritte Fassung", 3)]
    assert archive.load_version("a", 2).headline.text["de"] == "Zweite Fassung"

    assert archive.delete_item("b", with_history=True) == 0
    with pytest.raises(NotFoundError):
        archive.versions("b")
    assert [g.item_id for g in archive.deleted_items()] == ["a"]

    archive.delete_item("a", with_history=True)  # the kept history of a deleted item
    assert archive.deleted_items() == []
    with pytest.raises(NotFoundError):
        archive.delete_item("a", with_history=True)


def test_a_damaged_version_is_reported_not_raised_raw(archive: Archive) -> None:
    _three_versions(archive)
    from sqlalchemy import update

    from editor.store.schema import item_versions

    with archive._engine.begin() as conn:
        conn.execute(update(item_versions).where(item_versions.c.version == 2)
                     .values(document=b"not zlib"))
    with pytest.raises(StoreError, match=r"Version 2 of item a .* cannot be read"):
        archive.load_version("a", 2)
    assert archive.load_version("a", 1).headline.text["de"] == "Erste Fassung"


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_an_archive_of_revision_0009_keeps_its_items_state_at_the_next_save(
        tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    with Archive.open(db) as archive:
        item = archive.save_item(simple_item("a", "Vorher", None))
        item.headline.text["de"] = "Gespeichert vor dem Update"
        archive.save_item(item)  # version 2
    migrate(f"sqlite:///{db}", "0009")
    assert _revision(db) == "0009"
    with closing(sqlite3.connect(db)) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert "item_versions" not in tables

    with Archive.open(db) as archive:
        assert _revision(db) == head_revision()
        assert archive.backup_path is not None
        listed = archive.versions("a")  # the stored state, though not saved since
        assert [(v.version, v.saved_by) for v in listed] == [(2, "")]
        assert archive.load_version("a", 2).headline.text["de"] == \
            "Gespeichert vor dem Update"
        item = archive.load_item("a")
        item.headline.text["de"] = "Nach dem Update"
        archive.save_item(item, saved_by="Anna")
        assert [(v.version, v.saved_by) for v in archive.versions("a")] == [
            (3, "Anna"), (2, "")]
        assert archive.load_version("a", 2).headline.text["de"] == \
            "Gespeichert vor dem Update"


def test_small_edits_take_little_room_and_every_version_reads_back(archive: Archive) -> None:
    from editor.store.history import FULL_EVERY

    archive.save_bundle(rich_bundle())  # version 1 of item-rich
    item = archive.load_item("item-rich")
    for number in range(2, FULL_EVERY + 4):
        item.headline.text["de"] = f"Fassung {number}"
        archive.save_item(item)
    kept = {v.version: v for v in archive.versions("item-rich")}
    assert len(kept) == FULL_EVERY + 3
    full, delta = kept[FULL_EVERY + 1], kept[3]  # a new full version begins a new run
    assert delta.stored * 5 < full.stored  # only the changed words cost room
    assert archive.load_version("item-rich", 1).headline == rich_item().headline
    for version in (2, 3, FULL_EVERY, FULL_EVERY + 1, FULL_EVERY + 3):
        loaded = archive.load_version("item-rich", version)
        assert loaded.headline.text["de"] == f"Fassung {version}"


@pytest.mark.parametrize("headline", [
    "Bürger*innen feiern 🎉 in Görlitz",  # a character outside the BMP: a pair in JSON
    "Pfad C:\\ud800\\daten und \\udfff",  # a backslash typed before what looks like one
    "Straße, Öl, ẞ, « » „“ – ﬁ",
])
def test_versions_keep_every_character_they_can_store(archive: Archive, headline: str) -> None:
    """Versions are kept as JSON in ASCII; texts that look like a surrogate in it, or hold a
    pair, are stored and read back unchanged (only a lone surrogate is refused)."""
    item = archive.save_item(simple_item("a", headline, date(2021, 3, 15)))
    item.headline.text["de"] = "Zweite Fassung"
    archive.save_item(item)
    assert archive.load_version("a", 1).headline.text["de"] == headline


def test_a_lone_surrogate_is_refused_before_the_history_is_written(archive: Archive) -> None:
    from editor.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        archive.save_item(simple_item("a", "Halb \ud83d kaputt", date(2021, 3, 15)))
    assert caught.value.path == "headline.de"
    with pytest.raises(NotFoundError):
        archive.versions("a")


def test_the_version_json_refuses_a_lone_surrogate_anywhere() -> None:
    """The history's JSON is the last net: a lone surrogate in any value or key raises, as
    UTF-8 would; a pair and a typed backslash do not."""
    from editor.store.records import version_json

    for broken in ({"x": ["a\udc00"]}, {"k\ud800": 1}, {"x": {"y": "\ud83d"}}):
        with pytest.raises(UnicodeEncodeError):
            version_json(broken)
    assert version_json({"x": "🎉 \\ud800", "version": 3}) == \
        '{"x":"🎉 \\\\ud800"}'.encode()  # in UTF-8: an emoji takes 4 bytes, not 12
    assert version_json({"x": "Straße"}) == b'{"x":"Stra\\u00dfe"}'


def test_an_item_too_large_to_read_back_from_its_history_is_not_saved(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.core.errors import ValidationError
    from editor.store import history

    archive.save_item(simple_item("a", "Klein genug", date(2021, 3, 15)))
    monkeypatch.setattr(history, "MAX_DOCUMENT_BYTES", 2_000)
    big = simple_item("b", "Zu groß " * 400, date(2021, 3, 15))
    with pytest.raises(ValidationError, match="too large to keep in its history"):
        archive.save_item(big)
    assert not archive.has_item("b")
    assert archive.load_item("a").headline.text["de"] == "Klein genug"
