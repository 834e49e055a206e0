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

_WORDS_AND_GAPS = re.compile(f"({WORD.pattern})")
"""Splits a text into the gaps between words and the words (as :data:`.folding.WORD`)."""


MEMO_WORDS = 10_000
"""A matcher forgets the words it decided beyond this many, about ten pages' worth (a
long session's searches would otherwise keep every word of the archive; the eight kept
matchers hold at most some 25 MB so)."""


class Matcher:
    """Decides which words of a text a query's terms hit (for highlighting), with a memo."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.exact = {w for t in terms if t.phrase or len(t.words) > 1 for w in t.words}
        self.exact |= {t.words[0] for t in terms if len(t.words) == 1 and not t.prefix}
        self.prefixes = tuple(t.words[0] for t in terms if len(t.words) == 1 and t.prefix)
        self.parts = tuple(p for p in self.prefixes if len(p) >= MIN_PART)
        self.memo: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        """Words already decided, in other languages' texts and in German ones."""

    def __call__(self, word: str, german: bool) -> bool:
        memo = self.memo[german]
        found = memo.get(word)
        if found is None:
            if len(memo) >= MEMO_WORDS:
                memo.clear()
            found = memo[word] = self._decide(word, german)
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
    german = lang == "de"
    if not matcher.exact and not matcher.prefixes:
        return _shorten([(value, False)], value)
    # Between words and words in turn (even and odd places), split in one call; each
    # distinct word is decided once, and a text without a hit is not walked at all.
    pieces = _WORDS_AND_GAPS.split(value)
    memo = matcher.memo[german]  # looked up here, not called: a text has many words
    found = set()
    for word in set(pieces[1::2]):
        hit = memo.get(word)
        if hit is None:
            hit = matcher(word, german)
        if hit:
            found.add(word)
    if not found:
        return _shorten([(value, False)], value)
    spans: list[Span] = []
    last = 0  # the first piece not yet in a span
    for place in range(1, len(pieces), 2):
        word = pieces[place]
        if word in found:
            gap = "".join(pieces[last:place])
            if gap:
                spans.append((gap, False))
            spans.append((word, True))
            last = place + 1
    rest = "".join(pieces[last:])
    if rest:
        spans.append((rest, False))
    return _shorten(spans, value)


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

