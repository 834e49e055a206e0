"""The directory: honorifics per language, organisation logos, saved press contacts.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("people", sa.Column("honorific_by_language", sa.JSON(),
                                      server_default="{}", nullable=False))
    op.add_column("organisations", sa.Column("logo", sa.String(), server_default="",
                                             nullable=False))
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=True),
        sa.Column("function", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name="fk_contacts_organisation_id_organisations",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )


def downgrade() -> None:
    op.drop_table("contacts")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("logo")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("honorific_by_language")
