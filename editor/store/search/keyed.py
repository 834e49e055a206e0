"""What both full-text indexes do alike: quotes enter and leave by their date key.

Each index stores one entry per quote under :func:`~editor.store.search.entries.date_key`;
a backend supplies only how entries are written (``_insert``) and removed by key
(``_delete_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from editor.store.search.entries import (
    IndexedQuote,
    QuoteValues,
    chunks,
    date_key,
    index_entries,
    indexed_quotes,
)

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive writes, not to read a file
    from sqlalchemy.engine import Connection


class KeyedQuoteIndex:
    """Indexing, unindexing and reindexing of saved quotes by row id or item id."""

    def _insert(self, conn: Connection, entries: Sequence[IndexedQuote]) -> None:
        raise NotImplementedError

    def _delete_keys(self, conn: Connection, keys: Sequence[int]) -> None:
        raise NotImplementedError

    def settings_current(self, conn: Connection) -> bool:
        """Whether the index's stored settings are this version's (none to keep here)."""
        return True

    def apply_settings(self, conn: Connection) -> None:
        """Nothing to set where the index keeps no settings of its own."""

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        from editor.store.schema import quotes

        for chunk in chunks(row_ids):
            self._insert(conn, indexed_quotes(conn, quotes.c.row_id.in_(chunk)))

    def index_values(self, conn: Connection, values: Sequence[QuoteValues]) -> None:
        """Index these quotes, whose stored values the caller knows (no reading back)."""
        self._index_known(conn, values)

    def _index_known(self, conn: Connection, values: Sequence[QuoteValues]) -> None:
        for start in range(0, len(values), 500):
            self._insert(conn, index_entries(conn, values[start : start + 500]))

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        from editor.store.schema import quotes

        for chunk in chunks(row_ids):
            self._unindex(conn, quotes.c.row_id.in_(chunk))

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        from editor.store.schema import quotes

        if item_ids:
            self._unindex(conn, quotes.c.item_id.in_(list(item_ids)))

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        from editor.store.schema import quotes

        for chunk in chunks(row_ids):
            self._unindex(conn, quotes.c.row_id.in_(chunk))
            self._insert(conn, indexed_quotes(conn, quotes.c.row_id.in_(chunk)))

    def retag_quotes(self, conn: Connection, row_ids: Sequence[int],
                     values: Sequence[QuoteValues] | None = None) -> None:
        """The whole entries again (an index that can renew the tags alone overrides it);
        ``values``: the quotes' stored values, when the caller knows them."""
        if values is None:
            self.reindex_quotes(conn, row_ids)
            return
        self._delete_keys(conn, [v.key for v in values])
        self._index_known(conn, values)

    def _unindex(self, conn: Connection, where: Any) -> None:
        from sqlalchemy import select

        from editor.store.schema import quotes

        rows = conn.execute(select(quotes.c.row_id, quotes.c.said_on).where(where))
        self._delete_keys(conn, [date_key(said_on, row_id) for row_id, said_on in rows])
