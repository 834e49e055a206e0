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
from editor.core.quotes import STATUS_OF_STORED, ApprovalStatus, stored_status
from editor.store.search.folding import FoldedText, fold_text, fold_words
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
    token_groups: frozenset[frozenset[str]] | None = None
    """The tokens of the texts, names and parts, if known (the words FTS5 indexes), in
    groups that recur from quote to quote (:attr:`.folding.FoldedText.token_groups`)."""


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
        people_query, roles_query = _people_queries(titles, person_ids is not None)
        params: dict[str, list[str]] = {}
        if person_ids is not None:
            params["ids"] = list(dict.fromkeys(person_ids))
            if not params["ids"]:
                return cls({}, {})
            if not titles and conn.dialect.name == "sqlite":
                return cls._load_sqlite(conn, params["ids"])
        names = {
            person_id: " ".join(p for p in (honorific, given, family) if p)
            for person_id, honorific, given, family in conn.execute(people_query,
                                                                    params).all()
        }
        by_person: dict[str, list[Role]] = {}
        # all rows at once, as plain tuples: quicker than one by one or as mappings
        for row in conn.execute(roles_query, params).all():
            values = tuple(row)
            by_person.setdefault(values[1], []).append(Role(
                id=values[0], person_id=values[1], organisation_id=values[2],
                title=texts_of(values[5]) if titles else {},
                valid_from=values[3], valid_until=values[4]))
        return cls(names, by_person)

    @classmethod
    def _load_sqlite(cls, conn: Connection, person_ids: Sequence[str]) -> People:
        """:meth:`load` of these people without titles, through SQLite's driver: a save
        reads the names and roles of every speaker of its new quotes (52 people with 84
        roles for a generated 50-quote item: 0.23 against 0.36 ms through SQLAlchemy's
        statements and result rows, measured). The same statements, so the same rows in
        the same order; dates parsed as SQLAlchemy parses what it stored."""
        names: dict[str, str] = {}
        by_person: dict[str, list[Role]] = {}
        driver = conn.connection.driver_connection  # in the same transaction
        assert driver is not None
        for chunk in chunks_of(person_ids):
            marks = ", ".join("?" * len(chunk))
            for person_id, honorific, given, family in driver.execute(
                    "SELECT id, honorific, given_name, family_name FROM people "
                    f"WHERE id IN ({marks})", tuple(chunk)).fetchall():
                names[person_id] = " ".join(p for p in (honorific, given, family) if p)
            for role_id, person_id, organisation_id, valid_from, valid_until in (
                    driver.execute(
                        "SELECT id, person_id, organisation_id, valid_from, valid_until "
                        f"FROM roles WHERE person_id IN ({marks})", tuple(chunk)).fetchall()):
                by_person.setdefault(person_id, []).append(Role(
                    id=role_id, person_id=person_id, organisation_id=organisation_id,
                    valid_from=None if valid_from is None else _stored_date(valid_from),
                    valid_until=None if valid_until is None else _stored_date(valid_until)))
        return cls(names, by_person)


def _stored_date(value: Any) -> date:
    """A date column's value as SQLite holds it (ISO text, written by SQLAlchemy)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


@lru_cache(maxsize=4)
def _people_queries(titles: bool, chosen: bool) -> tuple[Any, Any]:
    """The queries of :meth:`People.load`, made once (a save makes them otherwise, at
    several times the cost of running them); ``chosen``: of the people in ``:ids``."""
    from sqlalchemy import bindparam, select

    from editor.store.schema import people, roles

    people_query = select(people.c.id, people.c.honorific, people.c.given_name,
                          people.c.family_name)
    roles_query = select(roles.c.id, roles.c.person_id, roles.c.organisation_id,
                         roles.c.valid_from, roles.c.valid_until)
    if titles:
        roles_query = roles_query.add_columns(roles.c.title)
    if chosen:
        people_query = people_query.where(people.c.id.in_(bindparam("ids", expanding=True)))
        roles_query = roles_query.where(
            roles.c.person_id.in_(bindparam("ids", expanding=True)))
    return people_query, roles_query


@dataclass
class QuoteValues:
    """What a quote's index entry is made of: its stored row's values, its speakers and
    its item's topics (read from the archive, or known to the save that wrote them)."""

    row_id: int
    said_on: date | None
    approval_state: str
    text_de: str | None
    text_en: str | None
    document: Mapping[str, Any]
    speakers: Sequence[tuple[str, str | None]]
    """(person id, role id) of each speaker, in order."""
    item_topics: Sequence[str]

    @property
    def key(self) -> int:
        return date_key(self.said_on, self.row_id)

    def status(self, other_texts: Mapping[str, str] | None = None) -> ApprovalStatus:
        """The approval status the user sees ("changed since approval" when the words or
        the speakers differ from those approved); ``other_texts``: the texts in languages
        other than German and English, when already read from the document."""
        approval = self.document.get("approval")
        if not isinstance(approval, dict):
            return STATUS_OF_STORED.get(self.approval_state, ApprovalStatus.NOT_SENT)
        if other_texts is None:
            other_texts = texts_of(self.document.get("text"))
        texts = {**other_texts, "de": self.text_de or "", "en": self.text_en or ""}
        return stored_status({**approval, "state": self.approval_state}, texts,
                             [person for person, _ in self.speakers])

    @property
    def topics(self) -> list[str]:
        """The quote's own topics, then its item's (as its tags name them)."""
        own = self.document.get("topics") or []
        return [t for t in [*own, *self.item_topics] if isinstance(t, str)]


