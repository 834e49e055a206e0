"""Removing what a photo says about where, when and with what it was taken.

A camera or phone writes the place (GPS), the time, the camera's serial number, the
owner's name, a thumbnail (which can show the picture before it was cropped) and the
editing history into a photo file. None of it belongs in a release a journalist receives,
so the archive keeps photos without it: the metadata segments and chunks are cut out of
the bytes, the picture data itself is copied unchanged (no decoding, no recompression).

Kept, and only this: what a decoder needs (a JPEG's frame, tables and scans, a PNG's
picture, palette, transparency and colour chunks, a WebP's picture, animation and alpha
chunks), the colour profile (ICC), which changes how the picture looks, the JFIF and Adobe
segments of a JPEG, which say how to decode it (cut to their fixed size: no JFIF thumbnail),
and the orientation, rewritten as an EXIF block of its own that holds nothing else, so a
portrait photo stays upright. Every other segment or chunk goes, known or not: a program's
private chunk can hold anything; so do the bytes a JPEG segment holds after what a decoder
reads of it, a PNG chunk's beyond its fields, and the name of a PNG's colour profile.
Nothing after the end of the picture is kept; of a WebP still picture, nothing after its
first picture chunk (a second one, which no viewer shows, may be the uncropped original).

The bytes may be hostile: a segment whose length runs past the end, runs of fill bytes,
segments between or inside scans, millions of tiny segments. A structure that breaks off
after the picture data ends the picture there (what a decoder shows, with an end marker);
one that breaks off before it is refused with :class:`PhotoError`, as is a file of more
than :data:`editor.core.images.MAX_PARTS` parts. Cleaning cleaned bytes changes nothing.

Pure Python, no image library; the input has passed :func:`editor.core.images.inspect_image`.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from editor.core.images import MAX_PARTS, PhotoError

CLEANING = 3
"""The version of the cleaning: one up whenever it removes more than before, so that
copies an older one cleaned are cleaned again (see :mod:`editor.store.photo_rows`)."""

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


def _exif_replacement(tiff: bytes, removed: list[str]) -> tuple[bytes, str]:
    """What replaces an EXIF structure: the orientation alone (empty for upright), and
    the label of what went. A structure that holds the orientation alone already is
    its own replacement, so cleaning cleaned bytes changes nothing."""
    orientation, gps = _exif_facts(tiff)
    if gps:
        removed.append(LOCATION)
    return (_orientation_only(orientation) if orientation != 1 else b"",
            "EXIF (camera, time, thumbnail)")


def _exif_segment(tiff: bytes, removed: list[str]) -> tuple[bytes, str]:
    """The JPEG segment replacing an EXIF block (empty: none), and the label."""
    replacement, label = _exif_replacement(tiff, removed)
    if not replacement:
        return b"", label
    block = _EXIF_HEADER + replacement
    return b"\xff\xe1" + struct.pack(">H", len(block) + 2) + block, label


def _exif_chunk(tiff: bytes, removed: list[str]) -> tuple[bytes, str]:
    """The PNG chunk replacing an ``eXIf`` chunk (empty: none), and the label."""
    replacement, label = _exif_replacement(tiff, removed)
    return (_png_chunk(b"eXIf", replacement) if replacement else b""), label


# --- JPEG ----------------------------------------------------------------------------

_MARKER_IN_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_NOT_FILL = re.compile(rb"[^\xff]")
_APP14_ADOBE = b"Adobe"
_JFIF = b"JFIF\x00"
_JFIF_BODY = 14
"""A JFIF header without its thumbnail: name, version, units, densities, thumbnail size."""
_ADOBE_BODY = 12
"""Adobe's segment: name, version, two flag words, the colour transform."""

_KEPT_APP = {0xE0: _JFIF, 0xE2: b"ICC_PROFILE\x00", 0xEE: _APP14_ADOBE}
"""The application segments kept, by the name they start with: how to decode the picture
(JFIF, Adobe's colour transform) and its colour profile."""
_DECODING = frozenset({*range(0xC0, 0xD0), 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF} - {0xC8})
"""The segments that say how to decode the picture (frame, tables, scans, restart
interval): kept. Every other segment is cut out (application data, comments, the
reserved and extension markers no decoder reads)."""
_DROPPED = {0xED: "IPTC (names, places, captions)", 0xFE: "comment"}
_TAIL = "data after the picture"


