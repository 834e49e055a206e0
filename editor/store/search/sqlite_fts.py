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
* The table stores no copy of what it indexes (``content=''``, and no column sizes,
  which only bm25 would read): the folded texts, parts and tags were a third of the
  index. FTS5 takes an entry out only when given the values it was indexed with, so
  ``quote_search_entries`` keeps per quote what cannot be computed again from the quote's
  row when it leaves (its speakers' names and its tags, which other records' changes
  alter) and a checksum of the stored texts, from which the folded texts and the parts
  are computed again (a quote's texts change only after it left the index). Should the
  texts differ all the same, the entry stays and the index is built again at the next
  opening. Measured on 100,000 generated quotes (``bench/bench_index_size.py``): 1.5 KB
  per quote, against 5.6 KB with FTS5's copy and prefix indexes for 3 to 10 letters,
  0.9 KB without the 3-letter prefix index, 2.0 KB with a second one for 4 letters.
  At a million quotes: 1,427 bytes per quote (1,213 FTS5's lists, 214 the entries table,
  which contentless-delete tables of SQLite 3.43 would make unneeded, but Debian 12 has
  3.40), against 7.0 KB with FTS5's copy and prefixes 3 to 10; 872 bytes without the
  prefix index, 1,925 with prefixes 3 and 4, each built in about 280 s; a plain FTS5
  table over the raw texts takes 690. A first page of 50 hits takes 2.7–7 ms (p95 under
  9 ms for every query kind with and without a speaker filter, ``bench_quote_search``).
* One prefix index, for 3 letters (:data:`PREFIX_LENGTHS`): without it FTS5 merges the
  lists of every word starting with the prefix before it returns the first row (13–25
  ms for a common word at a million quotes). Each prefix index costs about as much as
  the index of whole words; longer prefixes are cheaper another way:
* The table ``search_words`` lists every indexed word of more than three letters; a
  prefix of four letters or more becomes an OR of the words it starts (up to
  :data:`MAX_EXPANSION`), and each of their lists streams. A prefix starting more words
  is searched as a prefix after all.
* Relevance: of the newest :data:`.index.RANK_CANDIDATES` matches, those where every
  word occurs as a whole word come first (see :mod:`editor.store.search`). FTS5's bm25
  over the same candidates cost 20–50 ms at a million quotes (measured); the second,
  exact-word query reads only as far as a page needs, in the direction that is cheaper
  for the search (see :meth:`SqliteQuoteIndex._whole_words_first`): 0.5–1.0 ms for the
  row ids of a first page by relevance without a filter, 1.6–4.2 ms with a speaker's
  (CPU, medians per query kind at a million quotes).
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
    QuoteValues,
    chunks,
    date_key,
    full_name,
    indexed_quotes,
    key_range,
    quote_values,
    row_of_key,
    tag_groups,
    tag_start,
    texts_checksum,
    texts_of,
    with_topics,
)
from editor.store.search.folding import (
    MIN_PART,
    TOKEN,
    compound_parts,
    fold_text,
    fold_words,
    index_text,
    may_hold,
    name_text,
)
from editor.store.search.index import RANK_CANDIDATES, SQLITE_INDEX_FORMAT, STATE_TABLE
from editor.store.search.keyed import KeyedQuoteIndex
from editor.store.search.query import QuoteFilter

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive writes, not to read a file
    from sqlalchemy.engine import Connection

PREFIX_LENGTHS: tuple[int, ...] = (3,)
"""The prefix lengths with their own FTS5 prefix index."""

MAX_EXPANSION = 32
"""A prefix starting more listed words than this is searched as a prefix after all."""

