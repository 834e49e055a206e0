"""Undoable edits of an open press item; every change in the editor is one of these."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.core.model import (
    Block,
    BlockKind,
    Photo,
    PressItem,
    Quote,
    QuoteLayout,
    Speaker,
    Translations,
    new_id,
)
from editor.gui import labels
from editor.gui.document import ItemDocument

_MERGE_FIELD = 1001
_MERGE_TEXT = 1002


def _field_title(name: str) -> str:
    titles = {
        "kind": QCoreApplication.translate("Commands", "Change kind"),
        "status": QCoreApplication.translate("Commands", "Change status"),
        "issue_date": QCoreApplication.translate("Commands", "Change issue date"),
        "places": QCoreApplication.translate("Commands", "Change places"),
        "issuer_ids": QCoreApplication.translate("Commands", "Change issuing organisations"),
        "topics": QCoreApplication.translate("Commands", "Change topics"),
        "embargo": QCoreApplication.translate("Commands", "Change embargo"),
        "internal_note": QCoreApplication.translate("Commands", "Change internal note"),
        "languages": QCoreApplication.translate("Commands", "Change languages"),
        "contacts": QCoreApplication.translate("Commands", "Change contacts"),
        "source_language": QCoreApplication.translate("Commands", "Change source language"),
        "event": QCoreApplication.translate("Commands", "Change event"),
    }
    return titles.get(name, QCoreApplication.translate("Commands", "Change item"))


class SetFieldCommand(QUndoCommand):
    """Set a metadata attribute of the item; typing in one field merges into one step."""

    def __init__(self, doc: ItemDocument, name: str, value: Any, merge: bool = False) -> None:
        super().__init__(_field_title(name))
        self._doc = doc
        self._name = name
        self._old = copy.deepcopy(getattr(doc.item, name))
        self._new = value
        self._merge = merge

    def id(self) -> int:
        return _MERGE_FIELD if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other._name != self._name:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        setattr(self._doc.item, self._name, copy.deepcopy(self._new))
        self._doc.notify_field(self._name)

    def undo(self) -> None:
        setattr(self._doc.item, self._name, copy.deepcopy(self._old))
        self._doc.notify_field(self._name)


def _snapshot(texts: Translations) -> tuple[dict[str, str], dict[str, str]]:
    return dict(texts.text), dict(texts.basis)


class _TranslationsCommand(QUndoCommand):
    """Change the texts under a key; undo restores text and translation state."""

    def __init__(
        self,
        doc: ItemDocument,
        key: str,
        lang: str,
        title: str,
        change: Callable[[Translations], None],
    ) -> None:
        super().__init__(title)
        self._doc = doc
        self._key = key
        self._lang = lang
        texts = doc.translations(key)
        self._before = _snapshot(texts)
        self._languages_before = list(doc.item.languages)
        scratch = Translations(*map(dict, self._before))
        change(scratch)
        self._after = _snapshot(scratch)
        self._languages_after = list(self._languages_before)
        if lang not in self._languages_after and scratch.has(lang):
            self._languages_after.append(lang)

    def _apply(self, state: tuple[dict[str, str], dict[str, str]], languages: list[str]) -> None:
        texts = self._doc.translations(self._key)
        texts.text, texts.basis = dict(state[0]), dict(state[1])
        if languages != self._doc.item.languages:
            self._doc.item.languages = list(languages)
            self._doc.notify_field("languages")
        self._doc.notify_text(self._key, self._lang)

    def redo(self) -> None:
        self._apply(self._after, self._languages_after)

    def undo(self) -> None:
        self._apply(self._before, self._languages_before)


class SetTextCommand(_TranslationsCommand):
    """Write a text in one language: the source language, or a translation of it."""

    def __init__(self, doc: ItemDocument, key: str, lang: str, value: str) -> None:
        source = doc.item.source_language

        def change(texts: Translations) -> None:
            if lang == source:
                texts.set_source(lang, value)
            else:
                texts.set_translation(lang, value, source)

        super().__init__(doc, key, lang, QCoreApplication.translate("Commands", "Typing"), change)
        self.sealed = False
        """True when later typing starts a new undo step (after a spelling correction)."""

    def id(self) -> int:
        return _MERGE_TEXT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            self.sealed
            or not isinstance(other, SetTextCommand)
            or other._key != self._key
            or other._lang != self._lang
        ):
            return False
        self._after = other._after
        self._languages_after = other._languages_after
        return True


def seal_typing(stack: QUndoStack) -> None:
    """The next text change becomes an undo step of its own, not part of the last typing."""
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, SetTextCommand):
        top.sealed = True


class MarkTranslatedCommand(_TranslationsCommand):
    """Confirm that a translation still fits a changed source text."""

    def __init__(self, doc: ItemDocument, key: str, lang: str) -> None:
        source = doc.item.source_language
        super().__init__(
            doc,
            key,
            lang,
            QCoreApplication.translate("Commands", "Mark as translated"),
            lambda texts: texts.mark_translated(lang, source),
        )


_Structure = tuple[list[Block], list[Quote], list[Photo]]


class _BlocksCommand(QUndoCommand):
    """A structural change of blocks, quotes and photos; undo restores the earlier one."""

    def __init__(
        self, doc: ItemDocument, title: str, current_after: str | None, current_before: str | None
    ) -> None:
        super().__init__(title)
        self._doc = doc
        self._before: _Structure = copy.deepcopy(
            (doc.item.blocks, doc.item.quotes, doc.item.photos))
        blocks, quotes, photos = copy.deepcopy(self._before)
        self.photos = photos
        self.change(blocks, quotes)
        self._after = (blocks, quotes, photos)
        self._current_after = current_after
        self._current_before = current_before

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        raise NotImplementedError

    def _apply(self, state: _Structure, current: str | None) -> None:
        self._doc.item.blocks, self._doc.item.quotes, self._doc.item.photos = copy.deepcopy(
            state)
        self._doc.notify_blocks(current)

    def redo(self) -> None:
        self._apply(self._after, self._current_after)

    def undo(self) -> None:
        self._apply(self._before, self._current_before)


class InsertBlockCommand(_BlocksCommand):
    """Insert a new block of ``kind`` at ``row``; a quote block gets an empty quote."""

    def __init__(
        self, doc: ItemDocument, row: int, kind: BlockKind, current_before: str | None = None
    ) -> None:
        self._row = row
        self._kind = kind
        self.block_id = new_id()
        title = QCoreApplication.translate("Commands", "Add %1").replace(
            "%1", labels.block_kind(kind)
        )
        super().__init__(doc, title, self.block_id, current_before)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        block = Block(id=self.block_id, kind=self._kind)
        if self._kind == BlockKind.QUOTE:
            quote = Quote(id=new_id(), verb={"de": "sagte", "en": "said"})
            quotes.append(quote)
            block.quote_id = quote.id
        blocks.insert(self._row, block)


class RemoveBlockCommand(_BlocksCommand):
    def __init__(self, doc: ItemDocument, row: int) -> None:
        self._row = row
        blocks = doc.item.blocks
        after = (
            blocks[row + 1].id
            if row + 1 < len(blocks)
            else (blocks[row - 1].id if row > 0 else None)
        )
        super().__init__(
            doc, QCoreApplication.translate("Commands", "Remove block"), after, blocks[row].id
        )

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        removed = blocks.pop(self._row)
        still_used = {b.quote_id for b in blocks}
        if removed.quote_id and removed.quote_id not in still_used:
            quotes[:] = [q for q in quotes if q.id != removed.quote_id]
        if removed.photo_id and removed.photo_id not in {b.photo_id for b in blocks}:
            self.photos[:] = [p for p in self.photos if p.id != removed.photo_id]


class MoveBlockCommand(_BlocksCommand):
    def __init__(self, doc: ItemDocument, row: int, target: int) -> None:
        self._row = row
        self._target = target
        block_id = doc.item.blocks[row].id
        super().__init__(
            doc, QCoreApplication.translate("Commands", "Move block"), block_id, block_id
        )

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        blocks.insert(self._target, blocks.pop(self._row))


class SetBlockKindCommand(_BlocksCommand):
    """Change a block's kind; text moves into a new quote and back out of a removed one."""

    def __init__(self, doc: ItemDocument, row: int, kind: BlockKind) -> None:
        self._row = row
        self._kind = kind
        block_id = doc.item.blocks[row].id
        super().__init__(
            doc, QCoreApplication.translate("Commands", "Change block kind"), block_id, block_id
        )

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        block = blocks[self._row]
        if block.kind == self._kind:
            return
        if self._kind == BlockKind.QUOTE and block.quote_id is None:
            quote = Quote(id=new_id(), text=block.text, verb={"de": "sagte", "en": "said"})
            quotes.append(quote)
            block.quote_id = quote.id
            block.text = Translations()
        elif block.kind == BlockKind.QUOTE and block.quote_id is not None:
            old = next((q for q in quotes if q.id == block.quote_id), None)
            if old is not None:
                if not any(block.text.has(lang) for lang in block.text.text):
                    block.text = old.text
                quotes.remove(old)
            block.quote_id = None
        block.kind = self._kind


