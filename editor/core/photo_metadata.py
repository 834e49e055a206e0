"""Removing what a photo says about where, when and with what it was taken.

A camera or phone writes the place (GPS), the time, the camera's serial number, the
owner's name, a thumbnail (which can show the picture before it was cropped) and the
editing history into a photo file. None of it belongs in a release a journalist receives,
so the archive keeps photos without it: the metadata segments and chunks are cut out of
the bytes, the picture data itself is copied unchanged (no decoding, no recompression).

Kept: the colour profile (ICC), which changes how the picture looks, the JFIF and Adobe
segments of a JPEG, which say how to decode it, and the orientation, rewritten as an EXIF
block of its own that holds nothing else, so a portrait photo stays upright.

Pure Python, no image library; the input has passed :func:`editor.core.images.inspect_image`.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from editor.core.images import MAX_PARTS, PhotoError

LOCATION = "location"
"""The label of removed GPS data: the one the user is told about by name."""

_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_ORIENTATION = 0x0112
_GPS_IFD = 0x8825


@dataclass(frozen=True)
class Stripped:
    """Photo bytes without metadata, and labels of what was removed (empty: nothing)."""

    data: bytes
    removed: tuple[str, ...]

    @property
    def had_location(self) -> bool:
        return LOCATION in self.removed


def strip_metadata(data: bytes) -> Stripped:
    """``data`` (a checked JPEG, PNG or WebP image) without its metadata; unchanged bytes
    (the same object) when there was none."""
    removed: list[str] = []
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        out = _png(data, removed)
    elif data.startswith(b"\xff\xd8\xff"):
        out = _jpeg(data, removed)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        out = _webp(data, removed)
    else:
        raise PhotoError("it is not a JPEG, PNG or WebP image (judged by its content)")
    labels = tuple(dict.fromkeys(removed))
    return Stripped(data if not labels else out, labels)


def describe(removed: tuple[str, ...]) -> str:
    """What was removed, in a short English phrase naming location data first (for the
    command line): "location data (GPS) and other metadata (EXIF …, XMP)"."""
    others = ", ".join(label for label in removed if label != LOCATION)
    if LOCATION in removed:
        return f"location data (GPS) and other metadata ({others})" if others \
            else "location data (GPS)"
    return f"metadata ({others})"


# --- EXIF (a TIFF structure) ---------------------------------------------------------

def _exif_facts(tiff: bytes) -> tuple[int, bool]:
    """The orientation (1 when unknown) and whether a GPS directory is present."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return 1, False
    order = "<" if tiff[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", tiff[4:8])
    if offset + 2 > len(tiff):
        return 1, False
    (count,) = struct.unpack(order + "H", tiff[offset:offset + 2])
    orientation, gps = 1, False
    for index in range(min(count, 1000)):
        entry = offset + 2 + 12 * index
        if entry + 12 > len(tiff):
            break
        tag, kind = struct.unpack(order + "HH", tiff[entry:entry + 4])
        if tag == _ORIENTATION and kind == 3:
            (value,) = struct.unpack(order + "H", tiff[entry + 8:entry + 10])
            orientation = value if 1 <= value <= 8 else 1
        elif tag == _GPS_IFD:
            gps = True
    return orientation, gps


def _orientation_only(orientation: int) -> bytes:
    """A TIFF structure whose one entry is the orientation."""
    return (b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1)
            + struct.pack("<HHIHH", _ORIENTATION, 3, 1, orientation, 0)
            + struct.pack("<I", 0))


def _exif_removed(tiff: bytes, removed: list[str]) -> bytes | None:
    """The replacement of an EXIF block: only the orientation, or ``None``."""
    orientation, gps = _exif_facts(tiff)
    if gps:
        removed.append(LOCATION)
    removed.append("EXIF (camera, time, thumbnail)")
    return _orientation_only(orientation) if orientation != 1 else None


# --- JPEG ----------------------------------------------------------------------------

_MARKER_IN_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_APP14_ADOBE = b"Adobe"


_KEPT_APP = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: _APP14_ADOBE}
"""The application segments kept, by the name they start with: how to decode the picture
(JFIF, Adobe's colour transform) and its colour profile."""
_DROPPED = {0xED: "IPTC (names, places, captions)", 0xFE: "comment"}


