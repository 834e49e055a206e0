"""The hits of a search: quotes loaded with speakers, roles at the time and a snippet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from editor.core.model import ApprovalState, Embargo, text_or_any
from editor.store.search.entries import People, role_at, texts_of
from editor.store.search.query import Term
from editor.store.search.snippets import Matcher, Span, highlight

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
    topics: tuple[str, ...] = ()
    row_id: int = field(default=0, compare=False)
    embargo: Embargo | None = None
    """The embargo of the quote's item while it has not ended; ``None`` otherwise. Such
    hits are found only when asked for (``include_embargoed``)."""

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
    from sqlalchemy import select

    from editor.store.schema import press_items, quote_speakers, quotes

    if len(row_ids) > _CHUNK:  # keep below the database's limit of parameters
        return [hit for start in range(0, len(row_ids), _CHUNK)
                for hit in load_hits(conn, row_ids[start : start + _CHUNK], terms, language)]
    if not row_ids:
        return []
    rows = {
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
    hits = []
    matcher = Matcher(terms)
    for row_id in row_ids:
        row = rows.get(row_id)
        if row is None:
            continue
        hits.append(hit_from_row(row, speakers.get(row_id, []), known,
                                 texts_of(row["headline"]), matcher, language))
    return hits


def hit_from_row(row: Mapping[Any, Any], speakers: Sequence[tuple[str, str | None]],
                 known: People, headline: dict[str, str], terms: Matcher,
                 language: str | None) -> QuoteHit:
    """One hit from its quote row (``said_on`` a date, ``document`` a dict), its speakers
    (person and role ids, in order), their names and roles, and the item's headline."""
    document = row["document"] if isinstance(row["document"], dict) else {}
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

