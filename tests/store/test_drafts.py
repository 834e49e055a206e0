"""Autosaved drafts: kept apart from the saved item, dropped by an explicit save."""

from __future__ import annotations

import copy
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from store_records import rich_bundle, rich_item, simple_item, without_stamps

from editor.core.errors import ConflictError
from editor.core.model import Translations
from editor.store import Archive
from editor.store.archive import ArchiveBusyError


def test_a_draft_does_not_touch_the_saved_item(archive: Archive) -> None:
    saved = archive.save_item(simple_item("item-1", "Gespeichert", date(2021, 3, 15)))
    working = copy.deepcopy(saved)
    working.headline = Translations(text={"de": "Entwurf"})
    archive.save_draft(working, saved.version)

    assert archive.load_item("item-1").headline.get("de") == "Gespeichert"
    draft = archive.load_draft("item-1")
    assert draft is not None
    item, base = draft
    assert base == saved.version == item.version
    assert item.headline.get("de") == "Entwurf"
    assert archive.drafts() == ["item-1"]
    info = archive.draft_info("item-1")
    assert info is not None and info.base_version == saved.version and info.owner == ""
    archive.save_draft(working, saved.version, owner="host:42")
    info = archive.draft_info("item-1")
    assert info is not None and info.owner == "host:42"


def test_a_rich_item_round_trips_through_a_draft(archive: Archive) -> None:
    archive.save_bundle(rich_bundle())
    original = rich_item()
    archive.save_draft(original, 3)
    draft = archive.load_draft(original.id)
    assert draft is not None
    assert without_stamps(draft[0]) == without_stamps(original)
    assert draft[1] == 3


def test_a_new_item_can_be_drafted_before_its_first_save(archive: Archive) -> None:
    archive.save_draft(simple_item("new-1", "Neu", None), 0)
    archive.save_draft(simple_item("new-2", "Neuer", None), 0)
    assert not archive.has_item("new-1")
    assert archive.drafts() == ["new-2", "new-1"]  # newest first
    archive.save_draft(simple_item("new-1", "Neu, weiter", None), 0)
    assert archive.drafts() == ["new-1", "new-2"]
    draft = archive.load_draft("new-1")
    assert draft is not None and draft[0].headline.get("de") == "Neu, weiter"


def test_saving_discards_the_draft_in_the_same_transaction(archive: Archive) -> None:
    item = simple_item("item-1", "Eins", None)
    archive.save_draft(item, 0)
    archive.save_item_and_discard_draft(item)
    assert item.version == 1
    assert archive.load_draft("item-1") is None
    assert archive.drafts() == []


def test_a_conflicting_save_keeps_the_draft(archive: Archive) -> None:
    item = archive.save_item(simple_item("item-1", "Eins", None))
    stale = copy.deepcopy(item)
    archive.save_item(item)  # someone else saved version 2
    archive.save_draft(stale, stale.version)
    with pytest.raises(ConflictError):
        archive.save_item_and_discard_draft(stale)
    assert archive.load_draft("item-1") is not None


def test_discarding_a_missing_draft_is_harmless(archive: Archive) -> None:
    archive.discard_draft("nothing")
    assert archive.load_draft("nothing") is None
    assert archive.stored_version("nothing") is None


def test_a_locked_archive_raises_a_busy_error(archive: Archive, archive_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("editor.store.engine.BUSY_TIMEOUT_SECONDS", 0.2)
    with Archive.open(archive_path) as impatient:
        holder = sqlite3.connect(archive_path, isolation_level=None, timeout=0.2)
        try:
            holder.execute("BEGIN EXCLUSIVE")
            with pytest.raises(ArchiveBusyError, match="busy"):
                impatient.save_draft(simple_item("x", "X", None), 0)
        finally:
            holder.rollback()
            holder.close()
        impatient.save_draft(simple_item("x", "X", None), 0)
        assert impatient.drafts() == ["x"]