def _jpeg(data: bytes, removed: list[str]) -> bytes:
    """Segments are walked up to the end of the image; runs of kept bytes are copied as
    they are, dropped segments cut out (a file of millions of tiny segments is walked in
    seconds, each label noted once)."""
    out: list[bytes] = []
    labels: dict[str, None] = {}
    pos, kept, end = 2, 0, len(data)
    seen_exif = False
    length_at = struct.Struct(">H").unpack_from

    def drop(stop: int, label: str, replacement: bytes = b"") -> None:
        if kept < pos:
            out.append(data[kept:pos])
        if replacement:
            out.append(replacement)
        labels[label] = None

    for _count in range(MAX_PARTS):
        while pos + 1 < end and data[pos] == 0xFF and data[pos + 1] == 0xFF:
            pos += 1  # fill bytes
        if pos + 2 > end or data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xD9:  # end of image: whatever follows is not part of it
            out.append(data[kept:pos + 2])
            if data[pos + 2:].strip(b"\x00"):
                labels["data after the picture"] = None
            removed.extend(labels)
            return b"".join(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if pos + 4 > end:
            break
        (length,) = length_at(data, pos + 2)
        stop = pos + 2 + length
        if length < 2 or stop > end:
            break
        if marker in _DROPPED:
            drop(stop, _DROPPED[marker])
            kept = stop
        elif marker == 0xE1:
            replacement = b""
            if data.startswith(_EXIF_HEADER, pos + 4) and not seen_exif:
                seen_exif = True
                tiff = _exif_removed(data[pos + 4 + len(_EXIF_HEADER):stop], removed)
                if tiff is not None:
                    block = _EXIF_HEADER + tiff
                    replacement = b"\xff\xe1" + struct.pack(">H", len(block) + 2) + block
                label = "EXIF (camera, time, thumbnail)"
            elif data.startswith(_EXIF_HEADER, pos + 4):
                label = "EXIF (camera, time, thumbnail)"
            elif data.startswith(_XMP_HEADER, pos + 4) or b"adobe:ns:meta" in \
                    data[pos + 4:min(stop, pos + 204)]:
                label = _xmp_label(data[pos + 4:stop])
            else:
                label = "other metadata"
            drop(stop, label, replacement)
            kept = stop
        elif 0xE0 <= marker <= 0xEF and not (
                marker in _KEPT_APP and data.startswith(_KEPT_APP[marker], pos + 4)):
            drop(stop, "other metadata")
            kept = stop
        pos = stop
        if marker == 0xDA:  # start of scan: the entropy-coded data runs up to a marker
            found = _MARKER_IN_SCAN.search(data, pos)
            if found is None:
                break
            pos = found.start()
    else:
        raise PhotoError(f"it is a JPEG image of more than {MAX_PARTS:,} segments; a photo "
                         "has at most a few thousand")
    # A structure that breaks off: the bytes up to the last end marker stay as they are
    # (the check that let the photo in found one); what follows it goes.
    last = data.rfind(b"\xff\xd9", pos)
    if last < 0:
        raise PhotoError("it is a JPEG image that is cut short (no end marker)")
    out.append(data[kept:last + 2])
    if data[last + 2:].strip(b"\x00"):
        labels["data after the picture"] = None
    removed.extend(labels)
    return b"".join(out)


def _xmp_label(body: bytes) -> str:
    """XMP can hold GPS coordinates as well (``exif:GPSLatitude``)."""
    return LOCATION if b"GPSLatitude" in body or b"GPSLongitude" in body else "XMP"


# --- PNG -----------------------------------------------------------------------------

_PNG_TEXT = {b"tEXt": "text notes", b"iTXt": "text notes", b"zTXt": "text notes",
             b"tIME": "time stamp"}


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def _png(data: bytes, removed: list[str]) -> bytes:
    out = [data[:8]]
    pos, kept = 8, 8
    labels: dict[str, None] = {}  # a file of a million text chunks: one label each kind
    unpack, size = struct.Struct(">I4s").unpack_from, len(data)
    while pos + 12 <= size:
        length, kind = unpack(data, pos)
        end = pos + 12 + length
        if kind == b"eXIf" or kind in _PNG_TEXT:
            out.append(data[kept:pos])
            kept = end
            if kind == b"eXIf":
                tiff = _exif_removed(data[pos + 8:end - 4], removed)
                if tiff is not None:
                    out.append(_png_chunk(b"eXIf", tiff))
            elif kind == b"iTXt" and data.startswith(b"XML:com.adobe.xmp\x00", pos + 8):
                labels[_xmp_label(data[pos + 8:min(end - 4, pos + 8 + 65536)])] = None
            else:
                labels[_PNG_TEXT[kind]] = None
        pos = end
        if kind == b"IEND":
            break
    out.append(data[kept:pos])
    removed.extend(labels)
    if data[pos:].strip(b"\x00"):
        removed.append("data after the picture")
    return b"".join(out)


# --- WebP ----------------------------------------------------------------------------

_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _webp(data: bytes, removed: list[str]) -> bytes:
    (riff_size,) = struct.unpack("<I", data[4:8])
    stop = min(len(data), riff_size + 8)
    chunks: list[bytes] = []
    pos, exif_kept = 12, False
    while pos + 8 <= stop:
        kind = data[pos:pos + 4]
        (length,) = struct.unpack("<I", data[pos + 4:pos + 8])
        end = min(stop, pos + 8 + length + (length & 1))
        body = data[pos + 8:pos + 8 + length]
        if kind == b"EXIF":
            tiff = body[len(_EXIF_HEADER):] if body.startswith(_EXIF_HEADER) else body
            replaced = _exif_removed(tiff, removed) if not exif_kept else None
            if exif_kept:
                removed.append("EXIF (camera, time, thumbnail)")
            if replaced is not None:
                exif_kept = True
                chunks.append(b"EXIF" + struct.pack("<I", len(replaced)) + replaced)
        elif kind == b"XMP ":
            removed.append(_xmp_label(body))
        else:
            chunks.append(data[pos:end])
        pos = end
    if data[stop:].strip(b"\x00") or pos < stop:
        removed.append("data after the picture")
    if chunks and chunks[0][:4] == b"VP8X" and len(chunks[0]) >= 12:
        flags = chunks[0][8] & ~(_VP8X_XMP | (0 if exif_kept else _VP8X_EXIF))
        chunks[0] = chunks[0][:8] + bytes([flags]) + chunks[0][9:]
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
