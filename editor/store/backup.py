"""Backup copies of an archive: before migrations, once a day, on request; restore.

Copies are made with SQLite's online backup API, so they are consistent even while the
archive is open elsewhere, and are written under a temporary name and renamed: a backup
is either complete or absent. They live in ``<user data>/backups`` as
``<archive>-<label>-<UTC time>.sqlite``; the oldest copies of each label are rotated out.

An archive on a PostgreSQL server is backed up by the application itself into the same
kind of file (:func:`server_backup`), named after its database; :func:`restore_into_server`
reads such a file (or any archive file) back into the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from editor.core import paths
from editor.core.errors import StoreError
from editor.io.atomic import (
    STALE_AFTER,
    FileWriteError,
    check_target,
    remove_stale_temp_files,
    temp_name,
)

if TYPE_CHECKING:
    from editor.store.archive import Archive
    from editor.store.transfer import Progress

KEEP: dict[str, int] = {"daily": 7, "manual": 20, "before-restore": 5}
"""How many copies of each label are kept; labels not named here (migrations) keep 5."""
DEFAULT_KEEP = 5
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


def copy_database(source: Path, destination: Path) -> None:
    """Copy the SQLite database ``source`` to ``destination`` atomically (online backup).

    The copy is made under a temporary name that names this process (see
    :func:`editor.io.atomic.temp_name`), so a later run removes it if this one is killed.
    """
    partial = temp_name(destination)
    try:
        check_target(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(source, timeout=5)) as src,
            closing(sqlite3.connect(partial)) as copy,
        ):
            src.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        check_target(destination)
        partial.replace(destination)
    except (OSError, sqlite3.Error, FileWriteError) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise StoreError(
            f"Could not copy the archive {source} to {destination} ({exc}). Nothing was "
            f"changed; free some disk space or check the folder's permissions."
        ) from exc


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what killed backups left in ``folder``: our stale temporary copies.

    Also the ``.partial`` copies of versions before temporary names named their writer,
    when they are older than a day. Nothing else is touched.
    """
    removed = remove_stale_temp_files(folder)
    limit = time.time() - STALE_AFTER
    for old in folder.glob("*-*-*.sqlite.partial"):
        with contextlib.suppress(OSError):
            info = old.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                old.unlink()
                removed.append(old)
    return removed


def make_backup(archive: Path, label: str, folder: Path | None = None) -> Path:
    """A new backup copy of ``archive``; older copies with the same label are rotated out.

    Temporary copies that killed backups left in the folder are removed first.
    """
    folder = folder or paths.backups_dir()
    destination = _new_name(folder, archive.stem, label)
    copy_database(archive, destination)
    rotate(folder, archive.stem, label, KEEP.get(label, DEFAULT_KEEP))
    return destination


def _new_name(folder: Path, stem: str, label: str) -> Path:
    if folder.is_dir():
        remove_leftovers(folder)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    destination = folder / f"{stem}-{label}-{stamp}.sqlite"
    counter = 1
    while destination.exists() or destination.is_symlink():
        counter += 1
        destination = folder / f"{stem}-{label}-{stamp}-{counter}.sqlite"
    return destination


def server_stem(archive: Archive) -> str:
    """The name backups of a server archive carry: its database's name, made file-safe."""
    database = make_url(archive.url).database or "archive"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", database) or "archive"


def server_backup(archive: Archive, label: str, folder: Path | None = None,
                  progress: Progress | None = None) -> Path:
    """A backup of an archive on a database server: a portable SQLite archive file.

    Written by the application (no server tools needed): every table is copied and
    verified, like ``migrate-to`` into a new file. The file opens as an archive of its own
    and ``restore`` reads it back into the server.
    """
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = server_stem(archive)
    destination = _new_name(folder, stem, label)
    archive.copy_to(destination, progress=progress)
    rotate(folder, stem, label, KEEP.get(label, DEFAULT_KEEP))
    return destination