class _Broken(Exception):
    """The structure breaks off here (the message says how)."""


def _jpeg(data: bytes, removed: list[str]) -> bytes:
    """Segments are walked up to the end of the image; runs of kept bytes are copied as
    they are, dropped segments cut out (a file of millions of tiny segments is walked in
    seconds, each label noted once). Whatever follows the end marker goes. A structure
    that breaks off after picture data (a segment running past the end of the file, bytes
    where a marker belongs) ends the picture there: what a decoder shows is kept, with an
    end marker; one that breaks off before the picture data is refused."""
    out: list[bytes] = []
    labels: dict[str, None] = {}
    pos, kept, end = 2, 0, len(data)
    seen_exif = seen_scan = False
    length_at = struct.Struct(">H").unpack_from

    def cut(start: int, label: str, replacement: bytes = b"") -> None:
        if kept < start:
            out.append(data[kept:start])
        if replacement:
            out.append(replacement)
        labels[label] = None

    try:
        for _count in range(MAX_PARTS):
            if pos + 1 < end and data[pos] == 0xFF and data[pos + 1] == 0xFF:
                found = _NOT_FILL.search(data, pos)  # fill bytes: a run of 0xFF
                pos = (found.start() if found is not None else end) - 1
            if pos + 2 > end:
                raise _Broken("it is a JPEG image that is cut short (no end marker)")
            if data[pos] != 0xFF or data[pos + 1] == 0x00:
                raise _Broken("it is a damaged JPEG image (no marker where one belongs)")
            marker = data[pos + 1]
            if marker == 0xD9:  # end of image: whatever follows is not part of it
                if not seen_scan:
                    raise _Broken("it is a damaged JPEG image (it ends before its picture)")
                out.append(data[kept:pos + 2])
                if data[pos + 2:].strip(b"\x00"):
                    labels[_TAIL] = None
                removed.extend(labels)
                return b"".join(out)
            if marker == 0xD8:
                raise _Broken("it is a damaged JPEG image (a second start of image)")
            if 0xD0 <= marker <= 0xD7 or marker == 0x01:
                pos += 2
                continue
            if pos + 4 > end:
                raise _Broken("it is a JPEG image that is cut short")
            (length,) = length_at(data, pos + 2)
            stop = pos + 2 + length
            if length < 2 or stop > end:
                raise _Broken("it is a JPEG image that is cut short (a segment runs past "
                              "the end of the file)")
            body = pos + 4
            if marker in _DROPPED:
                cut(pos, _DROPPED[marker])
                kept = stop
            elif marker == 0xE1:
                replacement = b""
                label = "other metadata"
                if data.startswith(_EXIF_HEADER, body):
                    label = "EXIF (camera, time, thumbnail)"
                    if not seen_exif:
                        seen_exif = True
                        replacement, label = _exif_segment(data[body + 6:stop], removed)
                elif data.startswith(_XMP_HEADER, body) or b"adobe:ns:meta" in \
                        data[body:min(stop, body + 200)]:
                    label = _xmp_label(data[body:stop])
                if replacement != data[pos:stop]:
                    cut(pos, label, replacement)
                    kept = stop
            elif marker in _KEPT_APP and data.startswith(_KEPT_APP[marker], body):
                limit = {0xE0: _JFIF_BODY, 0xEE: _ADOBE_BODY}.get(marker)
                if limit is not None and (length - 2 > limit or (
                        marker == 0xE0 and length - 2 == limit and data[stop - 2:stop]
                        != b"\x00\x00")):
                    header = bytearray(data[body:body + limit])
                    if marker == 0xE0 and len(header) == limit:
                        header[12:14] = b"\x00\x00"  # no thumbnail
                    cut(pos, "thumbnail" if marker == 0xE0 else "other metadata",
                        b"\xff" + bytes([marker]) + struct.pack(">H", len(header) + 2)
                        + bytes(header))
                    kept = stop
            elif marker not in _DECODING:
                cut(pos, "other metadata")
                kept = stop
            else:
                needed = _decoding_end(marker, data, body, stop)
                if body <= needed < stop:  # bytes after what a decoder reads: they go
                    cut(pos, "other metadata", data[pos:pos + 2]
                        + struct.pack(">H", needed - pos - 2) + data[body:needed])
                    kept = stop
            pos = stop
            if marker == 0xDA:  # start of scan: the entropy-coded data runs up to a marker
                seen_scan = True
                found = _MARKER_IN_SCAN.search(data, pos)
                pos = found.start() if found is not None else end
                if found is None:  # the picture data runs to the end: it is all kept
                    raise _Broken("it is a JPEG image that is cut short (no end marker)")
        else:
            raise PhotoError(f"it is a JPEG image of more than {MAX_PARTS:,} segments; a "
                             "photo has at most a few thousand")
    except _Broken as broken:
        if not seen_scan:
            raise PhotoError(str(broken)) from None
    # The structure breaks off after picture data: the picture ends where it did (what a
    # decoder shows), with an end marker; the rest goes.
    if kept < pos:
        out.append(data[kept:pos])
    out.append(b"\xff\xd9")
    labels[_TAIL] = None
    removed.extend(labels)
    return b"".join(out)


