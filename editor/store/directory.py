"""The directory's records in the database: where people, roles and organisations are used,
and merging two people in a way that can be taken back.

Everything here runs inside the caller's transaction (see :class:`~editor.store.Archive`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, delete, insert, select, update
from sqlalchemy.engine import Connection

from editor.store.merge import merge_people
from editor.store.records import headline_texts
from editor.store.schema import (
    contacts,
    drafts,
    item_issuers,
    people,
    press_items,
    quote_speakers,
    quotes,
    roles,
    settings,
)
from editor.store.shared import MERGED_PERSON_KEY
from editor.store.usage import InUse as InUse
from editor.store.usage import MergeRecord as MergeRecord
from editor.store.usage import QuoteSpeakers as QuoteSpeakers
from editor.store.usage import UndoImpossible as UndoImpossible
from editor.store.usage import Usage as Usage


def _headlines(conn: Connection, item_ids: list[str]) -> dict[str, str]:
    if not item_ids:
        return {}
    rows = conn.execute(
        select(press_items.c.id, press_items.c.headline, press_items.c.source_language)
        .where(press_items.c.id.in_(item_ids))
    ).all()
    found: dict[str, str] = {}
    for item_id, headline, source in rows:
        texts = headline_texts(headline or {})
        found[item_id] = texts.get(source) or next(iter(texts.values()), "")
    return found


def _documents_naming(conn: Connection, record_id: str) -> Iterator[tuple[str, str, Any]]:
    """(item id, "item" or "draft", document) of saved items and drafts that hold the id."""
    for table, key, kind in ((press_items, press_items.c.id, "item"),
                             (drafts, drafts.c.item_id, "draft")):
        rows = conn.execute(
            select(key, table.c.document).where(
                cast(table.c.document, Text).contains(record_id, autoescape=True))
        ).all()
        for item_id, document in rows:
            if isinstance(document, dict):
                yield item_id, kind, document


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _event(document: dict[str, Any]) -> dict[str, Any]:
    event = document.get("event")
    return event if isinstance(event, dict) else {}


def _draft_quotes(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [q for q in _list(document.get("quotes")) if isinstance(q, dict)]


def _speaker_usages(conn: Connection, key: str, value: str) -> list[Usage]:
    """Quotes, event speakers and drafts whose speaker has ``key`` (person_id or role_id)
    equal to ``value``."""
    found: list[tuple[str, str, str]] = []
    rows = conn.execute(
        select(quotes.c.item_id, quotes.c.quote_id)
        .join(quote_speakers, quote_speakers.c.quote_row_id == quotes.c.row_id)
        .where(quote_speakers.c[key] == value)
        .order_by(quotes.c.item_id, quotes.c.position)
    ).all()
    found += [(item_id, "quote", f"quote {quote_id}") for item_id, quote_id in rows]
    for item_id, kind, document in _documents_naming(conn, value):
        speakers = [s for s in _list(_event(document).get("speakers")) if isinstance(s, dict)]
        if any(s.get(key) == value for s in speakers):
            found.append((item_id, "event_speaker", "event speaker") if kind == "item" else
                         (item_id, "draft_event_speaker", "event speaker in the autosaved draft"))
        if kind == "draft" and any(
                isinstance(s, dict) and s.get(key) == value
                for q in _draft_quotes(document) for s in _list(q.get("speakers"))):
            found.append((item_id, "draft_quote", "quote in the autosaved draft"))
    return _usages(conn, found)


def usages_of_person(conn: Connection, person_id: str) -> list[Usage]:
    """Quotes, event speakers and drafts naming the person."""
    return _speaker_usages(conn, "person_id", person_id)


def usages_of_role(conn: Connection, role_id: str) -> list[Usage]:
    """Quotes, event speakers and drafts that store the role."""
    return _speaker_usages(conn, "role_id", role_id)


def usages_of_contact(conn: Connection, contact_id: str) -> list[Usage]:
    """Items and drafts whose press contacts were picked from the saved contact."""
    found: list[tuple[str, str, str]] = []
    for item_id, kind, document in _documents_naming(conn, contact_id):
        if any(isinstance(c, dict) and c.get("id") == contact_id
               for c in _list(document.get("contacts"))):
            found.append((item_id, "press_contact", "press contact") if kind == "item" else
                         (item_id, "draft_press_contact", "press contact in the autosaved draft"))
    return _usages(conn, found)


def usages_of_organisation(conn: Connection, organisation_id: str) -> list[Usage]:
    """Items issued or organised by it, contacts of items, roles and saved contacts at it."""
    found: list[tuple[str, str, str]] = []
    issued = conn.execute(
        select(item_issuers.c.item_id).where(item_issuers.c.organisation_id == organisation_id)
        .order_by(item_issuers.c.item_id)
    ).scalars()
    found += [(item_id, "issuer", "issuer") for item_id in issued]
    for item_id, kind, document in _documents_naming(conn, organisation_id):
        suffix = "" if kind == "item" else " in the autosaved draft"
        code = "" if kind == "item" else "draft_"
        if kind == "draft" and organisation_id in _list(document.get("issuer_ids")):
            found.append((item_id, code + "issuer", "issuer" + suffix))
        if organisation_id in _list(_event(document).get("organiser_ids")):
            found.append((item_id, code + "event_organiser", "event organiser" + suffix))
        if any(isinstance(c, dict) and c.get("organisation_id") == organisation_id
               for c in _list(document.get("contacts"))):
            found.append((item_id, code + "press_contact", "press contact" + suffix))
    result = _usages(conn, found)
    held = conn.execute(
        select(roles.c.id, people.c.given_name, people.c.family_name)
        .join(people, people.c.id == roles.c.person_id)
        .where(roles.c.organisation_id == organisation_id)
        .order_by(people.c.family_name, people.c.given_name, roles.c.id)
    ).all()
    for role_id, given, family in held:
        person = " ".join(filter(None, (given, family)))
        result.append(Usage("", "", f"role {role_id} of {person}", "role", person))
    saved = conn.execute(
        select(contacts.c.id, contacts.c.name).where(contacts.c.organisation_id == organisation_id)
        .order_by(contacts.c.name, contacts.c.id)
    ).all()
    result += [Usage("", "", f"saved press contact {name} ({contact_id})", "saved_contact", name)
               for contact_id, name in saved]
    return result


def _usages(conn: Connection, found: list[tuple[str, str, str]]) -> list[Usage]:
    """(item id, kind, English wording) as usages with the items' headlines."""
    unique = list(dict.fromkeys(found))
    headlines = _headlines(conn, list(dict.fromkeys(item_id for item_id, _, _ in unique)))
    return [Usage(item_id, headlines.get(item_id, ""), where, kind)
            for item_id, kind, where in unique]