def restore_into_server(candidate: Path, archive: Archive,
                        progress: Progress | None = None) -> Path:
    """Replace the content of a server archive by the backup file ``candidate``.

    The backup is checked first and read from a copy (an older backup is brought up to
    date there, never in place); the server's current content is saved as a backup
    (label ``before-restore``), whose path is returned. The server is emptied and filled
    in one transaction: a failed restore leaves it as it was.
    """
    from editor.store.archive import Archive as ArchiveClass

    check_backup(candidate)
    safety = server_backup(archive, "before-restore")
    with tempfile.TemporaryDirectory() as scratch:
        working = Path(scratch) / "restore.sqlite"
        copy_database(candidate, working)
        with ArchiveClass.open(working) as source:
            source.copy_to(archive.url_with_password(), replace=True, progress=progress)
    return safety


_STAMP = r"[0-9]{8}T[0-9]{6}Z(?:-[0-9]+)?"


def _copies(folder: Path, stem: str, label: str | None) -> list[Path]:
    """The regular files in ``folder`` named exactly as :func:`make_backup` names copies
    of the archive ``stem`` (with ``label``, or any label).

    Names are compared as text, not as a glob pattern: an archive called "Archiv [alt]"
    or "presse*" never claims the copies of another archive, and a link, a folder or
    anything else that happens to carry such a name is neither listed nor removed.
    """
    kind = re.escape(label) if label else r"[A-Za-z0-9_.-]+?"
    name = re.compile(rf"{re.escape(stem)}-{kind}-{_STAMP}\.sqlite")
    found: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if name.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                    found.append(Path(entry.path))
    except OSError:
        return []
    return found


def backups_of(archive: Path, label: str | None = None, folder: Path | None = None) -> list[Path]:
    """Backup copies of ``archive``, oldest first (optionally only those with ``label``)."""
    folder = folder or paths.backups_dir()
    return sorted(_copies(folder, archive.stem, label),
                  key=lambda p: (p.stat().st_mtime, p.name))


def rotate(folder: Path, stem: str, label: str, keep: int) -> None:
    """Delete all but the newest ``keep`` copies of one label."""
    copies = sorted(_copies(folder, stem, label), key=lambda p: p.name)
    for old in copies[: max(0, len(copies) - keep)]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


def daily_backup_if_due(archive: Path, folder: Path | None = None) -> Path | None:
    """Once per UTC day, a backup copy of a non-empty archive; returns it when one was made."""
    if not archive.exists() or archive.stat().st_size == 0:
        return None
    today = datetime.now(UTC).strftime("%Y%m%d")
    if any(p.name.split("-daily-")[-1].startswith(today)
           for p in backups_of(archive, "daily", folder)):
        return None
    return make_backup(archive, "daily", folder)


def check_backup(candidate: Path) -> None:
    """Make sure ``candidate`` is a readable, undamaged Pressestelle archive."""
    from editor.store.migrate import inspect_sqlite_file

    if not candidate.is_file():
        raise StoreError(f"{candidate} does not exist or is not a file.")
    if inspect_sqlite_file(candidate) is None:
        raise StoreError(f"{candidate} is empty: it is not a backup of an archive.")
    try:
        with closing(sqlite3.connect(f"{candidate.as_uri()}?mode=ro", uri=True)) as db:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{candidate} cannot be read as an archive ({exc}).") from exc
    if verdict != "ok":
        raise StoreError(f"{candidate} is damaged ({verdict}); choose another backup.")


def restore_backup(candidate: Path, archive: Path) -> Path | None:
    """Replace the archive's content by the backup ``candidate``.

    The current archive is first copied aside (label ``before-restore``); that copy's path
    is returned, so a restore can itself be undone. The backup is checked before anything
    is touched; an older schema is migrated when the archive is next opened.
    """
    check_backup(candidate)
    try:
        check_target(archive)
    except FileWriteError as exc:
        raise StoreError(f"Nothing was restored: {exc}") from exc
    if candidate.resolve() == archive.resolve():
        raise StoreError(f"{candidate} is the archive itself; choose a backup copy.")
    safety = None
    if archive.exists() and archive.stat().st_size > 0:
        safety = make_backup(archive, "before-restore")
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(f"{candidate.as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(archive, timeout=10)) as target,
        ):
            src.backup(target)
    except (OSError, sqlite3.Error) as exc:
        where = f"; the previous content is in {safety}" if safety else ""
        raise StoreError(f"Could not restore {candidate} into {archive} ({exc}){where}.") from exc
    return safety
