"""The preview of a bilingual item: each language begins cleanly, below a visible gap."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextDocument

from editor.core.model import Block, BlockKind, ItemKind, Translations
from editor.gui.preview_browser import rich_text_html
from editor.gui.preview_panel import RenderRequest, build_page
from editor.io.samples import load_sample_bundles
from editor.render import worker

pytestmark = pytest.mark.gui

MASTHEAD = "Event report"
"""The English masthead of an event report."""


def _page(languages: tuple[str, ...], template: str = "bilingual") -> QTextDocument:
    bundle = load_sample_bundles()[0]
    item = bundle.items[0]
    # an undated event report with a list and a gender star, unlike the sample release
    item.kind = ItemKind.EVENT_REPORT
    item.issue_date = None
    item.blocks.append(Block(id="b-list", kind=BlockKind.LIST, text=Translations(
        {"de": "Bürger*innen\nVereine", "en": "Citizens\nClubs"})))
    request = RenderRequest(generation=1, bundle=bundle, item_id=item.id,
                            template=template, languages=languages, font=QFont(),
                            width=600, started=time.perf_counter())
    home = QObject()
    with worker.TemplateWorker() as running:
        result = build_page(request, running, home)
    assert result.page is not None, result.error
    result.page.setTextWidth(600)
    return result.page


def _blocks(page: QTextDocument) -> list[tuple[str, float, float]]:
    layout = page.documentLayout()
    out = []
    block = page.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        out.append((block.text(), rect.top(), rect.bottom()))
        block = block.next()
    return out


def test_no_line_of_the_preview_begins_or_ends_with_a_space() -> None:
    page = _page(("de", "en"))
    lines = [text for text, _, _ in _blocks(page) if text]
    assert MASTHEAD in lines
    assert [line for line in lines if line != line.strip()] == []


def test_second_language_starts_below_a_rule_and_a_gap() -> None:
    page = _page(("de", "en"))
    blocks = _blocks(page)
    masthead = next(i for i, (text, _, _) in enumerate(blocks) if text == MASTHEAD)
    before = [b for b in blocks[:masthead] if b[0]]
    # the last line of the German text and the English masthead are well apart
    gap = blocks[masthead][1] - before[-1][2]
    assert gap >= 24, gap
    assert "<hr" in page.toHtml().split(MASTHEAD)[0].rsplit("presse", 1)[-1]


def test_one_language_has_no_rule() -> None:
    page = _page(("de",), "pressemitteilung")
    assert "<hr" not in page.toHtml()


def test_verbatim_text_keeps_its_spaces() -> None:
    html = "<p>a</p>\n<pre>  x\n  <p> y</pre>\n<div> b </div>"
    assert rich_text_html(html) == "<p>a</p><pre>  x\n  <p> y</pre><div>b</div>"
