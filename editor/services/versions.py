"""The versions of a press item: comparing two, restoring one, publishing and correcting.

Shared by the History dialog and the ``history``/``publish`` commands. A comparison
goes block by block and language by language, and within a text word by word, so that a
changed paragraph shows what was struck out and what was put in.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from editor.core.codec import to_plain
from editor.core.errors import PressestelleError
from editor.core.model import Block, BlockKind, ItemStatus, PressItem, Quote, Translations
from editor.store.history import PUBLISHED_STATES, VersionInfo

if TYPE_CHECKING:
    from editor.store.archive import Archive

PieceKind = Literal["same", "removed", "added"]
ChangeKind = Literal["changed", "added", "removed", "moved"]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
"""Words, runs of white space and single marks: what a word-level comparison aligns."""
SHOWN_VALUE_LIMIT = 300
"""A fact (not a text) longer than this is shortened in a comparison."""

TEXT_FIELDS = ("kicker", "headline", "subheadline")
FACT_FIELDS = ("kind", "status", "issue_date", "places", "issuer_ids", "source_language",
               "languages", "topics", "embargo", "event", "contacts", "photos",
               "internal_note", "corrected_at", "source_name", "imported_at")
"""Fields compared as a whole (shown as their values), in this order after the texts."""


@dataclass(frozen=True)
class Piece:
    """A run of text that both versions share, or that one of them alone has."""

    kind: PieceKind
    text: str


@dataclass(frozen=True)
class Change:
    """One difference between two versions of an item.

    ``area`` is "field" (``name`` is the field), "block" (``name`` its kind, ``number``
    its place, counted from 1) or "quote" (``name`` the quote's id, ``number`` its place);
    ``language`` is "" for what has no language; ``part`` names what of a block or
    quote changed ("text", "kind", "speakers" …).
    """

    area: Literal["field", "block", "quote"]
    name: str
    what: ChangeKind
    language: str = ""
    number: int = 0
    part: str = "text"
    pieces: list[Piece] = field(default_factory=list)

    @property
    def place(self) -> str:
        """Where, in English words: "block 3 (paragraph)", "quote q1", "headline"."""
        if self.area == "block":
            where = f"block {self.number} ({self.name})"
        elif self.area == "quote":
            where = f"quote {self.number} ({self.name})"
        else:
            where = self.name.replace("_", " ")
        if self.part != "text":
            where += f" {self.part.replace('_', ' ')}"
        return where + (f" [{self.language}]" if self.language else "")


def word_diff(old: str, new: str) -> list[Piece]:
    """``old`` turned into ``new`` as shared, removed and added runs of words."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[Piece] = []

    def add(kind: PieceKind, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].kind == kind:
            pieces[-1] = Piece(kind, pieces[-1].text + text)
        else:
            pieces.append(Piece(kind, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", a[i1:i2])
            continue
        add("removed", a[i1:i2])
        add("added", b[j1:j2])
    return pieces


def _text_changes(old: Translations | None, new: Translations | None, languages: list[str],
                  make: dict[str, object]) -> list[Change]:
    found: list[Change] = []
    for lang in languages:
        before = old.get(lang) if old is not None else ""
        after = new.get(lang) if new is not None else ""
        if before == after:
            continue
        what: ChangeKind = "added" if not before else "removed" if not after else "changed"
        found.append(Change(language=lang, what=what, pieces=word_diff(before, after),
                            **make))  # type: ignore[arg-type]
    return found


def _shown(value: object) -> str:
    plain = to_plain(value)
    if plain is None or plain == [] or plain == {} or plain == "":
        return ""
    if isinstance(plain, str):
        text = plain
    elif isinstance(plain, list) and all(isinstance(v, str) for v in plain):
        text = ", ".join(plain)
    else:
        text = json.dumps(plain, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= SHOWN_VALUE_LIMIT else text[:SHOWN_VALUE_LIMIT] + "…"


def _fact(area: Literal["field", "block", "quote"], name: str, part: str, old: object,
          new: object, number: int = 0) -> Change | None:
    if to_plain(old) == to_plain(new):
        return None
    before, after = _shown(old), _shown(new)
    pieces = [p for p in (Piece("removed", before), Piece("added", after)) if p.text]
    return Change(area, name, "changed", number=number, part=part, pieces=pieces)


def _languages(old: PressItem, new: PressItem) -> list[str]:
    return list(dict.fromkeys([*new.languages, *old.languages]))


def _moved(old_ids: list[str], new_ids: list[str]) -> set[str]:
    """Ids of the shared entries that changed place (outside the longest common order)."""
    common = set(old_ids) & set(new_ids)
    a = [i for i in old_ids if i in common]
    b = [i for i in new_ids if i in common]
    kept: set[str] = set()
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        kept.update(a[block.a:block.a + block.size])
    return common - kept


def _block_changes(old: PressItem, new: PressItem, languages: list[str]) -> list[Change]:
    before = {b.id: (i, b) for i, b in enumerate(old.blocks, start=1)}
    moved = _moved([b.id for b in old.blocks], [b.id for b in new.blocks])
    found: list[Change] = []
    for number, block in enumerate(new.blocks, start=1):
        make: dict[str, object] = {"area": "block", "name": block.kind.value, "number": number}
        if block.id not in before:
            texts = _text_changes(None, block.text, languages, make)
            found.extend(texts or [Change("block", block.kind.value, "added", number=number,
                                          part=_block_part(block))])
            continue
        _, was = before[block.id]
        if block.id in moved:
            found.append(Change("block", block.kind.value, "moved", number=number,
                                part="place", pieces=[Piece("same", _excerpt(block))]))
        for part, a, b in (("kind", was.kind, block.kind), ("quote", was.quote_id, block.quote_id),
                           ("photo", was.photo_id, block.photo_id)):
            change = _fact("block", block.kind.value, part, a, b, number)
            if change is not None:
                found.append(change)
        found.extend(_text_changes(was.text, block.text, languages, make))
    kept = {b.id for b in new.blocks}
    for number, was in before.values():
        if was.id not in kept:
            make = {"area": "block", "name": was.kind.value, "number": number}
            texts = _text_changes(was.text, None, languages, make)
            found.extend(texts or [Change("block", was.kind.value, "removed", number=number,
                                          part=_block_part(was))])
    return found


def _block_part(block: Block) -> str:
    return {BlockKind.PHOTO: "photo", BlockKind.QUOTE: "quote"}.get(block.kind, "text")


def _excerpt(block: Block) -> str:
    text = next((t for t in block.text.text.values() if t.strip()), "")
    words = text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def _quote_facts(was: Quote, quote: Quote, number: int) -> list[Change]:
    found = []
    pairs: list[tuple[str, object, object]] = [
        ("speakers", was.speakers, quote.speakers), ("verb", was.verb, quote.verb),
        ("attribution", was.attribution, quote.attribution), ("date", was.date, quote.date),
        ("approval", was.approval, quote.approval), ("topics", was.topics, quote.topics),
        ("layout", was.layout, quote.layout),
    ]
    for part, a, b in pairs:
        change = _fact("quote", quote.id, part, a, b, number)
        if change is not None:
            found.append(change)
    return found


def _quote_changes(old: PressItem, new: PressItem, languages: list[str]) -> list[Change]:
    before = {q.id: q for q in old.quotes}
    found: list[Change] = []
    for number, quote in enumerate(new.quotes, start=1):
        make: dict[str, object] = {"area": "quote", "name": quote.id, "number": number}
        was = before.get(quote.id)
        if was is None:
            found.extend(_text_changes(None, quote.text, languages, make)
                         or [Change("quote", quote.id, "added", number=number)])
            continue
        found.extend(_text_changes(was.text, quote.text, languages, make))
        found.extend(_quote_facts(was, quote, number))
    kept = {q.id for q in new.quotes}
    for number, was in enumerate(old.quotes, start=1):
        if was.id not in kept:
            make = {"area": "quote", "name": was.id, "number": number}
            found.extend(_text_changes(was.text, None, languages, make)
                         or [Change("quote", was.id, "removed", number=number)])
    return found


RECORD_FIELDS = frozenset({"photos", "contacts"})
"""Lists of records with ids: compared record by record and field by field."""


def _record_changes(name: str, old: list[Any], new: list[Any]) -> list[Change]:
    before = {r.id: to_plain(r) for r in old}
    after = {r.id: to_plain(r) for r in new}
    found: list[Change] = []
    for record_id in dict.fromkeys([*after, *before]):
        a, b = before.get(record_id), after.get(record_id)
        if a == b:
            continue
        if a is None or b is None:
            if a is None:
                found.append(Change("field", name, "added", part=record_id,
                                    pieces=[Piece("added", _shown(b))]))
            else:
                found.append(Change("field", name, "removed", part=record_id,
                                    pieces=[Piece("removed", _shown(a))]))
            continue
        for key in dict.fromkeys([*b, *a]):
            if a.get(key) != b.get(key):
                change = _fact("field", name, f"{record_id} {key}", a.get(key), b.get(key))
                if change is not None:
                    found.append(change)
    return found


def compare(old: PressItem, new: PressItem) -> list[Change]:
    """What changed from ``old`` to ``new``: texts of the head, facts, blocks, quotes."""
    languages = _languages(old, new)
    found: list[Change] = []
    for name in TEXT_FIELDS:
        found.extend(_text_changes(getattr(old, name), getattr(new, name), languages,
                                   {"area": "field", "name": name}))
    for name in FACT_FIELDS:
        if name in RECORD_FIELDS:
            found.extend(_record_changes(name, getattr(old, name), getattr(new, name)))
            continue
        change = _fact("field", name, "text", getattr(old, name), getattr(new, name))
        if change is not None:
            found.append(change)
    found.extend(_block_changes(old, new, languages))
    found.extend(_quote_changes(old, new, languages))
    return found


def marked_text(pieces: list[Piece]) -> str:
    """Pieces as one line of text: ``[-removed-]`` and ``{+added+}``, the rest as is."""
    marks = {"same": ("", ""), "removed": ("[-", "-]"), "added": ("{+", "+}")}
    return "".join(marks[p.kind][0] + p.text + marks[p.kind][1] for p in pieces)


# -- restoring and publishing ------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    item: PressItem
    """The item as saved again."""
    from_version: int


def restore(archive: Archive, item_id: str, version: int, saved_by: str) -> Restored:
    """Save version ``version`` of ``item_id`` again as its newest version.

    Nothing is lost: the versions in between stay in the history. An item that still
    exists keeps its current status (publishing is a step of its own) and correction
    date; a deleted item comes back as it was in that version.
    """
    old = archive.load_version(item_id, version)
    current = archive.stored_version(item_id)
    if current is not None:
        now = archive.load_item(item_id)
        old.status, old.corrected_at = now.status, now.corrected_at
        if current == version:
            raise PressestelleError(
                f"Version {version} of item {item_id} is the current one; nothing to "
                f"restore.")
    old.version = current or 0
    archive.save_item(old, saved_by=saved_by)
    return Restored(old, version)


def last_published(versions: list[VersionInfo]) -> VersionInfo | None:
    return next((v for v in versions if v.published_at is not None), None)


@dataclass(frozen=True)
class Publication:
    item: PressItem
    corrected: bool
    """Published before: this publication is a correction."""


def publish(archive: Archive, item_id: str, saved_by: str,
            now: datetime | None = None) -> Publication:
    """Publish the stored item: its newest version is marked published.

    An item published before and edited since becomes "corrected" (its exports then say
    "Korrigierte Fassung vom …"); a published item not changed since is refused, and so
    is a withdrawn one. Save unsaved changes first: the stored item is published.
    """
    item = archive.load_item(item_id)
    if item.status is ItemStatus.WITHDRAWN:
        raise PressestelleError(
            f"Item {item_id} is withdrawn and cannot be published; set its status back to "
            f"draft first.")
    versions = archive.versions(item_id)
    last = last_published(versions)
    was_published = last is not None or item.status in PUBLISHED_STATES
    if was_published and last is not None and last.version == item.version:
        raise PressestelleError(
            f"Item {item_id} is published as it is (version {item.version}); edit and save "
            f"it to publish a correction.")
    moment = now or datetime.now(UTC)
    corrected = was_published and (last is None or any(
        v.version > last.version for v in versions))
    if corrected:
        item.status, item.corrected_at = ItemStatus.CORRECTED, moment
    else:
        item.status = ItemStatus.PUBLISHED
    archive.save_item(item, saved_by=saved_by, publish=True)
    return Publication(item, corrected)
