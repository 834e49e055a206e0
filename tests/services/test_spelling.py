"""The spelling core: words of a text, names and own words, a whole item, the word list."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from editor.core.errors import ValidationError
from editor.core.model import Block, PressItem, Translations
from editor.services.spelling import (
    WORDS_SETTING,
    Dictionary,
    PersonalWords,
    SpellChecker,
    check_item,
    checker_for,
    words_of,
)
from editor.store.archive import Archive


class FakeDictionary:
    """Knows a fixed set of words; counts lookups."""

    def __init__(self, words: set[str]) -> None:
        self.words = words
        self.lookups = 0

    def check(self, word: str) -> bool:
        self.lookups += 1
        return word in self.words

    def suggest(self, word: str) -> list[str]:
        return sorted(w for w in self.words if w[:2] == word[:2])


GERMAN = {"Die", "Förderung", "wächst", "in", "und", "heute", "Pressemitteilung"}


def loader(**dicts: FakeDictionary) -> object:
    def load(tags: Iterable[str]) -> tuple[Dictionary | None, str]:
        for tag in tags:
            if tag in dicts:
                return dicts[tag], tag
        return None, ""
    return load


def test_words_leave_out_links_addresses_and_digits() -> None:
    text = ("Förderung [hier](https://wfbb.de/a-b) und presse@wfbb.de, www.wfbb.de; "
            "5G-Netz, Kammradt’s Satz")
    assert [w for _, _, w in words_of(text)] == ["Förderung", "hier", "und", "G", "Netz",
                                                 "Kammradt’s", "Satz"]
    start, end, word = next(words_of("  Förderung"))
    assert (start, end, word) == (2, 11, "Förderung")


def test_unknown_words_per_language_with_names_and_own_words() -> None:
    german = FakeDictionary(GERMAN)
    checker = SpellChecker(loader(de_DE=german))  # type: ignore[arg-type]
    checker.set_names(["Kammradt", "Steffen Kammradt", "WFBB"])
    checker.set_own_words(["Gigafabrik"])
    text = "Die Förderung wächst und Kammradts Gigafabrik und Kammradt und Forderung EU"
    assert [m.word for m in checker.misspellings(text, "de")] == ["Forderung"]
    miss = checker.misspellings(text, "de")[0]
    assert text[miss.start:miss.end] == "Forderung"
    assert checker.suggestions("Fördrung", "de") == ["Förderung"]
    assert checker.misspellings(text, "en") == []   # no English dictionary: nothing flagged
    assert checker.missing(["de", "en"]) == ["en"]
    assert checker.dictionary_tag("de") == "de_DE"


def test_results_are_cached_per_word_and_cleared_when_words_change() -> None:
    german = FakeDictionary(GERMAN)
    checker = SpellChecker(loader(de_DE=german))  # type: ignore[arg-type]
    text = "Die Förderung wächst heute " * 50
    checker.misspellings(text, "de")
    assert german.lookups == 4
    checker.misspellings(text + " Fordrung", "de")
    assert german.lookups == 5
    checker.set_own_words(["Fordrung"])
    assert checker.misspellings(text + " Fordrung", "de") == []


def test_checking_while_typing_looks_nothing_up_and_texts_are_cached() -> None:
    german = FakeDictionary(GERMAN)
    checker = SpellChecker(loader(de_DE=german))  # type: ignore[arg-type]
    checker.set_names(["Kammradt"])
    misses, unchecked = checker.known_misspellings("Die Pressemitteilung Kammradt Pressemi",
                                                   "de")
    assert misses == [] and german.lookups == 0  # a keystroke costs no dictionary lookup
    assert unchecked == ["Die", "Pressemitteilung", "Pressemi"]  # the name is known at once
    checker.look_up(unchecked, "de")
    assert german.lookups == 3
    misses, unchecked = checker.known_misspellings("Die Pressemitteilung Kammradt Pressemi",
                                                   "de")
    assert [m.word for m in misses] == ["Pressemi"] and unchecked == []
    text = "Die Förderung wächst heute Forderung"
    assert [m.word for m in checker.misspellings(text, "de")] == ["Forderung"]
    lookups = german.lookups
    checker._cache.clear()  # the verdicts of single words gone: the text's own stays
    assert [m.word for m in checker.misspellings(text, "de")] == ["Forderung"]
    assert german.lookups == lookups
    checker.set_own_words(["Forderung"])  # known words changed: texts are checked again
    assert checker.misspellings(text, "de") == []


def test_a_whole_item_per_language_and_place() -> None:
    german = FakeDictionary(GERMAN)
    english = FakeDictionary({"The", "funding", "grows"})
    checker = SpellChecker(loader(de_DE=german, en_GB=english))  # type: ignore[arg-type]
    item = PressItem(id="x", languages=["de", "en"], places=["Potsdam"],
                     headline=Translations.of("de", de="Die Pressemiteilung", en="The news"),
                     blocks=[Block(id="b", text=Translations.of(
                         "de", de="Die Förderung wächst in Potsdam", en="The fundng grows"))])
    found = [(f.language, f.place, f.words) for f in check_item(checker, item)]
    assert found == [("de", "headline", ["Pressemiteilung"]),
                     ("en", "headline", ["news"]),
                     ("en", "block 1 (paragraph)", ["fundng"])]


def test_the_personal_word_list_lives_in_the_archive(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        words = PersonalWords(archive)
        assert words.words() == []
        assert words.add("Gigafabrik") is True
        assert words.add(" Gigafabrik ") is False
        assert words.add("ärger") is True
        for bad in ("", "zwei Wörter", "1234", "x" * 81):
            with pytest.raises(ValidationError):
                words.add(bad)
        assert words.words() == ["Gigafabrik", "ärger"]
        assert words.remove("ärger") is True
        assert words.remove("ärger") is False
    with Archive.open(tmp_path / "a.sqlite") as archive:
        assert PersonalWords(archive).words() == ["Gigafabrik"]
        checker = checker_for(archive, loader(de_DE=FakeDictionary(GERMAN)))  # type: ignore[arg-type]
        assert checker.misspellings("Die Gigafabrik", "de") == []
        archive.set_setting(WORDS_SETTING, "{not json")
        assert PersonalWords(archive).words() == []   # a damaged list does not stop checking
