"""Reading the files of a template folder, which may come from a stranger.

A template folder is data, not authority: every file of it (``manifest.json``,
``template.docx``, the ``*.j2`` files, the ``_shared`` folder) is read only as a regular
file inside the folder. A link that leads outside, a pipe, a device or a file larger than
its limit is refused with a :class:`TemplateError` naming the file. The file is opened
without following a final link (``O_NOFOLLOW``), without blocking on a pipe
(``O_NONBLOCK``), and the open descriptor is checked again with ``fstat``, so a file
swapped after the check is not read either.

``template.docx`` is a zip archive and is checked before anything in it is used: how many
members, how large they are when unpacked (counted while unpacking, never trusted from
the headers), how well they claim to compress, their names, encryption and compression
method. A zip bomb is refused after reading its directory, without unpacking it.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import stat
import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from editor.render.errors import TemplateError

if TYPE_CHECKING:  # loaded when a template is unpacked: a prepared one needs no zipfile
    import zipfile

ZIP_STORED, ZIP_DEFLATED = 0, 8
"""The compression methods a template may use (as :mod:`zipfile` numbers them)."""
MAX_MANIFEST_BYTES = 64 * 1024
"""The largest ``manifest.json`` (a real one has a few hundred bytes)."""
MAX_SOURCE_BYTES = 2 * 1024 * 1024
"""The largest ``*.j2`` file (the built-in ones have a few kilobytes)."""
MAX_DOCX_BYTES = 50 * 1024 * 1024
"""The largest ``template.docx`` file, logos and fonts included."""
MAX_MEMBERS = 1_000
"""Members of a DOCX template (a Word document has about 15 to 40)."""
MAX_UNPACKED = 50 * 1024 * 1024
"""Bytes all members of a DOCX template may unpack to, counted while unpacking."""
MAX_RATIO = 100
"""How many times larger than its packed size a member may unpack to ..."""
RATIO_FROM = 256 * 1024
"""... once it unpacks to more than this (small parts of repeated XML compress well)."""
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
"""The largest zip directory: a thousand members with long names fit easily."""

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 64 * 1024


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def _inside(path: str, roots: list[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def locate(folder: Path, name: str, roots: list[Path] | None = None) -> str:
    """The real path of ``name`` in ``folder``, refused unless it is a regular file inside.

    ``roots`` are the folders the file may lead into (default: ``folder`` itself).
    Raises :class:`FileNotFoundError` when there is no such file.
    """
    shown = str(folder / name)
    real_roots = [os.path.realpath(r) for r in (roots or [folder])]
    real = os.path.realpath(os.path.join(folder, name))
    if not _inside(real, real_roots):
        raise TemplateError(
            shown, "is a link to a file outside the template folders; a template may only "
            "use files inside them")
    try:
        st = os.lstat(real)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise TemplateError(shown, f"cannot be read: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise TemplateError(shown, f"is {_kind(st.st_mode)}, not a regular file; a template "
                            "may only hold regular files")
    return real


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISLNK(mode):
        return "a link"
    return "a special file"


def stamp(folder: Path, name: str) -> tuple[int, int, int]:
    """(inode, modification time, size) of a template file, checked as :func:`locate` does."""
    st = os.lstat(locate(folder, name))  # the real path: no link left to follow
    return st.st_ino, st.st_mtime_ns, st.st_size


def read_file(folder: Path, name: str, limit: int, roots: list[Path] | None = None) -> bytes:
    """The bytes of the template file ``name`` in ``folder``: a regular file inside, at
    most ``limit`` bytes. Raises :class:`FileNotFoundError` when it does not exist and
    :class:`TemplateError` for anything else that is wrong."""
    shown = str(folder / name)
    real = locate(folder, name, roots)
    try:
        fd = os.open(real, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise TemplateError(shown, f"cannot be read: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise TemplateError(shown, f"is {_kind(st.st_mode)}, not a regular file; a "
                                "template may only hold regular files")
        if st.st_size > limit:
            raise TemplateError(shown, f"is larger than {_megabytes(limit)} "
                                f"({_megabytes(st.st_size)}); a template file of this "
                                "kind is never that large")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise TemplateError(shown, f"is larger than {_megabytes(limit)}; a "
                                    "template file of this kind is never that large")
        return b"".join(chunks)
    except OSError as exc:
        raise TemplateError(shown, f"cannot be read: {exc.strerror}") from None
    finally:
        os.close(fd)


def read_text(folder: Path, name: str, limit: int, roots: list[Path] | None = None) -> str:
    """:func:`read_file` decoded as UTF-8 (a BOM is dropped)."""
    data = read_file(folder, name, limit, roots)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(str(folder / name), f"is not UTF-8 text (byte {exc.start + 1})") \
            from None


def _directory_size(data: bytes, where: str) -> tuple[int, int]:
    """(members, bytes) of the zip directory, read from the end record before zipfile
    builds an entry for every member."""
    tail = data[-(22 + 65535):]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise TemplateError(where, "not a readable .docx file (no zip directory at its end)")
    members, size = struct.unpack("<10xHL6x", tail[at:at + 22])
    if members == 0xFFFF or size == 0xFFFFFFFF:
        locator = tail[at - 20:at] if at >= 20 else b""
        if locator[:4] != b"PK\x06\x07":
            raise TemplateError(where, "not a readable .docx file (broken ZIP64 directory)")
        (offset,) = struct.unpack("<8xQ4x", locator)
        record = data[offset:offset + 56]
        if record[:4] != b"PK\x06\x06" or len(record) < 56:
            raise TemplateError(where, "not a readable .docx file (broken ZIP64 directory)")
        members, size = struct.unpack("<32xQQ8x", record)
    return members, size


def _check_name(name: str, seen: set[str], where: str) -> None:
    parts = name.split("/")
    if (not name or name.startswith("/") or "\\" in name or _DRIVE.match(name)
            or ".." in parts or "\x00" in name):
        raise TemplateError(where, f"has a member named {name!r}, which points outside the "
                            "document (absolute, with '..', a backslash or a drive)")
    folded = name.casefold()
    if folded in seen:
        raise TemplateError(where, f"has two members named {name!r}; Word and LibreOffice "
                            "would each read a different one")
    seen.add(folded)


def _check_member(info: zipfile.ZipInfo, packed_size: int, where: str) -> None:
    if info.flag_bits & 0x41:
        raise TemplateError(where, f"has an encrypted member ({info.filename}); save the "
                            "template without a password")
    if info.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
        raise TemplateError(where, f"packs {info.filename} with compression method "
                            f"{info.compress_type}; only stored and deflate are allowed "
                            "(save the template again in Word or LibreOffice)")
    if info.compress_size > packed_size or info.header_offset > packed_size:
        raise TemplateError(where, f"not a readable .docx file ({info.filename} lies beyond "
                            "the end of the file)")
    _check_ratio(info.filename, info.file_size, info.compress_size, where)


def _check_ratio(name: str, unpacked: int, packed: int, where: str) -> None:
    if unpacked > RATIO_FROM and unpacked > MAX_RATIO * max(packed, 1):
        raise TemplateError(where, f"has a member ({name}) that unpacks to more than "
                            f"{MAX_RATIO} times its size; this is how zip bombs work")


def _too_large(where: str) -> TemplateError:
    return TemplateError(where, f"unpacks to more than {_megabytes(MAX_UNPACKED)}; a "
                         "template is never that large (is it a zip bomb?)")


def _check_overlap(infos: list[zipfile.ZipInfo], where: str) -> None:
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for before, after in itertools.pairwise(ordered):
        if before.header_offset + before.compress_size > after.header_offset:
            raise TemplateError(where, f"has members whose data overlap ({before.filename}, "
                                f"{after.filename}); this is how zip bombs work")


def read_docx_parts(data: bytes, where: str) -> dict[str, bytes]:
    """Every member of the DOCX template ``data`` by name, after the checks of the module.

    ``where`` names the template file in messages.
    """
    members, directory = _directory_size(data, where)
    if members > MAX_MEMBERS:
        raise TemplateError(where, f"has {members:,} members; a Word document has a few "
                            f"dozen (at most {MAX_MEMBERS:,} are accepted)")
    if directory > MAX_DIRECTORY_BYTES:
        raise TemplateError(where, f"has a zip directory of {_megabytes(directory)}; a Word "
                            "document's is a few kilobytes")
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise TemplateError(where, f"has {len(infos):,} members; at most "
                                    f"{MAX_MEMBERS:,} are accepted")
            seen: set[str] = set()
            declared = 0
            for info in infos:
                _check_name(info.filename, seen, where)
                _check_member(info, len(data), where)
                declared += info.file_size
            if declared > MAX_UNPACKED:
                raise _too_large(where)
            _check_overlap(infos, where)
            return _unpack(archive, infos, where)
    except TemplateError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            NotImplementedError, RuntimeError, ValueError, OverflowError, struct.error,
            UnicodeDecodeError) as exc:
        raise TemplateError(where, f"not a readable .docx file ({exc})") from None


def _unpack(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
            where: str) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    total = 0
    for info in infos:
        chunks: list[bytes] = []
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if total > MAX_UNPACKED:
                    raise _too_large(where)
                _check_ratio(info.filename, size, info.compress_size, where)
                chunks.append(chunk)
        parts[info.filename] = b"".join(chunks)
    return parts
