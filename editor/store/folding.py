"""Fold German text for search, so that "förder", "forder" and "foerder" all find "Förderung".

The index side keeps two spellings of each text (umlauts dropped to the base letter, and
umlauts written out as ae/oe/ue); the query side drops accents only. Either spelling of a
query then matches one of the two.
"""

from __future__ import annotations

import unicodedata

_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_query(text: str) -> str:
    """A search term as it is compared with :func:`searchable` text."""
    return _strip_accents(unicodedata.normalize("NFC", text).casefold()).strip()


def searchable(*texts: str) -> str:
    """Texts in both folded spellings, one per line, for substring search."""
    lines: list[str] = []
    for text in texts:
        lowered = unicodedata.normalize("NFC", text).casefold()
        for spelling in (_strip_accents(lowered), _strip_accents(lowered.translate(_WRITTEN_OUT))):
            if spelling and spelling not in lines:
                lines.append(spelling)
    return "\n".join(lines)
