"""Spell checking of an archive's texts: Hunspell dictionaries through Enchant, per language.

Names the archive knows (people, organisations, their towns, places of items) are never
flagged, nor the words of the archive's personal word list (an archive setting, shared by
everyone who opens the archive). Results are cached per language, so checking a text again
after a keystroke costs a dictionary lookup only for the word that changed; the unknown words
of a whole text are cached per (text, language) too, so that painting the same text again
costs one dictionary access. :meth:`SpellChecker.known_misspellings` checks a text without
any dictionary lookup at all (words never seen before are reported apart), for the text
being typed in: the lookups can then wait until the writer pauses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from editor.core.errors import ValidationError
from editor.core.model import PressItem

if TYPE_CHECKING:
    from editor.store.archive import Archive

WORDS_SETTING = "spelling_words"
"""Archive setting: the personal word list, a JSON list of words."""

DICTIONARY_TAGS: dict[str, tuple[str, ...]] = {
    "de": ("de_DE", "de_AT", "de_CH", "de"),
    "en": ("en_GB", "en_US", "en"),
}
"""Enchant dictionaries tried for a text language, the first installed one wins."""

MAX_WORD_LENGTH = 80
MAX_CACHED_TEXTS = 4000
"""Texts whose unknown words are kept (per language); the cache starts afresh beyond that."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SKIPPED = re.compile(
    r"(?:https?://|mailto:|tel:|www\.)\S+"     # links
    r"|\S+@\S+\.\S+"                           # e-mail addresses
    r"|\]\([^)\s]*\)?"                         # the target of a Markdown link
)


class Dictionary(Protocol):
    """What the checker needs of an Enchant dictionary."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


def _enchant_dictionary(tags: Iterable[str]) -> tuple[Dictionary | None, str]:
    """The first installed dictionary of ``tags`` and its tag; (None, "") when none."""
    return _installed_dictionary(tags)


def _installed_dictionary(tags: Iterable[str]) -> tuple[Dictionary | None, str]:
    try:
        import enchant
    except (ImportError, OSError):  # pyenchant missing, or libenchant not installed
        return None, ""
    for tag in tags:
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag), tag
        except enchant.errors.Error:
            continue
    return None, ""


@dataclass(frozen=True)
class Misspelling:
    """An unknown word in a text: where it starts and ends (character offsets)."""

    start: int
    end: int
    word: str


def words_of(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word that can be checked; links and addresses are left out."""
    skipped = [(m.start(), m.end()) for m in _SKIPPED.finditer(text)] if (
        "/" in text or "@" in text or "www." in text or "](" in text) else []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if skipped and any(s <= start < e for s, e in skipped):
            continue
        yield start, end, match.group()


def _is_checked(word: str) -> bool:
    """Single letters and abbreviations in capitals (WFBB, EU) are not checked."""
    return len(word) > 1 and not word.isupper() and len(word) <= MAX_WORD_LENGTH


