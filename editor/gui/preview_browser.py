"""The preview's text browser: shows rendered HTML and loads nothing from outside it.

A template is a shared file, so the HTML it makes may name any resource: an image or a
style sheet by ``file:`` URL or bare path, a page on the web, a device that never ends
(``/dev/zero``) or a named pipe that blocks. ``QTextBrowser`` would read every one of
those itself. This browser reads none: the only resources it gives the page are photos
of the archive, recognised by their bytes (a ``data:`` URI whose content address is one
of the photos the preview shows). Everything else stays an empty placeholder.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.core.images import MAX_PHOTO_BYTES, MEDIA_TYPES, photo_key


def decode_data_uri(url: str) -> tuple[str, bytes] | None:
    """Media type and bytes of a base64 ``data:`` URI of an image; ``None`` otherwise."""
    if not url.startswith("data:"):
        return None
    header, sep, payload = url[5:].partition(",")
    parts = header.split(";")
    if not sep or parts[-1] != "base64" or parts[0] not in MEDIA_TYPES:
        return None
    if len(payload) > (MAX_PHOTO_BYTES * 4) // 3 + 4:
        return None
    try:
        return parts[0], base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None


PREVIEW_PHOTO_WIDTH = 320
"""The widest a photo is shown in the preview, in pixels. The page cannot say "at most
the width of the pane" to Qt's rich text, so a large photo would otherwise be drawn at
its full size, wider than the preview, with the text beside it out of sight."""


_BLOCK_TAGS = ("p|div|article|section|header|footer|main|nav|aside|table|thead|tbody|tfoot|"
               "tr|td|th|h[1-6]|ul|ol|li|figure|figcaption|dl|dt|dd|blockquote|hr|body|html")
_SPACE_BEFORE_BLOCK = re.compile(r"\s+(?=</?(?:" + _BLOCK_TAGS + r")\b)", re.IGNORECASE)
_SPACE_AFTER_BLOCK = re.compile(r"(</?(?:" + _BLOCK_TAGS + r")\b[^>]*>)\s+", re.IGNORECASE)
_VERBATIM = re.compile(r"(<(pre|script|style|textarea)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)
_HTML5_SECTIONS = re.compile(r"<(/?)(?:article|section|header|footer|main|nav|aside|figure|"
                             r"figcaption)\b", re.IGNORECASE)
_LANGUAGE_SECTION = re.compile(r"<article\b[^>]*\bclass=\"[^\"]*\bps-language\b", re.IGNORECASE)
LANGUAGE_RULE = '<hr class="ps-language-rule">'
"""What the preview puts between two languages: a browser draws the rule and the gap from
the page's style (``.ps-language + .ps-language``), a style Qt's rich text cannot apply."""


def rich_text_html(html: str) -> str:
    """``html`` as Qt's rich text shows it the way a browser does.

    Qt knows no HTML5 sections (``article``, ``header``, ``figure`` …) and treats the line
    breaks between them as text, so a language ended with a stray space and the next one
    began without a gap. Here white space next to a block tag is dropped (a browser does
    not show it either), the sections become ``div`` and each language after the first
    starts below a rule. Text in ``pre``, ``script``, ``style`` and ``textarea`` is kept
    as it is.
    """
    parts = _VERBATIM.split(html)
    out: list[str] = []
    first_language = True
    # split yields text, whole verbatim element, its tag name, text, …
    for index in range(0, len(parts), 3):
        text = parts[index]
        text = _SPACE_BEFORE_BLOCK.sub("", text)
        text = _SPACE_AFTER_BLOCK.sub(r"\1", text)
        pieces = []
        last = 0
        for match in _LANGUAGE_SECTION.finditer(text):
            pieces.append(text[last:match.start()])
            if not first_language:
                pieces.append(LANGUAGE_RULE)
            first_language = False
            last = match.start()
        pieces.append(text[last:])
        out.append(_HTML5_SECTIONS.sub(r"<\1div", "".join(pieces)))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out).strip()


def _blank_pixel() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def _archive_resource(photo_keys: frozenset[str], refused: list[str], type: int,
                      name: QUrl | str) -> Any:
    """Our photo for a ``data:`` URI of its bytes; nothing for any other resource."""
    name = QUrl(name)
    if type == QTextDocument.ResourceType.ImageResource.value:
        decoded = decode_data_uri(name.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if decoded is not None and photo_key(decoded[1]) in photo_keys:
            image = QImage.fromData(decoded[1])
            if not image.isNull():
                if image.width() > PREVIEW_PHOTO_WIDTH:
                    image = image.scaledToWidth(PREVIEW_PHOTO_WIDTH,
                                                Qt.TransformationMode.SmoothTransformation)
                return image
    refused.append(name.toString()[:80])
    # Never an empty answer: for a null image Qt's image handler loads the name as a
    # file itself, and for None the document does. A blank pixel ends the search.
    if type == QTextDocument.ResourceType.ImageResource.value:
        return _blank_pixel()
    return QByteArray()


SMALLEST_FIT = 0.75
"""A word too wide for its line is drawn down to this share of the page's text size (a
headline's word down to a size a little below the text's); only a word too wide even
then is broken inside, as Qt breaks it (the page never gets wider than the pane)."""
_FITTED_SIZE = QTextFormat.Property.UserProperty + 1
"""The point size a piece of text had before :func:`fit_words` made it smaller."""


def _original_size(form: QTextCharFormat) -> float:
    """The point size of a piece of text before any fitting."""
    original = form.property(_FITTED_SIZE)
    return float(original) if original is not None else form.font().pointSizeF()


def _widest_word(block: QTextBlock) -> tuple[float, float]:
    """The width of the widest word of ``block`` and its largest point size, at its sizes
    before any fitting."""
    widest = current = largest = 0.0
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        form = fragment.charFormat()
        font = form.font()
        size = _original_size(form)
        if size > 0:
            font.setPointSizeF(size)
            largest = max(largest, size)
        metrics = QFontMetricsF(font)
        words = re.split(r"[\s\u2028]", fragment.text())
        for n, word in enumerate(words):
            if n:  # a space ended the word before
                current = 0.0
            current += metrics.horizontalAdvance(word)
            widest = max(widest, current)
        it += 1
    return widest, largest


def _room(page: QTextDocument, block: QTextBlock) -> float:
    """The width the lines of ``block`` are laid out in (the page's, a table cell's, less
    indents); 0 when it is not laid out."""
    page.documentLayout().blockBoundingRect(block)  # laid out up to here
    layout = block.layout()
    return layout.lineAt(0).width() if layout.lineCount() else 0.0


def _scale_block(page: QTextDocument, block: QTextBlock, factor: float) -> None:
    """Each piece of ``block`` at ``factor`` of its size before any fitting (1: as it was)."""
    pieces = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        pieces.append((fragment.position(), fragment.length(), fragment.charFormat()))
        it += 1
    for position, length, form in pieces:
        original = form.property(_FITTED_SIZE)
        size = _original_size(form)
        if size <= 0 or (factor >= 1.0 and original is None):
            continue
        changed = QTextCharFormat(form)
        # a heading's size is relative to the page's font ("xx-large"); made absolute
        changed.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        changed.setFontPointSize(size * min(factor, 1.0))
        if factor < 1.0:
            changed.setProperty(_FITTED_SIZE, size)
        else:
            changed.clearProperty(_FITTED_SIZE)
        cursor = QTextCursor(page)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(changed)


def fit_words(page: QTextDocument) -> int:
    """Draw each paragraph holding a word wider than its lines (a long German compound
    in a headline, in a narrow pane or a table's column) smaller until the word fits:
    Qt would break it anywhere, without a hyphen ("Wirtschaft|sförderer"). Paragraphs
    made smaller before get their size back when there is room. Returns how many
    paragraphs are drawn smaller."""
    fitted = 0
    block = page.begin()
    while block.isValid():
        it = block.begin()
        was_fitted = not it.atEnd() and it.fragment().charFormat().property(
            _FITTED_SIZE) is not None
        room = _room(page, block)
        widest, largest = _widest_word(block)
        if widest > room > 0:
            smallest = SMALLEST_FIT * page.defaultFont().pointSizeF() / largest
            _scale_block(page, block, max(min(smallest, 1.0), room / widest * 0.95))
            fitted += 1
        elif was_fitted:
            _scale_block(page, block, 1.0)
        block = block.next()
    return fitted


class PreviewDocument(QTextDocument):
    """A page built away from the window (in the preview's render thread) that loads
    only the archive's own photos, as :class:`PreviewBrowser` does.

    Made without a parent in the thread that renders, then moved to the window's thread
    and shown with :meth:`PreviewBrowser.show_document`.
    """

    def __init__(self, photo_keys: Iterable[str]) -> None:
        super().__init__()
        self._photo_keys = frozenset(photo_keys)
        self.refused: list[str] = []
        """Resources the page asked for and did not get (shortened), for the log."""

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        resource = _archive_resource(self._photo_keys, self.refused, type, name)
        # kept, as Qt keeps what it loads itself: a photo is decoded once, not per paint
        self.addResource(type, QUrl(name), resource)
        return resource


class PreviewBrowser(QTextBrowser):
    """A :class:`QTextBrowser` that loads only the archive's own photos."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo_keys: frozenset[str] = frozenset()
        self._refused: list[str] = []
        # A template's links are never followed inside the preview (a file: link would
        # load a local file into it); the panel opens safe links outside.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_words)

    @property
    def refused(self) -> list[str]:
        """Resources the page shown asked for and did not get (shortened), for the log."""
        page = self.document()
        return page.refused if isinstance(page, PreviewDocument) else self._refused

    def set_photos(self, keys: Iterable[str]) -> None:
        """The content addresses of the photos the next page may show."""
        self._photo_keys = frozenset(keys)

    def show_page(self, html: str) -> None:
        """Show ``html`` (laid out here, in the window's thread)."""
        self._release_page()
        self._refused = []
        self.setHtml(rich_text_html(html))
        self.document().setUndoRedoEnabled(False)
        self._fit_timer.start()

    def show_document(self, page: PreviewDocument) -> None:
        """Show a page built elsewhere; it must already belong to this thread."""
        self._replace_page(page)

    def _release_page(self) -> None:
        """A page of the browser's own again, so ``setHtml`` fills one that loads
        through :meth:`loadResource` with the photos of :meth:`set_photos`."""
        if isinstance(self.document(), PreviewDocument):
            self._replace_page(QTextDocument(self))

    def _replace_page(self, page: QTextDocument) -> None:
        old = self.document()
        given = old.parent() is self  # a page given before; Qt deletes its first one itself
        page.setParent(self)
        page.setUndoRedoEnabled(False)
        self.setDocument(page)
        if given:
            old.deleteLater()
        self._fit_timer.start()

    def fit_words(self) -> int:
        """Words too wide for the pane drawn smaller (see :func:`fit_words`)."""
        return fit_words(self.document())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_timer.start()

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        """Our photo for a ``data:`` URI of its bytes; nothing for any other resource."""
        return _archive_resource(self._photo_keys, self._refused, type, name)
