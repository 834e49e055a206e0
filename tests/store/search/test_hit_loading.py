"""The hits of a page as loaded from the archive: every value as stored, on each backend."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from editor.core.model import (
    Approval,
    ApprovalState,
    Bundle,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.store import Archive

ODD = 'Sie sagte: „Förderung“ \\ "zitiert" 100 % 😀\nzweite Zeile\t{"json": [1]}'


@pytest.fixture
def odd(archive: Archive) -> Archive:
    bundle = Bundle(
        people=[Person("p-anna", "Anna", "Müller", honorific="Dr."),
                Person("p-ben", "Ben", "O'Brien")],
        roles=[
            Role("r-old", "p-anna", None, {"de": "Referentin", "en": "Adviser"},
                 valid_from=date(2010, 1, 1), valid_until=date(2019, 12, 31)),
            Role("r-new", "p-anna", None, {"de": "Ministerin „Wirtschaft“"},
                 valid_from=date(2020, 1, 1)),
        ],
    )
    bundle.items = [PressItem(
        id="i-1", issue_date=date(2021, 5, 4),
        headline=Translations(text={"de": "Überschrift \\ „eins“", "en": "Headline"}),
        quotes=[
            Quote("q-1", speakers=[Speaker("p-anna"), Speaker("p-ben")],
                  text=Translations(text={"de": ODD, "en": "Funding\u00a0€"}),
                  date=date(2021, 5, 4), approval=Approval(ApprovalState.APPROVED, by="Büro")),
            Quote("q-2", speakers=[Speaker("p-anna", "r-old")],
                  text=Translations(text={"de": "Die Förderung bleibt."}),
                  date=date(2021, 5, 3)),
        ],
    )]
    archive.save_bundle(bundle)
    return archive


def test_a_page_carries_every_value_as_stored(odd: Archive) -> None:
    hits = odd.search_quotes("förderung", order="date")
    assert [h.quote_id for h in hits] == ["q-1", "q-2"]
    first, second = hits
    assert first.text == {"de": ODD, "en": "Funding\u00a0€"}
    assert first.item_headline == {"de": "Überschrift \\ „eins“", "en": "Headline"}
    assert first.said_on == date(2021, 5, 4)
    assert first.approval == ApprovalState.APPROVED
    assert [(s.person_id, s.full_name, s.title, s.role_id) for s in first.speakers] == [
        ("p-anna", "Dr. Anna Müller", {"de": "Ministerin „Wirtschaft“"}, "r-new"),
        ("p-ben", "Ben O'Brien", {}, None),
    ]
    # the role named in the quote, not the one held on its date
    assert [(s.role_id, s.title) for s in second.speakers] == [
        ("r-old", {"de": "Referentin", "en": "Adviser"})]
    assert "«Förderung»" in first.snippet_text()


@pytest.mark.postgresql_only
def test_a_page_is_loaded_in_one_statement_on_postgresql(odd: Archive) -> None:
    with _statements(odd) as statements:
        hits = odd.search_quotes("förderung", order="date")
    assert len(hits) == 2
    # the quotes, their speakers, those people and their roles: one round trip
    loading = [s for s in statements if "quote_speakers" in s or "FROM roles" in s
               or "JOIN roles" in s]
    assert len(loading) == 1, loading


@contextmanager
def _statements(archive: Archive) -> Iterator[list[str]]:
    """The statements the archive sends to its database while the block runs."""
    sent: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(statement)

    event.listen(archive._engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(archive._engine, "before_cursor_execute", seen)


def _save_quotes(archive: Archive, texts: list[str]) -> None:
    """One item with a quote of Anna Müller's for each text, the first the newest (one day
    apart), and the planner's statistics of the index brought up to date."""
    bundle = Bundle(people=[Person("p-anna", "Anna", "Müller")])
    bundle.items = [PressItem(id="i-1", issue_date=date(2020, 1, 1), quotes=[
        Quote(f"q-{n}", speakers=[Speaker("p-anna")], text=Translations(text={"de": t}),
              date=date.fromordinal(date(2024, 1, 1).toordinal() - n))
        for n, t in enumerate(texts)])]
    archive.save_bundle(bundle)
    with archive._engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE quote_search")


