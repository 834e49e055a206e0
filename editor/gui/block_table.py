"""The table of blocks: German and English side by side, one row per block.

Why a table and not one text flow per language: a release is written and translated
block by block. A row keeps each German paragraph next to its English translation and
its translation state, so a stale or missing translation is seen where it belongs, and
moving a block moves both languages at once. Two free text flows would have to be kept
aligned paragraph by paragraph, and every edit that splits or joins paragraphs in one
language would silently misalign the other. The table therefore stays, but behaves like
a document: one click puts the cursor where it was clicked, rows grow as text is typed
and follow the column width, and a row keeps its open editor (and cursor) when blocks
are moved, added or undone around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from editor.core.model import BlockKind
from editor.gui import labels
from editor.gui.block_table_model import BlockTableModel, TranslationState
from editor.gui.block_text_delegate import BlockCellEditor, BlockTextDelegate
from editor.gui.spelling import Spelling

NARROW_WIDTH = 620
"""Below this table width the translation-state column is hidden (cell colours and
tooltips still show the state), so that the two language columns keep their room."""


@dataclass
class _OpenEditor:
    """Where the user was typing when the rows were rebuilt."""

    block_id: str
    column: int
    position: int
    focused: bool


class BlockTable(QTableView):
    """Shows a :class:`BlockTableModel`; rows grow with their text."""

    currentBlockChanged = Signal(str)
    """Id of the block that became current ("" when none)."""

    def __init__(self, model: BlockTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context_actions: list[QAction | None] = []
        self.setModel(model)
        self.delegate = BlockTextDelegate(self)
        self.setItemDelegate(self.delegate)
        self._open_editor: _OpenEditor | None = None
        self._rows_to_resize: set[int] = set()
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._resize_pending_rows)
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
        header.resizeSection(BlockTableModel.KIND_COLUMN, self._kind_column_width(model))
        # A fixed width: measuring the column's contents on every keystroke was costly
        header.setSectionResizeMode(BlockTableModel.STATE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BlockTableModel.STATE_COLUMN, self._state_column_width(model))
        for column in range(BlockTableModel.FIRST_LANGUAGE_COLUMN, BlockTableModel.STATE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self._connect_signals()

    def _kind_column_width(self, model: BlockTableModel) -> int:
        """Room for the header and for what the column shows in this item: the kinds of
        its blocks ("Absatz", "Zwischenüberschrift" only when there is one) and the
        speakers' family names under "Quote" (one a line if need be), a name longer than
        "Willingmann" cut (its tooltip whole). It was as wide as the longest kind there
        is, used or not."""
        metrics = self.fontMetrics()
        longest_name = metrics.horizontalAdvance("Willingmann")
        widths = [metrics.horizontalAdvance(str(model.headerData(
            BlockTableModel.KIND_COLUMN, Qt.Orientation.Horizontal))),
            metrics.horizontalAdvance(labels.block_kind(BlockKind.PARAGRAPH))]
        for row in range(model.rowCount()):
            shown = model.index(row, BlockTableModel.KIND_COLUMN).data()
            kind, *names = str(shown or "").split("\n")
            widths.append(metrics.horizontalAdvance(kind))
            # "Kammradt, Einsfelder" wraps between the names
            widths += [min(metrics.horizontalAdvance(name), longest_name)
                       for line in names for name in line.split()]
        return max(widths) + 16

    def _fit_kind_column(self) -> None:
        width = self._kind_column_width(self.block_model())
        if self.columnWidth(BlockTableModel.KIND_COLUMN) != width:
            self.horizontalHeader().resizeSection(BlockTableModel.KIND_COLUMN, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._fit_kind_column()

    def _state_column_width(self, model: BlockTableModel) -> int:
        texts = [str(model.headerData(BlockTableModel.STATE_COLUMN,
                                      Qt.Orientation.Horizontal))]
        texts += [model.state_label(lang, state) for lang in ("de", "en")
                  for state in (TranslationState.STALE, TranslationState.MISSING)]
        return max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 16

    def _connect_signals(self) -> None:
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        model = self.model()
        model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        model.modelReset.connect(self._on_model_reset)
        model.dataChanged.connect(self._on_data_changed)
        model.rowsInserted.connect(self._resize_all_rows)
        self.horizontalHeader().sectionResized.connect(self._on_column_resized)
        self.delegate.rowHeightChanged.connect(self._schedule_row_resize)

    def block_model(self) -> BlockTableModel:
        model = self.model()
        assert isinstance(model, BlockTableModel)
        return model

    def set_spelling(self, spelling: Spelling | None) -> None:
        """Cells show their unknown words underlined; cell editors opened from now on
        check their language's spelling while typing."""
        self.delegate.set_spelling(spelling)

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

    def open_editor(self) -> BlockCellEditor | None:
        """The cell editor that is open on the current cell, if any."""
        editor = self.indexWidget(self.currentIndex())
        return editor if isinstance(editor, BlockCellEditor) else None

    def edit_cell(self, index: QModelIndex, position: int | None = None) -> BlockCellEditor | None:
        """Open the editor of ``index`` with the cursor at ``position`` (default: end)."""
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return None
        if self.currentIndex() != index:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not isinstance(self.indexWidget(index), BlockCellEditor):
            self.edit(index)
        editor = self.indexWidget(index)
        if not isinstance(editor, BlockCellEditor):
            return None
        cursor = editor.textCursor()
        length = len(editor.toPlainText())
        cursor.setPosition(length if position is None else min(max(position, 0), length))
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.MouseFocusReason)
        return editor

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """One click on a text cell starts writing where it was clicked."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        widget = self.indexWidget(index)
        editor = widget if isinstance(widget, BlockCellEditor) else self.edit_cell(index)
        if editor is None:
            return
        if widget is not editor:
            # opened by this click in a row not yet grown to its text, the editor scrolled to
            # its cursor at the end: the click is placed in the text as the cell showed it
            editor.verticalScrollBar().setValue(0)
        inside = editor.viewport().mapFrom(self.viewport(), point)
        editor.setTextCursor(editor.cursorForPosition(inside))
        editor.setFocus(Qt.FocusReason.MouseFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if self.isColumnHidden(BlockTableModel.STATE_COLUMN) != narrow:
            self.setColumnHidden(BlockTableModel.STATE_COLUMN, narrow)

    def _in_view(self, index: QModelIndex) -> bool:
        """True when the view shows some of ``index``'s cell: its first lines when they are
        below the view's top (a row pushed down to a sliver at the bottom is not in view)."""
        if not index.isValid():
            return False
        rect = self.visualRect(index)
        first_lines = min(rect.height(), 2 * self.fontMetrics().lineSpacing())
        return rect.bottom() >= 0 and rect.top() + first_lines <= self.viewport().height()

    def _keep_in_view(self, index: QModelIndex, seen: bool) -> None:
        """Scroll to ``index`` when it was ``seen`` and the view no longer shows it (or only
        a sliver at the bottom); a row the user scrolled away from stays away."""
        if seen and index.isValid() and not self._in_view(index):
            self.updateGeometries()  # the scroll range must know the new row heights
            self.scrollTo(index)

    def _on_model_about_to_reset(self) -> None:
        editor = self.open_editor()
        index = self.currentIndex()
        self._open_editor = None
        if editor is not None and editor.block_id():
            self._open_editor = _OpenEditor(editor.block_id(), index.column(),
                                            editor.textCursor().position(), editor.hasFocus())

    def _on_model_reset(self) -> None:
        self.currentBlockChanged.emit("")
        self._resize_all_rows()
        opened, self._open_editor = self._open_editor, None
        if opened is None:
            return
        model = self.block_model()
        for row in range(model.rowCount()):
            if model.block(row).id == opened.block_id:
                editor = self.edit_cell(model.index(row, opened.column), opened.position)
                if editor is not None and not opened.focused:
                    editor.clearFocus()
                return

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self._schedule_row_resize(row)

    def _on_column_resized(self, column: int, old: int, new: int) -> None:
        if BlockTableModel.language_of(column) is not None and old != new:
            self._resize_all_rows()

    def _schedule_row_resize(self, row: int) -> None:
        self._rows_to_resize.add(row)
        self._resize_timer.start()

    def _resize_all_rows(self) -> None:
        self._rows_to_resize.update(range(self.block_model().rowCount()))
        self._resize_timer.start()

    def _resize_pending_rows(self) -> None:
        """Rows (and the kind column, first: the rows' heights depend on it) fitted to
        what changed."""
        self._fit_kind_column()
        rows, self._rows_to_resize = self._rows_to_resize, set()
        count = self.block_model().rowCount()
        current = self.currentIndex()
        seen = self._in_view(current)
        for row in sorted(rows):
            if 0 <= row < count:
                self.resizeRowToContents(row)
        self._keep_in_view(current, seen)  # the rows above grew (e.g. just after it was chosen)
        if self.state() == QAbstractItemView.State.EditingState:
            self.updateEditorGeometries()  # the open editor takes its row's new height now
