"""Build the built-in DOCX templates (templates/<name>/template.docx).

Run once after changing the look, then commit the .docx files:

    python templates/build_docx_templates.py                 # every template
    python templates/build_docx_templates.py quote-dossier   # only the named ones

The files are ordinary Word documents: users open them in Word or LibreOffice and
change the "PS …" styles, margins, header, footer or add a logo. The paragraph holding
``{{p content }}`` is where the release text goes; header and footer may use Jinja
fields such as ``{{ issuers }}``, ``{{ kind_labels }}``, ``{{ headline }}`` or ``{{ date }}``;
in a bilingual export one after the other, each language's pages get them in their language
(``{{ labels.page }}`` is "Seite" on the German pages, "Page" on the English ones).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.parfmt import CT_PPr
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle

HERE = Path(__file__).resolve().parent
BODY_FONT = "Carlito"
HEAD_FONT = "Carlito"
INK = RGBColor(0x1D, 0x24, 0x30)
MUTED = RGBColor(0x5B, 0x65, 0x73)
ACCENT = RGBColor(0x0B, 0x53, 0x94)
WARN = RGBColor(0xA6, 0x1C, 0x00)


@dataclass(frozen=True)
class Spec:
    folder: str
    header_left: str
    language: str
    margins_cm: tuple[float, float, float, float] = (2.6, 2.5, 2.2, 2.5)  # top, right, bottom, left
    headline_pt: float = 21


SPECS = [
    Spec("pressemitteilung", "{{ kind_labels|upper }}", "de-DE"),
    Spec("press-release", "{{ kind_labels|upper }}", "en-GB"),
    Spec("bilingual", "{{ kind_labels|upper }}", "de-DE"),
    Spec("side-by-side", "{{ kind_labels|upper }}", "de-DE", (2.4, 1.8, 2.0, 1.8), 15),
    Spec("event-report", "{{ kind_labels|upper }}", "de-DE"),
    Spec("quote-dossier", "{{ kind_labels|upper }}", "de-DE"),
]


def _font(style: BaseStyle, size: float, *, bold: bool = False, italic: bool = False,
          color: RGBColor = INK, name: str = BODY_FONT, caps: bool = False) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = name
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = color
    font.all_caps = caps
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), name)


def _para(doc: Document, style_name: str, base: str, size: float, *, before: float = 0,
          after: float = 8, line: float = 1.2, keep_next: bool = False,
          align: WD_ALIGN_PARAGRAPH | None = None, **font: object) -> BaseStyle:
    styles = doc.styles
    style = styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    _font(style, size, **font)  # type: ignore[arg-type]
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    if align is not None:
        fmt.alignment = align
    return style


def _char(doc: Document, name: str, **font: object) -> BaseStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.quick_style = True
    f = style.font
    if "bold" in font:
        f.bold = bool(font["bold"])
    if "italic" in font:
        f.italic = bool(font["italic"])
    if "color" in font:
        f.color.rgb = font["color"]  # type: ignore[assignment]
    if "underline" in font:
        f.underline = bool(font["underline"])
    if "highlight" in font:
        rpr = style.element.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                             f'w:fill="{font["highlight"]}"/>'))
    return style


AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
              "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
              "w:rPr", "w:sectPr", "w:pPrChange")
"""What may follow ``w:pBdr`` in a ``w:pPr``: Word wants the schema's order."""


def _add_border(ppr: CT_PPr, xml: str) -> None:
    ppr.insert_element_before(parse_xml(xml), *AFTER_PBDR)


def _border(style: BaseStyle, side: str, color: str, size: int = 8, space: int = 4) -> None:
    _add_border(style.element.get_or_add_pPr(), (
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="{space}" '
        f'w:color="{color}"/></w:pBdr>'))


