"""Quotes carry no index by day (no query reads through it; every save paid for it), and
an archive taken back to revision 0011 has it again."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from store_records import simple_item

from editor.store import Archive
from editor.store.migrate import migrate


def _quote_indexes(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        return {index["name"] or "" for index in sa.inspect(engine).get_indexes("quotes")}
    finally:
        engine.dispose()


def test_the_day_index_is_gone_at_head_and_back_after_a_downgrade(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        archive.save_item(simple_item("a", "Vorhaben", date(2021, 3, 15)))
    assert "ix_quotes_said_on" not in _quote_indexes(archive_url)
    migrate(archive_url, "0011")
    assert "ix_quotes_said_on" in _quote_indexes(archive_url)
    migrate(archive_url, "head")
    assert "ix_quotes_said_on" not in _quote_indexes(archive_url)
    with Archive.open(archive_url) as archive:
        assert archive.load_item("a").headline.text.get("de") == "Vorhaben"
