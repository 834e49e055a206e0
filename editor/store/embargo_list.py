"""Which press items carry an embargo, kept between searches.

Every quote search asks which items have an embargo (to leave their quotes out, or mark
them). Reading the embargo out of every item's document costs a scan of all documents
(about 60 ms for 20,000 items on SQLite, after each save), so the list is kept until the
archive changes (its change mark: number of items, latest save and the sum of the items'
versions, which every save raises by one whatever time it is stamped with).

After a change the items saved shortly before the list's latest save or since are read
again (a scan of the save times, :data:`SLACK` for clocks of other computers). The
versions they bring must add up to the mark's sum: when they do not, a save stamped
earlier than that (a computer whose clock is far behind) or a deletion happened, and the
ids and versions of all items are compared instead (no documents read). Either way a save
is seen at the next search, whatever its time stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from editor.core.model import Embargo
from editor.store.schema import press_items
from editor.store.search.request import embargo_from

ChangeMark = tuple[int, datetime | None, int]
"""What :meth:`Archive.change_mark` gives: number of items, latest save, sum of versions."""

SLACK = timedelta(minutes=5)
"""Items saved this long before the list's latest save are read again too."""
_READ_AT_ONCE = 2000
"""Items whose embargo is read in one statement."""

Entry = tuple[str, Any, Embargo]
"""An item's id, its stored embargo and the embargo read."""


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
        if self.mark is None:
            rows = conn.execute(select(press_items.c.id, press_items.c.version,
                                       press_items.c.document["embargo"])).all()
            self.versions = {row[0]: int(row[1]) for row in rows}
            self.entries = _with_embargo(rows)
        else:
            self._bring_up_to_date(conn, mark)
        self.mark = mark
        return self.entries

    def _bring_up_to_date(self, conn: Connection, mark: ChangeMark) -> None:
        saved = self._saved_lately(conn, mark)
        if saved is None:  # not all saves were lately: compare every item's version
            versions = {item_id: int(version) for item_id, version in conn.execute(
                select(press_items.c.id, press_items.c.version))}
            changed = [item_id for item_id, version in versions.items()
                       if self.versions.get(item_id) != version]
            saved = []
            for start in range(0, len(changed), _READ_AT_ONCE):
                saved += conn.execute(
                    select(press_items.c.id, press_items.c.version,
                           press_items.c.document["embargo"])
                    .where(press_items.c.id.in_(changed[start:start + _READ_AT_ONCE]))).all()
            self.versions = versions
        else:
            self.versions.update((row[0], int(row[1])) for row in saved)
        read = {row[0] for row in saved}
        self.entries = [entry for entry in self.entries
                        if entry[0] not in read and entry[0] in self.versions] \
            + _with_embargo(saved)

    def _saved_lately(self, conn: Connection, mark: ChangeMark) -> Sequence[Any] | None:
        """The items saved since the list's latest save (and :data:`SLACK` before it),
        when they account for every save up to ``mark``; else None."""
        assert self.mark is not None
        count, latest, total = self.mark
        if latest is None or mark[1] is None or mark[1] < latest:
            return None
        rows = conn.execute(
            select(press_items.c.id, press_items.c.version, press_items.c.document["embargo"])
            .where(press_items.c.updated_at >= latest - SLACK)).all()
        added = sum(1 for row in rows if row[0] not in self.versions)
        raised = sum(int(row[1]) - self.versions.get(row[0], 0) for row in rows)
        if (count + added, total + raised) != (mark[0], mark[2]):
            return None  # a save stamped earlier, or an item deleted
        return rows


def _with_embargo(rows: Any) -> list[Entry]:
    found = []
    for item_id, _, plain in rows:
        embargo = embargo_from(plain)
        if embargo is not None:
            found.append((item_id, plain, embargo))
    return found
