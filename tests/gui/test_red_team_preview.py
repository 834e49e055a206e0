"""Red team: the preview loads nothing a template names, only the archive's own photos.

A user template (here a user copy of a built-in, which overrides it) may put any
resource into its HTML: ``<img src="file:…">``, a bare path, a style sheet link, a CSS
background. Qt's text browser would read every one of those files itself (a device such
as ``/dev/zero`` would never end). An image that is loaded gets its size in the page; a
refused one stays a small placeholder, which is what these tests measure.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from editor.core import paths
from editor.core.images import photo_key
from editor.gui.main_window import MainWindow
from editor.gui.preview_browser import PREVIEW_PHOTO_WIDTH, PreviewBrowser, decode_data_uri

pytestmark = pytest.mark.gui

SIDE = 400


def _png(path: Path, colour: str = "red") -> bytes:
    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path.read_bytes()


def _height(browser: PreviewBrowser, html: str) -> float:
    browser.show_page(html)
    browser.grab()
    return browser.document().size().height()


def _local_resources(picture: Path) -> list[str]:
    return [
        f'<img src="{picture.as_uri()}">',
        f'<img src="{picture}">',
        f'<img src="{picture.name}">',
        f'<table><tr><td background="{picture.as_uri()}" height="1">x</td></tr></table>',
        f'<div style="background-image: url({picture.as_uri()})">x</div>',
    ]


@pytest.mark.parametrize("index", range(5))
def test_the_preview_browser_reads_no_local_file(qtbot: QtBot, tmp_path: Path,
                                                 index: int) -> None:
    picture = tmp_path / "secret.png"
    _png(picture)
    browser = PreviewBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 700)
    browser.setSearchPaths([str(tmp_path)])  # even a search path set by mistake gives nothing
    browser.setSearchPaths([])
    html = _local_resources(picture)[index]
    assert _height(browser, f"<p>x</p>{html}") < SIDE / 2
    assert browser.refused


def test_the_preview_browser_shows_the_archives_photos_only(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    ours = _png(tmp_path / "ours.png", "red")
    foreign = _png(tmp_path / "foreign.png", "blue")
    browser = PreviewBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 700)
    browser.set_photos([photo_key(ours)])

    def uri(data: bytes) -> str:
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")

    shown = min(SIDE, PREVIEW_PHOTO_WIDTH)  # a square photo, scaled down to fit the preview
    assert _height(browser, f'<p>x</p><img src="{uri(ours)}">') > shown
    assert _height(browser, f'<p>x</p><img src="{uri(foreign)}">') < SIDE / 2
    assert decode_data_uri("data:text/html;base64,PGI+") is None
    assert decode_data_uri(uri(ours)) == ("image/png", ours)


def test_a_user_override_of_a_built_in_cannot_load_a_file_into_the_preview(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    _png(picture)
    folder = paths.user_templates_dir() / "pressemitteilung"
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    (folder / "template.html.j2").write_text(
        '{% extends "_shared/base.html.j2" %}{% block content %}'
        f'<p>x</p><img src="{picture.as_uri()}"><img src="{picture}">'
        '{% endblock %}', encoding="utf-8")
    preview = window.preview
    preview.browser.resize(700, 700)
    window.open_newest_item()
    index = preview.template.findData("pressemitteilung")
    assert index >= 0
    preview.template.setCurrentIndex(index)
    # the template is refused before a page reaches the browser (it would load the file)
    with qtbot.waitSignal(preview.statusMessageRequested, timeout=10_000) as told:
        preview.render_now()
    assert "template.html.j2" in told.args[0] or "local file" in told.args[0], told.args
    assert "secret.png" not in preview.browser.toHtml()
    preview.browser.grab()
    assert preview.browser.document().size().height() < SIDE / 2
