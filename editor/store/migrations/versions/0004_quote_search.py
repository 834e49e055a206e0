"""Full-text search over quotes and names: the index tables, filled for existing quotes.

On SQLite these are FTS5 tables (see ``editor.store.search``); on a database without an
index implementation nothing is created and searching reports that it is unavailable.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

from editor.store.search import index_for

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    connection = op.get_bind()
    index = index_for(connection.dialect.name)
    index.create(connection)
    index.rebuild(connection)


def downgrade() -> None:
    connection = op.get_bind()
    index_for(connection.dialect.name).drop(connection)
