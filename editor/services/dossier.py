"""The quote dossier of one person: which items it draws on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.core.model import Bundle

if TYPE_CHECKING:
    from editor.store import Archive


def dossier_bundle(archive: Archive, person_id: str) -> Bundle:
    """The items holding quotes of ``person_id``, with everything they refer to."""
    hits = archive.quotes_of_person(person_id)
    return archive.load_bundle(list(dict.fromkeys(h.item_id for h in hits)))
