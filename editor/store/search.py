"""Full-text search over the quote archive: quote texts in German and English, speakers.

Everything that depends on the database's dialect lives in this module: the index tables,
their maintenance and the search queries. :class:`SqliteQuoteIndex` uses SQLite FTS5; a
PostgreSQL implementation (tsvector) would be a second class with the same methods
(:class:`QuoteIndex`), chosen in :func:`index_for`.

How a query is understood (the same for every dialect):

* Words are folded like the texts: case, accents and German spelling ("förder",
  "forder" and "foerder" are one word; "strasse" finds "Straße").
* A bare word of three letters or more matches words that *start* with it ("förder"
  finds "Förderung") and, in German texts, parts of compounds ("wandel" finds
  "Strukturwandel"); a trailing ``*`` is accepted and means the same. Words of one or
  two letters match whole words, unless written with ``*``.
* ``"double quotes"`` ask for exactly these words in this order (a phrase).
* All words and phrases must match. Names of speakers are searched, too.

How the SQLite index works:

* One FTS5 table, ``quote_search``. Its rowid is a *date key* that grows with a quote's
  age: the days from the quote's date to the last day of the calendar in the high bits,
  the quote's ``row_id`` counted down in the low 32 bits (undated quotes come last).
  FTS5 walks its lists in rowid order, so "newest first" needs no sorting and a page of
  50 stops after 50 matches however common the word; a date range is a rowid range.
  Keys grow with age because FTS5 walks upwards faster than downwards: with a speaker
  filter, 0.6 against 1.3 ms for the first page of two words, 2.8 against 4.6 ms for all
  their matches, at a million quotes (measured).
* Filters (speaker, organisation of the role at the time, topic, approval state,
  language) are indexed as opaque tag tokens in a ``tags`` column and become part of the
  MATCH expression, so FTS5 intersects them with the words instead of testing rows.
* Compound parts: every German word of seven to 64 letters adds its suffixes of three
  letters or more to a ``parts`` column; a prefix query on them is a substring query.
  (A second, trigram table would also find substrings, but a word and its part could
  then no longer be combined in one MATCH, and counting is slow: 6–14 ms for "wandel"
  or "programm" at 100,000 quotes against 0.6–1 ms for the parts column, measured.)
* Prefix indexes for 3 to 10 letters: without them FTS5 merges the lists of every word
  starting with the prefix before it returns the first row (13–25 ms for a common
  word at a million quotes); with them the first page streams (under 0.1 ms), at three
  times the index size.
* Longer prefixes ("strukturwandel", 14 letters) have no prefix index: FTS5 would merge
  the lists of all words starting with them (3–4 ms for a common word at a million
  quotes, even when only one word does). The table ``search_words`` lists every indexed
  word longer than :data:`PREFIX_MAX` letters; such a prefix becomes an OR of the words
  it starts (up to :data:`MAX_EXPANSION`), and each of their lists streams (0.05 ms).
* Relevance: of the newest :data:`RANK_CANDIDATES` matches, those where every word
  occurs as a whole word come first, then those found by word starts or compound parts;
  newest first within each; further results follow by date. Scoring every match of a
  common word is what makes full ranking slow on a large archive; FTS5's bm25 over the
  same candidates cost 20–50 ms at a million quotes (measured), the second, exact-word
  query costs under a millisecond.
* Person and organisation names are found by substring in a small trigram table,
  ``name_search``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple, Protocol

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from editor.core.model import ApprovalState, Role, role_on, text_or_any
from editor.store.folding import fold_query
from editor.store.schema import (
    item_topics,
    organisations,
    people,
    press_items,
    quote_speakers,
    quotes,
    roles,
)

RANK_CANDIDATES = 1000
"""How many of the newest matches are ordered by relevance."""

MIN_COMPOUND = 7
"""Words at least this long are indexed with their compound parts (suffixes)."""

MIN_PART = 3
"""Shortest compound part that is indexed and searched."""

MAX_COMPOUND = 64
"""Longer "words" (the longest German compounds have about 40 letters) are not split:
their parts would grow with the square of their length (a pasted hash or a megabyte
without spaces would take minutes to index)."""

MAX_NAME_MATCHES = 400
"""A speaker or organisation filter naming more records than this is too vague."""

SNIPPET_CHARS = 240
"""Texts longer than this are shortened around the first hit in a snippet."""

_KEY_BITS = 32
_CHUNK = 2000
_ROW_MASK = (1 << _KEY_BITS) - 1
_LAST_DAY = date.max.toordinal()
_WORD = re.compile(r"\w+")
_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_QUERY_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_FTS_TOKEN = re.compile(r"[^\W_]+")  # the tokens FTS5's unicode61 makes of folded text

PREFIX_MAX = 10
"""The longest prefix with its own FTS5 prefix index."""

MAX_EXPANSION = 32
"""A longer prefix starting more words than this is searched as a prefix after all."""

SEARCH_TABLES = ("quote_search", "name_search", "search_words")
"""Tables of the search index; they are not part of ``schema.metadata``."""


def is_search_table(name: str) -> bool:
    """True for the index tables and their dialect's helper tables (for schema checks)."""
    return any(name == t or name.startswith(f"{t}_") for t in SEARCH_TABLES)


