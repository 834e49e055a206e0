"""The application context: built once at start-up and passed down, never global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core import paths

if TYPE_CHECKING:
    from editor.store.archive import Archive
    from editor.store.backup_worker import DailyBackup


@dataclass
class AppContext:
    """Everything a front end (desktop or command line) needs to do its work."""

    archive: Archive
    data_dir: Path

    @classmethod
    def open(cls, db: str | None = None) -> AppContext:
        """Open the archive at ``db`` (file path or SQLAlchemy URL; default: user data)."""
        from editor.store.archive import Archive

        return cls(archive=Archive.open(db), data_dir=paths.data_dir())

    def finish_opening(self) -> None:
        """Open the archive itself when it is read through the light reader so far (the
        desktop app's first paint, see :mod:`editor.store.deferred`); else nothing."""
        from editor.store.deferred import DeferredArchive

        if isinstance(self.archive, DeferredArchive):
            self.archive.open_now()

    def start_daily_backup(self, *, wait: bool = True) -> DailyBackup | None:
        """Start the daily copy of an SQLite archive in the background, when it is due.

        Copying a large archive takes a while: the copy runs in a process of its own and
        outlives this one. With ``wait`` (the command line, before it writes) this returns
        once the copy holds its snapshot, a fraction of a second; the desktop app does not
        wait and shows the copy in its status bar.
        """
        from editor.store.backup import backups_folder, daily_backup_due, remove_leftovers
        from editor.store.backup_worker import start_daily_backup

        path = self.archive.path
        if path is None:
            return None
        # What a killed copy left is removed here only when no copy is due; a copy due
        # removes it after its snapshot, so that a writer never waits for the deletion.
        if not daily_backup_due(path, tidy=False):
            folder = backups_folder()
            if folder.is_dir():
                remove_leftovers(folder)
            return None
        return start_daily_backup(path, wait=wait)

    def close(self) -> None:
        self.archive.close()
