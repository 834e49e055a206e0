"""The SQLite index without its own copy and with fewer prefix indexes finds what format 1 found.

Format 1 kept FTS5's copy of the indexed values and prefix indexes for 3 to 10 letters;
it is rebuilt here, in a test-only subclass, to compare hits on the same generated
archive, query by query, filter by filter, in both orders.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from editor.core.model import ApprovalState
from editor.store import Archive
from editor.store.search import SqliteQuoteIndex
from editor.store.search import index as search_index

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from generate_archive import company_names, generate

pytestmark = pytest.mark.sqlite_only


class Format1(SqliteQuoteIndex):
    """The layout of format 1: FTS5's own copy of the values, prefix indexes 3–10."""

    format = "sqlite-fts5 1"
    stores_content = True
    prefix_lengths = tuple(range(3, 11))


QUERIES = [
    # one word, two words, prefixes, compound parts (those of bench_quote_search.py)
    "Strukturwandel", "Förderung", "Lausitz", "Wasserstoffwirtschaft", "Energiewende",
    "Förderung Lausitz", "Energiewende Brandenburg", "Klimaschutz Altmark",
    "Digitalisierung Mittelstand", "Kohleausstieg Cottbus",
    "förder*", "digital*", "wasserst*", "kooperation*", "straßen*",
    "wandel", "programm", "wende", "netzwerk", "strasse",
    # folded spellings, every prefix length, phrases, short and odd words
    "foerderung", "forderung", "Straße", "STRASSE", "ene", "ener", "energ", "str*", "stru",
    "wass", "wasse", "wasser", "wasserstoffw", "strukturwandl", "förderprogramme",
    "koop", "digi", "mittel", '"Energiewende in"', '"sagte heute"', "im", "in*", "zz",
    "zzp*", "sagte", "emphasised", "region", "brandenb", "cott", "xyzzy",
]


def _filters(archive: Archive) -> list[dict[str, Any]]:
    with archive._engine.connect() as conn:
        person, organisation = conn.exec_driver_sql(
            "SELECT s.person_id, r.organisation_id FROM quote_speakers s "
            "JOIN roles r ON r.person_id = s.person_id "
            "GROUP BY s.person_id, r.organisation_id ORDER BY count(*) DESC LIMIT 1").one()
        topic = conn.exec_driver_sql("SELECT topic FROM item_topics LIMIT 1").scalar_one()
    return [
        {}, {"speaker": person}, {"organisation": organisation}, {"topic": topic},
        {"language": "de"}, {"language": "en"}, {"approval": ApprovalState.DRAFTED},
        {"date_from": date(2015, 1, 1), "date_to": date(2019, 6, 30)},
        {"speaker": person, "date_to": date(2020, 1, 1)},
    ]


def _hits(archive: Archive, queries: list[str], filters: list[dict[str, Any]]
          ) -> dict[tuple[str, int, str], Any]:
    found: dict[tuple[str, int, str], Any] = {}
    for query in queries:
        for number, options in enumerate(filters):
            for order in ("date", "relevance"):
                hits = archive.search_quotes(query, order=order, limit=60, **options)
                found[(query, number, order)] = [(h.item_id, h.quote_id) for h in hits]
            found[(query, number, "count")] = archive.count_quotes(query, **options)
    return found


def _tables(archive: Archive) -> set[str]:
    with archive._engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())


@pytest.mark.slow
def test_the_new_layout_finds_what_format_1_found(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite"
    generate(path, items=200, quotes_total=10_000, n_people=300, seed=3, echo=False)
    with Archive.open(path) as archive:
        rare = [n for n in company_names()[::53] if archive.count_quotes(f'"{n}"')][:3]
        queries = QUERIES + rare + [name.lower()[:5] for name in rare]
        filters = _filters(archive)
        new = _hits(archive, queries, filters)
        assert "quote_search_content" not in _tables(archive)  # no copy of the values
        old_index = Format1()
        archive._index = old_index
        with archive._transaction(writing=True) as conn:
            search_index.build(conn, old_index)
        assert "quote_search_content" in _tables(archive)
        old = _hits(archive, queries, filters)
    assert sum(1 for hits in new.values() if hits) > len(new) // 2  # most searches find
    different = [key for key in old if old[key] != new[key]]
    assert not different, different[:5]


def _upgraded(path: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(path)) as db:
        return {
            "format": db.execute("SELECT format FROM search_index").fetchone()[0],
            "tables": {r[0] for r in db.execute("SELECT name FROM sqlite_master")},
            "free": db.execute("PRAGMA freelist_count").fetchone()[0],
            "pages": db.execute("PRAGMA page_count").fetchone()[0],
        }


def test_an_archive_of_format_1_is_upgraded_and_compacted_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    generate(path, items=20, quotes_total=600, n_people=30, seed=4, echo=False)
    with Archive.open(path) as archive:
        before = _hits(archive, ["wandel", "förder", "Lausitz"], [{}])
        old_index = Format1()
        with archive._transaction(writing=True) as conn:
            search_index.build(conn, old_index)
    old = _upgraded(path)
    assert old["format"] == "sqlite-fts5 1" and "quote_search_content" in old["tables"]
    assert Archive.update_pending(path)
    with Archive.open(path) as archive:
        assert _hits(archive, ["wandel", "förder", "Lausitz"], [{}]) == before
    new = _upgraded(path)
    assert new["format"] == SqliteQuoteIndex.format
    assert "quote_search_content" not in new["tables"]
    assert "quote_search_entries" in new["tables"]
    assert new["free"] * 10 < new["pages"]  # the old index's pages were given back
    assert new["pages"] < old["pages"]


def test_a_text_changed_behind_the_index_has_it_built_again(tmp_path: Path) -> None:
    """FTS5 takes an entry out only with the words it holds: when the stored text is not
    the one indexed, the entry is left and the whole index built again at the next open."""
    path = tmp_path / "archive.sqlite"
    generate(path, items=5, quotes_total=100, n_people=10, seed=6, echo=False)
    with Archive.open(path) as archive:
        with archive._engine.begin() as conn:
            item_id, quote_id = conn.execute(text(
                "SELECT item_id, quote_id FROM quotes ORDER BY row_id LIMIT 1")).one()
            conn.execute(text("UPDATE quotes SET text_de = 'Heimlich geändert' "
                              "WHERE item_id = :i AND quote_id = :q"),
                         {"i": item_id, "q": quote_id})
        item = archive.load_item(item_id)
        item.quote(quote_id).text.set_source("de", "Ganz neu: Kernfusion in der Prignitz.")
        archive.save_item(item)
        assert [h.quote_id for h in archive.search_quotes("Kernfusion")] == [quote_id]
        with archive._transaction(writing=False) as conn:
            assert search_index.built_format(conn) == "stale"
    with Archive.open(path) as archive:
        assert [h.quote_id for h in archive.search_quotes("Kernfusion")] == [quote_id]
        assert archive.count_quotes("heimlich") == 0
        with archive._transaction(writing=False) as conn:
            assert search_index.built_format(conn) == SqliteQuoteIndex.format
