"""Merging two records of the same person (a duplicate from typing) into one."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, cast, delete, select, update
from sqlalchemy.engine import Connection

from editor.core.errors import NotFoundError
from editor.store.schema import people, press_items, quote_speakers, roles


def merge_people(conn: Connection, keep_id: str, duplicate_id: str, archive: str) -> list[int]:
    """Move quotes, roles and event speakers of ``duplicate_id`` to ``keep_id``; delete it.

    Runs inside the caller's transaction. Returns the row ids of the quotes that changed
    (for the search index). A quote spoken by both keeps the kept person once.
    """
    if keep_id == duplicate_id:
        raise ValueError("A person cannot be merged with itself.")
    for person_id in (keep_id, duplicate_id):
        if conn.execute(select(people.c.id).where(people.c.id == person_id)).first() is None:
            raise NotFoundError(
                f"There is no person with id {person_id!r} in the archive {archive}; "
                f"nothing was merged."
            )
    moved = list(
        conn.execute(
            select(quote_speakers.c.quote_row_id).where(
                quote_speakers.c.person_id == duplicate_id
            )
        ).scalars()
    )
    both = select(quote_speakers.c.quote_row_id).where(quote_speakers.c.person_id == keep_id)
    conn.execute(
        delete(quote_speakers).where(
            quote_speakers.c.person_id == duplicate_id, quote_speakers.c.quote_row_id.in_(both)
        )
    )
    conn.execute(
        update(quote_speakers)
        .where(quote_speakers.c.person_id == duplicate_id)
        .values(person_id=keep_id)
    )
    conn.execute(update(roles).where(roles.c.person_id == duplicate_id).values(person_id=keep_id))
    _move_event_speakers(conn, keep_id, duplicate_id)
    conn.execute(delete(people).where(people.c.id == duplicate_id))
    return list(dict.fromkeys(moved))


def _move_event_speakers(conn: Connection, keep_id: str, duplicate_id: str) -> None:
    """Event speakers live inside the item documents; each changed item gets a new version."""
    candidates = conn.execute(
        select(press_items.c.id, press_items.c.version, press_items.c.document).where(
            cast(press_items.c.document, Text).contains(duplicate_id, autoescape=True)
        )
    ).all()
    now = datetime.now(UTC)
    for item_id, version, document in candidates:
        changed = _replaced(document, keep_id, duplicate_id)
        if changed is not None:
            conn.execute(
                update(press_items)
                .where(press_items.c.id == item_id)
                .values(document=changed, version=version + 1, updated_at=now)
            )


def _replaced(document: Any, keep_id: str, duplicate_id: str) -> dict[str, Any] | None:
    """The document with the duplicate's event speakers moved, or ``None`` if unchanged."""
    if not isinstance(document, dict) or not isinstance(document.get("event"), dict):
        return None
    speakers = document["event"].get("speakers")
    if not isinstance(speakers, list):
        return None
    result = copy.deepcopy(document)
    kept: list[Any] = []
    seen_keep = any(isinstance(s, dict) and s.get("person_id") == keep_id for s in speakers)
    changed = False
    for speaker in result["event"]["speakers"]:
        if isinstance(speaker, dict) and speaker.get("person_id") == duplicate_id:
            changed = True
            if seen_keep:
                continue
            speaker["person_id"] = keep_id
            seen_keep = True
        kept.append(speaker)
    if not changed:
        return None
    result["event"]["speakers"] = kept
    return result
