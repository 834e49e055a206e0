"""SQLite and PostgreSQL give the same hits, in the same order, for the same archive."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from editor.core.model import ApprovalState
from editor.store import Archive

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from generate_archive import company_names, generate

pytestmark = pytest.mark.postgresql_only

QUERIES = ["wandel", "Strukturwandel", "Förderung", "foerderung", "forderung", "strasse",
           "Straße", "digital*", "Förderung Lausitz", '"Energiewende in"', "programm",
           "wende", "netzwerk", "im", "in*", "Klimaschutz Altmark", "zz", "_", "", "sagte",
           "emphasised", "Kohleausstieg Cottbus", "kooperation*", "Wasserstoffwirtschaft"]


@pytest.fixture
def both(request: pytest.FixtureRequest, tmp_path: Path,
         backend: str) -> tuple[Archive, Archive]:
    pg_url = request.getfixturevalue("fresh_pg_database")
    sqlite_path = tmp_path / "same.sqlite"
    for where in (sqlite_path, pg_url):
        generate(where, items=30, quotes_total=600, n_people=40, seed=5, echo=False)
    lite, pg = Archive.open(sqlite_path), Archive.open(pg_url)
    request.addfinalizer(lite.close)
    request.addfinalizer(pg.close)
    return lite, pg


def _found(archive: Archive, query: str, **options: Any) -> list[tuple[str, str]]:
    return [(h.item_id, h.quote_id) for h in archive.search_quotes(query, **options)]


@pytest.mark.slow
def test_every_query_filter_and_order_gives_the_same_hits(both: tuple[Archive, Archive]) -> None:
    lite, pg = both
    with lite._engine.connect() as conn:
        person, organisation = conn.exec_driver_sql(
            "SELECT s.person_id, r.organisation_id FROM quote_speakers s "
            "JOIN roles r ON r.person_id = s.person_id "
            "GROUP BY s.person_id, r.organisation_id ORDER BY count(*) DESC LIMIT 1").one()
        topic = conn.exec_driver_sql("SELECT topic FROM item_topics LIMIT 1").scalar_one()
    family = lite.person(person).family_name[:4]
    rare = next(name for name in company_names()[:4000] if lite.count_quotes(f'"{name}"'))
    filters: list[dict[str, Any]] = [
        {}, {"speaker": person}, {"speaker": family}, {"organisation": organisation},
        {"topic": topic}, {"language": "de"}, {"language": "en"},
        {"approval": ApprovalState.DRAFTED}, {"approval": ["approved", "sent"]},
        {"date_from": date(2015, 1, 1), "date_to": date(2019, 6, 30)},
        {"date_to": date(2016, 3, 1)}, {"speaker": family, "language": "de"},
    ]
    compared = 0
    for query in [*QUERIES, rare]:
        for options in filters:
            counted = lite.count_quotes(query, **options)
            assert pg.count_quotes(query, **options) == counted, (query, options)
            for order in ("date", "relevance"):
                expected = _found(lite, query, order=order, limit=1000, **options)
                assert _found(pg, query, order=order, limit=1000, **options) == expected, (
                    query, options, order)
                assert len(expected) == counted
                compared += bool(expected)
            paged = {"order": "relevance", "limit": 7, "offset": 5, **options}
            assert _found(pg, query, **paged) == _found(lite, query, **paged)
    assert compared > 100  # most combinations find something: the comparison is not empty
    assert [p.id for p in pg.find_people(family)] == [p.id for p in lite.find_people(family)]


@pytest.mark.slow
def test_relevance_beyond_the_ranked_candidates_and_short_windows_agree(
        both: tuple[Archive, Archive], monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the ranked newest matches the order is by date on both backends, and the
    window of newest rows PostgreSQL reads first changes no hit."""
    from editor.store.search import postgres_fts, sqlite_fts

    lite, pg = both
    for module in (sqlite_fts, postgres_fts):
        monkeypatch.setattr(module, "RANK_CANDIDATES", 20)
    monkeypatch.setattr(postgres_fts, "WINDOW", 10)  # newest rows read before asking GIN
    for query in ("wandel", "Förderung", "in*", "Roberno", "sagte"):
        for options in ({}, {"language": "en"}, {"approval": "drafted"}):
            expected = _found(lite, query, order="relevance", limit=60, offset=10, **options)
            assert _found(pg, query, order="relevance", limit=60, offset=10,
                          **options) == expected
            dated = _found(lite, query, order="date", limit=15, offset=3, **options)
            assert _found(pg, query, order="date", limit=15, offset=3, **options) == dated
    assert len(_found(lite, "wandel", order="relevance", limit=60, offset=10)) > 20


@pytest.mark.slow
def test_relevance_pages_found_through_the_whole_word_matches_agree(
        both: tuple[Archive, Archive], monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL takes the newest whole-word matches as a relevance page only when they
    all lie among the ranked newest matches; where they do not, it ranks the candidates.
    Few candidates make both cases occur in a small archive."""
    from editor.store.search import postgres_fts, sqlite_fts

    lite, pg = both
    for module in (sqlite_fts, postgres_fts):
        monkeypatch.setattr(module, "RANK_CANDIDATES", 40)
    for query in ("in*", "wandel", "programm", "wende", "Förderung", "sagte", "netzwerk",
                  "Strukturwandel", "im", "strasse"):
        for offset in (0, 10, 30):
            for options in ({}, {"language": "de"}, {"language": "en"}):
                paged = {"order": "relevance", "limit": 10, "offset": offset, **options}
                assert _found(pg, query, **paged) == _found(lite, query, **paged), (
                    query, paged)
