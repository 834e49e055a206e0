"""What the quote index holds for each quote, the same on every backend.

Each quote becomes an :class:`IndexedQuote`: its German and English texts and its
speakers' names folded, the compound parts of the German text, and opaque tag tokens
for the filters (speaker, organisation of the role at the time, topic, approval state,
language). Its key (:func:`date_key`) grows with the quote's age, so that "newest
first" is the order of keys and a date range is a range of keys.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from editor.core.model import Role, role_on
from editor.store.search.folding import compound_parts, fold_words, index_text
from editor.store.search.query import QuoteFilter

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive queries it, not to read a file
    from sqlalchemy.engine import Connection

KEY_BITS = 32
ROW_MASK = (1 << KEY_BITS) - 1
LAST_DAY = date.max.toordinal()

_TAG_START = "zz"
"""How every tag token starts (words written like it are searched in the texts only)."""


def tag_start() -> str:
    """How tag tokens start (read when used, so that a test may change it)."""
    return _TAG_START


@lru_cache(maxsize=100_000)
def tag(kind: str, value: str) -> str:
    """An opaque index token for a filter value (person id, topic, …)."""
    import hashlib  # here: a search without a filter needs no hash (see editor.core.images)

    digest = hashlib.blake2b(f"{kind}\x00{value}".encode(), digest_size=8).hexdigest()
    return f"{_TAG_START}{kind}{digest}"


@lru_cache(maxsize=10_000)
def topic_tag(topic: str) -> str:
    return tag("t", " ".join(fold_words(topic)))


def date_key(said_on: date | None, row_id: int) -> int:
    """The index key of a quote: the newer, the smaller; undated quotes last."""
    if not 0 <= row_id <= ROW_MASK:
        raise ValueError(f"quote row id {row_id} does not fit into the search index")
    age = LAST_DAY - said_on.toordinal() if said_on is not None else LAST_DAY
    return (age << KEY_BITS) | (ROW_MASK - row_id)


def row_of_key(key: int) -> int:
    return ROW_MASK - (key & ROW_MASK)


def day_keys(day: date) -> tuple[int, int]:
    """The smallest and the largest key of the quotes said on ``day``."""
    age = LAST_DAY - day.toordinal()
    return age << KEY_BITS, (age << KEY_BITS) | ROW_MASK



@dataclass
class IndexedQuote:
    """The values indexed for one quote."""

    key: int
    text_de: str
    text_en: str
    speakers: str
    parts: str
    tags: str
    checksum: int = 0
    """Of the quote's stored texts, from which ``text_de``, ``text_en`` and ``parts`` come."""


def role_at(person_roles: Sequence[Role], person_id: str, role_id: str | None,
             day: date | None) -> Role | None:
    """The role of a speaker: the one named in the quote, else the one held on ``day``."""
    if role_id:
        for role in person_roles:
            if role.id == role_id:
                return role
    if day is None:
        return None
    return role_on(list(person_roles), person_id, day)


def role_from_row(row: Mapping[Any, Any]) -> Role:
    return Role(
        id=row["id"],
        person_id=row["person_id"],
        organisation_id=row["organisation_id"],
        title=texts_of(row.get("title")),
        valid_from=row["valid_from"],
        valid_until=row["valid_until"],
    )


def texts_of(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)}


def full_name(row: Mapping[Any, Any]) -> str:
    return " ".join(p for p in (row["honorific"], row["given_name"], row["family_name"]) if p)


@dataclass
class People:
    """Names and roles of the people a batch of quotes refers to."""

    names: dict[str, str]
    roles: dict[str, list[Role]]

    @classmethod
    def load(cls, conn: Connection, person_ids: Iterable[str] | None,
             titles: bool = True) -> People:
        """Names and roles of these people (everyone: ``None``); titles only if asked."""
        from sqlalchemy import select

        from editor.store.schema import people, roles

        people_query = select(people.c.id, people.c.honorific, people.c.given_name,
                              people.c.family_name)
        roles_query = select(roles.c.id, roles.c.person_id, roles.c.organisation_id,
                             roles.c.valid_from, roles.c.valid_until)
        if titles:
            roles_query = roles_query.add_columns(roles.c.title)
        if person_ids is not None:
            ids = list(dict.fromkeys(person_ids))
            if not ids:
                return cls({}, {})
            people_query = people_query.where(people.c.id.in_(ids))
            roles_query = roles_query.where(roles.c.person_id.in_(ids))
        names = {row["id"]: full_name(row) for row in conn.execute(people_query).mappings()}
        by_person: dict[str, list[Role]] = {}
        for row in conn.execute(roles_query).mappings():
            by_person.setdefault(row["person_id"], []).append(role_from_row(row))
        return cls(names, by_person)


