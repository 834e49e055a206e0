"""Relevance on SQLite: the whole-word check walks down from the last candidate when
more matches follow and no filter spreads them, else up until a page's worth is found;
either way the page is that of checking every candidate walking up."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from editor.store import Archive
from editor.store.search import sqlite_fts
from editor.store.search.entries import key_range, row_of_key

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from generate_archive import generate

pytestmark = pytest.mark.sqlite_only


def _ranked_walking_up(raw: object, index: sqlite_fts.SqliteQuoteIndex, wanted: object,
                       candidates: int) -> list[int]:
    """The newest ``candidates`` matches, whole-word matches first, found upwards."""
    match = index._match(wanted, long_prefixes=index._long_prefixes(raw, wanted))
    exact = index._match(wanted, whole_words=True)
    low, high = key_range(wanted)
    newest = [k for (k,) in raw.execute(
        "SELECT rowid FROM quote_search WHERE quote_search MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid LIMIT ?", (match, low, high, candidates))]
    if not newest or exact is None or exact == match:
        return [row_of_key(k) for k in newest]
    whole = {k for (k,) in raw.execute(
        "SELECT rowid FROM quote_search WHERE quote_search MATCH ? AND rowid BETWEEN ? AND ?",
        (exact, newest[0], newest[-1]))}
    ranked = [k for k in newest if k in whole] + [k for k in newest if k not in whole]
    return [row_of_key(k) for k in ranked]


def test_walking_down_ranks_as_walking_up(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ranked.sqlite"
    generate(path, items=20, quotes_total=800, n_people=30, seed=11, echo=False)
    monkeypatch.setattr(sqlite_fts, "RANK_CANDIDATES", 40)  # many searches find more
    walked_down = 0
    with Archive.open(path) as archive, archive._engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        person = conn.exec_driver_sql(
            "SELECT person_id FROM quote_speakers GROUP BY person_id "
            "ORDER BY count(*) DESC LIMIT 1").scalar_one()
        index = sqlite_fts.SqliteQuoteIndex()
        for query in ("wandel", "programm", "wende", "Förderung", "Förderung Lausitz",
                      "förder*", "kooperation*", "netzwerk", "strasse", "Strukturwandel",
                      "digital*", "Klimaschutz Altmark", "in"):
            for filters in ({}, {"speaker": person}, {"date_to": date(2018, 1, 1)},
                            {"date_from": date(2016, 1, 1)}, {"language": "de"}):
                wanted = archive._quote_filter(conn, query, **filters)
                expected = _ranked_walking_up(raw, index, wanted, 40)
                for offset, limit in ((0, 10), (5, 10), (30, 10), (0, 40)):
                    found = index.search(raw, wanted, by_relevance=True, limit=limit,
                                         offset=offset)
                    assert found == expected[offset : offset + limit], (query, filters, offset)
                matches = index.count(raw, wanted)
                walked_down += matches > 40 and key_range(wanted)[0] == 0
    assert walked_down > 10  # the downward walk was taken, and gave the same order
