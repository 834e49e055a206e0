"""Full-text search over quotes and names.

The search index is derived data with a format version of its own: it is built (and
built again when its format changes) when the archive is opened, not by revisions
(see ``editor.store.search.index``). This revision once created it; it now changes
nothing, and going back before it drops the index tables, named here as they were (in
any format).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_INDEX_TABLES = ("search_index", "search_words", "name_search", "quote_search",
                 "quote_search_entries")
"""Every index table any index format had (the entries came with the SQLite format 2)."""


def upgrade() -> None:
    pass


def downgrade() -> None:
    for table in _INDEX_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
