"""Headlines folded for search, and an index for the archive list's order.

The list of press items is filtered by a word of the headline ("förder" should find
"Förderung") and sorted by issue date and last change; both grow slow without help as
the archive fills.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.store.folding import searchable

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_BASIS_KEY = "basis"


def upgrade() -> None:
    op.add_column(
        "press_items",
        sa.Column("headline_search", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_press_items_listing", "press_items", ["issue_date", "updated_at"])

    items = sa.table(
        "press_items",
        sa.column("id", sa.String()),
        sa.column("headline", sa.JSON()),
        sa.column("headline_search", sa.Text()),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(items.c.id, items.c.headline)).all()
    for item_id, headline in rows:
        texts = [v for k, v in (headline or {}).items() if k != _BASIS_KEY and isinstance(v, str)]
        connection.execute(
            items.update().where(items.c.id == item_id).values(headline_search=searchable(*texts))
        )


def downgrade() -> None:
    op.drop_index("ix_press_items_listing", table_name="press_items")
    with op.batch_alter_table("press_items") as batch:
        batch.drop_column("headline_search")
