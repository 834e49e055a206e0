"""The columns an archive file is read by, and how their stored values become Python values.

:mod:`editor.store.schema` declares the tables for SQLAlchemy; :mod:`editor.store.reader`
reads an SQLite file with the standard library alone and turns each stored value into
what SQLAlchemy would hand out: JSON text into its value, ``YYYY-MM-DD`` into a date,
a stored UTC time into an aware datetime. A test holds this list to the schema.
"""

from __future__ import annotations

QUOTE_TEXT_COLUMNS: dict[str, str] = {"de": "text_de", "en": "text_en"}
"""Languages whose quote text has a column of its own (for full-text search)."""

JSON = "json"
DATE = "date"
TIME = "time"
PLAIN = ""

READ_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "people": (("id", PLAIN), ("given_name", PLAIN), ("family_name", PLAIN),
               ("honorific", PLAIN), ("gender", PLAIN), ("town", PLAIN), ("note", PLAIN),
               ("honorific_by_language", JSON)),
    "organisations": (("id", PLAIN), ("short_name", PLAIN), ("name", JSON),
                      ("boilerplate", JSON), ("town", PLAIN), ("website", PLAIN),
                      ("logo", PLAIN)),
    "roles": (("id", PLAIN), ("person_id", PLAIN), ("organisation_id", PLAIN),
              ("title", JSON), ("function", JSON), ("function_plural", JSON),
              ("valid_from", DATE), ("valid_until", DATE)),
    "press_items": (("id", PLAIN), ("kind", PLAIN), ("status", PLAIN), ("issue_date", DATE),
                    ("source_language", PLAIN), ("languages", JSON), ("headline", JSON),
                    ("headline_search", PLAIN), ("version", PLAIN), ("created_at", TIME),
                    ("updated_at", TIME), ("document", JSON), ("source_name", PLAIN),
                    ("imported_at", TIME)),
    "item_topics": (("item_id", PLAIN), ("position", PLAIN), ("topic", PLAIN)),
    "item_issuers": (("item_id", PLAIN), ("position", PLAIN), ("organisation_id", PLAIN)),
    "quotes": (("row_id", PLAIN), ("item_id", PLAIN), ("quote_id", PLAIN),
               ("position", PLAIN), ("said_on", DATE), ("approval_state", PLAIN),
               ("text_de", PLAIN), ("text_en", PLAIN), ("document", JSON)),
    "quote_speakers": (("quote_row_id", PLAIN), ("position", PLAIN), ("person_id", PLAIN),
                       ("role_id", PLAIN)),
    "settings": (("key", PLAIN), ("value", PLAIN)),
    "drafts": (("item_id", PLAIN), ("document", JSON), ("base_version", PLAIN),
               ("saved_at", TIME), ("owner", PLAIN)),
    "photo_blobs": (("sha256", PLAIN), ("media_type", PLAIN), ("size", PLAIN),
                    ("data", PLAIN)),
}
"""Per table read without SQLAlchemy: every column in the schema's order, with its kind."""
