"""A search's arguments turned into a :class:`.query.QuoteFilter`, on every way of reading.

The archive (through SQLAlchemy) and the file reader (:mod:`editor.store.reader`, through
the standard library's sqlite3) look names up each in their own way; what they make of
the answers is decided here once, so that both give the same hits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from editor.core.codec import from_plain
from editor.core.errors import ValidationError
from editor.core.model import Embargo
from editor.core.quotes import ApprovalStatus, status_named
from editor.store.folding import fold_query
from editor.store.search.index import MAX_NAME_MATCHES
from editor.store.search.query import QuoteFilter, parse_query

Named = Callable[[str, str], tuple[tuple[str, ...] | None, tuple[str, ...]]]
"""``named(kind, value)``: the ids of the people ("p") or organisations ("o") meant."""


def named_ids(kind: str, value: str, has_id: Callable[[str], bool],
              find: Callable[[str, int], list[str]],
              ) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """Ids of the records with id ``value`` or a name containing it.

    A part of a name found in too many people is matched against the speakers' names
    in the index instead (word starts): then the ids are ``None``, the words given.
    """
    if has_id(value):
        return (value,), ()
    ids = find(value, MAX_NAME_MATCHES + 1)
    if len(ids) > MAX_NAME_MATCHES and kind == "p":
        return None, tuple(fold_query(value).split())
    return tuple(ids[:MAX_NAME_MATCHES]), ()


def quote_filter(query: str, filters: Mapping[str, Any], named: Named) -> QuoteFilter:
    """The filter of a search for ``query`` with the filters of ``Archive.search_quotes``."""
    speaker, organisation = filters.get("speaker"), filters.get("organisation")
    topic, approval = filters.get("topic"), filters.get("approval")
    person_ids: tuple[str, ...] | None = None
    speaker_words: tuple[str, ...] = ()
    if speaker is not None and speaker.strip():
        person_ids, speaker_words = named("p", speaker.strip())
    organisation_ids: tuple[str, ...] | None = None
    if organisation is not None and organisation.strip():
        organisation_ids, _ = named("o", organisation.strip())
    states: tuple[ApprovalStatus, ...] | None = None
    if isinstance(approval, str):
        states = (status_named(approval),)
    elif approval is not None:
        states = tuple(dict.fromkeys(status_named(a) for a in approval))
    return QuoteFilter(
        terms=tuple(parse_query(query)),
        person_ids=person_ids,
        speaker_words=speaker_words,
        organisation_ids=organisation_ids,
        topic=topic.strip() if topic and topic.strip() else None,
        language=filters.get("language") or None,
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        approval=states,
    )



EmbargoOf = Callable[[Sequence[int]], Mapping[int, Any]]
"""``embargo_of(row_ids)``: the stored embargo (plain values) of each of these quotes'
items that has one."""


def embargo_from(plain: Any) -> Embargo | None:
    """The embargo stored in an item's document, or ``None``."""
    if isinstance(plain, str):  # SQLite's json_extract hands out an object as its text
        import json

        try:
            plain = json.loads(plain)
        except ValueError:
            return None
    if not isinstance(plain, dict):
        return None
    try:
        return from_plain(Embargo, plain)
    except (ValidationError, TypeError, ValueError):
        return None


def in_force(embargo_of: EmbargoOf, row_ids: Sequence[int],
             now: datetime | None) -> dict[int, Embargo]:
    """The quotes of ``row_ids`` whose item is under an embargo that has not ended."""
    found = {}
    for row_id, plain in embargo_of(row_ids).items():
        embargo = embargo_from(plain)
        if embargo is not None and embargo.in_force(now):
            found[row_id] = embargo
    return found


def visible_rows(search: Callable[[int, int], list[int]], embargo_of: EmbargoOf, *, limit: int,
                 offset: int, include_embargoed: bool, now: datetime | None = None,
                 ) -> tuple[list[int], dict[int, Embargo]]:
    """One page of a search's rows, and the embargo of those under one.

    ``search(limit, offset)`` gives rows of the search. Quotes of items under embargo
    are left out unless ``include_embargoed``; the page is then filled from further rows
    (embargoes are few: the rows before the page are read, not counted by the index).
    """
    if include_embargoed:
        rows = search(limit, offset)
        return rows, in_force(embargo_of, rows, now)
    need = fetch = offset + limit
    while True:
        found = search(fetch, 0)
        hidden = in_force(embargo_of, found, now)
        shown = [row for row in found if row not in hidden]
        if len(shown) >= need or len(found) < fetch:
            return shown[offset:need], {}
        fetch = need + len(hidden)
