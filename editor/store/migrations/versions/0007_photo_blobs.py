"""Photo bytes live in the archive: the ``photo_blobs`` table, photos refer to it by key.

Until now a photo record held the path of a file, and every export read whatever that
path named. This revision copies the bytes of every photo (of saved items and of drafts)
whose file is still a readable JPEG, PNG or WebP image into ``photo_blobs`` and replaces
the path by the bytes' SHA-256 (``blob``). A photo whose file is gone, unreadable, too
large or not an image keeps an empty ``blob`` (exports show it as missing); each one is
listed in the setting ``photo_update_report`` (JSON) and logged, so the front ends can
tell the user which pictures to add again. Nothing here raises for a bad file.

The image check is a small copy of the application's, so that this revision keeps
working whatever later versions of the application change.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

log = logging.getLogger(__name__)

MAX_BYTES = 30 * 1024 * 1024
REPORT_KEY = "photo_update_report"


def _media_type(data: bytes) -> str | None:
    """The media type of a whole JPEG, PNG or WebP image, judged by its first and last bytes."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" \
            and data[-8:-4] == b"IEND":
        return "image/png"
    if data.startswith(b"\xff\xd8\xff") and b"\xff\xd9" in data[-1024:]:
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" \
            and int.from_bytes(data[4:8], "little") + 8 <= len(data) \
            and data[12:16] in (b"VP8 ", b"VP8L", b"VP8X"):
        return "image/webp"
    return None


def _read(path: str) -> tuple[bytes, str] | str:
    """The bytes and media type of the file at ``path``, or why they cannot be taken."""
    if not path or not os.path.isabs(path):
        return "the stored path is not absolute"
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return f"cannot be opened ({exc.strerror or exc})"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file"
        if info.st_size > MAX_BYTES:
            return "is larger than 30 MB"
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        data = os.read(fd, MAX_BYTES + 1)
        while len(data) <= MAX_BYTES:
            more = os.read(fd, MAX_BYTES + 1 - len(data))
            if not more:
                break
            data += more
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return "is larger than 30 MB"
    media = _media_type(data)
    if media is None:
        return "is not a JPEG, PNG or WebP image"
    return data, media


def upgrade() -> None:
    op.create_table(
        "photo_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_photo_blobs"),
    )
    connection = op.get_bind()
    blobs = sa.table("photo_blobs", sa.column("sha256"), sa.column("media_type"),
                     sa.column("size"), sa.column("data", sa.LargeBinary))
    stored: set[str] = set()
    report: list[dict[str, str]] = []

    def convert(document: dict[str, Any], item_id: str, where: str) -> bool:
        photos = document.get("photos")
        if not isinstance(photos, list) or not photos:
            return False
        for photo in photos:
            if not isinstance(photo, dict) or "blob" in photo:
                continue
            path = str(photo.pop("path", "") or "")
            found = _read(path)
            if isinstance(found, str):
                photo["blob"] = ""
                report.append({"item": item_id, "photo": str(photo.get("id", "")),
                               "path": path, "problem": found, "in": where})
                log.warning("Photo %s of %s %s (%s) %s; it is kept as missing.",
                            photo.get("id"), where, item_id, path, found)
                continue
            data, media = found
            key = hashlib.sha256(data).hexdigest()
            if key not in stored:
                exists = connection.execute(
                    sa.select(blobs.c.sha256).where(blobs.c.sha256 == key)).first()
                if exists is None:
                    connection.execute(blobs.insert().values(
                        sha256=key, media_type=media, size=len(data), data=data))
                stored.add(key)
            photo["blob"] = key
        return True

    for table, key_column, where in (("press_items", "id", "item"),
                                     ("drafts", "item_id", "draft of item")):
        rows = sa.table(table, sa.column(key_column), sa.column("document", sa.JSON))
        for item_id, document in connection.execute(
                sa.select(rows.c[key_column], rows.c.document)).all():
            if isinstance(document, str):
                document = json.loads(document)
            if isinstance(document, dict) and convert(document, item_id, where):
                connection.execute(rows.update().where(rows.c[key_column] == item_id)
                                   .values(document=document))
    if report:
        settings = sa.table("settings", sa.column("key"), sa.column("value"))
        connection.execute(settings.delete().where(settings.c.key == REPORT_KEY))
        connection.execute(settings.insert().values(key=REPORT_KEY, value=json.dumps(report)))


def downgrade() -> None:
    connection = op.get_bind()
    for table, key_column in (("press_items", "id"), ("drafts", "item_id")):
        rows = sa.table(table, sa.column(key_column), sa.column("document", sa.JSON))
        for item_id, document in connection.execute(
                sa.select(rows.c[key_column], rows.c.document)).all():
            if isinstance(document, str):
                document = json.loads(document)
            photos = document.get("photos") if isinstance(document, dict) else None
            if not photos:
                continue
            for photo in photos:
                if isinstance(photo, dict):
                    photo.pop("blob", None)
                    photo.setdefault("path", "")
            connection.execute(rows.update().where(rows.c[key_column] == item_id)
                               .values(document=document))
    op.execute(f"DELETE FROM settings WHERE key = '{REPORT_KEY}'")
    op.drop_table("photo_blobs")
