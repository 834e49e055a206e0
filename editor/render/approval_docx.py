"""The Word file of an approval round: every text of the item under a stable anchor.

The file is meant to be edited by the speaker's office in Word or LibreOffice with
"track changes" on (it is switched on in the file). Kicker, headline, subheadline, each
block and each quote's words stand in their own paragraphs inside bookmarks named by
:mod:`editor.core.anchors`; quote marks, attributions, language headings and photo notes
stand outside them, so only the texts of the item are read back. The item's id, version
and a fingerprint of each exported text go into the document's custom properties, so the
import can tell an edit of the other side from a change made in the archive meanwhile.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from editor.core import anchors
from editor.core.model import BlockKind, Bundle, PressItem, fingerprint
from editor.core.typography import visible_safe
from editor.render.attribution import People, attribution_runs, speakers_of
from editor.render.docx import LOCALE_TAGS, attr_escape, xml_escape
from editor.render.export import embargo_until
from editor.render.inline import Run, parse_inline
from editor.render.zip_parts import pack, write_zip

APP_NAME = "Pressestelle"
PROP_ITEM = "PressestelleItem"
PROP_VERSION = "PressestelleVersion"
PROP_TEXTS = "PressestelleTexts"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
LABEL_STYLES = frozenset({"PSLabel", "PSLanguage", "PSTitle"})
"""Paragraph styles of the lines the application writes around the texts."""

_WORDS = {
    "de": {"title": "Zur Freigabe", "language": "Deutsch", "quote": "Zitat",
           "photo": "Foto", "embargo": "SPERRFRIST",
           "note": "Bitte ändern Sie den Text direkt im Dokument („Änderungen "
           "nachverfolgen“ ist eingeschaltet) und setzen Sie Kommentare. "
           "Zitatzeichen und Zuschreibungen ergänzt die Pressestelle."},
    "en": {"title": "For approval", "language": "English", "quote": "Quote",
           "photo": "Photo", "embargo": "EMBARGO",
           "note": "Please change the text directly in the document (“track "
           "changes” is on) and add comments. Quotation marks and attributions "
           "are added by the press office."},
}
_MARKS = {"de": ("„", "“"), "en": ("“", "”")}


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang.split("-")[0], _WORDS["en"])


@dataclass
class _Writer:
    out: list[str] = field(default_factory=list)
    rels: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    """Fingerprint of each exported text by anchor name."""
    next_bookmark: int = 1

    def run(self, text: str, lang: str, props: str = "") -> str:
        tag = LOCALE_TAGS.get(lang, lang)
        pieces = xml_escape(visible_safe(text)).split("\n")
        body = '</w:t><w:br/><w:t xml:space="preserve">'.join(pieces)
        return (f'<w:r><w:rPr>{props}<w:lang w:val="{attr_escape(tag)}"/></w:rPr>'
                f'<w:t xml:space="preserve">{body}</w:t></w:r>')

    def runs(self, runs: list[Run], lang: str) -> str:
        out = []
        for r in runs:
            props = ("<w:b/>" if r.bold else "") + ("<w:i/>" if r.italic else "")
            piece = self.run(r.text, lang, props)
            if r.href:
                rid = self.rels.setdefault(r.href, f"rIdPs{len(self.rels) + 1}")
                piece = f'<w:hyperlink r:id="{rid}">{piece}</w:hyperlink>'
            out.append(piece)
        return "".join(out)

    def label(self, style: str, inner: str) -> None:
        """A line of the application's own (not read back): its text is fingerprinted so
        the import can tell it from a paragraph the other side added."""
        self.texts[f"L{len(self.texts)}"] = fingerprint(_plain_xml(inner))
        self.para(style, inner)

    def para(self, style: str, inner: str) -> None:
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{inner}</w:p>')

    def start(self, name: str) -> tuple[str, str]:
        n = self.next_bookmark
        self.next_bookmark += 1
        return (f'<w:bookmarkStart w:id="{n}" w:name="{attr_escape(name)}"/>',
                f'<w:bookmarkEnd w:id="{n}"/>')

    def anchored(self, style: str, mark: anchors.Anchor, text: str, lang: str,
                 before: str = "", after: str = "") -> None:
        """``text`` (stored inline markup) in paragraphs inside the bookmark ``mark``;
        a list or a text with blank lines gives one paragraph per line or paragraph."""
        self.texts[mark.name] = fingerprint(text)
        begin, end = self.start(mark.name)
        lines = [line for line in text.split("\n")] if style == "PSList" else [text]
        for i, line in enumerate(lines):
            head = before + begin if i == 0 else ""
            tail = end + after if i == len(lines) - 1 else ""
            self.para(style, head + self.runs(parse_inline(line), lang) + tail)


def _plain_xml(inner: str) -> str:
    text = re.sub(r"<w:br/>", "\n", inner)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace(
        "&amp;", "&")


def approval_docx(bundle: Bundle, item: PressItem, languages: list[str],
                  today: date | None = None) -> bytes:
    """The .docx bytes of ``item`` for an approval round in ``languages``."""
    people = People(bundle)
    w = _Writer()
    first = languages[0] if languages else item.source_language
    headline = item.headline.text_or_any(first) or item.id
    begin, end = w.start(anchors.item_bookmark(item.id))
    w.label("PSTitle", begin + w.run(f"{_words(first)['title']}: ", first)
           + w.run(headline, first) + end)
    w.label("PSLabel", w.run(_words(first)["note"], first)
           + w.run(f" ({APP_NAME} {item.id}, {(today or date.today()).isoformat()})", first))
    if item.embargo is not None:  # the embargo travels with every file of the item
        w.label("PSLabel", w.run(f"{_words(first)['embargo']}: {embargo_until(item, first)}",
                                 first, '<w:b/><w:color w:val="C00000"/>'))
    quotes = {q.id: q for q in item.quotes}
    for lang in languages:
        words = _words(lang)
        w.label("PSLanguage", w.run(words["language"], lang))
        for name, texts in (("kicker", item.kicker), ("headline", item.headline),
                            ("subheadline", item.subheadline)):
            if texts.has(lang):
                style = {"kicker": "PSKicker", "headline": "PSHeadline",
                         "subheadline": "PSSubheadline"}[name]
                w.anchored(style, anchors.anchor(name, lang), texts.get(lang), lang)
        for block in item.blocks:
            if block.kind == BlockKind.PHOTO:
                caption = ""
                if block.photo_id:
                    photo = next((p for p in item.photos if p.id == block.photo_id), None)
                    caption = photo.caption.get(lang, "") if photo is not None else ""
                w.label("PSLabel", w.run(f"[{words['photo']}: {caption}]".replace(": ]", "]"),
                                        lang, "<w:i/>"))
                continue
            if block.kind == BlockKind.QUOTE and block.quote_id in quotes:
                quote = quotes[block.quote_id]
                if quote.text.has(lang):
                    opening, closing = _MARKS.get(lang.split("-")[0], _MARKS["en"])
                    day = quote.date or item.issue_date
                    attribution = attribution_runs(quote, speakers_of(quote, people, day), lang)
                    grey = '<w:color w:val="595959"/>'
                    comma = "“, " if closing == "“" else ",” "
                    after = w.run(comma if attribution else closing, lang) + "".join(
                        w.run(r.text, lang, grey + ("<w:b/>" if r.bold else ""))
                        for r in attribution)
                    w.anchored("PSQuote", anchors.anchor("quote", lang, quote.id),
                               quote.text.get(lang), lang, before=w.run(opening, lang),
                               after=after)
                if block.text.has(lang):
                    w.anchored("PSBody", anchors.anchor("block", lang, block.id),
                               block.text.get(lang), lang)
                continue
            if not block.text.has(lang):
                continue
            style = {BlockKind.SUBHEADING: "PSSubheading", BlockKind.LIST: "PSList"}.get(
                block.kind, "PSBody")
            w.anchored(style, anchors.anchor("block", lang, block.id), block.text.get(lang),
                       lang)
    return _package(item, w, headline)


_STYLES = [
    ("PSBody", "Body Text", "", '<w:spacing w:after="160" w:line="300" w:lineRule="auto"/>'),
    ("PSTitle", "PS Approval Title", '<w:b/><w:sz w:val="28"/>', ""),
    ("PSLabel", "PS Approval Note", '<w:color w:val="595959"/><w:sz w:val="18"/>', ""),
    ("PSLanguage", "PS Language", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/>',
     '<w:spacing w:before="360" w:after="120"/>'),
    ("PSKicker", "PS Kicker", '<w:caps/><w:sz w:val="20"/>', ""),
    ("PSHeadline", "PS Headline", '<w:b/><w:sz w:val="36"/>', '<w:spacing w:after="120"/>'),
    ("PSSubheadline", "PS Subheadline", '<w:i/><w:sz w:val="24"/>', ""),
    ("PSSubheading", "PS Subheading", '<w:b/><w:sz w:val="24"/>',
     '<w:spacing w:before="240"/>'),
    ("PSQuote", "PS Quote", "", '<w:ind w:left="567"/><w:spacing w:after="160"/>'),
    ("PSList", "PS List", "", '<w:ind w:left="567" w:hanging="283"/>'),
]


def _styles_xml() -> str:
    styles = "".join(
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="'
        f'{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr>'
        f"<w:rPr>{rpr}</w:rPr></w:style>" for sid, name, rpr, ppr in _STYLES)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" '
            'w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/><w:sz w:val="22"/></w:rPr>'
            '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr>'
            '</w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" '
            'w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            f"{styles}</w:styles>")


def _package(item: PressItem, w: _Writer, headline: str) -> bytes:
    body = "".join(w.out)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
        f'xmlns:r="{R}"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="709" '
        'w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>')
    links = "".join(
        f'<Relationship Id="{rid}" Type="{LINK_REL}" Target="{attr_escape(href)}" '
        f'TargetMode="External"/>' for href, rid in w.rels.items())
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'settings" Target="settings.xml"/>{links}</Relationships>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings '
                f'xmlns:w="{W}"><w:trackRevisions/></w:settings>')
    props = [(PROP_ITEM, item.id), (PROP_VERSION, str(item.version)),
             (PROP_TEXTS, json.dumps(w.texts, separators=(",", ":")))]
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="'
              'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              + "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" '
                        f'pid="{i}" name="{name}"><vt:lpwstr>{xml_escape(value)}</vt:lpwstr>'
                        f"</property>" for i, (name, value) in enumerate(props, start=2))
              + "</Properties>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
            f"{xml_escape(visible_safe(headline))}</dc:title></cp:coreProperties>")
    package_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
        '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
        'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
        'Target="docProps/custom.xml"/><Relationship Id="rId3" Type="http://schemas.'
        'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/></Relationships>')
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
        'Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.'
        'xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName='
        '"/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.settings+xml"/><Override PartName="/docProps/custom.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/></Types>')
    parts = [("[Content_Types].xml", types), ("_rels/.rels", package_rels),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", rels),
             ("word/styles.xml", _styles_xml()), ("word/settings.xml", settings),
             ("docProps/custom.xml", custom), ("docProps/core.xml", core)]
    return write_zip(pack(name, text.encode("utf-8")) for name, text in parts)
