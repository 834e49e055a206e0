"""The archive's tables at the newest revision, as SQLAlchemy Core metadata.

Relational where the application queries (lists, filters, the quote archive), JSON where
it only ever loads a record whole. JSON columns hold :func:`editor.core.codec.to_plain`
values. The migrations in ``migrations/versions`` build exactly this schema; a test
compares the two.

Timestamps are stored as naive UTC and read back as timezone-aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

from editor.store.columns import QUOTE_TEXT_COLUMNS as QUOTE_TEXT_COLUMNS  # re-exported

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Stable constraint names, so that migrations can refer to them on every database."""


class UtcDateTime(TypeDecorator[datetime]):
    """A point in time: stored as naive UTC, returned as an aware UTC datetime.

    A naive datetime handed in is taken to be UTC already.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # a value written by another program
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)

people = Table(
    "people",
    metadata,
    Column("id", String, primary_key=True),
    Column("given_name", String, nullable=False),
    Column("family_name", String, nullable=False),
    Column("honorific", String, nullable=False),
    Column("gender", String, nullable=False),
    Column("town", String, nullable=False),
    Column("note", Text, nullable=False),
    Column("honorific_by_language", JSON, nullable=False, server_default="{}"),
)

organisations = Table(
    "organisations",
    metadata,
    Column("id", String, primary_key=True),
    Column("short_name", String, nullable=False),
    Column("name", JSON, nullable=False),
    Column("boilerplate", JSON, nullable=False),
    Column("town", String, nullable=False),
    Column("website", String, nullable=False),
    Column("logo", String, nullable=False, server_default=""),
)

roles = Table(
    "roles",
    metadata,
    Column("id", String, primary_key=True),
    Column(
        "person_id",
        String,
        ForeignKey("people.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "organisation_id",
        String,
        ForeignKey("organisations.id", ondelete="SET NULL"),
        nullable=True,
    ),
    Column("title", JSON, nullable=False),
    Column("function", JSON, nullable=False),
    Column("function_plural", JSON, nullable=False),
    Column("valid_from", Date, nullable=True),
    Column("valid_until", Date, nullable=True),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column(
        "organisation_id",
        String,
        ForeignKey("organisations.id", ondelete="SET NULL"),
        nullable=True,
    ),
    Column("function", JSON, nullable=False),
    Column("phone", String, nullable=False),
    Column("email", String, nullable=False),
    Column("website", String, nullable=False),
    Column("topics", JSON, nullable=False),
)
"""The directory's press contacts; an item keeps copies of those it prints."""

press_items = Table(
    "press_items",
    metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("status", String, nullable=False, index=True),
    Column("issue_date", Date, nullable=True),
    Column("source_language", String, nullable=False),
    Column("languages", JSON, nullable=False),
    Column("headline", JSON, nullable=False),
    Column("headline_search", Text, nullable=False, server_default=""),
    Column("version", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("document", JSON, nullable=False),
    Column("source_name", String, nullable=False, server_default=""),
    Column("imported_at", UtcDateTime, nullable=True),
    Index("ix_press_items_listing", "issue_date", "updated_at"),
)
"""One row per press item. ``document`` holds everything without a column or table of
its own; ``headline_search`` is the headline folded for substring search. An imported
item's provenance has columns (``source_name``: the file's name only; ``imported_at``), so
that the list can say what came from where without reading documents."""

item_topics = Table(
    "item_topics",
    metadata,
    Column(
        "item_id",
        String,
        ForeignKey("press_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("topic", String, nullable=False, index=True),
)

item_issuers = Table(
    "item_issuers",
    metadata,
    Column(
        "item_id",
        String,
        ForeignKey("press_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("organisation_id", String, nullable=False, index=True),
)

quotes = Table(
    "quotes",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column(
        "item_id",
        String,
        ForeignKey("press_items.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("quote_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("said_on", Date, nullable=True),
    Column("approval_state", String, nullable=False),
    Column("text_de", Text, nullable=True),
    Column("text_en", Text, nullable=True),
    Column("document", JSON, nullable=False),
    UniqueConstraint("item_id", "quote_id"),
)
"""One row per quote of a press item. ``said_on`` is the quote's date, or the item's issue
date when the quote has none; ``document`` holds the quote without its speakers and its
German and English text."""

quote_speakers = Table(
    "quote_speakers",
    metadata,
    Column(
        "quote_row_id",
        Integer,
        ForeignKey("quotes.row_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("person_id", String, nullable=False, index=True),
    Column("role_id", String, nullable=True),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)
"""Settings that belong to the archive rather than to one user's machine."""

drafts = Table(
    "drafts",
    metadata,
    Column("item_id", String, primary_key=True),
    Column("document", JSON, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
    Column("owner", String, nullable=False, server_default=""),
)
"""Autosaved working copies of items being edited, kept apart from the saved items.

``document`` is the whole item as :func:`editor.core.codec.to_plain` writes it;
``base_version`` the stored version it was opened at (0 for an item never saved). The
item need not exist in ``press_items``: a new item is drafted before its first save.
``owner`` names the running program that writes the draft ("host:pid"), so that another
one can tell a live colleague's draft from one left behind by a crash."""

photo_blobs = Table(
    "photo_blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("media_type", String, nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)
"""The bytes of every photo, addressed by their SHA-256: a photo record's ``blob``.

Rows are only ever added (the same bytes always get the same key), so one photo used by
several items, drafts or versions is stored once; an export reads nothing else."""

item_claims = Table(
    "item_claims",
    metadata,
    Column("item_id", String, primary_key=True),
    Column("holder", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("since", UtcDateTime, nullable=False),
    Column("seen", UtcDateTime, nullable=False),
)
"""Soft locks: who has an item open for editing ("in Bearbeitung: Anna, seit 10:42").

``holder`` names one running program ("host:pid"), ``name`` the person shown; ``since``
is when the item was opened, ``seen`` when the program last said it still has it open.
A claim not renewed for a few minutes has expired (a crashed program leaves one behind).
Claims never block saving: they only tell colleagues. No foreign key: a claim outlives
neither the item's deletion nor matters for it."""

item_versions = Table(
    "item_versions",
    metadata,
    Column("item_id", String, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("saved_at", UtcDateTime, nullable=False),
    Column("saved_by", String, nullable=False, server_default=""),
    Column("status", String, nullable=False),
    Column("published_at", UtcDateTime, nullable=True),
    Column("headline", Text, nullable=False, server_default=""),
    Column("size", Integer, nullable=False),
    Column("base_version", Integer, nullable=True),
    Column("document", LargeBinary, nullable=False),
)
"""Every saved version of every press item: the history ("Versionen").

``document`` is the whole item as :func:`editor.core.codec.to_plain` writes it (without
its version and timestamps, which are columns here), as UTF-8 JSON compressed with zlib;
``size`` is its length uncompressed. A version with a ``base_version`` is compressed with
the JSON of that version (a full one, its ``base_version`` empty) as zlib's preset
dictionary: what the two share costs next to nothing, so a small edit takes a few hundred
bytes instead of the whole item. ``published_at`` is set on the version a publication
stored. ``headline`` (in the item's source language) names the item when it was deleted.
No foreign key: the history of a deleted item stays unless the user deletes it too, and
the current version of an item is always in here, so restoring needs nothing else."""
