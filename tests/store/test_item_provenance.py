"""An imported item's provenance (file name, import time) is a field of its own: stored,
listed, kept in its versions, and carried over from the notes of older archives."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from store_records import simple_item

from editor.core.errors import ValidationError
from editor.store import Archive
from editor.store.migrate import head_revision, migrate

WHEN = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)


def _imported(item_id: str, name: str = "alt.docx") -> object:
    item = simple_item(item_id, "Altes Vorhaben", date(2019, 5, 3))
    item.source_name = name
    item.imported_at = WHEN
    return item


def test_provenance_is_stored_loaded_listed_and_versioned(archive: Archive) -> None:
    archive.save_item(_imported("a"))  # type: ignore[arg-type]
    archive.save_item(simple_item("b", "Hier geschrieben", None))
    loaded = archive.load_item("a")
    assert (loaded.source_name, loaded.imported_at) == ("alt.docx", WHEN)
    assert loaded.internal_note == ""
    fresh = archive.load_item("b")
    assert (fresh.source_name, fresh.imported_at) == ("", None)
    loaded.headline.text["de"] = "Neue Zeile"
    archive.save_item(loaded)
    old = archive.load_version("a", 1)
    assert (old.source_name, old.imported_at) == ("alt.docx", WHEN)


@pytest.mark.parametrize("name", ["/home/anna/Pressemitteilungen/alt.docx",
                                  "C:\\Users\\anna\\alt.docx", "..", "a\x00b.docx",
                                  "x" * 300 + ".docx", "alt\u202e.docx"])
def test_a_path_or_odd_name_is_refused_and_nothing_is_saved(
        archive: Archive, name: str) -> None:
    with pytest.raises(ValidationError, match="source_name"):
        archive.save_item(_imported("a", name))  # type: ignore[arg-type]
    assert archive.is_empty()


def _note_of(url: str, item_id: str) -> object:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            document = conn.execute(sa.text("SELECT document FROM press_items WHERE id = :i"),
                                    {"i": item_id}).scalar_one()
    finally:
        engine.dispose()
    import json

    plain = json.loads(document) if isinstance(document, str) else document
    return plain.get("internal_note")


def _columns(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        return {c["name"] for c in sa.inspect(engine).get_columns("press_items")}
    finally:
        engine.dispose()


def test_downgrade_writes_the_note_back_and_upgrade_takes_it_into_the_fields(
        archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        archive.save_item(_imported("a"))  # type: ignore[arg-type]
        note = simple_item("b", "Mit Notiz", None)
        note.internal_note = "Bitte prüfen."
        archive.save_item(note)
        archive.save_item(simple_item("c", "Ohne", None))
    migrate(archive_url, "0010")
    assert {"source_name", "imported_at"}.isdisjoint(_columns(archive_url))
    assert _note_of(archive_url, "a") == "Imported from alt.docx on 2026-01-02."
    assert _note_of(archive_url, "b") == "Bitte prüfen."
    engine = sa.create_engine(archive_url)  # what the import of the old revision wrote
    try:
        with engine.begin() as conn:
            table = sa.table("press_items", sa.column("id"), sa.column("document", sa.JSON()))
            document = conn.execute(sa.select(table.c.document).where(
                table.c.id == "b")).scalar_one()
            document["internal_note"] = ("Imported from ältere Meldung.txt on 2020-07-01.\n"
                                         "Bitte prüfen.")
            conn.execute(sa.update(table).where(table.c.id == "b").values(document=document))
    finally:
        engine.dispose()

    migrate(archive_url, "head")
    with Archive.open(archive_url) as archive:
        a, b, c = (archive.load_item(i) for i in "abc")
    assert (a.source_name, a.imported_at, a.internal_note) == ("alt.docx", datetime(
        2026, 1, 2, tzinfo=UTC), "")
    assert (b.source_name, b.imported_at, b.internal_note) == (
        "ältere Meldung.txt", datetime(2020, 7, 1, tzinfo=UTC), "Bitte prüfen.")
    assert (c.source_name, c.imported_at) == ("", None)
    assert head_revision() >= "0011"
