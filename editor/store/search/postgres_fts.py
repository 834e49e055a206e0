"""The quote index on PostgreSQL (placeholder while it is written)."""

from __future__ import annotations

from editor.store.search.index import UnavailableQuoteIndex


class PostgresQuoteIndex(UnavailableQuoteIndex):
    dialect = "postgresql"
