"""How texts and query words are folded for the quote index (the same on every backend).

Case, accents and German spelling are folded in Python, before a text reaches the
database: "förder", "forder" and "foerder" are one word, "strasse" finds "Straße". A
text is indexed in its dropped-umlaut spelling followed by the words spelled out
differently; long German words add their compound parts (suffixes), so that a prefix
query on the parts is a substring query ("wandel" finds "Strukturwandel").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from editor.store.folding import fold_query

MIN_COMPOUND = 7
"""Words at least this long are indexed with their compound parts (suffixes)."""

MIN_PART = 3
"""Shortest compound part that is indexed and searched."""

MAX_COMPOUND = 64
"""Longer "words" (the longest German compounds have about 40 letters) are not split:
their parts would grow with the square of their length (a pasted hash or a megabyte
without spaces would take minutes to index)."""

WORD = re.compile(r"\w+")
TOKEN = re.compile(r"[^\W_]+")
"""The tokens of folded text as the index holds them (FTS5's unicode61 makes the same)."""

_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded_spellings(value: str) -> tuple[str, str]:
    """``value`` lower-cased with umlauts dropped ("forderung") and written out ("foerderung")."""
    lowered = unicodedata.normalize("NFC", value).casefold()
    return _strip_accents(lowered), _strip_accents(lowered.translate(_WRITTEN_OUT))


@lru_cache(maxsize=200_000)
def word_spellings(word: str) -> tuple[str, str]:
    """One word in both folded spellings (words repeat: the cache makes indexing fast)."""
    return folded_spellings(word)


def _word_parts(word: str) -> tuple[str, ...]:
    """The compound parts (suffixes) of one folded word."""
    if not MIN_COMPOUND <= len(word) <= MAX_COMPOUND or word.isdigit():
        return ()
    return tuple(word[start:] for start in range(MIN_PART, len(word) - MIN_PART + 1))


def fold_words(value: str) -> list[str]:
    """The words of a query or text as they are compared with the index."""
    return WORD.findall(fold_query(value))


def index_text(value: str) -> str:
    """A text as indexed: dropped-umlaut spelling, then the words spelled out differently."""
    plain: list[str] = []
    extra: list[str] = []
    for word in WORD.findall(unicodedata.normalize("NFC", value)):
        dropped, written = _WITHOUT_PARTS[word][:2]
        plain.append(dropped)
        if written is not None:
            extra.append(written)
    if extra:
        return " ".join(plain) + "\n" + " ".join(extra)
    return " ".join(plain)


def _word_all_parts(dropped: str, written: str) -> tuple[str, ...]:
    """The compound parts of a word in both its spellings (remembered with the word's
    other foldings in :data:`_WITH_PARTS`)."""
    parts = _word_parts(dropped)
    return parts + _word_parts(written) if written != dropped else parts


def compound_parts(value: str) -> str:
    """Suffixes of the long words of a German text (both spellings), for part search."""
    words = WORD.findall(unicodedata.normalize("NFC", value))
    return " ".join(dict.fromkeys(chain.from_iterable(_WITH_PARTS[w][2] for w in words)))



def _folded_word(word: str, with_parts: bool) -> tuple[str, str | None, tuple[str, ...],
                                                       frozenset[str]]:
    """One word as the index holds it: dropped-umlaut spelling, the written-out one if it
    differs, its compound parts (if asked for), and the tokens of all of them."""
    dropped, written = folded_spellings(word)
    parts = _word_all_parts(dropped, written) if with_parts else ()
    tokens = set(TOKEN.findall(dropped))
    if written != dropped:
        tokens.update(TOKEN.findall(written))
    for part in parts:
        tokens.update(TOKEN.findall(part))
    return dropped, written if written != dropped else None, parts, frozenset(tokens)


_Folded = tuple[str, str | None, tuple[str, ...], frozenset[str]]


class _Memory:
    """What the folding caches below hold, estimated in bytes, against one budget. When it
    is spent, all of them forget everything together (a run's entry shares its words'
    foldings, so clearing the words alone would free nothing)."""

    BUDGET = 32 * 1024 * 1024

    def __init__(self) -> None:
        self.used = 0
        self.caches: list[dict[str, Any]] = []

    def spend(self, size: int) -> None:
        self.used += size
        if self.used > self.BUDGET:
            for cache in self.caches:
                cache.clear()
            self.used = size


_MEMORY = _Memory()


def _word_size(word: str, folded: _Folded) -> int:
    """Estimated bytes of one remembered word, on the safe side (measured with tracemalloc:
    a word of ten to twenty letters with its compound parts takes 1.5 to 2.5 KB, the parts
    and their tokens most of it)."""
    dropped, written, parts, tokens = folded
    size = 400 + 2 * len(word) + len(dropped) + (80 + len(written) if written else 0)
    return size + 32 * len(tokens) + sum(100 + 2 * len(part) for part in parts)


class _FoldedWords(dict[str, _Folded]):
    """Words folded so far (:func:`_folded_word`), looked up at the speed of a dict: a text
    of sixty words is sixty look-ups. Forgets everything when the caches together grow
    beyond :attr:`_Memory.BUDGET`."""

    def __init__(self, with_parts: bool) -> None:
        super().__init__()
        self.with_parts = with_parts
        _MEMORY.caches.append(self)

    def __missing__(self, word: str) -> _Folded:
        folded = _folded_word(word, self.with_parts)
        _MEMORY.spend(_word_size(word, folded))
        self[word] = folded
        return folded


_WITH_PARTS = _FoldedWords(True)
_WITHOUT_PARTS = _FoldedWords(False)

MAX_CHUNK = 64
"""Longer runs without a space are not remembered (a pasted hash or megabyte would be)."""


class _FoldedChunks(dict[str, _Folded]):
    """Runs of text between spaces ("Lausitz.", "(SPD)", "Sachsen-Anhalt") folded as one
    word is (:data:`_Folded`): their words' dropped-umlaut spellings joined by blanks, the
    written-out spellings of those that have one (None: none has), all their compound parts
    and one set of all their tokens; :data:`NO_WORDS` for a run without words ("–"). A text
    falls into runs with ``str.split`` at a tenth of the cost of finding its words with
    :data:`WORD`, and runs recur like words. No word spans a space (no character
    ``str.split`` splits at is one :data:`WORD` matches), so a text's words are those of
    its runs, in order. Forgets everything with the words (:class:`_Memory`)."""

    def __init__(self, words: _FoldedWords) -> None:
        super().__init__()
        self.words = words
        _MEMORY.caches.append(self)

    def __missing__(self, chunk: str) -> _Folded:
        words = list(map(self.words.__getitem__, WORD.findall(chunk)))
        size = 120 + 2 * len(chunk)
        if not words:
            folded: _Folded = NO_WORDS
        elif len(words) == 1:  # the word's own (most runs)
            folded = words[0]
        else:
            written = [w[1] for w in words if w[1] is not None]
            parts = tuple(chain.from_iterable(w[2] for w in words))
            folded = (" ".join([w[0] for w in words]), " ".join(written) if written else None,
                      parts, frozenset().union(*(w[3] for w in words)))
            size += 3 * len(chunk) + 8 * len(parts) + 40 * len(folded[3])
        if len(chunk) <= MAX_CHUNK:
            _MEMORY.spend(size)
            self[chunk] = folded
        return folded


NO_WORDS: _Folded = ("", None, (), frozenset())
"""What a run of text without words folds to (told apart by identity: a word can fold to
nothing, such as the halfwidth sound mark "\uff9e")."""

_CHUNKS_WITH_PARTS = _FoldedChunks(_WITH_PARTS)
_CHUNKS_WITHOUT_PARTS = _FoldedChunks(_WITHOUT_PARTS)
_DROPPED, _WRITTEN, _PARTS, _TOKENS = (itemgetter(n) for n in range(4))


@dataclass(frozen=True)
class FoldedText:
    """A text as the index holds it, made in one pass over its words."""

    text: str
    """As :func:`index_text` gives it."""
    parts: str
    """As :func:`compound_parts` gives it ("" unless asked for)."""
    token_groups: frozenset[frozenset[str]]
    """The tokens of each distinct run of the text between spaces (its words with their
    spellings and parts): together, every token of ``text`` and ``parts`` (as FTS5 splits
    them). Kept apart so that a batch of texts, whose runs mostly recur, is united once
    (:attr:`tokens`)."""

    @property
    def tokens(self) -> frozenset[str]:
        """Every token of ``text`` and ``parts``."""
        return frozenset().union(*self.token_groups)


def fold_text(value: str, *, parts: bool = False) -> FoldedText:
    """:func:`index_text` (and, with ``parts``, :func:`compound_parts`) of ``value`` with
    their tokens, each run between spaces folded once (the cache makes saving fast). The
    runs' foldings are taken apart with ``itemgetter``, not a loop: a save folds a hundred
    texts."""
    runs = (value if value.isascii() else unicodedata.normalize("NFC", value)).split()
    folded = list(map((_CHUNKS_WITH_PARTS if parts else _CHUNKS_WITHOUT_PARTS).__getitem__,
                      runs))
    distinct: Iterable[_Folded] = dict(zip(runs, folded, strict=True)).values()
    if NO_WORDS in folded:  # (a run such as "–")
        folded = [f for f in folded if f is not NO_WORDS]
        distinct = [f for f in distinct if f is not NO_WORDS]
    text = " ".join(map(_DROPPED, folded))
    extra = list(filter(None, map(_WRITTEN, folded)))
    if extra:
        text += "\n" + " ".join(extra)
    # a repeated run adds nothing: its parts and tokens came with its first occurrence (and
    # so did those of a word repeated in another run, in the same order)
    suffixes = (" ".join(dict.fromkeys(chain.from_iterable(map(_PARTS, distinct))))
                if parts else "")
    return FoldedText(text, suffixes, frozenset(map(_TOKENS, distinct)))


def may_hold(value: str, fragment: str) -> bool:
    """Whether a folded word of ``value`` (in either spelling), and so a token or compound
    part of the text as indexed, may contain ``fragment`` (never false when one does)."""
    return any(_word_holds(w, fragment) for w in WORD.findall(unicodedata.normalize("NFC", value)))


@lru_cache(maxsize=200_000)
def _word_holds(word: str, fragment: str) -> bool:
    dropped, written = word_spellings(word)
    return fragment in dropped or fragment in written


def name_text(name: str) -> str:
    """A person's or organisation's name as the name index holds it (both spellings)."""
    plain, written = folded_spellings(name)
    plain, written = " ".join(WORD.findall(plain)), " ".join(WORD.findall(written))
    return plain if plain == written else f"{plain}\n{written}"
