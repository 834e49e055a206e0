"""Image, captions, alt texts, credit and licence of the current photo block."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from editor.core.images import PhotoData, PhotoError, inspect_image
from editor.core.model import LANGUAGES, BlockKind, Photo
from editor.gui.commands import SetPhotoFieldCommand, SetPhotoImageCommand
from editor.gui.document import ItemDocument
from editor.gui.fields import LineField

THUMBNAIL_SIZE = (150, 110)


class PhotoPanel(QGroupBox):
    """Edits the photo of a photo block; every change goes through the undo stack."""

    imageRequested = Signal(str)
    """The user wants to choose the image file of this block (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Photo"), parent)
        self.setObjectName("photoPanel")
        self._doc: ItemDocument | None = None
        self._block_id: str | None = None
        self._thumbnail_key = ""
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("photoThumbnail")
        self.thumbnail.setFixedSize(*THUMBNAIL_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("QLabel#photoThumbnail { border: 1px solid #c0c0c0; }")
        self.file_name = QLabel()
        self.file_name.setObjectName("photoFileName")
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_image = QPushButton(self.tr("Choose &image…"))
        self.captions = {lang: LineField() for lang in LANGUAGES}
        self.alt_texts = {lang: LineField() for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.captions[lang].setObjectName(f"caption_{lang}")
            self.captions[lang].setPlaceholderText(
                self.tr("Caption (%1)").replace("%1", lang.upper()))
            self.alt_texts[lang].setObjectName(f"altText_{lang}")
            self.alt_texts[lang].setPlaceholderText(
                self.tr("Describe the picture for blind readers (%1)").replace(
                    "%1", lang.upper()))
        self.credit = LineField()
        self.credit.setObjectName("photoCredit")
        self.credit.setPlaceholderText(self.tr("e.g. Rainer Weisflog (printed as © …)"))
        self.licence = LineField()
        self.licence.setObjectName("photoLicence")
        self.licence.setPlaceholderText(self.tr("e.g. free for reporting on this release"))
        self._build_layout()
        self._connect_signals()
        self.hide()

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_name, 1)
        file_row.addWidget(self.choose_image)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Picture:"), file_row)
        form.addRow(self.tr("Caption:"), self._pair(self.captions))
        form.addRow(self.tr("Alt text:"), self._pair(self.alt_texts))
        form.addRow(self.tr("Credit:"), self.credit)
        form.addRow(self.tr("Licence:"), self.licence)
        layout = QHBoxLayout(self)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form, 1)

    @staticmethod
    def _pair(fields: dict[str, LineField]) -> QHBoxLayout:
        row = QHBoxLayout()
        for field in fields.values():
            row.addWidget(field)
        return row

    def _connect_signals(self) -> None:
        self.choose_image.clicked.connect(self._on_choose_image)
        for lang in LANGUAGES:
            self.captions[lang].textEdited.connect(
                lambda text, lg=lang: self._push("caption", lg, text))
            self.alt_texts[lang].textEdited.connect(
                lambda text, lg=lang: self._push("alt_text", lg, text))
        self.credit.textEdited.connect(lambda text: self._push("credit", None, text))
        self.licence.textEdited.connect(lambda text: self._push("licence", None, text))

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.blocksChanged.disconnect(self._refresh)
            self._doc.textChanged.disconnect(self._on_doc_text_changed)
        self._doc = doc
        self._block_id = None
        if doc is not None:
            doc.blocksChanged.connect(self._refresh)
            doc.textChanged.connect(self._on_doc_text_changed)
        self._refresh()

    def show_block(self, block_id: str | None) -> None:
        """Show the photo of ``block_id``; hide when it is no photo block."""
        self._block_id = block_id
        self._refresh()

    def photo(self) -> Photo | None:
        """The photo of the shown block, if it has one."""
        if self._doc is None:
            return None
        block = self._doc.block(self._block_id)
        if block is None or block.kind != BlockKind.PHOTO or not block.photo_id:
            return None
        try:
            return self._doc.item.photo(block.photo_id)
        except KeyError:
            return None

    def _is_photo_block(self) -> bool:
        block = self._doc.block(self._block_id) if self._doc is not None else None
        return block is not None and block.kind == BlockKind.PHOTO

    def _refresh(self) -> None:
        self.setVisible(self._is_photo_block())
        photo = self.photo()
        for field in (*self.captions.values(), *self.alt_texts.values(), self.credit,
                      self.licence):
            field.setEnabled(photo is not None)
        if photo is None:
            self.file_name.setText(self.tr("No image chosen yet."))
            self.file_name.setToolTip("")
            self._show_thumbnail("")
            return
        self._describe(photo.blob)
        for lang in LANGUAGES:
            self.captions[lang].set_text_keeping_cursor(photo.caption.get(lang, ""))
            self.alt_texts[lang].set_text_keeping_cursor(photo.alt_text.get(lang, ""))
        self.credit.set_text_keeping_cursor(photo.credit)
        self.licence.set_text_keeping_cursor(photo.licence)
        self._show_thumbnail(photo.blob)

    def _image(self, key: str) -> PhotoData | None:
        if self._doc is None or not key:
            return None
        return self._doc.photo_data([key]).get(key)

    def _describe(self, key: str) -> None:
        """Kind, size and pixels of the stored picture (there is no file to name)."""
        image = self._image(key)
        if image is None:
            self.file_name.setText(self.tr("Missing: choose the image again."))
            self.file_name.setToolTip(self.tr("The archive has no picture for this photo."))
            return
        try:
            info = inspect_image(image.data)
        except PhotoError:
            self.file_name.setText(self.tr("Missing: choose the image again."))
            return
        kind = image.media_type.removeprefix("image/").upper()
        self.file_name.setText(self.tr("%1, %2 × %3 px, %4 KB")
                               .replace("%1", kind).replace("%2", str(info.width))
                               .replace("%3", str(info.height))
                               .replace("%4", f"{max(1, len(image.data) // 1024):,}"))
        self.file_name.setToolTip(self.tr("A copy kept in the archive (SHA-256 %1)")
                                  .replace("%1", key))

    def _show_thumbnail(self, key: str) -> None:
        if key == self._thumbnail_key and key:
            return
        self._thumbnail_key = key
        image = self._image(key)
        pixmap = QPixmap()
        if image is not None:
            pixmap.loadFromData(image.data)
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("(no picture)") if image is None
                                   else self.tr("(cannot be shown)"))
            return
        self.thumbnail.setPixmap(pixmap.scaled(
            *THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def set_image(self, key: str) -> None:
        """Show the stored picture ``key`` (see ``ItemDocument.import_photos``) in this block."""
        if self._doc is not None and self._block_id and self._is_photo_block():
            self._doc.undo_stack.push(SetPhotoImageCommand(self._doc, self._block_id, key))

    def _push(self, name: str, lang: str | None, value: str) -> None:
        photo = self.photo()
        if photo is not None and self._doc is not None:
            self._doc.undo_stack.push(
                SetPhotoFieldCommand(self._doc, photo.id, name, lang, value))

    def _on_choose_image(self) -> None:
        if self._block_id:
            self.imageRequested.emit(self._block_id)

    def _on_doc_text_changed(self, key: str, lang: str) -> None:
        if key.startswith("photo:"):
            self._refresh()
