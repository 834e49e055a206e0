"""Persistence: the archive of press items, people, organisations and roles."""

from editor.store.archive import Archive, DuplicateItemError, ItemSummary

__all__ = ["Archive", "DuplicateItemError", "ItemSummary"]
