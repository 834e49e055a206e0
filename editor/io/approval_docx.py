"""Reading a Word file back from an approval round: its texts, tracked changes, comments.

The file comes from outside the press office and is checked like a template before any
of it is used (:func:`editor.render.template_files.read_docx_parts`: size, members,
compression ratio counted while unpacking); its XML is parsed without DTDs, entities or
network access, and a part that declares a DTD is refused. Every paragraph is read twice:
as it was before the other side's tracked changes (deletions kept, insertions left out)
and as it is after them; text inside the bookmarks of :mod:`editor.core.anchors` belongs
to that anchor, everything else is "loose" (the application's own labels, or paragraphs
the other side added).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from editor.core import anchors
from editor.core.errors import PressestelleError
from editor.core.invisible import strip_invisible
from editor.core.links import safe_href
from editor.core.model import fingerprint
from editor.io.photo_files import read_regular_file
from editor.render.approval_docx import LABEL_STYLES, PROP_ITEM, PROP_TEXTS, PROP_VERSION
from editor.render.errors import TemplateError
from editor.render.inline import Run, merge, parse_inline
from editor.render.template_files import read_docx_parts

MAX_FILE = 20 * 1024 * 1024
"""The largest returned Word file read (a release with photos has a few megabytes)."""
MAX_COMMENT = 20_000
"""Characters of one comment: a note on a sentence, never a book."""
MAX_COMMENTS = 2_000
MAX_PARAGRAPHS = 50_000
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True)
_MARKUP_CHARS = re.compile(r"[*_\[\]\\<`&]")
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class ApprovalFileError(PressestelleError):
    """The returned file cannot be read; the message names the file and the reason."""


@dataclass
class Segment:
    """A stretch of text of one paragraph: ``state`` is "" (unchanged), "ins" or "del"."""

    text: str
    state: str = ""
    author: str = ""
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class Paragraph:
    style: str = ""
    segments: list[tuple[str | None, Segment]] = field(default_factory=list)
    """Each segment with the anchor name it lies in (``None``: outside every anchor)."""
    mark: str = ""
    """"ins" when the other side added this paragraph's end (split it), "del" when they
    removed it (joined it with the next)."""
    mark_anchor: str | None = None


@dataclass
class Comment:
    number: str
    author: str
    date: str
    text: str
    anchor: str | None = None
    quoted: str = ""
    """The text the comment is attached to."""


@dataclass
class ReturnedFile:
    """What :func:`read_returned` found in a file."""

    path: Path
    paragraphs: list[Paragraph]
    comments: list[Comment]
    item_id: str = ""
    """The item the file was exported from ("" for a file the application did not write)."""
    version: str = ""
    fingerprints: dict[str, str] = field(default_factory=dict)
    anchor_order: list[str] = field(default_factory=list)
    invisible: tuple[int, str] = (0, "")
    """Invisible direction and format characters removed from the texts and comments:
    how many, and the first (a right-to-left override would reverse what the reviewer
    sees as accepted)."""

    @property
    def anchored(self) -> bool:
        return bool(self.anchor_order)

    def texts(self, name: str, *, after: bool) -> list[str]:
        """The paragraphs of anchor ``name`` as inline markup, before or after the tracked
        changes (a paragraph end added or removed joins two paragraphs in the other view)."""
        return _view(self.paragraphs, lambda anchor: anchor == name, after)

    def loose(self, *, after: bool) -> list[tuple[str | None, int, str]]:
        """Paragraphs outside every anchor that the other side wrote: (the anchor before
        it, paragraph index, text). The application's own labels are left out."""
        found = []
        labels = {v for k, v in self.fingerprints.items() if k.startswith("L")}
        last: str | None = None
        for index, para in enumerate(self.paragraphs):
            names = [a for a, _s in para.segments if a is not None]
            if names:
                last = names[-1]
                continue
            tracked = any(s.state == "ins" for _a, s in para.segments)
            whole = "".join(s.text for _a, s in para.segments)
            if not tracked and (para.style in LABEL_STYLES or fingerprint(whole) in labels):
                continue
            text = _markup([s for _a, s in para.segments
                            if s.state != ("del" if after else "ins")]).strip()
            if text:
                found.append((last, index, text))
        return found

    def changes_outside(self) -> list[str]:
        """Tracked changes in anchored paragraphs but outside the anchors (quotation marks,
        attributions): the application writes those itself, so they are only reported."""
        out = []
        for para in self.paragraphs:
            if not any(a for a, _s in para.segments):
                continue
            for name, seg in para.segments:
                if name is None and seg.state and seg.text.strip():
                    word = "added" if seg.state == "ins" else "deleted"
                    out.append(f"{word} „{seg.text.strip()}“")
        return out

    def authors(self, name: str) -> list[str]:
        found: list[str] = []
        for para in self.paragraphs:
            for anchor, seg in para.segments:
                if anchor == name and seg.state and seg.author and seg.author not in found:
                    found.append(seg.author)
        return found


