"""Persistence: the archive of press items, people, organisations and roles.

The archive classes are loaded on first use, so that modules of this package that need
no database library (the background backup copy) start without loading one.
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
