"""Highlighting splits a text once and decides each distinct word once; the spans are
those of walking the text word by word."""

from __future__ import annotations

import random

import pytest

from editor.store.search import snippets
from editor.store.search.folding import WORD
from editor.store.search.query import parse_query
from editor.store.search.snippets import (
    Matcher,
    Span,
    _merge_spans,
    _shorten,
    highlight,
    matcher_for,
)


def _word_by_word(value: str, query: str, lang: str) -> tuple[Span, ...]:
    """The spans as found by walking every word of ``value`` in turn."""
    matcher = Matcher(parse_query(query))
    if not matcher.exact and not matcher.prefixes:
        return _shorten([(value, False)] if value else [])
    spans: list[Span] = []
    position = 0
    for match in WORD.finditer(value):
        if matcher(match.group(), lang == "de"):
            if match.start() > position:
                spans.append((value[position:match.start()], False))
            spans.append((match.group(), True))
            position = match.end()
    if position < len(value):
        spans.append((value[position:], False))
    return _shorten(_merge_spans(spans))


WORDS = ["Förderung", "Strukturwandel", "wandel", "Lausitz", "Straße", "strasse", "in",
         "im", "Energiewende", "der", "Wirtschaftsförderung", "ÄRGER", "Digitalisierung",
         "x_y", "2021", "über", "Inland", "Wandels", "wandelt", "in2021", "Lausitzer"]
GAPS = [" ", ", ", " – ", ". ", "\n", "«", "»", " (", ") ", "-", "/", "\t", "\u00a0",
        "\u202f", "_", "", "\u0301"]
"""Words next to each other (no gap, "_") make longer words, in which a word that hits
alone must not be highlighted; spaces of every kind separate words."""


def test_spans_are_those_of_walking_word_by_word() -> None:
    rnd = random.Random(16)
    queries = ["wandel", "Förderung Lausitz", "strasse", "in", "in*", '"im Strukturwandel"',
               "", "über", "x", "digital* 2021", "ärger"]
    texts = ["", "Förderung", " ", "–", "Förderung ", " Lausitz", "wandel wandel"]
    for _ in range(300):
        pieces = [rnd.choice(GAPS) if rnd.random() < 0.3 else ""]
        for _ in range(rnd.randint(1, 80)):
            pieces += [rnd.choice(WORDS), rnd.choice(GAPS)]
        texts.append("".join(pieces[: rnd.randint(1, len(pieces))]))
    compared = 0
    for text in texts:
        for query in queries:
            for lang in ("de", "en"):
                expected = _word_by_word(text, query, lang)
                assert highlight(text, parse_query(query), lang) == expected, (text, query)
                compared += any(hit for _, hit in expected)
    assert compared > 1000  # most texts hold a hit: the highlighted spans are compared


def test_the_matcher_of_a_search_is_kept_for_its_next_page_and_forgets_in_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    terms = tuple(parse_query("förder wandel"))
    matcher = matcher_for(terms)
    assert matcher_for(tuple(parse_query("förder wandel"))) is matcher
    assert matcher_for(tuple(parse_query("förder"))) is not matcher
    highlight("Die Förderung im Strukturwandel.", matcher, "de")
    assert matcher.memo[True]["Förderung"] and not matcher.memo[True]["Die"]
    monkeypatch.setattr(snippets, "MEMO_WORDS", 10)
    for n in range(25):
        matcher(f"wort{n}", True)
        highlight(f"Text{n} Förderung", matcher, "de")
    assert len(matcher.memo[True]) <= 10
    assert len(matcher.pieces[True]) <= 10
    assert highlight("Die Förderung.", matcher, "de") == (
        ("Die ", False), ("Förderung", True), (".", False))