class SetSpeakersCommand(_BlocksCommand):
    def __init__(
        self, doc: ItemDocument, quote_id: str, speakers: list[Speaker], block_id: str | None
    ) -> None:
        self._quote_id = quote_id
        self._speakers = speakers
        super().__init__(
            doc, QCoreApplication.translate("Commands", "Change speakers"), block_id, block_id
        )

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        from editor.render.attribution import verbs_for_speakers  # not needed at first paint

        for quote in quotes:
            if quote.id == self._quote_id:
                quote.speakers = copy.deepcopy(self._speakers)
                quote.verb = verbs_for_speakers(quote.verb, len(quote.speakers))


class SetQuoteLayoutCommand(_BlocksCommand):
    """Attribute a quote in a sentence after the words, or in a byline under them."""

    def __init__(self, doc: ItemDocument, quote_id: str, layout: QuoteLayout,
                 block_id: str | None) -> None:
        self._quote_id = quote_id
        self._layout = layout
        super().__init__(
            doc, QCoreApplication.translate("Commands", "Change quote layout"), block_id,
            block_id)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        for quote in quotes:
            if quote.id == self._quote_id:
                quote.layout = self._layout


class SetQuoteVerbCommand(QUndoCommand):
    """Change the attribution verb ("sagte", "said") of a quote in one language."""

    def __init__(self, doc: ItemDocument, quote_id: str, lang: str, verb: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change verb"))
        self._doc = doc
        self._quote_id = quote_id
        self._lang = lang
        self._old = doc.item.quote(quote_id).verb.get(lang, "")
        self._new = verb

    def id(self) -> int:
        return _MERGE_TEXT + 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetQuoteVerbCommand)
            or other._quote_id != self._quote_id
            or other._lang != self._lang
        ):
            return False
        self._new = other._new
        return True

    def _set(self, verb: str) -> None:
        self._doc.item.quote(self._quote_id).verb[self._lang] = verb
        self._doc.notify_text(f"verb:{self._quote_id}", self._lang)

    def redo(self) -> None:
        self._set(self._new)

    def undo(self) -> None:
        self._set(self._old)


