"""Consecutive languages in Word: each language's pages have the footer of its language."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from lxml import etree

from editor.core import paths
from editor.core.model import Bundle
from editor.render import render_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _sections(data: bytes) -> list[tuple[str, str, str]]:
    """Per Word section: the body text, its footer's text and its header's text."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{PKG}Relationship")}
    types = parts["[Content_Types].xml"].decode()

    def text_of(sect: etree._Element, kind: str) -> str:
        ref = sect.find(f"{W}{kind}Reference")
        assert ref is not None
        target = targets[ref.get(f"{R}id")]
        assert f'PartName="/word/{target}"' in types  # declared in the package
        part = etree.fromstring(parts[f"word/{target}"])
        return "".join(t.text or "" for t in part.iter(f"{W}t"))

    body = root.find(f"{W}body")
    assert body is not None
    found, texts = [], []
    for element in body:
        texts += [t.text or "" for t in element.iter(f"{W}t")]
        sect = element.find(f"{W}pPr/{W}sectPr") if element.tag == f"{W}p" else None
        if element.tag == f"{W}sectPr":
            sect = element
        if sect is not None:
            found.append(("".join(texts), text_of(sect, "footer"), text_of(sect, "header")))
            texts = []
    return found


def test_each_language_has_the_page_label_of_its_language(bundle: Bundle) -> None:
    german, english = _sections(render_docx(bundle, "item-1", "bilingual", ["de", "en"]))
    assert "Agenturen schließen" in german[0] and "Agencies join" not in german[0]
    assert "Agencies join" in english[0] and "Agenturen schließen" not in english[0]
    assert german[1].endswith("Seite 1 / 1") and english[1].endswith("Page 1 / 1")
    assert german[2] == english[2]  # the header reads the same in both: one part serves


def test_the_order_of_the_languages_decides_the_footers(bundle: Bundle) -> None:
    english, german = _sections(render_docx(bundle, "item-1", "bilingual", ["en", "de"]))
    assert "Agencies join" in english[0] and "Page" in english[1]
    assert "Agenturen schließen" in german[0] and "Seite" in german[1]


def test_the_next_language_starts_on_a_new_page(bundle: Bundle) -> None:
    data = render_docx(bundle, "item-1", "bilingual", ["de", "en"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    sections = re.findall(r"<w:sectPr[ >].*?</w:sectPr>", xml)
    assert len(sections) == 2
    assert "<w:type " not in sections[1]  # a section break to the next page
    assert "<w:pageBreakBefore/>" not in xml  # no second break: no empty page


def test_one_language_stays_one_section(bundle: Bundle) -> None:
    data = render_docx(bundle, "item-1", "pressemitteilung", ["de"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        xml = z.read("word/document.xml").decode()
    assert xml.count("<w:sectPr") == 1
    assert [n for n in names if re.match(r"word/footer\d+\.xml$", n)] == ["word/footer1.xml"]


def _bilingual_copy(name: str, change: Callable[[dict[str, bytes]], None]) -> None:
    """A user template: the built-in bilingual one with its parts changed by ``change``."""
    builtin = paths.builtin_templates_dir() / "bilingual"
    folder = paths.user_templates_dir() / name
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text((builtin / "manifest.json").read_text())
    (folder / "template.html.j2").write_text("<p>{{ view.title }}</p>")
    with zipfile.ZipFile(builtin / "template.docx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    change(parts)
    with zipfile.ZipFile(folder / "template.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def test_a_footer_alike_in_every_language_keeps_one_section(bundle: Bundle) -> None:
    def fixed(parts: dict[str, bytes]) -> None:
        parts["word/footer1.xml"] = parts["word/footer1.xml"].replace(
            b"{{ labels.page }}", b"S.")

    _bilingual_copy("fixed-footer", fixed)
    data = render_docx(bundle, "item-1", "fixed-footer", ["de", "en"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
        assert "word/footer2.xml" not in z.namelist()
    assert xml.count("<w:sectPr") == 1 and "<w:pageBreakBefore/>" in xml


def test_a_footer_with_its_own_relationships_keeps_them_in_each_language(
        bundle: Bundle) -> None:
    own = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
           b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           b'<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/'
           b'officeDocument/2006/relationships/hyperlink" Target="https://a.example.org" '
           b'TargetMode="External"/></Relationships>')

    def with_rels(parts: dict[str, bytes]) -> None:
        parts["word/_rels/footer1.xml.rels"] = own

    _bilingual_copy("footer-rels", with_rels)
    data = render_docx(bundle, "item-1", "footer-rels", ["de", "en"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.read("word/_rels/footer1.xml.rels") == own
        assert z.read("word/_rels/footer2.xml.rels") == own
    german, english = _sections(data)
    assert "Seite" in german[1] and "Page" in english[1]
