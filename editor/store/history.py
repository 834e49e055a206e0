"""The history of press items: every saved version, compressed, in ``item_versions``.

Each save writes the new version as zlib-compressed interchange JSON. Every
:data:`FULL_EVERY`-th version of an item is compressed on its own (a few KB for a
release); the versions in between are compressed with that full version as zlib's preset
dictionary, so that what they share with it costs next to nothing (a small edit: a few
hundred bytes). Reading any version needs at most two decompressions, and a damaged entry
spoils no more than the versions based on it. An item saved before the history existed
gets its stored state kept as a version of its own at its next save. The functions here
work inside the archive's transactions; :class:`editor.store.archive.Archive` offers
them to the front ends.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select

from editor.core.codec import from_plain, to_plain
from editor.core.errors import PressestelleError, StoreError, ValidationError
from editor.core.model import ItemStatus, PressItem
from editor.store.records import VERSION_STAMPS, version_json
from editor.store.schema import UtcDateTime, item_versions, press_items

STAMP_FIELDS = VERSION_STAMPS
"""Fields of an item that the version's row holds instead of its document."""
PUBLISHED_STATES = frozenset({ItemStatus.PUBLISHED, ItemStatus.CORRECTED})
FULL_EVERY = 25
"""A version compressed on its own begins each run of this many versions."""
PACK_LEVEL = 3
"""zlib's level for versions. Measured on a generated 50-quote item (40 KB of JSON): level
6 packs it into 6.3 KB in 0.38 ms, level 3 into 7.1 KB in 0.12 ms, level 1 into 7.9 KB in
0.09 ms; a version based on it (a topic and one quote changed) 4.7 KB in 0.54 ms at 6,
5.8 KB in 0.22 ms at 3. A save waits for it; the history's bytes are a small part of an
archive (the search index takes up to 2 KB for each of its quotes). Any level reads back alike."""
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""A stored version that would unpack to more than this is taken for damaged."""


@dataclass(frozen=True)
class VersionInfo:
    """One saved version of an item, without the item itself."""

    item_id: str
    version: int
    saved_at: datetime
    saved_by: str
    """Who saved it ("" when unknown: saved before the history was kept)."""
    status: ItemStatus
    published_at: datetime | None
    """When this version was published; ``None``: it was not a publication."""
    headline: str
    size: int
    """The item's JSON in bytes, uncompressed."""
    stored: int
    """Bytes the version takes in the archive (compressed)."""


@dataclass(frozen=True)
class DeletedItem:
    """An item deleted from the archive whose history was kept."""

    item_id: str
    headline: str
    versions: int
    last_saved_at: datetime


# The statements of every save, made once: a statement built per call with its values in
# it costs SQLAlchemy several times what running it does (0.3-0.6 ms against 0.1 ms).
_HAS_VERSION = select(item_versions.c.version).where(
    item_versions.c.item_id == bindparam("item_id"),
    item_versions.c.version == bindparam("version"))
_LAST_VERSION = select(func.max(item_versions.c.version)).where(
    item_versions.c.item_id == bindparam("item_id"))
_INSERT_VERSION = insert(item_versions)
_VERSION_DOCUMENT = select(item_versions.c.document, item_versions.c.base_version).where(
    item_versions.c.item_id == bindparam("item_id"),
    item_versions.c.version == bindparam("version"))
_FULL_DOCUMENT = select(item_versions.c.document).where(
    item_versions.c.item_id == bindparam("item_id"),
    item_versions.c.version == bindparam("version"),
    item_versions.c.base_version.is_(None))
_LAST_FULL = select(func.max(item_versions.c.version)).where(
    item_versions.c.item_id == bindparam("item_id"), item_versions.c.base_version.is_(None),
    item_versions.c.version < bindparam("version"))


def item_json(item: PressItem) -> bytes:
    """The item as the history keeps it: JSON without its version and timestamps."""
    return version_json(to_plain(item))


def pack(raw: bytes, base: bytes | None = None) -> bytes:
    """``raw`` compressed, with ``base`` (if any) as the preset dictionary."""
    packer = zlib.compressobj(PACK_LEVEL, zdict=base) if base else zlib.compressobj(PACK_LEVEL)
    return packer.compress(raw) + packer.flush()


