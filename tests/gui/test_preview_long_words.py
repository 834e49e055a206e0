"""A narrow preview breaks lines between words only: a long German compound of the
headline or the text is drawn smaller until it fits, never cut in the middle without a
hyphen ("Wirtschaft|sförderer" at the preview's least width)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from editor import render
from editor.context import AppContext
from editor.core.model import Translations
from editor.gui.preview_browser import PreviewBrowser
from editor.io.samples import load_sample_bundles
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui

HEADLINE = "Strukturwandelprogramm für Wirtschaftsfördergesellschaften beschlossen"


def _cut_words(page: QTextDocument) -> list[str]:
    """Each line of ``page`` that ends inside a word, with the start of the next line
    (after a hyphen or a slash, "Potsdam/Magdeburg", a line may end as in a browser)."""
    cut = []
    block = page.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            if end < len(text) and text[end - 1] not in " -/\u00ad\u2010\u2011\u2028" \
                    and not text[end].isspace():
                cut.append(f"{text[line.textStart():end]}|{text[end:end + 8]}")
        block = block.next()
    return cut


def _sticking_out(browser: PreviewBrowser) -> list[str]:
    page = browser.document()
    room = page.textWidth() - 2 * page.documentMargin()
    out = []
    block = page.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            if layout.lineAt(n).naturalTextWidth() > room + 1 and "\ufffc" not in block.text():
                out.append(block.text()[:40])
        block = block.next()
    return out


def test_headline_words_are_not_cut_at_the_least_width(
        qtbot: QtBot, context: AppContext, sample_id: str) -> None:
    item = context.archive.load_item(sample_id)
    item.headline = Translations(text={"de": HEADLINE, "en": "Programme adopted"})
    context.archive.save_item(item)
    window = make_window(qtbot, context, "de")
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.open_item(sample_id)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - 1, 1])  # dragged to its least
    qtbot.wait(50)
    browser = window.preview.browser
    assert window.splitter.sizes()[2] >= 240  # was 182: the width of the two choice boxes
    page = browser.document()
    assert HEADLINE in page.toPlainText()
    assert _cut_words(page) == []  # was "Strukturwandelprogr|amm", "Wirtschaftsförderges|…"
    assert _sticking_out(browser) == []
    window.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - 700, 700])
    qtbot.wait(50)
    headline = next(block for block in _blocks(page) if block.text() == HEADLINE)
    assert headline.begin().fragment().charFormat().font().pointSizeF() > \
        page.defaultFont().pointSizeF() * 1.5  # its size back in a wide pane


def _blocks(page: QTextDocument) -> list[QTextBlock]:
    found = []
    block = page.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_a_word_too_long_for_a_narrow_preview_is_drawn_smaller(qtbot: QtBot) -> None:
    browser = PreviewBrowser()
    qtbot.addWidget(browser)
    browser.resize(240, 400)
    browser.show()
    browser.show_page("<h1>Das Strukturwandelprogramm</h1><p>Kurzer Text.</p>")
    qtbot.wait(20)
    assert browser.fit_words() == 1  # the headline; the text fits as it is
    assert _cut_words(browser.document()) == []
    assert _sticking_out(browser) == []


def test_side_by_side_columns_keep_their_words_and_the_page_its_width(qtbot: QtBot) -> None:
    """In two columns of the preview's usual width "Wirtschaftsfördergesellschaften" is
    wider than a column: drawn smaller, not cut, and the page no wider than the pane."""
    bundle = load_sample_bundles()[0]
    page = render.render_html(bundle, bundle.items[0].id, "side-by-side", ["de", "en"],
                              fragment=False)
    browser = PreviewBrowser()
    qtbot.addWidget(browser)
    browser.resize(380, 600)
    browser.show()
    browser.show_page(page)
    qtbot.wait(20)
    assert "Wirtschaftsfördergesellschaften" in browser.document().toPlainText()
    assert _cut_words(browser.document()) == []  # was "Wirtschaftsfördergesells|chaften"
    assert browser.horizontalScrollBar().maximum() == 0
