"""A large photo in the preview is shown scaled down, not wider than the preview."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from editor.core.images import photo_key
from editor.gui.preview_browser import PREVIEW_PHOTO_WIDTH, PreviewBrowser, PreviewDocument

pytestmark = pytest.mark.gui


def _jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    return bytes(data.data())


def _page(data: bytes) -> str:
    uri = "data:image/jpeg;base64," + base64.b64encode(data).decode()
    return f'<p>Foto</p><figure><img src="{uri}" alt=""></figure>'


def test_photo_wider_than_the_preview_is_scaled_down(qtbot: QtBot) -> None:
    data = _jpeg(1200, 800)
    page = PreviewDocument([photo_key(data)])
    page.setHtml(_page(data))
    browser = PreviewBrowser()
    qtbot.addWidget(browser)
    browser.resize(400, 600)
    browser.show_document(page)
    needed = browser.document().idealWidth()  # the widest thing on the page
    assert needed <= PREVIEW_PHOTO_WIDTH + 40, needed  # was the photo's 1200 px


def test_small_photo_keeps_its_size() -> None:
    data = _jpeg(120, 80)
    page = PreviewDocument([photo_key(data)])
    uri = "data:image/jpeg;base64," + base64.b64encode(data).decode()
    image = page.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(uri))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (120, 80)
