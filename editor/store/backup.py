"""Backup copies of an archive: before migrations, once a day, on request; restore.

Copies are made with SQLite's online backup API from one read snapshot, so they are
consistent even while the archive is written elsewhere (in WAL mode a reader never holds
up a writer), and are written under a temporary name and renamed: a backup is either
complete or absent. They live in ``<user data>/backups`` as
``<archive>-<label>-<UTC time>.sqlite``.

What a copy costs follows what changed: an archive unchanged since its last copy gets
its new copy as a hard link of that one (no time, no disk); otherwise it is copied whole.
The daily copy runs in a process of its own (:mod:`editor.store.backup_worker`), which
outlives the window or command that started it; a command that writes waits only until
that process holds its snapshot. The oldest copies of each label are rotated out, and all
copies of one archive together stay within a disk budget (:func:`disk_budget`).

An archive on a PostgreSQL server is backed up by the application itself into the same
kind of file (:func:`server_backup`), named after its database; :func:`restore_into_server`
reads such a file (or any archive file) back into the server.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.errors import StoreError
from editor.io.atomic import (
    STALE_AFTER,
    FileWriteError,
    check_target,
    remove_stale_temp_files,
    temp_name,
    write_text_atomic,
)

if TYPE_CHECKING:
    from editor.store.archive import Archive
    from editor.store.transfer import Progress

KEEP: dict[str, int] = {"daily": 7, "manual": 20, "before-restore": 5}
"""How many copies of each label are kept; labels not named here (migrations) keep 5."""
DEFAULT_KEEP = 5
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
BUDGET_FACTOR = 4
"""All copies of one archive together take at most this many times the archive's size..."""
MIN_BUDGET = 2 * 1024**3
"""...or this many bytes, whichever is more (hard-linked copies count once)."""
STEP_PAGES = 8192
"""Pages copied per step of the online backup (32 MiB with SQLite's default page size)."""
ROOM_MARGIN = 64 * 1024**2
"""Free space beyond the archive's size a copy needs before it starts."""

OnSnapshot = Callable[[], None]
"""Called once the copy holds its snapshot: later writes to the archive are not in it."""


def backups_folder() -> Path:
    """The user's backups folder (loaded when needed: the background copy is given its
    folder and starts without the platform look-ups)."""
    from editor.core import paths

    return paths.backups_dir()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_room(source: Path, folder: Path) -> None:
    needed = sum(p.stat().st_size for p in (source, _wal(source)) if p.exists()) + ROOM_MARGIN
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed:
        raise StoreError(
            f"Not enough free disk space in {folder} for a copy of {source} "
            f"({needed // 1024**2} MB needed, {free // 1024**2} MB free). Nothing was "
            f"changed; free some space or remove old backup copies.")


def copy_database(source: Path, destination: Path, *,
                  on_snapshot: OnSnapshot | None = None,
                  step_pages: int = STEP_PAGES) -> None:
    """Copy the SQLite database ``source`` to ``destination`` atomically (online backup).

    The source is read in one read transaction, so the copy is the archive as it was
    when ``on_snapshot`` is called, whatever is written meanwhile, and the steps never
    start over. The copy is made under a temporary name that names this process (see
    :func:`editor.io.atomic.temp_name`), so a later run removes it if this one is killed.
    """
    partial = temp_name(destination)
    try:
        check_target(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(source, timeout=5, isolation_level=None)) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as copy,
        ):
            copy.execute("PRAGMA synchronous=OFF")  # a temporary file: synced at the end
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            if on_snapshot is not None:
                on_snapshot()  # may free space: the room is checked afterwards
            _check_room(source, destination.parent)
            src.backup(copy, pages=step_pages)
            src.execute("COMMIT")
            copy.execute("PRAGMA journal_mode=DELETE")
        _fsync(partial)
        check_target(destination)
        partial.replace(destination)
        with contextlib.suppress(OSError):
            _fsync(destination.parent)
    except (OSError, sqlite3.Error, FileWriteError, StoreError) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, StoreError):
            raise
        raise StoreError(
            f"Could not copy the archive {source} to {destination} ({exc}). Nothing was "
            f"changed; free some disk space or check the folder's permissions."
        ) from exc


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what killed backups left in ``folder``: our stale temporary copies.

    A copy whose writer still runs (a daily copy outliving its window) is left alone.
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


# -- what changed since the last copy ----------------------------------------------------

def _wal(archive: Path) -> Path:
    return archive.with_name(archive.name + "-wal")


def _head(path: Path, size: int) -> str:
    try:
        with path.open("rb") as stream:
            return stream.read(size).hex()
    except OSError:
        return ""


