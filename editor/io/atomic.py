"""Write files atomically: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one ``os.replace``. On any failure the temporary file is removed
and an existing target is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from editor.core.errors import PressestelleError

TEMP_SUFFIX = ".part"
"""Temporary files are named ``.{name}.{random}.part`` beside the target."""


class FileWriteError(PressestelleError):
    """A file could not be written; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot write the file: {reason}")


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_temp(target: Path) -> tuple[Path, int]:
    """A new, empty file beside ``target`` with the permissions a new file would get."""
    mode = 0o666
    with contextlib.suppress(OSError):
        mode = os.stat(target).st_mode & 0o777
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            return temp, os.open(temp, flags, mode)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


@contextlib.contextmanager
def open_atomic(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` when the block ends normally.

    For writers that stream into a file object (``document.save(stream)``). If the block
    raises, the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    try:
        temp, fd = _open_temp(target)
    except OSError as error:
        raise FileWriteError(target, _reason(error)) from error
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise FileWriteError(target, _reason(error)) from error
        raise
    _fsync_folder(target.parent)


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see :func:`open_atomic`)."""
    with open_atomic(path) as stream:
        stream.write(data)


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; line ends are written as given."""
    write_bytes_atomic(path, text.encode(encoding))
