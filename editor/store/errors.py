"""What went wrong with the database, told by SQLite's error code, and what to do about it.

A full disk, a read-only file, a missing folder and a damaged file need different advice;
only a damaged file should send the user to a backup. The code comes from the driver's
exception (``sqlite_errorcode`` on Python's ``sqlite3`` errors, found inside SQLAlchemy's
wrapper), never from the wording of its message. Extended codes (``SQLITE_IOERR_WRITE``)
count as their primary code.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from pathlib import Path

from editor.core import paths
from editor.core.errors import StoreError


class Trouble(enum.Enum):
    """The kinds of database failure that call for different advice."""

    FULL = "full"
    READ_ONLY = "read-only"
    CANNOT_OPEN = "cannot open"
    DAMAGED = "damaged"
    BUSY = "busy"
    DISK = "disk error"
    OTHER = "other"


class ArchiveFailure(StoreError):
    """A database failure; ``trouble`` says which kind, so a front end can add advice."""

    def __init__(self, message: str, trouble: Trouble) -> None:
        super().__init__(message)
        self.trouble = trouble


class ArchiveBusyError(ArchiveFailure):
    """Another program holds the archive's write lock; trying again later may succeed."""

    def __init__(self, message: str, trouble: Trouble = Trouble.BUSY) -> None:
        super().__init__(message, trouble)


_BY_CODE: dict[int, Trouble] = {
    sqlite3.SQLITE_FULL: Trouble.FULL,
    sqlite3.SQLITE_READONLY: Trouble.READ_ONLY,
    sqlite3.SQLITE_PERM: Trouble.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: Trouble.CANNOT_OPEN,
    sqlite3.SQLITE_CORRUPT: Trouble.DAMAGED,
    sqlite3.SQLITE_NOTADB: Trouble.DAMAGED,
    sqlite3.SQLITE_BUSY: Trouble.BUSY,
    sqlite3.SQLITE_LOCKED: Trouble.BUSY,
    sqlite3.SQLITE_IOERR: Trouble.DISK,
}


def sqlite_code(exc: BaseException) -> int | None:
    """The SQLite error code behind ``exc`` (looking through wrappers and causes)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__)
    return None


def trouble_of(exc: BaseException) -> Trouble:
    """What kind of failure ``exc`` is, by its SQLite error code."""
    code = sqlite_code(exc)
    if code is None:
        return Trouble.OTHER
    return _BY_CODE.get(code & 0xFF, Trouble.OTHER)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if isinstance(orig, BaseException) else exc)


def _not_writable(path: Path) -> bool:
    """True when the file or its folder cannot be written (a read-only drive, permissions)."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def store_error(exc: BaseException, name: str, *, outcome: str = "Nothing was saved.",
                doing: str = "use", path: Path | None = None) -> StoreError:
    """The user's message for a database failure while working with the archive ``name``.

    ``outcome`` says what became of the user's data ("Nothing was saved.", "It was left
    unchanged."); ``doing`` is what was tried ("open", "use"). With the archive's ``path``,
    a file SQLite cannot open is told apart from one on a read-only drive or folder.
    """
    trouble = trouble_of(exc)
    if trouble is Trouble.CANNOT_OPEN and path is not None and _not_writable(path):
        trouble = Trouble.READ_ONLY
    if trouble is Trouble.FULL:
        return ArchiveFailure(
            f"The disk holding the archive {name} is full. {outcome} Free some disk space "
            f"(empty the wastebasket, move large files elsewhere), then try again. Leave "
            f"the archive's -wal and -shm files beside it: they may hold its latest saved "
            f"changes, which are written into the archive once there is space.", trouble)
    if trouble is Trouble.READ_ONLY:
        return ArchiveFailure(
            f"The archive file {name} is read-only (or its folder is). {outcome} Check its "
            f"permissions, or copy the archive to a folder you may write to and open the "
            f"copy.", trouble)
    if trouble is Trouble.CANNOT_OPEN:
        return ArchiveFailure(
            f"The archive file {name} cannot be opened: its folder may be missing, "
            f"read-only or on a drive that is not connected. {outcome} The archive also "
            f"writes two working files beside it (-wal and -shm); check that the folder "
            f"exists and that you may create files in it.", trouble)
    if trouble is Trouble.DAMAGED:
        return ArchiveFailure(
            f"The archive {name} is damaged ({_reason(exc)}). {outcome} Restore it from a "
            f"copy in {paths.backups_dir()}, or choose another file.", trouble)
    if trouble is Trouble.BUSY:
        return ArchiveBusyError(
            f"The archive {name} is busy: another program is writing to it. {outcome} Try "
            f"again in a moment.", trouble)
    if trouble is Trouble.DISK:
        return ArchiveFailure(
            f"The disk reported an error while reading or writing the archive {name} "
            f"({_reason(exc)}): it may be full, disconnected or failing. {outcome} Check "
            f"the drive and its free space, then try again.", trouble)
    return ArchiveFailure(f"Could not {doing} the archive {name}: {_reason(exc)}. {outcome}",
                          trouble)
