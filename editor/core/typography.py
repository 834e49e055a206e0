"""Typography per language: quotation marks, apostrophes and safe characters.

Babel has no quotation-mark data, so the marks live in a small table. Stored texts use
straight quotes (``"``); :class:`QuoteSmartener` turns them into the language's marks,
switching to the alternate pair inside a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NARROW_NBSP = "\u202f"


@dataclass(frozen=True)
class QuoteMarks:
    """Primary and secondary (nested) quotation marks of a language."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def pair(self, level: int) -> tuple[str, str]:
        """Marks for nesting ``level`` (0 = outer quotation, 1 = inside it, …)."""
        if level % 2 == 0:
            return self.open, self.close
        return self.inner_open, self.inner_close


QUOTE_MARKS: dict[str, QuoteMarks] = {
    "de": QuoteMarks("„", "“", "‚", "‘"),
    "de-CH": QuoteMarks("«", "»", "‹", "›"),
    "en": QuoteMarks("“", "”", "‘", "’"),
    "fr": QuoteMarks("«" + NARROW_NBSP, NARROW_NBSP + "»", "‹" + NARROW_NBSP, NARROW_NBSP + "›"),
}


def quote_marks(lang: str) -> QuoteMarks:
    """The marks for a language tag ("de", "de-CH", "en-GB"); English when unknown."""
    tag = lang.replace("_", "-")
    if tag in QUOTE_MARKS:
        return QUOTE_MARKS[tag]
    base = tag.split("-", 1)[0].lower()
    return QUOTE_MARKS.get(base, QUOTE_MARKS["en"])


def quoted(text: str, lang: str, level: int = 0) -> str:
    """``text`` between the language's marks for ``level``."""
    opening, closing = quote_marks(lang).pair(level)
    return f"{opening}{text}{closing}"


_OPENS_AFTER = frozenset(" \t\n\u00a0\u202f([{/–—-‚„“‘«‹")
"""A straight quote after one of these (or at the start) opens a quotation."""


class QuoteSmartener:
    """Turns straight quotes into typographic ones across several pieces of one text.

    The state (previous character, open quotations) carries over between calls, so a
    text split into formatting runs is treated as one text.
    """

    def __init__(self, lang: str, level: int = 0) -> None:
        self.marks = quote_marks(lang)
        self.level = level
        self.depth = 0
        self.prev = ""

    def feed(self, text: str) -> str:
        """The next piece of the text with its quotes and apostrophes made typographic."""
        if '"' not in text and "'" not in text:
            if text:
                self.prev = text[-1]
            return text
        out: list[str] = []
        n = len(text)
        for i, ch in enumerate(text):
            if ch == '"':
                opening = self.prev == "" or self.prev in _OPENS_AFTER or self.depth == 0
                if opening:
                    out.append(self.marks.pair(self.level + self.depth)[0])
                    self.depth += 1
                else:
                    self.depth -= 1
                    out.append(self.marks.pair(self.level + self.depth)[1])
            elif ch == "'":
                nxt = text[i + 1] if i + 1 < n else ""
                out.append("’" if self.prev.isalpha() and nxt.isalpha() else ch)
            else:
                out.append(ch)
            self.prev = ch
        return "".join(out)


def smarten(text: str, lang: str, level: int = 0) -> str:
    """``text`` with straight double quotes as the language's marks at nesting ``level``.

    In body text (level 0) German ``"x"`` becomes „x“; inside a quotation (level 1) it
    becomes ‚x‘. An apostrophe between letters becomes ’.
    """
    return QuoteSmartener(lang, level).feed(text)


_NONCHARACTERS = "".join(chr(p * 0x10000 + 0xFFFE) + chr(p * 0x10000 + 0xFFFF)
                         for p in range(1, 17))
_ILLEGAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + _NONCHARACTERS + "]"
)
"""Characters that XML 1.0 forbids or HTML5 reports as parse errors (controls, lone
surrogates and the noncharacters of every plane)."""


def visible_safe(text: str) -> str:
    """``text`` with characters illegal in XML/HTML replaced by U+FFFD; CR/LF become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL.search(text) is None:
        return text
    return _ILLEGAL.sub("\ufffd", text)