@pytest.mark.postgresql_only
def test_a_walk_that_came_up_short_is_not_walked_again(archive: Archive) -> None:
    """Two common words seldom together: the planner, taking them as independent,
    expects many matches; the walk through the newest rows finds too few and GIN is
    asked. The same search again goes to GIN at once, with the same hits."""
    texts = ["Alpha heute."] * 200 + ["Beta morgen."] * 200
    texts[350:353] = ["Alpha und Beta."] * 3  # the oldest quotes
    _save_quotes(archive, texts)
    pages = []
    with _statements(archive) as statements:
        for _ in range(2):
            statements.clear()
            pages.append([h.quote_id for h in archive.search_quotes(
                "Alpha Beta", order="date", limit=10)])
            walks = [s for s in statements if "LIMIT %(window)s" in s]
            probes = [s for s in statements if "ORDER BY key + 0" in s]
            pages.append((len(walks), len(probes)))
    assert pages[0] == pages[2] == ["q-350", "q-351", "q-352"]
    assert pages[1] == (1, 1)  # walked, came up short, asked GIN
    assert pages[3] == (0, 1)  # GIN at once


@pytest.mark.postgresql_only
def test_a_long_quote_keeps_its_vectors_in_its_row(archive: Archive) -> None:
    """A walk through the newest rows reads each row's vectors: up to a page they stay in
    the row, uncompressed, instead of being compressed or moved to the TOAST table (which
    a walk reads on top of the row). The quote is found by its words as before."""
    rng = random.Random(14)
    words = ["".join(rng.choice("bcdfghklmnprstvw") + rng.choice("aeiou") for _ in range(4))
             for _ in range(120)]
    bundle = Bundle(people=[Person("p-anna", "Anna", "Müller")])
    bundle.items = [PressItem(id="i-1", issue_date=date(2020, 1, 1), quotes=[
        Quote("q-long", speakers=[Speaker("p-anna")],
              text=Translations(text={"de": " ".join(words) + "."}))])]
    archive.save_bundle(bundle)
    with archive._engine.begin() as conn:
        size, compressed, moved_out = conn.exec_driver_sql(
            "SELECT pg_column_size(words) + pg_column_size(parts), "
            "pg_column_compression(words) IS NOT NULL OR pg_column_compression(parts) IS NOT NULL, "
            "(SELECT pg_relation_size(reltoastrelid) FROM pg_class "
            " WHERE oid = 'quote_search'::regclass) FROM quote_search").one()
    assert 2_500 < size < 8_000  # more than the default's 2 KB, less than a page
    assert not compressed
    assert moved_out == 0
    assert [h.quote_id for h in archive.search_quotes(f"{words[0]} {words[-1]}")] == ["q-long"]