def quote_values(conn: Connection, where: Any) -> list[QuoteValues]:
    """The values of the quotes selected by ``where`` (a condition on ``quotes``)."""
    from sqlalchemy import select

    from editor.store.schema import item_topics, quote_speakers, quotes

    rows = conn.execute(
        select(quotes.c.row_id, quotes.c.item_id, quotes.c.said_on, quotes.c.approval_state,
               quotes.c.text_de, quotes.c.text_en, quotes.c.document).where(where)
    ).all()
    if not rows:
        return []
    row_ids = [r.row_id for r in rows]
    speakers: dict[int, list[tuple[str, str | None]]] = {}
    for quote_row_id, person_id, role_id in conn.execute(
        select(quote_speakers.c.quote_row_id, quote_speakers.c.person_id,
               quote_speakers.c.role_id)
        .where(quote_speakers.c.quote_row_id.in_(row_ids))
        .order_by(quote_speakers.c.quote_row_id, quote_speakers.c.position)
    ):
        speakers.setdefault(quote_row_id, []).append((person_id, role_id))
    item_ids = list({r.item_id for r in rows})
    topics: dict[str, list[str]] = {}
    for item_id, topic in conn.execute(
        select(item_topics.c.item_id, item_topics.c.topic).where(
            item_topics.c.item_id.in_(item_ids)
        ).order_by(item_topics.c.item_id, item_topics.c.position)
    ):
        topics.setdefault(item_id, []).append(topic)
    return [
        QuoteValues(r.row_id, r.said_on, r.approval_state, r.text_de, r.text_en,
                    r.document if isinstance(r.document, dict) else {},
                    speakers.get(r.row_id, []), topics.get(r.item_id, []))
        for r in rows
    ]


def indexed_quotes(conn: Connection, where: Any, everyone: People | None = None,
                   ) -> list[IndexedQuote]:
    """The index values of the quotes selected by ``where`` (a condition on ``quotes``)."""
    return index_entries(conn, quote_values(conn, where), everyone)


def index_entries(conn: Connection, values: Sequence[QuoteValues],
                  everyone: People | None = None) -> list[IndexedQuote]:
    """The index values of these quotes; the names and roles of their speakers are read
    (unless ``everyone`` holds them)."""
    if not values:
        return []
    known = everyone or People.load(
        conn, [p for v in values for p, _ in v.speakers], titles=False)
    return [_indexed(v, known) for v in values]


def quote_tags(values: QuoteValues, known: People) -> str:
    """The filter tags of a quote's index entry."""
    other_texts = texts_of(values.document.get("text"))
    tags = [tag("a", values.status(other_texts).value)]
    for lang, value in (("de", values.text_de or ""), ("en", values.text_en or ""),
                        *other_texts.items()):
        if value.strip():
            tags.append(tag("l", lang))
    for person_id, role_id in values.speakers:
        tags.append(tag("p", person_id))
        role = role_at(known.roles.get(person_id, []), person_id, role_id, values.said_on)
        if role is not None and role.organisation_id:
            tags.append(tag("o", role.organisation_id))
    tags.extend(topic_tag(topic) for topic in values.topics)
    return " ".join(dict.fromkeys(tags))


def with_topics(tags: str, topics: Sequence[str]) -> str:
    """``tags`` (of an index entry) with its topic tags replaced by those of ``topics``.

    Topic tags come last in an entry and no other tag is one, so the result equals the
    tags made afresh (:func:`quote_tags`) when only the topics differ.
    """
    topic_start = f"{_TAG_START}t"
    kept = [t for t in tags.split() if not t.startswith(topic_start)]
    return " ".join(dict.fromkeys([*kept, *(topic_tag(t) for t in topics)]))


@lru_cache(maxsize=10_000)
def _folded_names(names: str) -> FoldedText:
    """The speakers' names of a quote as indexed (the same speakers recur)."""
    return fold_text(names)


def _indexed(values: QuoteValues, known: People) -> IndexedQuote:
    text_de = values.text_de or ""
    text_en = values.text_en or ""
    german = fold_text(text_de, parts=True)
    english = fold_text(text_en)
    names = _folded_names(" ".join(known.names.get(p, "") for p, _ in values.speakers))
    return IndexedQuote(
        key=values.key,
        text_de=german.text,
        text_en=english.text,
        speakers=names.text,
        parts=german.parts,
        tags=quote_tags(values, known),
        checksum=texts_checksum(text_de, text_en),
        token_groups=german.token_groups | english.token_groups | names.token_groups,
    )


def texts_checksum(text_de: str, text_en: str) -> int:
    """A checksum of a quote's two stored texts (to tell that they are still those indexed)."""
    return zlib.crc32(f"{text_de}\x00{text_en}".encode())



def chunks_of(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """``values`` in slices short enough for one statement's parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


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
        groups.append([tag("a", status.value) for status in wanted.approval])
    if wanted.language is not None:
        groups.append([tag("l", wanted.language)])
    return groups
