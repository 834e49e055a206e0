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


def test_relevance_pages_placed_from_the_whole_words_agree_with_ranking(
        both: tuple[Archive, Archive], monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL places a relevance page from the newest whole-word matches and the
    newest matches where it can tell that they are the candidates' first (``_ranked_page``),
    and ranks the candidates where it cannot; SQLite always ranks them. Every page agrees,
    and both ways are taken."""
    from editor.store.search import postgres_fts, sqlite_fts

    lite, pg = both
    monkeypatch.setattr(postgres_fts, "FEW_MATCHES", 0)  # every page placed if it can be
    placed: list[bool] = []
    ranked_page = postgres_fts.PostgresQuoteIndex._ranked_page

    def recorded(self: postgres_fts.PostgresQuoteIndex, *args: Any) -> list[int] | None:
        found = ranked_page(self, *args)
        placed.append(found is not None)
        return found

    monkeypatch.setattr(postgres_fts.PostgresQuoteIndex, "_ranked_page", recorded)
    # "förderung" and "frank": a few whole words among many word starts and parts
    queries = ("förderung", "frank", "in*", "wandel", "programm", "sagte", "die",
               "Strukturwandel", "Förderung Lausitz", "Brandenburg")
    for candidates, limit in ((40, 10), (30, 25), (90, 70), (140, 70)):
        for module in (sqlite_fts, postgres_fts):
            monkeypatch.setattr(module, "RANK_CANDIDATES", candidates)
        for query in queries:
            for offset in (0, candidates - limit):
                for options in ({}, {"language": "de"}, {"approval": ["approved", "sent"]}):
                    paged = {"order": "relevance", "limit": limit, "offset": offset,
                             **options}
                    assert _found(pg, query, **paged) == _found(lite, query, **paged), (
                        query, paged)
    assert True in placed and False in placed


def test_a_page_loads_the_same_in_two_statements(both: tuple[Archive, Archive]) -> None:
    """On PostgreSQL a page's quotes, speakers, names and roles come in two statements;
    the hits are those of the four statements every backend can run (a speaker who is
    not in the directory included)."""
    from sqlalchemy import text

    from editor.store.search import hits
    from editor.store.search.query import parse_query

    _, pg = both
    with pg._transaction(writing=True) as conn:
        conn.execute(text("INSERT INTO quote_speakers (quote_row_id, position, person_id) "
                          "SELECT min(row_id), 99, 'nobody-known' FROM quotes"))
    terms = parse_query("Förderung wandel")
    with pg._transaction(writing=False) as conn:
        row_ids = list(conn.execute(text("SELECT row_id FROM quotes ORDER BY said_on DESC, "
                                         "row_id")).scalars())
        loaded = hits.load_hits(conn, row_ids, terms, "de")
        rows, speakers, known = hits._rows(conn, row_ids)
        matcher = hits.Matcher(terms)
        expected = [hits.hit_from_row(rows[r], speakers.get(r, []), known,
                                      hits.texts_of(rows[r]["headline"]), matcher, "de")
                    for r in row_ids]
    assert [h.row_id for h in loaded] == row_ids
    assert loaded == expected
    assert any(s.full_name == "nobody-known" for h in loaded for s in h.speakers)
    assert sum(bool(s.title) for h in loaded for s in h.speakers) > len(row_ids) // 2


def test_prefixes_expanded_or_not_and_new_words_agree(
        both: tuple[Archive, Archive], monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL writes a prefix as the lexemes the word list holds, or as a prefix
    query where it stands for more than ``MAX_EXPANSION``: the hits are the same, and a
    word a save brings is found by its prefix at once."""
    from editor.store.search import postgres_fts

    lite, pg = both
    prefixes = ["förder*", "wandel", "in*", "digital*", "kooperation*", "zz*", "qx*"]
    expected = {q: _found(lite, q, order="date", limit=1000) for q in prefixes}
    assert sum(map(len, expected.values())) > 50
    for cap in (postgres_fts.MAX_EXPANSION, 1):
        monkeypatch.setattr(postgres_fts, "MAX_EXPANSION", cap)
        for query in prefixes:
            assert _found(pg, query, order="date", limit=1000) == expected[query], (cap, query)
    for archive in (lite, pg):
        item = archive.load_item(archive.list_items()[0].id)
        item.quotes[0].text.set_source("de", "Die Quxbaufirma wächst in der Quxbauwelt.")
        archive.save_item(item)
    for query in ("quxbau", "bauwelt", "quxbauf*"):
        assert _found(pg, query) == _found(lite, query) != []