_FIXED_BODY = {0xDD: 2, 0xDC: 2, 0xDF: 1}
"""The segments of a fixed size: restart interval, number of lines, expansion."""
_FRAMES = _DECODING - {0xC4, 0xCC, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF}
"""The frame headers (SOF): six bytes, then three for each component."""


def _decoding_end(marker: int, data: bytes, body: int, stop: int) -> int:
    """Where a decoder stops reading the segment whose body runs from ``body`` to
    ``stop`` (``stop`` when unknown or when it reads it all): bytes a segment holds after
    its tables, components or fixed fields are read by nobody and may hide anything."""
    if marker in _FIXED_BODY:
        return body + _FIXED_BODY[marker]
    if marker in _FRAMES:
        return body + 6 + 3 * data[body + 5] if body + 6 <= stop else stop
    if marker == 0xDA:  # start of scan: components, then three bytes
        return body + 1 + 2 * data[body] + 3 if body < stop else stop
    end = body
    if marker == 0xDB:  # quantisation tables: 64 values of one or two bytes each
        while end < stop and data[end] >> 4 <= 1 and data[end] & 0x0F <= 3:
            table = 1 + (128 if data[end] >> 4 else 64)
            if end + table > stop:
                return stop
            end += table
    elif marker == 0xC4:  # Huffman tables: 16 counts, then as many values
        while end + 17 <= stop and data[end] >> 4 <= 1 and data[end] & 0x0F <= 3:
            table = 17 + sum(data[end + 1:end + 17])
            if end + table > stop:
                return stop
            end += table
    return end if end > body else stop


def _xmp_label(body: bytes) -> str:
    """XMP can hold GPS coordinates as well (``exif:GPSLatitude``)."""
    return LOCATION if b"GPSLatitude" in body or b"GPSLongitude" in body else "XMP"


# --- PNG -----------------------------------------------------------------------------

_PNG_TEXT = {b"tEXt": "text notes", b"iTXt": "text notes", b"zTXt": "text notes",
             b"tIME": "time stamp"}
_PNG_KEPT = frozenset({
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT",
    b"sRGB", b"cICP", b"mDCV", b"mDCv", b"cLLI", b"cLLi", b"bKGD", b"hIST", b"pHYs",
    b"acTL", b"fcTL", b"fdAT"})
"""The chunks kept: the picture, how to show it (colours, transparency, pixel size) and
the frames of an animation. Every other ancillary chunk goes (text, time, EXIF beyond the
orientation, and the private chunks of programs, which may hold anything)."""


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


_PNG_SIZES = {b"IEND": 0, b"pHYs": 9, b"gAMA": 4, b"cHRM": 32, b"sRGB": 1, b"cICP": 4,
              b"cLLI": 8, b"cLLi": 8, b"mDCV": 24, b"mDCv": 24, b"acTL": 8, b"fcTL": 26,
              b"bKGD": 6, b"sBIT": 4}