# --- folding ------------------------------------------------------------------------------


def _strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded_spellings(value: str) -> tuple[str, str]:
    """``value`` lower-cased with umlauts dropped ("forderung") and written out ("foerderung")."""
    lowered = unicodedata.normalize("NFC", value).casefold()
    return _strip_accents(lowered), _strip_accents(lowered.translate(_WRITTEN_OUT))


@lru_cache(maxsize=200_000)
def _word_spellings(word: str) -> tuple[str, str]:
    """One word in both folded spellings (words repeat: the cache makes indexing fast)."""
    return folded_spellings(word)


@lru_cache(maxsize=200_000)
def _word_parts(word: str) -> tuple[str, ...]:
    """The compound parts (suffixes) of one folded word."""
    if not MIN_COMPOUND <= len(word) <= MAX_COMPOUND or word.isdigit():
        return ()
    return tuple(word[start:] for start in range(MIN_PART, len(word) - MIN_PART + 1))


def fold_words(value: str) -> list[str]:
    """The words of a query or text as they are compared with the index."""
    return _WORD.findall(fold_query(value))


def index_text(value: str) -> str:
    """A text as indexed: dropped-umlaut spelling, then the words spelled out differently."""
    plain: list[str] = []
    extra: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", value)):
        dropped, written = _word_spellings(word)
        plain.append(dropped)
        if written != dropped:
            extra.append(written)
    if extra:
        return " ".join(plain) + "\n" + " ".join(extra)
    return " ".join(plain)


@lru_cache(maxsize=200_000)
def _word_all_parts(word: str) -> tuple[str, ...]:
    """The compound parts of a word in both spellings."""
    dropped, written = _word_spellings(word)
    parts = _word_parts(dropped)
    return parts + _word_parts(written) if written != dropped else parts


def compound_parts(value: str) -> str:
    """Suffixes of the long words of a German text (both spellings), for part search."""
    words = _WORD.findall(unicodedata.normalize("NFC", value))
    return " ".join(dict.fromkeys(chain.from_iterable(_word_all_parts(w) for w in words)))


_TAG_START = "zz"


@lru_cache(maxsize=100_000)
def tag(kind: str, value: str) -> str:
    """An opaque index token for a filter value (person id, topic, …)."""
    digest = hashlib.blake2b(f"{kind}\x00{value}".encode(), digest_size=8).hexdigest()
    return f"{_TAG_START}{kind}{digest}"


@lru_cache(maxsize=10_000)
def topic_tag(topic: str) -> str:
    return tag("t", " ".join(fold_words(topic)))


# --- queries ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One word or phrase of a query, folded."""

    words: tuple[str, ...]
    phrase: bool
    """Written in double quotes: exactly these words, in this order."""
    star: bool = False
    """Written with a trailing ``*``."""

    @property
    def prefix(self) -> bool:
        """Matches word starts: bare words of three letters or more, or with a star."""
        return not self.phrase and (self.star or len(self.words[-1]) >= MIN_PART)


def parse_query(query: str) -> list[Term]:
    """The words and ``"phrases"`` of a search query."""
    terms: list[Term] = []
    for match in _QUERY_TOKEN.finditer(query):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            words = tuple(fold_words(quoted))
            if words:
                terms.append(Term(words, phrase=True))
        elif bare:
            words = tuple(fold_words(bare.rstrip("*")))
            if words:
                terms.append(Term(words, phrase=False, star=bare.endswith("*")))
    return terms