def _inflate(data: bytes, base: bytes | None, item_id: str, version: int) -> bytes:
    try:
        inflater = zlib.decompressobj(zdict=base) if base else zlib.decompressobj()
        raw = inflater.decompress(data, MAX_DOCUMENT_BYTES)
        if inflater.unconsumed_tail:
            raise ValueError("it unpacks to more than 64 MB")
        return raw
    except (zlib.error, ValueError) as exc:
        raise _damaged(item_id, version, exc) from exc


def _damaged(item_id: str, version: int, exc: BaseException) -> StoreError:
    return StoreError(f"Version {version} of item {item_id} in the archive's history "
                      f"cannot be read ({exc}); the other versions are not affected.")


def unpack(raw: bytes, item_id: str, version: int) -> PressItem:
    """The item kept as ``raw`` JSON; a damaged entry raises StoreError."""
    try:
        return from_plain(PressItem, json.loads(raw.decode("utf-8")), checked=False)
    except (ValueError, PressestelleError) as exc:
        raise _damaged(item_id, version, exc) from exc


def _raw(conn: Connection, item_id: str, version: int) -> bytes | None:
    """The JSON of version ``version`` (with its base, if it has one); None: not kept."""
    row = conn.execute(_VERSION_DOCUMENT, {"item_id": item_id, "version": version}).first()
    if row is None:
        return None
    base = None
    if row.base_version is not None:
        base_row = conn.execute(_FULL_DOCUMENT, {"item_id": item_id,
                                                 "version": row.base_version}).first()
        if base_row is None:
            raise _damaged(item_id, version, ValueError(
                f"the version it is based on, {row.base_version}, is missing"))
        base = _inflate(bytes(base_row.document), None, item_id, row.base_version)
    return _inflate(bytes(row.document), base, item_id, version)


def _base_for(conn: Connection, item_id: str, version: int) -> tuple[int, bytes] | None:
    """The full version a new ``version`` is compressed against; None: make it full."""
    if version <= 1:  # versions begin at 1: nothing earlier to be based on
        return None
    last_full = conn.execute(_LAST_FULL, {"item_id": item_id, "version": version}
                             ).scalar_one_or_none()
    if last_full is None or version - last_full >= FULL_EVERY:
        return None
    raw = _raw(conn, item_id, last_full)
    return None if raw is None else (last_full, raw)


def _source_headline(item: PressItem) -> str:
    return item.headline.text_or_any(item.source_language)


def has_version(conn: Connection, item_id: str, version: int) -> bool:
    return conn.execute(_HAS_VERSION, {"item_id": item_id, "version": version}).first() \
        is not None


def last_version(conn: Connection, item_id: str) -> int:
    """The highest version in the history of ``item_id`` (0: none)."""
    return int(conn.execute(_LAST_VERSION, {"item_id": item_id}).scalar_one() or 0)


def record(conn: Connection, item: PressItem, version: int, saved_at: datetime,
           saved_by: str, published_at: datetime | None, raw: bytes | None = None) -> None:
    """Keep ``item`` as version ``version`` of its history; ``raw`` is its
    :func:`item_json` when the caller has made it already."""
    if raw is None:
        raw = item_json(item)
    if len(raw) > MAX_DOCUMENT_BYTES:  # it could be kept but never read back
        raise ValidationError("", f"the press item is too large to keep in its history "
                              f"({len(raw) / 2**20:.0f} MB of text and data, at most "
                              f"{MAX_DOCUMENT_BYTES // 2**20} MB); nothing was saved")
    try:
        base = _base_for(conn, item.id, version)
    except StoreError:  # a damaged full version: begin a new run with this one
        base = None
    conn.execute(_INSERT_VERSION, dict(
        item_id=item.id, version=version, saved_at=saved_at, saved_by=saved_by,
        status=item.status.value, published_at=published_at,
        headline=_source_headline(item), size=len(raw),
        base_version=None if base is None else base[0],
        document=pack(raw, None if base is None else base[1])))


def _info(row: Any) -> VersionInfo:
    try:
        status = ItemStatus(row.status)
    except ValueError:
        status = ItemStatus.DRAFT
    return VersionInfo(row.item_id, row.version, row.saved_at, row.saved_by, status,
                       row.published_at, row.headline, row.size, row.stored)