AUTOMERGE = 8
"""FTS5's ``automerge``: how many segments of one size a commit merges into one (FTS5's
default is 4). Every save writes a new segment; merging less often makes a save cheaper
and leaves a search more segments to read. Measured on 100,000 generated quotes over 300
saves of 50-quote items, in alternating rounds on a busy machine
(``bench/bench_automerge.py``, four runs): a save's CPU median 14.1–15.3 ms with 4, 13.8–13.9
ms with 8; the same number of segments after 300 saves (13), first pages alike (worst CPU
p95 of any query kind 6.3–7.9 ms with 4, 6.7–7.3 with 8). Over 1,000 saves: CPU median
16.9 against 15.3 ms, p95 37.1 against 28.7 ms; 10 against 16 segments; worst CPU p95 of a
first page 7.2 against 6.8 ms, the mean of the first pages' medians 2.9 against 3.3 ms.
16 saved no more and left 32 segments. FTS5 keeps the setting in the table: it is set
when the index is made and when an archive whose index has another is opened."""

_COLUMNS = "text_de, text_en, speakers, parts, tags"
_CREATE_ENTRIES = (
    "CREATE TABLE quote_search_entries (key INTEGER PRIMARY KEY, speakers TEXT NOT NULL, "
    "tags TEXT NOT NULL, checksum INTEGER NOT NULL)"
)
_CREATE_SEARCH_WORDS = "CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID"
_CREATE_NAME_SEARCH = (
    "CREATE VIRTUAL TABLE name_search USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, name, tokenize = 'trigram')"
)
_INSERT_QUOTE = (
    f"INSERT INTO quote_search(rowid, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
)
_DELETE_QUOTE = (
    f"INSERT INTO quote_search(quote_search, rowid, {_COLUMNS}) "
    "VALUES ('delete', ?, ?, ?, ?, ?, ?)"
)
_INSERT_ENTRY = (
    "INSERT INTO quote_search_entries(key, speakers, tags, checksum) VALUES (?, ?, ?, ?)"
)

