"""The quote index on PostgreSQL: one ``tsvector`` per quote under a GIN index.

It gives the hits of the SQLite index (:mod:`.sqlite_fts`) for the same archive, so it is
fed the same values (:mod:`.entries`): texts folded in Python (umlauts dropped and
written out, ß as ss, accents removed), compound parts as extra words. PostgreSQL's own
dictionaries are deliberately not used for the words: the ``german`` configuration
stems ("Förderung" would find "fördern") and ``unaccent`` does not write ä as ae, and
either would make the two backends disagree.

* ``quote_search(key, words, parts)``: ``key`` is the quote's date key (the newer, the
  smaller; a date range is a key range), ``words`` and ``parts`` ``tsvector`` values
  written by this module lexeme by lexeme, each under a GIN index. ``words`` holds the
  words with positions (for phrases), the columns of the SQLite index as weights: the
  German text ``A``, the English text ``B``, the speakers' names ``C``. Positions run on
  through the columns with a gap between them, so that a phrase never spans two columns.
  Filter tags are lexemes starting with ``_``, which no word of a query can be (words
  never contain ``_``), so a word never matches a filter. ``parts`` holds the compound
  parts, without positions: they are most of a quote's lexemes, and kept apart they
  leave the vector every search tests small, and a search in any language needs no
  weights, which GIN cannot check without reading the row.
* ``search_words(word)``: every lexeme of the words and parts vectors (kept in step by
  the writer, in the same transaction; a quote taken out leaves its words listed, which
  costs nothing but an expansion that finds nothing).
* A word of three letters or more is a prefix query (``'förder':*``); its compound parts
  are the same prefix on ``parts`` (``words @@ … OR parts @@ …``). A phrase is ``<->``
  between its words. A prefix is written as the lexemes it stands for, listed in
  ``search_words`` (``'foerder':*`` becomes ``'foerderung' | 'foerdermittel' | …``), up
  to :data:`MAX_EXPANSION` of them: GIN finds exact lexemes several times faster than it
  scans for a prefix (measured: 1.9 against 13.6 ms for 11,000 quotes), and the planner
  estimates them from its lexeme statistics. A prefix of more lexemes stays one.
* "Newest first" is ``ORDER BY key``. A search either walks the newest rows along the
  key's B-tree, testing each row, or lets the GIN indexes find every match and sorts
  them; the planner's estimate of the matches (``EXPLAIN``, from the lexeme statistics
  of ``ANALYZE``) chooses: a common word fills a page within a short walk, a rare word or
  a speaker is found by GIN. Left to itself, PostgreSQL misjudges these queries both ways
  (a walk through every row for a rare word: seconds at 200,000 quotes; a bitmap of a
  third of the table for a common word), measured. Each statement is planned for its
  values (no generic plans of prepared statements, which cannot tell the two apart).
  The estimate is kept for half a minute per search: the same search again, or its next
  page, walks on it without listing what its prefixes stand for (a walk tests them as
  prefixes), and a first page in date order is then one statement with its hits
  (:meth:`PostgresQuoteIndex.page_walk`); so is one that GIN finds, with the words its
  prefixes stood for a moment ago, listed again in it to tell that they still hold
  (:meth:`PostgresQuoteIndex.page_found`). Terms that may be
  compound parts are found by one GIN scan of the words where few rows have them among
  their parts (:meth:`PostgresQuoteIndex._found_statement`).
* Relevance ranks the newest :data:`.index.RANK_CANDIDATES` matches, those found with
  whole words first, as on SQLite. Finding the candidates of a common word or a compound
  part reads thousands of rows; a page can mostly be placed without them, from the newest
  whole-word matches and the newest matches, once a count tells that they lie among the
  candidates (:meth:`PostgresQuoteIndex._ranked_page`); one walk through the newest rows
  tells so even among few matches. The same search again is then one statement with its
  hits as well (:meth:`PostgresQuoteIndex.page_placement`).
* Names of people and organisations: ``name_search`` with a ``pg_trgm`` GIN index for
  ``LIKE '%part%'``.

Limits of ``tsvector``: positions end at 16,383 and a vector holds at most a megabyte;
a text longer than that (hundreds of pages in one quote) is searchable in its first
:data:`MAX_POSITIONS` words.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from editor.store.schema import organisations, people, quotes
from editor.store.search.entries import (
    IndexedQuote,
    People,
    full_name,
    indexed_quotes,
    key_range,
    row_of_key,
    tag_groups,
    texts_of,
)
from editor.store.search.folding import MIN_PART, TOKEN, fold_words, name_text
from editor.store.search.index import RANK_CANDIDATES
from editor.store.search.keyed import KeyedQuoteIndex
from editor.store.search.query import QuoteFilter, Term

WINDOW = 50_000
"""The most rows a walk through the newest rows reads before the GIN indexes are asked."""

ESTIMATES_KEPT = 30.0
"""Seconds a planner's estimate is used again (a page, then the next, asks the same)."""

GIN_COST = 4
"""What checking one match found by GIN costs, in rows of a walk (measured)."""

RANK_WINDOW = 8 * RANK_CANDIDATES
"""How many of the newest rows a relevance search walks to place its whole-word matches."""

FEW_MATCHES = 2
"""Up to this many times :data:`RANK_CANDIDATES` matches (as the planner expects) are
ranked at once, unless one short walk places the page (:meth:`PostgresQuoteIndex.
_placed_in_one_walk`): finding them all costs less than the other ways of placing a page
from whole words."""

PARTS_FEW = 0.01
"""Up to this share of all rows having a term of a search among their compound parts,
GIN finds the matches from their words first (:meth:`PostgresQuoteIndex._found_statement`)."""

MAX_POSITIONS = 16_000
"""Positions used for texts and names; PostgreSQL keeps positions up to 16,383."""

MAX_EXPANSION = 64
"""A prefix standing for more lexemes than this is searched as a prefix."""

MAX_LEXEME_BYTES = 2_000
"""Longer tokens are left out (PostgreSQL refuses lexemes of 2 KB; no one searches them)."""

MAX_VECTOR_BYTES = 900_000
"""What one quote's vector may take (PostgreSQL refuses vectors of a megabyte)."""

