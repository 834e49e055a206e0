"""The schema revisions this version knows, read from the migration scripts as text.

Knowing the newest revision takes no Alembic and no SQLAlchemy: each script names its
``revision`` and ``down_revision`` on a line of its own. :mod:`editor.store.migrate`
loads Alembic only when a migration is due (or when the chain of scripts is broken).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_REVISION_LINE = re.compile(
    r"^(?P<key>revision|down_revision)\s*(?::[^=]*)?=\s*(?:[\"'](?P<id>[^\"']+)[\"']|None)\s*$",
    re.MULTILINE,
)


@cache
def revision_links() -> dict[str, str | None]:
    """Each revision of the scripts with the one it revises, read from the files as text."""
    links: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = {m["key"]: m["id"] for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        if found.get("revision"):
            links[found["revision"]] = found.get("down_revision")
    return links


def text_head() -> str | None:
    """The newest revision, or ``None`` when the scripts do not form one chain."""
    links = revision_links()
    heads = set(links) - {down for down in links.values() if down is not None}
    return heads.pop() if len(heads) == 1 else None
