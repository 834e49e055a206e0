"""The quotes of one person: the items a dossier draws on, the runs said in one role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from editor.core.model import Bundle

if TYPE_CHECKING:
    from editor.store import Archive
    from editor.store.search import QuoteHit


def dossier_bundle(archive: Archive, person_id: str) -> Bundle:
    """The items holding quotes of ``person_id``, with everything they refer to."""
    hits = archive.quotes_of_person(person_id)
    return archive.load_bundle(list(dict.fromkeys(h.item_id for h in hits)))


def role_groups(hits: Sequence[QuoteHit], person_id: str) -> list[tuple[str | None,
                                                                         list[QuoteHit]]]:
    """Consecutive runs of the person's quotes (by date) that share the role at the time."""
    groups: list[tuple[str | None, list[QuoteHit]]] = []
    for hit in hits:
        role_id = next((s.role_id for s in hit.speakers if s.person_id == person_id), None)
        if groups and groups[-1][0] == role_id:
            groups[-1][1].append(hit)
        else:
            groups.append((role_id, [hit]))
    return groups
