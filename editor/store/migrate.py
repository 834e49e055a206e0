"""Bring an archive's schema to the newest revision, with a backup copy taken first.

Migrations are Alembic scripts in ``migrations/versions``, run from code: no
``alembic.ini`` is needed. Before an existing SQLite archive is migrated, it is copied
with SQLite's online backup to ``<user data>/backups/<name>-before-<revision>-<UTC time>.sqlite``.

For developers: ``python -m editor.store.migrations revision "what changes"`` writes a new
revision script from the difference between ``schema.py`` and the newest revision.

Opening an archive that is up to date never imports Alembic (a tenth of a second of every
command): the stored revision is read with one query and compared with the newest
revision named in the scripts' ``revision``/``down_revision`` lines, read as text.
Alembic is loaded only when a migration is due.
"""

from __future__ import annotations

import sqlite3
import stat
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, Connection, make_url

from editor.core import paths
from editor.core.errors import StoreError
from editor.io.atomic import irregular_kind
from editor.store.engine import WRITE_OPTION, create_archive_engine, is_sqlite
from editor.store.errors import ArchiveFailure, Trouble, store_error, trouble_of
from editor.store.revisions import MIGRATIONS_DIR, VERSION_TABLE, revision_links, text_head
from editor.store.schema import metadata

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA_LOCK_KEY = 0x50726573  # PostgreSQL advisory lock held while the schema is updated
_revision_links = revision_links


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our scripts, migrating ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of the application knows."""
    head = text_head()
    if head is None:  # a broken chain: let Alembic name the problem
        head = _scripts().get_current_head()
        assert head is not None
    return head


def known_revisions() -> set[str]:
    return set(_revision_links())


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at; ``None`` when it has never been migrated.

    One query on the version table, as Alembic keeps it (one row, or none).
    """
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise StoreError(f"The archive has {len(rows)} schema versions at once "
                         f"({', '.join(rows)}); it was left unchanged.")
    return rows[0] if rows else None


def check_archive_path(path: Path) -> None:
    """Refuse a ``path`` that exists and is not a regular file (after following links).

    A folder, a named pipe, a device or a socket can never hold an archive; SQLite would
    report them as a failing disk ("disk I/O error") and send the user the wrong way.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot read the archive {path}: {exc.strerror}.") from exc
    kind = irregular_kind(mode)
    if kind is None:
        return
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a folder, not an archive file. Choose a file name.")
    raise StoreError(f"{path} cannot be an archive: {kind}, not a regular file. It was "
                     f"left unchanged. Choose the name of an archive file.")


def inspect_sqlite_file(path: Path) -> str | None:
    """Check, without changing a byte, that ``path`` can become or is an archive.

    Returns the file's schema revision (``None`` for a new or empty file). A file that is
    not an SQLite database, is damaged, belongs to another program or to a newer version
    of the application raises :class:`StoreError`.
    """
    check_archive_path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read the archive {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a Pressestelle archive: it is not an SQLite database (it may "
            f"be damaged, or another kind of file). It was left unchanged. Choose another "
            f"file, or restore the archive from a copy in {paths.backups_dir()}."
        )
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            tables = [
                row[0]
                for row in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            user_version = db.execute("PRAGMA user_version").fetchone()[0]
            revision = None
            if VERSION_TABLE in tables:
                row = db.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as exc:
        if trouble_of(exc) is not Trouble.DAMAGED:  # read-only, full disk, missing folder …
            raise store_error(exc, str(path), outcome="It was left unchanged.",
                              doing="open", path=path) from exc
        raise ArchiveFailure(
            f"{path} is damaged and cannot be opened as an archive ({exc}). It was left "
            f"unchanged. Restore it from a copy in {paths.backups_dir()}, or choose "
            f"another file.", Trouble.DAMAGED
        ) from exc
    if VERSION_TABLE not in tables and (tables or user_version):
        shown = ", ".join(tables[:6]) + (", …" if len(tables) > 6 else "")
        raise StoreError(
            f"{path} is a database of another program or of an early Pressestelle "
            f"without schema versions (tables: {shown or 'none'}; user_version "
            f"{user_version}). It was left unchanged. Choose another file, or start a "
            f"new archive."
        )
    _check_known(revision, str(path))
    return revision


def _check_known(revision: str | None, name: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"{name} was written by a newer version of Pressestelle (schema revision "
            f"{revision}). Update Pressestelle to open it; the archive was left unchanged."
        )


def _check_not_foreign(connection: Connection, name: str) -> None:
    """A database without version table must not hold tables named like ours."""
    existing = set(inspect(connection).get_table_names())
    clash = sorted(existing & set(metadata.tables))
    if clash and VERSION_TABLE not in existing:
        raise StoreError(
            f"{name} already has tables named {', '.join(clash)} but no schema version: "
            f"it was not made by Pressestelle. It was left unchanged; choose another "
            f"database."
        )


def backup_sqlite(path: Path, target_revision: str) -> Path:
    """Copy a live SQLite archive before migrating it; returns the copy's path."""
    from editor.store.backup import make_backup

    return make_backup(path, f"before-{target_revision}")


