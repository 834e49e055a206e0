"""What the archive needs of a quote index, and how the index stays current.

The index is derived data: everything in it is computed from the quotes, people and
organisations. It is therefore not part of the schema revisions. Each implementation
names its ``format`` (the layout of its tables and what goes into them); the format the
index was built with is stored in the table ``search_index``. Opening an archive whose
index was built with another format, or not at all, builds it again
(:func:`ensure_current`), on every backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # SQLAlchemy is loaded where the archive queries it, not to read a file
    from sqlalchemy.engine import Connection

    from editor.store.search.entries import QuoteValues
    from editor.store.search.query import QuoteFilter

RANK_CANDIDATES = 1000
"""How many of the newest matches are ordered by relevance."""

MAX_NAME_MATCHES = 400
"""A speaker or organisation filter naming more records than this is too vague."""

STATE_TABLE = "search_index"
"""One row: the format the index was built with."""

SQLITE_INDEX_FORMAT = "sqlite-fts5 3"
"""The format of :class:`editor.store.search.sqlite_fts.SqliteQuoteIndex`, kept here so
that the archive reader checks it without loading the index's code."""

SEARCH_TABLES = ("quote_search", "name_search", "search_words", STATE_TABLE)
"""Tables of the search index; they are not part of ``schema.metadata``."""


def is_search_table(name: str) -> bool:
    """True for the index tables and their dialect's helper tables (for schema checks)."""
    return any(name == t or name.startswith(f"{t}_") for t in SEARCH_TABLES)


class QuoteIndex(Protocol):
    """What the archive needs of a full-text index; one implementation per dialect."""

    dialect: str
    """The database dialect it serves, "none" where searching is not available."""

    format: str
    """The layout and contents of the index; a change makes archives build it again."""

    def create(self, conn: Connection) -> None:
        """Create the index tables (migrations)."""

    def drop(self, conn: Connection) -> None:
        """Drop the index tables (migrations)."""

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Index these quotes as now stored (they are not in the index)."""

    def index_values(self, conn: Connection, values: Sequence[QuoteValues]) -> None:
        """Index these quotes as the caller just stored them (they are not in the index)."""

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Take these quotes out of the index, before their rows change or go."""

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        """Take the quotes of these items out of the index (before they are deleted)."""

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        """Re-index single quotes (speakers or their names or roles changed)."""

    def retag_quotes(self, conn: Connection, row_ids: Sequence[int],
                     values: Sequence[QuoteValues] | None = None) -> None:
        """Re-index the filter tags of these quotes (their item's topics changed; nothing
        else of them); ``values``: their stored values, when the caller knows them."""

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        """(Re-)index the names of people and organisations as now stored."""

    def rebuild(self, conn: Connection) -> None:
        """Index every quote and name from scratch."""

    def settings_current(self, conn: Connection) -> bool:
        """Whether the settings the index keeps in its tables are this version's."""
        ...

    def apply_settings(self, conn: Connection) -> None:
        """Give an index built with other settings (but the same format) this version's."""

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        """Ids of people (``kind`` "p") or organisations ("o") whose name contains ``part``."""
        ...

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        """Row ids of matching quotes, in order."""
        ...

    def count(self, conn: Connection, wanted: QuoteFilter,
              among: Sequence[int] | None = None) -> int:
        """How many quotes match (``among``: only of the quotes with these keys)."""
        ...


def built_format(conn: Connection) -> str | None:
    """The format the archive's index was built with; ``None``: not built (or unknown)."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table(STATE_TABLE):
        return None
    return conn.execute(text(f"SELECT format FROM {STATE_TABLE}")).scalar_one_or_none()


def needs_build(conn: Connection, index: QuoteIndex) -> bool:
    return index.dialect != "none" and built_format(conn) != index.format


def lock_for_build(conn: Connection) -> None:
    """Let one client at a time build a server database's index (until the commit)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('pressestelle search index'))"))


def build(conn: Connection, index: QuoteIndex) -> None:
    """Make the index from scratch in its current format (in the caller's transaction)."""
    from sqlalchemy import text

    index.drop(conn)
    conn.execute(text(f"DROP TABLE IF EXISTS {STATE_TABLE}"))
    index.create(conn)
    index.rebuild(conn)
    conn.execute(text(f"CREATE TABLE {STATE_TABLE} (format VARCHAR(100) NOT NULL)"))
    conn.execute(text(f"INSERT INTO {STATE_TABLE} (format) VALUES (:format)"),
                 {"format": index.format})


class UnavailableQuoteIndex:
    """For databases without an index implementation: saving works, searching fails."""

    dialect = "none"
    format = "none"

    def create(self, conn: Connection) -> None:
        pass

    def drop(self, conn: Connection) -> None:
        pass

    def index_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def index_values(self, conn: Connection, values: Sequence[QuoteValues]) -> None:
        pass

    def unindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def remove_items(self, conn: Connection, item_ids: Sequence[str]) -> None:
        pass

    def reindex_quotes(self, conn: Connection, row_ids: Sequence[int]) -> None:
        pass

    def retag_quotes(self, conn: Connection, row_ids: Sequence[int],
                     values: Sequence[QuoteValues] | None = None) -> None:
        pass

    def index_names(self, conn: Connection, person_ids: Sequence[str] = (),
                    organisation_ids: Sequence[str] = ()) -> None:
        pass

    def rebuild(self, conn: Connection) -> None:
        pass

    def settings_current(self, conn: Connection) -> bool:
        return True

    def apply_settings(self, conn: Connection) -> None:
        pass

    def find_names(self, conn: Connection, kind: str, part: str, limit: int) -> list[str]:
        raise NotImplementedError(conn.dialect.name)

    def search(self, conn: Connection, wanted: QuoteFilter, *, by_relevance: bool,
               limit: int, offset: int) -> list[int]:
        raise NotImplementedError(conn.dialect.name)

    def count(self, conn: Connection, wanted: QuoteFilter,
              among: Sequence[int] | None = None) -> int:
        raise NotImplementedError(conn.dialect.name)
