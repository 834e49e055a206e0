"""The list of press items with its search field and filters."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Organisation, PressItem
from editor.gui.item_filter_bar import ItemFilterBar
from editor.gui.item_list_model import ItemFilter, ItemListModel
from editor.store.summaries import ItemSummary

if TYPE_CHECKING:
    from editor.store.archive import Archive

DATE_WIDTH_ROWS = 40
"""Rows whose dates size the date column (Qt measures 1,000 by default, on each change)."""


class ItemListPanel(QWidget):
    """Finds items; emits :attr:`openRequested` with an item id on double-click or Enter."""

    openRequested = Signal(str)
    selectionChanged = Signal()

    def __init__(self, archive: Archive, organisations: list[Organisation],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_bar = ItemFilterBar(organisations)
        self.model = ItemListModel(archive, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ItemListModel.SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ItemListModel.DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ItemListModel.DATE_COLUMN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(DATE_WIDTH_ROWS)  # the dates are all as wide
        narrow = self.fontMetrics().horizontalAdvance("Veröffentlicht") + 12
        for column in (ItemListModel.STATUS_COLUMN, ItemListModel.KIND_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, narrow)
        header.setSectionResizeMode(ItemListModel.HEADLINE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # In a narrow list a centred title was cut on both sides ("berschrif"): start left.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: list[QAction] = []
        for column in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)),
                             header)
            action.setCheckable(True)
            action.setChecked(column != ItemListModel.KIND_COLUMN)
            action.setEnabled(column != ItemListModel.HEADLINE_COLUMN)
            action.toggled.connect(
                lambda shown, c=column: self.view.setColumnHidden(c, not shown))
            header.addAction(action)
            self.column_actions.append(action)
        self.view.setColumnHidden(ItemListModel.KIND_COLUMN, True)
        self.count_label = QLabel()
        self.count_label.setObjectName("itemCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._connect_signals()
        self.model.refresh(keep_rows=False)
        self._update_count()

    def _connect_signals(self) -> None:
        self.filter_bar.filterChanged.connect(self._on_filter_changed)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self.selectionChanged)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The actions offered when the user right-clicks an item of the list."""
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(actions)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def refresh(self) -> None:
        self.model.refresh()

    def show_unsaved(self, item: PressItem | None) -> None:
        """List ``item``, which is not saved yet, at the top and select it (None: remove)."""
        if item is None:
            self.model.show_unsaved(None)
            return
        self.model.show_unsaved(ItemSummary(
            id=item.id, kind=item.kind, status=item.status, issue_date=item.issue_date,
            headline=dict(item.headline.text), source_language=item.source_language,
            languages=list(item.languages), topics=list(item.topics),
            issuer_ids=list(item.issuer_ids), updated_at=datetime.now(), version=0))
        self._update_count()

    def first_item_id(self) -> str | None:
        """The item shown at the top (the newest, unless the user sorted otherwise)."""
        if self.proxy.rowCount() == 0:
            return None
        return str(self.proxy.index(0, 0).data(ItemListModel.ItemIdRole))

    def selected_item_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [str(index.data(ItemListModel.ItemIdRole)) for index in rows]

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def _on_filter_changed(self, item_filter: ItemFilter) -> None:
        self.model.set_filter(item_filter)

    def _on_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ItemListModel.ItemIdRole)
        if item_id:
            self.openRequested.emit(str(item_id))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.canFetchMore(QModelIndex()):
            text = self.tr("More than %1 items; scroll for more").replace("%1", str(shown))
        else:
            text = self.tr("%n item(s)", "", shown)
        self.count_label.setText(text)
