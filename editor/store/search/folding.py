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
from functools import lru_cache
from itertools import chain

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


@lru_cache(maxsize=200_000)
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
        dropped, written = word_spellings(word)
        plain.append(dropped)
        if written != dropped:
            extra.append(written)
    if extra:
        return " ".join(plain) + "\n" + " ".join(extra)
    return " ".join(plain)


@lru_cache(maxsize=200_000)
def _word_all_parts(word: str) -> tuple[str, ...]:
    """The compound parts of a word in both spellings."""
    dropped, written = word_spellings(word)
    parts = _word_parts(dropped)
    return parts + _word_parts(written) if written != dropped else parts


def compound_parts(value: str) -> str:
    """Suffixes of the long words of a German text (both spellings), for part search."""
    words = WORD.findall(unicodedata.normalize("NFC", value))
    return " ".join(dict.fromkeys(chain.from_iterable(_word_all_parts(w) for w in words)))



def name_text(name: str) -> str:
    """A person's or organisation's name as the name index holds it (both spellings)."""
    plain, written = folded_spellings(name)
    plain, written = " ".join(WORD.findall(plain)), " ".join(WORD.findall(written))
    return plain if plain == written else f"{plain}\n{written}"
