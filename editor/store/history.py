"""The history of press items: every saved version, compressed, in ``item_versions``.

Each save writes the new version whole (zlib-compressed interchange JSON, a few KB for a
release), so any version is read without replaying others and nothing depends on a chain
of differences. An item saved before the history existed gets its stored state kept as a
version of its own at its next save. The functions here work inside the archive's
transactions; :class:`editor.store.archive.Archive` offers them to the front ends.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from editor.core.codec import from_plain, to_plain
from editor.core.errors import PressestelleError, StoreError
from editor.core.model import ItemStatus, PressItem
from editor.store.schema import UtcDateTime, item_versions, press_items

STAMP_FIELDS = ("version", "created_at", "updated_at")
"""Fields of an item that the version's row holds instead of its document."""
PUBLISHED_STATES = frozenset({ItemStatus.PUBLISHED, ItemStatus.CORRECTED})
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


def pack(item: PressItem) -> tuple[bytes, int]:
    """The item as compressed JSON, and the JSON's length."""
    plain = to_plain(item)
    for key in STAMP_FIELDS:
        plain.pop(key, None)
    raw = json.dumps(plain, ensure_ascii=False, separators=(",", ":"),
                     sort_keys=True).encode("utf-8")
    return zlib.compress(raw, 9), len(raw)


def unpack(data: bytes, item_id: str, version: int) -> PressItem:
    """The item stored as version ``version``; a damaged entry raises StoreError."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_DOCUMENT_BYTES)
        if inflater.unconsumed_tail:
            raise ValueError("too large")
        plain = json.loads(raw.decode("utf-8"))
        item = from_plain(PressItem, plain, checked=False)
    except (zlib.error, ValueError, PressestelleError) as exc:
        raise StoreError(f"Version {version} of item {item_id} in the archive's history "
                         f"cannot be read ({exc}); the other versions are not affected.") \
            from exc
    return item


def _source_headline(item: PressItem) -> str:
    return item.headline.text_or_any(item.source_language)


def has_version(conn: Connection, item_id: str, version: int) -> bool:
    query = select(item_versions.c.version).where(item_versions.c.item_id == item_id,
                                                  item_versions.c.version == version)
    return conn.execute(query).first() is not None


def last_version(conn: Connection, item_id: str) -> int:
    """The highest version in the history of ``item_id`` (0: none)."""
    query = select(func.max(item_versions.c.version)).where(
        item_versions.c.item_id == item_id)
    return int(conn.execute(query).scalar_one() or 0)


def record(conn: Connection, item: PressItem, version: int, saved_at: datetime,
           saved_by: str, published_at: datetime | None) -> None:
    """Keep ``item`` as version ``version`` of its history."""
    data, size = pack(item)
    conn.execute(insert(item_versions).values(
        item_id=item.id, version=version, saved_at=saved_at, saved_by=saved_by,
        status=item.status.value, published_at=published_at,
        headline=_source_headline(item), size=size, document=data))


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
    row = conn.execute(
        select(item_versions.c.document, item_versions.c.saved_at).where(
            item_versions.c.item_id == item_id, item_versions.c.version == version)
    ).first()
    if row is None:
        return None
    item = unpack(bytes(row.document), item_id, version)
    item.id = item_id
    item.version = version
    item.updated_at = row.saved_at
    return item


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
