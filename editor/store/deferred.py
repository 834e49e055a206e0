"""An archive file read with the standard library until the desktop window has painted.

Loading SQLAlchemy and opening :class:`editor.store.archive.Archive` takes longer than
building the whole main window. The window's first paint needs only a few reads (the
first page of the item list, the organisations, the item opened last, its people and
roles, the drafts, a setting), and :mod:`editor.store.reader` answers them with
:mod:`sqlite3` alone. :class:`DeferredArchive` stands in for the archive meanwhile: these
reads go to the reader until :meth:`DeferredArchive.open_now` has opened the archive,
which the window does right after its first paint; everything else (every write, every
other read) opens the archive first, at once, and is answered by it. A read the reader
cannot make (:class:`~editor.store.reader.ReaderUnusable`) is answered by the archive
too.

Only an archive file the reader accepts (at the newest revision, see
:func:`editor.store.reader.open_reader`) is read this way; any other opens the usual way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor.core.images import PhotoData
from editor.core.model import ItemKind, ItemStatus, Organisation, Person, PressItem, Role
from editor.store.reader import (
    ArchiveReader,
    ReaderUnusable,
    converted,
    rows_with,
    select_rows,
)
from editor.store.summaries import DraftInfo, ItemSummary

if TYPE_CHECKING:
    import sqlite3

    from editor.store.archive import Archive
    from editor.store.embargo_list import ChangeMark  # not at start-up: it needs SQLAlchemy
    from editor.store.notify import ChangeListener

T = TypeVar("T")

_LIST_COLUMNS = ("id", "kind", "status", "issue_date", "source_language", "languages",
                 "headline", "version", "updated_at", "source_name", "imported_at")
"""What the item list shows of an item (its document is not read)."""
_LIST_ORDER = ("press_items.issue_date DESC NULLS FIRST, press_items.updated_at DESC, "
               "press_items.id")
"""The archive's order of the list (:meth:`editor.store.archive.Archive.list_items`)."""


