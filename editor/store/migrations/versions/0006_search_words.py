"""The list of long indexed words, so that long prefixes need no slow prefix merge.

The search index is derived data, built when the archive is opened (see
``editor.store.search.index``); this revision once built it again with the list and now
changes nothing. Going back before it drops the list and the index's format record, so
that the next opening builds the index again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_words")
    op.execute("DROP TABLE IF EXISTS search_index")
