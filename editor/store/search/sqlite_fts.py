"""The quote index on SQLite: FTS5.

* One FTS5 table, ``quote_search``. Its rowid is the quote's date key
  (:func:`.entries.date_key`): FTS5 walks its lists in rowid order, so "newest first"
  needs no sorting and a page of 50 stops after 50 matches however common the word; a
  date range is a rowid range. Keys grow with age because FTS5 walks upwards faster
  than downwards: with a speaker filter, 0.6 against 1.3 ms for the first page of two
  words, 2.8 against 4.6 ms for all their matches, at a million quotes (measured).
* Filters are indexed as opaque tag tokens in a ``tags`` column and become part of the
  MATCH expression, so FTS5 intersects them with the words instead of testing rows.
* Compound parts go to a ``parts`` column; a prefix query on them is a substring query.
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
* Relevance: of the newest :data:`.index.RANK_CANDIDATES` matches, those where every
  word occurs as a whole word come first (see :mod:`editor.store.search`). FTS5's bm25
  over the same candidates cost 20–50 ms at a million quotes (measured), the second,
  exact-word query costs under a millisecond.
* Person and organisation names are found by substring in a small trigram table,
  ``name_search``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from editor.store.search.entries import (
    IndexedQuote,
    People,
    full_name,
    indexed_quotes,
    key_range,
    row_of_key,
    tag_groups,
    tag_start,
    texts_of,
)
from editor.store.search.folding import MIN_PART, TOKEN, fold_words, name_text
from editor.store.search.index import RANK_CANDIDATES
from editor.store.search.keyed import KeyedQuoteIndex
from editor.store.search.query import QuoteFilter

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive writes, not to read a file
    from sqlalchemy.engine import Connection

PREFIX_MAX = 10
"""The longest prefix with its own FTS5 prefix index."""

MAX_EXPANSION = 32
"""A longer prefix starting more words than this is searched as a prefix after all."""

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



def _fts_string(words: Sequence[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _scalars(conn: Connection | sqlite3.Connection, sql: str,
             params: Mapping[str, Any]) -> list[Any]:
    """The first column of each row of a query: through SQLAlchemy, or straight through
    the standard library's sqlite3 when an archive file is only read (no SQLAlchemy
    loaded, see :mod:`editor.store.reader`). The same SQL either way."""
    if isinstance(conn, sqlite3.Connection):
        return [row[0] for row in conn.execute(sql, dict(params))]
    from sqlalchemy import text

    return list(conn.execute(text(sql), params).scalars())


class SqliteQuoteIndex(KeyedQuoteIndex):
    """The quote index in SQLite FTS5 (see the module's description)."""

    dialect = "sqlite"
    format = "sqlite-fts5 1"
    """Bumped whenever the tables or what goes into them change: archives build it again."""

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
        from sqlalchemy import text

        # FTS5 collects new entries in memory only while their keys grow; a smaller key
        # writes what it has collected to disk (a segment per quote, were they unsorted).
        conn.execute(text(_INSERT_QUOTE),
                     [e.__dict__ for e in sorted(entries, key=lambda e: e.key)])
        long_words = {
            word
            for e in entries
            for column in (e.text_de, e.text_en, e.speakers, e.parts)
            for word in TOKEN.findall(column)
            if len(word) > PREFIX_MAX
        }
        if long_words:  # never removed: a word no longer indexed only widens an OR
            conn.execute(text("INSERT OR IGNORE INTO search_words(word) VALUES (:word)"),
                         [{"word": w} for w in long_words])

    def _delete_keys(self, conn: Connection, keys: Sequence[int]) -> None:
        if keys:  # in growing order, like insertions (see _insert)
            from sqlalchemy import text

            conn.execute(text("DELETE FROM quote_search WHERE rowid = :key"),
                         [{"key": k} for k in sorted(keys)])

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        from sqlalchemy import select, text

        from editor.store.schema import organisations, people

        delete = text("DELETE FROM name_search WHERE kind = :kind AND record_id = :id")
        insert = text("INSERT INTO name_search(kind, record_id, name) VALUES (:kind, :id, :name)")
        if person_ids:
            ids = list(person_ids)
            conn.execute(delete, [{"kind": "p", "id": i} for i in ids])
            rows = conn.execute(
                select(people.c.id, people.c.honorific, people.c.given_name,
                       people.c.family_name).where(people.c.id.in_(ids))
            ).mappings()
            values = [{"kind": "p", "id": r["id"], "name": name_text(full_name(r))}
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
                 "name": name_text(" ".join([r["short_name"], *texts_of(r["name"]).values()]))}
                for r in rows
            ]
            if values:
                conn.execute(insert, values)

    def rebuild(self, conn: Connection, batch: int = 20_000) -> None:
        from sqlalchemy import select, text

        from editor.store.schema import organisations, quotes

        conn.exec_driver_sql("DELETE FROM quote_search")
        conn.exec_driver_sql("DELETE FROM name_search")
        conn.exec_driver_sql("DELETE FROM search_words")
        # Merge the index once at the end instead of while filling it (half the time).
        self._configure(conn, automerge=0, crisismerge=64)
        everyone = People.load(conn, None, titles=False)
        last = conn.execute(text("SELECT coalesce(max(row_id), 0) FROM quotes")).scalar_one()
        for start in range(0, last + 1, batch):
            where = quotes.c.row_id.between(start, start + batch - 1)
            self._insert(conn, indexed_quotes(conn, where, everyone))
        if everyone.names:
            conn.execute(
                text("INSERT INTO name_search(kind, record_id, name) VALUES ('p', :id, :name)"),
                [{"id": i, "name": name_text(n)} for i, n in everyone.names.items()],
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

    def find_names(self, conn: Connection | sqlite3.Connection, kind: str, part: str,
                   limit: int) -> list[str]:
        folded = " ".join(fold_words(part))
        if not folded:
            return []
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if len(folded) >= 3:
            query = (
                "SELECT record_id FROM name_search WHERE name_search MATCH :match "
                "AND kind = :kind LIMIT :limit"
            )
            params: dict[str, Any] = {"match": _fts_string([folded]), "kind": kind,
                                      "limit": limit}
        else:
            query = (
                "SELECT record_id FROM name_search WHERE name LIKE :pattern ESCAPE '\\' "
                "AND kind = :kind LIMIT :limit"
            )
            params = {"pattern": pattern, "kind": kind, "limit": limit}
        return list(dict.fromkeys(_scalars(conn, query, params)))

    # -- search --------------------------------------------------------------------------

    def _long_prefixes(self, conn: Connection | sqlite3.Connection,
                       wanted: QuoteFilter) -> dict[str, list[str]]:
        """The indexed words each prefix longer than :data:`PREFIX_MAX` starts, if few."""
        found: dict[str, list[str]] = {}
        for term in wanted.terms:
            word = term.words[-1]
            if len(term.words) > 1 or not term.prefix or len(word) <= PREFIX_MAX:
                continue
            words = _scalars(
                conn,
                "SELECT word FROM search_words WHERE word >= :low AND word < :high "
                "ORDER BY word LIMIT :cap",
                {"low": word, "high": word + "\U0010ffff", "cap": MAX_EXPANSION + 1},
            )
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
                if wanted.language is None and not term.words[0].startswith(tag_start()):
                    # Every column but the tags, whose tokens it cannot match: no column
                    # filter, which FTS5 checks in each candidate's positions (half the time).
                    expression = prefix
                else:
                    expression = f"({expression} OR parts : {prefix})"
            parts.append(expression)
        if wanted.speaker_words:
            parts.append(f"speakers : {_fts_string(wanted.speaker_words)}*")
        for group in tag_groups(wanted):
            inner = " OR ".join(f'"{t}"' for t in group)
            parts.append(f"tags : ({inner})" if len(group) > 1 else f"tags : {inner}")
        return " AND ".join(parts) if parts else None

    _key_range = staticmethod(key_range)

    def search(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter, *,
               by_relevance: bool, limit: int, offset: int) -> list[int]:
        if wanted.matches_nothing or limit <= 0:
            return []
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = key_range(wanted)
        params: dict[str, Any] = {"match": match, "low": low, "high": high}
        where = "rowid BETWEEN :low AND :high"
        if match is not None:
            where = "quote_search MATCH :match AND " + where
        rows: list[int] = []
        if by_relevance and match is not None and wanted.terms and offset < RANK_CANDIDATES:
            newest = _scalars(
                conn,
                f"SELECT rowid FROM quote_search WHERE {where} ORDER BY rowid LIMIT :cap",
                {**params, "cap": RANK_CANDIDATES},
            )
            ranked = self._whole_words_first(conn, wanted, match, newest)
            rows = [row_of_key(k) for k in ranked[offset : offset + limit]]
            if len(rows) == limit or len(newest) < RANK_CANDIDATES:
                return rows
            limit -= len(rows)
            offset = RANK_CANDIDATES
        dated = _scalars(
            conn,
            f"SELECT rowid FROM quote_search WHERE {where} "
            "ORDER BY rowid LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset},
        )
        return rows + [row_of_key(k) for k in dated]

    def _whole_words_first(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter,
                           match: str, newest: Sequence[int]) -> list[int]:
        """The keys ``newest`` (newest first, found by ``match``), whole-word matches first."""
        exact = self._match(wanted, whole_words=True)
        if not newest or exact is None or exact == match:
            return list(newest)
        whole = set(_scalars(
            conn,
            "SELECT rowid FROM quote_search WHERE quote_search MATCH :match "
            "AND rowid BETWEEN :low AND :high",
            {"match": exact, "low": newest[0], "high": newest[-1]},
        ))
        return [k for k in newest if k in whole] + [k for k in newest if k not in whole]

    def count(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter) -> int:
        if wanted.matches_nothing:
            return 0
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = key_range(wanted)
        where = "rowid BETWEEN :low AND :high"
        if match is not None:
            where = "quote_search MATCH :match AND " + where
        query = f"SELECT count(*) FROM quote_search WHERE {where}"
        return int(_scalars(conn, query, {"match": match, "low": low, "high": high})[0])