_LIST_WORDS = "INSERT OR IGNORE INTO search_words(word) SELECT value FROM json_each(?)"
_JSON_EACH = sqlite3.sqlite_version_info >= (3, 38)
"""Whether SQLite has ``json_each`` built in (from 3.38 on): a save lists its words (800
for a new item of 50 quotes) in one statement, 0.3 instead of 0.8 ms (measured)."""


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
    format = SQLITE_INDEX_FORMAT
    """Bumped (in :mod:`editor.store.search.index`) whenever the tables or what goes into
    them change: archives build it again."""

    prefix_lengths: tuple[int, ...] = PREFIX_LENGTHS
    automerge: int = AUTOMERGE
    stores_content = False
    """Whether FTS5 keeps its own copy of the indexed values (no: see the module)."""

    @property
    def listed_from(self) -> int:
        """The shortest prefix searched as the words it starts (those words are listed)."""
        return next(n for n in range(MIN_PART, 1000) if n not in self.prefix_lengths)

    # -- tables --------------------------------------------------------------------------

    def create(self, conn: Connection) -> None:
        options = "" if self.stores_content else "content = '', columnsize = 0, "
        prefixes = " ".join(str(n) for n in self.prefix_lengths)
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE quote_search USING fts5({_COLUMNS}, {options}"
            f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefixes}')"
        )
        self._configure(conn, automerge=self.automerge)
        conn.exec_driver_sql(_CREATE_ENTRIES)
        conn.exec_driver_sql(_CREATE_NAME_SEARCH)
        conn.exec_driver_sql(_CREATE_SEARCH_WORDS)

    def drop(self, conn: Connection) -> None:
        conn.exec_driver_sql("DROP TABLE IF EXISTS quote_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS quote_search_entries")
        conn.exec_driver_sql("DROP TABLE IF EXISTS name_search")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_words")

    # -- maintenance ---------------------------------------------------------------------

    def _insert(self, conn: Connection, entries: Sequence[IndexedQuote]) -> None:
        if not entries:
            return
        # FTS5 collects new entries in memory only while their keys grow; a smaller key
        # writes what it has collected to disk (a segment per quote, were they unsorted).
        ordered = sorted(entries, key=lambda e: e.key)
        conn.exec_driver_sql(_INSERT_QUOTE, [
            (e.key, e.text_de, e.text_en, e.speakers, e.parts, e.tags) for e in ordered])
        conn.exec_driver_sql(_INSERT_ENTRY, [
            (e.key, e.speakers, e.tags, e.checksum) for e in ordered])
        shortest = self.listed_from
        words: set[str] = set()
        groups: set[frozenset[str]] = set()  # the quotes of a batch share most words
        for e in entries:
            if e.token_groups is not None:
                groups.update(e.token_groups)
            else:
                words.update(TOKEN.findall(f"{e.text_de} {e.text_en} {e.speakers} {e.parts}"))
        words.update(*groups)
        listed = [w for w in words if len(w) >= shortest]
        if not listed:  # (words are never removed: one no longer indexed only widens an OR)
            return
        if _JSON_EACH:  # one statement: a row each cost 1 µs, most of it binding in Python
            import json

            conn.exec_driver_sql(_LIST_WORDS, (json.dumps(listed),))
        else:
            conn.exec_driver_sql("INSERT OR IGNORE INTO search_words(word) VALUES (?)",
                                 [(w,) for w in listed])

    def _unindex(self, conn: Connection, where: Any) -> None:
        """Take quotes out: FTS5 is given the values they were indexed with."""
        from sqlalchemy import select, text

        from editor.store.schema import quotes

        stored = {
            date_key(r.said_on, r.row_id): (r.text_de or "", r.text_en or "")
            for r in conn.execute(select(quotes.c.row_id, quotes.c.said_on, quotes.c.text_de,
                                         quotes.c.text_en).where(where))
        }
        if not stored:
            return
        removed: list[tuple[Any, ...]] = []
        stale = False
        for chunk in chunks(sorted(stored)):
            marks = ", ".join("?" * len(chunk))
            entries = conn.exec_driver_sql(
                f"SELECT key, speakers, tags, checksum FROM quote_search_entries "
                f"WHERE key IN ({marks})", tuple(chunk)).all()
            for key, speakers, tags, checksum in entries:
                text_de, text_en = stored[key]
                if texts_checksum(text_de, text_en) != checksum:
                    stale = True  # changed unseen: its old words cannot be named
                    continue
                removed.append((key, index_text(text_de), index_text(text_en), speakers,
                                compound_parts(text_de), tags))
            conn.exec_driver_sql(
                f"DELETE FROM quote_search_entries WHERE key IN ({marks})", tuple(chunk))
        if removed:  # in growing order, like insertions (see _insert)
            conn.exec_driver_sql(_DELETE_QUOTE, sorted(removed))
        if stale:
            import logging  # here: reading the index never logs, and logging takes 4 ms

            logging.getLogger(__name__).warning(
                "The search index no longer matched the stored quotes; it is built again "
                "when the archive is next opened.")
            conn.execute(text(f"UPDATE {STATE_TABLE} SET format = 'stale'"))

    def retag_quotes(self, conn: Connection, row_ids: Sequence[int],
                     values: Sequence[QuoteValues] | None = None) -> None:
        """Renew only the topic tags of these quotes' entries, the other columns' words stay.

        FTS5 keeps a list of entries per word: the tags' words are taken out of the
        entries and put in again, as a whole entry would be. The other tags and the texts
        are as indexed (only the item's topics changed), so the new tags are the stored
        ones with new topic tags (:func:`.entries.with_topics`), and no text is folded
        unless it may share a word with the tags (:meth:`_shares_terms`). Entries that do,
        and entries whose texts are not those indexed, are indexed whole.
        """
        from editor.store.schema import quotes

        if values is None:
            values = []
            for chunk in chunks(row_ids):
                values += quote_values(conn, quotes.c.row_id.in_(chunk))
        for begin in range(0, len(values), 500):
            fresh = {v.key: v for v in values[begin : begin + 500]}
            if not fresh:
                continue
            marks = ", ".join("?" * len(fresh))
            stored = conn.exec_driver_sql(
                f"SELECT key, speakers, tags, checksum FROM quote_search_entries "
                f"WHERE key IN ({marks})", tuple(fresh)).all()
            whole: list[QuoteValues] = []
            renewed: list[tuple[int, str, str]] = []
            for key, speakers, tags, checksum in stored:
                quote = fresh[key]
                new_tags = with_topics(tags, quote.topics)
                if new_tags == tags:
                    continue
                text_de, text_en = quote.text_de or "", quote.text_en or ""
                if checksum != texts_checksum(text_de, text_en) or self._shares_terms(
                        (text_de, text_en, speakers), {*tags.split(), *new_tags.split()}):
                    whole.append(quote)
                else:
                    renewed.append((key, tags, new_tags))
            known = {key for key, *_ in stored}
            whole += [quote for key, quote in fresh.items() if key not in known]
            if renewed:
                renewed.sort()
                conn.exec_driver_sql(_DELETE_QUOTE,
                                     [(k, "", "", "", "", old) for k, old, _ in renewed])
                conn.exec_driver_sql(_INSERT_QUOTE,
                                     [(k, "", "", "", "", new) for k, _, new in renewed])
                conn.exec_driver_sql("UPDATE quote_search_entries SET tags = ? WHERE key = ?",
                                     [(new, k) for k, _, new in renewed])
            if whole:
                self.reindex_quotes(conn, [quote.row_id for quote in whole])

    def _shares_terms(self, texts: tuple[str, str, str], tags: set[str]) -> bool:
        """Whether the German and English text or the indexed names ``texts`` hold a token
        that FTS5 lists under a term of one of ``tags``: the tag itself or, for each prefix
        index, its first letters. Taking the tags out of an entry removes the entry from
        those terms' lists altogether, so such an entry must be indexed whole.

        The texts are folded only when a word of theirs holds the tags' first letters.
        """
        shortest = min((*self.prefix_lengths, len(tag_start())))
        start = tag_start()[:max(1, shortest)]
        text_de, text_en, names = texts
        if not (may_hold(text_de, start) or may_hold(text_en, start) or start in names):
            return False
        terms = {(0, t) for t in tags} | {
            (n, t[:n]) for t in tags for n in self.prefix_lengths if len(t) >= n}
        tokens = (fold_text(text_de, parts=True).tokens | fold_text(text_en).tokens
                  | set(TOKEN.findall(names)))
        return any((0, w) in terms or any(len(w) >= n and (n, w[:n]) in terms
                                          for n in self.prefix_lengths) for w in tokens)

    def _delete_keys(self, conn: Connection, keys: Sequence[int]) -> None:
        raise NotImplementedError("entries leave through _unindex, with their values")

    def _clear(self, conn: Connection) -> None:
        if self.stores_content:
            conn.exec_driver_sql("DELETE FROM quote_search")
        else:
            conn.exec_driver_sql("INSERT INTO quote_search(quote_search) VALUES ('delete-all')")
        conn.exec_driver_sql("DELETE FROM quote_search_entries")

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

        self._clear(conn)
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
        self._configure(conn, automerge=self.automerge, crisismerge=16)  # FTS5's default

    def settings_current(self, conn: Connection) -> bool:
        return self._stored_automerge(conn) == self.automerge

    def apply_settings(self, conn: Connection) -> None:
        self._configure(conn, automerge=self.automerge)

    @staticmethod
    def _stored_automerge(conn: Connection) -> int:
        """The table's ``automerge`` (FTS5's default, 4, where it was never set)."""
        value = conn.exec_driver_sql(
            "SELECT v FROM quote_search_config WHERE k = 'automerge'").scalar()
        return 4 if value is None else int(value)

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
        """The listed words each prefix without a prefix index starts, if few."""
        found: dict[str, list[str]] = {}
        for term in wanted.terms:
            word = term.words[-1]
            if len(term.words) > 1 or not term.prefix or len(word) < self.listed_from:
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

    @staticmethod
    def _source(match: str | None) -> tuple[str, str]:
        """The table and condition of a search: FTS5 cannot list its rows without a match
        (it keeps no copy of them), the entries table lists them by key."""
        if match is None:
            return "quote_search_entries", "rowid BETWEEN :low AND :high"
        return "quote_search", "quote_search MATCH :match AND rowid BETWEEN :low AND :high"

    def search(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter, *,
               by_relevance: bool, limit: int, offset: int) -> list[int]:
        if wanted.matches_nothing or limit <= 0:
            return []
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = key_range(wanted)
        params: dict[str, Any] = {"match": match, "low": low, "high": high}
        source, where = self._source(match)
        rows: list[int] = []
        if by_relevance and match is not None and wanted.terms and offset < RANK_CANDIDATES:
            newest = _scalars(
                conn, f"SELECT rowid FROM {source} WHERE {where} ORDER BY rowid LIMIT :cap",
                {**params, "cap": RANK_CANDIDATES},
            )
            ranked = self._whole_words_first(conn, wanted, match, newest, offset + limit)
            rows = [row_of_key(k) for k in ranked[offset : offset + limit]]
            if len(rows) == limit or len(newest) < RANK_CANDIDATES:
                return rows
            limit -= len(rows)
            offset = RANK_CANDIDATES
        dated = _scalars(
            conn, f"SELECT rowid FROM {source} WHERE {where} "
            "ORDER BY rowid LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset},
        )
        return rows + [row_of_key(k) for k in dated]

    def _whole_words_first(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter,
                           match: str, newest: Sequence[int], need: int) -> list[int]:
        """The keys ``newest`` (newest first, found by ``match``), whole-word matches first;
        at least the first ``need`` of that order (all of it when fewer are whole)."""
        exact = self._match(wanted, whole_words=True)
        if not newest or exact is None or exact == match:
            return list(newest)
        # The whole-word matches are matches, so those between the first and the last
        # candidate are candidates. FTS5 skips the entries of a column-filtered word
        # outside those columns before it looks at the range's end: upwards, a word found
        # in the newest candidates only as a compound part ("wandel") is followed to the
        # end of its list (2.8 ms at a million quotes); downwards from the last candidate
        # the skipping ends at the list's start, which the candidates begin near when no
        # date bounds them below (0.06 ms). That is the walk when the candidates are the
        # newest of many matches and no filter spreads them over the lists. A filter
        # (a speaker's quotes) does, and downwards is then the slower walk (3.7 against
        # 2.0 ms for one word): upwards, and only until ``need`` whole-word matches are
        # found, which are then the order's start (0.2 ms).
        downwards = (len(newest) >= RANK_CANDIDATES and key_range(wanted)[0] == 0
                     and not wanted.speaker_words and not tag_groups(wanted))
        query = ("SELECT rowid FROM quote_search WHERE quote_search MATCH :match "
                 "AND rowid BETWEEN :low AND :high")
        params: dict[str, Any] = {"match": exact, "low": newest[0], "high": newest[-1]}
        need = min(need, len(newest))
        if downwards:
            # First the candidates the order's start needs: when they are all whole-word
            # matches (common: both of two words whole), the start is theirs (0.05
            # against 0.8-2.2 ms for two words over all candidates).
            if need < len(newest):
                start = _scalars(conn, query + " ORDER BY rowid DESC",
                                 {**params, "high": newest[need - 1]})
                if len(start) == need and set(start) == set(newest[:need]):
                    return list(newest[:need])
            whole = set(_scalars(conn, query + " ORDER BY rowid DESC", params))
        else:
            first = _scalars(conn, query + " ORDER BY rowid LIMIT :need",
                             {**params, "need": need})
            if len(first) == need and set(first) <= set(newest):
                return first
            whole = set(first)
        return [k for k in newest if k in whole] + [k for k in newest if k not in whole]

    def count(self, conn: Connection | sqlite3.Connection, wanted: QuoteFilter,
              among: Sequence[int] | None = None) -> int:
        if wanted.matches_nothing or (among is not None and not among):
            return 0
        match = self._match(wanted, long_prefixes=self._long_prefixes(conn, wanted))
        low, high = key_range(wanted)
        source, where = self._source(match)
        query = f"SELECT count(*) FROM {source} WHERE {where}"
        if among is not None:  # integers only: written into the statement
            query += f" AND rowid IN ({', '.join(str(int(k)) for k in among)})"
        return int(_scalars(conn, query, {"match": match, "low": low, "high": high})[0])