class DeferredArchive:
    """The archive at ``location``, read through ``reader`` until it is opened."""

    def __init__(self, reader: ArchiveReader, location: str | Path) -> None:
        self._reader: ArchiveReader | None = reader
        self._location = location
        self._archive: Archive | None = None
        self._lock = threading.RLock()
        """The reader's connection is used by one thread at a time; opening happens once."""

    @property
    def is_open(self) -> bool:
        """True once the archive itself answers (see :meth:`open_now`)."""
        return self._archive is not None

    def open_now(self) -> Archive:
        """Open the archive (once); from now on it answers everything."""
        with self._lock:
            if self._archive is None:
                from editor.store.archive import Archive

                self._archive = Archive.open(self._location)
                if self._reader is not None:
                    self._reader.close()
                    self._reader = None
            return self._archive

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.open_now(), name)

    def close(self) -> None:
        with self._lock:
            if self._archive is not None:
                self._archive.close()
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def _read(self, read: Callable[[ArchiveReader], T], otherwise: Callable[[Archive], T]) -> T:
        """``read`` with the reader while the archive is not open, else (or when the reader
        cannot answer) ``otherwise`` with the archive."""
        with self._lock:
            if self._archive is None and self._reader is not None:
                try:
                    return read(self._reader)
                except ReaderUnusable:
                    pass
        return otherwise(self.open_now())

    def _query(self, reading: Callable[[sqlite3.Connection], T]) -> Callable[[ArchiveReader], T]:
        def read(reader: ArchiveReader) -> T:
            with reader.reading() as db:
                return reading(db)
        return read

    # -- the reads of the first paint, as the archive answers them -------------------------

    @property
    def path(self) -> Path | None:
        if self._archive is None and self._reader is not None:
            return self._reader.path
        return self.open_now().path

    @property
    def url(self) -> str:
        if self._archive is None and self._reader is not None:
            return self._reader.url
        return self.open_now().url

    def is_empty(self) -> bool:
        return self._read(lambda r: r.is_empty(), lambda a: a.is_empty())

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self._read(lambda r: r.get_setting(key, default),
                          lambda a: a.get_setting(key, default))

    def has_item(self, item_id: str) -> bool:
        return self.stored_version(item_id) is not None

    def stored_version(self, item_id: str) -> int | None:
        def read(db: sqlite3.Connection) -> int | None:
            row = db.execute("SELECT version FROM press_items WHERE id = ?",
                             (item_id,)).fetchone()
            return None if row is None else int(row[0])
        return self._read(self._query(read), lambda a: a.stored_version(item_id))

    def load_item(self, item_id: str) -> PressItem:
        return self._read(self._query(lambda db: self._reader_item(db, item_id)),
                          lambda a: a.load_item(item_id))

    def _reader_item(self, db: sqlite3.Connection, item_id: str) -> PressItem:
        assert self._reader is not None
        return self._reader.read_item(db, item_id)

    def drafts(self) -> list[str]:
        def read(db: sqlite3.Connection) -> list[str]:
            return [row[0] for row in db.execute(
                "SELECT item_id FROM drafts ORDER BY saved_at DESC, item_id")]
        return self._read(self._query(read), lambda a: a.drafts())

    def draft_info(self, item_id: str) -> DraftInfo | None:
        def read(db: sqlite3.Connection) -> DraftInfo | None:
            found = select_rows(db, "drafts", "drafts.item_id = ?", (item_id,),
                                ("saved_at", "base_version", "owner"))
            if not found:
                return None
            row = found[0]
            return DraftInfo(item_id, row["saved_at"], row["base_version"], row["owner"])
        return self._read(self._query(read), lambda a: a.draft_info(item_id))

    def organisations(self) -> list[Organisation]:
        def read(db: sqlite3.Connection) -> list[Organisation]:
            return self._records(db, "organisations", Organisation, "1 = 1", (),
                                 "organisations.short_name, organisations.id")
        return self._read(self._query(read), lambda a: a.organisations())

    def people_and_roles(self, person_ids: Iterable[str]) -> tuple[list[Person], list[Role]]:
        ids = list(dict.fromkeys(person_ids))

        def read(db: sqlite3.Connection) -> tuple[list[Person], list[Role]]:
            from editor.store import records

            if not ids:
                return [], []
            by_id = {row["id"]: records.record_from_row(Person, row, "people")
                     for row in rows_with(db, "people", "id", ids)}
            found = [by_id[i] for i in ids if i in by_id]
            by_person: dict[str, list[Role]] = {}
            for row in rows_with(db, "roles", "person_id", ids, order=(
                    "roles.person_id, roles.valid_from ASC NULLS FIRST, roles.id")):
                role = records.record_from_row(Role, row, "roles")
                by_person.setdefault(role.person_id, []).append(role)
            return found, [r for p in found for r in by_person.get(p.id, [])]
        return self._read(self._query(read), lambda a: a.people_and_roles(ids))

    def list_items(self, *, limit: int | None = None, offset: int = 0,
                   **criteria: Any) -> list[ItemSummary]:
        """The list as the archive gives it; a filtered list is the archive's own."""
        if criteria:
            return self.open_now().list_items(limit=limit, offset=offset, **criteria)

        def read(db: sqlite3.Connection) -> list[ItemSummary]:
            from editor.store import records

            rows = select_rows(db, "press_items", "1 = 1", (), _LIST_COLUMNS, _LIST_ORDER
                               + f" LIMIT {-1 if limit is None else int(limit)}"
                               + f" OFFSET {int(offset)}")
            ids = [row["id"] for row in rows]
            topics = _positional(db, "item_topics", "topic", ids)
            issuers = _positional(db, "item_issuers", "organisation_id", ids)
            return [ItemSummary(
                id=row["id"], kind=ItemKind(row["kind"]), status=ItemStatus(row["status"]),
                issue_date=row["issue_date"], headline=records.headline_texts(row["headline"]),
                source_language=row["source_language"], languages=list(row["languages"]),
                topics=topics.get(row["id"], []), issuer_ids=issuers.get(row["id"], []),
                updated_at=row["updated_at"], version=row["version"],
                source_name=row["source_name"], imported_at=row["imported_at"],
            ) for row in rows]
        return self._read(self._query(read), lambda a: a.list_items(limit=limit, offset=offset))

    def photo_data(self, keys: Iterable[str]) -> dict[str, PhotoData]:
        wanted = list(keys)

        def read(db: sqlite3.Connection) -> dict[str, PhotoData]:
            assert self._reader is not None
            return self._reader.photos(db, iter(wanted))
        return self._read(self._query(read), lambda a: a.photo_data(wanted))

    def change_mark(self) -> ChangeMark:
        def read(db: sqlite3.Connection) -> ChangeMark:
            count, latest, versions = db.execute(
                "SELECT count(*), max(updated_at), coalesce(sum(version), 0) "
                "FROM press_items").fetchone()
            return int(count), converted("press_items", "updated_at", latest), int(versions)
        return self._read(self._query(read), lambda a: a.change_mark())

    def listen_for_changes(self, callback: Callable[[str], None]) -> ChangeListener | None:
        """``None``: an archive file is polled (:meth:`change_mark`), never listened to."""
        if self._archive is not None:
            return self._archive.listen_for_changes(callback)
        return None

    @staticmethod
    def _records(db: sqlite3.Connection, table: str, cls: type[T], where: str,
                 params: Sequence[Any], order: str) -> list[T]:
        from editor.store import records

        return [records.record_from_row(cls, row, table)
                for row in select_rows(db, table, where, params, order=order)]


def _positional(db: sqlite3.Connection, table: str, column: str,
                item_ids: Sequence[str]) -> dict[str, list[str]]:
    """Values of ``column`` per item, in their stored order (as the archive's)."""
    found: dict[str, list[str]] = {}
    for row in rows_with(db, table, "item_id", item_ids, ("item_id", column),
                         f"{table}.item_id, {table}.position"):
        found.setdefault(row["item_id"], []).append(row[column])
    return found


def still_deferred(archive: object) -> bool:
    """True while ``archive`` is a :class:`DeferredArchive` read through the reader."""
    return isinstance(archive, DeferredArchive) and not archive.is_open


def open_deferred(location: str | Path) -> DeferredArchive | None:
    """The archive file at ``location`` read through the light reader until opened;
    ``None`` when it is to be opened the usual way (see :func:`editor.store.reader.open_reader`)."""
    from editor.store.reader import open_reader

    reader = open_reader(str(location))
    if reader is None:
        return None
    return DeferredArchive(reader, location)