def versions(conn: Connection, item_id: str) -> list[VersionInfo]:
    """The versions of ``item_id``, newest first."""
    query = select(
        item_versions.c.item_id, item_versions.c.version, item_versions.c.saved_at,
        item_versions.c.saved_by, item_versions.c.status, item_versions.c.published_at,
        item_versions.c.headline, item_versions.c.size,
        func.length(item_versions.c.document).label("stored"),
    ).where(item_versions.c.item_id == item_id).order_by(item_versions.c.version.desc())
    return [_info(row) for row in conn.execute(query)]


def load(conn: Connection, item_id: str, version: int) -> PressItem | None:
    """Version ``version`` of ``item_id`` with its stamps; ``None`` when not kept."""
    raw = _raw(conn, item_id, version)
    if raw is None:
        return None
    saved_at = conn.execute(select(item_versions.c.saved_at).where(
        item_versions.c.item_id == item_id, item_versions.c.version == version)).scalar_one()
    item = unpack(raw, item_id, version)
    item.id = item_id
    item.version = version
    item.updated_at = saved_at
    return item


def every_version(conn: Connection) -> Iterator[tuple[tuple[str, int, datetime], Any]]:
    """Every kept version of every item: ``(item id, version, saved at)`` and its stored
    values (plain JSON). A version that cannot be read raises :class:`StoreError`."""
    bases: dict[int, bytes] = {}
    rows = conn.execute(
        select(item_versions.c.item_id, item_versions.c.version, item_versions.c.saved_at,
               item_versions.c.base_version, item_versions.c.document)
        .order_by(item_versions.c.item_id, item_versions.c.base_version.is_not(None),
                  item_versions.c.version))
    current = None
    for item_id, version, saved_at, base_version, document in rows:
        if item_id != current:
            bases.clear()  # one item's full versions at a time
            current = item_id
        base = None
        if base_version is not None:
            base = bases.get(base_version)
            if base is None:
                raise _damaged(item_id, version, ValueError(
                    f"the version it is based on, {base_version}, is missing"))
        raw = _inflate(bytes(document), base, item_id, version)
        if base_version is None:
            bases[version] = raw
        yield (item_id, version, saved_at), _plain(raw, item_id, version)


def version_stamps(conn: Connection) -> list[tuple[str, int, datetime]]:
    """``(item id, version, saved at)`` of every kept version."""
    return [tuple(row) for row in conn.execute(
        select(item_versions.c.item_id, item_versions.c.version, item_versions.c.saved_at))]


def version_plain(conn: Connection, item_id: str, version: int) -> Any:
    """The stored values (plain JSON) of one version; ``None``: not kept."""
    raw = _raw(conn, item_id, version)
    return None if raw is None else _plain(raw, item_id, version)


def _plain(raw: bytes, item_id: str, version: int) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise _damaged(item_id, version, exc) from exc


def forget(conn: Connection, item_id: str) -> int:
    """Delete the whole history of ``item_id``; returns how many versions it had."""
    return int(conn.execute(
        delete(item_versions).where(item_versions.c.item_id == item_id)).rowcount or 0)


def deleted_items(conn: Connection) -> list[DeletedItem]:
    """Items no longer in the archive whose history was kept, the last deleted first."""
    alive = select(press_items.c.id)
    newest = (
        select(item_versions.c.item_id, func.max(item_versions.c.version).label("last"),
               func.count().label("n"),
               func.max(item_versions.c.saved_at, type_=UtcDateTime()).label("at"))
        .where(item_versions.c.item_id.not_in(alive))
        .group_by(item_versions.c.item_id)
        .subquery()
    )
    query = (
        select(newest.c.item_id, newest.c.n, newest.c.at, item_versions.c.headline)
        .join(item_versions, (item_versions.c.item_id == newest.c.item_id)
              & (item_versions.c.version == newest.c.last))
        .order_by(newest.c.at.desc(), newest.c.item_id)
    )
    return [DeletedItem(row.item_id, row.headline, int(row.n), row.at)
            for row in conn.execute(query)]
