"""The photo bytes of the archive: written once per content, read by key.

Keys are computed here from the bytes, never taken from the caller, so a record can
only ever point at the bytes it was made from, and no write can change bytes another
item shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from editor.core.errors import StoreError
from editor.core.images import PhotoData, PhotoError, check_photo, photo_key
from editor.core.model import PressItem
from editor.store import history
from editor.store.photo_rows import PUBLIC_PREFIX, public_key, public_value, read_stored
from editor.store.schema import drafts, organisations, photo_blobs, press_items, settings

UPDATE_REPORT_KEY = "photo_update_report"
"""Setting written by schema revision 0007: the photos whose files could not be copied."""
STORED_PREFIX = "photo_stored:"
"""Settings ``photo_stored:<key>`` hold when those bytes were last stored (ISO time)."""
KEEP_RECENT = timedelta(hours=1)
"""Bytes stored this recently are never deleted as unused: a photo added in the window is
stored before the item (or its draft, a second or two later) refers to it, a logo before
its organisation is saved."""


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
    _mark_stored(conn, key)
    return key


def _mark_stored(conn: Connection, key: str) -> None:
    """Note that ``key`` was stored now (see :data:`KEEP_RECENT`)."""
    _set(conn, STORED_PREFIX + key, datetime.now(UTC).isoformat())


@dataclass(frozen=True)
class PhotoCleanup:
    """What :func:`delete_unused` found and did."""

    deleted: int
    """Stored pictures deleted (or, trying, that would be)."""
    freed: int
    """Their bytes."""
    kept_recent: int
    """Unused pictures kept because they were stored within :data:`KEEP_RECENT`."""
    in_use: int
    """Pictures an item, a draft, a kept version or an organisation's logo refers to."""


def _blobs_in(plain: Any) -> Iterator[str]:
    """The photo keys an item's stored values (a document) refer to."""
    photos = plain.get("photos") if isinstance(plain, dict) else None
    for photo in photos if isinstance(photos, list) else []:
        blob = photo.get("blob") if isinstance(photo, dict) else None
        if isinstance(blob, str) and blob:
            yield blob


@dataclass
class References:
    """The photo keys referred to, and which items and versions were read for them."""

    keys: set[str]
    items: set[tuple[str, int, datetime]]
    """``(id, version, updated at)`` of the items read."""
    versions: set[tuple[str, int, datetime]]
    """``(item id, version, saved at)`` of the versions read."""


def references(conn: Connection, known: References | None = None) -> References:
    """Every photo key still referred to: by the items, the drafts, every kept version
    of the history (so that a restore finds its pictures) and organisations' logos.

    With ``known`` (read before, in an earlier transaction), only the items and versions
    saved since are read again; drafts and logos always. A version that cannot be read
    raises :class:`StoreError`: what it refers to is unknown, so nothing may be deleted.
    """
    found = References(set(), set(), set()) if known is None else References(
        set(known.keys), set(known.items), set(known.versions))
    stamps = [tuple(row) for row in conn.execute(
        select(press_items.c.id, press_items.c.version, press_items.c.updated_at))]
    fresh = [stamp[0] for stamp in stamps if stamp not in found.items]
    if known is None:
        for (document,) in conn.execute(select(press_items.c.document)):
            found.keys.update(_blobs_in(document))
    else:
        for start in range(0, len(fresh), 500):
            for (document,) in conn.execute(select(press_items.c.document).where(
                    press_items.c.id.in_(fresh[start:start + 500]))):
                found.keys.update(_blobs_in(document))
    found.items.update(stamps)
    for (document,) in conn.execute(select(drafts.c.document)):
        found.keys.update(_blobs_in(document))
    found.keys.update(logo for (logo,) in conn.execute(select(organisations.c.logo)) if logo)
    if known is None:
        for stamp, plain in history.every_version(conn):
            found.versions.add(stamp)
            found.keys.update(_blobs_in(plain))
    else:
        for stamp in history.version_stamps(conn):
            if stamp not in found.versions:
                found.versions.add(stamp)
                found.keys.update(_blobs_in(history.version_plain(conn, stamp[0], stamp[1])))
    return found


