"""DOCX export: content written with a template's named styles into a copy of the template.

A template is a real .docx a user restyles in Word or LibreOffice. Its parts may hold
Jinja tags (``{{ headline }}`` in a header, ``{{ issuers }}`` in a footer); the paragraph
holding ``{{p content }}`` is replaced by the item's content, written as WordprocessingML
with the styles "PS Headline", "PS Body", "PS Quote" … of the template. The template is
read once and kept while its file is unchanged, so a render is a Jinja pass over a few
small parts plus writing the zip.
"""

from __future__ import annotations

import re
import zlib
from _thread import allocate_lock  # threading.Lock itself, without loading threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.parsers import expat

from markupsafe import Markup, escape

from editor.core.images import PhotoData, PhotoError, inspect_image
from editor.core.links import safe_href
from editor.render import (
    docx_cache,
    docx_package,
    docx_sections,
    template_files,
    template_images,
)
from editor.render.catalogue import DOCX_FILE, TemplateInfo
from editor.render.errors import TOO_DEEP, RenderError, TemplateError
from editor.render.inline import Run
from editor.render.trust import is_trusted
from editor.render.viewmodel import BlockView, ExportView, LanguageView, PhotoView
from editor.render.zip_parts import STORED, PackedPart, pack, write_zip

if TYPE_CHECKING:  # Jinja and lxml are loaded only when a template needs more than fields
    import jinja2

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
LINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
EMU_PER_TWIP = 635
MAX_PHOTO_HEIGHT_EMU = 3_240_000  # 9 cm

LOCALE_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR"}

FALLBACK_STYLES = {
    "PS Headline": "Title",
    "PS Subheadline": "Subtitle",
    "PS Subheading": "Heading 2",
    "PS Section Heading": "Heading 3",
    "PS List": "List Bullet",
    "PS Caption": "Caption",
    "PS Byline": "PS Caption",
}
"""Standard styles used when a template lacks one of ours."""

CHAR_FALLBACK = {
    "PS Dateline": "<w:b/>",
    "PS Notice": '<w:b/><w:color w:val="C00000"/>',
    "PS Link": '<w:color w:val="0B5394"/><w:u w:val="single"/>',
    "PS Label": "<w:b/>",
}
"""Direct formatting used when a template lacks one of our character styles."""

# Patterns used only when a template is prepared (not when it comes from the cache): kept
# as text and compiled by the re module on first use (see editor.render.docx_cache).
_TAG_BOUNDARY = r"(?<=\{)(?:<[^>]*>)+(?=[{%#])|(?<=[%}#])(?:<[^>]*>)+(?=\})"
_TAG = r"(?s)\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"
_XML_TAG = r"<[^>]*>"
_PARAGRAPH_TAG = r"(?s)<w:p[ >](?:(?!<w:p[ >]).)*?(\{\{p\s.*?\}\}|\{%p\s.*?%\}).*?</w:p>"
_ROW_TAG = r"(?s)<w:tr[ >](?:(?!<w:tr[ >]).)*?(\{%tr\s.*?%\}).*?</w:tr>"
_BAD_QUOTES = "„‚«»‹›"
_JINJA_PART = r"word/(document|header\d*|footer\d*)\.xml$|docProps/core\.xml$"


TEXT_PIECE = 1_000_000
"""The most characters written into one ``<w:t>``: far below the 10 MB text node limit of
XML parsers even when every character needs an entity or four bytes of UTF-8."""


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr_escape(text: str) -> str:
    return xml_escape(text).replace('"', "&quot;")


def _near(xml: str, pos: int) -> str:
    start = xml.rfind("<w:p", 0, pos)
    end = xml.find("</w:p>", pos)
    snippet = re.sub(_XML_TAG, "", xml[max(start, 0): end if end > 0 else pos + 200])
    return snippet.strip()[:120]


def _clean_tag(tag: str) -> str:
    inner = re.sub(_XML_TAG, "", tag)
    return (inner.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&").replace("“", '"').replace("”", '"')
            .replace("‘", "'").replace("’", "'"))


def prepare_part(xml: str, where: str) -> str:
    """Template XML made readable for Jinja: tags split by Word joined, ``{{p …}}`` and
    ``{%p …%}`` / ``{%tr …%}`` made to replace their paragraph or table row."""
    xml = re.sub(_TAG_BOUNDARY, "", xml)

    def clean(m: re.Match[str]) -> str:
        tag = _clean_tag(m.group(0))
        bad = next((c for c in tag if c in _BAD_QUOTES), None)
        if bad is not None:
            raise TemplateError(
                where, f"the tag {tag} contains the typographic quotation mark {bad}; "
                "Jinja needs straight quotes (\" or ') inside {{ }} and {% %}. Switch off "
                "AutoCorrect's smart quotes and retype them",
                near=_near(xml, m.start()))
        return tag

    xml = re.sub(_TAG, clean, xml)

    def whole(m: re.Match[str]) -> str:
        tag = m.group(1)
        return tag[:2] + " " + tag[3:].lstrip()

    xml = re.sub(_PARAGRAPH_TAG, whole, xml)
    xml = re.sub(_ROW_TAG, whole, xml)
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


