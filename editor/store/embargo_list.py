"""Which press items carry an embargo, kept between searches.

Every quote search asks which items have an embargo (to leave their quotes out, or mark
them). Reading the embargo out of every item's document costs a scan of all documents
(about 60 ms for 20,000 items on SQLite, after each save), so the list is kept until the
archive changes (its change mark: number of items and latest save). After a change only
the items saved since are read again (about 9 ms: a scan of the save times), with
:data:`SLACK` for clocks of other computers and saves that took a while to commit;
deleted items, items that came in with older times and a list older than
:data:`FULL_READ_AFTER` are read in full again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from editor.core.model import Embargo
from editor.store.schema import press_items
from editor.store.search.request import embargo_from

SLACK = timedelta(minutes=5)
"""Items saved this long before the list's latest save are read again too."""
FULL_READ_AFTER = 600.0
"""Seconds after which the next change reads every item again (saves missed by the
slack, such as one of a computer whose clock is far behind, are found then)."""

Entry = tuple[str, Any, Embargo]
"""An item's id, its stored embargo and the embargo read."""


@dataclass
class EmbargoList:
    """The items with an embargo as of a change mark of the archive."""

    mark: tuple[int, Any] | None = None
    entries: list[Entry] = field(default_factory=list)
    read_at: float = 0.0
    """When every item was last read (``time.monotonic``)."""

    def current(self, conn: Connection, mark: tuple[int, Any] | None = None) -> list[Entry]:
        """Every item with an embargo now; which are in force the caller decides.
        ``mark``: the archive's change mark as :meth:`Archive.change_mark` gives it, when
        the caller read it (on PostgreSQL a search page reads it with its hits)."""
        if mark is None:
            row = conn.execute(select(func.count(), func.max(press_items.c.updated_at))).one()
            mark = (int(row[0]), row[1])
        if mark == self.mark:
            return self.entries
        entries = self._since(conn, mark)
        if entries is None:
            entries = _with_embargo(conn.execute(
                select(press_items.c.id, press_items.c.document["embargo"])))
            self.read_at = time.monotonic()
        self.mark, self.entries = mark, entries
        return entries

    def _since(self, conn: Connection, mark: tuple[int, Any]) -> list[Entry] | None:
        """The list brought up to ``mark`` from the items saved since it was made; None
        when that cannot tell (items deleted or stored with older times) or it is old."""
        if self.mark is None or time.monotonic() - self.read_at > FULL_READ_AFTER:
            return None
        count, latest = self.mark
        if latest is None or mark[1] is None or mark[1] < latest:
            return None
        rows = conn.execute(
            select(press_items.c.id, press_items.c.document["embargo"], press_items.c.created_at)
            .where(press_items.c.updated_at >= latest - SLACK)).all()
        if count + sum(1 for row in rows if row[2] > latest) != mark[0]:
            return None  # an item was deleted, or came in with an older time
        saved = {row[0] for row in rows}
        return [entry for entry in self.entries if entry[0] not in saved] + _with_embargo(rows)


def _with_embargo(rows: Any) -> list[Entry]:
    found = []
    for item_id, plain, *_ in rows:
        embargo = embargo_from(plain)
        if embargo is not None:
            found.append((item_id, plain, embargo))
    return found