@dataclass(frozen=True)
class QuoteFilter:
    """A search: the parsed query and the filters, with names already resolved to ids."""

    terms: tuple[Term, ...] = ()
    person_ids: tuple[str, ...] | None = None
    """Quotes by one of these people; ``None``: anyone. An empty tuple matches nothing."""
    speaker_words: tuple[str, ...] = ()
    """Words of a too vague speaker name, matched against speaker names instead."""
    organisation_ids: tuple[str, ...] | None = None
    topic: str | None = None
    language: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    approval: tuple[ApprovalState, ...] | None = None

    @property
    def matches_nothing(self) -> bool:
        return self.person_ids == () or self.organisation_ids == () or self.approval == ()


class HitSpeaker(NamedTuple):
    """A speaker of a hit, with the role held on the quote's date."""

    person_id: str
    full_name: str
    title: dict[str, str]
    """The role's title per language on the quote's date; empty when no role is known."""
    role_id: str | None = None
    organisation_id: str | None = None


Span = tuple[str, bool]
"""A piece of a snippet and whether it is part of the hit."""


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

    def snippet_text(self, start: str = "«", end: str = "»") -> str:
        """The snippet with the hit between ``start`` and ``end``."""
        return "".join(f"{start}{piece}{end}" if hit else piece for piece, hit in self.snippet)

    def speaker_names(self) -> str:
        return ", ".join(s.full_name for s in self.speakers)

    def role_titles(self, lang: str) -> str:
        """The speakers' titles on the quote's date in ``lang`` (else any language)."""
        titles = [text_or_any(s.title, lang) for s in self.speakers]
        return "; ".join(t for t in titles if t)


class _Matcher:
    """Decides which words of a text a query's terms hit (for highlighting), with a memo."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.exact = {w for t in terms if t.phrase or len(t.words) > 1 for w in t.words}
        self.exact |= {t.words[0] for t in terms if len(t.words) == 1 and not t.prefix}
        self.prefixes = tuple(t.words[0] for t in terms if len(t.words) == 1 and t.prefix)
        self.parts = tuple(p for p in self.prefixes if len(p) >= MIN_PART)
        self._memo: dict[tuple[str, bool], bool] = {}

    def __call__(self, word: str, german: bool) -> bool:
        key = (word, german)
        found = self._memo.get(key)
        if found is None:
            found = False
            for spelling in _word_spellings(word):
                if (spelling in self.exact or spelling.startswith(self.prefixes)
                        or (german and any(p in spelling for p in self.parts))):
                    found = True
                    break
            self._memo[key] = found
        return found


def highlight(value: str, terms: Sequence[Term] | _Matcher, lang: str) -> tuple[Span, ...]:
    """``value`` split into spans, the words that match ``terms`` highlighted."""
    matcher = terms if isinstance(terms, _Matcher) else _Matcher(terms)
    spans: list[Span] = []
    position = 0
    german = lang == "de"
    if not matcher.exact and not matcher.prefixes:
        return _shorten([(value, False)] if value else [])
    for match in _WORD.finditer(value):
        if matcher(match.group(), german):
            if match.start() > position:
                spans.append((value[position : match.start()], False))
            spans.append((match.group(), True))
            position = match.end()
    if position < len(value):
        spans.append((value[position:], False))
    return _shorten(_merge_spans(spans))


def _merge_spans(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for piece, hit in spans:
        if merged and merged[-1][1] == hit:
            merged[-1] = (merged[-1][0] + piece, hit)
        else:
            merged.append((piece, hit))
    return merged


def _shorten(spans: list[Span]) -> tuple[Span, ...]:
    total = sum(len(piece) for piece, _ in spans)
    if total <= SNIPPET_CHARS:
        return tuple(spans)
    offset = 0
    first_hit = 0
    for piece, hit in spans:
        if hit:
            first_hit = offset
            break
        offset += len(piece)
    full = "".join(piece for piece, _ in spans)
    start = max(0, first_hit - SNIPPET_CHARS // 3)
    if start > 0:  # begin and end at word boundaries
        space = full.find(" ", start, first_hit)
        start = space + 1 if space >= 0 else start
    end = min(total, start + SNIPPET_CHARS)
    if end < total:
        space = full.rfind(" ", first_hit + 1, end)
        end = space if space > 0 else end
    out: list[Span] = []
    offset = 0
    for piece, hit in spans:
        lo, hi = max(start, offset), min(end, offset + len(piece))
        if lo < hi:
            out.append((piece[lo - offset : hi - offset], hit))
        offset += len(piece)
    if start > 0:
        out.insert(0, ("…", False))
    if end < total:
        out.append(("…", False))
    return tuple(_merge_spans(out))


# --- the index interface -----------------------------------------------------------------


class QuoteIndex(Protocol):
    """What the archive needs of a full-text index; one implementation per dialect."""

    dialect: str
    """The database dialect it serves, "none" where searching is not available."""

    def create(self, conn: Connection) -> None:
        """Create the index tables (migrations)."""

    def drop(self, conn: Connection) -> None:
        """Drop the index tables (migrations)."""

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Index these quotes as now stored (they are not in the index)."""

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Take these quotes out of the index, before their rows change or go."""

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        """Take the quotes of these items out of the index (before they are deleted)."""

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Re-index single quotes (speakers or their names or roles changed)."""

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        """(Re-)index the names of people and organisations as now stored."""

    def rebuild(self, conn: Connection) -> None:
        """Index every quote and name from scratch."""

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        """Ids of people (``kind`` "p") or organisations ("o") whose name contains ``part``."""
        ...

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        """Row ids of matching quotes, in order."""
        ...

    def count(self, conn: Connection, wanted: QuoteFilter) -> int:
        """How many quotes match."""
        ...