ROW_BYTES = 8160
"""Up to this size (PostgreSQL's most, a page) a row of ``quote_search`` keeps its vectors
in itself, uncompressed. By default a row of more than 2 KB has its vectors compressed or
moved to the TOAST table, and a walk through the newest rows then reads each of those
twice over: a two-word walk through the newest rows read 1,745 buffers instead of 774 and
took 3.3 instead of 1.4 ms of the server's time, at 100,000 and at 1,000,000 quotes; a
search with a speaker, whose rows GIN finds, took a third of the time (measured). Larger
vectors are compressed or moved out as before."""

_WEIGHTS = {"de": "AC", "en": "BC"}
"""The weights a word is searched on in a language's texts (``C``: the speakers)."""

_TEXT_COLUMNS = (("text_de", "A"), ("text_en", "B"), ("speakers", "C"))

_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE quote_search (key BIGINT PRIMARY KEY, words TSVECTOR NOT NULL, "
    f"parts TSVECTOR NOT NULL) WITH (toast_tuple_target = {ROW_BYTES})",
    "CREATE INDEX quote_search_words ON quote_search USING gin (words)",
    "CREATE INDEX quote_search_parts ON quote_search USING gin (parts)",
    'CREATE TABLE search_words (word TEXT COLLATE "C" PRIMARY KEY)',
    "CREATE TABLE name_search (kind VARCHAR(1) NOT NULL, record_id TEXT NOT NULL, "
    "name TEXT NOT NULL, PRIMARY KEY (kind, record_id))",
    "CREATE INDEX name_search_name ON name_search USING gin (name gin_trgm_ops)",
)
_INSERT_QUOTE = ("INSERT INTO quote_search (key, words, parts) "
                 "VALUES (:key, CAST(:words AS tsvector), CAST(:parts AS tsvector))")
_INSERT_WORDS = ("INSERT INTO search_words (word) SELECT unnest(CAST(:words AS text[])) "
                 "ON CONFLICT DO NOTHING")


def _labelled(positions: dict[str, list[str]]) -> str:
    return " ".join(
        f"'{lexeme}'" + (":" + ",".join(labels) if labels and labels[0] else "")
        for lexeme, labels in positions.items()
    )


def vectors(entry: IndexedQuote, lexemes: set[str] | None = None) -> tuple[str, str]:
    """The two ``tsvector`` values of one quote (words with positions and filter tags;
    compound parts without positions), in PostgreSQL's input syntax; their word and part
    lexemes are added to ``lexemes`` if given (for ``search_words``)."""
    positions: dict[str, list[str]] = {}
    parts: dict[str, list[str]] = {}
    position = 0
    size = 0

    def add(into: dict[str, list[str]], lexeme: str, label: str) -> None:
        nonlocal size
        found = into.get(lexeme)
        if found is None:
            if len(lexeme.encode()) > MAX_LEXEME_BYTES or size > MAX_VECTOR_BYTES:
                return
            found = into[lexeme] = []
            size += len(lexeme.encode()) + 4
        if label:
            found.append(label)
            size += 6

    for column, weight in _TEXT_COLUMNS:
        for token in TOKEN.findall(getattr(entry, column)):
            if position >= MAX_POSITIONS:
                break
            position += 1
            add(positions, token, f"{position}{weight}")
        position += 1  # a gap: no phrase runs from one column into the next
    for tag_token in entry.tags.split():
        add(positions, "_" + tag_token, "")
    size = 0
    for part in TOKEN.findall(entry.parts):
        add(parts, part, "")
    if lexemes is not None:
        lexemes.update(w for w in positions if not w.startswith("_"))
        lexemes.update(parts)
    return _labelled(positions), _labelled(parts)


def _phrase(tokens: Sequence[str], weights: str, prefix: bool = False,
            expanded: Sequence[str] | None = None) -> str:
    """Tokens one after the other, each on one of ``weights``; the last a prefix if asked,
    written as the lexemes it stands for when ``expanded`` lists them."""
    if weights in ("ABC", ""):  # every weight: none named, so GIN need not check the rows
        weights = ""
    label = f":{weights}" if weights else ""
    pieces = [f"'{t}'{label}" for t in tokens]
    if prefix:
        if expanded:
            inner = " | ".join(f"'{lexeme}'{label}" for lexeme in expanded)
            pieces[-1] = f"({inner})" if len(expanded) > 1 else inner
        else:
            pieces[-1] = f"'{tokens[-1]}':*{weights}"
    return pieces[0] if len(pieces) == 1 else "(" + " <-> ".join(pieces) + ")"


Expansions = dict[str, "list[str] | None"]
"""The lexemes each prefix of a search stands for; ``None``: too many to list."""


def _prefix_phrase(tokens: Sequence[str], weights: str, expansions: Expansions) -> str | None:
    """A phrase whose last token is a prefix, expanded where ``expansions`` lists its
    lexemes; ``None`` when no lexeme starts with it."""
    expanded = expansions.get(tokens[-1])
    if expanded is not None and not expanded:
        return None
    return _phrase(tokens, weights, prefix=True, expanded=expanded)


def _expanded(prefixes: Sequence[str], listing: Sequence[Sequence[str]]) -> Expansions:
    """The expansions of ``prefixes`` from the words listed for each (one too many:
    ``None``, see :data:`MAX_EXPANSION`)."""
    return {prefix: list(words) if len(words) <= MAX_EXPANSION else None
            for prefix, words in zip(prefixes, listing, strict=True)}


def _window(expected: float, rows: float, need: int) -> int | None:
    """How many of the newest rows a walk reads to find ``need`` of ``expected`` matches
    among ``rows``, with room to spare; ``None`` when GIN finds them for less."""
    if expected < need or rows <= 0:
        return None
    window = min(int(need * rows / expected * 2) + need, WINDOW)
    return window if window <= GIN_COST * expected else None


def _next_string(value: str) -> str:
    """The smallest string after every string that starts with ``value`` (in code points)."""
    return value[:-1] + chr(ord(value[-1]) + 1)


