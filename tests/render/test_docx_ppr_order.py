"""Paragraph properties in the order of the WordprocessingML schema.

Word refuses or "repairs" a file whose ``w:pPr`` children are out of the order the schema
(ECMA-376, CT_PPr) prescribes; LibreOffice is lenient, so a mistake goes unseen there.
Every part of every built-in template's export is checked, and the one path that adds a
page break to a paragraph: consecutive languages in one Word section.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from editor.core import paths
from editor.core.model import Bundle
from editor.render import list_templates, render_docx
from editor.render.dossier import render_dossier

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SCHEMA_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RANK = {name: i for i, name in enumerate(SCHEMA_ORDER)}


def misordered(data: bytes) -> list[str]:
    """Per XML part of a .docx: each ``w:pPr`` whose children break the schema order."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            root = etree.fromstring(z.read(name))
            for ppr in root.iter(f"{W}pPr"):
                children = [etree.QName(c).localname for c in ppr
                            if isinstance(c.tag, str)]
                unknown = [c for c in children if c not in RANK]
                ranks = [RANK[c] for c in children if c in RANK]
                if unknown or ranks != sorted(ranks):
                    found.append(f"{name}: {' '.join(children)}")
    return found


def _cases() -> list[tuple[str, list[str], bool]]:
    out = []
    for info in list_templates():
        if info.builtin and info.kind != "dossier":
            for langs in info.language_sets():
                out.append((info.name, list(langs), False))
                out.append((info.name, list(langs), True))
    return out


def test_the_checker_sees_a_wrong_order() -> None:
    document = (f'<w:document xmlns:w="{W[1:-1]}"><w:body><w:p><w:pPr><w:pageBreakBefore/>'
                '<w:pStyle w:val="X"/></w:pPr></w:p></w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", document)
    assert misordered(buffer.getvalue()) == ["word/document.xml: pageBreakBefore pStyle"]


@pytest.mark.parametrize(("template", "languages", "draft"), _cases())
def test_every_builtin_template_keeps_the_schema_order(
        sample: Bundle, template: str, languages: list[str], draft: bool) -> None:
    item_id = sample.items[0].id
    assert misordered(render_docx(sample, item_id, template, languages, draft=draft)) == []


def test_the_quote_dossier_keeps_the_schema_order(sample: Bundle) -> None:
    person = "person-joerg-steinbach"
    for langs in (["de"], ["en"]):
        assert misordered(render_dossier(sample, person, langs, "docx")) == []


def test_the_page_break_between_languages_comes_after_the_style(sample: Bundle) -> None:
    """A consecutive template whose footer reads alike in both languages keeps one Word
    section and starts the second language with a page break on its first paragraph."""
    builtin = paths.builtin_templates_dir() / "bilingual"
    folder = paths.user_templates_dir() / "one-footer"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text((builtin / "manifest.json").read_text())
    (folder / "template.html.j2").write_text("<p>{{ view.title }}</p>")
    with zipfile.ZipFile(builtin / "template.docx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/footer1.xml"] = parts["word/footer1.xml"].replace(b"{{ labels.page }}", b"S.")
    with zipfile.ZipFile(folder / "template.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            z.writestr(part, content)
    for draft in (False, True):
        data = render_docx(sample, sample.items[0].id, "one-footer", ["de", "en"], draft=draft)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml").decode()
        assert xml.count("<w:pageBreakBefore/>") == 1  # the case this test is about
        assert misordered(data) == []
