"""A save whose server connection is killed midway: tried once more on a new connection,
or reported; never half-saved, never dropped silently, and the draft keeps the text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from store_records import rich_item

from editor.core.errors import StoreError
from editor.store import Archive
from editor.store.errors import Trouble, trouble_of

pytestmark = pytest.mark.postgresql_only


@contextmanager
def connection_killed_mid_save(archive: Archive, times: int) -> Iterator[list[int]]:
    """Kill the server connection of the next ``times`` saves at their second write."""
    import psycopg

    conninfo = archive.url_with_password().replace("postgresql+psycopg://", "postgresql://")
    killed: list[int] = []
    writes: list[str] = []

    def before(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if len(killed) >= times or statement.lstrip().split(" ", 1)[0].upper() not in (
                "INSERT", "UPDATE", "DELETE"):
            return
        writes.append(statement)
        if len(writes) < 2:  # the save has written something already: then cut it off
            return
        pid = cursor.connection.info.backend_pid
        with psycopg.connect(conninfo, autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", (pid,))
        killed.append(pid)
        writes.clear()

    engine = archive._engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield killed
    finally:
        event.remove(engine, "before_cursor_execute", before)


def test_a_save_cut_off_midway_is_tried_once_more_and_saved_whole(
        archive_url: str, backend: str) -> None:
    with Archive.open(archive_url) as archive:
        item = archive.save_item(rich_item())
        item.headline.text["de"] = "Gespeichert trotz abgerissener Verbindung"
        archive.save_draft(item, item.version)
        with connection_killed_mid_save(archive, times=1) as killed:
            archive.save_item_and_discard_draft(item)
        assert len(killed) == 1  # the first try really lost its connection midway
        stored = archive.load_item(item.id)
        assert stored.version == item.version == 2
        assert stored.headline.text["de"] == "Gespeichert trotz abgerissener Verbindung"
        assert len(stored.quotes) == len(rich_item().quotes)
        assert archive.load_draft(item.id) is None


def test_a_save_that_loses_its_connection_twice_is_reported_and_the_draft_kept(
        archive_url: str, backend: str) -> None:
    with Archive.open(archive_url) as archive:
        item = archive.save_item(rich_item())
        before = archive.load_item(item.id)
        item.headline.text["de"] = "Text, der nicht verloren gehen darf"
        archive.save_draft(item, item.version)
        with connection_killed_mid_save(archive, times=2) as killed, \
                pytest.raises(StoreError) as caught:
            archive.save_item_and_discard_draft(item)
        assert len(killed) == 2
        assert trouble_of(caught.value) is Trouble.UNREACHABLE
        assert "Nothing was saved." in str(caught.value)
        assert item.version == 1  # the copy in hand is untouched
        stored = archive.load_item(item.id)
        assert stored.version == 1 and stored.headline == before.headline
        assert len(stored.quotes) == len(before.quotes)  # nothing half written
        draft = archive.load_draft(item.id)
        assert draft is not None
        assert draft[0].headline.text["de"] == "Text, der nicht verloren gehen darf"
        assert archive.save_item_and_discard_draft(item).version == 2  # and now it goes
