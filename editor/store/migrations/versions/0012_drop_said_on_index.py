"""The index of quotes by day is dropped: no query reads through it.

Revision ID: 0012
Revises: 0011

Quotes are listed by day only after they have been found through their speaker (or role),
and the search keeps its own order by day, so neither SQLite nor PostgreSQL ever chose
``ix_quotes_said_on``; every saved quote still paid to keep it up to date. Downgrading
builds it again.
"""

from __future__ import annotations

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.drop_index("ix_quotes_said_on", table_name="quotes")


def downgrade() -> None:
    op.create_index("ix_quotes_said_on", "quotes", ["said_on"])
