"""Reading an archive file with the standard library alone, for commands that only read.

``quotes search`` and ``export`` on an SQLite archive need a few queries; loading
SQLAlchemy to make them costs more than the rest of the command. :func:`open_reader`
opens the file read-only with :mod:`sqlite3` and answers ``None`` — the command then
opens the archive the usual way, with :class:`editor.store.archive.Archive` — whenever
anything is unusual: a server address, a file that is missing, empty or not an archive,
a schema revision other than the newest (a migration is due), a search index built in
another format, or any error of SQLite. A read that fails half-way raises
:class:`ReaderUnusable`, before the command has written anything, and the command runs
again the usual way.

The reader runs the same SQL as the archive (the search itself is
:class:`editor.store.search.sqlite_fts.SqliteQuoteIndex`'s), turns the stored values
into what SQLAlchemy hands out (:mod:`editor.store.columns`) and builds the records with
the same functions (:mod:`editor.store.records`, :mod:`editor.store.search.hits`); tests
compare its answers with the archive's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor.core.errors import NotFoundError
from editor.core.images import PhotoData
from editor.core.model import Bundle, PressItem, Role
from editor.store.columns import DATE, JSON, READ_COLUMNS, TIME
from editor.store.revisions import VERSION_TABLE, text_head
from editor.store.search.index import SQLITE_INDEX_FORMAT, STATE_TABLE

if TYPE_CHECKING:
    from typing import Unpack

    from editor.store.archive import QuoteFilters
    from editor.store.search.entries import People
    from editor.store.search.hits import QuoteHit
    from editor.store.search.query import QuoteFilter, Term
    from editor.store.search.sqlite_fts import SqliteQuoteIndex

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0
_CHUNK = 500
"""Ids per statement (below SQLite's limit of parameters)."""


class ReaderUnusable(Exception):
    """Reading the file this way failed; the command opens the archive the usual way."""


Row = dict[str, Any]


def _converted(table: str, names: Sequence[str], values: Sequence[Any]) -> Row:
    kinds = _KINDS[table]
    row: Row = {}
    for name, value in zip(names, values, strict=True):
        kind = kinds[name]
        if value is None or not kind:
            row[name] = value
        elif kind == JSON:
            row[name] = json.loads(value)
        elif kind == DATE:
            row[name] = date.fromisoformat(value)
        else:
            assert kind == TIME
            moment = datetime.fromisoformat(value)
            row[name] = (moment.replace(tzinfo=UTC) if moment.tzinfo is None
                         else moment.astimezone(UTC))
    return row


_KINDS = {table: dict(columns) for table, columns in READ_COLUMNS.items()}


def converted(table: str, column: str, value: Any) -> Any:
    """One stored value of ``table.column`` as SQLAlchemy hands it out."""
    return _converted(table, (column,), (value,))[column]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def open_reader(location: str | None) -> ArchiveReader | None:
    """A reader of the archive file at ``location`` (``None``: the default file), or
    ``None`` when the archive is to be opened the usual way (see the module)."""
    if location is not None and "://" in location:
        return None
    try:
        if location is None:
            from editor.core import paths  # the user data folder: only when no file is named

            path = paths.default_archive_path().resolve()
        else:
            path = Path(location).expanduser().resolve()
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                             timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                             check_same_thread=False)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        versions = db.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
        formats = db.execute(f"SELECT format FROM {STATE_TABLE}").fetchall()
    except sqlite3.Error:
        db.close()
        return None
    head = text_head()
    if head is None or versions != [(head,)] or formats != [(SQLITE_INDEX_FORMAT,)]:
        db.close()
        return None
    return ArchiveReader(db, path)


def select_rows(db: sqlite3.Connection, table: str, where: str, params: Sequence[Any],
                columns: Sequence[str] | None = None, order: str = "") -> list[Row]:
    """Rows of ``table`` as SQLAlchemy hands them out (dates, times and JSON converted)."""
    names = list(columns) if columns is not None else [n for n, _ in READ_COLUMNS[table]]
    sql = (f"SELECT {', '.join(f'{table}.{n}' for n in names)} FROM {table} "
           f"WHERE {where}" + (f" ORDER BY {order}" if order else ""))
    return [_converted(table, names, values) for values in db.execute(sql, params)]


