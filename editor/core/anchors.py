"""Names of the anchors an approval DOCX carries: which text of which item a part holds.

An anchor is a Word bookmark named ``PS`` + field letter + language + ``_`` + token, for
example ``PSbde_3f2a…`` for the German text of a block. Word and LibreOffice keep
bookmarks when a text is edited, commented or tracked, and both limit a bookmark's name
to 40 letters, digits and underscores: a record id that is not such a name is replaced
by a digest of it, which the importer computes again from the item's ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

FIELDS = {"k": "kicker", "h": "headline", "s": "subheadline", "b": "block", "q": "quote"}
"""Letter of the name → the part of the item it holds."""
LETTERS = {name: letter for letter, name in FIELDS.items()}
ITEM_PREFIX = "PSi_"
_TOKEN = re.compile(r"[A-Za-z0-9]{1,32}")
_NAME = re.compile(r"PS([khsbq])([a-z]{2,3})_([A-Za-z0-9]{1,33})")


def token(record_id: str) -> str:
    """``record_id`` as it can stand in a bookmark name."""
    if _TOKEN.fullmatch(record_id):
        return record_id
    return "x" + hashlib.sha256(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True)
class Anchor:
    """One anchored text: ``field`` (see :data:`FIELDS`), its language and record token
    (``"0"`` for the item's own lines: kicker, headline, subheadline)."""

    field: str
    lang: str
    token: str

    @property
    def name(self) -> str:
        return f"PS{LETTERS[self.field]}{self.lang}_{self.token}"


def anchor(field: str, lang: str, record_id: str = "") -> Anchor:
    """The anchor of ``field`` in ``lang``; blocks and quotes name their record."""
    safe_lang = re.sub(r"[^a-z]", "", lang.lower())[:3] or "xx"
    return Anchor(field, safe_lang, token(record_id) if record_id else "0")


def parse(name: str) -> Anchor | None:
    """The anchor a bookmark name stands for; ``None`` for any other bookmark."""
    m = _NAME.fullmatch(name)
    if m is None:
        return None
    return Anchor(FIELDS[m.group(1)], m.group(2), m.group(3))


def item_bookmark(item_id: str) -> str:
    return ITEM_PREFIX + token(item_id)
