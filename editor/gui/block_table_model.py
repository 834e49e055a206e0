"""The blocks of the open item as a table: kind | German | English | translation state."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from editor.core.model import LANGUAGES, Block, BlockKind, Translations
from editor.gui import labels
from editor.gui.commands import (
    AddPhotosCommand,
    MoveBlockCommand,
    SetPhotoFieldCommand,
    SetTextCommand,
)
from editor.gui.document import ItemDocument, block_key, quote_key

Index = QModelIndex | QPersistentModelIndex
ItemDataRole = Qt.ItemDataRole

STALE_COLOUR = QColor("#fff0c2")
MISSING_COLOUR = QColor("#fde4e1")
BLOCK_MIME_TYPE = "application/x-pressestelle-block-id"
"""Drag data of a block being moved within the table: its id."""
URI_MIME_TYPE = "text/uri-list"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff")


def image_files(mime: QMimeData) -> list[str]:
    """Local image files among the dropped URLs."""
    found = []
    for url in mime.urls() if mime.hasUrls() else []:
        path = url.toLocalFile()
        if path and path.lower().endswith(IMAGE_SUFFIXES):
            found.append(path)
    return found


class TranslationState(enum.StrEnum):
    OK = "ok"
    SOURCE = "source"
    STALE = "stale"
    MISSING = "missing"
    NOT_WANTED = "not_wanted"
    """The item is not published in this language."""


class BlockTableModel(QAbstractTableModel):
    """One row per block; the language columns are edited through the undo stack."""

    KIND_COLUMN = 0
    FIRST_LANGUAGE_COLUMN = 1
    STATE_COLUMN = 1 + len(LANGUAGES)
    StateRole = ItemDataRole.UserRole + 1
    """TranslationState of a language cell."""
    BlockIdRole = ItemDataRole.UserRole + 2
    KindRole = ItemDataRole.UserRole + 3
    """The block's :class:`BlockKind` value, in every column."""

    def __init__(self, doc: ItemDocument | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self.set_document(doc)

    def set_document(self, doc: ItemDocument | None) -> None:
        self.beginResetModel()
        if self._doc is not None:
            self._doc.blocksChanged.disconnect(self._on_blocks_changed)
            self._doc.textChanged.disconnect(self._on_text_changed)
            self._doc.fieldChanged.disconnect(self._on_field_changed)
        self._doc = doc
        if doc is not None:
            doc.blocksChanged.connect(self._on_blocks_changed)
            doc.textChanged.connect(self._on_text_changed)
            doc.fieldChanged.connect(self._on_field_changed)
        self.endResetModel()

    @staticmethod
    def language_of(column: int) -> str | None:
        offset = column - BlockTableModel.FIRST_LANGUAGE_COLUMN
        return LANGUAGES[offset] if 0 <= offset < len(LANGUAGES) else None

    @staticmethod
    def column_of(lang: str) -> int:
        return BlockTableModel.FIRST_LANGUAGE_COLUMN + LANGUAGES.index(lang)

    def block(self, row: int) -> Block:
        assert self._doc is not None
        return self._doc.item.blocks[row]

    def text_key(self, block: Block) -> str | None:
        """Key of the texts shown in the language columns (None for photos)."""
        if block.kind == BlockKind.QUOTE and block.quote_id:
            return quote_key(block.quote_id)
        if block.kind == BlockKind.PHOTO:
            return None
        return block_key(block.id)

    def _texts(self, block: Block) -> Translations | None:
        key = self.text_key(block)
        if key is None or self._doc is None:
            return None
        try:
            return self._doc.translations(key)
        except KeyError:
            return None

    def state(self, row: int, lang: str) -> TranslationState:
        assert self._doc is not None
        item = self._doc.item
        texts = self._texts(self.block(row))
        if lang == item.source_language:
            return TranslationState.SOURCE
        if texts is None or lang not in item.languages:
            return TranslationState.NOT_WANTED
        if texts.is_missing(lang):
            return TranslationState.MISSING
        if texts.is_stale(lang, item.source_language):
            return TranslationState.STALE
        return TranslationState.OK

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._doc is None:
            return 0
        return len(self._doc.item.blocks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.STATE_COLUMN + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        block = self.block(index.row())
        if self.language_of(index.column()) and (
                self.text_key(block) or (block.kind == BlockKind.PHOTO and block.photo_id)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = ItemDataRole.DisplayRole) -> Any:
        if role != ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == self.KIND_COLUMN:
            return self.tr("Block")
        if section == self.STATE_COLUMN:
            return self.tr("Translation")
        lang = self.language_of(section)
        if lang is None:
            return None
        name = labels.language(lang)
        if self._doc is not None and lang == self._doc.item.source_language:
            return self.tr("%1 (source)").replace("%1", name)
        return name

    def data(self, index: Index, role: int = ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._doc is None:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._doc.item.blocks):
            return None
        block = self.block(row)
        lang = self.language_of(column)
        if role == self.BlockIdRole:
            return block.id
        if role == self.KindRole:
            return block.kind.value
        if column == self.KIND_COLUMN:
            return self._kind_data(block, role)
        if column == self.STATE_COLUMN:
            return self._state_data(row, role)
        if lang is not None:
            return self._text_data(block, row, lang, role)
        return None

    def _kind_data(self, block: Block, role: int) -> Any:
        if role in (ItemDataRole.DisplayRole, ItemDataRole.ToolTipRole):
            text = labels.block_kind(block.kind)
            if block.kind == BlockKind.QUOTE and block.quote_id and self._doc is not None:
                names = [p.family_name for s in self._quote_speakers(block.quote_id)
                         if (p := self._doc.person(s)) is not None]
                if names:
                    return f"{text}\n{', '.join(names)}"
            return text
        if role == ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _quote_speakers(self, quote_id: str) -> list[str]:
        assert self._doc is not None
        try:
            return [s.person_id for s in self._doc.item.quote(quote_id).speakers]
        except KeyError:
            return []

    def _state_data(self, row: int, role: int) -> Any:
        assert self._doc is not None
        states = {lang: self.state(row, lang) for lang in LANGUAGES}
        problems = [(lang, s) for lang, s in states.items()
                    if s in (TranslationState.STALE, TranslationState.MISSING)]
        if role == ItemDataRole.DisplayRole:
            return "\n".join(self._state_text(lang, s) for lang, s in problems) or "✓"
        if role == ItemDataRole.ToolTipRole:
            if not problems:
                return self.tr("All translations are up to date.")
            return "\n".join(self._state_tip(lang, s) for lang, s in problems)
        if role == ItemDataRole.BackgroundRole and problems:
            stale = any(s == TranslationState.STALE for _, s in problems)
            return STALE_COLOUR if stale else MISSING_COLOUR
        if role == ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def state_label(self, lang: str, state: TranslationState) -> str:
        """What the translation column says about a stale or missing translation."""
        return self._state_text(lang, state)

    def _state_text(self, lang: str, state: TranslationState) -> str:
        if state == TranslationState.STALE:
            return self.tr("%1 stale").replace("%1", lang.upper())
        return self.tr("%1 missing").replace("%1", lang.upper())

    def _state_tip(self, lang: str, state: TranslationState) -> str:
        name = labels.language(lang)
        if state == TranslationState.STALE:
            return self.tr("The source text changed after the %1 translation was written. "
                           "Check it, then use “Mark as translated”.").replace("%1", name)
        return self.tr("The %1 translation is missing.").replace("%1", name)

    def _text_data(self, block: Block, row: int, lang: str, role: int) -> Any:
        if role in (ItemDataRole.DisplayRole, ItemDataRole.EditRole):
            if block.kind == BlockKind.PHOTO and self._doc is not None and block.photo_id:
                try:
                    return self._doc.item.photo(block.photo_id).caption.get(lang, "")
                except KeyError:
                    return ""
            texts = self._texts(block)
            return texts.get(lang) if texts is not None else ""
        if role == self.StateRole:
            return self.state(row, lang).value
        state = self.state(row, lang)
        if role == ItemDataRole.BackgroundRole:
            if state == TranslationState.STALE:
                return STALE_COLOUR
            if state == TranslationState.MISSING:
                return MISSING_COLOUR
            return None
        if role == ItemDataRole.ToolTipRole and state in (TranslationState.STALE,
                                                          TranslationState.MISSING):
            return self._state_tip(lang, state)
        if role == ItemDataRole.FontRole and block.kind == BlockKind.SUBHEADING:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def setData(self, index: Index, value: Any, role: int = ItemDataRole.EditRole) -> bool:
        if role != ItemDataRole.EditRole or not index.isValid() or self._doc is None:
            return False
        lang = self.language_of(index.column())
        block = self.block(index.row())
        key = self.text_key(block)
        if lang is not None and isinstance(value, str) and block.photo_id and (
                block.kind == BlockKind.PHOTO):
            return self._set_caption(block.photo_id, lang, value)
        if lang is None or key is None or not isinstance(value, str):
            return False
        if self._doc.translations(key).get(lang) == value:
            return True
        self._doc.undo_stack.push(SetTextCommand(self._doc, key, lang, value))
        return True

    def _set_caption(self, photo_id: str, lang: str, value: str) -> bool:
        assert self._doc is not None
        try:
            old = self._doc.item.photo(photo_id).caption.get(lang, "")
        except KeyError:
            return False
        if old != value:
            self._doc.undo_stack.push(
                SetPhotoFieldCommand(self._doc, photo_id, "caption", lang, value))
        return True

    # Dragging blocks to reorder them; dropping image files adds photos
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [BLOCK_MIME_TYPE, URI_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows and self._doc is not None:
            mime.setData(BLOCK_MIME_TYPE, self.block(rows[0]).id.encode("utf-8"))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if self._doc is None:
            return False
        return data.hasFormat(BLOCK_MIME_TYPE) or bool(image_files(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Move the dragged block, or add the dropped images, before ``row``."""
        if self._doc is None or action == Qt.DropAction.IgnoreAction:
            return False
        target = self._drop_row(row, parent)
        if data.hasFormat(BLOCK_MIME_TYPE):
            block_id = bytes(data.data(BLOCK_MIME_TYPE).data()).decode("utf-8")
            source = self._doc.block_row(block_id)
            if source < 0:
                return False
            if row < 0 and parent.isValid() and parent.row() > source:
                target += 1  # dropped onto a row further down: take its place
            final = target - 1 if target > source else target
            if final != source:
                self._doc.undo_stack.push(MoveBlockCommand(self._doc, source, final))
            return True
        paths = image_files(data)
        if not paths:
            return False
        keys = self._doc.import_photos(paths)
        if keys:
            self._doc.undo_stack.push(AddPhotosCommand(self._doc, target, keys))
        return bool(keys)

    def _drop_row(self, row: int, parent: Index) -> int:
        """Where a drop inserts: before ``row``, on ``parent``'s row, or at the end."""
        if row >= 0:
            return min(row, self.rowCount())
        if parent.isValid():
            return parent.row()
        return self.rowCount()

    # Document notifications
    def _on_blocks_changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_field_changed(self, name: str) -> None:
        if name in ("languages", "source_language") and self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.STATE_COLUMN)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.STATE_COLUMN))

    def _on_text_changed(self, key: str, lang: str) -> None:
        if self._doc is None:
            return
        for row, block in enumerate(self._doc.item.blocks):
            if self.text_key(block) == key or key == f"photo:{block.photo_id}" or (
                    key == block_key(block.id)):
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATE_COLUMN))
