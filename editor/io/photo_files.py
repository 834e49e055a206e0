"""Reading photo files from outside the archive, so that only real images get in.

Two ways in: a path written in an interchange file, which must stay inside that file's
folder (after following symlinks), and a file the user picks in the desktop app. Either
way the file is opened once, checked on the open descriptor (a regular file, not too
large) and read from it, so a file swapped between check and read cannot slip through;
then its content must be an image (:func:`editor.core.images.clean_photo`, which also
removes location and other metadata).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from editor.core.images import MAX_PHOTO_BYTES, PhotoData, PhotoError, clean_photo

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a fifo must not make the open wait
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_READ = os.O_RDONLY | _NONBLOCK | _BINARY | _CLOEXEC


def _check_written(written: str) -> list[str]:
    """The parts of a relative path as written in a file; refuses absolute and ``..``."""
    if not written or not written.strip():
        raise PhotoError("the path is empty")
    if "\x00" in written:
        raise PhotoError("the path contains a NUL character")
    if (PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute()
            or PureWindowsPath(written).drive or written.startswith(("/", "\\", "~"))):
        raise PhotoError("the path is absolute (or starts at a home folder); write it "
                         "relative to the interchange file")
    parts = [p for p in written.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts:
        raise PhotoError("the path contains '..'; photos must lie in the interchange "
                         "file's folder or below it")
    if not parts:
        raise PhotoError("the path names no file")
    return parts


def read_photo_in_folder(folder: Path, written: str) -> PhotoData:
    """The photo at ``written`` (relative, as in an interchange file) inside ``folder``.

    Symlinks are followed only while they stay inside ``folder``; anything else — an
    absolute path, ``..``, a link out, a device, fifo or folder, a file over the size
    limit, or content that is not a JPEG, PNG or WebP image — raises :class:`PhotoError`.
    """
    _check_written(written)
    try:
        root = Path(os.path.realpath(folder))
        target = Path(os.path.realpath(root / written))
    except (OSError, ValueError) as exc:
        raise PhotoError(f"the path cannot be followed ({exc})") from None
    if target == root or not target.is_relative_to(root):
        raise PhotoError("the path leads out of the interchange file's folder "
                         "(through a symbolic link)")
    return _read_below(root, list(target.relative_to(root).parts))


def _read_below(root: Path, parts: list[str]) -> PhotoData:
    """Open ``root/parts…`` one level at a time without following any link, then read."""
    if not (_NOFOLLOW and os.open in os.supports_dir_fd):
        return _read_open(str(root.joinpath(*parts)), _READ)
    fds: list[int] = []
    try:
        fds.append(_open(str(root), os.O_RDONLY | _DIRECTORY | _CLOEXEC))
        for part in parts[:-1]:
            fds.append(_open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, fds[-1]))
        return _read_open(parts[-1], _READ | _NOFOLLOW, fds[-1])
    finally:
        for fd in fds:
            os.close(fd)


def _open(name: str, flags: int, dir_fd: int | None = None) -> int:
    try:
        return os.open(name, flags, dir_fd=dir_fd)
    except FileNotFoundError:
        raise PhotoError("the file does not exist") from None
    except OSError as exc:
        raise PhotoError(f"the file cannot be opened safely ({exc.strerror or exc}); it "
                         f"may have been replaced by a link while being read") from None


def read_photo_file(path: Path) -> PhotoData:
    """A photo file the user chose (in the desktop app): any place, checked the same way."""
    return _read_open(str(path), _READ)


def _read_open(name: str, flags: int, dir_fd: int | None = None) -> PhotoData:
    fd = _open(name, flags, dir_fd)
    return clean_photo(read_descriptor(fd, MAX_PHOTO_BYTES, "an image file"))


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    A pipe does not make this wait and a device is not read; :class:`PhotoError` (a
    :class:`PressestelleError`) says what is wrong. ``what`` names the kind of file.
    """
    return read_descriptor(_open(str(path), _READ), limit, what)


def read_descriptor(fd: int, limit: int, what: str) -> bytes:
    """Check the open ``fd`` (regular, not over ``limit``), read it whole and close it."""
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PhotoError(f"it is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise PhotoError("it is not a regular file (a device, pipe or special file)")
        if info.st_size > limit:
            raise PhotoError(f"it is larger than {limit // (1024 * 1024)} MB "
                             f"({info.st_size:,} bytes)")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # a file growing while read is cut at the limit
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise PhotoError(f"the file cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise PhotoError(f"it is larger than {limit // (1024 * 1024)} MB")
    return data
