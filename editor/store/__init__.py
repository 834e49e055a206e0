"""Persistence: the archive of press items, people, organisations and roles.

The archive (:mod:`editor.store.archive`, on SQLAlchemy) is imported when first used, so
that a command reading an archive file through :mod:`editor.store.reader` starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.store.archive import Archive, DuplicateItemError, ItemSummary

__all__ = ["Archive", "DuplicateItemError", "ItemSummary"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from editor.store import archive

        return getattr(archive, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