@dataclass(frozen=True)
class _Match:
    """What a search asks of the rows of ``quote_search``: a condition and its values.

    ``words`` (a ``tsquery``) must match the words vector, and so must ``tags`` (the
    filters); each of ``either`` (a term that may be a compound part: a query on the
    words, one on the parts) must match the words vector or the parts vector.
    """

    words: str | None
    tags: str | None = None
    either: tuple[tuple[str, str], ...] = ()
    prefixed: _Match | None = None
    """The same search with its prefixes as prefix queries, if they were expanded: GIN
    finds the exact lexemes faster, a row is tested faster against one prefix than
    against a list of lexemes (measured: 2.5 times for 18 of them)."""

    @property
    def walked(self) -> _Match:
        """What a walk through the rows tests."""
        return self.prefixed or self

    def sql(self, name: str = "q") -> str:
        """The condition, its values named ``name…`` (see :meth:`params`); a row's words
        are tested first, its parts only where they are needed."""
        clauses = [f"words @@ CAST(:{name} AS tsquery)"] if self.words or self.tags else []
        clauses += [f"(words @@ CAST(:{name}w{i} AS tsquery) "
                    f"OR parts @@ CAST(:{name}p{i} AS tsquery))"
                    for i in range(len(self.either))]
        return " AND ".join(clauses) or "true"

    def params(self, name: str = "q") -> dict[str, str]:
        plain = " & ".join(q for q in (self.words, self.tags) if q)
        values = {name: plain} if plain else {}
        for i, (words, parts) in enumerate(self.either):
            values[f"{name}w{i}"] = words
            values[f"{name}p{i}"] = parts
        return values


@dataclass(frozen=True)
class PageWalk:
    """A walk through the newest rows for a date-ordered page, as a statement (the
    driver's placeholders; columns ``key`` and ``whole``, newest first) and its values."""

    sql: str
    params: dict[str, Any]
    need: int
    """The keys it finds when it does not come up short."""
    origin: tuple[_Match, int, float, int] | None
    """What :meth:`PostgresQuoteIndex.walk_came_up_short` corrects: the walked search,
    the window, the rows of the table and the lowest key (``None``: nothing)."""
    complete: bool = False
    """Whether the keys it finds are the page however many they are (GIN found every
    match, see :meth:`PostgresQuoteIndex.page_found`)."""
    order: str = "key"
    """The order of the page, by the statement's columns (newest first unless ranked)."""
    check: tuple[str, Any] | None = None
    """An SQL expression (JSON) to run with the page, and the value it must give for
    the page to hold (the words a prefix stands for, listed a moment ago); its values
    are among :attr:`params`."""


def _page_of(conn: Connection, sql: str, params: dict[str, Any], need: int,
             check: tuple[str, dict[str, str], Any] | None, order: str = "key") -> PageWalk:
    """The page GIN finds by ``sql`` (whatever it finds is the page), with ``check``
    (see :meth:`PostgresQuoteIndex._kept_expansions`)."""
    compiled = text(sql).bindparams(**params).compile(dialect=conn.dialect)
    values = dict(compiled.params)
    if check is not None:
        values.update(check[1])
    return PageWalk(str(compiled), values, need, None, complete=True, order=order,
                    check=None if check is None else (check[0], check[2]))


def _found_nothing(need: int, check: tuple[str, dict[str, str], Any] | None) -> PageWalk:
    """The page of a search with a prefix that no word starts with: none."""
    return PageWalk("SELECT key, true AS whole FROM quote_search WHERE false",
                    dict(check[1]) if check is not None else {}, need, None, complete=True,
                    check=None if check is None else (check[0], check[2]))


_NOTHING = _Match(None)
"""A search that can match no quote (a term without any word the index holds)."""


