"""The caches that make folding fast stay within a memory budget however many distinct
words pass through them (an archive of random codes or names would otherwise keep
hundreds of megabytes), and forgetting changes no folded text."""

from __future__ import annotations

import gc
import random
import string
import tracemalloc
from collections.abc import Iterator

import pytest

from editor.store.search import compound_parts, folding, index_text

BUDGET = 2 * 1024 * 1024


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for cache in folding._MEMORY.caches:
        cache.clear()
    monkeypatch.setattr(folding._MEMORY, "used", 0)
    monkeypatch.setattr(folding._Memory, "BUDGET", BUDGET)
    yield
    for cache in folding._MEMORY.caches:
        cache.clear()
    folding._MEMORY.used = 0


def _words(count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    letters = string.ascii_letters + "äöüßÄÖÜé"
    return ["".join(chance.choice(letters) for _ in range(chance.randint(3, 24)))
            for _ in range(count)]


def test_many_distinct_words_keep_the_caches_within_the_budget(small_budget: None) -> None:
    words = _words(30_000, 1)
    texts = [" ".join(words[start:start + 10]) + "." for start in range(0, len(words), 10)]
    folding.fold_text(texts[0], parts=True)  # the regular expressions' own caches
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for text in texts:
            folding.fold_text(text, parts=True)
            folding.fold_text(text)
        gc.collect()  # what is left of a text's folding once nothing refers to it
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert folding._MEMORY.used <= BUDGET
    assert kept <= BUDGET, f"{kept} bytes kept"
    # the caches still remember: the last text folds again without anything new to keep
    used = folding._MEMORY.used
    folding.fold_text(texts[-1], parts=True)
    folding.fold_text(texts[-1])
    assert folding._MEMORY.used == used
    assert sum(map(len, folding._MEMORY.caches)) > 400


def test_folding_after_forgetting_gives_the_same_texts(small_budget: None) -> None:
    words = _words(2_000, 2)
    text = " ".join(words[:40]) + " Strukturwandel, Förderung der Straße."
    first = folding.fold_text(text, parts=True)
    for number in range(0, len(words), 8):  # enough distinct words to spend the budget
        folding.fold_text(" ".join(words[number:number + 8]) + "x" * 30, parts=True)
    again = folding.fold_text(text, parts=True)
    assert again == first
    assert (again.text, again.parts) == (index_text(text), compound_parts(text))