class AddPhotosCommand(_BlocksCommand):
    """Insert a photo block for each stored photo (key of its bytes) at ``row``."""

    def __init__(self, doc: ItemDocument, row: int, keys: list[str],
                 current_before: str | None = None) -> None:
        self._row = row
        self._keys = keys
        self.block_ids = [new_id() for _ in keys]
        title = QCoreApplication.translate("Commands", "Add photo")
        super().__init__(doc, title, self.block_ids[-1] if keys else None, current_before)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        for offset, (key, block_id) in enumerate(zip(self._keys, self.block_ids, strict=True)):
            photo = Photo(id=new_id(), blob=key)
            self.photos.append(photo)
            blocks.insert(self._row + offset,
                          Block(id=block_id, kind=BlockKind.PHOTO, photo_id=photo.id))


class SetPhotoImageCommand(_BlocksCommand):
    """Give a photo block its picture (a new photo when the block has none yet)."""

    def __init__(self, doc: ItemDocument, block_id: str, key: str) -> None:
        self._block_id = block_id
        self._key = key
        super().__init__(doc, QCoreApplication.translate("Commands", "Choose image"),
                         block_id, block_id)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        block = next(b for b in blocks if b.id == self._block_id)
        photo = next((p for p in self.photos if p.id == block.photo_id), None)
        if photo is None:
            photo = Photo(id=new_id(), blob=self._key)
            self.photos.append(photo)
            block.photo_id = photo.id
        photo.blob = self._key


