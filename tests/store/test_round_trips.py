"""What a read costs in round trips to a PostgreSQL server: a pooled connection is handed
out without a ping while its socket is quiet, and a search page's statements run without
``BEGIN`` and ``COMMIT``."""

from __future__ import annotations

from typing import Any

import pytest
from store_records import rich_item

from editor.store import Archive


@pytest.mark.postgresql_only
def test_a_pooled_connection_is_handed_out_without_a_ping(
        archive_url: str, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Archive.open(archive_url) as archive:
        item = archive.save_item(rich_item())
        pings: list[Any] = []
        dialect = archive._engine.dialect
        original = dialect.do_ping
        monkeypatch.setattr(dialect, "do_ping", lambda c: pings.append(c) or original(c))
        for _ in range(3):
            assert archive.load_item(item.id).version == 1
            archive.search_quotes("Strukturwandel")
        assert pings == []


@pytest.mark.postgresql_only
def test_a_search_page_runs_its_statements_outside_a_transaction(
        archive_url: str, backend: str) -> None:
    with Archive.open(archive_url) as archive:
        item = archive.save_item(rich_item())
        seen: list[tuple[bool, str]] = []
        index = archive._index
        search = index.search

        def watched(conn: Any, *args: Any, **kwargs: Any) -> list[int]:
            driver = conn.connection.driver_connection
            seen.append((driver.autocommit, driver.info.transaction_status.name))
            return search(conn, *args, **kwargs)

        index.search = watched  # type: ignore[method-assign]
        hits = archive.search_quotes("Strukturwandel", order="date")
        assert hits and seen and all(s == (True, "IDLE") for s in seen)
        # the connection goes back to the pool as it came: saving is one transaction
        item.headline.text["de"] = "Wieder gespeichert"
        assert archive.save_item(item).version == 2