class PostgresQuoteIndex(KeyedQuoteIndex):
    """The quote index in PostgreSQL (see the module's description)."""

    dialect = "postgresql"

    def __init__(self) -> None:
        self._estimates: dict[str, tuple[float, float, float]] = {}
        self._rows: tuple[float, float] | None = None
        self._listings: dict[tuple[str, ...], tuple[float, list[list[str]]]] = {}
        """The words listed for a search's prefixes, and when (see :meth:`page_found`)."""

    format = "postgresql-tsvector 5"
    """Bumped whenever the tables or what goes into them change: archives build it again."""

    # -- tables --------------------------------------------------------------------------

    def create(self, conn: Connection) -> None:
        for statement in _CREATE:
            conn.exec_driver_sql(statement)

    def drop(self, conn: Connection) -> None:
        conn.exec_driver_sql("DROP TABLE IF EXISTS quote_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS name_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_words")

    # -- maintenance ---------------------------------------------------------------------

    def _insert(self, conn: Connection, entries: Sequence[IndexedQuote]) -> None:
        if entries:
            rows = []
            lexemes: set[str] = set()
            for entry in entries:
                words, parts = vectors(entry, lexemes)
                rows.append({"key": entry.key, "words": words, "parts": parts})
            conn.execute(text(_INSERT_QUOTE), rows)
            # sorted: two writers adding the same new words wait on each other in one
            # order, never in a cycle
            conn.execute(text(_INSERT_WORDS), {"words": sorted(lexemes)})

    def _delete_keys(self, conn: Connection, keys: Sequence[int]) -> None:
        if keys:
            conn.execute(text("DELETE FROM quote_search WHERE key = ANY(:keys)"),
                         {"keys": list(keys)})

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        delete = text("DELETE FROM name_search WHERE kind = :kind AND record_id = ANY(:ids)")
        insert = text("INSERT INTO name_search (kind, record_id, name) "
                      "VALUES (:kind, :id, :name)")
        if person_ids:
            ids = list(dict.fromkeys(person_ids))
            conn.execute(delete, {"kind": "p", "ids": ids})
            rows = conn.execute(
                select(people.c.id, people.c.honorific, people.c.given_name,
                       people.c.family_name).where(people.c.id.in_(ids))
            ).mappings()
            values = [{"kind": "p", "id": r["id"], "name": name_text(full_name(r))}
                      for r in rows]
            if values:
                conn.execute(insert, values)
        if organisation_ids:
            ids = list(dict.fromkeys(organisation_ids))
            conn.execute(delete, {"kind": "o", "ids": ids})
            rows = conn.execute(
                select(organisations.c.id, organisations.c.short_name, organisations.c.name)
                .where(organisations.c.id.in_(ids))
            ).mappings()
            values = [
                {"kind": "o", "id": r["id"],
                 "name": name_text(" ".join([r["short_name"], *texts_of(r["name"]).values()]))}
                for r in rows
            ]
            if values:
                conn.execute(insert, values)

    def rebuild(self, conn: Connection, batch: int = 20_000) -> None:
        conn.exec_driver_sql("DELETE FROM quote_search")
        conn.exec_driver_sql("DELETE FROM name_search")
        conn.exec_driver_sql("DELETE FROM search_words")
        everyone = People.load(conn, None, titles=False)
        last = conn.execute(text("SELECT coalesce(max(row_id), 0) FROM quotes")).scalar_one()
        for start in range(0, last + 1, batch):
            where = quotes.c.row_id.between(start, start + batch - 1)
            self._insert(conn, indexed_quotes(conn, where, everyone))
        self.index_names(conn, list(everyone.names), ())
        org_ids = list(conn.execute(select(organisations.c.id)).scalars())
        self.index_names(conn, (), org_ids)
        conn.exec_driver_sql("ANALYZE quote_search")
        conn.exec_driver_sql("ANALYZE name_search")

    # -- names ---------------------------------------------------------------------------

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        folded = " ".join(fold_words(part))
        if not folded:
            return []
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = text(
            "SELECT record_id FROM name_search WHERE kind = :kind "
            "AND name LIKE :pattern ESCAPE '\\' ORDER BY record_id LIMIT :limit"
        )
        params = {"kind": kind, "pattern": pattern, "limit": limit}
        return list(dict.fromkeys(conn.execute(query, params).scalars()))

    # -- search --------------------------------------------------------------------------

    @staticmethod
    def _prefixes(wanted: QuoteFilter) -> list[str]:
        """The prefixes a search's terms and speaker words ask for (to expand)."""
        found = [TOKEN.findall(" ".join(t.words))[-1:] for t in wanted.terms
                 if not t.phrase and t.prefix]
        if wanted.speaker_words:
            found.append(TOKEN.findall(" ".join(wanted.speaker_words))[-1:])
        return list(dict.fromkeys(p[0] for p in found if p))

    def _expansions(self, conn: Connection, prefixes: Sequence[str]) -> Expansions:
        """The lexemes each prefix stands for (``None``: too many), in one statement that
        also has the rest of the transaction planned for each statement's values.

        A prepared statement's generic plan cannot tell a rare word from a common one,
        and the driver prepares a statement that was run a few times: the same page would
        first take a millisecond, later ten (measured). Set in the same round trip as the
        expansion, it costs none of its own. The archive's connections are set so when
        they connect (:mod:`editor.store.engine`): a search that runs each statement as
        a transaction of its own keeps it, where this setting ends with the statement."""
        selects = ["(SELECT -1, set_config('plan_cache_mode', 'force_custom_plan', true))"]
        selects += [f"(SELECT {i}, word FROM search_words WHERE word >= :low{i} "
                    f"AND word < :high{i} ORDER BY word LIMIT {MAX_EXPANSION + 1})"
                    for i in range(len(prefixes))]
        params: dict[str, str] = {}
        for i, prefix in enumerate(prefixes):
            params[f"low{i}"] = prefix
            params[f"high{i}"] = _next_string(prefix)
        listing: list[list[str]] = [[] for _ in prefixes]
        for i, word in conn.execute(text(" UNION ALL ".join(selects)), params):
            if i >= 0:
                listing[i].append(word)
        if len(self._listings) >= 64:
            self._listings.clear()
        self._listings[tuple(prefixes)] = (time.monotonic(), listing)
        return _expanded(prefixes, listing)

    def _kept_expansions(self, conn: Connection, prefixes: Sequence[str],
                         ) -> tuple[Expansions, tuple[str, dict[str, str], Any] | None]:
        """What the prefixes stand for, from their listing of a moment ago if kept (then
        with the check that it still holds: an SQL expression listing them again, its
        values and the value it must give), else from :meth:`_expansions`."""
        if not prefixes:
            return {}, None
        kept = self._listings.get(tuple(prefixes))
        if kept is None or kept[0] <= time.monotonic() - ESTIMATES_KEPT:
            return self._expansions(conn, prefixes), None
        lists = ", ".join(
            "(SELECT coalesce(json_agg(word ORDER BY word), '[]') FROM (SELECT word "
            f"FROM search_words WHERE word >= %(listed_low{i})s AND word < "
            f"%(listed_high{i})s ORDER BY word LIMIT {MAX_EXPANSION + 1}) AS listed)"
            for i in range(len(prefixes)))
        params: dict[str, str] = {}
        for i, prefix in enumerate(prefixes):
            params[f"listed_low{i}"] = prefix
            params[f"listed_high{i}"] = _next_string(prefix)
        return _expanded(prefixes, kept[1]), (f"json_build_array({lists})", params, kept[1])

    @staticmethod
    def _term(term: Term, language: str | None, whole_words: bool,
              expansions: Expansions) -> tuple[str, str | None] | None:
        """One term as a ``tsquery`` on the words, and one on the compound parts if it may
        be one; ``None`` when it can match no quote."""
        tokens = TOKEN.findall(" ".join(term.words))
        if not tokens:
            return None
        weights = "ABC" if language is None else _WEIGHTS.get(language, "C")
        if term.phrase or whole_words or not term.prefix:
            return _phrase(tokens, weights), None
        with_parts = (language in (None, "de") and len(term.words) == 1
                      and len(term.words[0]) >= MIN_PART)
        expanded = expansions.get(tokens[-1])
        if expanded is not None and not expanded:
            return None  # no word nor part starts with it
        words = _phrase(tokens, weights, prefix=True, expanded=expanded)
        # word starts in the texts and names, or a part of a compound
        return words, (_phrase(tokens, "", prefix=True, expanded=expanded)
                       if with_parts else None)

    def _query(self, wanted: QuoteFilter, expansions: Expansions,
               whole_words: bool = False) -> _Match | None:
        """What a search asks of the rows; ``None`` when only dates filter."""
        pieces: list[str] = []
        tags: list[str] = []
        either: list[tuple[str, str]] = []
        for term in wanted.terms:
            piece = self._term(term, wanted.language, whole_words, expansions)
            if piece is None:
                return _NOTHING
            words, parts = piece
            if parts is None:
                pieces.append(words)
            else:
                either.append((words, parts))
        if wanted.speaker_words:
            tokens = TOKEN.findall(" ".join(wanted.speaker_words))
            speaker = _prefix_phrase(tokens, "C", expansions) if tokens else None
            if speaker is None:
                return _NOTHING
            pieces.append(speaker)
        for group in tag_groups(wanted):
            inner = " | ".join(f"'_{t}'" for t in group)
            tags.append(f"({inner})" if len(group) > 1 else inner)
        if not pieces and not tags and not either:
            return None
        return _Match(" & ".join(pieces) if pieces else None,
                      " & ".join(tags) if tags else None, tuple(either))

    def _newest(self, conn: Connection, match: _Match, low: int, high: int, need: int,
                whole: _Match | None = None) -> list[tuple[int, bool]]:
        """The keys of the ``need`` newest matches between ``low`` and ``high``, each with
        whether ``whole`` (the whole-word search) matches it too (``True`` if none).

        Two ways to find them: walk the newest rows in key order, testing each vector,
        until ``need`` match, or let the GIN indexes find every match and sort them. The
        walk costs the rows it reads, GIN the matches it checks (each a heap visit, a
        few times a row of the walk). The planner's estimate of the matches (from the
        lexeme statistics ``ANALYZE`` keeps) says how far a walk would go: a common word
        is walked, a rare one or a speaker goes to GIN. A walk that comes up short (the
        estimate was high) ends in GIN as well; both give the same keys.
        """
        expected, rows = self._estimate(conn, match)
        window = _window(expected, rows, need)
        if window is not None:
            found = self._walk(conn, match, whole, low, high, need, window)
            if len(found) == need:
                return found
            if low == 0:
                self._correct(match, len(found), window, rows)
        sql, params = self._found_statement(conn, match, whole, low, high, need)
        return [(key, bool(is_whole)) for key, is_whole in conn.execute(text(sql), params)]

    def _found_statement(self, conn: Connection, match: _Match, whole: _Match | None,
                         low: int, high: int, need: int) -> tuple[str, dict[str, Any]]:
        """The ``need`` newest matches as GIN finds them (for :meth:`_newest`): the
        statement (columns ``key`` and whether ``whole`` matches) and its values.

        A term that may be a compound part matches the words or the parts; GIN then
        reads each term's rows on its own and intersects them (two common words: two
        bitmaps of 11,000 rows for 1,200 matches). Where few rows have such a term among
        their parts (as the planner expects), the matches are those with every term
        among their words, which one GIN scan of the words finds intersected, and those
        among the few rows with one in their parts, tested one by one (measured: 2.0
        against 4.9 ms of the server for two such words at 100,000 quotes; 0.9 against
        3.0 for two rarer ones)."""
        flag = whole.sql("x") if whole is not None else "true"
        probed = match
        values = {**probed.params(), **(whole.params("x") if whole is not None else {}),
                  "low": low, "high": high, "need": need}
        if (probed.either and not probed.tags
                and self._parts_estimate(conn, probed) <= PARTS_FEW * self._table_rows(conn)):
            plain = [q for q in (probed.words, *(w for w, _ in probed.either)) if q]
            values["qall"] = " & ".join(f"({q})" for q in plain)
            in_parts = " OR ".join(f"parts @@ CAST(:qp{i} AS tsquery)"
                                   for i in range(len(probed.either)))
            return (f"SELECT key, {flag} AS whole FROM ("
                    "SELECT key, words FROM quote_search WHERE words @@ CAST(:qall AS tsquery) "
                    "AND key BETWEEN :low AND :high UNION ALL "
                    # "OFFSET 0": the parts find these rows, the words only test them
                    f"SELECT key, words FROM (SELECT key, words, parts FROM quote_search "
                    f"WHERE ({in_parts}) AND key BETWEEN :low AND :high OFFSET 0) AS few "
                    f"WHERE {probed.sql()} AND NOT words @@ CAST(:qall AS tsquery)"
                    ") AS found ORDER BY key + 0 LIMIT :need", values)
        return (f"SELECT key, {flag} AS whole FROM quote_search WHERE {probed.sql()} "
                "AND key BETWEEN :low AND :high "
                "ORDER BY key + 0 LIMIT :need",  # "+ 0": not along the key's B-tree
                values)

    def _parts_estimate(self, conn: Connection, match: _Match) -> float:
        """The planner's estimate of the rows with one of ``match``'s terms among their
        compound parts; kept as :meth:`_estimate` keeps its."""
        cache_key = "parts " + repr(match)
        known = self._estimates.get(cache_key)
        if known is not None and known[0] > time.monotonic() - ESTIMATES_KEPT:
            return known[1]
        in_parts = " OR ".join(f"parts @@ CAST(:qp{i} AS tsquery)"
                               for i in range(len(match.either)))
        expected = self._planned_rows(conn, f"SELECT key FROM quote_search WHERE {in_parts}",
                                      match.params())
        if len(self._estimates) >= 64:
            self._estimates.clear()
        self._estimates[cache_key] = (time.monotonic(), expected, 0.0)
        return expected

    @staticmethod
    def _planned_rows(conn: Connection, sql: str, params: dict[str, Any]) -> float:
        plan = conn.execute(text(f"EXPLAIN (FORMAT JSON) {sql}"), params).scalar_one()
        try:
            return float(plan[0]["Plan"]["Plan Rows"])
        except (KeyError, IndexError, TypeError, ValueError):
            return 0.0

    def _table_rows(self, conn: Connection) -> float:
        """How many rows ``quote_search`` has, as ``ANALYZE`` counted them (kept)."""
        if self._rows is None or self._rows[0] < time.monotonic() - ESTIMATES_KEPT:
            rows = conn.execute(
                text("SELECT reltuples FROM pg_class WHERE oid = 'quote_search'::regclass")
            ).scalar_one()
            self._rows = (time.monotonic(), max(float(rows), 0.0))
        return self._rows[1]

    @staticmethod
    def _walk_statement(match: _Match, whole: _Match | None, low: int, high: int, need: int,
                        window: int) -> tuple[str, dict[str, Any]]:
        """The walk of :meth:`_newest` through the newest ``window`` rows: its statement
        (columns ``key`` and whether ``whole`` matches) and values."""
        flag = whole.sql("x") if whole is not None else "true"
        return (f"SELECT key, {flag} AS whole FROM (SELECT key, words, parts "
                "FROM quote_search WHERE key BETWEEN :low AND :high ORDER BY key "
                f"LIMIT :window) AS newest WHERE {match.walked.sql()} "
                "ORDER BY key LIMIT :need",
                {**match.walked.params(), **(whole.params("x") if whole is not None else {}),
                 "low": low, "high": high, "need": need, "window": window})

    def _walk(self, conn: Connection, match: _Match, whole: _Match | None, low: int,
              high: int, need: int, window: int) -> list[tuple[int, bool]]:
        sql, params = self._walk_statement(match, whole, low, high, need, window)
        return [(key, bool(is_whole)) for key, is_whole in conn.execute(text(sql), params)]

    def page_walk(self, conn: Connection, wanted: QuoteFilter, need: int) -> PageWalk | None:
        """The walk a date-ordered search for the ``need`` newest matches is, when the
        estimate kept for it says to walk (see :meth:`_walked_again`), as a statement to
        run inside a larger one (with the hits of the keys it finds); ``None`` otherwise.
        Tell :meth:`walk_came_up_short` when it found fewer (then :meth:`search`)."""
        kept = self._kept_walk(wanted, need)
        if kept is None:
            return None
        walked, window, rows, low, high = kept
        sql, params = self._walk_statement(walked, None, low, high, need, window)
        compiled = text(sql).bindparams(**params).compile(dialect=conn.dialect)
        return PageWalk(str(compiled), dict(compiled.params), need,
                        (walked, window, rows, low))

    def page_found(self, conn: Connection, wanted: QuoteFilter, need: int,
                   ) -> PageWalk | None:
        """A date-ordered first page for GIN to find, when the estimate kept for the
        search says so (no walk): the statement of :meth:`_newest` that finds it, to run
        with the hits of the keys it finds (see :meth:`page_walk`); ``None`` otherwise.
        What its prefixes stand for is listed first, in a statement of its own, unless
        listed a moment ago: then the page's statement lists them again to tell that the
        page holds (:attr:`PageWalk.check`; a word new since lists anew)."""
        walked = self._query(wanted, {})
        if wanted.matches_nothing or walked is None or walked is _NOTHING:
            return None
        known = self._kept(walked)
        if known is None or _window(known[0], known[1], need) is not None:
            return None
        match, _, check = self._expanded(conn, wanted, walked)
        if match is None:  # a prefix no word starts with
            return _found_nothing(need, check)
        low, high = key_range(wanted)
        sql, params = self._found_statement(conn, match, None, low, high, need)
        return _page_of(conn, sql, params, need, check)

    def _expanded(self, conn: Connection, wanted: QuoteFilter, walked: _Match,
                  ) -> tuple[_Match | None, Expansions, tuple[str, dict[str, str], Any] | None]:
        """The search's match with what its prefixes stand for (listed a moment ago, or
        now), what they stand for, and the check of a list kept (see :meth:`page_found`);
        no match when a prefix starts no word."""
        expansions, check = self._kept_expansions(conn, self._prefixes(wanted))
        match = self._query(wanted, expansions)
        if match is None or match is _NOTHING:
            return None, expansions, check
        if any(expansions.values()):
            match = replace(match, prefixed=walked)
        return match, expansions, check

    def page_placement(self, conn: Connection, wanted: QuoteFilter, need: int,
                       ) -> PageWalk | None:
        """As :meth:`page_walk`, for a first page in relevance order: the walk of
        :meth:`_placed_in_one_walk`, when the estimate kept for the search's whole words
        says to walk, keeping only whole-word matches placed among the candidates; the
        page when it finds ``need`` of them (else :meth:`search`)."""
        if not wanted.terms or wanted.matches_nothing or need > RANK_CANDIDATES:
            return None
        walked = self._query(wanted, {})
        if walked is None or walked is _NOTHING:
            return None
        exact = self._query(wanted, {}, whole_words=True)
        if exact == walked:  # every match is a whole-word match: relevance is by date
            return self.page_walk(conn, wanted, need) or self.page_found(conn, wanted, need)
        if exact is None or exact is _NOTHING or self._kept(exact) is None:
            return None
        window = self._placement_window(conn, exact, need)
        if window is None:
            return self._page_ranked(conn, wanted, walked, need)
        low, high = key_range(wanted)
        sql, params = self._placement_statement(walked, exact, low, high, need, window,
                                                placed_only=True)
        compiled = text(sql).bindparams(**params).compile(dialect=conn.dialect)
        return PageWalk(str(compiled), dict(compiled.params), need, None)

    def _page_ranked(self, conn: Connection, wanted: QuoteFilter, walked: _Match,
                     need: int) -> PageWalk | None:
        """For :meth:`page_placement`: a first page in relevance order among few matches
        (as :meth:`search` ranks them: GIN finds every candidate, whole-word matches
        first), when the estimates kept say so; after one statement listing what its
        prefixes stand for, the statement that ranks them."""
        known = self._kept(walked)
        if (known is None or known[0] > FEW_MATCHES * RANK_CANDIDATES
                or _window(known[0], known[1], RANK_CANDIDATES) is not None):
            return None
        match, expansions, check = self._expanded(conn, wanted, walked)
        if match is None:  # a prefix no word starts with
            return _found_nothing(need, check)
        exact = self._query(wanted, expansions, whole_words=True)
        low, high = key_range(wanted)
        if exact == match:  # by date: the newest are the page
            sql, params = self._found_statement(conn, match, None, low, high, need)
            order = "key"
        else:
            found, params = self._found_statement(conn, match, exact, low, high, RANK_CANDIDATES)
            sql = (f"SELECT key, whole FROM ({found}) AS candidates "
                   "ORDER BY NOT whole, key LIMIT :page")
            params["page"] = need
            order = "NOT whole, key"
        return _page_of(conn, sql, params, need, check, order)

    def walk_came_up_short(self, walk: PageWalk, found: int) -> None:
        """A :meth:`page_walk` found ``found`` keys, fewer than it needed."""
        if walk.origin is None:
            return
        walked, window, rows, low = walk.origin
        if low == 0:
            self._correct(walked, found, window, rows)

    def _kept_walk(self, wanted: QuoteFilter, need: int,
                   ) -> tuple[_Match, int, float, int, int] | None:
        """The walked form of a search, its window and rows, and its key range, when the
        estimate kept for it says to walk."""
        walked = self._query(wanted, {})
        if walked is None or walked is _NOTHING:
            return None
        known = self._kept(walked)
        if known is None:
            return None
        window = _window(known[0], known[1], need)
        if window is None:
            return None
        low, high = key_range(wanted)
        return walked, window, known[1], low, high

    def _kept(self, match: _Match) -> tuple[float, float] | None:
        """The estimate of :meth:`_estimate` if kept from a moment ago, else ``None``."""
        known = self._estimates.get(repr(match.walked))
        if known is None or known[0] <= time.monotonic() - ESTIMATES_KEPT:
            return None
        return known[1], known[2]

    def _walked_again(self, conn: Connection, wanted: QuoteFilter, need: int,
                      ) -> list[int] | None:
        """The keys of the ``need`` newest matches by a walk alone, when the estimate of
        the same search, kept from a moment ago, says to walk; ``None`` otherwise.

        A walk tests the prefixes as prefixes (:attr:`_Match.walked`): it needs none of
        the lexemes they stand for, and so not the statement that lists them, only the
        estimate, which is kept per search (:data:`ESTIMATES_KEPT`). The next page, or
        the same search again, is then one statement (and the hits one more). A walk that
        comes up short corrects the estimate and leaves the page to :meth:`search`."""
        kept = self._kept_walk(wanted, need)
        if kept is None:
            return None
        walked, window, rows, low, high = kept
        found = self._walk(conn, walked, None, low, high, need, window)
        if len(found) == need:
            return [key for key, _ in found]
        if low == 0:
            self._correct(walked, len(found), window, rows)
        return None

    def _correct(self, match: _Match, found: int, window: int, rows: float) -> None:
        """Keep what a walk through the newest ``window`` rows saw, ``found`` matches, as
        the estimate of ``match`` in place of the planner's, which was too high.

        The planner takes the words of a search as independent; two words that seldom
        come together (measured: a third of the two-word searches of the benchmark)
        make a walk that comes up short and then asks GIN all the same. The next page,
        or the same search again, goes to GIN at once."""
        known = self._estimates.get(repr(match.walked))
        if known is not None:
            expected = max(found, 0.5) * rows / window
            self._estimates[repr(match.walked)] = (known[0], min(known[1], expected),
                                                   known[2])

    def _estimate(self, conn: Connection, match: _Match) -> tuple[float, float]:
        """The planner's estimate of the rows ``match`` finds, and of all rows; kept for
        the search's walked form (the same whatever its prefixes stand for, see
        :meth:`_walked_again`)."""
        cache_key = repr(match.walked)
        known = self._estimates.get(cache_key)
        if known is not None and known[0] > time.monotonic() - ESTIMATES_KEPT:
            return known[1], known[2]
        expected = self._planned_rows(conn, f"SELECT key FROM quote_search WHERE {match.sql()}",
                                      match.params())
        rows = self._table_rows(conn)
        if len(self._estimates) >= 64:
            self._estimates.clear()
        self._estimates[cache_key] = (time.monotonic(), expected, rows)
        return expected, rows

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        if wanted.matches_nothing or limit <= 0:
            return []
        if not by_relevance:
            walked = self._walked_again(conn, wanted, offset + limit)
            if walked is not None:
                return [row_of_key(k) for k in walked[offset:]]
        expansions = self._expansions(conn, self._prefixes(wanted))
        match = self._query(wanted, expansions)
        if match is _NOTHING:
            return []
        if match is not None and any(expansions.values()):
            match = replace(match, prefixed=self._query(wanted, {}))
        low, high = key_range(wanted)
        if match is None:  # only dates filter: the keys in order
            return [row_of_key(k) for k in conn.execute(
                text("SELECT key FROM quote_search WHERE key BETWEEN :low AND :high "
                     "ORDER BY key LIMIT :limit OFFSET :offset"),
                {"low": low, "high": high, "limit": limit, "offset": offset},
            ).scalars()]
        rows: list[int] = []
        if by_relevance and wanted.terms and offset < RANK_CANDIDATES:
            exact = self._query(wanted, expansions, whole_words=True)
            if exact == match:
                exact = None  # every match is a whole-word match: relevance is by date
            ranked = None
            expected, _ = self._estimate(conn, match)
            # a few matches are all candidates: ranked at once, unless one short walk
            # places the page; else ranked by shortcuts
            if offset + limit <= RANK_CANDIDATES:
                if expected > FEW_MATCHES * RANK_CANDIDATES:
                    ranked = self._ranked_page(conn, match, exact, low, high, offset + limit)
                elif exact is None:  # by date: the newest are the page
                    ranked = [k for k, _ in self._newest(conn, match, low, high,
                                                         offset + limit)]
                else:
                    ranked = self._placed_in_one_walk(conn, match, exact, low, high,
                                                      offset + limit)[1]
            if ranked is None:
                newest = self._newest(conn, match, low, high, RANK_CANDIDATES, exact)
                ranked = ([k for k, whole in newest if whole]
                          + [k for k, whole in newest if not whole])
                if len(newest) == RANK_CANDIDATES and len(ranked) < offset + limit:
                    rows = [row_of_key(k) for k in ranked[offset:]]
                    limit -= len(rows)
                    offset = RANK_CANDIDATES
                    ranked = None
            if ranked is not None:
                return [row_of_key(k) for k in ranked[offset : offset + limit]]
        dated = self._newest(conn, match, low, high, offset + limit)[offset:]
        return rows + [row_of_key(k) for k, _ in dated]

    def _ranked_page(self, conn: Connection, match: _Match, exact: _Match | None,
                     low: int, high: int, need: int) -> list[int] | None:
        """The first ``need`` keys in relevance order, if found cheaply; else ``None``.

        Relevance puts the whole-word matches (of ``exact``) among the newest
        :data:`RANK_CANDIDATES` matches first, then the other candidates, newest first
        in each. Neither needs the candidates themselves, which for a common word or a
        compound part means reading thousands of rows:

        * when the ``need`` newest whole-word matches all lie among the candidates, they
          are the answer (at most :data:`RANK_CANDIDATES` matches are as new as the last
          of them: the rows up to it tell, or a count of the matches among them);
        * when there are fewer whole-word matches than ``need`` and all of them lie among
          the candidates, they come first, then the newest ``need`` matches without them.
        """
        if exact is None:
            return [k for k, _ in self._newest(conn, match, low, high, need)]
        decided, placed = self._placed_in_one_walk(conn, match, exact, low, high, need)
        if decided:
            return placed
        whole = [k for k, _ in self._newest(conn, exact, low, high, need)]
        if len(whole) == need:
            return whole if self._among_candidates(conn, match, low, whole[-1]) else None
        newest = [k for k, _ in self._newest(conn, match, low, high, need)]
        if (whole and len(newest) == need and whole[-1] > newest[-1]
                and not self._among_candidates(conn, match, low, whole[-1])):
            return None
        first = set(whole)
        return [*whole, *(k for k in newest if k not in first)][:need]

    def _placed_in_one_walk(self, conn: Connection, match: _Match, exact: _Match,
                            low: int, high: int, need: int) -> tuple[bool, list[int] | None]:
        """The first case of :meth:`_ranked_page` in one walk through the newest rows,
        when the whole-word matches are common enough to be walked to: each match is
        numbered as it comes, and the ``need`` newest whole-word matches are the page
        if the last of them is at most the :data:`RANK_CANDIDATES`-th match.

        ``(True, page)`` or ``(True, None)`` (they are not all candidates: rank them)
        when the walk tells; ``(False, None)`` when it does not (it came to the end of
        its window first, or the whole words are for GIN to find). It reads the rows
        once where finding the whole-word matches and then counting the matches before
        the last of them read them twice, in three statements (measured: see the
        commit)."""
        window = self._placement_window(conn, exact, need)
        if window is None:
            return False, None
        sql, params = self._placement_statement(match, exact, low, high, need, window)
        found = conn.execute(text(sql), params).all()
        if len(found) < need:
            return False, None
        if found[-1][1] > RANK_CANDIDATES:
            return True, None
        return True, [key for key, _ in found]

    def _placement_window(self, conn: Connection, exact: _Match, need: int) -> int | None:
        """How many of the newest rows :meth:`_placed_in_one_walk` reads for ``need``
        whole-word matches; ``None`` when they are for GIN to find."""
        expected, rows = self._estimate(conn, exact)
        if expected < need or rows <= 0:
            return None
        window = min(int(need * rows / expected * 2) + need, RANK_WINDOW)
        return None if window > GIN_COST * expected else window

    @staticmethod
    def _placement_statement(match: _Match, exact: _Match, low: int, high: int, need: int,
                             window: int, placed_only: bool = False,
                             ) -> tuple[str, dict[str, Any]]:
        """The walk of :meth:`_placed_in_one_walk`: the newest ``need`` whole-word
        matches (columns ``key`` and ``place``, the match's number), only those placed
        among the candidates if ``placed_only``."""
        placed = f" AND place <= {RANK_CANDIDATES}" if placed_only else ""
        return ("SELECT key, place FROM (SELECT key, whole, row_number() OVER "
                "(ORDER BY key) AS place FROM (SELECT key, "
                f"{exact.sql('x')} AS whole FROM (SELECT key, words, parts "
                "FROM quote_search WHERE key BETWEEN :low AND :high ORDER BY key "
                f"LIMIT :window) AS newest WHERE {match.walked.sql()}) AS matches) "
                f"AS numbered WHERE whole{placed} ORDER BY key LIMIT :need",
                {**match.walked.params(), **exact.params("x"), "low": low, "high": high,
                 "window": window, "need": need})

    def _among_candidates(self, conn: Connection, match: _Match, low: int,
                          last: int) -> bool:
        """Whether at most :data:`RANK_CANDIDATES` matches have keys from ``low`` to
        ``last`` (a match's key), so that the match at ``last`` is a candidate."""
        bound = {"low": low, "last": last, "cap": RANK_CANDIDATES + 1}
        rows = conn.execute(
            text("SELECT count(*) FROM (SELECT 1 FROM quote_search "
                 "WHERE key BETWEEN :low AND :last LIMIT :cap) AS newest"), bound,
        ).scalar_one()
        if rows <= RANK_CANDIDATES:  # not even that many rows
            return True
        newer, seen = conn.execute(
            text(f"SELECT count(*) FILTER (WHERE {match.walked.sql()}), "
                 "coalesce(max(key), -1) FROM (SELECT key, words, parts FROM quote_search "
                 "WHERE key BETWEEN :low AND :last ORDER BY key LIMIT :window) AS newest"),
            {**bound, **match.walked.params(), "window": RANK_WINDOW},
        ).one()
        return bool(seen == last and newer <= RANK_CANDIDATES)

    def count(self, conn: Connection, wanted: QuoteFilter,
              among: Sequence[int] | None = None) -> int:
        if wanted.matches_nothing or (among is not None and not among):
            return 0
        match = self._query(wanted, self._expansions(conn, self._prefixes(wanted)))
        if match is _NOTHING:
            return 0
        low, high = key_range(wanted)
        condition = "" if match is None else f"{match.sql()} AND "
        if among is not None:  # integers only: written into the statement
            condition += f"key IN ({', '.join(str(int(k)) for k in among)}) AND "
        sql = text(f"SELECT count(*) FROM quote_search WHERE {condition}"
                   "key BETWEEN :low AND :high")
        params = {**(match.params() if match is not None else {}), "low": low, "high": high}
        return int(conn.execute(sql, params).scalar_one())