def quote_days_of_role(conn: Connection, role_id: str) -> list[tuple[str, str, date | None]]:
    """(item id, quote id, day said) of every saved quote that stores the role."""
    rows = conn.execute(
        select(quotes.c.item_id, quotes.c.quote_id, quotes.c.said_on)
        .join(quote_speakers, quote_speakers.c.quote_row_id == quotes.c.row_id)
        .where(quote_speakers.c.role_id == role_id)
        .order_by(quotes.c.said_on, quotes.c.item_id)
    ).all()
    return [(item_id, quote_id, said_on) for item_id, quote_id, said_on in rows]


# --- merging with undo ------------------------------------------------------------------


def _speakers_of(conn: Connection, person_id: str) -> dict[int, tuple[str, str]]:
    """Quote row id → (item id, quote id) of every quote the person speaks."""
    rows = conn.execute(
        select(quotes.c.row_id, quotes.c.item_id, quotes.c.quote_id)
        .join(quote_speakers, quote_speakers.c.quote_row_id == quotes.c.row_id)
        .where(quote_speakers.c.person_id == person_id)
    ).all()
    return {row_id: (item_id, quote_id) for row_id, item_id, quote_id in rows}


def _speaker_rows(conn: Connection, row_id: int) -> tuple[tuple[int, str, str | None], ...]:
    rows = conn.execute(
        select(quote_speakers.c.position, quote_speakers.c.person_id, quote_speakers.c.role_id)
        .where(quote_speakers.c.quote_row_id == row_id).order_by(quote_speakers.c.position)
    ).all()
    return tuple((position, person, role) for position, person, role in rows)


