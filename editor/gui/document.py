"""The open press item with its undo stack and the reference data it points at."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.core.errors import NotFoundError, PressestelleError
from editor.core.images import PhotoData
from editor.core.model import (
    LANGUAGES,
    Block,
    Bundle,
    Organisation,
    Person,
    PressItem,
    Quote,
    Role,
    Translations,
    role_on,
)
from editor.services.directory import person_matches, person_order

HEADLINE_KEYS = ("kicker", "headline", "subheadline")


def block_key(block_id: str) -> str:
    return f"block:{block_id}"


def quote_key(quote_id: str) -> str:
    return f"quote:{quote_id}"


class SpeakerDirectory(Protocol):
    """Where the editor finds people it does not know yet (the archive)."""

    def find_people(self, part: str, limit: int = 20) -> list[Person]: ...

    def person(self, person_id: str) -> Person: ...

    def roles(self, person_id: str | None = None) -> list[Role]: ...

    def people_and_roles(self, person_ids: Iterable[str]) -> tuple[list[Person], list[Role]]:
        ...


class PhotoStore(Protocol):
    """Where the editor keeps the bytes of photos (the archive)."""

    def store_photo(self, photo: PhotoData) -> str: ...

    def photo_data(self, keys: Iterable[str]) -> dict[str, PhotoData]: ...


class ItemDocument(QObject):
    """One press item being edited; every change goes through :attr:`undo_stack`.

    Texts are addressed by keys that survive reordering: ``"headline"``,
    ``"block:<id>"``, ``"quote:<id>"``.
    """

    fieldChanged = Signal(str)
    """A metadata field (attribute name of PressItem) changed."""
    textChanged = Signal(str, str)
    """The text under a key changed in a language."""
    blocksChanged = Signal()
    """Blocks were added, removed, moved or changed kind, or quotes changed."""
    contentChanged = Signal()
    """Anything changed: the preview must be rendered again."""
    currentBlockRequested = Signal(str)
    """A command wants this block to become current (after insert or undo)."""
    photosRefused = Signal(list)
    """Image files were not taken: one line per file, naming it and saying why."""
    photosCleaned = Signal(list, bool)
    """Metadata was removed from these image files (their names) before they were kept;
    the flag: location data was among it."""

    def __init__(self, item: PressItem, people: list[Person],
                 organisations: list[Organisation], roles: list[Role],
                 parent: QObject | None = None,
                 directory: SpeakerDirectory | None = None,
                 photos: PhotoStore | None = None) -> None:
        """``people`` and ``roles`` are those the item refers to (plus any extra ones);
        others are looked up in ``directory`` when a speaker is chosen. Photo bytes are
        kept in (and read from) ``photos``."""
        super().__init__(parent)
        self.item = item
        self.people = list(people)
        self.organisations = organisations
        self.roles = list(roles)
        self.undo_stack = QUndoStack(self)
        self._people_by_id = {p.id: p for p in self.people}
        self._block_at: dict[str, int] = {}
        self._quote_at: dict[str, int] = {}
        self._directory = directory
        self._photos = photos
        self._photo_data: dict[str, PhotoData] = {}

    def remember_referenced_people(self) -> None:
        """Load the speakers of the item's quotes and event, with their roles."""
        ids = [s.person_id for q in self.item.quotes for s in q.speakers]
        if self.item.event is not None:
            ids += [s.person_id for s in self.item.event.speakers]
        unknown = [i for i in dict.fromkeys(ids) if i not in self._people_by_id]
        if not unknown or self._directory is None:
            return
        found, their_roles = self._directory.people_and_roles(unknown)  # one read for all
        self.people.extend(found)
        self._people_by_id.update((p.id, p) for p in found)
        known_roles = {r.id for r in self.roles}
        self.roles.extend(r for r in their_roles if r.id not in known_roles)

    def find_people(self, part: str, limit: int = 20) -> list[Person]:
        """People whose name contains ``part``: the known ones and the directory's."""
        found = {p.id: p for p in self.people if person_matches(p, part)}
        if self._directory is not None and len(part.strip()) >= 2:
            found.update((p.id, p) for p in self._directory.find_people(part, limit))
        return sorted(found.values(), key=person_order)[:limit]

    def remember_person(self, person_id: str) -> Person | None:
        """Make sure ``person_id`` and all of their roles are known to this document."""
        known = self._people_by_id.get(person_id)
        if known is not None or self._directory is None:
            return known
        try:
            person = self._directory.person(person_id)
        except NotFoundError:
            return None
        self.people.append(person)
        self._people_by_id[person.id] = person
        known_roles = {r.id for r in self.roles}
        self.roles.extend(r for r in self._directory.roles(person_id)
                          if r.id not in known_roles)
        return person

    @property
    def photo_store(self) -> PhotoStore | None:
        """Where photo (and logo) bytes are kept, if anywhere."""
        return self._photos

    @property
    def is_new(self) -> bool:
        return self.item.version == 0

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self.is_new

    def person(self, person_id: str) -> Person | None:
        return self._people_by_id.get(person_id)

    def role(self, role_id: str | None) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def quote_day(self, quote: Quote | None = None) -> date | None:
        """The day a quote's roles are looked up on: its own date, else the item's."""
        return (quote.date if quote is not None else None) or self.item.issue_date

    def role_on_day(self, person_id: str, day: date | None) -> Role | None:
        """The role ``person_id`` held on ``day``; without a day nothing is guessed."""
        return role_on(self.roles, person_id, day) if day is not None else None

    def translations(self, key: str) -> Translations:
        """The texts under ``key``; KeyError when it no longer exists."""
        if key in HEADLINE_KEYS:
            texts: Translations = getattr(self.item, key)
            return texts
        kind, _, ident = key.partition(":")
        if kind == "block":
            return self._block_texts(ident, key)
        if kind == "quote":
            return self._quote_texts(ident, key)
        raise KeyError(key)

    def _block_texts(self, ident: str, key: str) -> Translations:
        """The block's texts in constant time: every cell of the table asks, on each paint.

        Positions are remembered and checked on use, so a moved, added or removed block
        (undo commands change the list in place) is found again with one scan.
        """
        blocks = self.item.blocks
        found = self._block_at.get(ident)
        if found is None or found >= len(blocks) or blocks[found].id != ident:
            self._block_at = {}
            for n, block in enumerate(blocks):
                self._block_at.setdefault(block.id, n)
            found = self._block_at.get(ident)
            if found is None:
                raise KeyError(key)
        return blocks[found].text

    def _quote_texts(self, ident: str, key: str) -> Translations:
        quotes = self.item.quotes
        found = self._quote_at.get(ident)
        if found is None or found >= len(quotes) or quotes[found].id != ident:
            self._quote_at = {}
            for n, quote in enumerate(quotes):
                self._quote_at.setdefault(quote.id, n)
            found = self._quote_at.get(ident)
            if found is None:
                raise KeyError(key)
        return quotes[found].text

    def target_languages(self) -> list[str]:
        """Languages the item is translated into (all of its languages but the source)."""
        return [lang for lang in self.item.languages if lang != self.item.source_language]

    def other_languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang != self.item.source_language]

    def bundle(self) -> Bundle:
        """The item with everything it refers to, ready for rendering."""
        return Bundle(items=[self.item], people=self.people,
                      organisations=self.organisations, roles=self.roles,
                      photo_data=self.photo_data([p.blob for p in self.item.photos]))

    def photo_data(self, keys: Iterable[str]) -> dict[str, PhotoData]:
        """The bytes of the photos with these keys that the archive (or this editor) has."""
        wanted = [k for k in dict.fromkeys(keys) if k]
        unknown = [k for k in wanted if k not in self._photo_data]
        if unknown and self._photos is not None:
            self._photo_data.update(self._photos.photo_data(unknown))
        return {k: self._photo_data[k] for k in wanted if k in self._photo_data}

    def import_photos(self, paths: Iterable[str]) -> list[str]:
        """Check each image file and keep its bytes in the archive; returns their keys.

        Files that are no JPEG, PNG or WebP image (or cannot be read or stored) are left
        out and reported through :attr:`photosRefused`; files whose location and other
        metadata were removed are reported through :attr:`photosCleaned`.
        """
        from editor.io.photo_files import read_photo_file

        keys: list[str] = []
        refused: list[str] = []
        cleaned: list[str] = []
        located = False
        for path in paths:
            try:
                data = read_photo_file(Path(path))
                key = self._photos.store_photo(data) if self._photos is not None else data.key
            except PressestelleError as exc:
                refused.append(f"{Path(path).name}: {exc}")
                continue
            self._photo_data[key] = data
            keys.append(key)
            if data.removed:
                cleaned.append(Path(path).name)
                located = located or data.had_location
        if refused:
            self.photosRefused.emit(refused)
        if cleaned:
            self.photosCleaned.emit(cleaned, located)
        return keys

    def block(self, block_id: str | None) -> Block | None:
        """The block with ``block_id``, if the item (still) has it."""
        return next((b for b in self.item.blocks if b.id == block_id), None)

    def block_row(self, block_id: str) -> int:
        for row, block in enumerate(self.item.blocks):
            if block.id == block_id:
                return row
        return -1

    # Notifications used by the undo commands
    def notify_field(self, name: str) -> None:
        self.fieldChanged.emit(name)
        self.contentChanged.emit()

    def notify_text(self, key: str, lang: str) -> None:
        self.textChanged.emit(key, lang)
        self.contentChanged.emit()

    def notify_blocks(self, current_block_id: str | None = None) -> None:
        self.blocksChanged.emit()
        self.contentChanged.emit()
        if current_block_id:
            self.currentBlockRequested.emit(current_block_id)
