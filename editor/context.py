"""The application context: built once at start-up and passed down, never global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.core import paths
from editor.store.archive import Archive
from editor.store.backup import daily_backup_if_due


@dataclass
class AppContext:
    """Everything a front end (desktop or command line) needs to do its work."""

    archive: Archive
    data_dir: Path

    @classmethod
    def open(cls, db: str | None = None) -> AppContext:
        """Open the archive at ``db`` (file path or SQLAlchemy URL; default: user data)."""
        return cls(archive=Archive.open(db), data_dir=paths.data_dir())

    def backup_if_due(self) -> Path | None:
        """The daily backup copy of an SQLite archive, when today's is still missing.

        Copying a large archive takes a while: the desktop app calls this in the
        background after its window is shown, the command line before it writes.
        """
        if self.archive.path is None:
            return None
        return daily_backup_if_due(self.archive.path)

    def close(self) -> None:
        self.archive.close()
