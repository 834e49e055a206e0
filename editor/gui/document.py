"""The open press item with its undo stack and the reference data it points at."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.core.model import (
    LANGUAGES,
    Bundle,
    Organisation,
    Person,
    PressItem,
    Role,
    Translations,
    role_on,
)

HEADLINE_KEYS = ("kicker", "headline", "subheadline")


def block_key(block_id: str) -> str:
    return f"block:{block_id}"


def quote_key(quote_id: str) -> str:
    return f"quote:{quote_id}"


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

    def __init__(self, item: PressItem, people: list[Person],
                 organisations: list[Organisation], roles: list[Role],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.people = people
        self.organisations = organisations
        self.roles = roles
        self.undo_stack = QUndoStack(self)
        self._people_by_id = {p.id: p for p in people}

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

    def quote_day(self) -> date:
        return self.item.issue_date or date.today()

    def role_on_item_date(self, person_id: str) -> Role | None:
        return role_on(self.roles, person_id, self.quote_day())

    def translations(self, key: str) -> Translations:
        """The texts under ``key``; KeyError when it no longer exists."""
        if key in HEADLINE_KEYS:
            texts: Translations = getattr(self.item, key)
            return texts
        kind, _, ident = key.partition(":")
        if kind == "block":
            for block in self.item.blocks:
                if block.id == ident:
                    return block.text
        elif kind == "quote":
            return self.item.quote(ident).text
        raise KeyError(key)

    def target_languages(self) -> list[str]:
        """Languages the item is translated into (all of its languages but the source)."""
        return [lang for lang in self.item.languages if lang != self.item.source_language]

    def other_languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang != self.item.source_language]

    def bundle(self) -> Bundle:
        """The item with everything it refers to, ready for rendering."""
        return Bundle(items=[self.item], people=self.people,
                      organisations=self.organisations, roles=self.roles)

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
