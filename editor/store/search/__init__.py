"""Full-text search over the quote archive: quote texts in German and English, speakers.

The same behaviour on every backend; only the index differs:

* :mod:`.query` — how a query is understood (words, phrases, prefixes, filters);
* :mod:`.folding` — how texts and words are folded (umlauts, ß, compound parts);
* :mod:`.entries` — what is indexed per quote (folded texts, parts, filter tags, a key
  that orders by date);
* :mod:`.snippets` and :mod:`.hits` — the hits as the user sees them;
* :mod:`.index` — the protocol every index follows, and its format version;
* :mod:`.sqlite_fts` (FTS5) and :mod:`.postgres_fts` (tsvector with GIN) — the indexes.

Relevance, on every backend: of the newest :data:`.index.RANK_CANDIDATES` matches,
those where every word occurs as a whole word come first, then those found by word
starts or compound parts; newest first within each; further results follow by date.
Scoring every match of a common word is what makes full ranking slow on a large
archive. Person and organisation names are found by substring in ``name_search``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.store.search.entries import IndexedQuote, date_key, row_of_key, tag, topic_tag
    from editor.store.search.folding import (
        MAX_COMPOUND,
        MIN_COMPOUND,
        MIN_PART,
        compound_parts,
        fold_words,
        folded_spellings,
        index_text,
    )
    from editor.store.search.hits import HitSpeaker, QuoteHit, load_hits
    from editor.store.search.index import (
        MAX_NAME_MATCHES,
        RANK_CANDIDATES,
        SEARCH_TABLES,
        QuoteIndex,
        UnavailableQuoteIndex,
        is_search_table,
    )
    from editor.store.search.postgres_fts import PostgresQuoteIndex
    from editor.store.search.query import QuoteFilter, Term, parse_query
    from editor.store.search.snippets import SNIPPET_CHARS, Span, highlight
    from editor.store.search.sqlite_fts import SqliteQuoteIndex

_HOMES = {
    "IndexedQuote": "entries", "date_key": "entries", "row_of_key": "entries", "tag": "entries",
    "topic_tag": "entries",
    "MAX_COMPOUND": "folding", "MIN_COMPOUND": "folding", "MIN_PART": "folding",
    "compound_parts": "folding", "fold_words": "folding", "folded_spellings": "folding",
    "index_text": "folding",
    "HitSpeaker": "hits", "QuoteHit": "hits", "load_hits": "hits",
    "MAX_NAME_MATCHES": "index", "RANK_CANDIDATES": "index", "SEARCH_TABLES": "index",
    "QuoteIndex": "index", "UnavailableQuoteIndex": "index", "is_search_table": "index",
    "PostgresQuoteIndex": "postgres_fts",
    "QuoteFilter": "query", "Term": "query", "parse_query": "query",
    "SNIPPET_CHARS": "snippets", "Span": "snippets", "highlight": "snippets",
    "SqliteQuoteIndex": "sqlite_fts",
}
"""Where each name lives: a submodule is imported when a name of it is first used, so
that reading an archive with the standard library's sqlite3 does not load SQLAlchemy
(which the PostgreSQL index and the archive's writes need)."""


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def index_for(dialect_name: str) -> QuoteIndex:
    """The quote index for a database dialect ("sqlite", "postgresql", …)."""
    from editor.store.search.index import UnavailableQuoteIndex
    from editor.store.search.postgres_fts import PostgresQuoteIndex
    from editor.store.search.sqlite_fts import SqliteQuoteIndex

    if dialect_name == "sqlite":
        return SqliteQuoteIndex()
    if dialect_name == "postgresql":
        return PostgresQuoteIndex()
    return UnavailableQuoteIndex()


__all__ = [
    "MAX_COMPOUND",
    "MAX_NAME_MATCHES",
    "MIN_COMPOUND",
    "MIN_PART",
    "RANK_CANDIDATES",
    "SEARCH_TABLES",
    "SNIPPET_CHARS",
    "HitSpeaker",
    "IndexedQuote",
    "PostgresQuoteIndex",
    "QuoteFilter",
    "QuoteHit",
    "QuoteIndex",
    "Span",
    "SqliteQuoteIndex",
    "Term",
    "UnavailableQuoteIndex",
    "compound_parts",
    "date_key",
    "fold_words",
    "folded_spellings",
    "highlight",
    "index_for",
    "index_text",
    "is_search_table",
    "load_hits",
    "parse_query",
    "row_of_key",
    "tag",
    "topic_tag",
]