def _view(paragraphs: list[Paragraph], wanted: object, after: bool) -> list[str]:
    drop = "del" if after else "ins"
    joins = "del" if after else "ins"
    out: list[str] = []
    pending: list[Segment] = []
    open_join = False
    for para in paragraphs:
        segs = [s for a, s in para.segments if wanted(a)]  # type: ignore[operator]
        mine = bool(segs) or (para.mark_anchor is not None and wanted(para.mark_anchor))  # type: ignore[operator]
        if not mine:
            continue
        pending.extend(s for s in segs if s.state != drop)
        open_join = para.mark == joins
        if not open_join:
            out.append(_markup(pending))
            pending = []
    if pending or open_join:
        out.append(_markup(pending))
    return out


def _markup(segments: list[Segment]) -> str:
    """Inline markup (``**bold**``, ``*italic*``, links) of the segments' runs."""
    runs = merge(Run(s.text, s.bold, s.italic, s.href) for s in segments)
    plain = "".join(r.text for r in runs)
    if not any(r.bold or r.italic or r.href for r in runs):
        return _escape(plain)
    pieces = []
    for r in runs:
        core = r.text.strip()
        if not core or not (r.bold or r.italic or r.href):
            pieces.append(_escape(r.text) if r.text.strip() else r.text)
            continue
        lead = r.text[: len(r.text) - len(r.text.lstrip())]
        tail = r.text[len(r.text.rstrip()):]
        body = _escape(core)
        if r.href:
            body = f"[{body}]({r.href})"
        if r.italic:
            body = f"*{body}*"
        if r.bold:
            body = f"**{body}**"
        pieces.append(lead + body + tail)
    return "".join(pieces)


def _escape(text: str) -> str:
    """``text`` as inline markup that reads back as this very text."""
    if not _MARKUP_CHARS.search(text) or parse_inline(text) == merge([Run(text)]):
        return text
    return re.sub(r"([*_\[\]\\])", r"\\\1", text)


def _parse(data: bytes, where: str) -> etree._Element:
    if _DTD.search(data):
        raise ApprovalFileError(f"{where}: declares a DTD or entities, which Word and "
                                "LibreOffice never write; the file was not read")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ApprovalFileError(f"{where}: broken XML ({exc.msg}); save the file again in "
                                "Word or LibreOffice") from None


def read_returned(path: Path) -> ReturnedFile:
    """The texts, tracked changes and comments of the Word file at ``path``."""
    shown = path.name
    try:
        data = read_regular_file(path, MAX_FILE, "a Word file")
    except PressestelleError as exc:
        raise ApprovalFileError(f"{shown}: {exc}") from None
    except OSError as exc:
        raise ApprovalFileError(f"{shown}: cannot be read ({exc.strerror})") from None
    try:
        parts = read_docx_parts(data, shown)
    except TemplateError as exc:
        raise ApprovalFileError(f"{shown}: {exc.problem}".replace("a template", "a Word file")
                                ) from None
    if "word/document.xml" not in parts:
        raise ApprovalFileError(f"{shown}: not a Word document (word/document.xml is missing)")
    links = _links(parts.get("word/_rels/document.xml.rels"), shown)
    comments = _comments(parts.get("word/comments.xml"), shown)
    reader = _BodyReader(links, comments)
    reader.walk(_parse(parts["word/document.xml"], f"{shown} (word/document.xml)"))
    for comment in comments.values():
        comment.text = reader.visible(comment.text)
    result = ReturnedFile(path, reader.paragraphs, list(comments.values()),
                          anchor_order=reader.order, invisible=reader.invisible)
    _properties(parts.get("docProps/custom.xml"), shown, result)
    if result.item_id and not any(
            n.startswith(anchors.ITEM_PREFIX) for n in reader.bookmarks):
        result.item_id = ""
    if not result.item_id:
        result.anchor_order = []
    return result


