"""Invisible direction and format characters in texts that come from outside.

A right-to-left override (U+202E) makes "Förderung gestoppt" display as "tppotseg gnuredröF"
and, worse, can make a headline show words in an order it does not hold; zero-width
characters split a word so that search does not find it and a reader does not see why.
No German or English release needs them, and imported documents carry them only by
accident (copied from a web page) or on purpose. Imports therefore remove them and say
so, per document, with the first place found; they are not refused, because one stray
zero-width space in a ten-year-old release should not keep it out of the archive.

Control characters (U+0000–U+001F) are another matter: a text file holding them is
refused as probably binary (see :mod:`editor.io.documents`).

Left alone, because texts need them: the soft hyphen (U+00AD), the zero-width joiner and
non-joiner (U+200C, U+200D: emoji and some scripts), the no-break spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

INVISIBLE = re.compile(
    "[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb]")
"""Bidirectional embeddings, overrides, isolates and marks, zero-width space, word joiner,
invisible operators, deprecated format characters, a byte order mark inside a text and
interlinear annotation marks."""


@dataclass(frozen=True)
class Removed:
    """Invisible characters removed from one text: how many, and the first of them."""

    where: str
    """The field, block or path the text belongs to, in the reader's words."""
    count: int
    first: str
    position: int
    """Of the first, counted from 1 in the text as it was."""
    block: int = 0
    """The number (from 1) of the document's block it was in; 0 outside blocks."""

    @property
    def code(self) -> str:
        return f"U+{ord(self.first):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.first, "format character").lower()

    def line(self) -> str:
        """One English line for the command line."""
        more = f" and {self.count - 1:,} more" if self.count > 1 else ""
        return (f"{self.where}: removed the invisible character {self.code} ({self.name}) "
                f"at position {self.position:,}{more}")


def strip_invisible(text: str) -> tuple[str, tuple[int, str] | None, int]:
    """``text`` without invisible direction and format characters, the first removed
    (its position from 1, the character) or ``None``, and how many were removed."""
    first = INVISIBLE.search(text)
    if first is None:
        return text, None, 0
    cleaned, count = INVISIBLE.subn("", text)
    return cleaned, (first.start() + 1, first.group()), count


def removed_from(text: str, where: str, block: int = 0) -> tuple[str, Removed | None]:
    """``text`` cleaned (see :func:`strip_invisible`) and what was removed, if anything."""
    cleaned, first, count = strip_invisible(text)
    if first is None:
        return text, None
    return cleaned, Removed(where, count, first[1], first[0], block)
