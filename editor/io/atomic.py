"""Write files atomically: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one ``os.replace``. On any failure the temporary file is removed
and an existing target is left exactly as it was. Only a regular file (or nothing) at the
target is ever replaced. A temporary file left by a killed run names its writer, so the
next run in that folder removes it (:func:`remove_stale_temp_files`).

Many files of one run (an export of a thousand releases) go through :class:`AtomicBatch`:
each is written whole to its temporary file, then one sync of the file system makes the
whole group durable before the temporary files replace their targets, and each folder is
synced once. A reader still sees an old file or a new one, never a part of one; a batch
that fails or is interrupted puts in place only the files it had written completely.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from editor.core.errors import PressestelleError

TEMP_SUFFIX = ".part"
TEMP_MARK = "pressestelle"
"""Temporary files are named ``.{name}.pressestelle.{pid}@{host}.{random}.part`` beside
the target: recognisably ours, and naming the process that writes them, so that a later
run can tell a writer that was killed from one still at work."""
STALE_AFTER = 24 * 3600
"""A temporary file of ours this many seconds old is stale whoever wrote it."""
NAME_KEPT = 80
"""Characters of the target's name kept in a temporary name (names have a length limit)."""

_TEMP_NAME = re.compile(
    rf"^\..*\.{TEMP_MARK}\.(?P<pid>[0-9]+)@(?P<host>[A-Za-z0-9.-]+)\.[0-9a-f]{{8}}"
    rf"{re.escape(TEMP_SUFFIX)}(?P<extra>-journal|-wal|-shm)?$"
)
_OLD_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")
"""Temporary files of versions before the writer was named in them (age tells only)."""


class FileWriteError(PressestelleError):
    """A file could not be written; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot write the file: {reason}")


class NotARegularFile(FileWriteError):
    """The target exists and is not a regular file; it is never replaced."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _host() -> str:
    # os.uname() gives the host name socket.gethostname() would, without loading socket.
    if hasattr(os, "uname"):
        node = os.uname().nodename
    else:  # pragma: no cover - Windows
        import socket

        node = socket.gethostname()
    name = re.sub(r"[^A-Za-z0-9.-]", "-", node) or "host"
    return name[:64]


