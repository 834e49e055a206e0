"""Which press items carry an embargo, kept between searches.

Every quote search asks which items have an embargo (to leave their quotes out, or mark
them). Reading the embargo out of every item's document costs a scan of all documents
(about 60 ms for 20,000 items on SQLite, after each save), so the list is kept until the
archive changes (its change mark: number of items, latest save and the sum of the items'
versions, which every save raises by one whatever time it is stamped with). After a change
only the items whose version differs from the one read are read again: a scan of the ids
and versions, no documents. Deleted items drop out, new ones are read. Unlike a window of
save times this is exact: a save stamped long before the latest (by a computer whose clock
is behind) is seen at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from editor.core.model import Embargo
from editor.store.schema import press_items
from editor.store.search.request import embargo_from

ChangeMark = tuple[int, datetime | None, int]
"""What :meth:`Archive.change_mark` gives: number of items, latest save, sum of versions."""

Entry = tuple[str, Any, Embargo]
"""An item's id, its stored embargo and the embargo read."""

_READ_AT_ONCE = 2000
"""Items whose embargo is read in one statement."""


def read_change_mark(conn: Connection) -> ChangeMark:
    """The archive's change mark (see :data:`ChangeMark`)."""
    row = conn.execute(select(func.count(), func.max(press_items.c.updated_at),
                              func.coalesce(func.sum(press_items.c.version), 0))).one()
    return int(row[0]), row[1], int(row[2])


@dataclass
class EmbargoList:
    """The items with an embargo as of a change mark of the archive."""

    mark: ChangeMark | None = None
    entries: list[Entry] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    """Every item's version as the list last read it."""

    def current(self, conn: Connection, mark: ChangeMark | None = None) -> list[Entry]:
        """Every item with an embargo now; which are in force the caller decides.
        ``mark``: the archive's change mark as :meth:`Archive.change_mark` gives it, when
        the caller read it (on PostgreSQL a search page reads it with its hits)."""
        if mark is None:
            mark = read_change_mark(conn)
        if mark == self.mark:
            return self.entries
        versions = {item_id: int(version) for item_id, version in conn.execute(
            select(press_items.c.id, press_items.c.version))}
        changed = [item_id for item_id, version in versions.items()
                   if self.versions.get(item_id) != version]
        kept = [entry for entry in self.entries
                if entry[0] in versions and self.versions.get(entry[0]) == versions[entry[0]]]
        if len(changed) == len(versions):  # the first reading: no need to name them
            read = _with_embargo(conn.execute(
                select(press_items.c.id, press_items.c.document["embargo"])))
        else:
            read = []
            for start in range(0, len(changed), _READ_AT_ONCE):
                read += _with_embargo(conn.execute(
                    select(press_items.c.id, press_items.c.document["embargo"])
                    .where(press_items.c.id.in_(changed[start:start + _READ_AT_ONCE]))))
        self.mark, self.entries, self.versions = mark, kept + read, versions
        return self.entries


def _with_embargo(rows: Any) -> list[Entry]:
    found = []
    for item_id, plain, *_ in rows:
        embargo = embargo_from(plain)
        if embargo is not None:
            found.append((item_id, plain, embargo))
    return found
