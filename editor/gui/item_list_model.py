"""The press items of the archive as a lazily fetched table: date | status | kind | headline."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from editor.core.model import ItemKind, ItemStatus
from editor.gui import labels
from editor.gui.fields import date_or_undated, muted_brush
from editor.store.summaries import ItemSummary

if TYPE_CHECKING:
    from editor.store.archive import Archive

Index = QModelIndex | QPersistentModelIndex
UNDATED_KEY = "~"
"""Sort key of an undated item's date: after every ISO date, so first when newest first."""
ItemDataRole = Qt.ItemDataRole


@dataclass(frozen=True)
class ItemFilter:
    """What the user asked the list to show; field names follow Archive.list_items."""

    text: str | None = None
    status: ItemStatus | None = None
    kind: ItemKind | None = None
    topic: str | None = None
    issuer_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class ItemListModel(QAbstractTableModel):
    """Fetches item summaries page by page as the view scrolls."""

    DATE_COLUMN, STATUS_COLUMN, KIND_COLUMN, HEADLINE_COLUMN = range(4)
    ItemIdRole = ItemDataRole.UserRole + 1
    SortRole = ItemDataRole.UserRole + 2

    def __init__(self, archive: Archive, page_size: int = 200,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._page_size = page_size
        self._filter = ItemFilter()
        self._rows: list[ItemSummary] = []
        self._exhausted = False
        self._unsaved: ItemSummary | None = None
        """The open item that is not in the archive yet; shown as the first row."""

    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    def set_filter(self, item_filter: ItemFilter) -> None:
        """Show the items matching ``item_filter``, starting again from the first page."""
        self._filter = item_filter
        self.refresh(keep_rows=False)

    def refresh(self, keep_rows: bool = True) -> None:
        """Fetch again, as many rows as are shown now (at least one page)."""
        wanted = max(self._page_size, len(self._rows)) if keep_rows else self._page_size
        self.beginResetModel()
        self._rows = self._fetch(0, wanted)
        self._exhausted = len(self._rows) < wanted
        if self._unsaved is not None:
            if self.row_of(self._unsaved.id) >= 0:
                self._unsaved = None  # saved meanwhile: the archive's row is shown
            else:
                self._rows.insert(0, self._unsaved)
        self.endResetModel()

    def show_unsaved(self, summary: ItemSummary | None) -> None:
        """Show ``summary`` (an item not saved yet) as the first row; None removes it."""
        old = self._unsaved
        if old is not None and summary is not None and old.id == summary.id:
            row = self.row_of(old.id)
            self._unsaved = summary
            if row >= 0:
                self._rows[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.beginResetModel()
        if old is not None and self._rows and self._rows[0] is old:
            del self._rows[0]
        self._unsaved = summary
        if summary is not None and self.row_of(summary.id) < 0:
            self._rows.insert(0, summary)
        self.endResetModel()

    def is_unsaved(self, row: int) -> bool:
        return self._unsaved is not None and 0 <= row < len(self._rows) and (
            self._rows[row] is self._unsaved)

    def _fetch(self, offset: int, limit: int) -> list[ItemSummary]:
        criteria = {k: v for k, v in asdict(self._filter).items() if v not in (None, "")}
        return self._archive.list_items(limit=limit, offset=offset, **criteria)

    def summary(self, row: int) -> ItemSummary:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.id == item_id), -1)

    # Lazy fetching
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows), self._page_size)
        self._exhausted = len(more) < self._page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = ItemDataRole.DisplayRole) -> Any:
        if role != ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {self.DATE_COLUMN: self.tr("Date"), self.STATUS_COLUMN: self.tr("Status"),
                  self.KIND_COLUMN: self.tr("Kind"), self.HEADLINE_COLUMN: self.tr("Headline")}
        return titles.get(section)

    def data(self, index: Index, role: int = ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == self.ItemIdRole:
            return summary.id
        if role == ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == self.SortRole:
            if column == self.DATE_COLUMN:
                # Undated items (drafts, usually) come before the newest, as the archive
                # lists them: pages fetched later never land above them.
                return summary.issue_date.isoformat() if summary.issue_date else UNDATED_KEY
            if column == self.STATUS_COLUMN:
                return list(ItemStatus).index(summary.status)
            return (self._display(summary, column) or "").casefold()
        if (role == ItemDataRole.ForegroundRole and column == self.DATE_COLUMN
                and summary.issue_date is None):
            return muted_brush()
        unsaved = self.is_unsaved(index.row())
        if role == ItemDataRole.FontRole and unsaved:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ItemDataRole.ToolTipRole and unsaved:
            return self.tr("Not saved yet: Ctrl+S stores it in the archive.")
        if role == ItemDataRole.ToolTipRole and column == self.HEADLINE_COLUMN:
            return "\n".join(f"{lang.upper()}: {text}"
                             for lang, text in summary.headline.items() if text)
        return None

    def _display(self, summary: ItemSummary, column: int) -> str | None:
        if column == self.DATE_COLUMN:
            return date_or_undated(summary.issue_date)
        if column == self.STATUS_COLUMN:
            return labels.item_status(ItemStatus(summary.status))
        if column == self.KIND_COLUMN:
            return labels.item_kind(ItemKind(summary.kind))
        if column == self.HEADLINE_COLUMN:
            headline = summary.headline
            text = headline.get(summary.source_language) or next(
                (t for t in headline.values() if t), "")
            if not text and self._unsaved is summary:
                return self.tr("New press release (not saved yet)")
            return text or self.tr("(no headline)")
        return None
