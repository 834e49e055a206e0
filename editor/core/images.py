"""Photo bytes as the archive keeps them, and the check that they really are an image.

A photo is accepted only when its content is a complete JPEG, PNG or WebP image: the
magic bytes, and a walk over the format's header structure (chunks, segments) that
must end where a whole file ends. The file name plays no part; a text file renamed
``.jpg`` or a PNG cut short is refused. Pure Python, no image library.
"""

from __future__ import annotations

import functools
import re
import struct
import zlib
from dataclasses import dataclass, field

from editor.core.errors import PressestelleError

MAX_PHOTO_BYTES = 30 * 1024 * 1024
"""The largest photo the archive takes (30 MB): a press photo in print quality fits."""

MAX_PHOTO_PIXELS = 120_000_000
"""The most pixels a photo the archive takes may have (a 100-megapixel camera's fit). A
small file can claim far more (a PNG of 100,000 × 100,000 pixels of one colour packs
into a few megabytes): whatever decodes it — the window, LibreOffice making a PDF —
would need gigabytes of memory."""

MAX_PARTS = 100_000
"""The most chunks of a PNG or segments of a JPEG header a photo may have: a camera writes
a few dozen, an encoder of large PNGs a few thousand; millions of tiny ones only cost
every reader time (and the file still fits in 30 MB)."""

MEDIA_TYPES = ("image/jpeg", "image/png", "image/webp")
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}


class PhotoError(PressestelleError):
    """Bytes or a file that cannot be a photo of the archive; the message says why."""


@dataclass(frozen=True)
class PhotoData:
    """The bytes of one photo with their media type; :attr:`key` addresses them."""

    media_type: str
    data: bytes
    removed: tuple[str, ...] = field(default=(), compare=False)
    """What :func:`clean_photo` took out of the file (see :mod:`editor.core.photo_metadata`);
    empty for bytes that had no metadata, or that come from the archive."""
    public_kept: bool = field(default=False, compare=False)
    """Whether these are the cleaned bytes the archive keeps of a photo stored with its
    metadata (before photos were cleaned on the way in): :attr:`key` is then the key of
    the stored photo, not of these bytes (see :func:`kept_clean`)."""

    @functools.cached_property
    def key(self) -> str:
        """Computed once: an export checks each photo against its address several times."""
        return photo_key(self.data)

    @functools.cached_property
    def public_data(self) -> bytes:
        """The bytes an export embeds: without location and other metadata even when the
        archive kept them from before photos were cleaned on the way in."""
        from editor.core.photo_metadata import strip_metadata

        return strip_metadata(self.data).data

    @functools.cached_property
    def public_key(self) -> str:
        """The content address of :attr:`public_data` (the same as :attr:`key` for a photo
        without metadata): what the preview recognises an exported picture by."""
        data = self.public_data
        return self.key if data is self.data else photo_key(data)

    @property
    def clean_to_keep(self) -> bool:
        """Whether these bytes hold metadata and the archive does not keep them cleaned
        yet (see :func:`kept_clean`); works the cleaning out unless done before."""
        return not self.public_kept and self.public_data is not self.data

    @property
    def had_location(self) -> bool:
        from editor.core.photo_metadata import LOCATION

        return LOCATION in self.removed

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.media_type]


def kept_clean(media_type: str, key: str, clean: bytes, clean_key: str) -> PhotoData:
    """The photo stored under ``key`` as the cleaned form of it the archive keeps
    (``clean``, stored under ``clean_key``): its :attr:`~PhotoData.data` are the cleaned
    bytes, its :attr:`~PhotoData.key` the one records refer to; nothing is cleaned or
    hashed again, and the bytes with metadata are not even read."""
    photo = PhotoData(media_type, clean, public_kept=True)
    photo.__dict__.update(key=key, public_data=clean, public_key=clean_key)  # cached
    return photo


@dataclass(frozen=True)
class ImageInfo:
    """What the header of an image says: its media type and size in pixels."""

    media_type: str
    width: int
    height: int


def photo_key(data: bytes) -> str:
    """The content address of photo bytes: their SHA-256, as 64 hex digits."""
    from editor.core.digest import sha256

    return sha256(data).hexdigest()


