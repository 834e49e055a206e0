"""Stored photos read by key, without SQLAlchemy (the archive and the reader of its file
share this)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from editor.core.images import MEDIA_TYPES, PhotoData, kept_clean

PUBLIC_PREFIX = "photo_public:"
"""Settings ``photo_public:<key>`` name the key of the same bytes without metadata, for
bytes stored before photos were cleaned on the way in: written the first time an export
cleans them (see :func:`editor.store.photos.keep_public`), so that no later export cleans
them again. The value says which version of the cleaning made them (:func:`public_value`):
a copy an older one made is not trusted, the photo is cleaned again."""


def public_value(clean_key: str) -> str:
    """The value of a ``photo_public:`` setting: the key of the cleaned bytes and the
    version of the cleaning that made them (:data:`editor.core.photo_metadata.CLEANING`)."""
    from editor.core.photo_metadata import CLEANING

    return f"{clean_key}:{CLEANING}"


def public_key(value: str) -> str | None:
    """The key of the cleaned bytes a ``photo_public:`` setting names; None when an older
    cleaning made them (they may hold what the cleaning now removes: cleaned again)."""
    from editor.core.photo_metadata import CLEANING

    key, _, version = value.partition(":")
    return key if version == str(CLEANING) else None


Rows = dict[str, tuple[str, bytes]]
"""Stored photos by key: media type and bytes."""


def read_stored(keys: Iterable[str], kept: Callable[[list[str]], dict[str, str]],
                fetch: Callable[[list[str]], Rows]) -> dict[str, PhotoData]:
    """The stored photos among ``keys`` (a key the archive lacks is left out); one whose
    cleaned bytes the archive keeps comes as those (:func:`editor.core.images.kept_clean`),
    its bytes with metadata unread. ``kept``: the settings among the names given, by name;
    ``fetch``: the stored photos among the keys given."""
    wanted = sorted({key for key in keys if key})
    public = {name.removeprefix(PUBLIC_PREFIX): target for name, value
              in kept([PUBLIC_PREFIX + key for key in wanted]).items()
              if (target := public_key(value)) is not None} if wanted else {}
    rows = fetch(sorted({public.get(key, key) for key in wanted}))
    lost = [key for key in wanted if key in public and public[key] not in rows]
    if lost:  # the cleaned copy is gone: the stored bytes are read (and cleaned) again
        rows.update(fetch(lost))
    found: dict[str, PhotoData] = {}
    for key in wanted:
        target = public.get(key)
        if target is not None and target in rows and target != key:
            media_type, clean = rows[target]
            if media_type in MEDIA_TYPES:
                found[key] = kept_clean(media_type, key, clean, target)
        elif key in rows and rows[key][0] in MEDIA_TYPES:
            found[key] = PhotoData(*rows[key])
    return found