def change_mark(archive: Path) -> list[Any]:
    """What tells whether ``archive`` changed: size, time and header of the file and of
    its write-ahead log (every commit grows the log or starts it anew with new salts).

    Taken before a copy's snapshot, so a commit in between makes the next mark differ
    (one copy too many, never one too few).
    """
    mark: list[Any] = []
    for path, head in ((archive, 100), (_wal(archive), 32)):
        try:
            info = path.stat()
        except FileNotFoundError:
            mark += [0, 0, ""]
            continue
        mark += [info.st_size, info.st_mtime_ns, _head(path, head)]
    return mark


def _state_path(folder: Path, stem: str) -> Path:
    return folder / f".{stem}.backups.json"


def _read_state(folder: Path, stem: str) -> dict[str, Any]:
    try:
        state = json.loads(_state_path(folder, stem).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(folder: Path, stem: str, state: dict[str, Any]) -> None:
    with contextlib.suppress(OSError, FileWriteError):
        folder.mkdir(parents=True, exist_ok=True)
        write_text_atomic(_state_path(folder, stem), json.dumps(state))


def record_failure(archive: Path, message: str, folder: Path | None = None) -> None:
    """Note that a background copy of ``archive`` failed, for the next start to tell."""
    folder = folder or backups_folder()
    state = _read_state(folder, archive.stem)
    state["error"] = message
    state["failed_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    _write_state(folder, archive.stem, state)


def last_failure(archive: Path, folder: Path | None = None) -> str | None:
    """The message of the last background copy of ``archive``, when it failed."""
    error = _read_state(folder or backups_folder(), archive.stem).get("error")
    return error if isinstance(error, str) and error else None


def _unchanged_copy(folder: Path, archive: Path, mark: list[Any]) -> Path | None:
    """The last copy of ``archive`` when the archive has not changed since it was taken."""
    state = _read_state(folder, archive.stem)
    if state.get("archive") != str(archive.resolve()) or state.get("mark") != mark:
        return None
    name = state.get("copy")
    if not isinstance(name, str) or "/" in name or name.startswith("."):
        return None
    copy = folder / name
    try:
        info = copy.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or [info.st_ino, info.st_size] != state.get("inode"):
        return None
    return copy


def make_backup(archive: Path, label: str, folder: Path | None = None, *,
                on_snapshot: OnSnapshot | None = None,
                budget: int | None = None) -> Path:
    """A new backup copy of ``archive``; older copies with the same label are rotated out
    and all copies of the archive kept within ``budget`` bytes (:func:`disk_budget`).

    An archive unchanged since its last copy gets a hard link of that copy instead.
    Temporary copies that killed backups left in the folder are removed once the copy
    holds its snapshot, before the copying: deleting a partial copy of gigabytes takes a
    while, and a writer waiting for the snapshot (``on_snapshot``) does not wait for that.
    """
    folder = folder or backups_folder()
    destination = _new_name(folder, archive.stem, label)
    mark = change_mark(archive)
    previous = _unchanged_copy(folder, archive, mark)

    def snapshot_taken() -> None:
        if on_snapshot is not None:
            on_snapshot()
        remove_leftovers(folder)

    linked = False
    if previous is not None:
        with contextlib.suppress(OSError):
            os.link(previous, destination)
            linked = True
    if linked:
        snapshot_taken()
    else:
        copy_database(archive, destination, on_snapshot=snapshot_taken)
    info = destination.stat()
    _write_state(folder, archive.stem, {"archive": str(archive.resolve()), "mark": mark,
                                        "copy": destination.name,
                                        "inode": [info.st_ino, info.st_size]})
    rotate(folder, archive.stem, label, KEEP.get(label, DEFAULT_KEEP))
    trim_to_budget(folder, archive.stem, disk_budget(archive) if budget is None else budget)
    return destination


def disk_budget(archive: Path) -> int:
    """The most disk all backup copies of ``archive`` may take together."""
    try:
        size = archive.stat().st_size
    except OSError:
        size = 0
    return max(MIN_BUDGET, BUDGET_FACTOR * size)


def _new_name(folder: Path, stem: str, label: str) -> Path:
    """A name after every copy of this second: a copy rotated out never frees its name
    for a newer one, which would then sort as the oldest."""
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    counters = [order[1] for order in map(taken_order, _copies(folder, stem, label))
                if order[0] == stamp]
    counter = max(counters, default=0) + 1
    while True:
        name = f"{stem}-{label}-{stamp}" + (f"-{counter}" if counter > 1 else "")
        destination = folder / f"{name}.sqlite"
        if not (destination.exists() or destination.is_symlink()):
            return destination
        counter += 1


def server_stem(archive: Archive) -> str:
    """The name backups of a server archive carry: its database's name, made file-safe."""
    from sqlalchemy.engine import make_url

    database = make_url(archive.url).database or "archive"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", database) or "archive"


def server_backup(archive: Archive, label: str, folder: Path | None = None,
                  progress: Progress | None = None) -> Path:
    """A backup of an archive on a database server: a portable SQLite archive file.

    Written by the application (no server tools needed): every table is copied and
    verified, like ``migrate-to`` into a new file. The file opens as an archive of its own
    and ``restore`` reads it back into the server.
    """
    folder = folder or backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
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
    import tempfile

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


_STAMP_AT_END = re.compile(r"-([0-9]{8}T[0-9]{6}Z)(?:-([0-9]+))?\.sqlite$")


def taken_order(copy: Path) -> tuple[str, int, str]:
    """Sort key of a copy by when it was taken: its UTC time, then its counter.

    Copies of the same second are numbered ``…Z.sqlite``, ``…Z-2.sqlite``, ``…Z-10.sqlite``;
    as text "-10" sorts before "-2" and both before "." — ordered by name, a rotation
    would delete the newest of them. Modification times do not tell either: a hard-linked
    copy carries the time of the copy it shares.
    """
    found = _STAMP_AT_END.search(copy.name)
    if found is None:
        return ("", 0, copy.name)
    return (found[1], int(found[2] or 1), copy.name)


def backups_of(archive: Path, label: str | None = None, folder: Path | None = None) -> list[Path]:
    """Backup copies of ``archive``, oldest first (optionally only those with ``label``)."""
    folder = folder or backups_folder()
    return sorted(_copies(folder, archive.stem, label), key=taken_order)


def rotate(folder: Path, stem: str, label: str, keep: int) -> None:
    """Delete all but the newest ``keep`` copies of one label."""
    copies = sorted(_copies(folder, stem, label), key=taken_order)
    for old in copies[: max(0, len(copies) - keep)]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


def disk_used(copies: list[Path]) -> int:
    """Bytes ``copies`` take on disk; hard links of one copy count once."""
    seen: dict[tuple[int, int], int] = {}
    for copy in copies:
        with contextlib.suppress(OSError):
            info = copy.lstat()
            seen[(info.st_dev, info.st_ino)] = info.st_size
    return sum(seen.values())


def trim_to_budget(folder: Path, stem: str, budget: int) -> list[Path]:
    """Delete the oldest copies of ``stem`` (any label) until all fit in ``budget`` bytes.

    The newest copy of each label is always kept, even over budget. Returns what was
    deleted.
    """
    copies = sorted((c for c in _copies(folder, stem, None)
                     if _OWN_LABEL.fullmatch(_label_of(c, stem))), key=taken_order)
    kept = {_label_of(copy, stem): copy for copy in copies}  # the newest of each label
    remaining = list(copies)
    removed: list[Path] = []
    for copy in copies:
        if disk_used(remaining) <= budget:
            break
        if copy in kept.values():
            continue
        with contextlib.suppress(OSError):
            copy.unlink()
            remaining.remove(copy)
            removed.append(copy)
    return removed


_OWN_LABEL = re.compile(r"daily|manual|before-restore|before-[0-9]{4}")
"""The labels this program gives: another archive whose name starts like this one's
("archive-old" beside "archive") never has its copies counted or deleted."""


def _label_of(copy: Path, stem: str) -> str:
    found = _STAMP_AT_END.search(copy.name)
    end = found.start() if found else len(copy.name)
    return copy.name[len(stem) + 1:end]


def daily_backup_due(archive: Path, folder: Path | None = None, *, tidy: bool = True) -> bool:
    """True when a non-empty archive has no daily copy of this UTC day yet.

    With ``tidy``, what killed copies left in the folder is removed on the way (their
    writers gone); without, that is left to the copy (:func:`make_backup`), which
    removes it after its snapshot.
    """
    if not archive.exists() or archive.stat().st_size == 0:
        return False
    folder = folder or backups_folder()
    if tidy and folder.is_dir():
        remove_leftovers(folder)
    today = datetime.now(UTC).strftime("%Y%m%d")
    return not any(taken_order(p)[0].startswith(today)
                   for p in backups_of(archive, "daily", folder))


def daily_backup_if_due(archive: Path, folder: Path | None = None, *,
                        on_snapshot: OnSnapshot | None = None) -> Path | None:
    """Once per UTC day, a backup copy of a non-empty archive; returns it when one was made.

    This copies in the calling process; :func:`editor.store.backup_worker.start_daily_backup`
    runs it in a process of its own. What killed copies left is removed after the snapshot.
    """
    if not daily_backup_due(archive, folder, tidy=False):
        return None
    return make_backup(archive, "daily", folder, on_snapshot=on_snapshot)


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
