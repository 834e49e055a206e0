"""Snippets of hits: the words a query matches highlighted, long texts shortened."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from editor.store.search.folding import MIN_PART, WORD, word_spellings
from editor.store.search.query import Term

SNIPPET_CHARS = 240
"""Texts longer than this are shortened around the first hit in a snippet."""

Span = tuple[str, bool]
"""A piece of a snippet and whether it is part of the hit."""

MEMO_WORDS = 10_000
"""A matcher forgets the words (and the pieces of text) it decided beyond this many each,
about ten pages' worth (a long session's searches would otherwise keep every word of the
archive; the eight kept matchers hold at most some 25 MB so)."""


class Matcher:
    """Decides which words of a text a query's terms hit (for highlighting), with a memo."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.exact = {w for t in terms if t.phrase or len(t.words) > 1 for w in t.words}
        self.exact |= {t.words[0] for t in terms if len(t.words) == 1 and not t.prefix}
        self.prefixes = tuple(t.words[0] for t in terms if len(t.words) == 1 and t.prefix)
        self.parts = tuple(p for p in self.prefixes if len(p) >= MIN_PART)
        self.memo: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        """Words already decided, in other languages' texts and in German ones."""
        self.pieces: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = ({}, {})
        """The words that hit in each piece of text between spaces already seen, so."""

    def __call__(self, word: str, german: bool) -> bool:
        memo = self.memo[german]
        found = memo.get(word)
        if found is None:
            if len(memo) >= MEMO_WORDS:
                memo.clear()
            found = memo[word] = self._decide(word, german)
        return found

    def hits_in(self, pieces: Sequence[str], german: bool) -> set[str]:
        """The words that hit in these pieces of text (a text split at spaces)."""
        memo = self.pieces[german]
        found: set[str] = set()
        for piece in set(pieces):
            words = memo.get(piece)
            if words is None:
                if len(memo) >= MEMO_WORDS:
                    memo.clear()
                words = memo[piece] = tuple(
                    word for word in WORD.findall(piece) if self(word, german))
            if words:
                found.update(words)
        return found

    def _decide(self, word: str, german: bool) -> bool:
        for spelling in word_spellings(word):
            if (spelling in self.exact or spelling.startswith(self.prefixes)
                    or (german and any(p in spelling for p in self.parts))):
                return True
        return False


@lru_cache(maxsize=8)
def matcher_for(terms: tuple[Term, ...]) -> Matcher:
    """The matcher of these terms, kept with what it decided for the next page or search
    of the same words: a page's fifty texts hold about a thousand distinct words, each
    folded and compared with every term once per matcher (measured: highlighting a page
    took 0.7 ms with a new matcher, 0.4 with one that had seen those words)."""
    return Matcher(terms)


def highlight(value: str, terms: Sequence[Term] | Matcher, lang: str) -> tuple[Span, ...]:
    """``value`` split into spans, the words that match ``terms`` highlighted."""
    matcher = terms if isinstance(terms, Matcher) else Matcher(terms)
    if not value:
        return ()
    if not matcher.exact and not matcher.prefixes:
        return _shorten([(value, False)], value)
    # The text's pieces between spaces (split in C, most recur from text to text) are
    # decided once each: the words in them that hit. A text without one is not walked;
    # in one with hits, only those words are looked for.
    hit_words = matcher.hits_in(value.split(), lang == "de")
    if not hit_words:
        return _shorten([(value, False)], value)
    size = len(value)
    places = []
    for word in hit_words:  # every place where one is a whole word of the text
        at = value.find(word)
        while at >= 0:
            end = at + len(word)
            if ((at == 0 or not _in_word(value[at - 1]))
                    and (end == size or not _in_word(value[end]))):
                places.append((at, end))
                at = value.find(word, end)
            else:  # inside a longer word: none is whole before that word's end
                rest = _WORD_REST.match(value, at)
                at = value.find(word, rest.end() if rest else end)
    places.sort()
    spans: list[Span] = []
    last = 0
    for start, end in places:
        if start > last:
            spans.append((value[last:start], False))
        spans.append((value[start:end], True))
        last = end
    if last < size:
        spans.append((value[last:], False))
    return _shorten(spans, value)


_WORD_REST = re.compile(r"\w*")
"""From a place in a word, the rest of it."""


def _in_word(char: str) -> bool:
    """Whether ``char`` belongs to a word as :data:`.folding.WORD` (``\\w``) has it."""
    return char.isalnum() or char == "_"


def _merge_spans(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for piece, hit in spans:
        if merged and merged[-1][1] == hit:
            merged[-1] = (merged[-1][0] + piece, hit)
        else:
            merged.append((piece, hit))
    return merged


def _shorten(spans: list[Span], full: str | None = None) -> tuple[Span, ...]:
    """The spans around the first hit; ``full``: their text, if at hand."""
    total = len(full) if full is not None else sum(len(piece) for piece, _ in spans)
    if total <= SNIPPET_CHARS:
        return tuple(spans)
    offset = 0
    first_hit = 0
    for piece, hit in spans:
        if hit:
            first_hit = offset
            break
        offset += len(piece)
    if full is None:
        full = "".join(piece for piece, _ in spans)
    start = max(0, first_hit - SNIPPET_CHARS // 3)
    if start > 0:  # begin and end at word boundaries
        space = full.find(" ", start, first_hit)
        start = space + 1 if space >= 0 else start
    end = min(total, start + SNIPPET_CHARS)
    if end < total:
        space = full.rfind(" ", first_hit + 1, end)
        end = space if space > 0 else end
    out: list[Span] = []
    offset = 0
    for piece, hit in spans:
        lo, hi = max(start, offset), min(end, offset + len(piece))
        if lo < hi:
            out.append((piece[lo - offset : hi - offset], hit))
        offset += len(piece)
    if start > 0:
        out.insert(0, ("…", False))
    if end < total:
        out.append(("…", False))
    return tuple(_merge_spans(out))

