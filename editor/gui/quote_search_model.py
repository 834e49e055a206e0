"""Quote search results as a lazily fetched table: date | speaker | role | text | item."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from editor.core.errors import PressestelleError
from editor.core.formatting import format_embargo
from editor.core.model import text_or_any
from editor.core.quotes import ApprovalStatus
from editor.gui import labels
from editor.gui.fields import date_or_undated, muted_brush
from editor.gui.hit_delegate import SPANS_ROLE
from editor.store.search import QuoteHit, Span
from editor.store.summaries import QuoteFilters

if TYPE_CHECKING:
    from editor.store.archive import Archive

Index = QModelIndex | QPersistentModelIndex
ItemDataRole = Qt.ItemDataRole
_WHITESPACE = re.compile(r"\s+")
EMBARGO_COLOUR = QColor(170, 30, 30)
"""Rows of quotes under embargo (found only when asked for) are written in this colour."""
LEAD_IN_CHARS = 30
"""Characters of a quote shown before its first hit in the results table, at most."""


def item_label(hit: QuoteHit, language: str) -> str:
    """The headline of the quote's item, after its embargo while that has not ended."""
    headline = text_or_any(hit.item_headline, language)
    if hit.embargo is None:
        return headline
    return QCoreApplication.translate("QuoteSearchModel", "Under embargo until %1: %2") \
        .replace("%1", format_embargo(hit.embargo.until, hit.embargo.timezone,
                                      language)).replace("%2", headline)


@dataclass(frozen=True)
class QuoteQuery:
    """What the user asked for; field names follow ``Archive.search_quotes``."""

    text: str = ""
    speaker: str | None = None
    organisation: str | None = None
    topic: str | None = None
    language: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    approval: tuple[ApprovalStatus, ...] | None = None
    order: str = "relevance"
    include_embargoed: bool = False
    """Also quotes of items whose embargo has not ended (they are marked)."""

    def arguments(self) -> QuoteFilters:
        """Keyword arguments for ``search_quotes`` / ``count_quotes`` (without order)."""
        return {
            "speaker": self.speaker or None,
            "organisation": self.organisation or None,
            "topic": self.topic or None,
            "language": self.language or None,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "approval": list(self.approval) if self.approval is not None else None,
        }


def _one_line(snippet: Sequence[Span], lead: int = LEAD_IN_CHARS) -> list[Span]:
    """A snippet for one line of a table: whitespace collapsed, starting shortly before
    the first hit, so that a narrow column still shows it."""
    spans = [(_WHITESPACE.sub(" ", text), found) for text, found in snippet if text]
    first = next((n for n, (_, found) in enumerate(spans) if found), None)
    if first is None:
        return spans
    before = "".join(text for text, _ in spans[:first])
    if len(before) <= lead + 1:
        return spans
    cut = before.find(" ", len(before) - lead)
    kept = before[cut + 1:] if 0 <= cut < len(before) - 1 else before[-lead:]
    return [("…" + kept, False), *spans[first:]]