"""The most a decoder reads of these chunks (their size, or their largest for the kind of
picture): bytes after that are read by nobody and may hide anything."""
_ICC_NAME = b"ICC Profile"
"""The name every kept colour profile gets: the name a program gave it is text it chose
(a person's, a place's)."""


def _png_kept_body(kind: bytes, body: bytes) -> bytes | None:
    """The body of a kept chunk without what no decoder reads (None: it is all read)."""
    if kind == b"iCCP":
        name_end = body.find(b"\x00")
        if name_end >= 0 and body[:name_end] != _ICC_NAME:
            return _ICC_NAME + body[name_end:]
        return None
    size = _PNG_SIZES.get(kind)
    return body[:size] if size is not None and len(body) > size else None


def _png(data: bytes, removed: list[str]) -> bytes:
    out = [data[:8]]
    pos, kept = 8, 8
    labels: dict[str, None] = {}  # a file of a million text chunks: one label each kind
    unpack, size = struct.Struct(">I4s").unpack_from, len(data)
    seen_exif = False
    for _count in range(MAX_PARTS):
        if pos + 12 > size:
            raise PhotoError("it is a PNG image that is cut short (no end chunk)")
        length, kind = unpack(data, pos)
        end = pos + 12 + length
        if end > size:
            raise PhotoError("it is a PNG image that is cut short")
        if kind not in _PNG_KEPT:
            if kind[:1].isupper() or not kind.isalpha():
                raise PhotoError(f"it is a PNG image with a part no viewer knows (chunk "
                                 f"{kind!r})")
            replacement = b""
            if kind == b"eXIf" and not seen_exif:  # one only: a second one goes
                seen_exif = True
                replacement, label = _exif_chunk(data[pos + 8:end - 4], removed)
            elif kind == b"eXIf":
                label = "EXIF (camera, time, thumbnail)"
            elif kind == b"iTXt" and data.startswith(b"XML:com.adobe.xmp\x00", pos + 8):
                label = _xmp_label(data[pos + 8:min(end - 4, pos + 8 + 65536)])
            else:
                label = _PNG_TEXT.get(kind, "other metadata")
            if replacement != data[pos:end]:
                out.append(data[kept:pos])
                out.append(replacement)
                kept = end
                labels[label] = None
        else:
            body = _png_kept_body(kind, data[pos + 8:end - 4])
            if body is not None:  # what a decoder reads of it, without the rest
                out.append(data[kept:pos])
                out.append(_png_chunk(kind, body))
                kept = end
                labels["other metadata"] = None
        pos = end
        if kind == b"IEND":
            break
    else:
        raise PhotoError(f"it is a PNG image of more than {MAX_PARTS:,} chunks; a photo "
                         "has at most a few thousand")
    out.append(data[kept:pos])
    if data[pos:].strip(b"\x00"):
        labels[_TAIL] = None
    removed.extend(labels)
    return b"".join(out)


# --- WebP ----------------------------------------------------------------------------

_VP8X_EXIF, _VP8X_XMP, _VP8X_ANIMATION = 0x08, 0x04, 0x02
_PICTURE = frozenset({b"VP8 ", b"VP8L"})
_WEBP_SIZES = {b"VP8X": 10, b"ANIM": 6}
"""The size of these chunks' fields: bytes after them are read by nobody."""


def _riff_chunks(data: bytes, pos: int, stop: int, what: str) -> list[tuple[bytes, int, int]]:
    """``(kind, start, end)`` of the chunks of ``data[pos:stop]``, padding included."""
    found: list[tuple[bytes, int, int]] = []
    while pos < stop:
        if len(found) >= MAX_PARTS:
            raise PhotoError(f"it is a WebP image of more than {MAX_PARTS:,} chunks")
        if pos + 8 > stop:
            raise PhotoError(f"it is a WebP image that is cut short ({what})")
        (length,) = struct.unpack_from("<I", data, pos + 4)
        end = pos + 8 + length
        if end > stop:
            raise PhotoError(f"it is a WebP image that is cut short ({what})")
        end += length & 1
        found.append((data[pos:pos + 4], pos, min(end, stop)))
        pos = end
    return found