class SpellChecker:
    """Checks words per text language against a dictionary, known names and own words."""

    def __init__(self, load: Callable[[Iterable[str]], tuple[Dictionary | None, str]]
                 | None = None) -> None:
        self._load = load or _enchant_dictionary
        self._dictionaries: dict[str, Dictionary | None] = {}
        self._tags: dict[str, str] = {}
        self._cache: dict[str, dict[str, bool]] = {}
        self._texts: dict[tuple[str, str], list[Misspelling]] = {}
        self._names: set[str] = set()
        self._own: set[str] = set()

    # -- dictionaries ---------------------------------------------------------------------
    def dictionary(self, language: str) -> Dictionary | None:
        """The dictionary of ``language`` (loaded on first use); None when not installed."""
        if language not in self._dictionaries:
            found, tag = self._load(DICTIONARY_TAGS.get(language, (language,)))
            self._dictionaries[language] = found
            self._tags[language] = tag
        return self._dictionaries[language]

    def available(self, language: str) -> bool:
        return self.dictionary(language) is not None

    def dictionary_tag(self, language: str) -> str:
        """The Enchant tag used for ``language`` ("de_DE"), "" when none is installed."""
        self.dictionary(language)
        return self._tags.get(language, "")

    def missing(self, languages: Iterable[str]) -> list[str]:
        """Those of ``languages`` that have no dictionary installed."""
        return [lang for lang in languages if not self.available(lang)]

    # -- words that are always right -----------------------------------------------------
    def set_names(self, names: Iterable[str]) -> None:
        """The archive's names (any text: every word of it counts as known)."""
        words = {w for name in names for _, _, w in words_of(name)}
        if words != self._names:
            self._names = words
            self._forget()

    def add_names(self, names: Iterable[str]) -> None:
        """More names (an item's places), kept with those already known."""
        words = {w for name in names for _, _, w in words_of(name)} - self._names
        if words:
            self._names |= words
            self._forget()

    def set_own_words(self, words: Iterable[str]) -> None:
        own = set(words)
        if own != self._own:
            self._own = own
            self._forget()

    def _forget(self) -> None:
        """The known words changed: every verdict must be found again."""
        self._cache.clear()
        self._texts.clear()

    def is_known_name(self, word: str) -> bool:
        """A name of the archive, also with a genitive s ("Steinbachs", "Kammradt’s")."""
        if word in self._names or word in self._own:
            return True
        for ending in ("s", "'s", "’s", "'", "’"):
            if word.endswith(ending) and word[: -len(ending)] in self._names:
                return True
        return False

    # -- checking ------------------------------------------------------------------------
    def is_correct(self, word: str, language: str) -> bool:
        """True when ``word`` is right in ``language``, or cannot be checked there."""
        cache = self._cache.setdefault(language, {})
        known = cache.get(word)
        if known is None:
            dictionary = self.dictionary(language)
            known = (dictionary is None or not _is_checked(word) or self.is_known_name(word)
                     or dictionary.check(word))
            cache[word] = known
        return known

    def misspellings(self, text: str, language: str) -> list[Misspelling]:
        """The unknown words of ``text`` in ``language``, in order (cached per text)."""
        key = (text, language)
        found = self._texts.get(key)
        if found is not None:
            return list(found)
        if self.dictionary(language) is None:
            return []
        found = [Misspelling(s, e, w) for s, e, w in words_of(text)
                 if not self.is_correct(w, language)]
        self._keep(key, found)
        return list(found)

    def _keep(self, key: tuple[str, str], found: list[Misspelling]) -> None:
        if len(self._texts) >= MAX_CACHED_TEXTS:
            self._texts.clear()
        self._texts[key] = found

    def known_misspellings(self, text: str, language: str
                           ) -> tuple[list[Misspelling], list[str]]:
        """The unknown words of ``text`` found without a dictionary lookup, and the words
        never checked before (not looked up: :meth:`look_up` them later)."""
        found = self._texts.get((text, language))
        if found is not None:
            return list(found), []
        if self.dictionary(language) is None:
            return [], []
        cache = self._cache.setdefault(language, {})
        misses: list[Misspelling] = []
        unchecked: list[str] = []
        for start, end, word in words_of(text):
            known = cache.get(word)
            if known is None:
                if not _is_checked(word) or self.is_known_name(word):
                    cache[word] = True
                else:
                    unchecked.append(word)
            elif not known:
                misses.append(Misspelling(start, end, word))
        if not unchecked:
            self._keep((text, language), misses)
        return misses, unchecked

    def look_up(self, words: Iterable[str], language: str) -> None:
        """Find the verdicts of ``words`` in the dictionary (kept for later checks)."""
        for word in words:
            self.is_correct(word, language)

    def suggestions(self, word: str, language: str, limit: int = 6) -> list[str]:
        dictionary = self.dictionary(language)
        if dictionary is None:
            return []
        return [s for s in dictionary.suggest(word) if s != word][:limit]


# -- the archive's side ----------------------------------------------------------------------
def archive_names(archive: Archive) -> set[str]:
    """Names of people, organisations, contacts and towns the archive knows."""
    return archive.directory_names()


