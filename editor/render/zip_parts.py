"""Writing .docx packages from parts compressed once: a small ZIP writer.

A DOCX export rewrites only a few parts of its template (the document, the parts holding
Jinja tags, and the relationships when a photo or link is added); styles, fonts, themes
and settings stay as they are. Those are deflated once per template and copied into
every document as they are, instead of being compressed and checksummed again for each.
The archive written is an ordinary ZIP file (no ZIP64: parts of a template and of a
release stay far below 4 GB), as :mod:`zipfile` writes it with ``compresslevel=1``.
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

STORED = 0
DEFLATED = 8
_UTF8_NAME = 0x0800
_LIMIT = 0xFFFFFFFF


@dataclass(frozen=True)
class PackedPart:
    """One member of a ZIP file, already compressed: written as it is."""

    name: bytes
    flags: int
    method: int
    crc: int
    size: int
    data: bytes


def pack(name: str, data: bytes, *, compress: bool = True) -> PackedPart:
    """``data`` as the member ``name``: deflated at level 1, or stored (pictures)."""
    try:
        encoded, flags = name.encode("ascii"), 0
    except UnicodeEncodeError:
        encoded, flags = name.encode("utf-8"), _UTF8_NAME
    if compress:
        deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
        packed, method = deflate.compress(data) + deflate.flush(), DEFLATED
    else:
        packed, method = data, STORED
    if len(data) > _LIMIT or len(packed) > _LIMIT:
        raise ValueError(f"the part {name} is too large for a document")
    return PackedPart(encoded, flags, method, zlib.crc32(data), len(data), packed)


def _dos_stamp(when: float) -> tuple[int, int]:
    t = time.localtime(when)
    year = max(1980, min(t.tm_year, 2107))
    return (t.tm_hour << 11 | t.tm_min << 5 | t.tm_sec // 2,
            (year - 1980) << 9 | t.tm_mon << 5 | t.tm_mday)


def write_zip(parts: Iterable[PackedPart], when: float | None = None) -> bytes:
    """The bytes of a ZIP file holding ``parts`` in this order, dated ``when`` (now)."""
    dos_time, dos_date = _dos_stamp(time.time() if when is None else when)
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for part in parts:
        header = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, part.flags, part.method, dos_time, dos_date,
            part.crc, len(part.data), part.size, len(part.name), 0)
        central.append(struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, part.flags, part.method,
            dos_time, dos_date, part.crc, len(part.data), part.size, len(part.name), 0, 0,
            0, 0, 0o600 << 16, offset) + part.name)
        chunks += (header, part.name, part.data)
        offset += len(header) + len(part.name) + len(part.data)
        count += 1
    if offset > _LIMIT or count > 0xFFFF:
        raise ValueError("the document is too large for a ZIP file without ZIP64")
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    return b"".join([*chunks, directory, end])