def _links(data: bytes | None, where: str) -> dict[str, str]:
    if not data:
        return {}
    root = _parse(data, f"{where} (word/_rels/document.xml.rels)")
    return {str(rel.get("Id")): safe_href(str(rel.get("Target", "")))
            for rel in root if rel.get("TargetMode") == "External"}


def _comments(data: bytes | None, where: str) -> dict[str, Comment]:
    if not data:
        return {}
    root = _parse(data, f"{where} (word/comments.xml)")
    found: dict[str, Comment] = {}
    for element in root.iter(f"{W}comment"):
        if len(found) >= MAX_COMMENTS:
            raise ApprovalFileError(f"{where}: holds more than {MAX_COMMENTS:,} comments; "
                                    "the file was not read")
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t"))
                      for p in element.iter(f"{W}p")]
        text = "\n".join(paragraphs).strip()
        if len(text) > MAX_COMMENT:
            raise ApprovalFileError(
                f"{where}: comment {element.get(f'{W}id')} has {len(text):,} characters (at "
                f"most {MAX_COMMENT:,} are read); the file was not read")
        number = str(element.get(f"{W}id", ""))
        found[number] = Comment(number, str(element.get(f"{W}author", "")),
                                str(element.get(f"{W}date", ""))[:10], text)
    return found


def _properties(data: bytes | None, where: str, result: ReturnedFile) -> None:
    if not data:
        return
    root = _parse(data, f"{where} (docProps/custom.xml)")
    values = {str(p.get("name")): "".join(p.itertext()) for p in root}
    result.item_id = values.get(PROP_ITEM, "")
    result.version = values.get(PROP_VERSION, "")
    try:
        texts = json.loads(values.get(PROP_TEXTS, "{}"))
    except (ValueError, RecursionError):
        texts = {}
    if isinstance(texts, dict):
        result.fingerprints = {str(k): str(v) for k, v in texts.items()}


def _absorb_edges(para: Paragraph) -> None:
    """Text typed just before or after the one anchor of a paragraph belongs to it: Word
    and LibreOffice do not widen a bookmark when someone types at its edge. A quote's
    paragraph is left as it is: its marks and attribution stand outside on purpose."""
    names = {name for name, _s in para.segments if name is not None}
    if len(names) != 1:
        return
    (name,) = names
    mark = anchors.parse(name)
    if mark is None or mark.field == "quote":
        return
    para.segments = [(name, seg) for _n, seg in para.segments]


def _on(element: etree._Element, name: str) -> bool:
    found = element.find(f"{W}rPr/{W}{name}")
    return found is not None and found.get(f"{W}val", "true") not in ("false", "0", "off")


