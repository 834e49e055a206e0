"""What the quote extractor finds in a text, as the tests of its attribution rules compare it."""

from __future__ import annotations

from editor.core.quote_extract import find_quotes


def said(text: str) -> list[tuple[str, list[str]]]:
    """Each quote's words with its speakers as written."""
    return [(q.text, [m.text for m in q.mentions]) for q in find_quotes(text)]


def speakers_of(text: str, words: str) -> list[str]:
    """The speakers of the quote ``words`` in ``text`` (which must hold it)."""
    for quote, who in said(text):
        if quote == words:
            return who
    raise AssertionError(f"no quote {words!r} in {said(text)!r}")