PHOTO_TEXT_FIELDS = ("caption", "alt_text")
"""Photo attributes that hold a text per language; the others are plain strings."""


class SetPhotoFieldCommand(QUndoCommand):
    """Change a caption or alt text (in one language), the credit or the licence of a photo."""

    def __init__(self, doc: ItemDocument, photo_id: str, name: str, lang: str | None,
                 value: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change photo"))
        self._doc = doc
        self._photo_id = photo_id
        self._name = name
        self._lang = lang
        self._old = self._get()
        self._new = value

    def _get(self) -> str:
        value = getattr(self._doc.item.photo(self._photo_id), self._name)
        if self._lang is not None:
            return str(value.get(self._lang, ""))
        return str(value)

    def _set(self, value: str) -> None:
        photo = self._doc.item.photo(self._photo_id)
        if self._lang is not None:
            texts = getattr(photo, self._name)
            if value:
                texts[self._lang] = value
            else:
                texts.pop(self._lang, None)
        else:
            setattr(photo, self._name, value)
        self._doc.notify_text(f"photo:{self._photo_id}", self._lang or "")

    def id(self) -> int:
        return _MERGE_TEXT + 2

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SetPhotoFieldCommand) or other._photo_id != self._photo_id
                or other._name != self._name or other._lang != self._lang):
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._set(self._new)

    def undo(self) -> None:
        self._set(self._old)


class InsertArchivedQuoteCommand(_BlocksCommand):
    """Insert a quote from the archive (a copy with a new id) as a quote block at ``row``."""

    def __init__(self, doc: ItemDocument, row: int, quote: Quote,
                 current_before: str | None = None) -> None:
        self._row = row
        self.quote = quote
        self.block_id = new_id()
        super().__init__(doc, QCoreApplication.translate("Commands", "Insert archived quote"),
                         self.block_id, current_before)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        quotes.append(copy.deepcopy(self.quote))
        blocks.insert(self._row, Block(id=self.block_id, kind=BlockKind.QUOTE,
                                       quote_id=self.quote.id))


ApprovalStepFunction = Callable[[PressItem, "list[str] | None"], list[str]]
"""A step of the approval service bound to its arguments (who, when): changes the item's
quotes in place and returns the ids it changed; ValueError for an impossible step."""


class ChangeApprovalCommand(_BlocksCommand):
    """One step of the approval round (send, approve, reject) for one quote or all of them.

    The step runs once, on a copy, when the command is made: an impossible step raises
    ValueError before anything is pushed, and undo/redo only swap the recorded states.
    """

    def __init__(self, doc: ItemDocument, title: str, step: ApprovalStepFunction,
                 quote_ids: list[str] | None, block_id: str | None) -> None:
        self._step = step
        self._quote_ids = quote_ids
        self.changed: list[str] = []
        super().__init__(doc, title, block_id, block_id)

    def change(self, blocks: list[Block], quotes: list[Quote]) -> None:
        scratch = copy.copy(self._doc.item)
        scratch.blocks, scratch.quotes = blocks, quotes
        self.changed = self._step(scratch, self._quote_ids)
