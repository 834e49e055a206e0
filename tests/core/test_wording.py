"""Counts in English messages read as words: "1 item", "0 items", "2 new people"."""

from __future__ import annotations

import pytest

from editor.core.wording import counted


@pytest.mark.parametrize(("count", "expected"), [(0, "0 quotes"), (1, "1 quote"),
                                                 (2, "2 quotes")])
def test_the_noun_follows_the_count(count: int, expected: str) -> None:
    assert counted(count, "quote") == expected


def test_an_irregular_plural_is_given() -> None:
    assert counted(1, "new person", "new people") == "1 new person"
    assert counted(3, "new person", "new people") == "3 new people"