def item_names(item: PressItem) -> set[str]:
    """Places and topics of an item ("Smart Country"), and the place of its event."""
    names = {*item.places, *item.topics}
    event = item.event
    if event is not None:
        names.add(event.place)
        names.update(s.town for s in event.speakers)
    names.discard("")
    return names


def check_word(word: str) -> str:
    """``word`` stripped, or ValidationError when it is no single word."""
    cleaned = word.strip()
    if not cleaned:
        raise ValidationError("word", "is empty")
    if any(c.isspace() for c in cleaned):
        raise ValidationError("word", f"{cleaned!r} is more than one word")
    if len(cleaned) > MAX_WORD_LENGTH:
        raise ValidationError("word", f"is longer than {MAX_WORD_LENGTH} characters")
    if not any(c.isalpha() for c in cleaned):
        raise ValidationError("word", f"{cleaned!r} has no letters")
    return cleaned


class PersonalWords:
    """The archive's own word list: words spell checking accepts in every language."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def words(self) -> list[str]:
        raw = self._archive.get_setting(WORDS_SETTING)
        if not raw:
            return []
        try:
            stored = json.loads(raw)
        except ValueError:
            return []
        if not isinstance(stored, list):
            return []
        return sorted({w for w in stored if isinstance(w, str) and w}, key=str.casefold)

    def add(self, word: str) -> bool:
        """Add ``word``; False when it was already there."""
        cleaned = check_word(word)
        words = self.words()
        if cleaned in words:
            return False
        self._store([*words, cleaned])
        return True

    def remove(self, word: str) -> bool:
        """Remove ``word``; False when it was not in the list."""
        words = self.words()
        if word.strip() not in words:
            return False
        self._store([w for w in words if w != word.strip()])
        return True

    def _store(self, words: list[str]) -> None:
        ordered = sorted(set(words), key=str.casefold)
        self._archive.set_setting(WORDS_SETTING, json.dumps(ordered, ensure_ascii=False))


def checker_for(archive: Archive, load: Callable[[Iterable[str]],
                                                  tuple[Dictionary | None, str]] | None = None
                ) -> SpellChecker:
    """A checker that knows the archive's names and personal words."""
    checker = SpellChecker(load)
    checker.set_names(archive_names(archive))
    checker.set_own_words(PersonalWords(archive).words())
    return checker


# -- a whole item ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """Unknown words of one text of an item: its language and place."""

    language: str
    place: str
    """"headline", "kicker", "subheadline", "block 3 (paragraph)", "quote 2 verb" …"""
    words: list[str]


def item_texts(item: PressItem) -> Iterator[tuple[str, str, str]]:
    """(language, place, text) of every text of ``item`` a reader sees."""
    for lang in item.languages:
        for key in ("kicker", "headline", "subheadline"):
            text = getattr(item, key).get(lang)
            if text:
                yield lang, key, text
        for number, block in enumerate(item.blocks, start=1):
            text = block.text.get(lang)
            if text:
                yield lang, f"block {number} ({block.kind.value})", text
        for number, quote in enumerate(item.quotes, start=1):
            for part, text in (("text", quote.text.get(lang)),
                               ("verb", quote.verb.get(lang, ""))):
                if text:
                    yield lang, f"quote {number} {part}", text
        for number, photo in enumerate(item.photos, start=1):
            for part, text in (("caption", photo.caption.get(lang, "")),
                               ("alt text", photo.alt_text.get(lang, ""))):
                if text:
                    yield lang, f"photo {number} {part}", text


def check_item(checker: SpellChecker, item: PressItem) -> list[Finding]:
    """The unknown words of every text of ``item``, per language and place."""
    checker.add_names(item_names(item))
    findings = []
    for lang, place, text in item_texts(item):
        words = list(dict.fromkeys(m.word for m in checker.misspellings(text, lang)))
        if words:
            findings.append(Finding(lang, place, words))
    return findings
