"""Quote search: folding, phrases, prefixes, compound parts, filters, ranking, paging."""

from __future__ import annotations

from datetime import date

import pytest

from editor.core.model import (
    Approval,
    ApprovalState,
    Bundle,
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
from editor.store.search import (
    compound_parts,
    highlight,
    index_text,
    is_search_table,
    parse_query,
)

SAMPLE_ITEM = "2021-03-15-smart-country"
STEINBACH = "quote-2021-03-15-steinbach"
WILLINGMANN = "quote-2021-03-15-willingmann"
JOINT = "quote-2021-03-15-kammradt-einsfelder"


def _quote(quote_id: str, de: str, en: str = "", *, person: str = "p-anna",
           day: date | None = date(2022, 5, 1), state: ApprovalState = ApprovalState.APPROVED,
           topics: list[str] | None = None, role: str | None = None) -> Quote:
    texts = {"de": de, **({"en": en} if en else {})}
    return Quote(
        quote_id,
        speakers=[Speaker(person, role)],
        text=Translations(text=texts),
        date=day,
        approval=Approval(state, by="Büro" if state == ApprovalState.APPROVED else ""),
        topics=topics or [],
    )


def _people() -> Bundle:
    return Bundle(
        people=[
            Person("p-anna", "Anna", "Müller", honorific="Dr."),
            Person("p-bernd", "Bernd", "Straßburger"),
        ],
        organisations=[
            Organisation("o-stadt", "Stadt", name={"de": "Stadtverwaltung Görlitz"}),
            Organisation("o-land", "Land", name={"de": "Landesregierung"}),
        ],
        roles=[
            Role("r-anna", "p-anna", "o-stadt", title={"de": "Bürgermeisterin"}),
            Role("r-bernd", "p-bernd", "o-land", title={"de": "Staatssekretär"}),
        ],
    )


def _item(item_id: str, *quotes: Quote, issue: date = date(2022, 5, 1),
          topics: list[str] | None = None) -> PressItem:
    return PressItem(
        id=item_id,
        issue_date=issue,
        headline=Translations(text={"de": f"Meldung {item_id}"}),
        quotes=list(quotes),
        topics=topics or [],
    )


@pytest.fixture
def sample(archive: Archive) -> Archive:
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    return archive


@pytest.fixture
def words(archive: Archive) -> Archive:
    """Quotes written for the folding rules."""
    bundle = _people()
    bundle.items = [
        _item(
            "i-words",
            _quote("q-foerderung", "Die Förderung kommt an.", "Funding arrives."),
            _quote("q-strasse", "Die Straße wird gebaut.", person="p-bernd"),
            _quote("q-wandel", "Der Strukturwandel gelingt.", "Structural change works."),
            _quote("q-cafe", "Ein Café für alle.", "A café for everyone."),
            _quote("q-programm", "Das Förderprogramm startet im Juni.", person="p-bernd"),
        )
    ]
    archive.save_bundle(bundle)
    return archive


def _ids(hits: list) -> set[str]:
    return {hit.quote_id for hit in hits}


# --- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["förder", "forder", "foerder", "FÖRDER"])
def test_umlaut_spellings_all_find_foerderung(words: Archive, query: str) -> None:
    assert _ids(words.search_quotes(query)) == {"q-foerderung", "q-programm"}


@pytest.mark.parametrize("query", ["Förderung", "FÖRDERUNG", "foerderung", "forderung"])
def test_whole_word_in_any_spelling(words: Archive, query: str) -> None:
    assert _ids(words.search_quotes(query)) == {"q-foerderung"}


def test_sample_foerder_spellings(sample: Archive) -> None:
    for query in ("förder", "forder", "foerder"):
        assert _ids(sample.search_quotes(query)) == {STEINBACH, WILLINGMANN}, query


@pytest.mark.parametrize("query", ["strasse", "straße", "STRASSE", "Strasse"])
def test_sharp_s_is_found_as_ss(words: Archive, query: str) -> None:
    assert _ids(words.search_quotes(query)) == {"q-strasse"}


def test_accents_are_folded(words: Archive) -> None:
    assert _ids(words.search_quotes("cafe")) == {"q-cafe"}
    assert _ids(words.search_quotes("café")) == {"q-cafe"}


def test_compound_part_finds_the_compound(words: Archive) -> None:
    assert _ids(words.search_quotes("wandel")) == {"q-wandel"}
    assert _ids(words.search_quotes("programm")) == {"q-programm"}


def test_compound_part_in_the_sample(sample: Archive) -> None:
    assert STEINBACH in _ids(sample.search_quotes("vereinbarung"))  # Kooperationsvereinbarung


def test_parts_shorter_than_three_letters_do_not_match_inside_words(words: Archive) -> None:
    assert "q-wandel" not in _ids(words.search_quotes("el"))


def test_words_match_at_their_start_only_outside_compounds(words: Archive) -> None:
    assert _ids(words.search_quotes("turwandel")) == {"q-wandel"}  # a part from the 4th letter
    assert words.search_quotes("ruktur") == []  # "st" before it is no part of three letters
    assert _ids(words.search_quotes("kommt")) == {"q-foerderung"}
    assert words.search_quotes("xyzzy") == []


# --- phrases and prefixes ----------------------------------------------------------------------


def test_phrase_needs_the_words_in_order(sample: Archive) -> None:
    assert _ids(sample.search_quotes('"westliche Brandenburg"')) == {STEINBACH, JOINT}
    assert sample.search_quotes('"Brandenburg westliche"') == []


def test_phrase_matches_whole_words(words: Archive) -> None:
    assert words.search_quotes('"Förder"') == []
    assert _ids(words.search_quotes('"Förderung kommt"')) == {"q-foerderung"}
    assert _ids(words.search_quotes('"Strasse wird"')) == {"q-strasse"}


def test_prefix_with_star(words: Archive) -> None:
    assert _ids(words.search_quotes("förder*")) == {"q-foerderung", "q-programm"}
    assert _ids(words.search_quotes("struk*")) == {"q-wandel"}


def test_all_words_must_match(words: Archive) -> None:
    assert _ids(words.search_quotes("förder juni")) == {"q-programm"}


def test_english_text_is_searched(words: Archive) -> None:
    assert _ids(words.search_quotes("structural")) == {"q-wandel"}


def test_speaker_names_are_searched(words: Archive) -> None:
    assert _ids(words.search_quotes("mueller")) == _ids(words.search_quotes("Müller"))
    assert "q-foerderung" in _ids(words.search_quotes("müller"))


def test_query_syntax_cannot_break_the_search(words: Archive) -> None:
    for query in ['"', 'AND', "NOT OR", "a:b", "(", "*", "^förder", '"unclosed phrase',
                  "NEAR(x y)", "-", "{text_de}: x"]:
        words.search_quotes(query)  # no exception
    assert _ids(words.search_quotes('"Förderung kommt')) == {"q-foerderung"}


# --- filters ---------------------------------------------------------------------------------


def test_speaker_filter_by_id_and_by_name_part(sample: Archive) -> None:
    by_id = sample.search_quotes("", speaker="person-armin-willingmann")
    assert _ids(by_id) == {WILLINGMANN}
    assert _ids(sample.search_quotes("", speaker="willing")) == {WILLINGMANN}
    assert _ids(sample.search_quotes("", speaker="Jörg")) == {STEINBACH}
    assert _ids(sample.search_quotes("", speaker="joerg")) == {STEINBACH}
    assert _ids(sample.search_quotes("", speaker="Kammradt")) == {JOINT}
    assert sample.search_quotes("", speaker="Nobody Known") == []


def test_speaker_filter_combines_with_words(sample: Archive) -> None:
    assert _ids(sample.search_quotes("förder", speaker="Steinbach")) == {STEINBACH}
    assert sample.search_quotes("förder", speaker="Einsfelder") == []


def test_organisation_filter_uses_the_role_at_the_time(sample: Archive) -> None:
    assert _ids(sample.search_quotes("", organisation="org-st-mw")) == {WILLINGMANN}
    assert _ids(sample.search_quotes("", organisation="WFBB")) == {JOINT}
    # Willingmann's ministry from 2021-09-16 on: he did not speak for it in March 2021
    assert sample.search_quotes("", organisation="org-st-mwu") == []


def test_topic_filter(sample: Archive) -> None:
    assert _ids(sample.search_quotes("", topic="Strukturwandel")) == {STEINBACH, WILLINGMANN,
                                                                       JOINT}
    assert _ids(sample.search_quotes("", topic="coworking")) == {JOINT}
    assert sample.search_quotes("", topic="Tourismus") == []


def test_topic_filter_uses_quote_and_item_topics(words: Archive) -> None:
    words.save_item(_item("i-topics", _quote("q-t1", "Eins.", topics=["Energie"]),
                          topics=["Wasserstoff"]))
    assert _ids(words.search_quotes("", topic="energie")) == {"q-t1"}
    assert _ids(words.search_quotes("", topic="Wasserstoff")) == {"q-t1"}


def test_language_filter(words: Archive) -> None:
    assert _ids(words.search_quotes("funding", language="en")) == {"q-foerderung"}
    assert words.search_quotes("funding", language="de") == []
    assert words.search_quotes("Förderung", language="en") == []
    assert _ids(words.search_quotes("", language="en")) == {"q-foerderung", "q-wandel", "q-cafe"}


def test_date_filters(words: Archive) -> None:
    words.save_item(_item(
        "i-dates",
        _quote("q-2020", "Alte Förderung.", day=date(2020, 1, 10)),
        _quote("q-2023", "Neue Förderung.", day=date(2023, 6, 30)),
        _quote("q-undated", "Förderung ohne Datum.", day=None),
        issue=date(2023, 7, 1),
    ))
    found = _ids(words.search_quotes("förderung", date_from=date(2023, 1, 1)))
    assert found == {"q-2023", "q-undated"}  # undated: the item's issue date
    assert _ids(words.search_quotes("förderung", date_to=date(2020, 12, 31))) == {"q-2020"}
    assert _ids(words.search_quotes("förderung", date_from=date(2022, 5, 1),
                                    date_to=date(2022, 5, 1))) == {"q-foerderung"}
    assert _ids(words.search_quotes("", date_from=date(2023, 6, 30),
                                    date_to=date(2023, 6, 30))) == {"q-2023"}


def test_approval_filter(words: Archive) -> None:
    words.save_item(_item(
        "i-states",
        _quote("q-sent", "Förderung gesendet.", state=ApprovalState.SENT),
        _quote("q-drafted", "Förderung entworfen.", state=ApprovalState.DRAFTED),
    ))
    assert _ids(words.search_quotes("förderung", approval=ApprovalState.SENT)) == {"q-sent"}
    assert _ids(words.search_quotes("förderung", approval="drafted")) == {"q-drafted"}
    both = [ApprovalState.SENT, ApprovalState.DRAFTED]
    assert _ids(words.search_quotes("förderung", approval=both)) == {"q-sent", "q-drafted"}
    assert words.search_quotes("förderung", approval=[]) == []
    assert words.count_quotes("förderung", approval=ApprovalState.APPROVED) == 1


def test_count_matches_search(sample: Archive) -> None:
    assert sample.count_quotes("förder") == len(sample.search_quotes("förder")) == 2
    assert sample.count_quotes() == 3
    assert sample.count_quotes("", speaker="willing") == 1


# --- order, paging, hits ----------------------------------------------------------------------


def test_order_by_date_is_newest_first_and_pages(words: Archive) -> None:
    quotes = [_quote(f"q-{n:02d}", f"Energie Nummer {n}.", day=date(2020, 1, 1 + n))
              for n in range(30)]
    words.save_item(_item("i-many", *quotes))
    first = words.search_quotes("energie", order="date", limit=10)
    assert [h.quote_id for h in first] == [f"q-{n:02d}" for n in range(29, 19, -1)]
    second = words.search_quotes("energie", order="date", limit=10, offset=10)
    assert [h.quote_id for h in second] == [f"q-{n:02d}" for n in range(19, 9, -1)]
    assert words.search_quotes("energie", order="date", limit=10, offset=30) == []
    ranked = words.search_quotes("energie", limit=100)
    assert len(ranked) == 30 and len(_ids(ranked)) == 30


def test_relevance_prefers_whole_words_over_parts(words: Archive) -> None:
    words.save_item(_item(
        "i-rank",
        _quote("q-part", "Der Klimawandel.", day=date(2024, 1, 2)),
        _quote("q-word", "Wandel, Wandel und nochmals Wandel.", day=date(2019, 1, 1)),
    ))
    ranked = [h.quote_id for h in words.search_quotes("wandel")]
    assert ranked[0] == "q-word"
    assert set(ranked) == {"q-word", "q-part", "q-wandel"}


def test_hit_carries_text_speakers_item_and_highlight(sample: Archive) -> None:
    hit = sample.search_quotes("förder", speaker="Steinbach")[0]
    assert hit.item_id == SAMPLE_ITEM
    assert hit.item_headline["de"].startswith("Wirtschaftsförderer")
    assert hit.said_on == date(2021, 3, 15)
    assert hit.approval == ApprovalState.APPROVED
    assert hit.text["de"].startswith("Das westliche Brandenburg")
    assert hit.speakers[0].full_name == "Prof. Dr.-Ing. Jörg Steinbach"
    assert hit.speakers[0].title["de"] == (
        "Brandenburger Minister für Wirtschaft, Arbeit und Energie")
    assert "«Wirtschaftsfördergesellschaften»" in hit.snippet_text()
    assert hit.snippet_language == "de"
    assert ("Wirtschaftsfördergesellschaften", True) in hit.snippet


def test_snippet_of_a_long_text_is_shortened_around_the_hit() -> None:
    text = "Anfang " + "viele Worte " * 40 + "Strukturwandel " + "und mehr " * 40
    spans = highlight(text, parse_query("wandel"), "de")
    joined = "".join(piece for piece, _ in spans)
    assert joined.startswith("…") and joined.endswith("…")
    assert ("Strukturwandel", True) in spans
    assert len(joined) <= 260


def test_index_text_and_parts() -> None:
    assert index_text("Förderung der Straße") == "forderung der strasse\nfoerderung"
    parts = compound_parts("Strukturwandel").split()
    assert "wandel" in parts and "turwandel" in parts and "del" in parts
    assert compound_parts("kurz") == ""


@pytest.mark.parametrize("text", [
    "Förderung der Straße",
    "Das Kompetenzzentrum für Wasserstoffwirtschaft, Schulstraße 5: Gewerbeflächen!",
    "ÄÖÜ äöü ß ẞ ﬁnanzierung Café naïve Ｚüge ¼ x_y__z 12345678 Bürger*innen",
    "Nur\u0301 kombinierte\u0308 Zeichen und a" + "b" * 80,
    "",
    # runs between spaces recur, end in marks, are split by other spaces than blanks
    "Lausitz. Lausitz Lausitz. (Lausitz) Strukturwandel, Strukturwandel; Lausitz",
    "Straße\u00a0Öl\u2028Förder\x1cprogramm\tA\r\nB\x0bC\x0cD\u3000Ende  ",
    "x" * 70 + ".y " + "x" * 70 + ".y Wandel_ _Wandel__Strukturwandel",
    # runs of several words, runs without any, a word that folds to nothing
    "Sachsen-Anhalt/Thüringen – Brandenburg – (Straßen-Förderung) – Sachsen-Anhalt/Thüringen",
    "\uff9e – Straße \uff9e x\uff9eä \uff9e-Öl –",
])
def test_one_fold_gives_the_index_texts_parts_and_tokens(text: str) -> None:
    """Saving folds each text once (fold_text); the index must hold what it held before."""
    from editor.store.search.folding import TOKEN, fold_text

    folded = fold_text(text, parts=True)
    assert folded.text == index_text(text)
    assert folded.parts == compound_parts(text)
    assert folded.tokens == set(TOKEN.findall(f"{index_text(text)} {compound_parts(text)}"))
    plain = fold_text(text)
    assert (plain.text, plain.parts) == (index_text(text), "")
    assert plain.tokens == set(TOKEN.findall(index_text(text)))


def test_no_space_is_a_word_character() -> None:
    """fold_text finds the words of a text in its runs between spaces (``str.split``):
    that gives the words of the whole text only as long as no space is one."""
    import sys

    from editor.store.search.folding import WORD

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len(spaces) > 20 and not [c for c in spaces if WORD.match(c)]


def test_parse_query() -> None:
    terms = parse_query('Förder* "Sachsen Anhalt" Straße-Bahn')
    assert [(t.words, t.phrase) for t in terms] == [
        (("forder",), False), (("sachsen", "anhalt"), True), (("strasse", "bahn"), False)
    ]


def test_search_tables_are_recognised() -> None:
    assert is_search_table("quote_search") and is_search_table("quote_search_data")
    assert not is_search_table("quotes")


def test_hyphenated_word_is_a_phrase(sample: Archive) -> None:
    assert _ids(sample.search_quotes("Sachsen-Anhalt")) == {STEINBACH, JOINT, WILLINGMANN} & _ids(
        sample.search_quotes('"sachsen anhalt"'))


def test_two_letter_words_are_whole_words_unless_starred(words: Archive) -> None:
    words.save_item(_item("i-short", _quote("q-zu", "Wir gehen zu Fuß."),
                          _quote("q-zusammen", "Wir arbeiten zusammen.")))
    assert _ids(words.search_quotes("zu")) == {"q-zu"}
    assert _ids(words.search_quotes("zu*")) == {"q-zu", "q-zusammen"}
    hit = words.search_quotes("zu*", speaker="p-anna", order="date")[0]
    assert any(hit for _, hit in hit.snippet)


def test_index_keys_grow_with_age_and_ranges_hold_whole_days() -> None:
    from editor.store.search import QuoteFilter, SqliteQuoteIndex, date_key, row_of_key

    keys = [date_key(date(2024, 5, 2), 9), date_key(date(2024, 5, 2), 3),
            date_key(date(2024, 5, 1), 7), date_key(date(1990, 1, 1), 1),
            date_key(None, 12), date_key(None, 2)]
    assert keys == sorted(keys)  # newest first, later rows first within a day, undated last
    assert [row_of_key(k) for k in keys] == [9, 3, 7, 1, 12, 2]
    assert date_key(date.max, 2**32 - 1) == 0
    with pytest.raises(ValueError):
        date_key(date(2024, 1, 1), 2**32)
    low, high = SqliteQuoteIndex._key_range(QuoteFilter(date_from=date(2024, 5, 1),
                                                        date_to=date(2024, 5, 2)))
    assert [low <= k <= high for k in keys] == [True, True, True, False, False, False]
    low, high = SqliteQuoteIndex._key_range(QuoteFilter(date_to=date(2024, 5, 1)))
    assert [low <= k <= high for k in keys] == [False, False, True, True, False, False]
    low, high = SqliteQuoteIndex._key_range(QuoteFilter())
    assert all(low <= k <= high for k in keys)