def date_key(said_on: date | None, row_id: int) -> int:
    """The index key of a quote: the newer, the smaller; undated quotes last."""
    if not 0 <= row_id <= _ROW_MASK:
        raise ValueError(f"quote row id {row_id} does not fit into the search index")
    age = _LAST_DAY - said_on.toordinal() if said_on is not None else _LAST_DAY
    return (age << _KEY_BITS) | (_ROW_MASK - row_id)


def row_of_key(key: int) -> int:
    return _ROW_MASK - (key & _ROW_MASK)


def _day_keys(day: date) -> tuple[int, int]:
    """The smallest and the largest key of the quotes said on ``day``."""
    age = _LAST_DAY - day.toordinal()
    return age << _KEY_BITS, (age << _KEY_BITS) | _ROW_MASK


# --- what gets indexed (dialect-neutral) ---------------------------------------------------


@dataclass
class IndexedQuote:
    """The values indexed for one quote."""

    key: int
    text_de: str
    text_en: str
    speakers: str
    parts: str
    tags: str


def _role_at(person_roles: Sequence[Role], person_id: str, role_id: str | None,
             day: date | None) -> Role | None:
    """The role of a speaker: the one named in the quote, else the one held on ``day``."""
    if role_id:
        for role in person_roles:
            if role.id == role_id:
                return role
    if day is None:
        return None
    return role_on(list(person_roles), person_id, day)


def _role_record(row: Mapping[Any, Any]) -> Role:
    return Role(
        id=row["id"],
        person_id=row["person_id"],
        organisation_id=row["organisation_id"],
        title=_texts(row.get("title")),
        valid_from=row["valid_from"],
        valid_until=row["valid_until"],
    )


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)}


def _full_name(row: Mapping[Any, Any]) -> str:
    return " ".join(p for p in (row["honorific"], row["given_name"], row["family_name"]) if p)


@dataclass
class _People:
    """Names and roles of the people a batch of quotes refers to."""

    names: dict[str, str]
    roles: dict[str, list[Role]]

    @classmethod
    def load(cls, conn: Connection, person_ids: Iterable[str] | None,
             titles: bool = True) -> _People:
        """Names and roles of these people (everyone: ``None``); titles only if asked."""
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
        names = {row["id"]: _full_name(row) for row in conn.execute(people_query).mappings()}
        by_person: dict[str, list[Role]] = {}
        for row in conn.execute(roles_query).mappings():
            by_person.setdefault(row["person_id"], []).append(_role_record(row))
        return cls(names, by_person)


def indexed_quotes(conn: Connection, where: Any, everyone: _People | None = None,
                   ) -> list[IndexedQuote]:
    """The index values of the quotes selected by ``where`` (a condition on ``quotes``)."""
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
    known = everyone or _People.load(
        conn, [p for found in speakers.values() for p, _ in found], titles=False
    )
    return [
        _indexed(row, speakers.get(row["row_id"], []), topics.get(row["item_id"], []), known)
        for row in rows
    ]


