"""Saving an item writes and indexes only the quotes that changed, and the index stays exact."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from editor.core.model import ApprovalState, Person, PressItem, Quote, Speaker, Translations
from editor.store import Archive

WORDS = ["Strukturwandel", "Förderung", "Lausitz", "Wasserstoff", "Energiewende",
         "Straßenbahn", "Altmark", "Digitalisierung", "Mittelstand", "Klimaschutz",
         "Kohleausstieg", "Cottbus", "Netzwerk"]


@pytest.fixture
def people(archive: Archive) -> list[str]:
    ids = []
    for number, (given, family) in enumerate([("Anna", "Özdemir"), ("Bernd", "Weiß"),
                                              ("Clara", "Schulze")]):
        archive.save_person(Person(f"p{number}", given, family))
        ids.append(f"p{number}")
    return ids


def _quote(number: int, speaker: str, words: str, day: date | None = None) -> Quote:
    return Quote(f"q{number}", speakers=[Speaker(speaker)], date=day,
                 text=Translations(text={"de": f"Zitat {number}: {words}.",
                                         "en": f"Quote {number}."}))


def _item(people: list[str], quotes: int = 30) -> PressItem:
    return PressItem(
        id="item", issue_date=date(2024, 5, 2), topics=["Energie"],
        headline=Translations(text={"de": "Meldung"}),
        quotes=[_quote(n, people[n % len(people)], WORDS[n % len(WORDS)]) for n in range(quotes)],
    )


@pytest.fixture
def indexed(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Row ids the index is asked to (re-)index, in the order asked."""
    seen: list[int] = []
    original: Callable[..., Any] = archive._index.index_values

    def spy(conn: Any, values: Any) -> None:
        seen.extend(v.row_id for v in values)
        original(conn, values)

    monkeypatch.setattr(archive._index, "index_values", spy)
    return seen


def _row_ids(archive: Archive) -> dict[str, int]:
    with archive._engine.connect() as conn:
        return {q: r for q, r in conn.execute(text("SELECT quote_id, row_id FROM quotes"))}


def _index_content(archive: Archive) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every token of SQLite's index with its quote, column and position, and the entries."""
    with archive._engine.connect() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_tokens "
                             "USING fts5vocab(main, 'quote_search', 'instance')")
        tokens = [tuple(row) for row in conn.execute(text(
            "SELECT term, doc, col, offset FROM quote_tokens ORDER BY doc, col, offset, term"))]
        entries = [tuple(row) for row in conn.execute(text(
            "SELECT key, speakers, tags, checksum FROM quote_search_entries ORDER BY key"))]
        conn.exec_driver_sql("DROP TABLE temp.quote_tokens")
    assert {doc for _, doc, _, _ in tokens} == {key for key, *_ in entries}
    return tokens, entries


def test_editing_one_quote_indexes_only_that_quote(archive: Archive, people: list[str],
                                                   indexed: list[int]) -> None:
    archive.save_item(_item(people))
    assert len(indexed) == 30
    before = _row_ids(archive)
    indexed.clear()
    item = archive.load_item("item")
    item.quote("q7").text.set_source("de", "Ganz neu: Kernfusion in der Prignitz.")
    archive.save_item(item)
    assert indexed == [before["q7"]]
    assert _row_ids(archive) == before  # every quote keeps its row
    assert [h.quote_id for h in archive.search_quotes("Kernfusion")] == ["q7"]
    assert archive.count_quotes("Zitat") == 29  # the old text of q7 is gone from the index


def test_a_headline_edit_or_a_new_order_indexes_nothing(archive: Archive, people: list[str],
                                                        indexed: list[int]) -> None:
    archive.save_item(_item(people, quotes=5))
    indexed.clear()
    item = archive.load_item("item")
    item.headline.set_source("de", "Neue Überschrift")
    item.quotes.reverse()
    archive.save_item(item)
    assert indexed == []
    assert [q.id for q in archive.load_item("item").quotes] == ["q4", "q3", "q2", "q1", "q0"]