def rows_with(db: sqlite3.Connection, table: str, column: str, ids: Sequence[Any],
              columns: Sequence[str] | None = None, order: str = "") -> list[Row]:
    """The rows of ``table`` whose ``column`` is one of ``ids`` (see :func:`select_rows`)."""
    found: list[Row] = []
    for chunk in _chunks(list(ids)):
        found += select_rows(db, table, f"{table}.{column} IN ({_marks(chunk)})", chunk,
                             columns, order)
    return found


_HIT_QUOTES = (
    "SELECT q.row_id, q.item_id, q.quote_id, q.said_on, q.approval_state, q.text_de, "
    "q.text_en, q.document, i.headline FROM quotes q "
    "LEFT JOIN press_items i ON i.id = q.item_id WHERE q.row_id IN ({marks})"
)
_HIT_SPEAKERS = (  # a speaker's name where the person exists (no name: the id is shown)
    "SELECT s.quote_row_id, s.person_id, s.role_id, p.id, p.honorific, p.given_name, "
    "p.family_name FROM quote_speakers s LEFT JOIN people p ON p.id = s.person_id "
    "WHERE s.quote_row_id IN ({marks}) ORDER BY s.quote_row_id, s.position"
)
_HIT_ROLES = (
    "SELECT id, person_id, organisation_id, valid_from, valid_until, title FROM roles "
    "WHERE person_id IN ({marks})"
)


def read_hits(db: sqlite3.Connection, row_ids: Sequence[int], terms: Sequence[Term] = (),
              language: str | None = None) -> list[QuoteHit]:
    """As :func:`editor.store.search.hits.load_hits`, with the standard library's sqlite3.

    The archive loads its hits on SQLite this way too, through the driver's connection
    of its transaction (without SQLAlchemy's statement building and result processing, a
    page of 50 hits takes about a third less time, measured at a million quotes). Three
    statements per page: the quotes with their item's headline, their speakers with
    their names, and those people's roles; the stored values are converted here, column
    by column, as :func:`select_rows` would (CPU time of a page at a million quotes, with
    the snippets: 3.6–4.4 against 4.0–5.0 ms with a statement per table and each row
    converted by its table's column list). Most of what remains is Python building the
    hits: the snippets, the roles at the time.
    """
    from editor.store.search.entries import People, full_name, texts_of
    from editor.store.search.hits import hit_from_row
    from editor.store.search.snippets import matcher_for

    if len(row_ids) > _CHUNK:
        return [hit for chunk in _chunks(list(row_ids))
                for hit in read_hits(db, chunk, terms, language)]
    if not row_ids:
        return []
    ids = list(row_ids)
    marks = _marks(ids)
    rows: dict[int, Row] = {}
    headlines: dict[str, dict[str, str]] = {}
    for (row_id, item_id, quote_id, said_on, state, text_de, text_en, document,
         headline) in db.execute(_HIT_QUOTES.format(marks=marks), ids):
        rows[row_id] = {
            "row_id": row_id, "item_id": item_id, "quote_id": quote_id,
            "said_on": None if said_on is None else date.fromisoformat(said_on),
            "approval_state": state, "text_de": text_de, "text_en": text_en,
            "document": None if document is None else json.loads(document)}
        if item_id not in headlines:
            headlines[item_id] = texts_of(None if headline is None else json.loads(headline))
    speakers: dict[int, list[tuple[str, str | None]]] = {}
    names: dict[str, str] = {}
    for (quote_row_id, person_id, role_id, known_id, honorific, given_name,
         family_name) in db.execute(_HIT_SPEAKERS.format(marks=marks), ids):
        speakers.setdefault(quote_row_id, []).append((person_id, role_id))
        if known_id is not None and person_id not in names:
            names[person_id] = full_name({"honorific": honorific, "given_name": given_name,
                                          "family_name": family_name})
    by_person: dict[str, list[Role]] = {}
    people = list(dict.fromkeys(p for found in speakers.values() for p, _ in found))
    for chunk in _chunks(people):
        for role_id, person_id, organisation_id, valid_from, valid_until, title in db.execute(
                _HIT_ROLES.format(marks=_marks(chunk)), chunk):
            by_person.setdefault(person_id, []).append(Role(
                id=role_id, person_id=person_id, organisation_id=organisation_id,
                title=texts_of(None if title is None else json.loads(title)),
                valid_from=None if valid_from is None else date.fromisoformat(valid_from),
                valid_until=None if valid_until is None else date.fromisoformat(valid_until)))
    known = People(names, by_person)
    matcher = matcher_for(tuple(terms))
    return [hit_from_row(rows[row_id], speakers.get(row_id, []), known,
                         headlines[rows[row_id]["item_id"]], matcher, language)
            for row_id in row_ids if row_id in rows]


