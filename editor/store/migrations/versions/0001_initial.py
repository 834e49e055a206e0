"""The first archive schema: people, organisations, roles, press items and their quotes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("honorific", sa.String(), nullable=False),
        sa.Column("gender", sa.String(), nullable=False),
        sa.Column("town", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("boilerplate", sa.JSON(), nullable=False),
        sa.Column("town", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=True),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("function", sa.JSON(), nullable=False),
        sa.Column("function_plural", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_roles_person_id_people", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name="fk_roles_organisation_id_organisations",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_roles"),
    )
    op.create_index("ix_roles_person_id", "roles", ["person_id"])
    op.create_table(
        "press_items",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("source_language", sa.String(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("headline", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_press_items"),
    )
    op.create_index("ix_press_items_status", "press_items", ["status"])
    op.create_table(
        "item_topics",
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["press_items.id"],
            name="fk_item_topics_item_id_press_items",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "position", name="pk_item_topics"),
    )
    op.create_index("ix_item_topics_topic", "item_topics", ["topic"])
    op.create_table(
        "item_issuers",
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["press_items.id"],
            name="fk_item_issuers_item_id_press_items",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "position", name="pk_item_issuers"),
    )
    op.create_index("ix_item_issuers_organisation_id", "item_issuers", ["organisation_id"])
    op.create_table(
        "quotes",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("quote_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.Column("approval_state", sa.String(), nullable=False),
        sa.Column("text_de", sa.Text(), nullable=True),
        sa.Column("text_en", sa.Text(), nullable=True),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["press_items.id"],
            name="fk_quotes_item_id_press_items",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("row_id", name="pk_quotes"),
        sa.UniqueConstraint("item_id", "quote_id", name="uq_quotes_item_id_quote_id"),
    )
    op.create_index("ix_quotes_said_on", "quotes", ["said_on"])
    op.create_table(
        "quote_speakers",
        sa.Column("quote_row_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("role_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["quote_row_id"],
            ["quotes.row_id"],
            name="fk_quote_speakers_quote_row_id_quotes",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quote_row_id", "position", name="pk_quote_speakers"),
    )
    op.create_index("ix_quote_speakers_person_id", "quote_speakers", ["person_id"])


def downgrade() -> None:
    for table in (
        "quote_speakers",
        "quotes",
        "item_issuers",
        "item_topics",
        "press_items",
        "roles",
        "organisations",
        "people",
    ):
        op.drop_table(table)
