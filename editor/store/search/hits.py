"""The hits of a search: quotes loaded with speakers, roles at the time and a snippet."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from editor.core.model import ApprovalState, Embargo, Role, text_or_any
from editor.core.quotes import STATUS_OF_STORED, ApprovalStatus, stored_status
from editor.store.search.entries import ROW_MASK, People, role_at, row_of_key, texts_of
from editor.store.search.query import Term
from editor.store.search.snippets import Matcher, Span, highlight, matcher_for

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive queries it, not to read a file
    from sqlalchemy.engine import Connection

_CHUNK = 2000
"""Rows loaded per statement (below every database's limit of parameters)."""


class HitSpeaker(NamedTuple):
    """A speaker of a hit, with the role held on the quote's date."""

    person_id: str
    full_name: str
    title: dict[str, str]
    """The role's title per language on the quote's date; empty when no role is known."""
    role_id: str | None = None
    organisation_id: str | None = None


@dataclass(frozen=True)
class QuoteHit:
    """One quote found in the archive.

    ``snippet`` is the text in ``snippet_language`` as a sequence of spans ``(text,
    highlighted)``; long texts are shortened around the first hit with "…".
    :meth:`snippet_text` writes it with markers, e.g. "… the «Strukturwandel» …".
    """

    quote_id: str
    item_id: str
    item_headline: dict[str, str]
    said_on: date | None
    text: dict[str, str]
    snippet: tuple[Span, ...]
    snippet_language: str
    speakers: tuple[HitSpeaker, ...]
    approval: ApprovalState
    """The stored state (an approved quote stays approved when its words change)."""
    topics: tuple[str, ...] = ()
    row_id: int = field(default=0, compare=False)
    embargo: Embargo | None = None
    """The embargo of the quote's item while it has not ended; ``None`` otherwise. Such
    hits are found only when asked for (``include_embargoed``)."""
    status: ApprovalStatus | None = None
    """The approval status the user sees; ``None``: the one of the stored state."""

    @property
    def approval_status(self) -> ApprovalStatus:
        """The status to show and to filter by: "changed since approval" for an approved
        quote whose words or speakers changed since."""
        return self.status if self.status is not None else STATUS_OF_STORED[self.approval]

    def snippet_text(self, start: str = "«", end: str = "»") -> str:
        """The snippet with the hit between ``start`` and ``end``."""
        return "".join(f"{start}{piece}{end}" if hit else piece for piece, hit in self.snippet)

    def speaker_names(self) -> str:
        return ", ".join(s.full_name for s in self.speakers)

    def role_titles(self, lang: str) -> str:
        """The speakers' titles on the quote's date in ``lang`` (else any language)."""
        titles = [text_or_any(s.title, lang) for s in self.speakers]
        return "; ".join(t for t in titles if t)



def load_hits(conn: Connection, row_ids: Sequence[int], terms: Sequence[Term] = (),
              language: str | None = None) -> list[QuoteHit]:
    """The hits for these quote rows, in the order given."""
    if len(row_ids) > _CHUNK:  # keep below the database's limit of parameters
        return [hit for start in range(0, len(row_ids), _CHUNK)
                for hit in load_hits(conn, row_ids[start : start + _CHUNK], terms, language)]
    if not row_ids:
        return []
    if conn.dialect.name == "postgresql":
        rows, speakers, known, _ = _rows_in_one_statement(conn, row_ids)
    else:
        rows, speakers, known = _rows(conn, row_ids)
    return _hits(row_ids, rows, speakers, known, terms, language)


def load_hits_with(conn: Connection, row_ids: Sequence[int], terms: Sequence[Term],
                   language: str | None, also: str) -> tuple[list[QuoteHit], Any]:
    """As :func:`load_hits` on PostgreSQL, with the value of ``also`` (an SQL expression
    giving JSON, decoded) read in the same statement: one round trip less."""
    if not row_ids:
        value = conn.exec_driver_sql(f"SELECT ({also})::text").scalar_one()
        return [], json.loads(value) if value is not None else None
    first = row_ids[:_CHUNK]
    rows, speakers, known, value = _rows_in_one_statement(conn, first, also)
    hits = _hits(first, rows, speakers, known, terms, language)
    if len(row_ids) > _CHUNK:
        hits += load_hits(conn, row_ids[_CHUNK:], terms, language)
    return hits, value


def load_hits_of(conn: Connection, keys_sql: str, params: Mapping[str, Any],
                 terms: Sequence[Term], language: str | None, also: str,
                 order: str = "key") -> tuple[list[int], list[QuoteHit], Any]:
    """The index keys a statement of the search index finds (``keys_sql``, the driver's
    placeholders, a column ``key``), in ``order`` (of its columns), the hits of their
    quotes (as :func:`load_hits`) and the value of ``also``, all in one statement on
    PostgreSQL: a page found by one walk is one round trip."""
    ids = f"ARRAY(SELECT ({ROW_MASK} - (key & {ROW_MASK}))::integer FROM page)"
    found = conn.exec_driver_sql(
        f"WITH page AS MATERIALIZED ({keys_sql}) SELECT json_build_array("
        + _PAGE_PARTS.replace("{ids}", ids)
        + f", {also}, (SELECT json_agg(key ORDER BY {order}) FROM page))::text",
        dict(params)).scalar_one()
    quote_rows, people_rows, value, keys = json.loads(found)
    row_ids = [row_of_key(key) for key in keys or ()]
    rows, speakers, known = _decoded(quote_rows, people_rows)
    return [int(key) for key in keys or ()], _hits(row_ids, rows, speakers, known, terms,
                                                   language), value


def _hits(row_ids: Sequence[int], rows: dict[int, Mapping[Any, Any]],
          speakers: dict[int, list[tuple[str, str | None]]], known: People,
          terms: Sequence[Term], language: str | None) -> list[QuoteHit]:
    hits = []
    matcher = matcher_for(tuple(terms))
    for row_id in row_ids:
        row = rows.get(row_id)
        if row is None:
            continue
        hits.append(hit_from_row(row, speakers.get(row_id, []), known,
                                 texts_of(row["headline"]), matcher, language))
    return hits


_Rows = tuple[dict[int, Mapping[Any, Any]], dict[int, list[tuple[str, str | None]]], People]


def _rows(conn: Connection, row_ids: Sequence[int]) -> _Rows:
    """The quote rows (with their item's headline), their speakers and those people."""
    from sqlalchemy import select

    from editor.store.schema import press_items, quote_speakers, quotes

    rows: dict[int, Mapping[Any, Any]] = {
        r["row_id"]: r
        for r in conn.execute(
            select(quotes.c.row_id, quotes.c.item_id, quotes.c.quote_id, quotes.c.said_on,
                   quotes.c.approval_state, quotes.c.text_de, quotes.c.text_en,
                   quotes.c.document, press_items.c.headline)
            .outerjoin(press_items, press_items.c.id == quotes.c.item_id)
            .where(quotes.c.row_id.in_(list(row_ids)))
        ).mappings()
    }
    speakers: dict[int, list[tuple[str, str | None]]] = {}
    for quote_row_id, person_id, role_id in conn.execute(
        select(quote_speakers.c.quote_row_id, quote_speakers.c.person_id,
               quote_speakers.c.role_id)
        .where(quote_speakers.c.quote_row_id.in_(list(rows)))
        .order_by(quote_speakers.c.quote_row_id, quote_speakers.c.position)
    ):
        speakers.setdefault(quote_row_id, []).append((person_id, role_id))
    known = People.load(conn, [p for found in speakers.values() for p, _ in found])
    return rows, speakers, known


_PAGE_PARTS = (
    # the quotes (with their item's headline and their speakers' ids in order), then the
    # speakers as people with all their roles; roles belong to people (a foreign key): a
    # speaker unknown has none. {ids}: the quotes' row ids, an array
    "(SELECT json_agg(json_build_array(q.row_id, q.item_id, q.quote_id, q.said_on, "
    "q.approval_state, q.text_de, q.text_en, q.document, i.headline, "
    "ARRAY(SELECT s.person_id FROM quote_speakers s WHERE s.quote_row_id = q.row_id "
    "ORDER BY s.position), "
    "ARRAY(SELECT s.role_id FROM quote_speakers s WHERE s.quote_row_id = q.row_id "
    "ORDER BY s.position))) "
    "FROM quotes q LEFT JOIN press_items i ON i.id = q.item_id "
    "WHERE q.row_id = ANY({ids})), "
    "(SELECT json_agg(json_build_array(p.id, p.honorific, p.given_name, p.family_name, "
    "r.id, r.organisation_id, r.title, r.valid_from, r.valid_until)) "
    "FROM people p LEFT JOIN roles r ON r.person_id = p.id WHERE p.id = ANY(ARRAY("
    "SELECT DISTINCT person_id FROM quote_speakers WHERE quote_row_id = ANY({ids}))))"
)
_PAGE_ROWS = ("SELECT json_build_array("
              + _PAGE_PARTS.replace("{ids}", "%(ids)s") + ", {also})::text")
"""One statement, one JSON value: :data:`_PAGE_PARTS` of the rows ``ids``, then the value
of ``{also}``."""


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _rows_in_one_statement(conn: Connection, row_ids: Sequence[int], also: str = "NULL",
                           ) -> tuple[dict[int, Mapping[Any, Any]],
                                      dict[int, list[tuple[str, str | None]]], People, Any]:
    """As :func:`_rows`, in one statement instead of four, its rows as one JSON value (a
    server's round trips and the driver's conversion of each value are most of what
    loading a page costs: 50 hits in 2.2 against 3.3 ms of CPU time, measured):
    the quotes with their speakers' ids, then those people with all their roles; last
    the value of ``also``."""
    found = conn.exec_driver_sql(_PAGE_ROWS.replace("{also}", also),
                                 {"ids": list(row_ids)}).scalar_one()
    quote_rows, people_rows, value = json.loads(found) if found else (None, None, None)
    return (*_decoded(quote_rows, people_rows), value)


def _decoded(quote_rows: Any, people_rows: Any) -> _Rows:
    """The rows of :data:`_PAGE_PARTS` as :func:`_rows` gives them."""
    rows: dict[int, Mapping[Any, Any]] = {}
    speakers: dict[int, list[tuple[str, str | None]]] = {}
    for (row_id, item_id, quote_id, said_on, state, text_de, text_en, document, headline,
         person_ids, role_ids) in quote_rows or ():
        rows[row_id] = {
            "row_id": row_id, "item_id": item_id, "quote_id": quote_id,
            "said_on": _day(said_on), "approval_state": state, "text_de": text_de,
            "text_en": text_en, "document": document, "headline": headline}
        if person_ids:
            speakers[row_id] = list(zip(person_ids, role_ids, strict=True))
    names: dict[str, str] = {}
    roles: dict[str, list[Role]] = {}
    for (person_id, honorific, given_name, family_name, role_id, organisation_id, title,
         valid_from, valid_until) in people_rows or ():
        if person_id not in names:  # once per person, not per role
            names[person_id] = " ".join(p for p in (honorific, given_name, family_name) if p)
        if role_id is not None:
            roles.setdefault(person_id, []).append(Role(
                id=role_id, person_id=person_id, organisation_id=organisation_id,
                title=texts_of(title), valid_from=_day(valid_from),
                valid_until=_day(valid_until)))
    return rows, speakers, People(names, roles)


def hit_from_row(row: Mapping[Any, Any], speakers: Sequence[tuple[str, str | None]],
                 known: People, headline: dict[str, str], terms: Matcher,
                 language: str | None) -> QuoteHit:
    """One hit from its quote row (``said_on`` a date, ``document`` a dict), its speakers
    (person and role ids, in order), their names and roles, and the item's headline."""
    document = row["document"] if isinstance(row["document"], dict) else {}
    approval = document.get("approval")
    if not isinstance(approval, dict):
        approval = {}
    texts = {lang: value for lang, value in (("de", row["text_de"]), ("en", row["text_en"]))
             if value}
    for lang, value in texts_of(document.get("text")).items():
        texts.setdefault(lang, value)
    said_on = row["said_on"]
    hit_speakers = []
    for person_id, role_id in speakers:
        role = role_at(known.roles.get(person_id, []), person_id, role_id, said_on)
        hit_speakers.append(HitSpeaker(
            person_id,
            known.names.get(person_id, person_id),
            dict(role.title) if role is not None else {},
            role.id if role is not None else None,
            role.organisation_id if role is not None else None,
        ))
    snippet_lang, snippet = _best_snippet(texts, terms, language)
    topics = tuple(t for t in document.get("topics") or [] if isinstance(t, str))
    return QuoteHit(
        quote_id=row["quote_id"],
        item_id=row["item_id"],
        item_headline=headline,
        said_on=said_on,
        text=texts,
        snippet=snippet,
        snippet_language=snippet_lang,
        speakers=tuple(hit_speakers),
        approval=ApprovalState(row["approval_state"]),
        status=stored_status({**approval, "state": row["approval_state"]}, texts,
                             [person for person, _ in speakers]),
        topics=topics,
        row_id=row["row_id"],
    )


def _best_snippet(texts: dict[str, str], terms: Matcher,
                  language: str | None) -> tuple[str, tuple[Span, ...]]:
    order = [language] if language in texts else []
    order += [lang for lang in ("de", "en", *texts) if lang in texts and lang not in order]
    if not order:
        return language or "de", ()
    first: tuple[str, tuple[Span, ...]] | None = None
    for lang in order:
        spans = highlight(texts[lang], terms, lang)
        if first is None:
            first = (lang, spans)
        if any(hit for _, hit in spans):
            return lang, spans
    assert first is not None
    return first

