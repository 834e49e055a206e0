"""How a search query is understood: words, ``"phrases"``, prefixes, and the filters.

The same on every backend:

* Words are folded like the texts (see :mod:`.folding`).
* A bare word of three letters or more matches words that *start* with it ("förder"
  finds "Förderung") and, in German texts, parts of compounds ("wandel" finds
  "Strukturwandel"); a trailing ``*`` is accepted and means the same. Words of one or
  two letters match whole words, unless written with ``*``.
* ``"double quotes"`` ask for exactly these words in this order (a phrase).
* All words and phrases must match. Names of speakers are searched, too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from editor.core.quotes import ApprovalStatus
from editor.store.search.folding import MIN_PART, fold_words

_QUERY_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """One word or phrase of a query, folded."""

    words: tuple[str, ...]
    phrase: bool
    """Written in double quotes: exactly these words, in this order."""
    star: bool = False
    """Written with a trailing ``*``."""

    @property
    def prefix(self) -> bool:
        """Matches word starts: bare words of three letters or more, or with a star."""
        return not self.phrase and (self.star or len(self.words[-1]) >= MIN_PART)


def parse_query(query: str) -> list[Term]:
    """The words and ``"phrases"`` of a search query."""
    terms: list[Term] = []
    for match in _QUERY_TOKEN.finditer(query):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            words = tuple(fold_words(quoted))
            if words:
                terms.append(Term(words, phrase=True))
        elif bare:
            words = tuple(fold_words(bare.rstrip("*")))
            if words:
                terms.append(Term(words, phrase=False, star=bare.endswith("*")))
    return terms


@dataclass(frozen=True)
class QuoteFilter:
    """A search: the parsed query and the filters, with names already resolved to ids."""

    terms: tuple[Term, ...] = ()
    person_ids: tuple[str, ...] | None = None
    """Quotes by one of these people; ``None``: anyone. An empty tuple matches nothing."""
    speaker_words: tuple[str, ...] = ()
    """Words of a too vague speaker name, matched against speaker names instead."""
    organisation_ids: tuple[str, ...] | None = None
    topic: str | None = None
    language: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    approval: tuple[ApprovalStatus, ...] | None = None
    """Quotes with one of these statuses, as the user sees them: an approved quote whose
    words changed since is "changed since approval", not "approved"."""

    @property
    def matches_nothing(self) -> bool:
        return self.person_ids == () or self.organisation_ids == () or self.approval == ()