def temp_name(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that names this process."""
    kept = target.name[:NAME_KEPT]
    return target.with_name(
        f".{kept}.{TEMP_MARK}.{os.getpid()}@{_host()}.{os.urandom(4).hex()}{TEMP_SUFFIX}"
    )


_KINDS = (
    (stat.S_ISLNK, "it is a symbolic link"),
    (stat.S_ISDIR, "it is a folder"),
    (stat.S_ISCHR, "it is a device"),
    (stat.S_ISBLK, "it is a device"),
    (stat.S_ISFIFO, "it is a named pipe"),
    (stat.S_ISSOCK, "it is a socket"),
)


def irregular_kind(mode: int) -> str | None:
    """``None`` for a regular file; else what it is, e.g. "it is a named pipe"."""
    if stat.S_ISREG(mode):
        return None
    return next((text for test, text in _KINDS if test(mode)), "it is not a regular file")


def check_target(target: Path) -> None:
    """Refuse a target that exists and is not a regular file (the link itself counts).

    A symbolic link, a folder, a device, a pipe or a socket at the target is never
    replaced by a file; folders on the way to the target may be links.
    """
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise FileWriteError(target, _reason(error)) from error
    reason = irregular_kind(mode)
    if reason is None:
        return
    raise NotARegularFile(target, f"{reason}, not a regular file; choose another file name")


def check_targets(targets: Iterable[Path]) -> None:
    """:func:`check_target` for every file of one run, before the first is written.

    A run that writes several files (an export in two formats, a dossier per language)
    then either writes them all or, refusing one target, none: no first file is left
    behind by a run that was refused.
    """
    for target in targets:
        try:
            check_target(target)
        except NotARegularFile as error:
            raise NotARegularFile(target, f"{error.reason}; nothing was written") from None


def process_alive(pid: int) -> bool:
    """False only when no process ``pid`` runs on this machine (one of another user counts
    as alive; where there is no safe way to ask, every process does)."""
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def _writer_alive(pid: int, host: str) -> bool:
    """False only when the writer certainly ended: on this machine, and no such process."""
    if host != _host():
        return True  # another machine's process: only age tells
    return process_alive(pid)


def is_stale_temp_file(entry: os.DirEntry[str] | Path, now: float | None = None) -> bool:
    """True for a temporary file of ours whose writer is gone or that is over a day old."""
    name = entry.name
    ours = _TEMP_NAME.match(name)
    if ours is None and _OLD_TEMP_NAME.match(name) is None:
        return False
    try:
        info = os.lstat(entry)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False  # someone else's: not ours to remove
    age = (time.time() if now is None else now) - info.st_mtime
    if age > STALE_AFTER:
        return True
    return ours is not None and not _writer_alive(int(ours["pid"]), ours["host"])


def remove_stale_temp_files(folder: Path | str) -> list[Path]:
    """Remove temporary files that killed runs of this program left in ``folder``.

    Only files named as :func:`temp_name` names them (and the SQLite journals beside
    them) are touched, only regular files of this user, and only when their writer is
    no longer running on this machine or they are older than :data:`STALE_AFTER`.
    Returns what was removed; a folder that cannot be read is left alone.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            stale = [Path(entry.path) for entry in entries if is_stale_temp_file(entry, now)]
    except OSError:
        return removed
    for path in stale:
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


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
    flags |= getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        temp = temp_name(target)
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
    check_target(target)
    try:
        temp, fd = _open_temp(target)
    except OSError as error:
        raise FileWriteError(target, _reason(error)) from error
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        check_target(target)  # made meanwhile? Still never replace a link or a device.
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise FileWriteError(target, _reason(error)) from error
        raise
    _fsync_folder(target.parent)


SYNC_EVERY = 256
"""Files an :class:`AtomicBatch` holds back before it syncs and puts them in place."""


FSYNC_EACH_UP_TO = 8
"""A batch of this many files or fewer is synced file by file: a sync of the whole file
system also waits for everything other programs have written (a quarter of a second and
more on a busy machine, measured), a few files' own syncs only for them."""


def _sync_files(temps: list[Path]) -> None:
    """Make the content of ``temps`` durable: one sync of their file system(s).

    Linux syncs one file system (``syncfs``); other POSIX systems sync all of them;
    where neither exists, and for a batch of up to :data:`FSYNC_EACH_UP_TO` files, each
    file is synced on its own.
    """
    if not temps:
        return
    if os.name == "posix" and len(temps) > FSYNC_EACH_UP_TO:
        folders = {temp.parent for temp in temps}
        if all(_syncfs(folder) for folder in folders):
            return
        if hasattr(os, "sync"):
            os.sync()
            return
    for temp in temps:
        fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows: writable
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@functools.cache
def _syncfs_call() -> Callable[[int], int] | None:
    """The C library's ``syncfs`` (Linux), or ``None``."""
    try:
        import ctypes

        call: Callable[[int], int] = ctypes.CDLL(None, use_errno=True).syncfs
    except (ImportError, OSError, AttributeError):
        return None
    return call


def _syncfs(folder: Path) -> bool:
    """``syncfs`` on the file system holding ``folder``; False where there is none."""
    syncfs = _syncfs_call()
    if syncfs is None:
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


class AtomicBatch:
    """Files written as a group, each atomically, with one sync per group of files.

    ``write_bytes`` writes a file whole to a temporary name beside its target; every
    :data:`SYNC_EVERY` files, and when the ``with`` block ends, the written files are made
    durable with one sync and then replace their targets. When the block raises, the
    files written completely before are still put in place, the one being written is
    removed, and the error goes on; an existing target is only ever replaced whole.
    """

    def __init__(self, sync_every: int = SYNC_EVERY) -> None:
        self._sync_every = max(1, sync_every)
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> AtomicBatch:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc is None:
            self.commit()
            return
        try:
            self.commit()
        except BaseException:  # the first error is the one to report
            self.discard()

    def write_bytes(self, path: Path | str, data: bytes) -> None:
        """Write ``data`` for ``path``; it replaces ``path`` at the next commit."""
        target = Path(path)
        check_target(target)
        try:
            temp, fd = _open_temp(target)
        except OSError as error:
            raise FileWriteError(target, _reason(error)) from error
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
        except BaseException as error:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            if isinstance(error, OSError):
                raise FileWriteError(target, _reason(error)) from error
            raise
        self._pending.append((temp, target))
        if len(self._pending) >= self._sync_every:
            self.commit()

    def commit(self) -> None:
        """Sync the files written so far once and put them in place."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        try:
            _sync_files([temp for temp, _ in pending])
        except BaseException as error:
            self._pending = pending
            self.discard()
            if isinstance(error, OSError):
                raise FileWriteError(pending[0][1], _reason(error)) from error
            raise
        folders: dict[Path, None] = {}
        for n, (temp, target) in enumerate(pending):
            try:
                check_target(target)  # made meanwhile? Still never replace a link.
                os.replace(temp, target)
            except BaseException as error:
                self._pending = pending[n:]
                self.discard()
                if isinstance(error, OSError):
                    raise FileWriteError(target, _reason(error)) from error
                raise
            folders[target.parent] = None
        for folder in folders:
            _fsync_folder(folder)

    def discard(self) -> None:
        """Remove the temporary files not yet put in place; their targets stay as they are."""
        pending, self._pending = self._pending, []
        for temp, _target in pending:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see :func:`open_atomic`)."""
    with open_atomic(path) as stream:
        stream.write(data)


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; line ends are written as given."""
    write_bytes_atomic(path, text.encode(encoding))
