"""Where a record is used, and what a merge of two people changed: plain records.

Kept apart from :mod:`editor.store.directory`, which finds them with SQL, so that the
directory service and the window load without the database library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.core.errors import PressestelleError


@dataclass(frozen=True)
class Usage:
    """One place where a person, role or organisation is used."""

    item_id: str
    """The press item using it; "" for a use outside items (a role, a saved contact)."""
    headline: str
    where: str
    """What in the item uses it: "quote q1", "issuer", "event speaker", "draft" …"""
    kind: str = ""
    """The same as a code for a translated wording: "quote", "issuer", "event_speaker",
    "press_contact", "event_organiser" (each also with the prefix "draft_" when the
    autosaved draft holds it), "role" or "saved_contact"."""
    name: str = ""
    """For "role" the person's name, for "saved_contact" the contact's name."""

    def line(self) -> str:
        """The usage on one line, for a message or a listing."""
        if not self.item_id:
            return self.where
        shown = f" „{' '.join(self.headline.split())}“" if self.headline.strip() else ""
        return f"item {self.item_id}{shown}: {self.where}"


class InUse(PressestelleError):
    """Deleting a record was refused: items or other records use it."""

    def __init__(self, kind: str, record_id: str, usages: list[Usage]) -> None:
        self.kind = kind
        self.record_id = record_id
        self.usages = usages
        shown = "; ".join(u.line() for u in usages[:3])
        more = f" and {len(usages) - 3} more" if len(usages) > 3 else ""
        super().__init__(f"The {kind} {record_id} is used ({shown}{more}); nothing was "
                         f"deleted. Change those first, or merge instead.")


class UndoImpossible(PressestelleError):
    """What a merge changed was changed again since; undoing it would lose that work."""


@dataclass(frozen=True)
class QuoteSpeakers:
    """The speakers of one quote (position, person, role), before and after a merge."""

    item_id: str
    quote_id: str
    before: tuple[tuple[int, str, str | None], ...]
    after: tuple[tuple[int, str, str | None], ...]


@dataclass
class MergeRecord:
    """Everything one merge changed, to put it back exactly."""

    keep_id: str
    duplicate: dict[str, Any]
    """The duplicate's row in ``people``."""
    role_ids: list[str] = field(default_factory=list)
    """Roles that belonged to the duplicate."""
    speakers: list[QuoteSpeakers] = field(default_factory=list)
    documents: list[tuple[str, Any, int]] = field(default_factory=list)
    """(item id, document before, version after) of items whose event speakers moved."""
    merged_setting: str | None = None
    """The ``merged_person:`` setting of the duplicate before the merge."""
