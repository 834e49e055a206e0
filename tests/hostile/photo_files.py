"""Photo files as cameras and phones write them, crafted byte by byte: with the place
they were taken (GPS), the camera's serial number, the owner's name, XMP and IPTC
blocks, a comment, text chunks (one a compressed ZIP bomb) and data after the picture."""

from __future__ import annotations

import struct
import zlib

from editor.io.samples import sample_paths

SERIAL = b"SERIAL-4711-CANARY"
OWNER = b"Erika Mustermann CANARY"
PLACE = b"Potsdam Luisenplatz CANARY"
ICC = b"ICC-PROFILE-KEEP-ME"
SECRETS = (SERIAL, OWNER, PLACE, b"GPS", b"http://ns.adobe.com/xap", b"Photoshop 3.0",
           b"TRAILER-CANARY", b"2026:12:03")


def sample_jpeg() -> bytes:
    return (sample_paths()[0].parent / "2021-03-15-smart-country.jpg").read_bytes()


def tiff(orientation: int = 6, *, gps: bool = True, big_endian: bool = False) -> bytes:
    """An EXIF TIFF structure: make, serial, owner, date, orientation, a GPS directory."""
    order = ">" if big_endian else "<"
    ifd0: list[tuple[int, int, bytes]] = [
        (0x010F, 2, b"Canon\x00"), (0x0112, 3, struct.pack(order + "H", orientation)),
        (0x0132, 2, b"2026:12:03 10:00:00\x00"), (0x013B, 2, OWNER + b"\x00"),
        (0xA431, 2, SERIAL + b"\x00")]
    gps_ifd: list[tuple[int, int, bytes]] = [
        (0x0001, 2, b"N\x00"), (0x0002, 5, struct.pack(order + "6I", 52, 1, 23, 1, 0, 1)),
        (0x001B, 7, b"ASCII\x00\x00\x00" + PLACE)]
    if gps:
        ifd0.append((0x8825, 4, b"\x00\x00\x00\x00"))  # patched below
    head = (b"MM\x00*" if big_endian else b"II*\x00") + struct.pack(order + "I", 8)

    def directory(entries: list[tuple[int, int, bytes]], start: int,
                  gps_at: int | None = None) -> bytes:
        table, extra = b"", b""
        data_at = start + 2 + 12 * len(entries) + 4
        for tag, kind, value in entries:
            size = {2: 1, 3: 2, 4: 4, 5: 8, 7: 1}[kind]
            count = len(value) // size
            if tag == 0x8825 and gps_at is not None:
                value = struct.pack(order + "I", gps_at)
            if len(value) <= 4:
                field = value.ljust(4, b"\x00")
            else:
                field = struct.pack(order + "I", data_at + len(extra))
                extra += value + (b"\x00" if len(value) % 2 else b"")
            table += struct.pack(order + "HHI", tag, kind, count) + field
        return struct.pack(order + "H", len(entries)) + table + b"\x00" * 4 + extra

    first = directory(ifd0, 8, gps_at=0)
    gps_at = 8 + len(first)
    first = directory(ifd0, 8, gps_at=gps_at)
    return head + first + (directory(gps_ifd, gps_at) if gps else b"")


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


XMP = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>"
       b"<rdf:Description exif:GPSLatitude='52,23.9N' exif:GPSLongitude='13,3.5E' "
       b"dc:creator='" + OWNER + b"'/></rdf:RDF></x:xmpmeta>")


def gps_jpeg(orientation: int = 6) -> bytes:
    """The sample photo as a phone would send it."""
    plain = sample_jpeg()
    assert plain[2:4] == b"\xff\xe0"
    app0_end = 4 + struct.unpack(">H", plain[4:6])[0]
    return (plain[:app0_end]
            + _segment(0xE1, b"Exif\x00\x00" + tiff(orientation))
            + _segment(0xE1, XMP)
            + _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + ICC)
            + _segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x10"
                       + PLACE[:16])
            + _segment(0xFE, b"taken by " + OWNER)
            + plain[app0_end:] + b"TRAILER-CANARY" + XMP)


def expected_clean_jpeg(orientation: int = 6) -> bytes:
    """What :func:`gps_jpeg` must become: the sample with only the orientation and the
    colour profile added, every other byte as the sample has it."""
    plain = sample_jpeg()
    app0_end = 4 + struct.unpack(">H", plain[4:6])[0]
    return (plain[:app0_end] + orientation_segment(orientation)
            + _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + ICC) + plain[app0_end:])


def orientation_segment(orientation: int) -> bytes:
    """The EXIF segment that holds the orientation alone (none for upright, 1)."""
    if orientation == 1:
        return b""
    return _segment(0xE1, b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00"
                    b"\x01\x00\x00\x00" + struct.pack("<H", orientation)
                    + b"\x00\x00\x00\x00\x00\x00")


def with_segment(marker: int, body: bytes) -> bytes:
    """The sample photo with one more segment after its JFIF header."""
    plain = sample_jpeg()
    app0_end = 4 + struct.unpack(">H", plain[4:6])[0]
    return plain[:app0_end] + _segment(marker, body) + plain[app0_end:]


def chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    block = b"\x00" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


def png_with_text(*, bomb_mb: int = 256) -> bytes:
    """A 2 × 1 pixel PNG with a colour profile, EXIF with GPS, tEXt, iTXt (XMP), a tIME
    and a zTXt chunk that unpacks to ``bomb_mb`` MB."""
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"iCCP", b"sRGB\x00\x00" + zlib.compress(ICC))
            + chunk(b"eXIf", tiff(3, big_endian=True))
            + chunk(b"tEXt", b"Author\x00" + OWNER)
            + chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP[29:])
            + chunk(b"tIME", struct.pack(">HBBBBB", 2026, 12, 3, 10, 0, 0))
            + chunk(b"zTXt", b"Comment\x00\x00" + _bomb(bomb_mb << 20))
            + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b"")
            + b"TRAILER-CANARY")


VP8L_1X1 = b"\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
"""The picture data of a 1 × 1 lossless WebP."""


def _riff(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def webp_with_exif(orientation: int = 8) -> bytes:
    """A 1 × 1 WebP (extended format) with a colour profile, EXIF with GPS and XMP."""
    flags = 0x20 | 0x08 | 0x04  # ICC, EXIF, XMP
    vp8x = bytes([flags, 0, 0, 0]) + (0).to_bytes(3, "little") + (0).to_bytes(3, "little")
    body = (b"WEBP" + _riff(b"VP8X", vp8x) + _riff(b"ICCP", ICC) + _riff(b"VP8L", VP8L_1X1)
            + _riff(b"EXIF", b"Exif\x00\x00" + tiff(orientation)) + _riff(b"XMP ", XMP[29:]))
    return b"RIFF" + struct.pack("<I", len(body)) + body