_SIMPLE_TAG = re.compile(
    r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*"
    r"((?:\|\s*(?:upper|lower)\s*)*)\}\}")
_TAG_START = re.compile(r"\{\{|\{%|\{#")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_KEYWORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "true", "false", "none",
                       "True", "False", "None"})
_DICT_ATTRIBUTES = frozenset(dir(dict))
_MAX_SIMPLE_TAGS = 10_000
_SIMPLE_OUTPUT = 1_000_000
"""Characters of fields written without Jinja; far below every limit of the sandbox."""
_MISSING = object()
Piece = str | tuple[tuple[str, ...], tuple[str, ...]]


def simple_pieces(source: str) -> tuple[Piece, ...] | None:
    """A prepared part that only writes fields (``{{ headline }}``, ``{{ labels.page }}``,
    ``{{ kind_labels|upper }}``) as its text and fields; ``None`` for anything more
    (statements, comments, other expressions), which Jinja renders.

    The text is what Jinja makes of it: line breaks as ``\\n``, one final line break
    dropped (``keep_trailing_newline`` is off)."""
    lines = _NEWLINE.split(source)
    if lines[-1] == "":
        del lines[-1]
    text = "\n".join(lines)
    pieces: list[Piece] = []
    end = 0
    for start in _TAG_START.finditer(text):
        if start.start() < end:
            return None  # a tag start inside a field: not this simple form
        tag = _SIMPLE_TAG.match(text, start.start())
        if tag is None:
            return None
        path = tuple(tag.group(1).split("."))
        if any(name in _KEYWORDS for name in path):
            return None
        filters = tuple(f.strip() for f in tag.group(2).split("|")[1:])
        if start.start() > end:
            pieces.append(text[end:start.start()])
        pieces.append((path, filters))
        end = tag.end()
        if len(pieces) > 2 * _MAX_SIMPLE_TAGS:
            return None
    if end < len(text):
        pieces.append(text[end:])
    return tuple(pieces)


def render_simple(pieces: tuple[Piece, ...], context: dict[str, Any]) -> str | None:
    """The part written from ``pieces`` exactly as the sandbox renders it (values escaped,
    ``Markup`` kept); ``None`` when a value is not a plain text of the context (the part
    is then rendered by Jinja, which also names any problem)."""
    out: list[str] = []
    written = 0
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        path, filters = piece
        value = context.get(path[0], _MISSING)
        for name in path[1:]:
            if type(value) is not dict or name in _DICT_ATTRIBUTES or name not in value:
                return None
            value = value[name]
        if type(value) is not str and type(value) is not Markup:
            return None
        for name in filters:
            value = value.upper() if name == "upper" else value.lower()
        written += len(value)
        if written > _SIMPLE_OUTPUT:
            return None  # Jinja's sandbox counts what a long output may be
        out.append(value if type(value) is Markup else escape(value))
    return "".join(out)


@dataclass
class TemplatePart:
    """A part of a DOCX template holding Jinja tags, as prepared for Jinja."""

    source: str
    pieces: tuple[Piece, ...] | None
    """The part as text and fields when it holds nothing else (see :func:`simple_pieces`)."""
    compiled: jinja2.Template | None = None

    def jinja(self, where: str) -> jinja2.Template:
        """The part compiled by the sandboxed Jinja environment (once)."""
        if self.compiled is None:
            self.compiled = _compile(self.source, where)
        return self.compiled


@dataclass
class _Template:
    """A DOCX template read into memory with its Jinja parts prepared."""

    file: Path
    packed: dict[str, PackedPart]
    """Every part compressed once, as it is in the template, in the template's order:
    copied into each document whose export leaves the part unchanged."""
    compiled: dict[str, TemplatePart]
    styles: dict[tuple[str, str], str]
    text_width: int
    content_section: docx_sections.ContentSection | None = None
    """The section holding the content, with its header and footer parts."""

    def style(self, kind: str, name: str) -> str | None:
        return self.styles.get((kind, name.lower()))

    def part(self, name: str) -> bytes:
        """The bytes of the part ``name`` as the template holds them."""
        packed = self.packed[name]
        return packed.data if packed.method == STORED else zlib.decompress(packed.data, -15)

    @property
    def parts(self) -> dict[str, bytes]:
        """Every part of the template, unpacked, in the template's order."""
        return {name: self.part(name) for name in self.packed}


