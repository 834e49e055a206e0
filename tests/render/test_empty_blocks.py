"""A paragraph started and never written is not exported as an empty row."""

from __future__ import annotations

from editor.core.model import Block, BlockKind, Bundle, Translations
from editor.render.viewmodel import build_view, exported_blocks


def test_empty_text_blocks_are_left_out_of_every_language(sample: Bundle) -> None:
    item = sample.items[0]
    written = len(item.blocks)
    item.blocks.insert(1, Block(id="empty-para", kind=BlockKind.PARAGRAPH))
    item.blocks.append(Block(id="blank-heading", kind=BlockKind.SUBHEADING,
                             text=Translations({"de": "  ", "en": ""})))
    item.blocks.append(Block(id="english-only", kind=BlockKind.PARAGRAPH,
                             text=Translations({"en": "Only English so far."})))
    try:
        view = build_view(sample, item.id, ["de", "en"])
        assert len(view.rows) == written + 1  # only the block with text in some language
        assert [b.id for b in exported_blocks(item)][-1] == "english-only"
        assert all(len(s.blocks) == written + 1 for s in view.sections)
    finally:
        del item.blocks[-2:]
        del item.blocks[1]


def test_a_draft_marks_an_emptied_german_paragraph_in_docx_and_html(sample: Bundle) -> None:
    import io
    import zipfile

    from editor.render import render_docx, render_html

    item = sample.items[0]
    item.blocks.insert(2, Block(id="emptied-de", kind=BlockKind.PARAGRAPH, text=Translations(
        {"de": "", "en": "Citizens of all ages came, Bürger*innen from every town."})))
    try:
        assert item.source_language == "de"
        html = render_html(sample, item.id, "pressemitteilung", ["de"], draft=True)
        assert "[Text fehlt]" in html
        document = zipfile.ZipFile(io.BytesIO(render_docx(
            sample, item.id, "pressemitteilung", ["de"], draft=True))).read("word/document.xml")
        assert b"[Text fehlt]" in document
        final = render_html(sample, item.id, "pressemitteilung", ["de"])
        assert "[Text fehlt]" not in final  # no editing marks outside a draft
        english = render_html(sample, item.id, "press-release", ["en"], draft=True)
        assert "Bürger*innen from every town" in english and "missing]" not in english
    finally:
        del item.blocks[2]


def test_the_draft_line_stands_under_each_masthead_in_html_as_in_docx(sample: Bundle) -> None:
    import io
    import re
    import zipfile

    from editor.render import render_docx, render_html

    item = sample.items[0]
    html = render_html(sample, item.id, "bilingual", ["de", "en"], draft=True)
    document = zipfile.ZipFile(io.BytesIO(render_docx(
        sample, item.id, "bilingual", ["de", "en"], draft=True))).read(
        "word/document.xml").decode()
    html_text = re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[1])
    docx_text = re.sub(r"<[^>]+>", " ", document)
    for text in (html_text, docx_text):
        # each language: its draft line, then the headline of that language
        assert text.count("ENTWURF") == 2, text[:300]
    for lang in ("de", "en"):
        article = html.split(f'<article class="ps-language" lang="{lang}">', 1)[1]
        masthead_end = article.index("</header>")
        draft = article.index('class="ps-draft"')
        assert masthead_end < draft < article.index('class="ps-headline"')
    fragment = render_html(sample, item.id, "bilingual", ["de", "en"], fragment=True,
                           draft=True)
    assert fragment.count('class="ps-draft"') == 2  # not once more on top