def test_a_new_date_moves_the_quote_in_date_filters(archive: Archive,
                                                    people: list[str]) -> None:
    archive.save_item(_item(people, quotes=3))
    item = archive.load_item("item")
    item.quote("q1").date = date(2019, 1, 8)
    archive.save_item(item)
    old = archive.search_quotes("", date_to=date(2019, 12, 31))
    assert [h.quote_id for h in old] == ["q1"]
    assert archive.count_quotes("", date_from=date(2024, 1, 1)) == 2
    assert archive.count_quotes() == 3


def test_changed_topics_renew_the_tags_of_every_quote(
        archive: Archive, people: list[str], indexed: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    archive.save_item(_item(people, quotes=4))
    indexed.clear()
    retagged: list[int] = []
    original = archive._index.retag_quotes

    def spy(conn: Any, row_ids: Any, values: Any = None) -> None:
        retagged.extend(row_ids)
        original(conn, row_ids, values)

    monkeypatch.setattr(archive._index, "retag_quotes", spy)
    item = archive.load_item("item")
    item.topics = ["Verkehr"]
    archive.save_item(item)
    assert len(retagged) == 4
    assert indexed == []  # the texts' words stay as they are
    assert archive.count_quotes("Zitat", topic="Verkehr") == 4
    assert archive.count_quotes("", topic="Verkehr") == 4
    assert archive.count_quotes("", topic="Energie") == 0


def test_a_new_speaker_moves_the_quote_in_speaker_filters(archive: Archive,
                                                          people: list[str]) -> None:
    archive.save_item(_item(people, quotes=3))
    item = archive.load_item("item")
    item.quote("q0").speakers = [Speaker("p2")]
    archive.save_item(item)
    assert {h.quote_id for h in archive.search_quotes("", speaker="p0")} == set()
    assert {h.quote_id for h in archive.search_quotes("", speaker="p2")} == {"q0", "q2"}


@pytest.mark.sqlite_only  # compares the rows of SQLite's index tables
def test_random_edits_leave_the_index_as_a_rebuild_would(archive: Archive,
                                                         people: list[str]) -> None:
    """Insert, change, move, remove quotes, change dates, speakers, approval and topics."""
    rnd = random.Random(5)
    archive.save_item(_item(people, quotes=12))
    next_number = 12
    for _ in range(40):
        item = archive.load_item("item")
        action = rnd.choice(["text", "add", "remove", "move", "date", "speaker", "approval",
                             "topic", "none"])
        quote = rnd.choice(item.quotes) if item.quotes else None
        if action == "add" or quote is None:
            item.quotes.insert(rnd.randrange(len(item.quotes) + 1),
                               _quote(next_number, rnd.choice(people), rnd.choice(WORDS)))
            next_number += 1
        elif action == "text":
            quote.text.set_source("de", " ".join(rnd.sample(WORDS, 3)))
        elif action == "remove":
            item.quotes.remove(quote)
        elif action == "move":
            rnd.shuffle(item.quotes)
        elif action == "date":
            quote.date = rnd.choice([None, date(2020, 2, 2), date(2023, 7, 1)])
        elif action == "speaker":
            quote.speakers = [Speaker(p) for p in rnd.sample(people, rnd.randint(1, 2))]
        elif action == "approval":
            quote.approval.state = rnd.choice(list(ApprovalState))
        elif action == "topic":
            item.topics = rnd.sample(["Energie", "Verkehr", "Bildung"], rnd.randint(0, 2))
        archive.save_item(item)
    incremental = _index_content(archive)
    stored = archive.load_item("item")
    assert len(incremental[1]) == len(stored.quotes)
    archive.rebuild_search_index()
    assert _index_content(archive) == incremental


@pytest.fixture
def read_back(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many quotes the index reads back from the archive's rows, per reading."""
    from editor.store.search import entries, keyed, sqlite_fts

    seen: list[int] = []
    original = entries.quote_values

    def spy(conn: Any, where: Any) -> Any:
        found = original(conn, where)
        seen.append(len(found))
        return found

    for module in (entries, keyed, sqlite_fts):
        monkeypatch.setattr(module, "quote_values", spy, raising=False)
    return seen


def test_a_new_item_is_indexed_from_what_was_written(archive: Archive, people: list[str],
                                                     read_back: list[int]) -> None:
    archive.save_item(_item(people, quotes=6))
    assert read_back == []  # no quote read back: the save knows what it wrote
    assert archive.count_quotes("Zitat", topic="Energie") == 6
    item = archive.load_item("item")
    item.quote("q2").text.set_source("de", "Ganz neu: Kernfusion.")
    item.quotes.append(_quote(6, people[0], "Lausitz"))
    archive.save_item(item)
    assert read_back == []
    assert [h.quote_id for h in archive.search_quotes("Kernfusion")] == ["q2"]
    assert archive.count_quotes("lausitz", speaker="p0") == 1


def _tagged_item(people: list[str]) -> PressItem:
    from editor.store.search.entries import tag, topic_tag

    texts = [
        "Das Kompetenzzentrum in der Lausitz wächst.",  # a compound part "zzentrum"
        f"Ein Kennzeichen {topic_tag('Verkehr')} steht hier.",  # a topic's own tag token
        f"Zeichen {tag('p', 'p0')[:5]}abc und mehr.",  # starts like a person's tag
        "Jazz und Pizza in Cottbus.",
        "Ganz gewöhnlicher Text.",
    ]
    item = _item(people, quotes=len(texts))
    for quote, words in zip(item.quotes, texts, strict=True):
        quote.text.set_source("de", words)
    item.quotes[0].topics = ["Energie"]  # also one of the item's topics
    item.quotes[3].topics = ["Verkehr"]
    return item


@pytest.mark.sqlite_only  # compares the rows of SQLite's index tables
def test_topic_changes_renew_tags_as_a_rebuild_would(archive: Archive, people: list[str],
                                                     read_back: list[int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Only entries whose words FTS5 lists under a term of their tags are indexed whole."""
    archive.save_item(_tagged_item(people))
    rows = _row_ids(archive)
    whole: list[int] = []
    original = archive._index.reindex_quotes

    def spy(conn: Any, row_ids: Any) -> None:
        whole.extend(row_ids)
        original(conn, row_ids)

    monkeypatch.setattr(archive._index, "reindex_quotes", spy)
    for topics in (["Verkehr"], ["Verkehr", "Energie", "Bildung"], ["Energie"], []):
        item = archive.load_item("item")
        item.topics = topics
        read_back.clear()
        archive.save_item(item)
        assert sum(read_back) <= 2  # only what is indexed whole: the others as known
        incremental = _index_content(archive)
        archive.rebuild_search_index()
        assert _index_content(archive) == incremental, topics
    assert set(whole) == {rows["q1"], rows["q2"]}  # not q0 ("zzentrum"), q3 ("jazz")
    assert archive.count_quotes("", topic="Energie") == 1  # q0 holds it itself
    assert archive.count_quotes("kompetenzzentrum", topic="Verkehr") == 0
    assert archive.count_quotes("jazz", topic="Verkehr") == 1


def test_a_topic_change_folds_no_text(archive: Archive, people: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.store.search import entries, folding, sqlite_fts

    archive.save_item(_item(people, quotes=5))
    item = archive.load_item("item")
    item.topics = ["Verkehr", "Bildung"]
    folded: list[str] = []
    original = folding.fold_text

    def spy(value: str, *, parts: bool = False) -> Any:
        folded.append(value)
        return original(value, parts=parts)

    for module in (entries, folding, sqlite_fts):
        monkeypatch.setattr(module, "fold_text", spy, raising=False)
    archive.save_item(item)
    if archive._index.dialect == "sqlite":  # PostgreSQL writes whole vectors again
        assert folded == []
    assert archive.count_quotes("zitat", topic="Bildung") == 5
    assert archive.count_quotes("", topic="Energie") == 0


def test_sqlite_writes_new_quotes_as_the_generic_path_would(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite inserts new quotes and speakers through the driver; the stored rows (values
    and their SQLite types) must be those SQLAlchemy's insert writes."""
    from editor.store import quote_writes

    def stored(name: str, generic: bool) -> tuple[list[Any], list[Any]]:
        with monkeypatch.context() as patch:
            if generic:
                patch.setattr(quote_writes, "_SQLITE_INSERTS", False)
            with Archive.open(tmp_path / name) as archive:
                people = []
                for number in range(2):
                    archive.save_person(Person(f"p{number}", "Anna", f"Weiß {number}"))
                    people.append(f"p{number}")
                item = _item(people, quotes=6)
                item.quotes[0].date = date(1999, 12, 31)
                item.quotes[1].speakers.append(Speaker("p1", role_id=None))
                item.quotes[2].text = Translations(text={"fr": "Citation « été »"})
                item.quotes[3].approval.state = ApprovalState.APPROVED
                archive.save_item(item)
                item.quotes.append(_quote(9, "p0", "Straße"))
                archive.save_item(item)
                with archive._engine.connect() as conn:
                    columns = ", ".join(f"{c}, typeof({c})" for c in (
                        "row_id", "item_id", "quote_id", "position", "said_on",
                        "approval_state", "text_de", "text_en", "document"))
                    quote_rows = [tuple(r) for r in conn.exec_driver_sql(
                        f"SELECT {columns} FROM quotes ORDER BY row_id")]
                    speaker_rows = [tuple(r) for r in conn.exec_driver_sql(
                        "SELECT *, typeof(role_id) FROM quote_speakers "
                        "ORDER BY quote_row_id, position")]
        return quote_rows, speaker_rows

    fast, generic = stored("fast.sqlite", False), stored("generic.sqlite", True)
    assert len(fast[0]) == 7 and len(fast[1]) == 8
    assert fast == generic


def test_a_new_or_changed_quote_breaking_a_rule_saves_nothing(archive: Archive,
                                                              people: list[str]) -> None:
    from editor.core.errors import ValidationError

    item = _item(people, quotes=4)
    item.quotes[2].speakers = [Speaker("bad id!")]
    with pytest.raises(ValidationError) as raised:
        archive.save_item(item)
    assert raised.value.path == "quotes[2].speakers[0].person_id"
    assert "nothing was saved" in str(raised.value)
    assert archive.list_items() == []

    item.quotes[2].speakers = [Speaker(people[0])]
    archive.save_item(item)
    item.quotes[1].text.set_source("de", "x" * 2_000_001)
    with pytest.raises(ValidationError) as raised:
        archive.save_item(item)
    assert raised.value.path == "quotes[1].text.de"
    stored = archive.load_item("item")
    assert stored.version == 1 and stored.quotes[1].text.get("de") == "Zitat 1: Förderung."


def test_only_new_and_changed_quotes_are_checked_again(archive: Archive, people: list[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.store import records

    checked: list[str] = []
    original = records.check_incoming

    def spy(cls: type[Any], plain: Any, path: str = "") -> None:
        checked.append(path)
        original(cls, plain, path)

    monkeypatch.setattr(records, "check_incoming", spy)
    item = _item(people, quotes=5)
    archive.save_item(item)
    assert checked == ["", *(f"quotes[{n}]" for n in range(5))]
    checked.clear()
    item.quotes[3].text.set_source("de", "Neu.")
    item.quotes.append(_quote(7, people[0], "Lausitz"))
    item.topics = ["Verkehr"]
    archive.save_item(item)
    assert checked == ["", "quotes[5]", "quotes[3]"]


def test_sqlite_lists_the_words_of_new_quotes_as_one_row_each_would(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The words a save lists for long-prefix search go in as one JSON array where SQLite
    has ``json_each``; the list must be the one a row per word gives, also for words the
    folding leaves outside ASCII."""
    from editor.store.search import sqlite_fts

    def listed(name: str, json_each: bool) -> list[str]:
        with monkeypatch.context() as patch:
            patch.setattr(sqlite_fts, "_JSON_EACH", json_each)
            with Archive.open(tmp_path / name) as archive:
                archive.save_person(Person("p0", "Jerzy", "Łukasiewicz"))
                item = _item(["p0"], quotes=3)
                item.quotes[0].text = Translations(text={
                    "de": "Łódź und Ελλάδα, Straßenbahnnetz", "en": "naïve «Тверь» 東京都庁"})
                archive.save_item(item)
                with archive._engine.connect() as conn:
                    return list(conn.exec_driver_sql(
                        "SELECT word FROM search_words ORDER BY word").scalars())

    one_statement, row_by_row = listed("json.sqlite", True), listed("rows.sqlite", False)
    assert {"łodz", "ελλαδα", "тверь", "strassenbahnnetz", "bahnnetz",
            "łukasiewicz"} <= set(row_by_row)
    assert one_statement == row_by_row