def indexed_quotes(conn: Connection, where: Any, everyone: People | None = None,
                   ) -> list[IndexedQuote]:
    """The index values of the quotes selected by ``where`` (a condition on ``quotes``)."""
    from sqlalchemy import select

    from editor.store.schema import item_topics, quote_speakers, quotes

    rows = conn.execute(
        select(quotes.c.row_id, quotes.c.item_id, quotes.c.said_on, quotes.c.approval_state,
               quotes.c.text_de, quotes.c.text_en, quotes.c.document).where(where)
    ).mappings().all()
    if not rows:
        return []
    row_ids = [r["row_id"] for r in rows]
    speakers: dict[int, list[tuple[str, str | None]]] = {}
    for quote_row_id, person_id, role_id in conn.execute(
        select(quote_speakers.c.quote_row_id, quote_speakers.c.person_id,
               quote_speakers.c.role_id)
        .where(quote_speakers.c.quote_row_id.in_(row_ids))
        .order_by(quote_speakers.c.quote_row_id, quote_speakers.c.position)
    ):
        speakers.setdefault(quote_row_id, []).append((person_id, role_id))
    item_ids = list({r["item_id"] for r in rows})
    topics: dict[str, list[str]] = {}
    for item_id, topic in conn.execute(
        select(item_topics.c.item_id, item_topics.c.topic).where(
            item_topics.c.item_id.in_(item_ids)
        )
    ):
        topics.setdefault(item_id, []).append(topic)
    known = everyone or People.load(
        conn, [p for found in speakers.values() for p, _ in found], titles=False
    )
    return [
        _indexed(row, speakers.get(row["row_id"], []), topics.get(row["item_id"], []), known)
        for row in rows
    ]


def _indexed(row: Mapping[Any, Any], speakers: Sequence[tuple[str, str | None]],
             item_topic_list: Sequence[str], known: People) -> IndexedQuote:
    text_de = row["text_de"] or ""
    text_en = row["text_en"] or ""
    document = row["document"] if isinstance(row["document"], dict) else {}
    other_texts = texts_of(document.get("text"))
    tags = [tag("a", row["approval_state"])]
    for lang, value in (("de", text_de), ("en", text_en), *other_texts.items()):
        if value.strip():
            tags.append(tag("l", lang))
    names: list[str] = []
    for person_id, role_id in speakers:
        tags.append(tag("p", person_id))
        names.append(known.names.get(person_id, ""))
        role = role_at(known.roles.get(person_id, []), person_id, role_id, row["said_on"])
        if role is not None and role.organisation_id:
            tags.append(tag("o", role.organisation_id))
    quote_topics = document.get("topics") or []
    for topic in [*quote_topics, *item_topic_list]:
        if isinstance(topic, str):
            tags.append(topic_tag(topic))
    return IndexedQuote(
        key=date_key(row["said_on"], row["row_id"]),
        text_de=index_text(text_de),
        text_en=index_text(text_en),
        speakers=index_text(" ".join(names)),
        parts=compound_parts(text_de),
        tags=" ".join(dict.fromkeys(tags)),
        checksum=texts_checksum(text_de, text_en),
    )


def texts_checksum(text_de: str, text_en: str) -> int:
    """A checksum of a quote's two stored texts (to tell that they are still those indexed)."""
    return zlib.crc32(f"{text_de}\x00{text_en}".encode())



def chunks(row_ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    """Distinct row ids in lists short enough for one statement's parameters."""
    ids = list(dict.fromkeys(row_ids))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def key_range(wanted: QuoteFilter) -> tuple[int, int]:
    """The smallest and the largest key a search's date range allows."""
    low, high = 0, (1 << 62)
    if wanted.date_to is not None:
        low = day_keys(wanted.date_to)[0]
    if wanted.date_from is not None:
        high = day_keys(wanted.date_from)[1]
    elif wanted.date_to is not None:
        high = (LAST_DAY << KEY_BITS) - 1  # undated quotes do not fall into a range
    return low, high


def tag_groups(wanted: QuoteFilter) -> list[list[str]]:
    """The filters of a search as groups of tags: one tag of each group must be present."""
    groups: list[list[str]] = []
    if wanted.person_ids is not None:
        groups.append([tag("p", p) for p in wanted.person_ids])
    if wanted.organisation_ids is not None:
        groups.append([tag("o", o) for o in wanted.organisation_ids])
    if wanted.topic is not None:
        groups.append([topic_tag(wanted.topic)])
    if wanted.approval is not None:
        groups.append([tag("a", a.value) for a in wanted.approval])
    if wanted.language is not None:
        groups.append([tag("l", wanted.language)])
    return groups
