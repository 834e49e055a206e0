"""Where an imported press item came from: the file's name and the moment of the import.

Only the file's name is kept, never the folder it was in: a path tells where the press
office keeps its files (a user name, a share, a project folder) and would travel with
every interchange file. A name that comes from outside (an interchange file) is checked
by :func:`source_name_problem`; a name read from the disk is made fit by
:func:`source_name_of`.
"""

from __future__ import annotations

import unicodedata

MAX_SOURCE_NAME = 255
"""The longest file name most file systems allow (in characters here)."""
_SEPARATORS = frozenset("/\\:")
"""Characters that make a name a path (POSIX, Windows, drive letters and URLs)."""


def _unprintable(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")


def source_name_problem(name: str) -> str | None:
    """Why ``name`` is not a plain file name, or None when it is one (or empty)."""
    if not name:
        return None
    if len(name) > MAX_SOURCE_NAME:
        return (f"a file name may have at most {MAX_SOURCE_NAME} characters, this one has "
                f"{len(name):,}")
    if name in (".", "..") or name != name.strip():
        return f"{name.strip()!r} is not a file name"
    for position, ch in enumerate(name, start=1):
        if ch in _SEPARATORS:
            return (f"only a file's name is kept, not its folder: {ch!r} at position "
                    f"{position} makes it a path")
        if _unprintable(ch):
            return f"contains an invisible control character (U+{ord(ch):04X}) at position " \
                   f"{position}"
    return None


def source_name_of(file_name: str) -> str:
    """A file's name as the item keeps it: separators and invisible characters replaced
    by "_", white space at the ends removed, shortened to :data:`MAX_SOURCE_NAME`."""
    name = "".join("_" if ch in _SEPARATORS or _unprintable(ch) else ch for ch in file_name)
    name = name.strip()
    if name in (".", ".."):
        name = name.replace(".", "_")
    if len(name) > MAX_SOURCE_NAME:
        _stem, dot, suffix = name.rpartition(".")
        keep = f"{dot}{suffix}" if dot and len(suffix) <= 10 else ""
        name = name[:MAX_SOURCE_NAME - len(keep) - 1].rstrip() + "…" + keep
    return name