def _styles(doc: Document, language: str, headline_pt: float) -> None:
    normal = doc.styles["Normal"]
    _font(normal, 11)
    rpr = normal.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{language}"/>'))
    normal.paragraph_format.space_after = Pt(0)

    _para(doc, "PS Body", "Normal", 11, after=9, line=1.3)
    _para(doc, "PS Lead", "PS Body", 11, after=9, line=1.3)
    _para(doc, "PS Quote", "PS Body", 11, after=9, line=1.3)
    _para(doc, "PS Release Line", "Normal", 8.5, after=14, bold=True, color=WARN, caps=True)
    _para(doc, "PS Kicker", "Normal", 11.5, after=3, bold=True, color=ACCENT, keep_next=True)
    _para(doc, "PS Headline", "Normal", headline_pt, after=6, line=1.05, bold=True, keep_next=True,
          name=HEAD_FONT)
    _para(doc, "PS Subheadline", "Normal", 13, after=16, line=1.15, color=MUTED, keep_next=True)
    _para(doc, "PS Subheading", "Normal", 12, before=10, after=4, bold=True, keep_next=True)
    _para(doc, "PS List", "List Bullet", 11, after=4, line=1.3)
    _para(doc, "PS Photo", "Normal", 11, before=8, after=3, keep_next=True)
    _para(doc, "PS Caption", "Normal", 9, after=12, line=1.2, color=MUTED)
    _para(doc, "PS End Mark", "Normal", 11, before=6, after=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    heading = _para(doc, "PS Section Heading", "Normal", 8.5, before=14, after=3, bold=True,
                    color=ACCENT, caps=True, keep_next=True)
    _border(heading, "top", "D5DAE1", size=6, space=6)
    _para(doc, "PS Boilerplate", "Normal", 9.5, after=4, line=1.25, color=MUTED)
    _para(doc, "PS Contact", "Normal", 9.5, after=6, line=1.25)
    _para(doc, "PS Credits", "Normal", 8.5, before=10, after=0, color=MUTED)
    _para(doc, "PS Fact", "Normal", 10.5, after=2, line=1.25)
    _para(doc, "PS Speaker", "Normal", 10.5, after=2, line=1.25)
    column = _para(doc, "PS Column Heading", "Normal", 8.5, after=6, bold=True, color=ACCENT,
                   caps=True)
    _border(column, "bottom", "0B5394", size=12, space=2)
    _char(doc, "PS Dateline", bold=True)
    _char(doc, "PS Notice", bold=True, color=WARN, highlight="FFF2CC")
    _char(doc, "PS Link", color=ACCENT, underline=True)
    _char(doc, "PS Credit", italic=False)
    _char(doc, "PS Label", bold=True)
    table = doc.styles.add_style("PS Side by Side", WD_STYLE_TYPE.TABLE)
    table.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}><w:tblBorders><w:insideH w:val="single" w:sz="4" '
        'w:space="0" w:color="D5DAE1"/></w:tblBorders><w:tblCellMar><w:top w:w="57" '
        'w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'))


def _header_footer(doc: Document, spec: Spec) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    top, right, bottom, left = spec.margins_cm
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)
    width = section.page_width - section.left_margin - section.right_margin

    header = section.header.paragraphs[0]
    for stop in (Cm(8.255), Cm(16.51)):  # the Header/Footer styles' own centre and right tabs
        header.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.CLEAR)
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    kind = header.add_run(spec.header_left)
    kind.bold = True
    kind.font.size = Pt(9)
    kind.font.color.rgb = ACCENT
    header.add_run("\t")
    who = header.add_run("{{ issuers }}")
    who.font.size = Pt(9)
    who.font.color.rgb = MUTED
    _add_border(header._p.get_or_add_pPr(), (
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="6" '
        'w:color="0B5394"/></w:pBdr>'))

    footer = section.footer.paragraphs[0]
    for stop in (Cm(8.255), Cm(16.51)):  # the Header/Footer styles' own centre and right tabs
        footer.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.CLEAR)
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    names = footer.add_run("{{ issuer_names }}")
    names.font.size = Pt(8)
    names.font.color.rgb = MUTED
    footer.add_run("\t")
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:color w:val="5B6573"/><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve">{{ labels.page }} </w:t></w:r>'))
    footer._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:color w:val="5B6573"/>'
        '<w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    footer._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:color w:val="5B6573"/><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve"> / </w:t></w:r>'))
    footer._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:rPr><w:color '
        'w:val="5B6573"/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def build(spec: Spec) -> Path:
    doc = Document()
    _styles(doc, spec.language, spec.headline_pt)
    _header_footer(doc, spec)
    body = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    body.style = doc.styles["PS Body"]
    body.add_run("{{p content }}")
    props = doc.core_properties
    props.author = "Pressestelle"
    props.title = "{{ headline }}"
    props.comments = "Built-in Pressestelle template: restyle the PS styles, header and footer."
    out = HERE / spec.folder / "template.docx"
    doc.save(str(out))
    return out


def main(names: list[str]) -> None:
    unknown = set(names) - {spec.folder for spec in SPECS}
    if unknown:
        raise SystemExit(f"unknown template {', '.join(sorted(unknown))}")
    for spec in SPECS:
        if not names or spec.folder in names:
            print(build(spec))


if __name__ == "__main__":
    main(sys.argv[1:])