def _riff(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def _webp_kept(data: bytes, kind: bytes, pos: int, end: int) -> bytes:
    """A kept chunk as a decoder reads it: its fields without what follows them, the
    padding byte zero, the picture data checked (:func:`_check_vp8`)."""
    (length,) = struct.unpack_from("<I", data, pos + 4)
    body = data[pos + 8:pos + 8 + length]
    size = _WEBP_SIZES.get(kind)
    if size is not None and len(body) < size:
        raise PhotoError(f"it is a damaged WebP image (a {kind.decode().strip()} chunk of "
                         f"{len(body)} bytes)")
    if kind == b"VP8 ":
        _check_vp8(body)
    if size is not None:
        body = body[:size]
    return _riff(kind, body)


def _webp(data: bytes, removed: list[str]) -> bytes:
    """Kept: the header (VP8X), the colour profile and, for a still picture, its
    transparency and the first picture chunk (what a decoder shows: a second picture
    after it is read by nobody and may be the uncropped original); for an animation,
    its settings and frames. Everything else goes."""
    (riff_size,) = struct.unpack("<I", data[4:8])
    stop = riff_size + 8
    if stop > len(data) or riff_size < 4:
        raise PhotoError("it is a WebP image that is cut short")
    found = _riff_chunks(data, 12, stop, "chunk")
    animated = bool(found and found[0][0] == b"VP8X" and found[0][2] - found[0][1] > 8
                    and data[found[0][1] + 8] & _VP8X_ANIMATION)
    chunks: list[bytes] = []
    labels: dict[str, None] = {}
    exif_kept = seen_exif = seen_picture = False
    seen: set[bytes] = set()
    for kind, pos, end in found:
        (length,) = struct.unpack_from("<I", data, pos + 4)
        body = data[pos + 8:pos + 8 + length]
        if kind == b"EXIF":
            tiff = body[len(_EXIF_HEADER):] if body.startswith(_EXIF_HEADER) else body
            if seen_exif:  # one only: a second one goes
                labels["EXIF (camera, time, thumbnail)"] = None
                continue
            seen_exif = True
            replacement, label = _exif_replacement(tiff, removed)
            if replacement:
                exif_kept = True
                chunks.append(_riff(b"EXIF", replacement))
            if replacement != tiff:
                labels[label] = None
        elif kind == b"XMP ":
            labels[_xmp_label(body)] = None
        elif kind == b"ANMF" and animated:
            chunks.append(_frame(data, pos, end, labels))
        elif (kind in (b"VP8X", b"ICCP", b"ANIM") and kind not in seen
              and (kind != b"ANIM" or animated) and (kind != b"VP8X" or not chunks)) or (
                not animated and not seen_picture and (
                    kind in _PICTURE or (kind == b"ALPH" and kind not in seen))):
            seen.add(kind)
            seen_picture = seen_picture or kind in _PICTURE
            chunks.append(_webp_kept(data, kind, pos, end))
        else:
            labels["other metadata"] = None
    if not animated and not seen_picture:
        raise PhotoError("it is a damaged WebP image (no picture data)")
    if data[stop:].strip(b"\x00"):
        labels[_TAIL] = None
    if chunks and chunks[0][:4] == b"VP8X":
        flags = chunks[0][8] & ~(_VP8X_XMP | (0 if exif_kept else _VP8X_EXIF))
        # ten bytes: the flags, three reserved (zero), width and height
        chunks[0] = _riff(b"VP8X", bytes([flags]) + b"\x00\x00\x00" + chunks[0][12:18])
    body = b"WEBP" + b"".join(chunks)
    out = b"RIFF" + struct.pack("<I", len(body)) + body
    if out != data and not labels:
        labels["other metadata"] = None
    removed.extend(labels)
    return out


def _frame(data: bytes, pos: int, end: int, labels: dict[str, None]) -> bytes:
    """A frame of an animation with only its picture chunks: its transparency and one
    picture (a decoder reads no more)."""
    (length,) = struct.unpack_from("<I", data, pos + 4)
    if length < 16:
        raise PhotoError("it is a damaged WebP image (a frame of an animation)")
    inner = _riff_chunks(data, pos + 24, pos + 8 + length, "frame")
    kept: list[bytes] = []
    seen_alpha = seen_picture = False
    for kind, start, stop in inner:
        if seen_picture or not (kind in _PICTURE or (kind == b"ALPH" and not seen_alpha)):
            continue
        seen_alpha = seen_alpha or kind == b"ALPH"
        seen_picture = kind in _PICTURE
        kept.append(_webp_kept(data, kind, start, stop))
    if not seen_picture:
        raise PhotoError("it is a damaged WebP image (a frame without picture data)")
    framed = _riff(b"ANMF", data[pos + 8:pos + 24] + b"".join(kept))
    if framed != data[pos:end]:
        labels["other metadata"] = None
    return framed


class _BoolDecoder:
    """The boolean entropy decoder of a VP8 partition (RFC 6386, section 7)."""

    def __init__(self, data: bytes) -> None:
        self._data, self._pos = data, 2
        self._value = int.from_bytes(data[:2].ljust(2, b"\x00"), "big")
        self._range, self._bits = 255, 0

    def bit(self, probability: int = 128) -> int:
        split = 1 + (((self._range - 1) * probability) >> 8)
        if self._value >= split << 8:
            found, self._range, self._value = 1, self._range - split, \
                self._value - (split << 8)
        else:
            found, self._range = 0, split
        while self._range < 128:
            self._value, self._range = self._value << 1, self._range << 1
            self._bits += 1
            if self._bits == 8:
                self._bits = 0
                if self._pos < len(self._data):
                    self._value |= self._data[self._pos]
                self._pos += 1
        return found

    def number(self, bits: int) -> int:
        value = 0
        for _bit in range(bits):
            value = value << 1 | self.bit()
        return value

    def flagged(self, bits: int, signed: bool = True) -> None:
        """A field that is there when its flag is set (the value is not needed)."""
        if self.bit():
            self.number(bits + signed)


_BROKEN_VP8 = "it is a WebP image whose picture data is broken"


def _check_vp8(body: bytes) -> None:
    """Refuse the data of a ``VP8 `` chunk that is not a whole key frame: the frame tag,
    start code and size, and the partitions the frame header names (their sizes must fit
    in the chunk). The bytes a last partition holds after what a decoder reads cannot be
    found without decoding every coefficient, and stay."""
    if len(body) < 10:
        raise PhotoError(f"{_BROKEN_VP8} (a frame of {len(body)} bytes)")
    tag = int.from_bytes(body[:3], "little")
    if tag & 1 or (tag >> 1) & 7 > 3 or body[3:6] != b"\x9d\x01\x2a":
        raise PhotoError(f"{_BROKEN_VP8} (no key frame at its start)")
    width, height = struct.unpack_from("<HH", body, 6)
    if not width & 0x3FFF or not height & 0x3FFF:
        raise PhotoError(f"{_BROKEN_VP8} (size 0)")
    first = tag >> 5
    if 10 + first > len(body) or first == 0:
        raise PhotoError(f"{_BROKEN_VP8} (its first partition runs past the end)")
    header = _BoolDecoder(body[10:10 + first])
    header.number(2)  # colour space, clamping
    if header.bit():  # segmentation
        update_map, update_data = header.bit(), header.bit()
        if update_data:
            header.bit()
            for _segment in range(4):
                header.flagged(7)
            for _segment in range(4):
                header.flagged(6)
        if update_map:
            for _probability in range(3):
                header.flagged(8, signed=False)
    header.number(1 + 6 + 3)  # filter type, level, sharpness
    if header.bit() and header.bit():  # loop filter deltas, updated
        for _delta in range(8):
            header.flagged(6)
    partitions = 1 << header.number(2)
    sizes_at = 10 + first
    start = sizes_at + 3 * (partitions - 1)
    for index in range(partitions - 1):
        start += int.from_bytes(body[sizes_at + 3 * index:sizes_at + 3 * index + 3], "little")
    if start >= len(body):
        raise PhotoError(f"{_BROKEN_VP8} (its partitions run past the end)")