class QuoteSearchModel(QAbstractTableModel):
    """Hits of a quote search, fetched in pages as the view scrolls (never all at once)."""

    DATE_COLUMN, SPEAKER_COLUMN, ROLE_COLUMN, TEXT_COLUMN, ITEM_COLUMN, APPROVAL_COLUMN = range(6)
    HitRole = ItemDataRole.UserRole + 1
    QuoteIdRole = ItemDataRole.UserRole + 2
    ItemIdRole = ItemDataRole.UserRole + 3

    searchFailed = Signal(str)
    """The archive could not search; the message says why."""
    totalChanged = Signal(int)
    """How many quotes match the current query in all."""
    countStarted = Signal()
    """The first page is shown; how many match in all is being counted (on a server, in
    the background: :attr:`totalChanged` follows)."""
    _counted = Signal(int, int, str)
    """From the counting thread: the query's number, its total (-1: failed), why not."""

    def __init__(self, archive: Archive, page_size: int = 50, language: str = "de",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._page_size = page_size
        self._language = language
        self._query: QuoteQuery | None = None
        self._rows: list[QuoteHit] = []
        self._exhausted = True
        self._total = 0
        self._asked = 0
        """The number of the current query: a count of an earlier one is dropped."""
        self._counter: Archive | None = None
        """On a server, an archive of its own that counts in the background (its caches
        are not shared with this thread's); opened when first needed."""
        self._counting = threading.Lock()
        """One count at a time on :attr:`_counter`; the next waits, an outdated one is
        not run."""
        self._counted.connect(self._on_counted)

    @property
    def query(self) -> QuoteQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_language(self, language: str) -> None:
        """Show headlines and titles in ``language`` (else any)."""
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_query(self, query: QuoteQuery | None) -> None:
        """Search again from the first page; ``None`` empties the list.

        The total is counted at once in an archive file. On a server, counting a common
        word reads every row with it (0.4-0.7 s at a million quotes, where the first page
        takes 10 ms), so there it is counted in the background: :attr:`countStarted`
        now, :attr:`totalChanged` when done, and the window is free meanwhile."""
        self.beginResetModel()
        self._asked += 1
        self._query = query
        self._rows = []
        self._exhausted = query is None
        self._total = 0
        failure = ""
        aside = query is not None and self._archive.is_server
        if query is not None:
            try:
                self._rows = self._page(query, 0)
                self._exhausted = len(self._rows) < self._page_size
                if not aside:
                    self._total = self._count(self._archive, query)
            except PressestelleError as exc:
                self._rows, self._exhausted, failure, aside = [], True, str(exc), False
        self.endResetModel()
        if failure:
            self.searchFailed.emit(failure)
        elif aside and query is not None:
            if self._exhausted:  # the first page holds them all
                self._total = len(self._rows)
                self.totalChanged.emit(self._total)
            else:
                self.countStarted.emit()
                self._count_aside(query, self._asked)
        else:
            self.totalChanged.emit(self._total)

    @staticmethod
    def _count(archive: Archive, query: QuoteQuery) -> int:
        return archive.count_quotes(query.text, include_embargoed=query.include_embargoed,
                                    **query.arguments())

    def _count_aside(self, query: QuoteQuery, asked: int) -> None:
        def count() -> None:
            with self._counting:
                if asked != self._asked:
                    return  # another search came meanwhile
                try:
                    if self._counter is None:
                        self._counter = self._archive.opened_again()
                    total, failure = self._count(self._counter, query), ""
                except PressestelleError as exc:
                    total, failure = -1, str(exc)
            with contextlib.suppress(RuntimeError):  # the model is gone (the window closed)
                self._counted.emit(asked, total, failure)

        threading.Thread(target=count, name="quote-count", daemon=True).start()

    def _on_counted(self, asked: int, total: int, failure: str) -> None:
        if asked != self._asked:
            return
        if failure:
            self.searchFailed.emit(failure)
            return
        self._total = total
        self.totalChanged.emit(total)

    def close(self) -> None:
        """Close the archive that counts in the background, if one was opened."""
        with self._counting:
            self._asked += 1
            if self._counter is not None:
                self._counter.close()
                self._counter = None

    def _page(self, query: QuoteQuery, offset: int) -> list[QuoteHit]:
        return self._archive.search_quotes(
            query.text, order=query.order, limit=self._page_size, offset=offset,
            include_embargoed=query.include_embargoed, **query.arguments(),
        )

    def hit(self, row: int) -> QuoteHit:
        return self._rows[row]

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._query is None:
            return
        try:
            more = self._page(self._query, len(self._rows))
        except PressestelleError as exc:
            self._exhausted = True
            self.searchFailed.emit(str(exc))
            return
        self._exhausted = len(more) < self._page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if role == ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == ItemDataRole.ToolTipRole:
            if column == self.TEXT_COLUMN:
                return text_or_any(hit.text, hit.snippet_language)
            return self._display(hit, column)
        if role == ItemDataRole.ForegroundRole and hit.embargo is not None:
            return QBrush(EMBARGO_COLOUR)
        if (role == ItemDataRole.ForegroundRole and column == self.DATE_COLUMN
                and hit.said_on is None):
            return muted_brush()
        if role == SPANS_ROLE and column == self.TEXT_COLUMN:
            return _one_line(hit.snippet)
        if role == self.HitRole:
            return hit
        if role == self.QuoteIdRole:
            return hit.quote_id
        if role == self.ItemIdRole:
            return hit.item_id
        return None

    def _display(self, hit: QuoteHit, column: int) -> str:
        if column == self.DATE_COLUMN:
            return date_or_undated(hit.said_on)
        if column == self.SPEAKER_COLUMN:
            return hit.speaker_names()
        if column == self.ROLE_COLUMN:
            return hit.role_titles(self._language)
        if column == self.TEXT_COLUMN:  # the view draws the hits in bold (SPANS_ROLE)
            return "".join(text for text, _ in _one_line(hit.snippet))
        if column == self.APPROVAL_COLUMN:
            return labels.approval_status(hit.approval_status)
        return item_label(hit, self._language)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("QuoteSearchModel", "Date"),
            QCoreApplication.translate("QuoteSearchModel", "Speaker"),
            QCoreApplication.translate("QuoteSearchModel", "Role at the time"),
            QCoreApplication.translate("QuoteSearchModel", "Quote"),
            QCoreApplication.translate("QuoteSearchModel", "Press item"),
            QCoreApplication.translate("QuoteSearchModel", "Approval"),
        )
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