def _quote_row(conn: Connection, item_id: str, quote_id: str) -> int | None:
    return conn.execute(
        select(quotes.c.row_id).where(quotes.c.item_id == item_id, quotes.c.quote_id == quote_id)
    ).scalar_one_or_none()


def merge_recorded(conn: Connection, keep_id: str, duplicate_id: str,
                   archive: str) -> tuple[MergeRecord, list[int]]:
    """:func:`merge_people` and what it changed; returns the record and the moved rows."""
    row = conn.execute(select(people).where(people.c.id == duplicate_id)).mappings().first()
    quoted = _speakers_of(conn, duplicate_id)
    before = {row_id: _speaker_rows(conn, row_id) for row_id in quoted}
    role_ids = list(conn.execute(
        select(roles.c.id).where(roles.c.person_id == duplicate_id)).scalars())
    documents = {
        item_id: copy.deepcopy(document)
        for item_id, kind, document in _documents_naming(conn, duplicate_id) if kind == "item"
    }
    setting = conn.execute(select(settings.c.value).where(
        settings.c.key == MERGED_PERSON_KEY + duplicate_id)).scalar_one_or_none()
    moved = merge_people(conn, keep_id, duplicate_id, archive)
    assert row is not None  # merge_people checked that the person exists
    record = MergeRecord(keep_id, dict(row), role_ids, merged_setting=setting)
    for row_id, (item_id, quote_id) in quoted.items():
        record.speakers.append(QuoteSpeakers(item_id, quote_id, before[row_id],
                                             _speaker_rows(conn, row_id)))
    for item_id, document in documents.items():
        now = conn.execute(select(press_items.c.version, press_items.c.document)
                           .where(press_items.c.id == item_id)).first()
        if now is not None and now.document != document:
            record.documents.append((item_id, document, now.version))
    return record, moved


def undo_merge(conn: Connection, record: MergeRecord) -> list[int]:
    """Put back what :func:`merge_recorded` changed; returns the quote rows to index again.

    Raises :class:`UndoImpossible` (nothing changed) when the duplicate's id is taken
    again or a quote or item the merge changed was changed since.
    """
    duplicate_id = record.duplicate["id"]
    if conn.execute(select(people.c.id).where(people.c.id == duplicate_id)).first() is not None:
        raise UndoImpossible(f"The merge of person {duplicate_id} cannot be undone: that id "
                             f"is in the archive again. Nothing was changed.")
    rows: list[tuple[int, QuoteSpeakers]] = []
    for speakers in record.speakers:
        row_id = _quote_row(conn, speakers.item_id, speakers.quote_id)
        if row_id is None or _speaker_rows(conn, row_id) != speakers.after:
            raise UndoImpossible(
                f"The merge of person {duplicate_id} cannot be undone: the speakers of quote "
                f"{speakers.quote_id} in item {speakers.item_id} were changed since. Nothing "
                f"was changed.")
        rows.append((row_id, speakers))
    for item_id, _, version in record.documents:
        stored = conn.execute(select(press_items.c.version)
                              .where(press_items.c.id == item_id)).scalar_one_or_none()
        if stored != version:
            raise UndoImpossible(
                f"The merge of person {duplicate_id} cannot be undone: item {item_id} was "
                f"saved since. Nothing was changed.")
    conn.execute(insert(people).values(**record.duplicate))
    if record.role_ids:
        conn.execute(update(roles).where(roles.c.id.in_(record.role_ids))
                     .values(person_id=duplicate_id))
    for row_id, speakers in rows:
        conn.execute(delete(quote_speakers).where(quote_speakers.c.quote_row_id == row_id))
        conn.execute(insert(quote_speakers), [
            {"quote_row_id": row_id, "position": position, "person_id": person,
             "role_id": role} for position, person, role in speakers.before])
    for item_id, document, version in record.documents:
        conn.execute(update(press_items).where(press_items.c.id == item_id)
                     .values(document=document, version=version + 1))
    key = MERGED_PERSON_KEY + duplicate_id
    conn.execute(delete(settings).where(settings.c.key == key))
    if record.merged_setting is not None:
        conn.execute(insert(settings).values(key=key, value=record.merged_setting))
    return [row_id for row_id, _ in rows]
