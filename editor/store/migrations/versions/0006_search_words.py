"""The list of long indexed words, so that long prefixes need no slow prefix merge.

The quote index is built again with the list (see ``editor.store.search``): a database
whose index was already made with it (by revision 0004 of this version) is left alone.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.store.search import index_for

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    connection = op.get_bind()
    index = index_for(connection.dialect.name)
    if index.dialect == "none" or sa.inspect(connection).has_table("search_words"):
        return
    index.drop(connection)
    index.create(connection)
    index.rebuild(connection)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_words")
