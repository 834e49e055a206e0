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
        """Open the archive at ``db`` (file path or SQLAlchemy URL; default: user data).

        An SQLite archive gets its daily backup copy here, before anything is changed.
        """
        archive = Archive.open(db)
        if archive.path is not None:
            daily_backup_if_due(archive.path)
        return cls(archive=archive, data_dir=paths.data_dir())

    def close(self) -> None:
        self.archive.close()
