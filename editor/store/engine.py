"""Engines for the archive: SQLite pragmas and transactions that really are transactions.

Python's sqlite3 module starts transactions late and never for DDL; here the driver's own
handling is switched off and every SQLAlchemy transaction emits ``BEGIN`` itself, so a
migration or a save either happens completely or not at all. Connections used for
writing begin with ``BEGIN IMMEDIATE``: the write lock is taken at the start (waiting for
up to :data:`BUSY_TIMEOUT_SECONDS`), not half-way through, when SQLite could only fail.

On PostgreSQL writers lock rows, not the database: saves of different items go on side by
side. Connections are checked before use (a ping when their socket says the server has
gone, see :func:`_check_connection`), so after a server restart the next action connects
again instead of failing on a dead connection; a statement waiting on a colleague's lock
gives up after :data:`LOCK_TIMEOUT_SECONDS`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_SECONDS = 5.0
LOCK_TIMEOUT_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 10
DEAD_LINE_CHECKS: dict[str, int] = {
    "keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5, "keepalives_count": 3,
    "tcp_user_timeout": 20_000,
}
"""libpq's TCP settings for a PostgreSQL server: a network that drops without closing the
connection (a laptop leaving the office network, a router restarting) is noticed within
about 35 s, waiting for an answer (keep-alive probes after 20 s of silence, three unanswered
5 s apart), or 20 s after a statement the server never acknowledged, instead of the
system's default of about 15 minutes; the statement then fails as unreachable (a save is
tried once more on a new connection) and the next action connects again."""
WRITE_OPTION = "pressestelle_write"
"""Execution option that makes a connection's transactions take the write lock at once."""


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def is_postgresql(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def is_memory(url: URL) -> bool:
    return is_sqlite(url) and url.database in (None, "", ":memory:")


def create_archive_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout.

    ``foreign_keys=False`` is for migrations only: SQLite rebuilds a table by copying and
    dropping it, and dropping a referenced table with foreign keys on deletes the rows
    that refer to it.
    """
    if is_postgresql(url):
        return _postgresql_engine(url)
    if not is_sqlite(url):
        return create_engine(url)
    kwargs: dict[str, Any] = {
        "connect_args": {"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}
    }
    if is_memory(url):
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, **kwargs)
    memory = is_memory(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def postgresql_connect_args(url: URL) -> dict[str, Any]:
    """What every connection to a PostgreSQL server is opened with, beyond ``url``'s own
    parameters and those of its service (a value in either wins): the application's name,
    the time to wait for a lock, custom plans, and the timeouts that notice a dead server
    or network."""
    # every statement planned for its values, also once the driver has prepared it (the
    # quote search's plans depend on them; see editor.store.search.postgres_fts), set when
    # connecting rather than by a statement in each transaction
    options = (f"-c lock_timeout={int(LOCK_TIMEOUT_SECONDS * 1000)} "
               "-c plan_cache_mode=force_custom_plan")
    service = service_settings(url)
    own = url.query.get("options", service.get("options"))
    if own:  # the address's server options (a schema to use) come last: they win
        options += " " + (own if isinstance(own, str) else " ".join(own))
    connect_args: dict[str, Any] = {"options": options}
    for name, value in {"application_name": "Pressestelle",
                        "connect_timeout": CONNECT_TIMEOUT_SECONDS, **DEAD_LINE_CHECKS}.items():
        if name not in url.query and name not in service:
            connect_args[name] = value
    return connect_args


MAX_SERVICE_FILE_BYTES = 1024 * 1024


def service_settings(url: URL) -> dict[str, str]:
    """The settings of the connection service ``url`` names (``?service=presse``, else
    ``PGSERVICE``), read from the service file as libpq finds it: the URL's
    ``servicefile``, else ``PGSERVICEFILE``, else ``~/.pg_service.conf``; then
    ``PGSYSCONFDIR/pg_service.conf``. The first file holding the service is the one.

    The driver passes what it is given as connection parameters, and libpq lets those
    win over the service file: our defaults are only given for what the service leaves
    open. A file that cannot be read gives nothing here (libpq says what is wrong when
    it connects); none is waited for (a named pipe) or read beyond a megabyte."""
    import os

    def query(name: str) -> str | None:
        value = url.query.get(name)
        return value if isinstance(value, str) or value is None else value[-1]

    name = query("service") or os.environ.get("PGSERVICE")
    if not name:
        return {}
    files: list[Path] = []
    own = query("servicefile") or os.environ.get("PGSERVICEFILE")
    if own:
        files.append(Path(own))
    else:
        with contextlib.suppress(RuntimeError, KeyError):  # no home: no user file
            files.append(Path.home() / ".pg_service.conf")
    system = os.environ.get("PGSYSCONFDIR")
    if system:
        files.append(Path(system) / "pg_service.conf")
    for file in files:
        found = _service_in(file, name)
        if found is not None:
            return found
    return {}


def _service_in(file: Path, name: str) -> dict[str, str] | None:
    """The settings of the group ``[name]`` of a service file (None: not in it)."""
    import os
    import stat

    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SERVICE_FILE_BYTES:
            return None
        text = os.read(fd, MAX_SERVICE_FILE_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    finally:
        os.close(fd)
    settings: dict[str, str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if settings is not None:
                break  # the group ended
            if line.endswith("]") and line[1:-1] == name:
                settings = {}
        elif settings is not None and "=" in line:
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), value.strip())
    return settings


def _postgresql_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_size=2, max_overflow=6,
                           connect_args=postgresql_connect_args(url))
    event.listen(engine, "checkout", partial(_check_connection, engine))
    return engine


def _check_connection(engine: Engine, dbapi_connection: Any, _record: Any,
                      _proxy: Any) -> None:
    """Before a pooled connection is handed out: raise ``DisconnectionError`` (the pool
    then connects again) when it is closed or the server has gone away.

    A connection resting in the pool has nothing to read. A server that shut down or
    restarted has closed it, or told it why and closed it: then its socket is readable
    and a ``SELECT 1`` (SQLAlchemy's ``pool_pre_ping``) decides. A quiet socket needs
    no round trip; a ping on every checkout was one of a search page's seven (each a
    wait for the server's process to be scheduled on a loaded machine)."""
    import select

    from sqlalchemy.exc import DisconnectionError

    try:
        if dbapi_connection.closed or dbapi_connection.broken:
            raise DisconnectionError("the connection is closed")
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        if readable:
            engine.dialect.do_ping(dbapi_connection)
    except DisconnectionError:
        raise
    except Exception as exc:  # any failure means: connect again
        raise DisconnectionError(str(exc)) from exc
