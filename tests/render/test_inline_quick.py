"""Texts with only bold words are read without markdown-it, exactly as markdown-it reads
them: compared on every text of the sample and on random texts of the marks that matter."""

from __future__ import annotations

import random

import pytest

from editor.core.model import Bundle
from editor.render import inline

ALPHABET = ["*", "**", "***", "a", "Z", "1", " ", "\xa0", "\u2009", '"', "„", "“", "'",
            ".", ",", "-", "–", "€", "+", "(", ")", "ß", "é", "!", "?", ":", "\u202f", "#",
            "&", "<", "]", "`", "~", "©", "Ä"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
            for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_quick_reading_matches_markdown_it_on_random_texts(seed: int) -> None:
    quick = 0
    for text in _texts(seed, 5000):
        found = inline._quick(text)
        if found is None:
            continue
        quick += 1
        assert found == inline.parse_markdown(text), repr(text)
    assert quick > 500  # the random texts reach the quick reading often


def test_quick_reading_matches_markdown_it_on_the_sample(sample: Bundle) -> None:
    item = sample.items[0]
    texts = [item.headline.get(lang) for lang in ("de", "en")]
    texts += [b.text.get(lang) for b in item.blocks for lang in ("de", "en")]
    texts += [q.text.get(lang) for q in item.quotes for lang in ("de", "en")]
    read = [t for t in texts if t and inline._quick(t) is not None]
    assert any("**" in t for t in read)
    for text in read:
        assert inline._quick(text) == inline.parse_markdown(text)


@pytest.mark.parametrize("text", ["**a**", 'Thema **"Smart Country"** ist', "a **b** c **d**"])
def test_bold_words_are_read_quickly(text: str) -> None:
    assert inline._quick(text) == inline.parse_markdown(text)
    assert any(run.bold for run in inline._quick(text) or ())


@pytest.mark.parametrize("text", ["a*b*c", "**a", "a**b**c", "_a_", "[a](https://x.de)",
                                  "a\\*", "a\nb", "** a**", "***a***"])
def test_other_markup_goes_to_markdown_it(text: str) -> None:
    assert inline._quick(text) is None