@pytest.mark.postgresql_only
def test_a_relevance_page_of_whole_words_is_placed_in_one_walk(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole-word matches among many compound-part matches: the newest whole-word
    matches are the first page when the last of them is a ranking candidate, and one
    walk through the newest rows tells so (no second walk counting the matches)."""
    from editor.store.search import postgres_fts

    monkeypatch.setattr(postgres_fts, "RANK_CANDIDATES", 40)
    monkeypatch.setattr(postgres_fts, "RANK_WINDOW", 320)
    texts = ["Der Wandel in der Lausitz." if n % 3 == 0
             else "Der Strukturwandel in der Lausitz." for n in range(400)]
    _save_quotes(archive, texts)
    with _statements(archive) as statements:
        page = [h.quote_id for h in archive.search_quotes(
            "Wandel Lausitz", order="relevance", limit=10)]
    assert page == [f"q-{n}" for n in range(0, 30, 3)]  # newest whole-word matches
    walks = [s for s in statements if "LIMIT %(window)s" in s]
    assert len(walks) == 1, walks
    assert "row_number()" in walks[0]


@pytest.mark.postgresql_only
def test_the_same_search_again_is_walked_without_listing_its_prefixes(
        archive: Archive, archive_url: str) -> None:
    """A common word's next page, or the same search again a moment later, is walked on
    the estimate kept from the first: the walk tests the prefix as a prefix, so the
    statement listing the words it stands for is left out (a first page is then one
    statement, with its hits), and a word new since is found all the same."""
    texts = ["Die Förderung wirkt."] * 300
    _save_quotes(archive, texts)
    first = [h.quote_id for h in archive.search_quotes("förder", order="date", limit=10)]
    assert first == [f"q-{n}" for n in range(10)]
    with _statements(archive) as statements:
        again = [h.quote_id for h in archive.search_quotes("förder", order="date", limit=10)]
        # the walk, the hits of the rows it finds and the archive's change mark
        assert len(statements) == 1 and "quote_speakers" in statements[0], statements
        later = [h.quote_id for h in archive.search_quotes("förder", order="date", limit=10,
                                                           offset=10)]
        assert again == first and later == [f"q-{n}" for n in range(10, 20)]
        assert not [s for s in statements if "search_words" in s], statements
        assert len([s for s in statements if "LIMIT %(window)s" in s]) == 2
        with Archive.open(archive_url) as colleague:
            colleague.save_item(PressItem(
                id="i-2", issue_date=date(2025, 1, 1), quotes=[Quote(
                    "q-new", speakers=[Speaker("p-anna")], date=date(2025, 1, 1),
                    text=Translations(text={"de": "Das Förderprogramm startet."}))]))
        newest = archive.search_quotes("förder", order="date", limit=3)
    assert [h.quote_id for h in newest] == ["q-new", "q-0", "q-1"]
    assert newest[0].snippet_text() == "Das «Förderprogramm» startet."


@pytest.mark.postgresql_only
def test_a_relevance_page_among_few_matches_is_placed_in_one_walk(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """Few matches, all of them ranking candidates: one walk through the newest rows
    places the page from the newest whole-word matches, instead of GIN finding every
    match for a ranking; then the same search again is one statement, with its hits."""
    from editor.store.search import postgres_fts

    monkeypatch.setattr(postgres_fts, "RANK_CANDIDATES", 300)  # 400 matches are few
    monkeypatch.setattr(postgres_fts, "RANK_WINDOW", 2400)
    texts = ["Der Wandel in der Lausitz." if n % 3 == 0
             else "Der Strukturwandel in der Lausitz." for n in range(400)]
    _save_quotes(archive, texts)
    newest_whole = [f"q-{n}" for n in range(0, 30, 3)]
    with _statements(archive) as statements:
        page = [h.quote_id for h in archive.search_quotes(
            "Wandel Lausitz", order="relevance", limit=10)]
        assert page == newest_whole
        assert not [s for s in statements if "ORDER BY key + 0" in s], statements
        assert len([s for s in statements if "row_number()" in s]) == 1, statements
        statements.clear()
        again = [h.quote_id for h in archive.search_quotes(
            "Wandel Lausitz", order="relevance", limit=10)]
        assert again == newest_whole
        # the walk, the hits of the rows it finds and the archive's change mark
        assert len(statements) == 1 and "quote_speakers" in statements[0], statements
        assert "row_number()" in statements[0]
        # fewer candidates: the walk of one statement tells that the tenth whole-word
        # match is not among them, and the candidates are ranked
        monkeypatch.setattr(postgres_fts, "RANK_CANDIDATES", 20)
        monkeypatch.setattr(postgres_fts, "RANK_WINDOW", 160)
        ranked = [h.quote_id for h in archive.search_quotes(
            "Wandel Lausitz", order="relevance", limit=10)]
        # seven whole-word matches among the twenty candidates, then the other candidates
        assert ranked == [f"q-{n}" for n in range(0, 20, 3)] + ["q-1", "q-2", "q-4"]



@pytest.mark.postgresql_only
def test_the_same_rare_search_again_finds_its_page_with_its_hits(
        archive: Archive, archive_url: str) -> None:
    """Rare words, for GIN to find: the same search again, in either order, is one
    statement finding the page (in relevance order: ranking the candidates) with its
    hits, the change mark and the words its prefixes stand for, listed again to check
    those of a moment ago; a word new since is found all the same."""
    texts = [("Die Kohle in Cottbus." if n % 2 else "Der Kohleausstieg in Cottbus.")
             if n < 10 else "Die Förderung wirkt." for n in range(300)]
    _save_quotes(archive, texts)
    by_date = [f"q-{n}" for n in range(10)]
    ranked = [f"q-{n}" for n in (1, 3, 5, 7, 9, 0, 2, 4, 6, 8)]  # whole words first
    for order, expected in (("date", by_date), ("relevance", ranked)):
        first = [h.quote_id for h in archive.search_quotes("Kohle Cottbus", order=order)]
        assert first == expected, order
        with _statements(archive) as statements:
            again = archive.search_quotes("Kohle Cottbus", order=order)
        assert [h.quote_id for h in again] == expected, order
        assert again[1].snippet_text() == "Die «Kohle» in «Cottbus»."
        assert len(statements) == 1, statements
        assert all(part in statements[0]
                   for part in ("ORDER BY key + 0", "quote_speakers", "search_words"))
        statements.clear()
    with Archive.open(archive_url) as colleague:
        colleague.save_item(PressItem(
            id="i-2", issue_date=date(2025, 1, 1), quotes=[Quote(
                "q-new", speakers=[Speaker("p-anna")], date=date(2025, 1, 1),
                text=Translations(text={"de": "Der Kohlenstoff in Cottbus."}))]))
    for order in ("date", "relevance"):
        newest = archive.search_quotes("Kohle Cottbus", order=order)
        assert "q-new" in [h.quote_id for h in newest], order
        assert len(newest) == 11


@pytest.mark.postgresql_only
def test_words_that_are_seldom_compound_parts_are_found_from_the_words_first(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rare words for GIN to find, few quotes with them among their compound parts:
    one scan of the words finds the quotes with both, the few with a part are tested
    one by one (the Braunkohle is found as well); the same page as the intersection of
    each word's rows, in either order."""
    from editor.store.search import postgres_fts

    monkeypatch.setattr(postgres_fts, "PARTS_FEW", 0.05)
    texts = [("Die Kohle in Cottbus." if n % 2 else "Der Kohleausstieg in Cottbus.")
             if n < 10 else "Die Braunkohle in Cottbus." if n == 10 else "Die Förderung wirkt."
             for n in range(300)]
    _save_quotes(archive, texts)
    by_date = [f"q-{n}" for n in range(11)]
    ranked = [f"q-{n}" for n in (1, 3, 5, 7, 9, 0, 2, 4, 6, 8, 10)]  # whole words first
    with _statements(archive) as statements:
        for order, expected in (("date", by_date), ("relevance", ranked)):
            for _ in range(2):  # found anew, then the same search again
                statements.clear()
                page = archive.search_quotes("Kohle Cottbus", order=order)
                assert [h.quote_id for h in page] == expected, order
                assert page[-1].snippet_text() == "Die «Braunkohle» in «Cottbus».", order
                found = [s for s in statements if "ORDER BY key + 0" in s]
                assert len(found) == 1 and "qall" in found[0], statements
        monkeypatch.setattr(postgres_fts, "PARTS_FEW", 0.0)  # each word's rows intersected
        for order, expected in (("date", by_date), ("relevance", ranked)):
            statements.clear()
            assert [h.quote_id for h in archive.search_quotes(
                "Kohle Cottbus", order=order)] == expected, order
            found = [s for s in statements if "ORDER BY key + 0" in s]
            assert len(found) == 1 and "qall" not in found[0], statements


@pytest.mark.postgresql_only
def test_with_a_speaker_gin_finds_a_common_word_by_its_lexemes(archive: Archive) -> None:
    """A speaker's few quotes with a common word: GIN intersects the speaker's rows with
    the word's lexemes as listed (a prefix would have GIN collect every row with a word
    starting so first: 25-45 ms at a million quotes, against 1.5 with the lexeme)."""
    bundle = Bundle(people=[Person("p-anna", "Anna", "Müller"), Person("p-ben", "Ben", "Kurz")])
    bundle.items = [PressItem(id="i-1", issue_date=date(2020, 1, 1), quotes=[
        Quote(f"q-{n}", speakers=[Speaker("p-anna" if n % 60 == 0 else "p-ben")],
              text=Translations(text={"de": "Der Strukturwandel gelingt." if n % 3 == 0
                                      else "Die Förderung wirkt."}),
              date=date.fromordinal(date(2024, 1, 1).toordinal() - n))
        for n in range(600)])]
    archive.save_bundle(bundle)
    with archive._engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE quote_search")
    sent: list[tuple[str, dict[str, object]]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append((statement, dict(parameters)))

    event.listen(archive._engine, "before_cursor_execute", seen)
    try:
        for order in ("date", "relevance", "date"):  # found anew, ranked, found again
            sent.clear()
            page = archive.search_quotes("Strukturwandel", speaker="p-anna", order=order)
            assert [h.quote_id for h in page] == [f"q-{n}" for n in range(0, 600, 60)]
            found = [params for statement, params in sent if "ORDER BY key + 0" in statement]
            assert found, [statement for statement, _ in sent]
            assert all("'strukturwandel'" in params.values()
                       and not any(":*" in str(v) for v in params.values())
                       for params in found), found
    finally:
        event.remove(archive._engine, "before_cursor_execute", seen)
