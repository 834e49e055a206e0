"""Writing an item's quotes: only what changed is written and indexed again.

Saving an item usually changes one quote of many, or none at all (a headline edit). The
new quotes are matched to the stored rows by their id:

* an unchanged quote is left alone, and so is its index entry;
* a quote that only moved gets its position updated (the index does not hold positions);
* a changed quote is updated in place, keeping its row id, and indexed again;
* a removed quote is deleted, a new one inserted and indexed.

When something every quote's index entry depends on has changed (the item's topics), the
filter tags of the others are indexed again. Everything happens in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from editor.store.records import QuoteRows
from editor.store.schema import quote_speakers, quotes
from editor.store.search import QuoteIndex
from editor.store.search.entries import QuoteValues

_SPEAKER_COLUMNS = ("position", "person_id", "role_id")

_SQLITE_INSERTS = True
"""Whether new quotes go into an SQLite archive through the driver (:func:`_insert_sqlite`)."""


# The statements, made once: built per call with their values, each cost SQLAlchemy
# several times what running it takes (see editor.store.archive).
_DELETE_SPEAKERS = delete(quote_speakers).where(
    quote_speakers.c.quote_row_id.in_(bindparam("row_ids", expanding=True)))
_DELETE_QUOTES = delete(quotes).where(quotes.c.row_id.in_(bindparam("row_ids", expanding=True)))
_UPDATE_QUOTE = update(quotes).where(quotes.c.row_id == bindparam("key"))
_MOVE_QUOTE = (update(quotes).where(quotes.c.row_id == bindparam("key"))
               .values(position=bindparam("position")))
_STORED_QUOTES = select(quotes).where(quotes.c.item_id == bindparam("item_id"))
_STORED_SPEAKERS = (
    select(quote_speakers.c.quote_row_id, *(quote_speakers.c[c] for c in _SPEAKER_COLUMNS))
    .where(quote_speakers.c.quote_row_id.in_(bindparam("row_ids", expanding=True)))
    .order_by(quote_speakers.c.quote_row_id, quote_speakers.c.position))


@dataclass
class _Stored:
    row_id: int
    row: dict[str, Any]
    speakers: list[dict[str, Any]]


def write_quotes(conn: Connection, index: QuoteIndex, item_id: str,
                 new: Sequence[QuoteRows], *, topics: Sequence[str] = (),
                 reindex_all: bool = False, new_item: bool = False) -> None:
    """Make the stored quotes of ``item_id`` equal to ``new``, writing only differences.

    Quotes carrying their codec values (:attr:`QuoteRows.plain`) are checked if new or
    changed. ``topics`` are the item's (as now stored); the index is given the values written,
    not made to read them back. ``new_item``: the item's row was just inserted, so it
    has no stored quotes yet (they go with their item).
    """
    stored = {} if new_item else _stored_quotes(conn, item_id)
    fresh: list[QuoteRows] = []
    changed: list[tuple[int, QuoteRows]] = []
    moved: list[dict[str, int]] = []
    unchanged: list[tuple[int, _Stored]] = []
    for quote in new:
        old = stored.pop(quote.quote["quote_id"], None)
        if old is None:
            fresh.append(quote)
        elif _same_content(old, quote):
            unchanged.append((old.row_id, old))
            if old.row["position"] != quote.quote["position"]:
                moved.append({"key": old.row_id, "position": quote.quote["position"]})
        else:
            changed.append((old.row_id, quote))
    for quote in [*fresh, *(quote for _, quote in changed)]:
        quote.check()  # before anything is written; unchanged quotes were checked before
    removed = [old.row_id for old in stored.values()]
    changed_ids = [row_id for row_id, _ in changed]
    # Index keys are made from the stored rows: take the entries out before rows change.
    index.unindex_quotes(conn, removed + changed_ids)
    if removed or changed_ids:
        conn.execute(_DELETE_SPEAKERS, {"row_ids": removed + changed_ids})
    if removed:
        conn.execute(_DELETE_QUOTES, {"row_ids": removed})
    if changed:
        conn.execute(_UPDATE_QUOTE, [{**quote.quote, "key": row_id} for row_id, quote in changed])
    if moved:
        conn.execute(_MOVE_QUOTE, moved)
    inserted: list[int] = []
    sqlite = _SQLITE_INSERTS and conn.dialect.name == "sqlite"
    if fresh and sqlite:
        inserted = _insert_sqlite(conn, fresh)
    elif fresh:  # one statement for all, the row ids in the order of the rows
        inserted = list(conn.execute(
            insert(quotes).returning(quotes.c.row_id, sort_by_parameter_order=True),
            [quote.quote for quote in fresh],
        ).scalars())
    speakers_of = [*changed, *zip(inserted, fresh, strict=True)]
    if sqlite:
        speaker_values = [(row_id, s["position"], s["person_id"], s["role_id"])
                          for row_id, quote in speakers_of for s in quote.speakers]
        if speaker_values:
            conn.exec_driver_sql(_INSERT_SPEAKERS, speaker_values)
    else:
        speaker_rows = [{"quote_row_id": row_id, **speaker}
                        for row_id, quote in speakers_of for speaker in quote.speakers]
        if speaker_rows:
            conn.execute(insert(quote_speakers), speaker_rows)
    index.index_values(conn, [
        _values(row_id, quote.quote, quote.speakers, topics)
        for row_id, quote in [*changed, *zip(inserted, fresh, strict=True)]])
    if reindex_all and unchanged:  # only their filter tags differ
        index.retag_quotes(conn, [row_id for row_id, _ in unchanged],
                           [_values(row_id, old.row, old.speakers, topics)
                            for row_id, old in unchanged])


_QUOTE_COLUMNS = ("item_id", "quote_id", "position", "said_on", "approval_state", "text_de",
                  "text_en", "document")
_INSERT_QUOTES = (
    f"INSERT INTO quotes (row_id, {', '.join(_QUOTE_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(_QUOTE_COLUMNS))})"
)
_INSERT_SPEAKERS = (
    "INSERT INTO quote_speakers (quote_row_id, position, person_id, role_id) VALUES (?, ?, ?, ?)"
)


def _insert_sqlite(conn: Connection, fresh: Sequence[QuoteRows]) -> list[int]:
    """Insert these quotes in one executemany; their row ids, in order.

    The ids are the ones SQLite would give (one more than the largest, the table has no
    AUTOINCREMENT): the transaction holds the write lock, so nobody takes them meanwhile.
    The values are stored as SQLAlchemy's types store them (dates as ISO text, documents as
    ``json.dumps`` gives them); a test compares the rows with those of the generic path.
    Through SQLAlchemy, with RETURNING in parameter order, the same took twice as long.
    """
    first = int(conn.exec_driver_sql(
        "SELECT coalesce(max(row_id), 0) + 1 FROM quotes").scalar_one())
    row_ids = list(range(first, first + len(fresh)))
    if set(fresh[0].quote) != set(_QUOTE_COLUMNS):  # a column added without this path
        raise AssertionError(f"quote rows have the columns {sorted(fresh[0].quote)}")
    conn.exec_driver_sql(_INSERT_QUOTES, [
        (row_id, q["item_id"], q["quote_id"], q["position"],
         None if q["said_on"] is None else q["said_on"].isoformat(), q["approval_state"],
         q["text_de"], q["text_en"], json.dumps(q["document"]))
        for row_id, q in zip(row_ids, (quote.quote for quote in fresh), strict=True)])
    return row_ids


def _values(row_id: int, row: dict[str, Any], speakers: Sequence[dict[str, Any]],
            topics: Sequence[str]) -> QuoteValues:
    """What the index needs of a quote whose row (without ``row_id``) is ``row``."""
    return QuoteValues(row_id, row["said_on"], row["approval_state"], row["text_de"],
                       row["text_en"], row["document"],
                       [(s["person_id"], s["role_id"]) for s in speakers], topics)


def _stored_quotes(conn: Connection, item_id: str) -> dict[str, _Stored]:
    rows = conn.execute(_STORED_QUOTES, {"item_id": item_id}).mappings().all()
    found = {
        row["quote_id"]: _Stored(row["row_id"], {k: v for k, v in row.items() if k != "row_id"},
                                 [])
        for row in rows
    }
    if found:
        by_row = {stored.row_id: stored for stored in found.values()}
        speakers = conn.execute(_STORED_SPEAKERS, {"row_ids": list(by_row)}).mappings()
        for speaker in speakers:
            by_row[speaker["quote_row_id"]].speakers.append(
                {c: speaker[c] for c in _SPEAKER_COLUMNS})
    return found


def _same_content(old: _Stored, new: QuoteRows) -> bool:
    """True when the stored quote equals ``new`` in everything but its position."""
    for column, value in new.quote.items():
        if column == "position":
            continue
        stored = old.row.get(column)
        if stored == value:  # codec values are JSON's own types: usually equal at once
            continue
        if column != "document" or stored != json.loads(json.dumps(value)):
            return False  # (a document is stored as JSON: compared as JSON gives it back)
    speakers = [{c: s.get(c) for c in _SPEAKER_COLUMNS} for s in new.speakers]
    return speakers == old.speakers