def read_people(db: sqlite3.Connection, person_ids: Sequence[str]) -> People:
    """As :meth:`editor.store.search.entries.People.load` (with titles)."""
    from editor.store.search.entries import People, full_name, role_from_row

    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return People({}, {})
    names = {row["id"]: full_name(row) for row in rows_with(
        db, "people", "id", ids, ("id", "honorific", "given_name", "family_name"))}
    by_person: dict[str, list[Role]] = {}
    for row in rows_with(db, "roles", "person_id", ids,
                         ("id", "person_id", "organisation_id", "valid_from",
                          "valid_until", "title")):
        by_person.setdefault(row["person_id"], []).append(role_from_row(row))
    return People(names, by_person)


class ArchiveReader:
    """The reading half of :class:`editor.store.archive.Archive` on an SQLite file."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        """Use :func:`open_reader`."""
        self._db = db
        self._path = path
        self._name = str(path)
        self._search_index: SqliteQuoteIndex | None = None

    @property
    def _index(self) -> SqliteQuoteIndex:
        """The search index's queries: loaded with the first search, not by an export."""
        if self._search_index is None:
            from editor.store.search.sqlite_fts import SqliteQuoteIndex

            self._search_index = SqliteQuoteIndex()
        return self._search_index

    @property
    def path(self) -> Path:
        return self._path

    @property
    def url(self) -> str:
        return f"sqlite:///{self._path}"

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query of a call sees the same moment."""
        try:
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("ROLLBACK")
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            raise ReaderUnusable(str(exc)) from exc

    def _select(self, db: sqlite3.Connection, table: str, where: str, params: Sequence[Any],
                columns: Sequence[str] | None = None, order: str = "") -> list[Row]:
        return select_rows(db, table, where, params, columns, order)

    def _in(self, db: sqlite3.Connection, table: str, column: str, ids: Sequence[Any],
            columns: Sequence[str] | None = None, order: str = "") -> list[Row]:
        return rows_with(db, table, column, ids, columns, order)

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def is_empty(self) -> bool:
        with self.reading() as db:
            return db.execute("SELECT 1 FROM press_items LIMIT 1").fetchone() is None

    # -- the quote archive ---------------------------------------------------------------

    def search_quotes(self, query: str = "", *, order: str = "relevance", limit: int = 50,
                      offset: int = 0, include_embargoed: bool = False,
                      now: datetime | None = None,
                      **filters: Unpack[QuoteFilters]) -> list[QuoteHit]:
        """What :meth:`editor.store.archive.Archive.search_quotes` finds, the same way."""
        from editor.store.search.request import visible_rows

        if order not in ("relevance", "date"):
            raise ValueError(f"Unknown order {order!r}; use 'relevance' or 'date'.")
        with self.reading() as db:
            wanted = self._quote_filter(db, query, filters)

            def rows(count: int, start: int) -> list[int]:
                return self._index.search(db, wanted, by_relevance=order == "relevance",
                                          limit=count, offset=start)

            row_ids, embargoes = visible_rows(
                rows, lambda found: self.embargo_of(db, found), limit=limit, offset=offset,
                include_embargoed=include_embargoed, now=now)
            hits = self._load_hits(db, row_ids, wanted.terms, wanted.language)
            return [replace(hit, embargo=embargoes[hit.row_id])
                    if hit.row_id in embargoes else hit for hit in hits]

    @staticmethod
    def embargo_of(db: sqlite3.Connection, row_ids: Sequence[int]) -> dict[int, Any]:
        """As the archive's: the stored embargo of these quotes' items that have one."""
        found: dict[int, Any] = {}
        for chunk in _chunks(list(row_ids)):
            for row_id, plain in db.execute(
                    "SELECT quotes.row_id, json_extract(press_items.document, '$.embargo') "
                    "FROM quotes JOIN press_items ON press_items.id = quotes.item_id "
                    f"WHERE quotes.row_id IN ({_marks(chunk)})", list(chunk)):
                if plain is not None:
                    found[row_id] = plain
        return found

    def _quote_filter(self, db: sqlite3.Connection, query: str,
                      filters: QuoteFilters) -> QuoteFilter:
        from editor.store.search.request import named_ids, quote_filter

        tables = {"p": "people", "o": "organisations"}

        def named(kind: str, value: str) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
            def has_id(record_id: str) -> bool:
                sql = f"SELECT id FROM {tables[kind]} WHERE id = ?"
                return db.execute(sql, (record_id,)).fetchone() is not None

            def find(part: str, limit: int) -> list[str]:
                return self._index.find_names(db, kind, part, limit)

            return named_ids(kind, value, has_id, find)

        return quote_filter(query, filters, named)

    def _load_hits(self, db: sqlite3.Connection, row_ids: Sequence[int],
                   terms: Sequence[Term], language: str | None) -> list[QuoteHit]:
        return read_hits(db, row_ids, terms, language)

    # -- items ---------------------------------------------------------------------------

    def load_bundle(self, item_ids: Sequence[str]) -> Bundle:
        """What :meth:`editor.store.archive.Archive.load_bundle` loads, the same way."""
        from editor.store import records  # here: a search builds no records (nor the codec)

        with self.reading() as db:
            items = [self.read_item(db, item_id) for item_id in item_ids]
            return records.assemble_bundle(
                items,
                lambda table, cls, ids: self._fetch(db, table, cls, ids),
                lambda person_ids: self._in(
                    db, "roles", "person_id", person_ids,
                    order="roles.person_id, roles.valid_from ASC NULLS FIRST"),
                lambda keys: self.photos(db, keys),
            )

    def read_item(self, db: sqlite3.Connection, item_id: str) -> PressItem:
        from editor.store import records

        found = self._select(db, "press_items", "press_items.id = ?", (item_id,))
        if not found:
            raise NotFoundError(
                f"There is no press item with id {item_id!r} in the archive {self._name}.")
        topics = [r["topic"] for r in self._select(
            db, "item_topics", "item_topics.item_id = ?", (item_id,), ("topic",),
            "item_topics.item_id, item_topics.position")]
        issuers = [r["organisation_id"] for r in self._select(
            db, "item_issuers", "item_issuers.item_id = ?", (item_id,), ("organisation_id",),
            "item_issuers.item_id, item_issuers.position")]
        quote_rows = self._select(db, "quotes", "quotes.item_id = ?", (item_id,),
                                  order="quotes.position")
        speakers: dict[int, list[Row]] = {}
        for speaker in self._in(db, "quote_speakers", "quote_row_id",
                                [q["row_id"] for q in quote_rows],
                                order="quote_speakers.quote_row_id, quote_speakers.position"):
            speakers.setdefault(speaker["quote_row_id"], []).append(speaker)
        plain_quotes = [records.quote_plain(q, speakers.get(q["row_id"], []))
                        for q in quote_rows]
        return records.item_from_rows(found[0], topics, issuers, plain_quotes)

    def _fetch(self, db: sqlite3.Connection, table: str, cls: type[T],
               ids: dict[str, None]) -> list[T]:
        """The records with these ids, in the order given; missing ones left out."""
        from editor.store import records

        by_id = {row["id"]: records.record_from_row(cls, row, table)
                 for row in self._in(db, table, "id", list(ids))}
        return [by_id[i] for i in ids if i in by_id]

    def photos(self, db: sqlite3.Connection, keys: Iterator[str]) -> dict[str, PhotoData]:
        """As :func:`editor.store.photos.read_photos`."""
        from editor.store.photo_rows import read_stored

        def kept(names: list[str]) -> dict[str, str]:
            return {row["key"]: row["value"] for row in self._in(
                db, "settings", "key", names, ("key", "value"))}

        def fetch(wanted: list[str]) -> dict[str, tuple[str, bytes]]:
            return {row["sha256"]: (row["media_type"], bytes(row["data"])) for row in self._in(
                db, "photo_blobs", "sha256", wanted, ("sha256", "media_type", "data"))}

        return read_stored(keys, kept, fetch)


@dataclass
class ReadContext:
    """What a reading command needs: the role of :class:`editor.context.AppContext`."""

    archive: ArchiveReader

    @property
    def data_dir(self) -> Path:
        from editor.core import paths

        return paths.data_dir()

    def close(self) -> None:
        self.archive.close()