def _indexed(row: Mapping[Any, Any], speakers: Sequence[tuple[str, str | None]],
             item_topic_list: Sequence[str], known: _People) -> IndexedQuote:
    text_de = row["text_de"] or ""
    text_en = row["text_en"] or ""
    document = row["document"] if isinstance(row["document"], dict) else {}
    other_texts = _texts(document.get("text"))
    tags = [tag("a", row["approval_state"])]
    for lang, value in (("de", text_de), ("en", text_en), *other_texts.items()):
        if value.strip():
            tags.append(tag("l", lang))
    names: list[str] = []
    for person_id, role_id in speakers:
        tags.append(tag("p", person_id))
        names.append(known.names.get(person_id, ""))
        role = _role_at(known.roles.get(person_id, []), person_id, role_id, row["said_on"])
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
    )


# --- results (dialect-neutral) ---------------------------------------------------------------


def load_hits(conn: Connection, row_ids: Sequence[int], terms: Sequence[Term] = (),
              language: str | None = None) -> list[QuoteHit]:
    """The hits for these quote rows, in the order given."""
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
                   quotes.c.document).where(quotes.c.row_id.in_(list(row_ids)))
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
    known = _People.load(conn, [p for found in speakers.values() for p, _ in found])
    headlines = {
        item_id: _texts(headline)
        for item_id, headline in conn.execute(
            select(press_items.c.id, press_items.c.headline).where(
                press_items.c.id.in_(list({r["item_id"] for r in rows.values()}))
            )
        )
    }
    hits = []
    matcher = _Matcher(terms)
    for row_id in row_ids:
        row = rows.get(row_id)
        if row is None:
            continue
        hits.append(_hit(row, speakers.get(row_id, []), known,
                         headlines.get(row["item_id"], {}), matcher, language))
    return hits


def _hit(row: Mapping[Any, Any], speakers: Sequence[tuple[str, str | None]], known: _People,
         headline: dict[str, str], terms: _Matcher, language: str | None) -> QuoteHit:
    document = row["document"] if isinstance(row["document"], dict) else {}
    texts = {lang: value for lang, value in (("de", row["text_de"]), ("en", row["text_en"]))
             if value}
    for lang, value in _texts(document.get("text")).items():
        texts.setdefault(lang, value)
    said_on = row["said_on"]
    hit_speakers = []
    for person_id, role_id in speakers:
        role = _role_at(known.roles.get(person_id, []), person_id, role_id, said_on)
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


