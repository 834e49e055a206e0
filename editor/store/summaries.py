"""What the archive hands out besides the domain records: list rows, drafts, claims.

Kept apart from :mod:`editor.store.archive` so that the desktop app's first paint, which
reads its list through :mod:`editor.store.reader`, builds them without loading SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypedDict

from editor.core.model import ApprovalState, ItemKind, ItemStatus, text_or_any

ApprovalFilter = ApprovalState | str | Iterable[ApprovalState | str] | None
"""One approval state or several; ``None``: any."""


class QuoteFilters(TypedDict, total=False):
    """The filters of a quote search; each one left out (or ``None``) does not filter."""

    speaker: str | None
    """A person's id or a part of the name."""
    organisation: str | None
    """An organisation's id or a part of the name; it filters by the role held then."""
    topic: str | None
    language: str | None
    """Quotes that have a text in this language, searched in this language only."""
    date_from: date | None
    date_to: date | None
    approval: ApprovalFilter
    """One approval state or several."""


@dataclass(frozen=True)
class DraftInfo:
    """The facts of an autosaved draft, without the item itself."""

    item_id: str
    saved_at: datetime
    base_version: int
    owner: str
    """Who writes the draft ("host:pid" of the program); "" when unknown."""


CLAIM_EXPIRES_AFTER = timedelta(minutes=3)
"""A claim not renewed for this long was left behind (the app renews its claims every
minute while an item is open)."""


@dataclass(frozen=True)
class Claim:
    """Someone has an item open for editing (a soft lock: it never blocks saving)."""

    item_id: str
    holder: str
    """The program holding the claim ("host:pid")."""
    name: str
    """The person shown ("Anna")."""
    since: datetime
    seen: datetime


@dataclass(frozen=True)
class ItemSummary:
    """What the archive list shows of a press item, without loading it whole."""

    id: str
    kind: ItemKind
    status: ItemStatus
    issue_date: date | None
    headline: dict[str, str]
    source_language: str
    languages: list[str]
    topics: list[str]
    issuer_ids: list[str]
    updated_at: datetime
    version: int
    source_name: str = ""
    """For an imported item: the name of the file it was read from."""
    imported_at: datetime | None = None

    def headline_in(self, lang: str) -> str:
        """The headline in ``lang``, else in the source language, else any."""
        return (
            self.headline.get(lang)
            or text_or_any(self.headline, self.source_language)
        )
