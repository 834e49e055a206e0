"""The table of blocks: German and English side by side, one row per block."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from editor.gui.block_table_model import BlockTableModel
from editor.gui.block_text_delegate import BlockTextDelegate
from editor.gui.spelling import Spelling


class BlockTable(QTableView):
    """Shows a :class:`BlockTableModel`; rows grow with their text."""

    currentBlockChanged = Signal(str)
    """Id of the block that became current ("" when none)."""

    def __init__(self, model: BlockTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context_actions: list[QAction | None] = []
        self.setModel(model)
        self._delegate = BlockTextDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(BlockTableModel.KIND_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BlockTableModel.KIND_COLUMN,
                             self.fontMetrics().horizontalAdvance("Überschrift") + 16)
        header.setSectionResizeMode(BlockTableModel.STATE_COLUMN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        for column in range(BlockTableModel.FIRST_LANGUAGE_COLUMN, BlockTableModel.STATE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() * 2 + 8)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model().modelReset.connect(self._on_model_reset)

    def block_model(self) -> BlockTableModel:
        model = self.model()
        assert isinstance(model, BlockTableModel)
        return model

    def set_spelling(self, spelling: Spelling | None) -> None:
        """Cell editors opened from now on check their language's spelling."""
        self._delegate.spelling = spelling

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """Actions of the context menu; None is a separator."""
        self._context_actions = actions

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_block(self, block_id: str, column: int | None = None) -> None:
        model = self.block_model()
        for row in range(model.rowCount()):
            if model.block(row).id == block_id:
                current = self.currentIndex()
                if column is None:
                    column = current.column() if current.isValid() else (
                        BlockTableModel.FIRST_LANGUAGE_COLUMN)
                index = model.index(row, column)
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.Clear)
                self.scrollTo(index)
                return

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row() or not previous.isValid():
            block_id = current.data(BlockTableModel.BlockIdRole) if current.isValid() else ""
            self.currentBlockChanged.emit(str(block_id or ""))

    def _on_model_reset(self) -> None:
        self.currentBlockChanged.emit("")