class _BodyReader:
    def __init__(self, links: dict[str, str], comments: dict[str, Comment]) -> None:
        self.links = links
        self.comments = comments
        self.paragraphs: list[Paragraph] = []
        self.current: Paragraph | None = None
        self.open: dict[str, str] = {}
        """Open anchors: bookmark id → name, in the order they were opened."""
        self.bookmarks: list[str] = []
        self.order: list[str] = []
        self.state: list[tuple[str, str]] = []
        self.href: list[str] = []
        self.commented: dict[str, list[str]] = {}
        self.invisible: tuple[int, str] = (0, "")
        """How many invisible characters were removed, and the first."""

    @property
    def anchor(self) -> str | None:
        return next(reversed(self.open.values()), None) if self.open else None

    def visible(self, text: str) -> str:
        """``text`` without invisible direction and format characters, counted in
        :attr:`invisible` (see :mod:`editor.core.invisible`)."""
        cleaned, first, count = strip_invisible(text)
        if first is not None:
            self.invisible = (self.invisible[0] + count, self.invisible[1] or first[1])
        return cleaned

    def add(self, text: str, run: etree._Element) -> None:
        if self.current is None or not text:
            return
        text = self.visible(text)
        if not text:
            return
        state, author = self.state[-1] if self.state else ("", "")
        self.current.segments.append((self.anchor, Segment(
            text, state, author, _on(run, "b"), _on(run, "i"),
            self.href[-1] if self.href else "")))
        if state != "del":
            for parts in self.commented.values():
                parts.append(text)

    def walk(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            name = tag[len(W):] if tag.startswith(W) else ""
            if name == "p":
                self.paragraph(child)
            elif name in ("ins", "moveTo", "del", "moveFrom"):
                state = "ins" if name in ("ins", "moveTo") else "del"
                self.state.append((state, str(child.get(f"{W}author", ""))))
                self.walk(child)
                self.state.pop()
            elif name == "r":
                self.run(child)
            elif name == "hyperlink":
                self.href.append(self.links.get(str(child.get(R_ID, "")), ""))
                self.walk(child)
                self.href.pop()
            elif name == "bookmarkStart":
                self.bookmark(child)
            elif name == "bookmarkEnd":
                self.open.pop(str(child.get(f"{W}id", "")), None)
            elif name == "commentRangeStart":
                self.comment_start(str(child.get(f"{W}id", "")))
            elif name == "commentRangeEnd":
                self.comment_end(str(child.get(f"{W}id", "")))
            elif name in ("body", "tbl", "tr", "tc", "sdt", "sdtContent", "smartTag",
                          "customXml", "fldSimple"):
                self.walk(child)

    def bookmark(self, element: etree._Element) -> None:
        name = str(element.get(f"{W}name", ""))
        self.bookmarks.append(name)
        if anchors.parse(name) is not None:
            # Anchors never nest: LibreOffice may leave the start of a bookmark it split
            # across paragraphs without an end, and the next anchor closes it.
            self.open.clear()
            self.open[str(element.get(f"{W}id", ""))] = name
            if name not in self.order:
                self.order.append(name)

    def comment_start(self, number: str) -> None:
        comment = self.comments.get(number)
        if comment is not None and comment.anchor is None:
            comment.anchor = self.anchor
            self.commented[number] = []

    def comment_end(self, number: str) -> None:
        parts = self.commented.pop(number, None)
        comment = self.comments.get(number)
        if comment is not None and parts is not None:
            comment.quoted = "".join(parts).strip()

    def paragraph(self, element: etree._Element) -> None:
        if len(self.paragraphs) >= MAX_PARAGRAPHS:
            raise ApprovalFileError(f"the document has more than {MAX_PARAGRAPHS:,} "
                                    "paragraphs; a release has a few dozen")
        outer = self.current
        para = Paragraph()
        style = element.find(f"{W}pPr/{W}pStyle")
        if style is not None:
            para.style = str(style.get(f"{W}val", ""))
        mark = element.find(f"{W}pPr/{W}rPr")
        if mark is not None:  # Word marks a moved paragraph's end with moveTo / moveFrom
            if mark.find(f"{W}ins") is not None or mark.find(f"{W}moveTo") is not None:
                para.mark = "ins"
            elif mark.find(f"{W}del") is not None or mark.find(f"{W}moveFrom") is not None:
                para.mark = "del"
        if para.style in LABEL_STYLES:
            self.open.clear()  # the application's own line: no anchor reaches into it
        self.current = para
        self.paragraphs.append(para)
        self.walk(element)
        para.mark_anchor = self.anchor
        _absorb_edges(para)
        self.current = outer

    def run(self, run: etree._Element) -> None:
        for child in run:
            tag = child.tag
            if not isinstance(tag, str) or not tag.startswith(W):
                continue
            name = tag[len(W):]
            if name in ("t", "delText"):
                self.add(child.text or "", run)
            elif name == "tab":
                self.add("\t", run)
            elif name in ("br", "cr"):
                self.add("\n", run)
            elif name == "noBreakHyphen":
                self.add("\u2011", run)
            elif name == "commentReference":
                comment = self.comments.get(str(child.get(f"{W}id", "")))
                if comment is not None and comment.anchor is None:
                    comment.anchor = self.anchor
