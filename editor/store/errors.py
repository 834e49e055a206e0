"""What went wrong with the database, told by its error code, and what to do about it.

A full disk, a read-only file, a missing folder and a damaged file need different advice;
only a damaged file should send the user to a backup. The code comes from the driver's
exception, never from the wording of its message: ``sqlite_errorcode`` on Python's
``sqlite3`` errors (extended codes such as ``SQLITE_IOERR_WRITE`` count as their primary
code), the SQLSTATE (``sqlstate``) on psycopg's errors from a PostgreSQL server. A psycopg
``OperationalError`` without SQLSTATE is a connection that could not be made or was lost.
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
    UNREACHABLE = "server unreachable"
    """The database server cannot be reached, or the connection to it was lost."""
    LOGIN = "login refused"
    """The server refused the user name or password."""
    NO_DATABASE = "no such database"
    OTHER = "other"


class ArchiveFailure(StoreError):
    """A database failure; ``trouble`` says which kind, so a front end can add advice.

    A failure of a database server also carries a ``code`` (``server_unreachable``,
    ``server_login``, …) and ``params`` (``name``: the archive's address, password hidden;
    ``reason``: the server's or driver's own words; ``outcome``: what became of the data,
    one of :data:`OUTCOMES`), so a front end words it in its own language.
    """

    def __init__(self, message: str, trouble: Trouble, code: str = "",
                 params: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.trouble = trouble
        self.code = code
        self.params: dict[str, str] = dict(params or {})


OUTCOMES = ("Nothing was saved.", "Nothing was changed.", "It was left unchanged.",
            "Nothing was created.")
"""What the store says became of the data after a failure (front ends translate these)."""


class ArchiveBusyError(ArchiveFailure):
    """Another program holds the archive's write lock; trying again later may succeed."""

    def __init__(self, message: str, trouble: Trouble = Trouble.BUSY, code: str = "",
                 params: dict[str, str] | None = None) -> None:
        super().__init__(message, trouble, code, params)


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


_BY_SQLSTATE: dict[str, Trouble] = {
    "53100": Trouble.FULL,          # disk_full
    "53200": Trouble.FULL,          # out_of_memory
    "25006": Trouble.READ_ONLY,     # read_only_sql_transaction (a standby server)
    "42501": Trouble.READ_ONLY,     # insufficient_privilege
    "40001": Trouble.BUSY,          # serialization_failure
    "40P01": Trouble.BUSY,          # deadlock_detected
    "55P03": Trouble.BUSY,          # lock_not_available
    "57014": Trouble.BUSY,          # query_canceled (statement or lock timeout)
    "57P01": Trouble.UNREACHABLE,   # admin_shutdown
    "57P02": Trouble.UNREACHABLE,   # crash_shutdown
    "57P03": Trouble.UNREACHABLE,   # cannot_connect_now (starting up, shutting down)
    "53300": Trouble.BUSY,          # too_many_connections
    "28000": Trouble.LOGIN,         # invalid_authorization_specification
    "28P01": Trouble.LOGIN,         # invalid_password
    "3D000": Trouble.NO_DATABASE,   # invalid_catalog_name
    "XX001": Trouble.DAMAGED,       # data_corrupted
    "XX002": Trouble.DAMAGED,       # index_corrupted
    "58030": Trouble.DISK,          # io_error
}
_BY_SQLSTATE_CLASS: dict[str, Trouble] = {
    "08": Trouble.UNREACHABLE,      # connection_exception
    "53": Trouble.FULL,             # insufficient_resources
    "58": Trouble.DISK,             # system_error
}


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and what lies behind it: SQLAlchemy's ``orig``, causes and contexts."""
    seen: set[int] = set()
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found.append(current)
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__)
    return found


def sqlite_code(exc: BaseException) -> int | None:
    """The SQLite error code behind ``exc`` (looking through wrappers and causes)."""
    for current in _causes(exc):
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code
    return None


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE a PostgreSQL server (through psycopg) gave for ``exc``, if any."""
    for current in _causes(exc):
        code = getattr(current, "sqlstate", None)
        if isinstance(code, str) and len(code) == 5 and _is_psycopg(current):
            return code
    return None


def _lost_connection(exc: BaseException) -> bool:
    """psycopg's OperationalError without SQLSTATE: no connection could be made or kept."""
    for current in _causes(exc):
        if _is_psycopg(current) and type(current).__name__ == "OperationalError" and \
                getattr(current, "sqlstate", None) is None:
            return True
    return getattr(exc, "connection_invalidated", False) is True


