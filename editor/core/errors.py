"""Typed errors that cross layers with a message a user can read."""

from __future__ import annotations


class PressestelleError(Exception):
    """Base of every error that carries a user-readable message."""


class ValidationError(PressestelleError):
    """Data does not fit the model; ``path`` names the field (``blocks[3].text.de``)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


class NotFoundError(PressestelleError):
    """A requested record does not exist."""


class ConflictError(PressestelleError):
    """Someone saved the record since it was loaded; saving would overwrite their work."""

    def __init__(self, item_id: str, loaded_version: int, stored_version: int) -> None:
        self.item_id = item_id
        self.loaded_version = loaded_version
        self.stored_version = stored_version
        super().__init__(
            f"Press item {item_id} was saved by someone else since you opened it "
            f"(your copy is version {loaded_version}, the archive has version "
            f"{stored_version}). Reload it and apply your changes again."
        )


class StoreError(PressestelleError):
    """The archive cannot be opened, read or written."""
