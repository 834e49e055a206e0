"""Edits a block's text in its table cell; every keystroke reaches the model at once."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from editor.gui.block_table_model import BlockTableModel, TranslationState
from editor.gui.fields import TextField
from editor.gui.spelling import Spelling, attach_spelling

Index = QModelIndex | QPersistentModelIndex


class BlockTextDelegate(QStyledItemDelegate):
    """A multi-line editor in the cell: Enter finishes, Shift+Enter starts a new line."""

    spelling: Spelling | None = None
    """Checks the text of the cell's language while typing (set by the table)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = TextField(parent)
        editor.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        editor.setObjectName("blockTextEditor")
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        language = BlockTableModel.language_of(index.column())
        if language is not None:
            attach_spelling(editor, self.spelling, language)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, TextField):
            editor.set_text_keeping_cursor(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, TextField):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, TextField) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
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
        rect = option.rect.adjusted(4, 2, -4, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, hint)
        painter.restore()
