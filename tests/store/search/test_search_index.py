"""The search index stays in step with the archive: saves, deletes, people, roles, migration."""

from __future__ import annotations

import copy
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from editor.core.errors import StoreError
from editor.core.model import (
    Organisation,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.io.samples import load_sample_bundles
from editor.store import Archive
from editor.store.migrate import migrate

SAMPLE_ITEM = "2021-03-15-smart-country"
STEINBACH = "quote-2021-03-15-steinbach"
WILLINGMANN = "quote-2021-03-15-willingmann"


@pytest.fixture
def sample(archive: Archive) -> Archive:
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    return archive


def _ids(hits: list) -> set[str]:
    return {hit.quote_id for hit in hits}


def test_editing_a_quote_text_updates_the_index(sample: Archive) -> None:
    assert sample.search_quotes("Wasserstoff") == []
    item = sample.load_item(SAMPLE_ITEM)
    quote = item.quote(STEINBACH)
    quote.text.set_source("de", "Der Wasserstoff gehört in die Lausitz.")
    sample.save_item(item)
    assert _ids(sample.search_quotes("Wasserstoff")) == {STEINBACH}
    assert _ids(sample.search_quotes("wasserst*")) == {STEINBACH}
    assert STEINBACH not in _ids(sample.search_quotes('"westliche Brandenburg"'))
    assert sample.count_quotes() == 3  # replaced, not added


def test_removing_a_quote_from_an_item_removes_it_from_the_index(sample: Archive) -> None:
    item = sample.load_item(SAMPLE_ITEM)
    item.quotes = [q for q in item.quotes if q.id != WILLINGMANN]
    item.blocks = [b for b in item.blocks if b.quote_id != WILLINGMANN]
    sample.save_item(item)
    assert sample.search_quotes("", speaker="Willingmann") == []
    assert sample.count_quotes() == 2


def test_deleting_an_item_removes_its_quotes(sample: Archive) -> None:
    assert sample.count_quotes("förder") == 2
    sample.delete_item(SAMPLE_ITEM)
    assert sample.count_quotes("förder") == 0
    assert sample.count_quotes() == 0


def test_a_failed_save_leaves_the_index_as_it_was(sample: Archive) -> None:
    item = sample.load_item(SAMPLE_ITEM)
    stale = copy.deepcopy(item)
    item.quote(STEINBACH).text.set_source("de", "Erste Fassung mit Wasserstoff.")
    sample.save_item(item)
    stale.quote(STEINBACH).text.set_source("de", "Veraltete Fassung mit Kernfusion.")
    with pytest.raises(Exception, match="saved by someone else"):
        sample.save_item(stale)
    assert sample.search_quotes("Kernfusion") == []
    assert _ids(sample.search_quotes("Wasserstoff")) == {STEINBACH}


def test_replacing_items_in_a_bundle_keeps_one_entry_per_quote(sample: Archive) -> None:
    for bundle in load_sample_bundles():
        sample.save_bundle(bundle, replace=True)
    assert sample.count_quotes() == 3
    assert sample.count_quotes("förder") == 2


def test_renaming_a_person_updates_name_search(sample: Archive) -> None:
    person = sample.person("person-joerg-steinbach")
    person.family_name = "Steinbach-Neumann"
    sample.save_person(person)
    assert _ids(sample.search_quotes("Neumann")) == {STEINBACH}
    assert _ids(sample.search_quotes("", speaker="neumann")) == {STEINBACH}
    assert [p.id for p in sample.find_people("neum")] == ["person-joerg-steinbach"]


def test_new_organisation_is_found_by_name(sample: Archive) -> None:
    sample.save_organisation(Organisation("org-new", "NEU", name={"de": "Neue Straßenbahn AG"}))
    sample.save_person(Person("person-new", "Ida", "Neu"))
    sample.save_role(Role("role-new", "person-new", "org-new", title={"de": "Chefin"}))
    item = sample.load_item(SAMPLE_ITEM)
    item.quote(STEINBACH).speakers[0].person_id = "person-new"
    item.quote(STEINBACH).speakers[0].role_id = None
    sample.save_item(item)
    assert _ids(sample.search_quotes("", organisation="strassenbahn")) == {STEINBACH}


def test_role_with_another_organisation_moves_the_quote_in_the_filter(sample: Archive) -> None:
    role = sample.role("role-steinbach-bb-mwae")
    assert _ids(sample.search_quotes("", organisation="org-bb-mwae")) == {STEINBACH}
    role.organisation_id = "org-wfbb"
    sample.save_role(role)
    assert sample.search_quotes("", organisation="org-bb-mwae") == []
    assert STEINBACH in _ids(sample.search_quotes("", organisation="org-wfbb"))


# --- roles at the time ---------------------------------------------------------------------------


def test_quote_shows_the_role_held_on_its_date(sample: Archive) -> None:
    hit = sample.search_quotes("", speaker="person-armin-willingmann")[0]
    assert hit.speakers[0].title["de"].startswith("sachsen-anhaltische Minister für Wirtschaft")


def test_a_new_role_does_not_rewrite_old_attributions(archive: Archive) -> None:
    """A quote from 2021-03-15 keeps the old title after a role from 2021-09-16 begins."""
    archive.save_person(Person("p-w", "Armin", "Willingmann", honorific="Prof. Dr."))
    archive.save_role(Role("r-old", "p-w", None, title={"de": "Wirtschaftsminister"},
                           valid_from=date(2016, 4, 25)))

    def item(item_id: str, day: date, role_id: str | None) -> PressItem:
        return PressItem(id=item_id, issue_date=day, quotes=[Quote(
            f"q-{item_id}", speakers=[Speaker("p-w", role_id)],
            text=Translations(text={"de": "Wir fördern die Region."}))])

    archive.save_item(item("march", date(2021, 3, 15), None))  # attributed by date only
    archive.save_item(item("march-named", date(2021, 3, 15), "r-old"))  # role named
    archive.start_role(Role("r-new", "p-w", None, title={"de": "Umweltminister"},
                            valid_from=date(2021, 9, 16)))
    archive.save_item(item("later", date(2022, 1, 10), None))

    titles = {h.quote_id: h.speakers[0].title["de"]
              for h in archive.search_quotes("fördern", speaker="p-w")}
    assert titles == {"q-march": "Wirtschaftsminister", "q-march-named": "Wirtschaftsminister",
                      "q-later": "Umweltminister"}
    assert archive.role("r-old").valid_until == date(2021, 9, 15)
    dossier = archive.quotes_of_person("p-w")
    assert [h.said_on for h in dossier] == [date(2021, 3, 15)] * 2 + [date(2022, 1, 10)]
    assert [h.speakers[0].role_id for h in dossier] == ["r-old", "r-old", "r-new"]


def test_sample_quote_keeps_the_title_of_march_2021(sample: Archive) -> None:
    item = sample.load_item(SAMPLE_ITEM)
    item.quote(WILLINGMANN).speakers[0].role_id = None  # by date: still the old ministry
    sample.save_item(item)
    hit = sample.search_quotes("", speaker="person-armin-willingmann")[0]
    assert hit.speakers[0].role_id == "role-willingmann-st-mw"
    assert "Digitalisierung" in hit.speakers[0].title["de"]


def test_start_role_ends_the_open_role(sample: Archive) -> None:
    sample.start_role(Role("role-steinbach-2", "person-joerg-steinbach", None,
                           title={"de": "Berater"}, valid_from=date(2024, 11, 1)))
    assert sample.role("role-steinbach-bb-mwae").valid_until == date(2024, 10, 31)
    hit = sample.search_quotes("", speaker="person-joerg-steinbach")[0]
    assert hit.speakers[0].title["de"].startswith("Brandenburger Minister")
    with pytest.raises(ValueError, match="begins"):
        sample.start_role(Role("r-x", "person-joerg-steinbach", None))


def test_quotes_of_person_are_sorted_by_date(sample: Archive) -> None:
    hits = sample.quotes_of_person("person-steffen-kammradt")
    assert [h.quote_id for h in hits] == ["quote-2021-03-15-kammradt-einsfelder"]
    assert sample.quotes_of_person("nobody") == []


# --- migrations and other databases ----------------------------------------------------


def test_migration_indexes_existing_quotes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    migrate(f"sqlite:///{path}", "0003")
    with closing(sqlite3.connect(path)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert "quote_search" not in tables
    with Archive.open(path) as archive:
        assert archive.backup_path is not None
        assert {h.quote_id for h in archive.search_quotes("förder")} == {STEINBACH, WILLINGMANN}
        assert [p.id for p in archive.find_people("willing")] == ["person-armin-willingmann"]


def test_rebuild_gives_the_same_results(sample: Archive) -> None:
    before = [(h.quote_id, h.snippet) for h in sample.search_quotes("förder", order="date")]
    sample.rebuild_search_index()
    after = [(h.quote_id, h.snippet) for h in sample.search_quotes("förder", order="date")]
    assert before == after


def test_unknown_order_is_refused(sample: Archive) -> None:
    with pytest.raises(ValueError, match="order"):
        sample.search_quotes("x", order="alphabet")


def test_search_on_a_database_without_index_says_so(sample: Archive,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.store.search import index_for

    monkeypatch.setattr(sample, "_index", index_for("mssql"))
    item = sample.load_item(SAMPLE_ITEM)
    item.headline = Translations(text={"de": "Saving still works"})
    sample.save_item(item)
    with pytest.raises(StoreError, match="not available"):
        sample.search_quotes("förder")


def test_a_person_with_thousands_of_quotes(archive: Archive, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    from editor.store.search import hits

    monkeypatch.setattr(hits, "_CHUNK", 7)
    archive.save_person(Person("p-many", "Viel", "Redner"))
    archive.save_item(PressItem(id="many", issue_date=date(2020, 1, 1), quotes=[
        Quote(f"q{n:02d}", speakers=[Speaker("p-many")],
              text=Translations(text={"de": f"Satz {n}."}), date=date(2020, 1, 1 + n))
        for n in range(20)
    ]))
    dossier = archive.quotes_of_person("p-many")
    assert [h.quote_id for h in dossier] == [f"q{n:02d}" for n in range(20)]


def test_very_long_words_are_not_split_into_parts() -> None:
    from editor.store.search import MAX_COMPOUND, compound_parts

    assert compound_parts("x" * 100_000) == ""
    longest = "Donaudampfschifffahrtsgesellschaftskapitaen"
    assert len(longest) <= MAX_COMPOUND
    assert "kapitaen" in compound_parts(longest).split()


LONG_WORD_TEXTS = [
    "Der Strukturwandel braucht Zeit.",
    "Das Strukturwandelprogramm läuft an.",
    "Im Lausitzstrukturwandel zählt jeder Euro.",
    "Des Strukturwandels wegen.",
    "Das Förderungsprogramm und die Förderungsprogramme.",
    "Strukturwandler sind keine Strukturwandlerinnen.",
]
LONG_QUERIES = ["strukturwandel", "Strukturwandelprog*", "förderungsprogramm", "foerderungsprog",
                "strukturwandl", "strukturwandelprogrammierung", "lausitzstrukturwandel",
                '"strukturwandel braucht"', "strukturwandel zeit"]


def _long_word_archive(archive: Archive) -> Archive:
    archive.save_person(Person("p-long", "Lang", "Wort"))
    archive.save_item(PressItem(id="long", issue_date=date(2022, 6, 1), quotes=[
        Quote(f"q{n}", speakers=[Speaker("p-long")], text=Translations(text={"de": words}))
        for n, words in enumerate(LONG_WORD_TEXTS)
    ]))
    return archive


def _found(archive: Archive) -> dict[str, list[str]]:
    return {q: [h.quote_id for h in archive.search_quotes(q, order="date")] for q in LONG_QUERIES}


def test_long_prefixes_are_searched_as_the_words_they_start(sqlite_archive: Archive) -> None:
    """Prefixes longer than the prefix indexes become an OR of listed words: same hits."""
    archive = sqlite_archive
    from editor.store.search import QuoteFilter, SqliteQuoteIndex, parse_query, sqlite_fts

    _long_word_archive(archive)
    found = _found(archive)
    assert found["strukturwandel"] == ["q3", "q2", "q1", "q0"]
    assert found["förderungsprogramm"] == found["foerderungsprog"] == ["q4"]
    assert found["strukturwandl"] == ["q5"]
    assert found["strukturwandelprogrammierung"] == []
    index = SqliteQuoteIndex()
    wanted = QuoteFilter(terms=tuple(parse_query("strukturwandel")))
    with archive._engine.connect() as conn:
        listed = index._long_prefixes(conn, wanted)
        match = index._match(wanted, long_prefixes=listed)
    assert listed == {"strukturwandel": ["strukturwandel", "strukturwandelprogramm",
                                         "strukturwandels"]}
    assert "*" not in match
    # The same hits as FTS5's own prefix search, which a list too long falls back to:
    original = sqlite_fts.MAX_EXPANSION
    sqlite_fts.MAX_EXPANSION = 0
    try:
        assert _found(archive) == found
    finally:
        sqlite_fts.MAX_EXPANSION = original


def test_the_word_list_follows_edits_and_rebuilds(archive: Archive) -> None:
    _long_word_archive(archive)
    item = archive.load_item("long")
    item.quote("q0").text.set_source("de", "Die Wasserstoffwirtschaft wächst.")
    archive.save_item(item)
    assert [h.quote_id for h in archive.search_quotes("wasserstoffwirt")] == ["q0"]
    assert [h.quote_id for h in archive.search_quotes("stoffwirtschaft")] == ["q0"]  # a part
    before = _found(archive)
    archive.rebuild_search_index()
    assert _found(archive) == before


def test_migration_to_the_word_list_rebuilds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        found = _found(_long_word_archive(archive))
    migrate(f"sqlite:///{path}", "0005")
    with closing(sqlite3.connect(path)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert "search_words" not in tables and "quote_search" in tables
    with Archive.open(path) as archive:
        assert _found(archive) == found
        with archive._engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM search_words").scalar() > 0


def test_words_match_texts_names_and_parts_but_never_filter_tags(sample: Archive) -> None:
    """Prefix terms run without a column filter; the results are those with the filter."""
    from editor.store.search import entries, tag

    queries = ["förder", "wandel", "willing", "stein*", "Digitalisierung", "agentur",
               "smart country", '"smart country"', "zz", "zzp*"]
    found = {q: [h.quote_id for h in sample.search_quotes(q, order="date")] for q in queries}
    assert found["förder"] and found["willing"] == [WILLINGMANN]
    assert sample.search_quotes(tag("p", "person-armin-willingmann")) == []
    assert found["zzp*"] == found["zz"] == []
    original = entries._TAG_START
    entries._TAG_START = ""  # every word then gets the column filter
    try:
        assert {q: [h.quote_id for h in sample.search_quotes(q, order="date")]
                for q in queries} == found
    finally:
        entries._TAG_START = original


def test_speakers_read_for_indexing_are_those_of_the_generic_queries(tmp_path: Path) -> None:
    """A save reads its speakers' names and roles through SQLite's driver: the same
    people, names, roles, dates and order as the SQLAlchemy statements give, also for
    more people than one statement takes and for ids that name nobody."""
    import dataclasses

    from editor.store.search.entries import People

    with Archive.open(tmp_path / "a.sqlite") as archive:
        ids = [f"p-{n:04d}" for n in range(620)]
        for n, person_id in enumerate(ids[:600]):
            archive.save_person(Person(person_id, f"Vor{n}", f"Nach{n}",
                                       honorific="Dr." if n % 3 == 0 else ""))
            if n % 2 == 0:
                archive.save_role(Role(f"r-{n}-a", person_id, None, title={"de": "Chefin"},
                                       valid_until=date(2020, 1, 1)))
                archive.save_role(Role(f"r-{n}-b", person_id, None,
                                       valid_from=date(2020, 1, 2)))
        with archive._engine.connect() as conn:
            fast = People.load(conn, [*ids, ids[5]], titles=False)
            generic = People.load(conn, ids, titles=True)
    assert len(fast.names) == 600 and fast.names == generic.names
    without_titles = {person: [dataclasses.replace(r, title={}) for r in found]
                      for person, found in generic.roles.items()}
    assert fast.roles == without_titles
    assert fast.roles["p-0000"][0].valid_until == date(2020, 1, 1)