def _read_styles(xml: bytes) -> dict[tuple[str, str], str]:
    from lxml import etree

    found: dict[tuple[str, str], str] = {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    # a stranger's XML: read without entities or DTDs
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise _BrokenStyles(exc.msg) from None
    for st in root.iter(f"{{{W_NS}}}style"):
        name = st.find(f"{{{W_NS}}}name")
        sid = st.get(f"{{{W_NS}}}styleId")
        if name is not None and sid:
            found[(st.get(f"{{{W_NS}}}type") or "paragraph", str(name.get(f"{{{W_NS}}}val"))
                   .lower())] = sid
    return found


class _BrokenStyles(Exception):
    pass


def _text_width(document: str) -> int:
    width = re.search(r'<w:pgSz[^>]*w:w="(\d+)"', document)
    left = re.search(r'<w:pgMar[^>]*w:left="(\d+)"', document)
    right = re.search(r'<w:pgMar[^>]*w:right="(\d+)"', document)
    if not (width and left and right):
        return 9070
    return max(2000, int(width.group(1)) - int(left.group(1)) - int(right.group(1)))


_REQUIRED_PARTS = ("word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml")


def _environment() -> jinja2.Environment:
    """The sandboxed environment of DOCX parts (made when a part first needs Jinja)."""
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        from editor.render import jinja

        env = jinja.make_environment([], autoescape=True)
        env.trim_blocks = False
        env.lstrip_blocks = False
        _ENVIRONMENT = env
    return _ENVIRONMENT


_ENVIRONMENT: jinja2.Environment | None = None


def _compile(source: str, where: str) -> jinja2.Template:
    import jinja2

    try:
        return _environment().from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        lines = source.splitlines()
        near = re.sub(_XML_TAG, "", lines[exc.lineno - 1]).strip()[:120] \
            if 0 < exc.lineno <= len(lines) else ""
        raise TemplateError(where, f"syntax error: {exc.message}", exc.lineno, near) \
            from None
    except RecursionError:
        raise TemplateError(where, TOO_DEEP) from None


def _prepare(data: bytes, file: Path) -> docx_cache.Prepared:
    """The template file's bytes read, checked and prepared (see :mod:`docx_cache`)."""
    parts = template_files.read_docx_parts(data, str(file))
    docx_package.check_template(parts, str(file))
    parts = template_images.clean_template_images(parts, str(file))
    missing = next((name for name in _REQUIRED_PARTS if name not in parts), None)
    if missing is not None:
        raise TemplateError(str(file), f"not a Word document ({missing} is missing)")
    sources: dict[str, str] = {}
    for name, part in parts.items():
        if not re.match(_JINJA_PART, name):
            continue
        try:
            xml = part.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{file} ({name})", "the part is not UTF-8 XML") from None
        if name != "word/document.xml" and "{" not in xml:
            continue
        where = f"{file} ({name})"
        source = prepare_part(xml, where)
        if simple_pieces(source) is None:
            _compile(source, where)  # a syntax error is told now, with file and line
        sources[name] = source
    document = sources["word/document.xml"]
    if "content" not in document:
        raise TemplateError(
            f"{file} (word/document.xml)",
            "there is no paragraph {{p content }} where the release text goes")
    try:
        styles = _read_styles(parts["word/styles.xml"]) if "word/styles.xml" in parts else {}
    except _BrokenStyles as exc:
        raise TemplateError(f"{file} (word/styles.xml)", f"broken XML ({exc})") from None
    packed = tuple(pack(name, part) for name, part in parts.items())
    return docx_cache.Prepared(packed, sources, styles, _text_width(document))


def _load(folder: Path) -> _Template:
    file = folder / DOCX_FILE
    try:
        data = template_files.read_file(folder, DOCX_FILE, template_files.MAX_DOCX_BYTES)
    except FileNotFoundError:
        raise TemplateError(str(file), "the DOCX template file is missing") from None
    entry = docx_cache.key(data)
    prepared = docx_cache.load(entry)
    if prepared is None:
        prepared = _prepare(data, file)
        docx_cache.store(entry, prepared)
    compiled = {name: TemplatePart(source, simple_pieces(source))
                for name, source in prepared.sources.items()}
    for name, part in compiled.items():
        if part.pieces is None:  # a part Jinja renders: compiled now, as the template is read
            part.jinja(f"{file} ({name})")
    template = _Template(file, {p.name.decode("utf-8"): p for p in prepared.packed}, compiled,
                         prepared.styles, prepared.text_width)
    rels = template.part("word/_rels/document.xml.rels").decode("utf-8", "replace")
    template.content_section = docx_sections.content_section(
        prepared.sources["word/document.xml"], rels)
    return template


class _Cache:
    def __init__(self) -> None:
        self.lock = allocate_lock()
        self.entries: dict[Path, tuple[tuple[int, int, int], _Template]] = {}

    def get(self, folder: Path) -> _Template:
        """The DOCX template of ``folder``; checked (a regular file inside the folder) on
        every call, read again when it changed."""
        file = folder / DOCX_FILE
        try:
            stamp = template_files.stamp(folder, DOCX_FILE)
        except OSError:
            raise TemplateError(str(file), "the DOCX template file is missing") from None
        with self.lock:
            hit = self.entries.get(folder)
            if hit is not None and hit[0] == stamp:
                return hit[1]
            loaded = _load(folder)
            self.entries[folder] = (stamp, loaded)
            return loaded


_CACHE = _Cache()


@dataclass
class _ImageInfo:
    """A picture as the document embeds it."""

    data: bytes
    ext: str
    content_type: str
    cx: int
    cy: int


_IMAGES: dict[str, _ImageInfo] = {}


def _image(photo: PhotoData, photo_id: str) -> _ImageInfo:
    """The picture as the document embeds it: the archive's bytes without metadata
    (:attr:`PhotoData.public_data`, worked out once per picture), sized by their header."""
    key = photo.key
    found = _IMAGES.get(key)
    if found is None:
        try:
            data = photo.public_data
            info = inspect_image(data)
        except PhotoError as exc:
            raise RenderError(f"The photo {photo_id} is not an image Word can show "
                              f"({exc}).") from None
        found = _ImageInfo(data, photo.extension, info.media_type, info.width,
                           info.height)
        if len(_IMAGES) > 64:
            _IMAGES.clear()
        _IMAGES[key] = found
    return found


_PPR_START = re.compile(r"<w:pPr>(?:<w:pStyle [^>]*/>)?")


def page_break_before(xml: str) -> str:
    """``xml`` (a paragraph, or a table) with a page break before its first paragraph: the
    ``w:pageBreakBefore`` right after the paragraph style, where the schema wants it (Word
    repairs or refuses a ``w:pPr`` whose children are out of order)."""
    return _PPR_START.sub(lambda m: m.group(0) + "<w:pageBreakBefore/>", xml, count=1)


@dataclass
class ContentWriter:
    """Builds the WordprocessingML of the content with the template's styles."""

    template: _Template
    rels: list[str] = field(default_factory=list)
    media: dict[str, tuple[str, bytes, str]] = field(default_factory=dict)
    images: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    next_id: int = 1000
    out: list[str] = field(default_factory=list)
    parts: dict[str, tuple[bytes, str | None]] = field(default_factory=dict)
    """Further parts of the package (headers and footers per language), with the content
    type of each (``None``: the package's default for the name's extension)."""
    final_section: tuple[str, str] | None = None
    """The template's section properties after the content and what replaces them."""

    # --- styles -------------------------------------------------------------
    def p_style(self, name: str) -> str:
        sid = self.template.style("paragraph", name)
        if sid is None and name in FALLBACK_STYLES:
            sid = self.template.style("paragraph", FALLBACK_STYLES[name])
        return f'<w:pStyle w:val="{attr_escape(sid)}"/>' if sid else ""

    def r_style(self, name: str) -> str:
        sid = self.template.style("character", name)
        if sid:
            return f'<w:rStyle w:val="{attr_escape(sid)}"/>'
        return CHAR_FALLBACK.get(name, "")

    # --- runs ---------------------------------------------------------------
    def run(self, text: str, lang: str, props: str = "", *, name: bool = False) -> str:
        """One run of ``text``; in a person's ``name`` hyphens are Word's non-breaking
        hyphens, so "Meyer-Lüdenscheid" is never split over two lines."""
        lang_tag = f'<w:lang w:val="{LOCALE_TAGS.get(lang, lang)}"/>'
        # A long text goes into several <w:t> of one run: XML parsers (lxml, Word's) refuse
        # a single text node over 10 MB, and a split run reads the same.
        body = '</w:t><w:t xml:space="preserve">'.join(
            xml_escape(text[i:i + TEXT_PIECE]) for i in range(0, len(text), TEXT_PIECE))
        if "\n" in body or "\t" in body:
            body = body.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
            body = body.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
        if name and "-" in body:
            body = body.replace("-", '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">')
        return (f'<w:r><w:rPr>{props}{lang_tag}</w:rPr>'
                f'<w:t xml:space="preserve">{body}</w:t></w:r>')

    def runs(self, runs: Iterable[Run], lang: str) -> str:
        out = []
        for r in runs:
            link_style = link_direct = ""
            live = bool(safe_href(r.href))  # an unsafe link stays plain text
            if live:
                sid = self.template.style("character", "PS Link")
                if sid:
                    link_style = f'<w:rStyle w:val="{attr_escape(sid)}"/>'
                else:
                    link_direct = CHAR_FALLBACK["PS Link"]
            props = link_style
            if r.bold:
                props += "<w:b/><w:bCs/>"
            if r.italic:
                props += "<w:i/><w:iCs/>"
            props += link_direct
            piece = self.run(r.text, lang, props, name=r.name)
            if live:
                rid = self.link(r.href)
                piece = f'<w:hyperlink r:id="{rid}" w:history="1">{piece}</w:hyperlink>'
            out.append(piece)
        return "".join(out)

    def link(self, href: str) -> str:
        """The relationship id of an external link; ``href`` must pass ``safe_href``."""
        if not safe_href(href):
            raise ValueError(f"not a safe link: {href[:80]!r}")
        rid = self.links.get(href)
        if rid is None:
            rid = f"rIdPsL{len(self.links) + 1}"
            self.links[href] = rid
            self.rels.append(f'<Relationship Id="{rid}" Type="{LINK_REL}" '
                             f'Target="{attr_escape(href)}" TargetMode="External"/>')
        return rid

    def para(self, style: str, inner: str, extra_ppr: str = "") -> None:
        self.out.append(f"<w:p><w:pPr>{self.p_style(style)}{extra_ppr}</w:pPr>{inner}</w:p>")

    def notice(self, block: BlockView | LanguageView, text: str) -> str:
        lang = block.lang
        return self.run(text, lang, self.r_style("PS Notice")) + self.run(" ", lang)

    # --- blocks -------------------------------------------------------------
    def photo(self, photo: PhotoView, lang: str, width: int) -> None:
        if photo.image is None:
            self.para("PS Photo", self.run(photo.missing_label, lang, self.r_style("PS Notice")))
        else:
            self.para("PS Photo", self.drawing(photo, width))
        caption = self.runs(photo.caption, lang)
        if photo.credit:
            caption += (self.run(" ", lang) if photo.caption else "") + self.run(
                photo.credit, lang, self.r_style("PS Credit"))
        if caption:
            self.para("PS Caption", caption)

    def drawing(self, photo: PhotoView, width_twips: int) -> str:
        assert photo.image is not None
        img = _image(photo.image, photo.photo_id)
        key = photo.image.key
        rid = self.images.get(key)
        if rid is None:
            n = len(self.images) + 1
            rid = f"rIdPsI{n}"
            target = f"media/ps_photo{n}.{img.ext}"
            self.images[key] = rid
            self.media[f"word/{target}"] = (img.ext, img.data, img.content_type)
            self.rels.append(f'<Relationship Id="{rid}" Type="{IMAGE_REL}" Target="{target}"/>')
        max_cx = width_twips * EMU_PER_TWIP
        cx, cy = max_cx, int(max_cx * img.cy / max(img.cx, 1))
        if cy > MAX_PHOTO_HEIGHT_EMU:
            cx, cy = int(cx * MAX_PHOTO_HEIGHT_EMU / cy), MAX_PHOTO_HEIGHT_EMU
        self.next_id += 1
        pid = self.next_id
        alt = attr_escape(photo.alt)
        a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        pic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
        return (
            f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{pid}" name="Photo {pid}" '
            f'descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{a}" '
            f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{a}">'
            f'<a:graphicData uri="{pic}"><pic:pic xmlns:pic="{pic}"><pic:nvPicPr>'
            f'<pic:cNvPr id="{pid}" name="ps_photo{pid}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" '
            f'cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f"</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )

    def block(self, b: BlockView, width: int) -> None:
        if b.empty:
            return
        lang = b.lang
        notice = self.notice(b, b.notice) if b.notice else ""
        if b.kind == "photo" and b.photo is not None:
            self.photo(b.photo, lang, width)
        elif b.kind == "subheading":
            self.para("PS Subheading", notice + self.runs(b.runs, lang))
        elif b.kind == "list":
            if notice:
                self.para("PS Body", notice)
            for entry in b.items:
                self.para("PS List", self.runs(entry, lang))
        elif b.kind == "quote":
            self.para("PS Quote", notice + self.runs(b.runs, lang))
            if b.byline:
                self.para("PS Byline", self.run("— ", lang) + self.runs(b.byline, lang))
            if b.after:
                self.para("PS Body", self.runs(b.after, lang))
        elif b.lead:
            dateline = (self.run(b.dateline, lang, self.r_style("PS Dateline"))
                        + self.run(" ", lang)) if b.dateline else ""
            self.para("PS Lead", notice + dateline + self.runs(b.runs, lang))
        else:
            self.para("PS Body", notice + self.runs(b.runs, lang))

    def part(self, s: LanguageView, name: str, width: int) -> None:
        """One part of a section (see ``viewmodel.SECTION_PARTS``), as the HTML macro
        ``part`` shows it."""
        lang = s.lang
        if name == "release_line":
            self.para("PS Release Line", self.run(s.release_line, lang))
        elif name == "correction":
            self.para("PS Release Line", self.run(s.correction, lang))
        elif name == "kicker":
            self.para("PS Kicker", self.run(s.kicker, lang))
        elif name == "headline":
            notice = self.notice(s, s.headline_notice) if s.headline_notice else ""
            self.para("PS Headline", notice + self.run(s.headline, lang))
        elif name == "subheadline":
            self.para("PS Subheadline", self.run(s.subheadline, lang))
        elif name == "blocks":
            for b in s.blocks:
                self.block(b, width)
        elif name == "end":
            self.para("PS End Mark", self.run(s.labels["end"], lang))
        elif name == "event":
            self.facts(s)
        elif name == "about":
            self.about(s)
        elif name == "contacts":
            self.contacts(s)
        elif name == "credits":
            text = f"{s.labels['photos']}: " + ", ".join(s.credits)
            self.para("PS Credits", self.run(text, lang))
        else:
            raise RenderError(f"The DOCX writer does not know the section part {name!r}.")

    def facts(self, s: LanguageView) -> None:
        ev = s.event
        if ev is None:
            return
        words = s.labels
        title = words["event"] + (f": {ev.name}" if ev.name else "")
        self.para("PS Section Heading", self.run(title, s.lang))
        for label, value in ev.facts:
            self.para("PS Fact", self.run(words[label] + ": ", s.lang, self.r_style("PS Label"))
                      + self.run(value, s.lang))
        if ev.speakers:
            self.para("PS Section Heading", self.run(words["speakers"], s.lang))
            for sp in ev.speakers:
                if "-" not in sp.name:
                    self.para("PS Speaker", self.run(sp.line, s.lang))
                    continue
                role = self.run(sp.role + " ", s.lang) if sp.role else ""  # as sp.line
                town = self.run(f" | {sp.town}", s.lang) if sp.town else ""
                self.para("PS Speaker", role + self.run(sp.name, s.lang, name=True) + town)

    def about(self, s: LanguageView) -> None:
        lang = s.lang
        for org in s.issuers:
            if org.boilerplate:
                self.para("PS Section Heading", self.run(org.about, lang))
                extra = self.run(" " + org.website_text, lang) if org.website_text else ""
                self.para("PS Boilerplate", self.runs(org.boilerplate, lang) + extra)

    def contacts(self, s: LanguageView) -> None:
        lang = s.lang
        self.para("PS Section Heading", self.run(s.labels["contact"], lang))
        for c in s.contacts:
            reach = [f"{s.labels['phone']} {c.phone}" if c.phone else "",
                     f"{s.labels['email']} {c.email}" if c.email else ""]
            lines = [", ".join(x for x in (c.function, c.organisation) if x),
                     f"{s.labels['topics']}: {c.topics}" if c.topics else "",
                     " · ".join(x for x in reach if x), c.website_text]
            self.para("PS Contact", self.run(c.name, lang, "<w:b/>", name=True)
                      + "".join(self.run("\n" + x, lang) for x in lines if x))

    def draft_line(self, view: ExportView) -> None:
        """The ENTWURF / DRAFT line of a draft for approval, framed in red; nothing else."""
        if not view.draft:
            return
        frame = ('<w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="C00000"/>'
                 '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="C00000"/></w:pBdr>'
                 '<w:jc w:val="center"/>')
        self.para("PS Release Line", self.run(view.draft_label, view.languages[0],
                                              self.r_style("PS Notice")), frame)

    def section(self, s: LanguageView, page_break: bool,
                before: Callable[[], None] | None = None) -> None:
        width = self.template.text_width
        first = len(self.out)
        if before is not None:
            before()
        for name in s.parts:
            self.part(s, name, width)
        if page_break and len(self.out) > first:
            self.out[first] = page_break_before(self.out[first])

    def side_by_side(self, view: ExportView) -> None:
        total = self.template.text_width
        n = len(view.sections)
        col = total // n
        tbl_style = self.template.style("table", "PS Side by Side")
        style = f'<w:tblStyle w:val="{attr_escape(tbl_style)}"/>' if tbl_style else ""
        grid = "".join(f'<w:gridCol w:w="{col}"/>' for _ in range(n))
        self.out.append(
            f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{col * n}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
            f'<w:right w:w="227" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>")
        cell_width = col - 227

        def row(cells: list[list[str]], header: bool = False) -> None:
            trpr = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if header else ""
            tcs = []
            for content in cells:
                body = "".join(content) or "<w:p/>"
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/></w:tcPr>'
                           f"{body}</w:tc>")
            self.out.append(f"<w:tr>{trpr}{''.join(tcs)}</w:tr>")

        def capture(fn: Any, *args: Any) -> list[str]:
            saved, self.out = self.out, []
            fn(*args)
            captured, self.out = self.out, saved
            return captured

        def parts(s: LanguageView, names: list[str]) -> None:
            for name in names:
                if name in s.parts:
                    self.part(s, name, cell_width)

        row([capture(self.para, "PS Column Heading", self.run(s.labels["language"], s.lang))
             for s in view.sections], header=True)
        for group in view.part_groups:
            if group == ["blocks"]:
                for r in view.rows:
                    row([capture(self.block, b, cell_width) for b in r.cells])
            else:
                row([capture(parts, s, group) for s in view.sections])
        self.out.append("</w:tbl>")
        self.para("PS Body", "")


def _context(view: ExportView, content: str,
             section: LanguageView | None = None) -> dict[str, Any]:
    """The fields of the template's parts: those of one language from ``section`` (the
    first language when not given), ``kind_labels`` and ``languages`` of all."""
    first = view.sections[0] if section is None else section
    return {
        "view": view,
        "section": first,
        "sections": view.sections,
        "content": Markup(content),
        "headline": first.headline,
        "kicker": first.kicker,
        "date": first.date,
        "dateline": first.dateline,
        "kind_label": first.kind_label,
        "labels": first.labels,
        "issuers": " · ".join(o.short_name for o in first.issuers),
        "kind_labels": " · ".join(dict.fromkeys(s.kind_label for s in view.sections)),
        "issuer_names": ", ".join(o.name for o in first.issuers),
        "release_line": first.release_line,
        "languages": " / ".join(s.labels["language"] for s in view.sections),
    }


def _ensure_namespaces(xml: str) -> str:
    """The document root declares the r: and wp: prefixes the content uses."""
    head_end = xml.find(">", xml.find("<w:document"))
    head = xml[:head_end]
    extra = ""
    if "xmlns:r=" not in head:
        extra += f' xmlns:r="{R_NS}"'
    if "xmlns:wp=" not in head:
        extra += f' xmlns:wp="{WP_NS}"'
    return xml[:head_end] + extra + xml[head_end:] if extra else xml


def load_template(info: TemplateInfo) -> _Template:
    """The DOCX template of ``info``, read once and kept while the file is unchanged."""
    file = info.folder / DOCX_FILE
    if "docx" not in info.formats:
        raise TemplateError(str(file), f"template {info.name!r} does not make DOCX")
    return _CACHE.get(info.folder)


def render_view(info: TemplateInfo, view: ExportView) -> bytes:
    """The .docx bytes of ``view`` through the template ``info`` (a user template in the
    worker process, see :mod:`editor.render.worker`)."""
    if is_trusted(info):  # a built-in template: here, without the worker's machinery
        return _render_here(info, view)
    from editor.render import worker

    result = worker.render(info, str(info.folder / DOCX_FILE), _render_here, info, view)
    assert isinstance(result, bytes)
    return result


def _render_here(info: TemplateInfo, view: ExportView) -> bytes:
    template = load_template(info)
    writer = ContentWriter(template)
    if info.layout == "side-by-side":
        writer.draft_line(view)
        writer.side_by_side(view)
    else:
        breaks = _language_sections(template, writer, view)
        for i, section in enumerate(view.sections):  # the draft line on each section's page
            writer.section(section, page_break=i > 0 and breaks is None,
                           before=lambda: writer.draft_line(view))
            if breaks is not None and i < len(breaks):
                docx_sections.end_section(writer.out, breaks[i])
    return assemble(template, writer, _context(view, "".join(writer.out)))


def _language_sections(template: _Template, writer: ContentWriter,
                       view: ExportView) -> list[str] | None:
    """When the template's header or footer reads differently per language: the section
    properties that end each language but the last (see :mod:`docx_sections`), with the
    parts, relationships and the last language's properties put into ``writer``;
    ``None`` when one section (with page breaks between languages) says it all."""
    found = template.content_section
    if found is None or len(view.sections) < 2:
        return None
    parts = [ref.part for ref in found.references if ref.part in template.compiled]
    rendered = [{part: _render_part(template, part, _context(view, "", s)) for part in parts}
                for s in view.sections]
    if all(r == rendered[0] for r in rendered[1:]):
        return None
    number = docx_sections.first_free_number(list(template.packed))
    types = template.part("[Content_Types].xml").decode("utf-8", "replace")
    properties = [found.properties]
    for n, texts in enumerate(rendered[1:], start=2):
        rel_ids = {}
        for k, ref in enumerate(found.references):
            if texts.get(ref.part, rendered[0].get(ref.part)) == rendered[0].get(ref.part):
                continue  # the same in every language: the template's part serves
            name = f"word/{ref.kind}{number}.xml"
            number += 1
            rel_ids[ref.rel_id] = rel_id = f"rIdPsS{n}x{k + 1}"
            writer.rels.append(f'<Relationship Id="{rel_id}" Type="{attr_escape(ref.rel_type)}" '
                               f'Target="{attr_escape(name.removeprefix("word/"))}"/>')
            writer.parts[name] = (texts[ref.part],
                                  docx_sections.content_type(types, ref.part, ref.kind))
            own_rels = docx_sections.rels_name(ref.part)
            if own_rels in template.packed:  # a logo in the footer: the copy shows it too
                writer.parts[docx_sections.rels_name(name)] = (template.part(own_rels), None)
        properties.append(docx_sections.with_references(found.properties, rel_ids,
                                                        new_page=True))
    writer.final_section = (found.properties, properties[-1])
    return properties[:-1]


def _render_part(template: _Template, name: str, context: dict[str, Any]) -> bytes:
    """The part ``name`` of the template rendered with ``context`` (checked XML)."""
    part = template.compiled[name]
    where = f"{template.file} ({name})"
    xml = render_simple(part.pieces, context) if part.pieces is not None else None
    if xml is None:
        from editor.render import jinja

        xml = jinja.render(part.jinja(where), context, where)
    xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
    if name == "word/document.xml":
        xml = _ensure_namespaces(xml)
    data = xml.encode("utf-8")
    check_xml(data, where)
    docx_package.check_rendered(data, where)
    return data


def assemble(template: _Template, writer: ContentWriter, context: dict[str, Any]) -> bytes:
    """The template's parts rendered with ``context`` (in the sandbox), plus the writer's
    links and images, zipped into the bytes of a .docx file."""
    rendered: dict[str, bytes] = {}
    for name in template.compiled:
        data = _render_part(template, name, context)
        if name == "word/document.xml" and writer.final_section is not None:
            old, new = writer.final_section
            data = _replace_after(data, str(context["content"]).encode("utf-8"),
                                  old.encode("utf-8"), new.encode("utf-8"))
        rendered[name] = data
    if writer.rels:
        rels = template.part("word/_rels/document.xml.rels").decode("utf-8")
        rels = rels.replace("</Relationships>", "".join(writer.rels) + "</Relationships>")
        rendered["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    if writer.media or writer.parts:
        types = template.part("[Content_Types].xml").decode("utf-8")
        for ext, _data, ctype in writer.media.values():
            if f'Extension="{ext}"' not in types and f"Extension='{ext}'" not in types:
                types = types.replace(
                    "<Override", f'<Default Extension="{ext}" ContentType="{ctype}"/><Override', 1)
        overrides = "".join(f'<Override PartName="/{attr_escape(name)}" '
                            f'ContentType="{attr_escape(ctype)}"/>'
                            for name, (_data, ctype) in writer.parts.items() if ctype)
        rendered["[Content_Types].xml"] = types.replace("</Types>", overrides + "</Types>") \
            .encode("utf-8")
    members = [pack(name, rendered[name]) if name in rendered else packed
               for name, packed in template.packed.items()]
    members += [pack(name, data) for name, (data, _ctype) in writer.parts.items()]
    members += [pack(name, data, compress=False)
                for name, (_ext, data, _ctype) in writer.media.items()]
    return write_zip(members)


def _replace_after(xml: bytes, content: bytes, old: bytes, new: bytes) -> bytes:
    """``xml`` with the first ``old`` after ``content`` replaced by ``new`` (the last
    ``old`` when ``content`` is not found)."""
    found = xml.find(content)
    at = xml.find(old, found + len(content)) if found >= 0 else xml.rfind(old)
    return xml if at < 0 else xml[:at] + new + xml[at + len(old):]


_QUICK_CHECK_BYTES = 10_000_000
_QUICK_CHECK_DEPTH = 200
"""Rendered parts below this size and nesting are checked by expat: none can hold a text
node over the 10 MB or the nesting of 256 elements that lxml (and Word) refuse, which lxml
alone reports."""


def check_xml(data: bytes, where: str) -> None:
    """Raise :class:`TemplateError` unless ``data`` is well-formed XML (namespaces
    included). A small part without a DTD passes expat's check; anything else, and every
    part expat refuses, gets lxml's verdict and message."""
    if len(data) < _QUICK_CHECK_BYTES and b"<!DOCTYPE" not in data and b"<!ENTITY" not in data:
        parser = expat.ParserCreate(namespace_separator=" ")
        depth = deepest = 0

        def opened(_name: str, _attributes: object) -> None:
            nonlocal depth, deepest
            depth += 1
            deepest = max(deepest, depth)

        def closed(_name: str) -> None:
            nonlocal depth
            depth -= 1

        parser.StartElementHandler = opened
        parser.EndElementHandler = closed
        try:
            parser.Parse(data, True)
            if deepest < _QUICK_CHECK_DEPTH:
                return
        except expat.ExpatError:
            pass
    from lxml import etree

    try:
        etree.fromstring(data)
    except etree.XMLSyntaxError as exc:
        if exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            raise TemplateError(where, f"the template's XML goes beyond what an XML "
                                f"reader accepts ({exc.msg}); the template holds a text "
                                f"or nesting too large for Word") from None
        raise TemplateError(where, f"the template produces broken XML ({exc.msg}); "
                            "check that tags do not cut through tables or paragraphs") \
            from None