def upgrade_to_head(
    url: URL, name: str, sqlite_file: Path | None = None, engine: Engine | None = None
) -> Path | None:
    """Migrate the database at ``url`` to the newest revision in one transaction.

    ``sqlite_file`` is the database file when there is one: it is backed up first when
    it already holds an archive of an older revision. Returns the backup's path, if any.
    ``engine`` is used instead of a new one when given (an in-memory database exists only
    within its engine) and is left open.
    """
    own_engine = engine is None
    if engine is None:
        engine = create_archive_engine(url, foreign_keys=False)
    backup: Path | None = None
    head = head_revision()
    try:
        with engine.connect() as connection, connection.begin():
            if current_revision(connection) == head:  # the usual case: no write lock taken
                return None
        with engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                if connection.dialect.name == "postgresql":  # one updater at a time
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": SCHEMA_LOCK_KEY})
                current = current_revision(connection)  # again: someone may have migrated
                if current == head:
                    return None
                _check_known(current, name)
                if current is None:
                    _check_not_foreign(connection, name)
                elif sqlite_file is not None:
                    backup = backup_sqlite(sqlite_file, head)
                from alembic import command

                command.upgrade(alembic_config(connection), "head")
                if is_sqlite(url):
                    broken = connection.execute(text("PRAGMA foreign_key_check")).first()
                    if broken is not None:
                        raise StoreError(
                            f"Updating the schema of {name} would break a reference in "
                            f"table {broken[0]}; nothing was changed."
                        )
    finally:
        if own_engine:
            engine.dispose()
    return backup


def migrate(url: URL | str, revision: str) -> None:
    """Move a database to ``revision`` up or down (tests and maintenance; no backup)."""
    from alembic import command

    url = make_url(url)
    engine = create_archive_engine(url, foreign_keys=False)
    try:
        with engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                config = alembic_config(connection)
                current = current_revision(connection)
                if revision == "base":
                    command.downgrade(config, "base")
                    return
                target = head_revision() if revision == "head" else revision
                ordered = [s.revision for s in _scripts().walk_revisions()]  # newest first
                if current is None or ordered.index(target) < ordered.index(current):
                    command.upgrade(config, target)
                elif target != current:
                    command.downgrade(config, target)
    finally:
        engine.dispose()


def new_revision(message: str) -> None:
    """Write a revision script for what ``schema.py`` has and the newest revision lacks."""
    from alembic import command

    number = f"{int(head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        url = make_url(f"sqlite:///{Path(folder) / 'head.sqlite'}")
        migrate(url, "head")
        engine = create_archive_engine(url)
        try:
            with engine.connect() as connection, connection.begin():
                config = alembic_config(connection)
                command.revision(config, message=message, autogenerate=True, rev_id=number)
        finally:
            engine.dispose()
