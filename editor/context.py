"""The application context: built once at start-up and passed down, never global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.core import paths
from editor.store.archive import Archive


@dataclass
class AppContext:
    """Everything a front end (desktop or command line) needs to do its work."""

    archive: Archive
    data_dir: Path

    @classmethod
    def open(cls, db: str | None = None) -> AppContext:
        """Open the archive at ``db`` (file path or SQLAlchemy URL; default: user data)."""
        return cls(archive=Archive.open(db), data_dir=paths.data_dir())

    def close(self) -> None:
        self.archive.close()
