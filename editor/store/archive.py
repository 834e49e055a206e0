"""The archive: press items, people, organisations and roles in one database.

SQLite by default (a file in the user data folder), or any SQLAlchemy URL. Every public
method that writes runs in one transaction: it happens completely or not at all.

Timestamps (``created_at``, ``updated_at``) are set by the archive, in UTC, and handed
out as timezone-aware datetimes.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar, Unpack

from sqlalchemy import (
    Engine,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from editor.core import paths
from editor.core.codec import from_plain, to_plain
from editor.core.errors import ConflictError, NotFoundError, PressestelleError, StoreError
from editor.core.images import PhotoData
from editor.core.model import (
    Bundle,
    Contact,
    Embargo,
    ItemKind,
    ItemStatus,
    Organisation,
    Person,
    PressItem,
    Role,
)
from editor.store import directory, records
from editor.store import history as item_history
from editor.store import photos as photo_store
from editor.store.directory import InUse, MergeRecord, Usage
from editor.store.embargo_list import ChangeMark, EmbargoList, read_change_mark
from editor.store.engine import WRITE_OPTION, create_archive_engine, is_memory, is_sqlite
from editor.store.errors import ArchiveBusyError as ArchiveBusyError  # re-exported
from editor.store.errors import ArchiveFailure, Trouble, store_error, trouble_of
from editor.store.folding import fold_query
from editor.store.history import DeletedItem, VersionInfo
from editor.store.location import is_address, mask_text, parse_address, shown
from editor.store.migrate import (
    check_archive_path,
    current_revision,
    head_revision,
    inspect_sqlite_file,
    known_revisions,
    upgrade_to_head,
)
from editor.store.notify import ChangeListener, can_listen, notify_change
from editor.store.quote_writes import write_quotes
from editor.store.reader import ArchiveReader, read_hits
from editor.store.schema import (
    contacts,
    drafts,
    item_claims,
    item_issuers,
    item_topics,
    organisations,
    people,
    press_items,
    quote_speakers,
    quotes,
    roles,
    settings,
)
from editor.store.search import (
    QuoteFilter,
    QuoteHit,
    QuoteIndex,
    SqliteQuoteIndex,
    index_for,
    load_hits,
)
from editor.store.search import index as search_index
from editor.store.search.entries import date_key, row_of_key
from editor.store.search.hits import load_hits_of, load_hits_with
from editor.store.search.postgres_fts import PostgresQuoteIndex
from editor.store.search.request import (
    in_force,
    named_ids,
    quote_filter,
    visible_rows,
)
from editor.store.shared import (
    MERGED_PERSON_KEY,
    FieldDifference,
    RoleOwnerConflict,
    SharedPolicy,
    SharedRecordsDiffer,
    differences,
    follow_merges,
    updated,
)
from editor.store.summaries import CLAIM_EXPIRES_AFTER as CLAIM_EXPIRES_AFTER
from editor.store.summaries import ApprovalFilter as ApprovalFilter
from editor.store.summaries import Claim as Claim
from editor.store.summaries import DraftInfo as DraftInfo
from editor.store.summaries import ItemSummary as ItemSummary
from editor.store.summaries import QuoteFilters as QuoteFilters
from editor.store.transfer import Progress, TransferReport, copy_rows, row_counts

T = TypeVar("T")

_log = logging.getLogger(__name__)

SQLITE_INDEX_FORMAT = SqliteQuoteIndex.format

class DuplicateItemError(PressestelleError):
    """A press item being added is already in the archive."""

    def __init__(self, item_id: str, headline: str) -> None:
        self.item_id = item_id
        self.headline = headline
        shown = f" („{headline}“)" if headline else ""
        super().__init__(
            f"The archive already has a press item with id {item_id}{shown}. Nothing was "
            f"imported; import again with replace to overwrite the stored item."
        )


@dataclass(frozen=True)
class SharedCheck:
    """What an import would meet in the archive's people, organisations and roles."""

    differences: list[FieldDifference]
    """Each field a stored record has otherwise than the file states it."""
    merges: list[tuple[str, str]]
    """(person id in the file, person id kept) for people merged away here earlier."""


# The statements of a save, made once: built per call with the values in them, each cost
# SQLAlchemy 0.3-0.6 ms to build and compile, several times what running it takes.
_STORED_ITEM = select(press_items.c.version, press_items.c.created_at, press_items.c.status,
                      press_items.c.updated_at).where(press_items.c.id == bindparam("item_id"))
_STORED_VERSION = select(press_items.c.version).where(press_items.c.id == bindparam("item_id"))
_INSERT_ITEM = insert(press_items)
_UPDATE_ITEM = update(press_items).where(press_items.c.id == bindparam("item_id"),
                                         press_items.c.version == bindparam("stored_version"))
_ITEM_TOPICS = select(item_topics.c.topic).where(
    item_topics.c.item_id == bindparam("item_id")).order_by(item_topics.c.position)
_DELETE_TOPICS = delete(item_topics).where(item_topics.c.item_id == bindparam("item_id"))
_DELETE_ISSUERS = delete(item_issuers).where(item_issuers.c.item_id == bindparam("item_id"))
_INSERT_TOPICS = insert(item_topics)
_INSERT_ISSUERS = insert(item_issuers)


def _now() -> datetime:
    return datetime.now(UTC)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return " ".join(str(exc.orig).split())
    return str(exc)


E = TypeVar("E", bound=BaseException)


def _masked(error: E, url: URL) -> E:
    """``error`` with any password of ``url`` in its message masked."""
    if error.args and isinstance(error.args[0], str):
        error.args = (mask_text(error.args[0], url), *error.args[1:])
    params = getattr(error, "params", None)
    if isinstance(params, dict):
        for key, value in params.items():
            if isinstance(value, str):
                params[key] = mask_text(value, url)
    return error


SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
"""The working files SQLite keeps beside a database file."""