def _best_snippet(texts: dict[str, str], terms: _Matcher,
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


# --- SQLite FTS5 --------------------------------------------------------------------------------


_CREATE_QUOTE_SEARCH = (
    "CREATE VIRTUAL TABLE quote_search USING fts5("
    "text_de, text_en, speakers, parts, tags, "
    "tokenize = 'unicode61 remove_diacritics 2', "
    f"prefix = '{' '.join(str(n) for n in range(MIN_PART, PREFIX_MAX + 1))}')"
)
_CREATE_SEARCH_WORDS = "CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID"
_CREATE_NAME_SEARCH = (
    "CREATE VIRTUAL TABLE name_search USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, name, tokenize = 'trigram')"
)
_INSERT_QUOTE = (
    "INSERT INTO quote_search(rowid, text_de, text_en, speakers, parts, tags) "
    "VALUES (:key, :text_de, :text_en, :speakers, :parts, :tags)"
)


def _chunks(row_ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    """Distinct row ids in lists short enough for one statement's parameters."""
    ids = list(dict.fromkeys(row_ids))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _fts_string(words: Sequence[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


class SqliteQuoteIndex:
    """The quote index in SQLite FTS5 (see the module's description)."""

    dialect = "sqlite"

    # -- tables --------------------------------------------------------------------------

    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql(_CREATE_QUOTE_SEARCH)
        conn.exec_driver_sql(_CREATE_NAME_SEARCH)
        conn.exec_driver_sql(_CREATE_SEARCH_WORDS)

    def drop(self, conn: Connection) -> None:
        conn.exec_driver_sql("DROP TABLE IF EXISTS quote_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS name_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_words")

    # -- maintenance ---------------------------------------------------------------------

    def _insert(self, conn: Connection, entries: Sequence[IndexedQuote]) -> None:
        if not entries:
            return
        # FTS5 collects new entries in memory only while their keys grow; a smaller key
        # writes what it has collected to disk (a segment per quote, were they unsorted).
        conn.execute(text(_INSERT_QUOTE),
                     [e.__dict__ for e in sorted(entries, key=lambda e: e.key)])
        long_words = {
            word
            for e in entries
            for column in (e.text_de, e.text_en, e.speakers, e.parts)
            for word in _FTS_TOKEN.findall(column)
            if len(word) > PREFIX_MAX
        }
        if long_words:  # never removed: a word no longer indexed only widens an OR
            conn.execute(text("INSERT OR IGNORE INTO search_words(word) VALUES (:word)"),
                         [{"word": w} for w in long_words])

    def _delete_keys(self, conn: Connection, keys: Sequence[int]) -> None:
        if keys:  # in growing order, like insertions (see _insert)
            conn.execute(text("DELETE FROM quote_search WHERE rowid = :key"),
                         [{"key": k} for k in sorted(keys)])

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        for chunk in _chunks(row_ids):
            self._insert(conn, indexed_quotes(conn, quotes.c.row_id.in_(chunk)))

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        for chunk in _chunks(row_ids):
            self._unindex(conn, quotes.c.row_id.in_(chunk))

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        if item_ids:
            self._unindex(conn, quotes.c.item_id.in_(list(item_ids)))

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        for chunk in _chunks(row_ids):
            self._unindex(conn, quotes.c.row_id.in_(chunk))
            self._insert(conn, indexed_quotes(conn, quotes.c.row_id.in_(chunk)))

    def _unindex(self, conn: Connection, where: Any) -> None:
        rows = conn.execute(select(quotes.c.row_id, quotes.c.said_on).where(where))
        self._delete_keys(conn, [date_key(said_on, row_id) for row_id, said_on in rows])

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        delete = text("DELETE FROM name_search WHERE kind = :kind AND record_id = :id")
        insert = text("INSERT INTO name_search(kind, record_id, name) VALUES (:kind, :id, :name)")
        if person_ids:
            ids = list(person_ids)
            conn.execute(delete, [{"kind": "p", "id": i} for i in ids])
            rows = conn.execute(
                select(people.c.id, people.c.honorific, people.c.given_name,
                       people.c.family_name).where(people.c.id.in_(ids))
            ).mappings()
            values = [{"kind": "p", "id": r["id"], "name": _name_text(_full_name(r))}
                      for r in rows]
            if values:
                conn.execute(insert, values)
        if organisation_ids:
            ids = list(organisation_ids)
            conn.execute(delete, [{"kind": "o", "id": i} for i in ids])
            rows = conn.execute(
                select(organisations.c.id, organisations.c.short_name, organisations.c.name)
                .where(organisations.c.id.in_(ids))
            ).mappings()
            values = [
                {"kind": "o", "id": r["id"],
                 "name": _name_text(" ".join([r["short_name"], *_texts(r["name"]).values()]))}
                for r in rows
            ]
            if values:
                conn.execute(insert, values)

    def rebuild(self, conn: Connection, batch: int = 20_000) -> None:
        conn.exec_driver_sql("DELETE FROM quote_search")
        conn.exec_driver_sql("DELETE FROM name_search")
        conn.exec_driver_sql("DELETE FROM search_words")
        # Merge the index once at the end instead of while filling it (half the time).
        self._configure(conn, automerge=0, crisismerge=64)
        everyone = _People.load(conn, None, titles=False)
        last = conn.execute(text("SELECT coalesce(max(row_id), 0) FROM quotes")).scalar_one()
        for start in range(0, last + 1, batch):
            where = quotes.c.row_id.between(start, start + batch - 1)
            self._insert(conn, indexed_quotes(conn, where, everyone))
        if everyone.names:
            conn.execute(
                text("INSERT INTO name_search(kind, record_id, name) VALUES ('p', :id, :name)"),
                [{"id": i, "name": _name_text(n)} for i, n in everyone.names.items()],
            )
        org_ids = list(conn.execute(select(organisations.c.id)).scalars())
        self.index_names(conn, (), org_ids)
        conn.exec_driver_sql("INSERT INTO quote_search(quote_search) VALUES ('optimize')")
        self._configure(conn, automerge=4, crisismerge=16)  # FTS5's defaults

    @staticmethod
    def _configure(conn: Connection, **values: int) -> None:
        for key, value in values.items():
            conn.exec_driver_sql(
                f"INSERT INTO quote_search(quote_search, rank) VALUES ('{key}', {int(value)})"
            )

    # -- names ---------------------------------------------------------------------------

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        folded = " ".join(fold_words(part))
        if not folded:
            return []
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if len(folded) >= 3:
            query = text(
                "SELECT record_id FROM name_search WHERE name_search MATCH :match "
                "AND kind = :kind LIMIT :limit"
            )
            params: dict[str, Any] = {"match": _fts_string([folded]), "kind": kind,
                                      "limit": limit}
        else:
            query = text(
                "SELECT record_id FROM name_search WHERE name LIKE :pattern ESCAPE '\\' "
                "AND kind = :kind LIMIT :limit"
            )
            params = {"pattern": pattern, "kind": kind, "limit": limit}
        return list(dict.fromkeys(conn.execute(query, params).scalars()))

    # -- search --------------------------------------------------------------------------

    def _long_prefixes(self, conn: Connection, wanted: QuoteFilter) -> dict[str, list[str]]:
        """The indexed words each prefix longer than :data:`PREFIX_MAX` starts, if few."""
        found: dict[str, list[str]] = {}
        for term in wanted.terms:
            word = term.words[-1]
            if len(term.words) > 1 or not term.prefix or len(word) <= PREFIX_MAX:
                continue
            words = list(conn.execute(
                text("SELECT word FROM search_words WHERE word >= :low AND word < :high "
                     "ORDER BY word LIMIT :cap"),
                {"low": word, "high": word + "\U0010ffff", "cap": MAX_EXPANSION + 1},
            ).scalars())
            if 0 < len(words) <= MAX_EXPANSION:
                found[word] = words
        return found

    def _match(self, wanted: QuoteFilter, whole_words: bool = False,
               long_prefixes: Mapping[str, Sequence[str]] | None = None) -> str | None:
        """The FTS5 MATCH expression for a search, or ``None`` when only dates filter.

        ``whole_words``: the words must occur as they are (for ranking), not as word
        starts or compound parts. ``long_prefixes``: prefixes searched as the words they
        start (see :meth:`_long_prefixes`).
        """
        parts: list[str] = []
        if wanted.language is not None:
            columns = "{text_" + wanted.language + " speakers}" if wanted.language in (
                "de", "en") else "{speakers}"
        else:
            columns = "{text_de text_en speakers}"
        with_parts = wanted.language in (None, "de")
        for term in wanted.terms:
            if term.phrase:
                parts.append(f"{columns} : {_fts_string(term.words)}")
                continue
            prefix = _fts_string(term.words)
            if whole_words or not term.prefix:  # short words: whole (long prefix lists)
                parts.append(f"{columns} : {prefix}")
                continue
            started = (long_prefixes or {}).get(term.words[0]) if len(term.words) == 1 else None
            if started:
                prefix = "(" + " OR ".join(_fts_string([w]) for w in started) + ")"
            else:
                prefix += "*"
            expression = f"{columns} : {prefix}"
            if with_parts and len(term.words) == 1 and len(term.words[0]) >= MIN_PART:
                if wanted.language is None and not term.words[0].startswith(_TAG_START):
                    # Every column but the tags, whose tokens it cannot match: no column
                    # filter, which FTS5 checks in each candidate's positions (half the time).
                    expression = prefix
                else:
                    expression = f"({expression} OR parts : {prefix})"
            parts.append(expression)
        if wanted.speaker_words:
            parts.append(f"speakers : {_fts_string(wanted.speaker_words)}*")
        tag_groups: list[list[str]] = []
        if wanted.person_ids is not None:
            tag_groups.append([tag("p", p) for p in wanted.person_ids])
        if wanted.organisation_ids is not None:
            tag_groups.append([tag("o", o) for o in wanted.organisation_ids])
        if wanted.topic is not None:
            tag_groups.append([topic_tag(wanted.topic)])
        if wanted.approval is not None:
            tag_groups.append([tag("a", a.value) for a in wanted.approval])
        if wanted.language is not None:
            tag_groups.append([tag("l", wanted.language)])
        for group in tag_groups:
            inner = " OR ".join(f'"{t}"' for t in group)
            parts.append(f"tags : ({inner})" if len(group) > 1 else f"tags : {inner}")
        return " AND ".join(parts) if parts else None

    @staticmethod
    def _key_range(wanted: QuoteFilter) -> tuple[int, int]:
        low, high = 0, (1 << 62)
        if wanted.date_to is not None:
            low = _day_keys(wanted.date_to)[0]
        if wanted.date_from is not None:
            high = _day_keys(wanted.date_from)[1]
        elif wanted.date_to is not None:
            high = (_LAST_DAY << _KEY_BITS) - 1  # undated quotes do not fall into a range
        return low, high

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        if wanted.matches_nothing or limit <= 0:
            return []
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = self._key_range(wanted)
        params: dict[str, Any] = {"match": match, "low": low, "high": high}
        where = "rowid BETWEEN :low AND :high"
        if match is not None:
            where = "quote_search MATCH :match AND " + where
        rows: list[int] = []
        if by_relevance and match is not None and wanted.terms and offset < RANK_CANDIDATES:
            newest = conn.execute(
                text(f"SELECT rowid FROM quote_search WHERE {where} "
                     "ORDER BY rowid LIMIT :cap"),
                {**params, "cap": RANK_CANDIDATES},
            ).scalars().all()
            ranked = self._whole_words_first(conn, wanted, match, newest)
            rows = [row_of_key(k) for k in ranked[offset : offset + limit]]
            if len(rows) == limit or len(newest) < RANK_CANDIDATES:
                return rows
            limit -= len(rows)
            offset = RANK_CANDIDATES
        dated = conn.execute(
            text(f"SELECT rowid FROM quote_search WHERE {where} "
                 "ORDER BY rowid LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit, "offset": offset},
        ).scalars().all()
        return rows + [row_of_key(k) for k in dated]

    def _whole_words_first(self, conn: Connection, wanted: QuoteFilter, match: str,
                           newest: Sequence[int]) -> list[int]:
        """The keys ``newest`` (newest first, found by ``match``), whole-word matches first."""
        exact = self._match(wanted, whole_words=True)
        if not newest or exact is None or exact == match:
            return list(newest)
        whole = set(conn.execute(
            text("SELECT rowid FROM quote_search WHERE quote_search MATCH :match "
                 "AND rowid BETWEEN :low AND :high"),
            {"match": exact, "low": newest[0], "high": newest[-1]},
        ).scalars())
        return [k for k in newest if k in whole] + [k for k in newest if k not in whole]

    def count(self, conn: Connection, wanted: QuoteFilter) -> int:
        if wanted.matches_nothing:
            return 0
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = self._key_range(wanted)
        where = "rowid BETWEEN :low AND :high"
        if match is not None:
            where = "quote_search MATCH :match AND " + where
        query = text(f"SELECT count(*) FROM quote_search WHERE {where}")
        return int(conn.execute(query, {"match": match, "low": low, "high": high}).scalar_one())


def _name_text(name: str) -> str:
    plain, written = folded_spellings(name)
    plain, written = " ".join(_WORD.findall(plain)), " ".join(_WORD.findall(written))
    return plain if plain == written else f"{plain}\n{written}"


class UnavailableQuoteIndex:
    """For databases without an index implementation yet: saving works, searching fails."""

    dialect = "none"

    def create(self, conn: Connection) -> None:
        pass

    def drop(self, conn: Connection) -> None:
        pass

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        pass

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        pass

    def rebuild(self, conn: Connection) -> None:
        pass

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        raise NotImplementedError(conn.dialect.name)

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        raise NotImplementedError(conn.dialect.name)

    def count(self, conn: Connection, wanted: QuoteFilter) -> int:
        raise NotImplementedError(conn.dialect.name)


def index_for(dialect_name: str) -> QuoteIndex:
    """The quote index for a database dialect ("sqlite", "postgresql", …)."""
    if dialect_name == "sqlite":
        return SqliteQuoteIndex()
    return UnavailableQuoteIndex()


__all__ = [
    "HitSpeaker",
    "QuoteFilter",
    "QuoteHit",
    "QuoteIndex",
    "SqliteQuoteIndex",
    "Term",
    "index_for",
    "load_hits",
    "parse_query",
]
