"""Copy a whole archive from one database into another: SQLite to PostgreSQL and back.

Used by ``migrate-to`` (moving an archive to a team server, or back to a file) and by
backups of a server archive, which are portable SQLite archive files. Every table of the
schema is copied row by row as it is: ids, versions, timestamps, photos and drafts stay
unchanged (soft locks, which belong to running programs, are not copied). The source is
read in one snapshot; the target is written in one transaction
that only commits after the rows of every table were counted again and the press items'
ids, versions and times compared, so a copy is complete or not there at all. The search
index is derived data and is built anew in the target.

A target that already holds anything is refused, unless ``replace`` is asked for (a
restore), which empties it in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, insert, select, text

from editor.core.errors import StoreError
from editor.store.schema import metadata, press_items
from editor.store.search import index_for

BATCH_ROWS = 500
Progress = Callable[[str, int, int], None]
"""progress(table, rows copied, rows in the table)."""


@dataclass(frozen=True)
class TransferReport:
    """What was copied: the rows of each table, in the order they were written."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


NOT_COPIED = frozenset({"item_claims"})
"""Who has an item open belongs to the running programs, not to the archive's content."""


def tables() -> list[Table]:
    """The archive's tables that are copied, those referred to first."""
    return [table for table in metadata.sorted_tables if table.name not in NOT_COPIED]


def row_counts(conn: Connection) -> dict[str, int]:
    return {table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in tables()}


def stored_rows(conn: Connection) -> int:
    """How many rows the archive's tables hold together (0: an empty archive)."""
    return sum(row_counts(conn).values())


def _order(table: Table) -> list[object]:
    return list(table.primary_key.columns) or list(table.columns)


def _item_stamps(conn: Connection) -> list[tuple[object, ...]]:
    rows = conn.execute(select(press_items.c.id, press_items.c.version,
                               press_items.c.created_at, press_items.c.updated_at)
                        .order_by(press_items.c.id))
    return [tuple(row) for row in rows]


def _after_copy(conn: Connection) -> None:
    """Sequences behind integer keys continue after the copied ids (PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                    column.autoincrement == "auto" and len(table.primary_key.columns) == 1
                    and column.type.python_type is int):
                conn.execute(text(
                    "SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"),
                    {"table": table.name, "column": column.name})


def copy_rows(source: Connection, target: Connection, *, source_name: str,
              target_name: str, replace: bool = False,
              progress: Progress | None = None) -> TransferReport:
    """Copy every archive table from ``source`` into ``target`` (both in a transaction).

    Raises :class:`StoreError` when the target is not empty (without ``replace``) or the
    copy does not verify; the caller rolls the target's transaction back then.
    """
    expected = row_counts(source)
    already = {name: n for name, n in row_counts(target).items() if n}
    if already and not replace:
        shown = ", ".join(f"{name} {n}" for name, n in sorted(already.items()))
        raise StoreError(
            f"{target_name} is not empty (rows: {shown}). Nothing was copied; choose an "
            f"empty database or a new file.")
    if already:
        for table in reversed(tables()):
            target.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables():
        total = expected[table.name]
        done = 0
        if progress is not None:
            progress(table.name, 0, total)
        result = source.execute(select(table).order_by(*_order(table)))  # type: ignore[arg-type]
        while batch := result.fetchmany(BATCH_ROWS):
            target.execute(insert(table), [dict(row._mapping) for row in batch])
            done += len(batch)
            if progress is not None:
                progress(table.name, done, total)
        counts[table.name] = done
    _after_copy(target)
    copied = row_counts(target)
    wrong = [name for name in expected if copied[name] != expected[name]]
    if wrong:
        shown = ", ".join(f"{n}: {expected[n]} read, {copied[n]} written" for n in wrong)
        raise StoreError(f"The copy into {target_name} did not verify ({shown}); nothing "
                         f"was copied.")
    if _item_stamps(target) != _item_stamps(source):
        raise StoreError(f"The press items copied into {target_name} differ from those of "
                         f"{source_name} in id, version or time; nothing was copied.")
    index = index_for(target.dialect.name)
    index.rebuild(target)
    return TransferReport(counts)
