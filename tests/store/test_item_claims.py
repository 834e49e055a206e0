"""Soft locks: claims name who has an item open, expire, and never block saving."""

from __future__ import annotations

import io
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import update
from store_records import simple_item

from editor.cli import main
from editor.store import Archive
from editor.store.archive import CLAIM_EXPIRES_AFTER
from editor.store.schema import item_claims


def test_a_claim_is_seen_by_colleagues_and_renewing_keeps_its_start(archive: Archive) -> None:
    archive.claim_item("item-1", "laptop-anna:10", "Anna")
    first = archive.claims("item-1")
    archive.claim_item("item-1", "laptop-anna:10", "Anna")
    again = archive.claims("item-1")
    assert [(c.name, c.since) for c in again] == [(c.name, c.since) for c in first]
    assert again[0].seen >= first[0].seen
    assert archive.claims("item-1", besides="laptop-anna:10") == []
    archive.claim_item("item-1", "pc-ben:20", "Ben")
    assert [c.name for c in archive.claims("item-1")] == ["Anna", "Ben"]


def test_a_claim_never_blocks_saving(archive: Archive) -> None:
    item = archive.save_item(simple_item("item-1", "Erste", date(2026, 1, 5)))
    archive.claim_item("item-1", "laptop-anna:10", "Anna")
    item.headline.text["de"] = "Zweite"
    assert archive.save_item(item).version == 2


def test_a_claim_left_behind_expires(archive: Archive) -> None:
    archive.claim_item("item-1", "crashed:1", "Anna")
    stale = archive.claims()[0].seen - CLAIM_EXPIRES_AFTER - timedelta(seconds=1)
    with archive._engine.begin() as conn:
        conn.execute(update(item_claims).values(seen=stale))
    assert archive.claims() == []
    archive.claim_item("item-2", "pc-ben:20", "Ben")  # clears what expired
    assert [c.holder for c in archive.claims()] == ["pc-ben:20"]


def test_release_drops_one_or_every_claim_of_a_holder(archive: Archive) -> None:
    for item_id in ("a", "b"):
        archive.claim_item(item_id, "pc-ben:20", "Ben")
    archive.claim_item("a", "laptop-anna:10", "Anna")
    archive.release_item("a", "pc-ben:20")
    assert [(c.item_id, c.name) for c in archive.claims()] == [("b", "Ben"), ("a", "Anna")]
    archive.release_item(None, "laptop-anna:10")
    assert [c.item_id for c in archive.claims()] == ["b"]


def test_locks_command_lists_who_edits_what(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        archive.claim_item("2021-03-15-smart-country", "laptop-anna:10", "Anna")
    out = io.StringIO()
    assert main(["--db", archive_url, "locks"], out=out) == 0
    assert out.getvalue().startswith("2021-03-15-smart-country  Anna  since ")


@pytest.mark.postgresql_only
def test_saves_are_notified_to_listeners_on_the_server(archive_url: str, backend: str) -> None:
    heard: list[str] = []
    arrived = threading.Event()

    def hear(item_id: str) -> None:
        heard.append(item_id)
        arrived.set()

    with Archive.open(archive_url) as archive, Archive.open(archive_url) as colleague:
        listener = archive.listen_for_changes(hear)
        assert listener is not None
        try:
            assert listener.listening.wait(10)
            colleague.save_item(simple_item("item-1", "Erste", date(2026, 1, 5)))
            assert arrived.wait(10)
            assert heard == ["item-1"]
            arrived.clear()
            colleague.delete_item("item-1")
            assert arrived.wait(10)
            assert heard == ["item-1", "item-1"]
        finally:
            listener.stop()


@pytest.mark.sqlite_only
def test_sqlite_has_no_listener_but_a_change_mark(archive: Archive, backend: str) -> None:
    assert archive.listen_for_changes(lambda item_id: None) is None
    before = archive.change_mark()
    archive.save_item(simple_item("item-1", "Erste", date(2026, 1, 5)))
    assert archive.change_mark() != before
