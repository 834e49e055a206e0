"""The photo bytes of the archive: written once per content, read by key.

Keys are computed here from the bytes, never taken from the caller, so a record can
only ever point at the bytes it was made from, and no write can change bytes another
item shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from editor.core.errors import StoreError
from editor.core.images import MEDIA_TYPES, PhotoData, PhotoError, check_photo, photo_key
from editor.core.model import PressItem
from editor.store.schema import photo_blobs, settings

UPDATE_REPORT_KEY = "photo_update_report"
"""Setting written by schema revision 0007: the photos whose files could not be copied."""


def write_photo(conn: Connection, photo: PhotoData) -> str:
    """Store ``photo`` unless the same bytes are stored already; returns their key."""
    try:
        checked = check_photo(photo.data)
    except PhotoError as exc:
        raise StoreError(f"The archive takes only JPEG, PNG or WebP photos: {exc}.") from None
    key = photo_key(checked.data)
    values = {"sha256": key, "media_type": checked.media_type, "size": len(checked.data),
              "data": checked.data}
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.execute(sqlite.insert(photo_blobs).values(values).on_conflict_do_nothing())
    elif dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # loaded with a server's driver only

        conn.execute(postgresql.insert(photo_blobs).values(values).on_conflict_do_nothing())
    elif conn.execute(select(photo_blobs.c.sha256).where(photo_blobs.c.sha256 == key)).first() \
            is None:
        conn.execute(photo_blobs.insert().values(values))
    return key


def write_item_photos(conn: Connection, items: Iterable[PressItem],
                      data: dict[str, PhotoData]) -> None:
    """Store the bytes the items' photos refer to; a key that does not match refuses all.

    A photo must bring its bytes or name bytes the archive already holds.
    """
    for item in items:
        for photo in item.photos:
            given = data.get(photo.blob) if photo.blob else None
            if given is None:
                if photo.blob and not read_photos(conn, [photo.blob]):
                    raise StoreError(
                        f"Photo {photo.id} of item {item.id} comes without its picture and "
                        f"the archive does not have it; nothing was written.")
                continue
            if write_photo(conn, given) != photo.blob:
                raise StoreError(
                    f"Photo {photo.id} of item {item.id} does not match its bytes; "
                    f"nothing was written.")


def read_photos(conn: Connection, keys: Iterable[str]) -> dict[str, PhotoData]:
    """The stored photos among ``keys``; a key the archive lacks is left out."""
    wanted = sorted({k for k in keys if k})
    found: dict[str, PhotoData] = {}
    for start in range(0, len(wanted), 500):
        query = select(photo_blobs.c.sha256, photo_blobs.c.media_type, photo_blobs.c.data) \
            .where(photo_blobs.c.sha256.in_(wanted[start:start + 500]))
        for key, media_type, data in conn.execute(query):
            if media_type in MEDIA_TYPES:
                found[key] = PhotoData(media_type, bytes(data))
    return found


def update_report(conn: Connection) -> list[str]:
    """One line per photo that the schema update could not copy into the archive."""
    value = conn.execute(select(settings.c.value)
                         .where(settings.c.key == UPDATE_REPORT_KEY)).scalar_one_or_none()
    if not value:
        return []
    try:
        entries = json.loads(value)
    except ValueError:
        return []
    return [f"photo {e.get('photo')} of {e.get('in', 'item')} {e.get('item')}: "
            f"{e.get('path') or '(no path)'} {e.get('problem')}; add the picture again"
            for e in entries if isinstance(e, dict)]