def delete_unused(conn: Connection, known: References | None = None, *,
                  keep_recent: timedelta = KEEP_RECENT, dry_run: bool = False,
                  now: datetime | None = None) -> PhotoCleanup:
    """Delete the stored pictures nothing refers to any more (see :func:`references`),
    except those stored within ``keep_recent``; with ``dry_run`` only count them.

    ``conn`` is a writing transaction; ``known``: the references read before in a
    transaction of its own (the slow part: every version), so that only what was saved
    since is read here. On PostgreSQL the tables that refer to pictures are locked
    against writes first (reads go on), so a colleague's save either came before and
    is seen, or waits and then finds the pictures it names: bytes it stored itself are
    recent, others something still refers to.
    """
    now = now or datetime.now(UTC)
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "LOCK TABLE photo_blobs, press_items, drafts, organisations, item_versions, "
            "settings IN SHARE ROW EXCLUSIVE MODE"))
    used = references(conn, known).keys
    twins: dict[str, str | None] = {
        name.removeprefix(PUBLIC_PREFIX): public_key(value) for name, value in
        conn.execute(select(settings.c.key, settings.c.value).where(
            settings.c.key.startswith(PUBLIC_PREFIX)))}
    used |= {twin for key in used if (twin := twins.get(key))}  # what their exports show
    stored: dict[str, datetime] = {}
    expired: list[str] = []
    for name, value in conn.execute(select(settings.c.key, settings.c.value)
                                    .where(settings.c.key.startswith(STORED_PREFIX))):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = now  # unreadable: count it as stored now, the safe side
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if now - moment < keep_recent:
            stored[name.removeprefix(STORED_PREFIX)] = moment
        else:
            expired.append(name)
    unused: list[tuple[str, int]] = []
    kept = in_use = 0
    present: set[str] = set()
    for key, size in conn.execute(select(photo_blobs.c.sha256, photo_blobs.c.size)):
        if key in used:
            in_use += 1
            present.add(key)
        elif key in stored:
            kept += 1
            present.add(key)
        else:
            unused.append((key, int(size)))
    expired += [PUBLIC_PREFIX + key for key in twins if key not in present]
    if not dry_run:
        keys = [key for key, _ in unused]
        for start in range(0, len(keys), 500):
            conn.execute(delete(photo_blobs).where(
                photo_blobs.c.sha256.in_(keys[start:start + 500])))
        for start in range(0, len(expired), 500):
            conn.execute(delete(settings).where(settings.c.key.in_(expired[start:start + 500])))
    return PhotoCleanup(len(unused), sum(size for _, size in unused), kept, in_use)


def write_item_photos(conn: Connection, items: Iterable[PressItem],
                      data: dict[str, PhotoData]) -> None:
    """Store the bytes the items' photos refer to; a key that does not match refuses all.

    A photo must bring its bytes or name bytes the archive already holds.
    """
    for item in items:
        for photo in item.photos:
            given = data.get(photo.blob) if photo.blob else None
            if given is not None and given.public_kept:  # read from the archive as kept
                given = None
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
    """The stored photos among ``keys``; a key the archive lacks is left out. A photo
    whose cleaned bytes the archive keeps (:data:`PUBLIC_PREFIX`) comes as those."""
    def kept(names: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(names), 500):
            found.update((name, value) for name, value in conn.execute(
                select(settings.c.key, settings.c.value)
                .where(settings.c.key.in_(names[start:start + 500]))))
        return found

    def fetch(wanted: list[str]) -> dict[str, tuple[str, bytes]]:
        found: dict[str, tuple[str, bytes]] = {}
        for start in range(0, len(wanted), 500):
            query = select(photo_blobs.c.sha256, photo_blobs.c.media_type,
                           photo_blobs.c.data) \
                .where(photo_blobs.c.sha256.in_(wanted[start:start + 500]))
            for key, media_type, data in conn.execute(query):
                found[key] = (media_type, bytes(data))
        return found

    return read_stored(keys, kept, fetch)


def keep_public(conn: Connection, photos: Iterable[PhotoData]) -> int:
    """Store the cleaned bytes of the photos an export cleaned now (bytes kept from before
    photos were cleaned on the way in) and note which they are (:data:`PUBLIC_PREFIX`);
    returns how many. The photos' own bytes and every record referring to them stay as
    they are: a kept version still shows what was saved, and no item looks edited."""
    count = 0
    for photo in photos:
        if not photo.clean_to_keep:
            continue
        public = write_photo(conn, PhotoData(photo.media_type, photo.public_data))
        _set(conn, PUBLIC_PREFIX + photo.key, public_value(public))
        count += 1
    return count


def _set(conn: Connection, key: str, value: str) -> None:
    values = {"key": key, "value": value}
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert: Any = sqlite.insert
        if dialect == "postgresql":
            from sqlalchemy.dialects import postgresql  # loaded with a server's driver only

            insert = postgresql.insert
        statement = insert(settings).values(values)
        conn.execute(statement.on_conflict_do_update(
            index_elements=[settings.c.key], set_={"value": statement.excluded.value}))
    elif conn.execute(update(settings).where(settings.c.key == key)
                      .values(value=value)).rowcount == 0:
        conn.execute(settings.insert().values(values))


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
