"""Prepared DOCX templates kept in the user's cache folder between runs.

Reading a DOCX template means unpacking every part, checking it, finding its styles and
compressing the parts an export copies unchanged: most of a one-document export. The
result is data only (compressed parts, the styles' names, the tags' text), so it is kept
in a file named after the SHA-256 of the template file's bytes and of the code that
prepares it: a changed template, or a new version of the preparing code, has another name
and is prepared again; nothing in the file is ever run. A file that cannot be read whole
and unchanged (its own checksum) is ignored and written anew; files are written under a
temporary name and renamed, so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.core.digest import sha256
from editor.render.zip_parts import PackedPart

FORMAT = b"PSDOCX01"
"""The first bytes of a cache file; changed with the layout of the file."""
FOLDER = "docx-templates"
KEEP = 64
"""Prepared templates kept; the oldest beyond this are removed when one is added."""
_SOURCES = ("docx.py", "docx_cache.py", "docx_package.py", "zip_parts.py",
            "template_files.py", "template_images.py", "../core/photo_metadata.py",
            "../core/images.py")
"""The modules whose code shapes what is cached: part of every file's key."""
_CODE_DIGEST: bytes | None = None


@dataclass(frozen=True)
class Prepared:
    """What a DOCX export needs of its template, ready to use."""

    packed: tuple[PackedPart, ...]
    """Every part as the template orders them, compressed."""
    sources: dict[str, str]
    """The parts holding Jinja tags, prepared for Jinja (see ``docx.prepare_part``)."""
    styles: dict[tuple[str, str], str]
    text_width: int


def _code_digest() -> bytes:
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        digest = sha256(FORMAT)
        digest.update(repr(sys.version_info[:2]).encode())
        here = Path(__file__).resolve().parent
        for name in _SOURCES:
            try:
                digest.update((here / name).read_bytes())
            except OSError:  # no source beside the bytecode: never reuse an entry
                digest.update(os.urandom(16))
        _CODE_DIGEST = digest.digest()
    return _CODE_DIGEST


def key(template_bytes: bytes) -> str:
    """The name of the cache entry of a template file with these bytes."""
    digest = sha256(_code_digest(), size=len(template_bytes))
    digest.update(template_bytes)
    return digest.hexdigest()


def _folder() -> Path:
    from editor.core import paths

    return paths.cache_dir() / FOLDER


def encode(entry_key: str, prepared: Prepared) -> bytes:
    """The bytes of a cache file holding ``prepared``."""
    blob: list[bytes] = []
    offset = 0
    parts = []
    for part in prepared.packed:
        parts.append([part.name.decode("utf-8"), part.flags, part.method, part.crc,
                      part.size, offset, len(part.data)])
        blob.append(part.data)
        offset += len(part.data)
    header = json.dumps({
        "key": entry_key,
        "parts": parts,
        "sources": prepared.sources,
        "styles": [[kind, name, sid] for (kind, name), sid in prepared.styles.items()],
        "text_width": prepared.text_width,
    }, ensure_ascii=False).encode("utf-8")
    body = FORMAT + struct.pack("<I", len(header)) + header + b"".join(blob)
    return body + struct.pack("<I", zlib.crc32(body))


def decode(entry_key: str, data: bytes) -> Prepared | None:
    """``Prepared`` from the bytes of a cache file; ``None`` when they are not whole,
    not of this format or not of this key."""
    try:
        if len(data) < len(FORMAT) + 8 or not data.startswith(FORMAT):
            return None
        body, (crc,) = data[:-4], struct.unpack("<I", data[-4:])
        if zlib.crc32(body) != crc:
            return None
        start = len(FORMAT) + 4
        (size,) = struct.unpack("<I", body[len(FORMAT):start])
        header: Any = json.loads(body[start:start + size].decode("utf-8"))
        blob = memoryview(body)[start + size:]
        if not isinstance(header, dict) or header.get("key") != entry_key:
            return None
        packed = []
        for name, flags, method, part_crc, part_size, offset, length in header["parts"]:
            if not (isinstance(name, str) and isinstance(offset, int)
                    and isinstance(length, int) and offset >= 0 and length >= 0
                    and offset + length <= len(blob)):
                return None
            packed.append(PackedPart(name.encode("utf-8"), int(flags), int(method),
                                     int(part_crc), int(part_size),
                                     bytes(blob[offset:offset + length])))
        sources = header["sources"]
        styles = {(str(kind), str(name)): str(sid) for kind, name, sid in header["styles"]}
        width = header["text_width"]
        if not (isinstance(sources, dict) and isinstance(width, int)
                and all(isinstance(k, str) and isinstance(v, str)
                        for k, v in sources.items())):
            return None
        return Prepared(tuple(packed), sources, styles, width)
    except (ValueError, TypeError, KeyError, struct.error, UnicodeDecodeError):
        return None


def load(entry_key: str) -> Prepared | None:
    """The prepared template of this key from the cache folder, if one is there whole."""
    try:
        data = (_folder() / entry_key).read_bytes()
    except (OSError, ValueError):
        return None
    return decode(entry_key, data)


def store(entry_key: str, prepared: Prepared) -> None:
    """Keep ``prepared`` for the next run; a cache folder that cannot be written is no
    error (the template is prepared again next time)."""
    try:
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{entry_key}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                     0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(encode(entry_key, prepared))
            os.replace(temp, folder / entry_key)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _prune(folder)
    except (OSError, ValueError):
        return


def _prune(folder: Path) -> None:
    """The oldest entries removed beyond :data:`KEEP` (and temporary files of writers
    that ended long ago)."""
    entries = []
    with os.scandir(folder) as found:
        for entry in found:
            try:
                entries.append((entry.stat().st_mtime, entry.path, entry.name))
            except OSError:
                continue
    if len(entries) <= KEEP:
        return
    entries.sort()
    for _mtime, path, _name in entries[:len(entries) - KEEP]:
        with contextlib.suppress(OSError):
            os.unlink(path)
