"""Edits a block's text in its table cell; every keystroke reaches the document at once.

The cell editor writes its text straight into its cell through a persistent model index
(a bound method, connected once). It never emits the view's ``commitData`` while typing:
doing that from a closure on every keystroke re-entered the view (``setModelData`` →
undo command → ``dataChanged`` → ``setEditorData`` on the very editor that was still
emitting ``textChanged``). Under PySide6 that re-entrant path crashed the interpreter
(``none_dealloc``), and when the editor had meanwhile been released by a model reset,
Qt refused the commit ("commitData called with an editor that does not belong to this
view") and the last words were lost.

Cells that are not being edited show the unknown words of their text with the same red
wave as the cell editor (:meth:`BlockTextDelegate.misspellings_of`). Painting asks the checker
only for verdicts it knows; words never seen before are looked up shortly after, once, and
the table is painted again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from editor.core.model import BlockKind
from editor.gui.block_table_model import BlockTableModel, TranslationState
from editor.gui.fields import TextField
from editor.gui.spelling import (
    UNDERLINE_COLOUR,
    UNDERLINE_STYLE,
    Spelling,
    attach_spelling,
)
from editor.services.spelling import Misspelling

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

CELL_MARGIN = 4
"""Space between a cell's border and its text, on every side."""
MIN_LINES = 2
"""Every text cell is at least this many lines high: there is room to click and write."""
LOOKUP_DELAY_MS = 30
"""New words seen while painting are looked up this long after (not during the paint)."""
BULLET = "•"
LINE_SEPARATOR = "\u2028"
"""What Qt puts in place of a line break in the text a cell paints."""
WRAP_MODE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
"""How a cell breaks its lines, painted and while edited: at spaces, and inside a word
longer than the column ("Wirtschaftsfördergesellschaften" in a narrow window) rather
than letting it run past the cell's edge."""


def bulleted(text: str) -> str:
    """A list block's text as its cell shows it: each line an item with its bullet, as
    the exports print it ("- Erstens" and "Erstens" both → "• Erstens"); the stored text
    and the cell editor keep what the user typed."""
    lines = [line.strip().removeprefix("- ").removeprefix("* ") for line in text.split("\n")]
    return "\n".join(f"{BULLET} {line}" if line else "" for line in lines)


def shown_text(index: Index) -> str:
    """The text a cell shows when it is not being edited."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if (text and BlockTableModel.language_of(index.column())
            and index.data(BlockTableModel.KindRole) == BlockKind.LIST.value):
        return bulleted(text)
    return text


class BlockCellEditor(TextField):
    """The text field of one cell; its text is the cell's text at every moment."""

    rowHeightChanged = Signal(int)
    """The text needs another height: the row (at the time of the change) must be resized."""

    def __init__(self, parent: QWidget, index: Index, language: str) -> None:
        super().__init__(parent, language)
        self._index = QPersistentModelIndex(index)
        self._block_id = str(index.data(BlockTableModel.BlockIdRole) or "")
        self._loading = False
        self._loaded = False
        self._lines = 0
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setObjectName("blockTextEditor")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The text wraps to the cell's width: while a splitter is dragged the cell lags a
        # moment behind its column, and a scroll bar flickered in and stayed after it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(WRAP_MODE)
        self.document().setDocumentMargin(CELL_MARGIN - 1)
        self.textChanged.connect(self._write)
        self.blockCountChanged.connect(self._on_layout_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_changed)

    def sizeHint(self) -> QSize:
        """Small: the row's height follows the text (see :func:`text_height`), not this."""
        return QSize(80, 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 0)

    def cell(self) -> QPersistentModelIndex:
        return self._index

    def block_id(self) -> str:
        """Id of the block whose text this is (rows may have moved since)."""
        return self._block_id

    def load(self, text: str) -> None:
        """Show ``text`` (after undo, redo or a change elsewhere), keeping the cursor."""
        first, self._loaded = not self._loaded, True
        if self.toPlainText() == text:
            return
        position = len(text) if first else self.textCursor().position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def _write(self) -> None:
        if self._loading or not self._index.isValid():
            return
        model = self._index.model()
        if model is not None:
            model.setData(self._index, self.toPlainText(), Qt.ItemDataRole.EditRole)

    def _on_layout_changed(self) -> None:
        lines = self.document().documentLayout().documentSize().toSize().height()
        if lines != self._lines and self._index.isValid():
            self._lines = lines
            self.rowHeightChanged.emit(self._index.row())


def text_height(text: str, font: QFont, width: int) -> int:
    """Height of ``text`` wrapped at ``width`` pixels as its cell wraps it
    (:data:`WRAP_MODE`), with the cell's margins."""
    metrics = QFontMetrics(font)
    inner = max(width - 2 * CELL_MARGIN - 2, 20)
    option = QTextOption()
    option.setWrapMode(WRAP_MODE)
    lines = 0
    for paragraph in text.split("\n"):  # a last empty line counts
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner)
            lines += 1
        layout.endLayout()
    lines_high = metrics.lineSpacing() * max(lines, MIN_LINES)
    return lines_high + 2 * CELL_MARGIN + 2