def _missing_paths(path: Path) -> list[Path]:
    """What opening ``path`` would create: the file, its working files, missing folders.

    Listed innermost first, so that they can be removed in this order.
    """
    if path.exists():
        return []
    found = [path.with_name(path.name + end) for end in SQLITE_COMPANIONS]
    found = [p for p in found if not p.exists()]
    found.insert(0, path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        found.append(folder)
        folder = folder.parent
    return found


def _companions(path: Path) -> list[Path]:
    """An SQLite file with its working files."""
    return [path, *(path.with_name(path.name + end) for end in SQLITE_COMPANIONS)]


def _remove_created(created: Sequence[Path]) -> None:
    """Remove files and empty folders this program created; never anything else."""
    for item in created:
        try:
            if item.is_dir():
                item.rmdir()
            elif item.exists():
                item.unlink()
        except OSError:
            pass


_INSUFFICIENT_PRIVILEGE = "42501"
"""PostgreSQL's error code for a statement the user has no right to run."""


def _sqlstate(exc: BaseException | None) -> str | None:
    """The SQLSTATE code of a database error from a server (PostgreSQL), if any."""
    original = exc.orig if isinstance(exc, DBAPIError) else None
    code = getattr(original, "sqlstate", None)
    return code if isinstance(code, str) else None


def _sqlite_index_format(path: Path) -> str | None:
    """The format an SQLite archive's search index was built with (read-only)."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            row = db.execute(f"SELECT format FROM {search_index.STATE_TABLE}").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _resolve(location: str | Path | None) -> tuple[URL, Path | None]:
    """The URL to connect to, and the SQLite file behind it, if any."""
    if location is None:
        location = paths.default_archive_path()
    if isinstance(location, str) and is_address(location):
        url = parse_address(location)
        if not is_sqlite(url) or is_memory(url):
            return url, None
        assert url.database is not None
        path = Path(url.database).expanduser().resolve()
        return url.set(database=str(path)), path
    path = Path(location).expanduser().resolve()
    return URL.create("sqlite", database=str(path)), path


def _server_update_pending(url: URL) -> bool:
    """True when the server database holds an archive of an older schema revision."""
    try:
        engine = create_archive_engine(url)
    except (SQLAlchemyError, ImportError):
        return False
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()
    return revision is not None and revision != head_revision() and \
        revision in known_revisions()



_CHANGE_MARK = ("(SELECT json_build_array(count(*), max(updated_at), coalesce(sum(version), 0))"
                " FROM press_items)")
"""What :meth:`Archive.change_mark` reads, as JSON, for a statement that reads more."""


def _mark_from_json(value: Any) -> ChangeMark:
    """The change mark from :data:`_CHANGE_MARK`'s value, as :meth:`Archive.change_mark`
    gives it (the time as an aware UTC datetime)."""
    count, last, versions = value
    if last is None:
        return int(count), None, int(versions)
    moment = datetime.fromisoformat(last)
    return int(count), (moment.replace(tzinfo=UTC) if moment.tzinfo is None
                        else moment.astimezone(UTC)), int(versions)


def _marked(hits: list[QuoteHit], embargoes: dict[int, Embargo]) -> list[QuoteHit]:
    """The hits, each quote of an embargoed item carrying its embargo."""
    return [dataclasses.replace(hit, embargo=embargoes[hit.row_id])
            if hit.row_id in embargoes else hit for hit in hits]

class Archive:
    """Press items with their people, organisations and roles, in one database."""

    def __init__(self, engine: Engine, name: str, path: Path | None, backup: Path | None) -> None:
        """Use :meth:`open`."""
        self._engine = engine
        self._name = name
        self._path = path
        self._backup = backup
        self._closed = False
        self._index: QuoteIndex = index_for(engine.dialect.name)
        self._embargoes = EmbargoList()
        """The items with an embargo, as of a change mark (see :meth:`_embargoed_keys`)."""

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def update_pending(location: str | Path | None = None) -> bool:
        """True when :meth:`open` will first update the schema of an existing archive file.

        An update can take a while on a large archive (the search index may be built
        again), so a front end shows that it is working. Nothing is written; a file that
        cannot be opened answers ``False`` and :meth:`open` says why.
        """
        url, path = _resolve(location)
        if path is None:
            return False if is_memory(url) else _server_update_pending(url)
        try:
            revision = inspect_sqlite_file(path)
        except StoreError:
            return False
        if revision is None:
            return False
        return revision != head_revision() or _sqlite_index_format(path) != SQLITE_INDEX_FORMAT

    @classmethod
    def open(cls, location: str | Path | None = None) -> Archive:
        """Open (creating or migrating as needed) the archive at ``location``.

        ``None`` is the default archive in the user data folder; a string with ``://`` is
        an SQLAlchemy URL; anything else is the path of an SQLite file, whose folders are
        created. An archive of an older schema is copied to the backups folder and then
        brought up to date.
        """
        url, path = _resolve(location)
        name = str(path) if path is not None else shown(url)
        created: list[Path] = []
        if path is not None:
            check_archive_path(path)
            created = _missing_paths(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                _remove_created(created)
                raise StoreError(f"Cannot create the folder for the archive {path}: {exc}") from exc
            inspect_sqlite_file(path)
        try:
            if is_memory(url):
                engine = create_archive_engine(url)
                backup = upgrade_to_head(url, name, None, engine)
            else:
                backup = upgrade_to_head(url, name, path)
                engine = create_archive_engine(url)
        except BaseException as exc:
            _remove_created(created)  # a new archive that could not be made leaves nothing
            if isinstance(exc, SQLAlchemyError) and trouble_of(exc) is not Trouble.OTHER:
                outcome = ("Nothing was created." if created else "It was left unchanged.")
                raise _masked(store_error(exc, name, outcome=outcome, doing="open", path=path,
                                          server=path is None and not is_memory(url)),
                              url) from exc
            if isinstance(exc, (SQLAlchemyError, ImportError, OSError)):
                raise StoreError(mask_text(
                    f"Cannot open the archive {name}: {_reason(exc)}. Check the address and "
                    f"that the database is reachable.", url)) from exc
            if isinstance(exc, StoreError):
                raise _masked(exc, url) from exc.__cause__
            raise
        archive = cls(engine, name, path, backup)
        try:
            archive._ensure_search_index()
        except BaseException:
            archive.close()
            raise
        return archive

    @property
    def url(self) -> str:
        """The database address, with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    def url_with_password(self) -> str:
        """The address to connect to again (with any password: never show it)."""
        return self._engine.url.render_as_string(hide_password=False)

    @property
    def is_server(self) -> bool:
        """Whether the archive is a database server's (not a file, nor in memory)."""
        return self._engine.dialect.name != "sqlite"

    def opened_again(self) -> Archive:
        """Another archive on the same file or server, with connections and caches of its
        own (for work in another thread; not for an archive in memory, which would be a
        new one); close it when done."""
        return Archive.open(self.url_with_password())

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database."""
        return self._path

    @property
    def backup_path(self) -> Path | None:
        """The copy taken before this archive's schema was updated on opening, if any."""
        return self._backup

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Archive({self.url!r})"

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, writing: bool, snapshot: bool = False,
                     statements: bool = False) -> Iterator[Connection]:
        """One transaction; ``snapshot`` reads every table as of one moment (PostgreSQL:
        repeatable read; an SQLite read transaction is one anyway).

        ``statements`` (reading only): on PostgreSQL each statement is a transaction of
        its own, as it sees the data anyway (read committed: each statement of a
        transaction reads as of its own start), without the round trips of ``BEGIN`` and
        ``COMMIT``. For reads whose statements do not need one moment (a search page:
        its hits are read by id, a quote gone meanwhile is left out)."""
        if self._closed:
            raise StoreError(f"The archive {self._name} is closed.")
        try:
            with self._engine.connect() as connection:
                if writing:
                    connection.execution_options(**{WRITE_OPTION: True})
                if connection.dialect.name == "postgresql":
                    if snapshot:
                        connection.execution_options(isolation_level="REPEATABLE READ")
                    elif statements and not writing:
                        connection.execution_options(isolation_level="AUTOCOMMIT")
                with connection.begin():
                    yield connection
        except IntegrityError as exc:
            raise StoreError(mask_text(
                f"The archive {self._name} refused the change, nothing was written: "
                f"{_reason(exc)}.", self._engine.url)) from exc
        except (SQLAlchemyError, sqlite3.Error) as exc:  # the latter: see _sqlite_reading
            outcome = "Nothing was saved." if writing else "Nothing was changed."
            raise _masked(store_error(exc, self._name, outcome=outcome, path=self._path,
                                      server=self._path is None and not is_memory(
                                          self._engine.url)),
                          self._engine.url) from exc
        except UnicodeEncodeError as exc:  # a lone surrogate in an id that is looked up
            raise StoreError(
                f"The archive {self._name} was asked for a text with a broken character "
                f"(U+{ord(exc.object[exc.start]):04X}, half of a UTF-16 pair); nothing was "
                f"saved. Type or paste that text again."
            ) from None

    # -- soft locks: who has an item open ------------------------------------------------

    def claim_item(self, item_id: str, holder: str, name: str) -> None:
        """Say that ``holder`` (run by ``name``) has ``item_id`` open, or still has it.

        Renewing keeps the time it was opened; expired claims of anyone are cleared.
        """
        now = _now()
        with self._transaction(writing=True) as conn:
            conn.execute(delete(item_claims).where(
                item_claims.c.seen < now - CLAIM_EXPIRES_AFTER))
            renewed = conn.execute(update(item_claims).where(
                item_claims.c.item_id == item_id, item_claims.c.holder == holder,
            ).values(seen=now, name=name)).rowcount
            if not renewed:
                conn.execute(insert(item_claims).values(
                    item_id=item_id, holder=holder, name=name, since=now, seen=now))

    def release_item(self, item_id: str | None, holder: str) -> None:
        """``holder`` closed ``item_id`` (``None``: every item it had open)."""
        with self._transaction(writing=True) as conn:
            condition = item_claims.c.holder == holder
            if item_id is not None:
                condition = condition & (item_claims.c.item_id == item_id)
            conn.execute(delete(item_claims).where(condition))

    def claims(self, item_id: str | None = None, *, besides: str | None = None) -> list[Claim]:
        """Live claims (of ``item_id``, or of every item), oldest first; ``besides`` leaves
        out the claims of that holder (one's own)."""
        now = _now()
        query = select(item_claims).where(item_claims.c.seen >= now - CLAIM_EXPIRES_AFTER)
        if item_id is not None:
            query = query.where(item_claims.c.item_id == item_id)
        if besides is not None:
            query = query.where(item_claims.c.holder != besides)
        with self._transaction(writing=False) as conn:
            rows = conn.execute(query.order_by(item_claims.c.since, item_claims.c.holder))
            return [Claim(r.item_id, r.holder, r.name, r.since, r.seen) for r in rows]

    def listen_for_changes(self, callback: Callable[[str], None]) -> ChangeListener | None:
        """On PostgreSQL, a started listener calling ``callback(item_id)`` (from another
        thread) whenever anyone saves or deletes an item; ``None`` elsewhere (poll
        :meth:`change_mark` there). Stop it before closing the archive."""
        if not can_listen(self._engine):
            return None
        return ChangeListener(self._engine, callback).start()

    def change_mark(self) -> ChangeMark:
        """Changes when any press item is saved, added or deleted (cheap to poll); also
        for a save stamped before the latest one (a computer whose clock is behind)."""
        with self._transaction(writing=False) as conn:
            return read_change_mark(conn)

    # -- copying the whole archive -------------------------------------------------------

    def copy_to(self, location: str | Path, *, replace: bool = False,
                progress: Progress | None = None) -> TransferReport:
        """Copy this archive into the empty archive at ``location`` (file or server URL).

        The target is created (or its schema brought up to date) first; an archive that
        holds anything is refused unless ``replace`` (which empties it in the same
        transaction). Ids, versions and times are copied unchanged and verified. A file
        created for the copy is removed again when the copy fails.
        """
        target_url, target_path = _resolve(location)
        if shown(target_url) == shown(self._engine.url):
            raise StoreError(f"{self._name} cannot be copied into itself; nothing was copied.")
        created = target_path is not None and not target_path.exists()
        target = Archive.open(location)
        failed = True
        try:
            with self._transaction(writing=False, snapshot=True) as source, \
                    target._transaction(writing=True) as conn:
                report = copy_rows(source, conn, source_name=self._name,
                                   target_name=target._name, replace=replace,
                                   progress=progress)
            failed = False
            return report
        finally:
            target.close()
            if failed and created and target_path is not None:
                _remove_created(_companions(target_path))

    def row_counts(self) -> dict[str, int]:
        """The rows of each table of the archive."""
        with self._transaction(writing=False) as conn:
            return row_counts(conn)

    # -- press items ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when the archive holds no press item."""
        with self._transaction(writing=False) as conn:
            return not conn.execute(select(exists().select_from(press_items))).scalar()

    def has_item(self, item_id: str) -> bool:
        with self._transaction(writing=False) as conn:
            return self._stored_version(conn, item_id) is not None

    def save_item(self, item: PressItem, *, saved_by: str = "",
                  publish: bool = False) -> PressItem:
        """Store ``item``; a copy older than the stored one raises :class:`ConflictError`.

        A new item gets version 1, a changed one the stored version plus one; every
        version is kept in the item's history with ``saved_by`` (who saved it) and, with
        ``publish``, marked as published. The passed item's ``version`` and timestamps
        are updated and the same object is returned. A save that lost its server
        connection midway is tried once more (:meth:`_again_if_connection_lost`).
        """
        def write() -> PressItem:
            now = _now()
            with self._transaction(writing=True) as conn:
                stamp = self._write_item(conn, item, now, replace=False, saved_by=saved_by,
                                         publish=publish)
            item.version, item.created_at, item.updated_at = stamp
            return item

        return self._again_if_connection_lost(write)

    def _again_if_connection_lost(self, write: Callable[[], T]) -> T:
        """Run ``write``; when the connection to the database server was lost during it,
        once more on a new connection.

        A transaction cut off by a lost connection is rolled back by the server, so the
        second try starts from the stored state; the copy in hand is only stamped after a
        commit. Should the commit itself have gone through unacknowledged, the second try
        meets the new version and takes the conflict path: never a silent double save.
        A second loss is raised like any failure (the caller's copy is untouched).
        """
        try:
            return write()
        except ArchiveFailure as exc:
            if self._path is not None or exc.trouble is not Trouble.UNREACHABLE:
                raise
            _log.warning("Connection to %s lost during a save; trying once more", self._name)
        return write()

    def load_item(self, item_id: str) -> PressItem:
        with self._transaction(writing=False) as conn:
            return self._read_item(conn, item_id)

    def delete_item(self, item_id: str, *, with_history: bool = False) -> int:
        """Remove a press item with its quotes; a missing item raises NotFoundError.

        Its history stays (it can be listed and restored) unless ``with_history``; then
        it goes too, also of an item deleted before. Returns the versions kept.
        """
        with self._transaction(writing=True) as conn:
            self._delete_item_children(conn, item_id)
            result = conn.execute(delete(press_items).where(press_items.c.id == item_id))
            forgotten = item_history.forget(conn, item_id) if with_history else 0
            if result.rowcount == 0 and not forgotten:
                raise self._missing_item(item_id)
            notify_change(conn, item_id)
            return 0 if with_history else len(item_history.versions(conn, item_id))

    # -- the history of items ------------------------------------------------------------

    def versions(self, item_id: str) -> list[VersionInfo]:
        """Every kept version of ``item_id``, newest first; also of a deleted item.

        The stored state of an item not saved since the history was kept is listed as
        its version too. An id with neither item nor history raises NotFoundError.
        """
        with self._transaction(writing=False) as conn:
            found = item_history.versions(conn, item_id)
            row = conn.execute(select(press_items.c.version, press_items.c.updated_at,
                                      press_items.c.status).where(
                press_items.c.id == item_id)).first()
            if row is not None and not any(v.version == row.version for v in found):
                item = self._read_item(conn, item_id)
                raw = item_history.item_json(item)
                found.insert(0, VersionInfo(
                    item_id, row.version, row.updated_at, "", item.status, None,
                    item.headline.text_or_any(item.source_language), len(raw),
                    len(item_history.pack(raw))))
        if not found:
            raise self._missing_item(item_id)
        return found

    def load_version(self, item_id: str, version: int) -> PressItem:
        """Version ``version`` of ``item_id`` as it was saved; NotFoundError if not kept."""
        with self._transaction(writing=False) as conn:
            item = item_history.load(conn, item_id, version)
            if item is None and self._stored_version(conn, item_id) == version:
                item = self._read_item(conn, item_id)
        if item is None:
            raise NotFoundError(f"Item {item_id} has no version {version} in the archive "
                                f"{self._name}; `history {item_id}` lists its versions.")
        return item

    def deleted_items(self) -> list[DeletedItem]:
        """Items deleted from the archive whose history was kept, the last saved first."""
        with self._transaction(writing=False) as conn:
            return item_history.deleted_items(conn)

    def list_items(
        self,
        *,
        status: str | Iterable[str] | None = None,
        kind: str | Iterable[str] | None = None,
        topic: str | None = None,
        issuer_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ItemSummary]:
        """Press items, newest issue date first (undated drafts at the top), then last changed.

        Filters combine: ``status``/``kind`` (one value or several), ``topic`` and
        ``issuer_id`` (exact), ``date_from``/``date_to`` (issue date, inclusive) and
        ``text`` (part of the headline in any language, ignoring case and umlaut spelling).
        ``limit``/``offset`` fetch one page.
        """
        conditions = self._filters(status, kind, topic, issuer_id, date_from, date_to, text)
        query = (
            select(press_items)
            .where(*conditions)
            .order_by(
                press_items.c.issue_date.desc().nulls_first(),
                press_items.c.updated_at.desc(),
                press_items.c.id,
            )
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self._transaction(writing=False) as conn:
            rows = conn.execute(query).mappings().all()
            ids = [row["id"] for row in rows]
            topics = self._positional(conn, item_topics, "topic", ids)
            issuers = self._positional(conn, item_issuers, "organisation_id", ids)
        return [
            ItemSummary(
                id=row["id"],
                kind=ItemKind(row["kind"]),
                status=ItemStatus(row["status"]),
                issue_date=row["issue_date"],
                headline=records.headline_texts(row["headline"]),
                source_language=row["source_language"],
                languages=list(row["languages"]),
                topics=topics.get(row["id"], []),
                issuer_ids=issuers.get(row["id"], []),
                updated_at=row["updated_at"],
                version=row["version"],
                source_name=row["source_name"],
                imported_at=row["imported_at"],
            )
            for row in rows
        ]

    def count_items(
        self,
        *,
        status: str | Iterable[str] | None = None,
        kind: str | Iterable[str] | None = None,
        topic: str | None = None,
        issuer_id: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        text: str | None = None,
    ) -> int:
        """How many press items :meth:`list_items` would return with these filters."""
        conditions = self._filters(status, kind, topic, issuer_id, date_from, date_to, text)
        query = select(func.count()).select_from(press_items).where(*conditions)
        with self._transaction(writing=False) as conn:
            return int(conn.execute(query).scalar_one())

    def stored_version(self, item_id: str) -> int | None:
        """The version of the saved item, ``None`` when it is not in the archive."""
        with self._transaction(writing=False) as conn:
            return self._stored_version(conn, item_id)

    # -- drafts: autosaved working copies ------------------------------------------------

    def save_draft(self, item: PressItem, base_version: int, owner: str = "") -> datetime:
        """Keep ``item`` as the working copy of its id, opened at ``base_version``.

        The saved item (if any) is not touched; returns the time the draft was stored.
        ``owner`` names the program writing it (see :class:`DraftInfo`).
        """
        now = _now()
        values = {"document": to_plain(item), "base_version": base_version, "saved_at": now,
                  "owner": owner}
        with self._transaction(writing=True) as conn:
            result = conn.execute(
                update(drafts).where(drafts.c.item_id == item.id).values(**values)
            )
            if result.rowcount == 0:
                conn.execute(insert(drafts).values(item_id=item.id, **values))
        return now

    def load_draft(self, item_id: str) -> tuple[PressItem, int] | None:
        """The draft of ``item_id`` and the version it was based on, if there is one."""
        query = select(drafts.c.document, drafts.c.base_version).where(
            drafts.c.item_id == item_id
        )
        with self._transaction(writing=False) as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        try:
            item = from_plain(PressItem, row.document, checked=False)
        except PressestelleError as exc:
            raise StoreError(
                f"The autosaved draft of item {item_id} in the archive {self._name} cannot "
                f"be read: {exc}"
            ) from exc
        item.version = row.base_version
        return item, row.base_version

    def draft_info(self, item_id: str) -> DraftInfo | None:
        """When and by whom the draft of ``item_id`` was stored; ``None``: no draft."""
        query = select(drafts.c.saved_at, drafts.c.base_version, drafts.c.owner).where(
            drafts.c.item_id == item_id
        )
        with self._transaction(writing=False) as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return DraftInfo(item_id, row.saved_at, row.base_version, row.owner)

    def discard_draft(self, item_id: str) -> None:
        """Forget the draft of ``item_id`` (nothing happens when there is none)."""
        with self._transaction(writing=True) as conn:
            conn.execute(delete(drafts).where(drafts.c.item_id == item_id))

    def drafts(self) -> list[str]:
        """Ids of the items that have a draft, the newest draft first."""
        query = select(drafts.c.item_id).order_by(drafts.c.saved_at.desc(), drafts.c.item_id)
        with self._transaction(writing=False) as conn:
            return list(conn.execute(query).scalars())

    def save_item_and_discard_draft(self, item: PressItem, *, saved_by: str = "") -> PressItem:
        """:meth:`save_item` and drop the item's draft, in one transaction (tried once
        more when the server connection is lost midway; the draft stays until a save
        succeeds)."""
        def write() -> PressItem:
            now = _now()
            with self._transaction(writing=True) as conn:
                stamp = self._write_item(conn, item, now, replace=False, saved_by=saved_by)
                conn.execute(delete(drafts).where(drafts.c.item_id == item.id))
            item.version, item.created_at, item.updated_at = stamp
            return item

        return self._again_if_connection_lost(write)

    # -- people, organisations, roles -----------------------------------------------------

    def save_person(self, person: Person) -> None:
        with self._transaction(writing=True) as conn:
            self._upsert_person(conn, person)

    def save_organisation(self, organisation: Organisation) -> None:
        with self._transaction(writing=True) as conn:
            self._upsert_organisation(conn, organisation)

    def save_role(self, role: Role) -> None:
        """Store a role; its person (and organisation, if any) must be in the archive."""
        with self._transaction(writing=True) as conn:
            self._upsert_role(conn, role)

    def person(self, person_id: str) -> Person:
        return self._record(people, Person, person_id, "person")

    def organisation(self, organisation_id: str) -> Organisation:
        return self._record(organisations, Organisation, organisation_id, "organisation")

    def role(self, role_id: str) -> Role:
        return self._record(roles, Role, role_id, "role")

    def people(self) -> list[Person]:
        """Everyone in the archive, by family name."""
        order = (people.c.family_name, people.c.given_name, people.c.id)
        return self._records(people, Person, select(people).order_by(*order))

    def directory_names(self) -> set[str]:
        """Every name the directory holds: people's given and family names and towns,
        organisations' short and full names and towns, contacts' names ("" left out).

        Spell checking counts these as known words. Only these columns are read, none
        decoded into records: with tens of thousands of people this is a few
        hundredths of a second, where reading every record takes a second.
        """
        names: set[str] = set()
        with self._transaction(writing=False) as conn:
            for row in conn.execute(
                    select(people.c.given_name, people.c.family_name, people.c.town)):
                names.update(row)
            for short_name, town, full in conn.execute(
                    select(organisations.c.short_name, organisations.c.town,
                           organisations.c.name)):
                names.update((short_name, town))
                if isinstance(full, dict):
                    names.update(v for v in full.values() if isinstance(v, str))
            names.update(conn.execute(select(contacts.c.name)).scalars())
        names.discard("")
        return names

    def organisations(self) -> list[Organisation]:
        """Every organisation, by short name."""
        order = (organisations.c.short_name, organisations.c.id)
        return self._records(organisations, Organisation, select(organisations).order_by(*order))

    def roles(self, person_id: str | None = None) -> list[Role]:
        """Every role, or those of one person; earliest first."""
        query = select(roles).order_by(
            roles.c.person_id, roles.c.valid_from.asc().nulls_first(), roles.c.id
        )
        if person_id is not None:
            query = query.where(roles.c.person_id == person_id)
        return self._records(roles, Role, query)

    def people_and_roles(self, person_ids: Iterable[str]) -> tuple[list[Person], list[Role]]:
        """The people with these ids (in that order; unknown ids left out) and all of their
        roles (person by person, each one's earliest first), read in one transaction: an
        item with many speakers opens without a query per speaker."""
        ids = dict.fromkeys(person_ids)
        if not ids:
            return [], []
        query = select(roles).where(roles.c.person_id.in_(list(ids))).order_by(
            roles.c.person_id, roles.c.valid_from.asc().nulls_first(), roles.c.id
        )
        with self._transaction(writing=False) as conn:
            found = self._fetch(conn, people, Person, ids)
            rows = conn.execute(query).mappings().all()
        by_person: dict[str, list[Role]] = {}
        for row in rows:
            role = records.record_from_row(Role, row, roles.name)
            by_person.setdefault(role.person_id, []).append(role)
        return found, [r for p in found for r in by_person.get(p.id, [])]

    def start_role(self, role: Role) -> None:
        """Give a person a new role from ``role.valid_from`` on, ending their open roles.

        The roles held before keep their titles, so quotes said earlier keep the
        attribution they had: nothing said before the new role is rewritten.
        """
        if role.valid_from is None:
            raise ValueError("A new role needs the day it begins (valid_from).")
        day_before = date.fromordinal(role.valid_from.toordinal() - 1)
        open_roles = select(roles).where(
            roles.c.person_id == role.person_id, roles.c.id != role.id,
            roles.c.valid_until.is_(None),
        )
        with self._transaction(writing=True) as conn:
            for row in conn.execute(open_roles).mappings().all():
                held = records.record_from_row(Role, row, "roles")
                if held.valid_from is None or held.valid_from <= day_before:
                    held.valid_until = day_before
                    self._upsert_role(conn, held)
            self._upsert_role(conn, role)

    def merge_people(self, keep_id: str, duplicate_id: str) -> MergeRecord:
        """Fold a duplicate person into ``keep_id``: quotes, roles and event speakers move.

        The duplicate is deleted; all in one transaction. The returned record lets
        :meth:`undo_merge` put everything back.
        """
        with self._transaction(writing=True) as conn:
            record, moved = directory.merge_recorded(conn, keep_id, duplicate_id, self._name)
            key = MERGED_PERSON_KEY + duplicate_id  # an import must not bring it back
            conn.execute(delete(settings).where(settings.c.key == key))
            conn.execute(insert(settings).values(key=key, value=keep_id))
            self._index.index_names(conn, person_ids=[keep_id, duplicate_id])
            self._index.reindex_quotes(conn, moved)
        return record

    def undo_merge(self, record: MergeRecord) -> None:
        """Take back a merge: the duplicate, its roles and its quotes return exactly.

        Raises :class:`~editor.store.directory.UndoImpossible` when what the merge changed
        was changed again since; then nothing changes.
        """
        with self._transaction(writing=True) as conn:
            rows = directory.undo_merge(conn, record)
            person_ids = [record.keep_id, record.duplicate["id"]]
            self._index.index_names(conn, person_ids=person_ids)
            self._index.reindex_quotes(conn, rows)
            self._reindex_quotes_of(conn, person_ids)

    # -- where records are used, deleting them --------------------------------------------

    def usages(self, kind: str, record_id: str) -> list[Usage]:
        """Where the "person", "role", "organisation" or "contact" ``record_id`` is used."""
        with self._transaction(writing=False) as conn:
            return self._usages(conn, kind, record_id)

    def quote_days_of_role(self, role_id: str) -> list[tuple[str, str, date | None]]:
        """(item id, quote id, day said) of every saved quote that stores the role."""
        with self._transaction(writing=False) as conn:
            return directory.quote_days_of_role(conn, role_id)

    def _usages(self, conn: Connection, kind: str, record_id: str) -> list[Usage]:
        finder = {"person": directory.usages_of_person, "role": directory.usages_of_role,
                  "organisation": directory.usages_of_organisation,
                  "contact": directory.usages_of_contact}[kind]
        return finder(conn, record_id)

    def delete_person(self, person_id: str) -> None:
        """Remove a person with their roles; refused with :class:`InUse` when used."""
        with self._transaction(writing=True) as conn:
            self._refuse_used(conn, "person", person_id, people)
            conn.execute(delete(roles).where(roles.c.person_id == person_id))
            conn.execute(delete(people).where(people.c.id == person_id))
            self._index.index_names(conn, person_ids=[person_id])

    def delete_role(self, role_id: str) -> None:
        """Remove a role; refused with :class:`InUse` when a quote or event stores it."""
        with self._transaction(writing=True) as conn:
            self._refuse_used(conn, "role", role_id, roles)
            person_id = conn.execute(
                select(roles.c.person_id).where(roles.c.id == role_id)).scalar_one()
            conn.execute(delete(roles).where(roles.c.id == role_id))
            self._reindex_quotes_of(conn, {person_id})  # their roles by date changed

    def delete_organisation(self, organisation_id: str) -> None:
        """Remove an organisation; refused with :class:`InUse` when items, roles or saved
        contacts name it."""
        with self._transaction(writing=True) as conn:
            self._refuse_used(conn, "organisation", organisation_id, organisations)
            conn.execute(delete(organisations).where(organisations.c.id == organisation_id))
            self._index.index_names(conn, organisation_ids=[organisation_id])

    def _refuse_used(self, conn: Connection, kind: str, record_id: str, table: Table) -> None:
        if conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is None:
            raise NotFoundError(
                f"There is no {kind} with id {record_id!r} in the archive {self._name}; "
                f"nothing was deleted.")
        used = self._usages(conn, kind, record_id)
        if used:
            raise InUse(kind, record_id, used)

    # -- saved press contacts -------------------------------------------------------------

    def save_contact(self, contact: Contact) -> None:
        """Store a directory contact (its ``id`` must be set)."""
        if not contact.id:
            raise ValueError("A saved contact needs an id.")
        with self._transaction(writing=True) as conn:
            if contact.organisation_id is not None and conn.execute(
                    select(organisations.c.id).where(
                        organisations.c.id == contact.organisation_id)).first() is None:
                raise NotFoundError(
                    f"Contact {contact.id} is at organisation {contact.organisation_id}, "
                    f"which is not in the archive {self._name}; nothing was written.")
            self._upsert(conn, contacts, records.record_row(contact))

    def contact(self, contact_id: str) -> Contact:
        return self._record(contacts, Contact, contact_id, "contact")

    def contacts(self) -> list[Contact]:
        """Every saved press contact, by name."""
        order = (contacts.c.name, contacts.c.id)
        return self._records(contacts, Contact, select(contacts).order_by(*order))

    def delete_contact(self, contact_id: str) -> None:
        """Remove a saved contact; refused with :class:`InUse` while items or drafts hold a
        contact picked from it (they keep their copies, but would lose the link)."""
        with self._transaction(writing=True) as conn:
            self._refuse_used(conn, "contact", contact_id, contacts)
            conn.execute(delete(contacts).where(contacts.c.id == contact_id))

    # -- the quote archive ---------------------------------------------------------------

    def search_quotes(
        self,
        query: str = "",
        *,
        order: str = "relevance",
        limit: int = 50,
        offset: int = 0,
        include_embargoed: bool = False,
        now: datetime | None = None,
        **filters: Unpack[QuoteFilters],
    ) -> list[QuoteHit]:
        """Quotes matching ``query`` and the filters; see :mod:`editor.store.search`.

        ``order`` is "relevance" (the newest matches ranked) or "date" (newest first);
        the filters are described in :class:`QuoteFilters`. Quotes of items whose embargo
        has not ended (at ``now``) are left out unless ``include_embargoed``; then their
        hits carry the embargo.
        """
        if order not in ("relevance", "date"):
            raise ValueError(f"Unknown order {order!r}; use 'relevance' or 'date'.")
        with self._transaction(writing=False, statements=True) as conn:
            wanted = self._quote_filter(conn, query, **filters)
            by_relevance = order == "relevance"
            direct = self._sqlite_reading(conn)
            if direct is not None:
                index, raw = direct

                def raw_rows(count: int, start: int) -> list[int]:
                    return index.search(raw, wanted, by_relevance=by_relevance, limit=count,
                                        offset=start)

                row_ids, embargoes = visible_rows(
                    raw_rows, lambda found: ArchiveReader.embargo_of(raw, found), limit=limit,
                    offset=offset, include_embargoed=include_embargoed, now=now)
                return _marked(read_hits(raw, row_ids, wanted.terms, wanted.language),
                               embargoes)

            def rows(count: int, start: int) -> list[int]:
                return self._index.search(conn, wanted, by_relevance=by_relevance,
                                          limit=count, offset=start)

            if conn.dialect.name == "postgresql" and (include_embargoed or offset == 0):
                return self._server_page(conn, wanted, rows, limit=limit, offset=offset,
                                         include_embargoed=include_embargoed, now=now,
                                         by_date=not by_relevance)
            try:
                row_ids, embargoes = visible_rows(
                    rows, lambda found: self._embargo_of(conn, found), limit=limit,
                    offset=offset, include_embargoed=include_embargoed, now=now)
            except NotImplementedError as exc:
                raise self._no_search() from exc
            return _marked(load_hits(conn, row_ids, wanted.terms, wanted.language), embargoes)

    def _server_page(self, conn: Connection, wanted: QuoteFilter,
                     rows: Callable[[int, int], list[int]], *, limit: int, offset: int,
                     include_embargoed: bool, now: datetime | None,
                     by_date: bool) -> list[QuoteHit]:
        """A page of :meth:`search_quotes` on PostgreSQL: the hits of the rows found are
        loaded with the archive's change mark in one statement, and the embargoes of
        their items are told from the hits (the items with an embargo are read again
        only when the mark changed), where :meth:`_embargo_of` asked for the mark, and
        for the items of the rows, in statements of their own. Rows before the page are
        loaded too (those under embargo are told apart only so): only for a first page,
        or when nothing is left out.

        A first page that the index finds by one walk (the same search a moment ago
        was walked, see :meth:`PostgresQuoteIndex.page_walk` and, in relevance order,
        :meth:`PostgresQuoteIndex.page_placement`) is one statement: the walk, the hits
        of the rows it finds and the mark."""
        loaded: dict[int, QuoteHit] = {}
        with_embargo: dict[str, Any] = {}
        first: list[int] | None = None  # the rows of rows(limit, 0), if known
        index = self._index if isinstance(self._index, PostgresQuoteIndex) else None
        walk = None
        if index is not None and offset == 0:
            walk = (index.page_walk(conn, wanted, limit)
                    or index.page_found(conn, wanted, limit) if by_date
                    else index.page_placement(conn, wanted, limit))
        if index is not None and walk is not None:
            also = (_CHANGE_MARK if walk.check is None
                    else f"json_build_array({_CHANGE_MARK}, {walk.check[0]})")
            keys, hits, value = load_hits_of(conn, walk.sql, walk.params, wanted.terms,
                                             wanted.language, also=also, order=walk.order)
            mark, holds = (value, True) if walk.check is None else (
                value[0], value[1] == walk.check[1])
            loaded.update((hit.row_id, hit) for hit in hits)
            with_embargo = {item_id: plain for item_id, plain, _
                            in self._items_with_embargo(conn, _mark_from_json(mark))}
            if holds and (len(keys) == walk.need or walk.complete):
                first = [row_of_key(key) for key in keys]
            elif holds:  # the index finds the rows its own way; the hits loaded stay
                index.walk_came_up_short(walk, len(keys))

        def found_rows(count: int, start: int) -> list[int]:
            if first is not None and (count, start) == (limit, 0):
                return first
            return rows(count, start)

        def embargo_of(found: Sequence[int]) -> dict[int, Any]:
            nonlocal with_embargo
            missing = [row for row in found if row not in loaded]
            if missing:
                hits, mark = load_hits_with(conn, missing, wanted.terms, wanted.language,
                                            also=_CHANGE_MARK)
                loaded.update((hit.row_id, hit) for hit in hits)
                with_embargo = {item_id: plain for item_id, plain, _
                                in self._items_with_embargo(conn, _mark_from_json(mark))}
            return {row: with_embargo[loaded[row].item_id] for row in found
                    if row in loaded and loaded[row].item_id in with_embargo}

        try:
            row_ids, embargoes = visible_rows(
                found_rows, embargo_of, limit=limit, offset=offset,
                include_embargoed=include_embargoed, now=now)
        except NotImplementedError as exc:
            raise self._no_search() from exc
        return _marked([loaded[row] for row in row_ids if row in loaded], embargoes)

    def count_quotes(self, query: str = "", *, include_embargoed: bool = False,
                     now: datetime | None = None, **filters: Unpack[QuoteFilters]) -> int:
        """How many quotes :meth:`search_quotes` finds with these arguments."""
        with self._transaction(writing=False) as conn:
            wanted = self._quote_filter(conn, query, **filters)
            direct = self._sqlite_reading(conn)
            count: Callable[..., int] = (
                partial(direct[0].count, direct[1], wanted) if direct is not None
                else partial(self._index.count, conn, wanted))  # (among keys) -> how many
            try:
                found = count()
                if include_embargoed or not found:
                    return found
                hidden = self._embargoed_keys(conn, now)
                return found - (count(hidden) if hidden else 0)
            except NotImplementedError as exc:
                raise self._no_search() from exc

    def _embargo_of(self, conn: Connection, row_ids: Sequence[int]) -> dict[int, Any]:
        """The stored embargo of each of these quotes' items that has one.

        Only the items known to carry an embargo (see :meth:`_items_with_embargo`) are
        looked up: reading the embargo out of every item's document costs more than the
        rest of a page (measured on PostgreSQL), and most archives have few embargoes.
        """
        embargoes = {item_id: plain for item_id, plain, _ in self._items_with_embargo(conn)}
        found: dict[int, Any] = {}
        if not embargoes:
            return found
        ids = list(row_ids)
        for start in range(0, len(ids), 2000):
            for row_id, item_id in conn.execute(
                select(quotes.c.row_id, quotes.c.item_id)
                .where(quotes.c.row_id.in_(ids[start : start + 2000]))
                .where(quotes.c.item_id.in_(list(embargoes)))
            ):
                found[row_id] = embargoes[item_id]
        return found

    def _items_with_embargo(self, conn: Connection, mark: ChangeMark | None = None
                            ) -> list[tuple[str, Any, Embargo]]:
        """Every item with an embargo: its id, the stored embargo and the embargo read
        (kept between changes of the archive, see :class:`EmbargoList`; ``mark``: the
        archive's change mark, when the caller read it with other things)."""
        return self._embargoes.current(conn, mark)

    def _embargoed_keys(self, conn: Connection, now: datetime | None) -> list[int]:
        """The index keys of every quote of an item whose embargo has not ended."""
        items = [item_id for item_id, _, embargo in self._items_with_embargo(conn)
                 if embargo.in_force(now)]
        if not items:
            return []
        return [date_key(said_on, row_id) for row_id, said_on in conn.execute(
            select(quotes.c.row_id, quotes.c.said_on).where(quotes.c.item_id.in_(items)))]

    def quotes_of_person(self, person_id: str, *, now: datetime | None = None
                         ) -> list[QuoteHit]:
        """Every quote of a person, oldest first, each with the role held on its date;
        those of items whose embargo has not ended (at ``now``) carry the embargo, as
        the hits of :meth:`search_quotes` do."""
        query = (
            select(quotes.c.row_id)
            .join(quote_speakers, quote_speakers.c.quote_row_id == quotes.c.row_id)
            .where(quote_speakers.c.person_id == person_id)
            .order_by(quotes.c.said_on.asc().nulls_last(), quotes.c.row_id)
        )
        with self._transaction(writing=False) as conn:
            row_ids = list(dict.fromkeys(conn.execute(query).scalars()))
            embargoes = in_force(lambda found: self._embargo_of(conn, found), row_ids, now)
            return _marked(load_hits(conn, row_ids), embargoes)

    def items_with_quote(self, quote_id: str) -> list[str]:
        """The ids of the items holding a quote with id ``quote_id`` (ids are per item)."""
        with self._transaction(writing=False) as conn:
            rows = conn.execute(
                select(quotes.c.item_id).where(quotes.c.quote_id == quote_id)
                .order_by(quotes.c.item_id)
            )
            return [row.item_id for row in rows]

    def find_people(self, part: str, limit: int = 20) -> list[Person]:
        """People whose name contains ``part`` (folded like the search), by family name."""
        with self._transaction(writing=False) as conn:
            try:
                ids = self._index.find_names(conn, "p", part, limit)
            except NotImplementedError as exc:
                raise self._no_search() from exc
            found = self._fetch(conn, people, Person, dict.fromkeys(ids))
        return sorted(found, key=lambda p: (p.family_name, p.given_name, p.id))

    def rebuild_search_index(self) -> None:
        """Index every quote and name again (after a restore or a bulk load)."""
        with self._transaction(writing=True) as conn:
            self._index.rebuild(conn)

    def _ensure_search_index(self) -> None:
        """Build the search index when it was built in another format, or never."""
        with self._transaction(writing=False) as conn:
            current = not search_index.needs_build(conn, self._index)
            settings_current = current and self._index.settings_current(conn)
        if current:
            if not settings_current:
                self._apply_index_settings()
            return
        built = False
        try:
            with self._transaction(writing=True) as conn:
                search_index.lock_for_build(conn)
                if search_index.needs_build(conn, self._index):  # again: someone built it?
                    search_index.build(conn, self._index)
                    built = True
        except StoreError as exc:
            if _sqlstate(exc.__cause__) != _INSUFFICIENT_PRIVILEGE:
                raise
            raise StoreError(
                f"The quote search index of {self._name} must be built (again) for this "
                f"version, and the database user may not create tables: open the archive "
                f"once as the database's owner. Nothing was changed."
            ) from exc
        if built and self._path is not None:
            self._compact_after_build()

    def _apply_index_settings(self) -> None:
        """Give an index of the current format this version's settings (they concern
        speed only: an archive that may not be written is searched with its own)."""
        try:
            with self._transaction(writing=True) as conn:
                if not self._index.settings_current(conn):
                    self._index.apply_settings(conn)
        except StoreError:
            pass

    def _compact_after_build(self) -> None:
        """Give the pages of an index of another format back (it was a large part of the
        file): VACUUM when a quarter of the file is free. Another program using the file
        just leaves them for later writes to fill."""
        with self._engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            free = raw.execute("PRAGMA freelist_count").fetchone()[0]
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
            if free * 4 < pages:
                return
            try:
                raw.execute("VACUUM")
            except sqlite3.Error as exc:
                _log.warning("The archive %s was not compacted: %s", self._name, exc)

    def _sqlite_reading(self, conn: Connection
                        ) -> tuple[SqliteQuoteIndex, sqlite3.Connection] | None:
        """The SQLite index and the standard library's connection under ``conn``'s
        transaction, else ``None`` (another database, or another index).

        Searches read through it, in the same transaction: the index's few statements and
        the hits' rows take about a third less time without SQLAlchemy's statement building
        and result processing (1.3 of 4.5 ms for a first page at a million quotes; the
        reader of archive files, :mod:`editor.store.reader`, runs the same code).
        """
        if conn.dialect.name != "sqlite" or not isinstance(self._index, SqliteQuoteIndex):
            return None
        raw = conn.connection.driver_connection
        return (self._index, raw) if isinstance(raw, sqlite3.Connection) else None

    def _no_search(self) -> StoreError:
        return StoreError(
            f"Quote search is not available for the database of {self._name}; it "
            f"works with SQLite and PostgreSQL archives."
        )

    def _quote_filter(self, conn: Connection, query: str,
                      **filters: Unpack[QuoteFilters]) -> QuoteFilter:
        tables = {"p": people, "o": organisations}

        def named(kind: str, value: str) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
            table = tables[kind]

            def has_id(record_id: str) -> bool:
                found = conn.execute(select(table.c.id).where(table.c.id == record_id))
                return found.first() is not None

            def find(part: str, limit: int) -> list[str]:
                try:
                    return self._index.find_names(conn, kind, part, limit)
                except NotImplementedError as exc:
                    raise self._no_search() from exc

            return named_ids(kind, value, has_id, find)

        return quote_filter(query, filters, named)

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A setting stored with the archive (shared by everyone who opens it)."""
        query = select(settings.c.value).where(settings.c.key == key)
        with self._transaction(writing=False) as conn:
            value = conn.execute(query).scalar_one_or_none()
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction(writing=True) as conn:
            query = update(settings).where(settings.c.key == key).values(value=value)
            if conn.execute(query).rowcount == 0:
                conn.execute(insert(settings).values(key=key, value=value))

    # -- photos --------------------------------------------------------------------------

    def store_photo(self, photo: PhotoData) -> str:
        """Keep the bytes of ``photo`` (once per content); returns the key a Photo refers to."""
        with self._transaction(writing=True) as conn:
            return photo_store.write_photo(conn, photo)

    def keep_public_photos(self, photos: Iterable[PhotoData]) -> int:
        """Keep the cleaned bytes of the photos an export just cleaned, once (see
        :func:`editor.store.photos.keep_public`); returns how many. No record changes."""
        cleaned = [photo for photo in photos if photo.clean_to_keep]
        if not cleaned:
            return 0
        with self._transaction(writing=True) as conn:
            return photo_store.keep_public(conn, cleaned)

    def photo_data(self, keys: Iterable[str]) -> dict[str, PhotoData]:
        """The stored photo bytes among ``keys`` (read only; unknown keys are left out)."""
        with self._transaction(writing=False) as conn:
            return photo_store.read_photos(conn, keys)

    def delete_unused_photos(self, *, dry_run: bool = False,
                             keep_recent: timedelta = photo_store.KEEP_RECENT,
                             now: datetime | None = None) -> photo_store.PhotoCleanup:
        """Delete the stored pictures no item, draft, kept version or logo refers to
        (see :func:`editor.store.photos.delete_unused`); ``dry_run`` only counts them."""
        with self._transaction(writing=False, snapshot=True) as conn:
            known = photo_store.references(conn)  # every version: without holding locks
        with self._transaction(writing=True) as conn:
            return photo_store.delete_unused(conn, known, keep_recent=keep_recent,
                                             dry_run=dry_run, now=now)

    def photo_update_report(self) -> list[str]:
        """The photos the schema update to stored photo bytes could not copy, one line each."""
        with self._transaction(writing=False) as conn:
            return photo_store.update_report(conn)

    # -- bundles -------------------------------------------------------------------------

    def save_bundle(self, bundle: Bundle, *, replace: bool = False,
                    shared: SharedPolicy = SharedPolicy.REFUSE,
                    saved_by: str = "") -> list[str]:
        """Store people, organisations, roles and items of ``bundle`` in one transaction.

        An item already in the archive raises :class:`DuplicateItemError` unless
        ``replace`` is true; then it is overwritten whatever its version. People,
        organisations and roles are shared with other items: a new one is added, one equal
        to the stored record is reused, and a differing one is handled by ``shared`` (by
        default the whole bundle is refused with :class:`SharedRecordsDiffer`). People
        merged away earlier are replaced by the person kept (see
        :func:`~editor.store.shared.follow_merges`; ``bundle`` is changed accordingly).
        Any failure leaves the archive as it was. Returns the ids of the stored items.
        """
        seen: set[str] = set()
        for item in bundle.items:
            if item.id in seen:
                raise DuplicateItemError(item.id, _headline(item))
            seen.add(item.id)
        now = _now()
        stamps: list[tuple[int, datetime, datetime]] = []
        with self._transaction(writing=True) as conn:
            follow_merges(bundle, self._merged_people(conn))
            found = self._reconcile_shared(conn, bundle, shared, write=True)
            if found and shared == SharedPolicy.REFUSE:
                raise SharedRecordsDiffer(found)
            photo_store.write_item_photos(conn, bundle.items, bundle.photo_data)
            for item in bundle.items:
                if not replace and self._stored_version(conn, item.id) is not None:
                    raise DuplicateItemError(item.id, _headline(item))
                stamps.append(self._write_item(conn, item, now, replace=replace,
                                               saved_by=saved_by))
        for item, (version, created, changed_at) in zip(bundle.items, stamps, strict=True):
            item.version, item.created_at, item.updated_at = version, created, changed_at
        return [item.id for item in bundle.items]

    def check_shared(self, bundle: Bundle) -> SharedCheck:
        """What :meth:`save_bundle` would meet in ``bundle``'s shared records; writes nothing.

        Raises :class:`RoleOwnerConflict` when a role id belongs to another person here.
        ``bundle`` itself is not changed.
        """
        copied = copy.deepcopy(bundle)
        with self._transaction(writing=False) as conn:
            merges = follow_merges(copied, self._merged_people(conn))
            found = self._reconcile_shared(conn, copied, SharedPolicy.KEEP, write=False)
        return SharedCheck(found, merges)

    def load_bundle(self, item_ids: Sequence[str]) -> Bundle:
        """The items with every person, organisation and role they refer to.

        That is: issuers, contacts' organisations, event organisers and speakers, quote
        speakers with their roles, every role of those people and the roles'
        organisations. A reference to a record the archive does not have is left out.
        """
        with self._transaction(writing=False) as conn:
            items = [self._read_item(conn, item_id) for item_id in item_ids]
            tables = {"roles": roles, "people": people, "organisations": organisations}
            return records.assemble_bundle(
                items,
                lambda table, cls, ids: self._fetch(conn, tables[table], cls, ids),
                lambda person_ids: conn.execute(
                    select(roles).where(roles.c.person_id.in_(person_ids))
                    .order_by(roles.c.person_id, roles.c.valid_from.asc().nulls_first())
                ).mappings(),
                lambda keys: photo_store.read_photos(conn, keys),
            )

    # -- internals -----------------------------------------------------------------------

    def _missing_item(self, item_id: str) -> NotFoundError:
        return NotFoundError(
            f"There is no press item with id {item_id!r} in the archive {self._name}."
        )

    @staticmethod
    def _stored_version(conn: Connection, item_id: str) -> int | None:
        return conn.execute(_STORED_VERSION, {"item_id": item_id}).scalar_one_or_none()

    def _write_item(
        self, conn: Connection, item: PressItem, now: datetime, *, replace: bool,
        saved_by: str = "", publish: bool = False,
    ) -> tuple[int, datetime, datetime]:
        """Insert or overwrite one item and keep it in its history; returns its new
        version and timestamps.

        The version continues the item's history, also for an item deleted before whose
        history was kept. A version is marked published when ``publish`` is asked for or
        the save moves the item into a published status.
        """
        # with the JSON its history keeps; quotes are checked if new or changed
        rows = records.item_rows(item, check_quotes=False)
        stored = conn.execute(_STORED_ITEM, {"item_id": item.id}).first()
        old_topics: list[str] = []
        entering = item.status in item_history.PUBLISHED_STATES and (
            stored is None or stored.status != item.status.value)
        published_at = now if publish or entering else None
        if stored is not None and not item_history.has_version(conn, item.id, stored.version):
            # saved before the history was kept: its stored state becomes a version first
            kept = self._read_item(conn, item.id)
            item_history.record(conn, kept, stored.version, stored.updated_at, "", None)
        if stored is None:
            version, created = item_history.last_version(conn, item.id) + 1, now
            conn.execute(_INSERT_ITEM, {**rows.item, "version": version, "created_at": now,
                                        "updated_at": now})
        else:
            if not replace and item.version != stored.version:
                raise ConflictError(item.id, item.version, stored.version)
            version, created = stored.version + 1, stored.created_at
            result = conn.execute(_UPDATE_ITEM, {
                **rows.item, "version": version, "updated_at": now,
                "item_id": item.id, "stored_version": stored.version})
            if result.rowcount != 1:
                raise ConflictError(item.id, item.version, self._stored_version(conn, item.id) or 0)
            old_topics = list(conn.execute(_ITEM_TOPICS, {"item_id": item.id}).scalars())
            for statement in (_DELETE_TOPICS, _DELETE_ISSUERS):
                conn.execute(statement, {"item_id": item.id})
        if rows.topics:
            conn.execute(_INSERT_TOPICS, rows.topics)
        if rows.issuers:
            conn.execute(_INSERT_ISSUERS, rows.issuers)
        # Every quote's index entry holds the item's topics as filter tags.
        new_topics = [row["topic"] for row in rows.topics]
        write_quotes(conn, self._index, item.id, rows.quotes, topics=new_topics,
                     reindex_all=old_topics != new_topics, new_item=stored is None)
        item_history.record(conn, item, version, now, saved_by, published_at,
                            rows.version_json)
        notify_change(conn, item.id)
        return version, created, now

    def _delete_item_children(self, conn: Connection, item_id: str) -> None:
        self._index.remove_items(conn, [item_id])
        item_quotes = select(quotes.c.row_id).where(quotes.c.item_id == item_id)
        conn.execute(delete(quote_speakers).where(quote_speakers.c.quote_row_id.in_(item_quotes)))
        for table in (quotes, item_topics, item_issuers):
            conn.execute(delete(table).where(table.c.item_id == item_id))

    def _read_item(self, conn: Connection, item_id: str) -> PressItem:
        row = (
            conn.execute(select(press_items).where(press_items.c.id == item_id)).mappings().first()
        )
        if row is None:
            raise self._missing_item(item_id)
        topics = self._positional(conn, item_topics, "topic", [item_id]).get(item_id, [])
        issuers = self._positional(conn, item_issuers, "organisation_id", [item_id])
        quote_rows = (
            conn.execute(
                select(quotes).where(quotes.c.item_id == item_id).order_by(quotes.c.position)
            )
            .mappings()
            .all()
        )
        speakers: dict[int, list[Any]] = {}
        if quote_rows:
            speaker_rows = conn.execute(
                select(quote_speakers)
                .where(quote_speakers.c.quote_row_id.in_([q["row_id"] for q in quote_rows]))
                .order_by(quote_speakers.c.quote_row_id, quote_speakers.c.position)
            ).mappings()
            for speaker in speaker_rows:
                speakers.setdefault(speaker["quote_row_id"], []).append(speaker)
        plain_quotes = [records.quote_plain(q, speakers.get(q["row_id"], [])) for q in quote_rows]
        return records.item_from_rows(row, topics, issuers.get(item_id, []), plain_quotes)

    @staticmethod
    def _positional(
        conn: Connection, table: Table, column: str, item_ids: Sequence[str]
    ) -> dict[str, list[str]]:
        """Values of ``column`` per item, in their stored order."""
        found: dict[str, list[str]] = {}
        if not item_ids:
            return found
        query = (
            select(table.c.item_id, table.c[column])
            .where(table.c.item_id.in_(list(item_ids)))
            .order_by(table.c.item_id, table.c.position)
        )
        for item_id, value in conn.execute(query):
            found.setdefault(item_id, []).append(value)
        return found

    @staticmethod
    def _filters(
        status: str | Iterable[str] | None,
        kind: str | Iterable[str] | None,
        topic: str | None,
        issuer_id: str | None,
        date_from: date | None,
        date_to: date | None,
        text: str | None,
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        for column, wanted in ((press_items.c.status, status), (press_items.c.kind, kind)):
            if isinstance(wanted, str):
                conditions.append(column == str(wanted))
            elif wanted is not None:
                conditions.append(column.in_([str(w) for w in wanted]))
        if topic is not None:
            tagged = select(item_topics.c.item_id).where(item_topics.c.topic == topic)
            conditions.append(press_items.c.id.in_(tagged))
        if issuer_id is not None:
            issued = select(item_issuers.c.item_id).where(
                item_issuers.c.organisation_id == issuer_id
            )
            conditions.append(press_items.c.id.in_(issued))
        if date_from is not None:
            conditions.append(press_items.c.issue_date >= date_from)
        if date_to is not None:
            conditions.append(press_items.c.issue_date <= date_to)
        if text is not None and fold_query(text):
            words = fold_query(text).split()
            conditions.extend(
                press_items.c.headline_search.contains(word, autoescape=True) for word in words
            )
        return conditions

    @staticmethod
    def _upsert(conn: Connection, table: Table, values: dict[str, Any]) -> None:
        result = conn.execute(update(table).where(table.c.id == values["id"]).values(**values))
        if result.rowcount == 0:
            conn.execute(insert(table).values(**values))

    def _upsert_role(self, conn: Connection, role: Role) -> None:
        row = records.record_row(role)  # checked before its ids are looked up
        if conn.execute(select(people.c.id).where(people.c.id == role.person_id)).first() is None:
            raise NotFoundError(
                f"Role {role.id} belongs to person {role.person_id}, who is not in the "
                f"archive {self._name}. Save the person first; nothing was written."
            )
        if (
            role.organisation_id is not None
            and conn.execute(
                select(organisations.c.id).where(organisations.c.id == role.organisation_id)
            ).first()
            is None
        ):
            raise NotFoundError(
                f"Role {role.id} is at organisation {role.organisation_id}, which is not in "
                f"the archive {self._name}. Save the organisation first; nothing was written."
            )
        old = conn.execute(
            select(roles.c.person_id, roles.c.organisation_id, roles.c.valid_from,
                   roles.c.valid_until).where(roles.c.id == role.id)
        ).first()
        self._upsert(conn, roles, row)
        new = (role.person_id, role.organisation_id, role.valid_from, role.valid_until)
        if old is None or tuple(old) != new:  # organisations of quotes may have changed
            affected = {role.person_id} | ({old.person_id} if old is not None else set())
            self._reindex_quotes_of(conn, affected)

    def _upsert_person(self, conn: Connection, person: Person) -> None:
        row = records.record_row(person)  # checked before its id is looked up
        names = (people.c.honorific, people.c.given_name, people.c.family_name)
        old = conn.execute(select(*names).where(people.c.id == person.id)).first()
        self._upsert(conn, people, row)
        if old is None or tuple(old) != (person.honorific, person.given_name,
                                          person.family_name):
            self._index.index_names(conn, person_ids=[person.id])
            if old is not None:
                self._reindex_quotes_of(conn, {person.id})

    def _upsert_organisation(self, conn: Connection, organisation: Organisation) -> None:
        self._upsert(conn, organisations, records.record_row(organisation))
        self._index.index_names(conn, organisation_ids=[organisation.id])

    def _reconcile_shared(self, conn: Connection, bundle: Bundle, policy: SharedPolicy,
                          *, write: bool) -> list[FieldDifference]:
        """Compare the bundle's shared records with the stored ones; write what ``policy``
        allows when ``write`` (new records always). Returns every difference found."""
        found: list[FieldDifference] = []
        jobs: list[tuple[Table, type[Any], list[Any], Callable[[Connection, Any], None]]] = [
            (people, Person, bundle.people, self._upsert_person),
            (organisations, Organisation, bundle.organisations, self._upsert_organisation),
            (roles, Role, bundle.roles, self._upsert_role),
        ]
        for table, cls, incoming, upsert in jobs:
            for record in incoming:
                # A text that cannot be stored is refused by name, whatever the choice.
                records.check_storable(to_plain(record), type(record).__name__.lower())
                row = conn.execute(
                    select(table).where(table.c.id == record.id)).mappings().first()
                stored = None if row is None else records.record_from_row(cls, row, table.name)
                if isinstance(stored, Role) and stored.person_id != record.person_id:
                    raise RoleOwnerConflict(record.id, stored.person_id, record.person_id)
                if stored is None:
                    if write:
                        upsert(conn, record)
                    continue
                changed = differences(stored, record)
                found.extend(changed)
                if changed and write and policy == SharedPolicy.UPDATE:
                    upsert(conn, updated(stored, record))
        return found

    @staticmethod
    def _merged_people(conn: Connection) -> dict[str, str]:
        """Merged-away person id → the stored person it ended up in (merges followed)."""
        rows = conn.execute(
            select(settings.c.key, settings.c.value).where(
                settings.c.key.startswith(MERGED_PERSON_KEY, autoescape=True))
        ).all()
        into = {key[len(MERGED_PERSON_KEY):]: value for key, value in rows}
        result: dict[str, str] = {}
        if not into:
            return result
        present = set(conn.execute(
            select(people.c.id).where(people.c.id.in_(list(into) + list(into.values())))
        ).scalars())
        for start in into:
            if start in present:
                continue  # stored again since: that record is itself
            target, steps = into[start], 0
            while target in into and target not in present and steps < len(into):
                target, steps = into[target], steps + 1
            if target in present:
                result[start] = target
        return result

    def _reindex_quotes_of(self, conn: Connection, person_ids: Iterable[str]) -> None:
        """Re-index the quotes these people speak (their name or roles changed)."""
        query = select(quote_speakers.c.quote_row_id).where(
            quote_speakers.c.person_id.in_(list(person_ids))
        )
        self._index.reindex_quotes(conn, list(conn.execute(query).scalars()))

    def _record(self, table: Table, cls: type[T], record_id: str, what: str) -> T:
        with self._transaction(writing=False) as conn:
            row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFoundError(
                f"There is no {what} with id {record_id!r} in the archive {self._name}."
            )
        return records.record_from_row(cls, row, table.name)

    def _records(self, table: Table, cls: type[T], query: Any) -> list[T]:
        with self._transaction(writing=False) as conn:
            rows = conn.execute(query).mappings().all()
        return [records.record_from_row(cls, row, table.name) for row in rows]

    @staticmethod
    def _fetch(conn: Connection, table: Table, cls: type[T], ids: dict[str, None]) -> list[T]:
        """The records with these ids, in the order given; missing ones left out."""
        if not ids:
            return []
        rows = conn.execute(select(table).where(table.c.id.in_(list(ids)))).mappings()
        by_id = {row["id"]: records.record_from_row(cls, row, table.name) for row in rows}
        return [by_id[i] for i in ids if i in by_id]


def _headline(item: PressItem) -> str:
    return item.headline.text_or_any(item.source_language)