def is_photo_key(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def check_photo(data: bytes) -> PhotoData:
    """``data`` as a photo of the archive, or :class:`PhotoError` saying what it is not."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(
            f"it is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB ({len(data):,} bytes)")
    info = inspect_image(data)
    if info.width * info.height > MAX_PHOTO_PIXELS:
        raise PhotoError(
            f"it is {info.width:,} × {info.height:,} pixels, more than the "
            f"{MAX_PHOTO_PIXELS // 1_000_000} megapixels a photo may have (a decompression "
            "bomb?)")
    return PhotoData(info.media_type, bytes(data))


def clean_photo(data: bytes) -> PhotoData:
    """A photo arriving from outside (a file the user adds, a picture in an imported
    document, an interchange folder): checked as :func:`check_photo` does, then without
    location and other metadata (:attr:`PhotoData.removed` says what went). The archive
    keeps only these bytes, so no export can carry what the camera wrote."""
    from editor.core.photo_metadata import strip_metadata

    checked = check_photo(data)
    stripped = strip_metadata(checked.data)
    if not stripped.removed:
        return checked
    return PhotoData(inspect_image(stripped.data).media_type, stripped.data, stripped.removed)


def inspect_image(data: bytes) -> ImageInfo:
    """Media type and size in pixels of a complete JPEG, PNG or WebP image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if not data:
        raise PhotoError("it is empty")
    raise PhotoError("it is not a JPEG, PNG or WebP image (judged by its content)")


def _size(media: str, width: int, height: int) -> ImageInfo:
    if width <= 0 or height <= 0:
        raise PhotoError(f"it is a broken {media} image (size {width} × {height} pixels)")
    return ImageInfo(f"image/{media.lower()}", width, height)


def _png(data: bytes) -> ImageInfo:
    pos, width, height, seen_data, count = 8, 0, 0, False, 0
    while True:
        count += 1
        if count > MAX_PARTS:
            raise PhotoError(f"it is a PNG image of more than {MAX_PARTS:,} chunks; a photo "
                             "has at most a few thousand")
        if pos + 12 > len(data):
            raise PhotoError("it is a PNG image that is cut short (no end chunk)")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise PhotoError("it is a PNG image that is cut short")
        body = data[pos + 8:end - 4]
        (crc,) = struct.unpack(">I", data[end - 4:end])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise PhotoError(f"it is a damaged PNG image (checksum of chunk {kind!r})")
        if pos == 8:
            if kind != b"IHDR" or length != 13:
                raise PhotoError("it is a damaged PNG image (no header chunk)")
            width, height = struct.unpack(">II", body[:8])
        seen_data = seen_data or kind == b"IDAT"
        pos = end
        if kind == b"IEND":
            break
    if not seen_data:
        raise PhotoError("it is a PNG image without picture data")
    return _size("PNG", width, height)


_NOT_FILL = re.compile(rb"[^\xff]")
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes) -> ImageInfo:
    pos, width, height, count = 2, 0, 0, 0
    while True:
        count += 1
        if count > MAX_PARTS:
            raise PhotoError(f"it is a JPEG image of more than {MAX_PARTS:,} header "
                             "segments; a photo has at most a few thousand")
        if pos + 1 < len(data) and data[pos] == 0xFF and data[pos + 1] == 0xFF:
            found = _NOT_FILL.search(data, pos)  # fill bytes: a run of 0xFF
            pos = (found.start() if found is not None else len(data)) - 1
        if pos + 4 > len(data) or data[pos] != 0xFF:
            raise PhotoError("it is a damaged or cut-short JPEG image")
        marker = data[pos + 1]
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise PhotoError("it is a JPEG image that is cut short")
        if marker in _SOF:
            if length < 7:
                raise PhotoError("it is a damaged JPEG image (frame header)")
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
        pos += 2 + length
        if marker == 0xDA:  # start of scan: entropy-coded data up to the end marker
            break
    if not width or data.rfind(b"\xff\xd9", pos) < 0:
        raise PhotoError("it is a JPEG image that is cut short (no end marker)")
    return _size("JPEG", width, height)


def _webp(data: bytes) -> ImageInfo:
    (riff_size,) = struct.unpack("<I", data[4:8])
    if riff_size + 8 > len(data) or len(data) < 30:
        raise PhotoError("it is a WebP image that is cut short")
    kind = data[12:16]
    body = data[20:]
    if kind == b"VP8 " and body[3:6] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", body[6:10])
        return _size("WebP", width & 0x3FFF, height & 0x3FFF)
    if kind == b"VP8L" and body[:1] == b"\x2f":
        bits = int.from_bytes(body[1:5], "little")
        return _size("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if kind == b"VP8X":
        width = int.from_bytes(body[4:7], "little") + 1
        height = int.from_bytes(body[7:10], "little") + 1
        return _size("WebP", width, height)
    raise PhotoError("it is a damaged WebP image (unknown first chunk)")