class BlockTextDelegate(QStyledItemDelegate):
    """A multi-line editor in the cell: Enter finishes, Shift+Enter starts a new line."""

    rowHeightChanged = Signal(int)
    """An open editor's text needs another row height."""

    spelling: Spelling | None = None
    """Checks the text of the cell's language while typing and when painted (set by the
    table with :meth:`set_spelling`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unchecked: dict[str, set[str]] = {}
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up_pending)

    def set_spelling(self, spelling: Spelling | None) -> None:
        if self.spelling is not None:
            self.spelling.wordsChanged.disconnect(self._repaint)
        self.spelling = spelling
        if spelling is not None:
            spelling.wordsChanged.connect(self._repaint)
        self._repaint()

    def _repaint(self) -> None:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            view.viewport().update()

    def misspellings_of(self, index: Index) -> list[Misspelling]:
        """The unknown words underlined in the cell at ``index`` (as far as known now)."""
        language = BlockTableModel.language_of(index.column())
        text = shown_text(index)
        if self.spelling is None or not language or not text:
            return []
        try:
            misses, unchecked = self.spelling.known_misspellings(text, language)
        except Exception:  # painting must go on whatever the checker does
            log.exception("spell checking failed; this cell stays unchecked")
            return []
        if unchecked:
            self._unchecked.setdefault(language, set()).update(unchecked)
            self._lookup.start()
        return misses

    def pending(self) -> bool:
        """True while words seen in painted cells wait to be looked up."""
        return bool(self._unchecked)

    def look_up_pending(self) -> None:
        """Look up the words painted cells hold but the checker did not know; paint again."""
        self._lookup.stop()
        pending, self._unchecked = self._unchecked, {}
        if self.spelling is None or not pending:
            return
        try:
            for language, words in pending.items():
                self.spelling.checker.look_up(words, language)
        except Exception:
            log.exception("spell checking failed; these words stay unchecked")
        self._repaint()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        language = BlockTableModel.language_of(index.column()) or ""
        editor = BlockCellEditor(parent, index, language)
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            editor.setFont(font)
        editor.rowHeightChanged.connect(self.rowHeightChanged)
        if language:
            attach_spelling(editor, self.spelling, language)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, BlockCellEditor):
            editor.load(text)
        elif isinstance(editor, TextField):
            editor.set_text_keeping_cursor(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, TextField):
            if model.data(index, Qt.ItemDataRole.EditRole) != editor.toPlainText():
                model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if BlockTableModel.language_of(index.column()) is None:
            return super().sizeHint(option, index)
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QAbstractItemView) and hasattr(view, "columnWidth"):
            width = view.columnWidth(index.column())
        font = index.data(Qt.ItemDataRole.FontRole)
        text = shown_text(index)
        return QSize(width, text_height(text, font if isinstance(font, QFont) else option.font,
                                        width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, TextField) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        shown = shown_text(index)
        if option.text and shown != index.data(Qt.ItemDataRole.DisplayRole):
            option.text = shown.replace("\n", LINE_SEPARATOR)  # as Qt shows line breaks

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if BlockTableModel.language_of(index.column()) is None:
            super().paint(painter, option, index)
            return
        self._paint_text(painter, option, index, self.misspellings_of(index))
        if index.data(Qt.ItemDataRole.DisplayRole) or not (index.flags()
                                                           & Qt.ItemFlag.ItemIsEditable):
            return
        state = index.data(BlockTableModel.StateRole)
        if state == TranslationState.MISSING.value:
            hint = self.tr("translation missing")
        elif state == TranslationState.SOURCE.value:
            hint = self.tr("write here")
        else:
            return
        painter.save()
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(option.palette.placeholderText().color())
        rect = option.rect.adjusted(CELL_MARGIN, 2, -CELL_MARGIN, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, hint)
        painter.restore()

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                    misses: list[Misspelling]) -> None:
        """Paint the cell as the style does, its text laid out here to underline ``misses``
        and to break its lines as the cell editor does."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)

        layout = QTextLayout(text.replace("\n", LINE_SEPARATOR), opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(WRAP_MODE)
        layout.setTextOption(text_option)
        underline = QTextCharFormat()
        underline.setUnderlineStyle(UNDERLINE_STYLE)
        underline.setUnderlineColor(UNDERLINE_COLOUR)
        ranges = []
        for miss in misses:
            found = QTextLayout.FormatRange()
            found.start, found.length, found.format = miss.start, miss.end - miss.start, underline
            ranges.append(found)
        layout.setFormats(ranges)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()

        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        role = (QPalette.ColorRole.HighlightedText
                if opt.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()
