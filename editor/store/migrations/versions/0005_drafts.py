"""Autosaved drafts: the working copy of an item being edited, apart from the saved item.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("owner", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("item_id", name="pk_drafts"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