def trouble_of(exc: BaseException) -> Trouble:
    """What kind of failure ``exc`` is, by its SQLite error code or SQLSTATE."""
    code = sqlite_code(exc)
    if code is not None:
        return _BY_CODE.get(code & 0xFF, Trouble.OTHER)
    state = sqlstate(exc)
    if state is not None:
        return _BY_SQLSTATE.get(state) or _BY_SQLSTATE_CLASS.get(state[:2], Trouble.OTHER)
    if _lost_connection(exc):
        return Trouble.UNREACHABLE
    return Trouble.OTHER


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return " ".join(str(orig if isinstance(orig, BaseException) else exc).split())


def _not_writable(path: Path) -> bool:
    """True when the file or its folder cannot be written (a read-only drive, permissions)."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def store_error(exc: BaseException, name: str, *, outcome: str = "Nothing was saved.",
                doing: str = "use", path: Path | None = None,
                server: bool = False) -> StoreError:
    """The user's message for a database failure while working with the archive ``name``.

    ``outcome`` says what became of the user's data ("Nothing was saved.", "It was left
    unchanged."); ``doing`` is what was tried ("open", "use"). With the archive's ``path``,
    a file SQLite cannot open is told apart from one on a read-only drive or folder.
    ``server`` is true for an archive on a database server (``name`` is its address with
    the password hidden); the server's own words are passed on with any password masked.
    """
    trouble = trouble_of(exc)
    if server or sqlstate(exc) is not None or trouble in (
            Trouble.UNREACHABLE, Trouble.LOGIN, Trouble.NO_DATABASE):
        return _server_error(exc, trouble, name, outcome, doing)
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


SERVER_CODES: dict[Trouble, str] = {
    Trouble.UNREACHABLE: "server_unreachable",
    Trouble.LOGIN: "server_login",
    Trouble.NO_DATABASE: "server_no_database",
    Trouble.FULL: "server_full",
    Trouble.READ_ONLY: "server_read_only",
    Trouble.BUSY: "server_busy",
    Trouble.DAMAGED: "server_damaged",
    Trouble.DISK: "server_disk",
    Trouble.OTHER: "server_other",
}
"""The code of each kind of server failure (see :class:`ArchiveFailure`)."""


def _server_error(exc: BaseException, trouble: Trouble, name: str, outcome: str,
                  doing: str) -> StoreError:
    reason = _reason(exc)
    params = {"name": name, "reason": reason, "outcome": outcome, "doing": doing}
    code = SERVER_CODES[trouble]
    if trouble is Trouble.UNREACHABLE:
        return ArchiveFailure(
            f"No connection to the database server of the archive {name} ({reason}). "
            f"{outcome} Check the address, the network and that the server is running; "
            f"the next action connects again.", trouble, code, params)
    if trouble is Trouble.LOGIN:
        return ArchiveFailure(
            f"The database server of the archive {name} refused the login ({reason}). "
            f"{outcome} Check the user name, and the password in ~/.pgpass, PGPASSWORD or "
            f"the service file (passwords are never kept in Pressestelle's settings).",
            trouble, code, params)
    if trouble is Trouble.NO_DATABASE:
        return ArchiveFailure(
            f"The database of the archive {name} does not exist on the server ({reason}). "
            f"{outcome} Check the database name in the address, or ask the server's "
            f"administrator to create it.", trouble, code, params)
    if trouble is Trouble.FULL:
        return ArchiveFailure(
            f"The database server of the archive {name} has no room left ({reason}). "
            f"{outcome} Ask the server's administrator to free disk space.", trouble,
            code, params)
    if trouble is Trouble.READ_ONLY:
        return ArchiveFailure(
            f"The database server of the archive {name} does not let this user change it "
            f"({reason}). {outcome} Ask the server's administrator for write access (or "
            f"for the address of the server that takes changes).", trouble, code, params)
    if trouble is Trouble.BUSY:
        return ArchiveBusyError(
            f"The archive {name} is busy: a colleague's change holds it ({reason}). "
            f"{outcome} Try again in a moment.", trouble, code, params)
    if trouble is Trouble.DAMAGED:
        return ArchiveFailure(
            f"The database server reports damaged data in the archive {name} ({reason}). "
            f"{outcome} Ask the server's administrator to restore it from a backup.",
            trouble, code, params)
    if trouble is Trouble.DISK:
        return ArchiveFailure(
            f"The database server of the archive {name} reported a disk error ({reason}). "
            f"{outcome} Ask the server's administrator to check it.", trouble, code, params)
    return ArchiveFailure(f"Could not {doing} the archive {name}: {reason}. {outcome}",
                          trouble, code, params)
