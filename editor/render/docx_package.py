"""What a DOCX template may not pass on to the documents made from it.

Every part of a template is copied into each export, and an export is opened in Word or
LibreOffice by the press office and by the journalists it is sent to. A template from a
stranger could make those programs fetch or run things: a relationship with
``TargetMode="External"`` (a remote attached template, a picture or frame loaded from a
server or a local path, a linked OLE object or subdocument), an embedded macro, OLE
object or ActiveX control, an ``altChunk`` (foreign HTML or RTF merged in when opened),
a field that reads files, asks another program or runs a command (``INCLUDETEXT``,
``INCLUDEPICTURE``, ``DDEAUTO``, ``MACROBUTTON`` …), mail merge settings (Word asks their
database when the document opens), a document type declaration (external entities) in
any part that is XML, whatever its name or encoding, or an internal target leading out
of the package. Such a template is refused with a :class:`TemplateError` naming the part
and what is in it; only links (hyperlinks and ``HYPERLINK`` fields to ``http(s)``,
``mailto`` or ``tel`` addresses) may point outside.

The whole template is checked once, when it is prepared; the parts rendered by Jinja are
checked again after each render, so that tags cannot put together what the template did
not hold as text.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from editor.core.links import safe_href
from editor.render.errors import TemplateError

_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LINK_TYPE = "hyperlink"
REFUSED_TYPES = frozenset({
    "aFChunk", "attachedTemplate", "subDocument", "oleObject", "package", "control",
    "activeXControl", "activeXControlBinary", "vbaProject", "wordVbaData", "frame",
    "mailMergeSource", "mailMergeHeaderSource", "recipientData", "dataSource",
})
"""Relationship types (the last part of their URI) refused even inside the package: each
merges foreign content, runs code or reaches for data when the document is opened."""
REFUSED_FIELDS = frozenset({
    "DDE", "DDEAUTO", "INCLUDE", "INCLUDETEXT", "INCLUDEPICTURE", "IMPORT", "LINK",
    "DATABASE", "MACROBUTTON", "PRINT",
})
"""Fields that read a file, ask another program or a database for their result, run a
command (``MACROBUTTON``) or send codes to the printer (``PRINT``)."""

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_MARKUP = re.compile(rb"\s*<")
"""The start of a part that is XML whatever its name (a reader goes by content type)."""
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_FIELD_NAME = re.compile(r'[^\s"\\{}]+')


class _Unsafe(Exception):
    """What is wrong, in words for the message."""


def _text(data: bytes) -> bytes:
    """The bytes of an XML part as UTF-8 for the checks (UTF-16 and UTF-32 parts
    decoded)."""
    if data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"<\x00\x00\x00",
                    b"\x00\x00\x00<"):
        try:
            return data.decode("utf-32").encode("utf-8")
        except UnicodeDecodeError:
            return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[1:2] == b"\x00" \
            or data[:1] == b"\x00":
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return data
    return data


def _parse(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             remove_comments=True, remove_pis=True)
    return etree.fromstring(data, parser)


def _is_xml(name: str) -> bool:
    return name.casefold().endswith((".xml", ".rels"))


def check_template(parts: Mapping[str, bytes], where: str) -> None:
    """Raise :class:`TemplateError` when a part of the template ``where`` holds anything
    the module refuses."""
    for name, data in parts.items():
        text = _text(data)
        if not _is_xml(name) and not _MARKUP.match(text):
            continue  # a picture, a font: no XML a reader would parse
        shown = f"{where} ({name})"
        try:
            if _DOCTYPE.search(text):
                raise _Unsafe("a document type declaration (<!DOCTYPE>), which Word never "
                              "writes and which can make a reader load other files")
            if not _is_xml(name):
                continue
            if b"mailMerge" in text and _parse(text).find(f".//{_W}mailMerge") is not None:
                raise _Unsafe("mail merge settings (w:mailMerge), which make Word ask a "
                              "database or file for data when the document is opened")
            if name.casefold().endswith(".rels"):
                _check_relationships(name, text)
            elif b"instr" in text:
                check_fields(text)
        except _Unsafe as problem:
            raise TemplateError(shown, f"holds {problem}; remove it and save the template "
                                "again") from None
        except TemplateError:
            raise
        except Exception as exc:  # lxml's syntax errors and the like
            raise TemplateError(shown, f"broken XML ({_short(exc)})") from None


def check_rendered(data: bytes, where: str) -> None:
    """Raise :class:`TemplateError` when a part as rendered holds a document type
    declaration or a refused field (tags may assemble what the template's text did not
    show); ``data`` is well-formed XML."""
    try:
        if b"<!DOCTYPE" in data:  # XML spells it so; the part passed an XML parser
            raise _Unsafe("a document type declaration (<!DOCTYPE>)")
        if b"instr" in data and not _only_page_fields(data):
            check_fields(data)
    except _Unsafe as problem:
        raise TemplateError(where, f"produces {problem}; remove it from the template") \
            from None


_INSTR_TEXT = re.compile(rb"<w:instrText(?: [^>]*)?>([^<&]*)</w:instrText>")
_INSTR_ATTR = re.compile(rb' w:instr="([^"&]*)"')
_FIELD_CHAR = re.compile(rb'w:fldCharType="(begin|separate|end)"')
_PAGE_FIELD = re.compile(rb"\s*(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s+\\\*\s+[A-Za-z]+)*\s*")


def _only_page_fields(data: bytes) -> bool:
    """Whether every field of a rendered part is a page number written plainly, one
    instruction per field, no field inside another (as in the built-in footers): then
    the part needs no parse. Anything else, an unusual spelling included, takes the full
    check."""
    texts = _INSTR_TEXT.findall(data)
    attrs = _INSTR_ATTR.findall(data)
    if data.count(b"instr") != 2 * len(texts) + len(attrs):
        return False
    if data.count(b'w:fldCharType="begin"') != len(texts):
        return False
    open_field = False
    for mark in _FIELD_CHAR.finditer(data):  # a field inside another: the full check
        if mark.group(1) == b"begin":
            if open_field:
                return False
            open_field = True
        elif mark.group(1) == b"end":
            open_field = False
    return all(_PAGE_FIELD.fullmatch(t) for t in texts + attrs)


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]


def _source_folder(rels_name: str) -> str:
    """The folder the targets of ``word/_rels/document.xml.rels`` are relative to."""
    folder, _file = posixpath.split(rels_name)
    return posixpath.dirname(folder) if posixpath.basename(folder) == "_rels" else folder


def _check_relationships(name: str, data: bytes) -> None:
    root = _parse(data)
    base = _source_folder(name)
    for rel in root.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
        kind = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        rel_id = rel.get("Id") or "?"
        external = (rel.get("TargetMode") or "").strip().casefold() == "external"
        if kind in REFUSED_TYPES:
            place = "outside the document" if external else "inside the document"
            raise _Unsafe(f"a relationship of type {kind} ({rel_id}, to {target[:80]!r}, "
                          f"{place}), which merges in other content or runs code")
        if external:
            if kind == _LINK_TYPE and safe_href(target):
                continue
            what = "a link" if kind == _LINK_TYPE else f"a {kind or 'relationship'}"
            raise _Unsafe(f"{what} ({rel_id}) to {target[:80]!r} outside the document; "
                          "only links to web, e-mail and phone addresses may point outside")
        _check_internal(target, rel_id, base)


def _check_internal(target: str, rel_id: str, base: str) -> None:
    plain = unquote(target).replace("\\", "/")
    if _SCHEME.match(plain) or plain.startswith("//"):
        raise _Unsafe(f"a relationship ({rel_id}) to {target[:80]!r}, an address rather "
                      "than a part of the document")
    inside = plain.lstrip("/") if plain.startswith("/") else posixpath.join(base, plain)
    resolved = posixpath.normpath(inside) if inside else ""
    if resolved == ".." or resolved.startswith("../"):
        raise _Unsafe(f"a relationship ({rel_id}) to {target[:80]!r}, which leads out of "
                      "the document")


class _Field:
    """A complex field being read: its instruction so far, whether its result has begun,
    and whether a field nested in it came before its name."""

    __slots__ = ("in_result", "instruction", "nested")

    def __init__(self) -> None:
        self.instruction = ""
        self.in_result = False
        self.nested = False


def check_fields(data: bytes) -> None:
    """Raise :class:`_Unsafe` for a refused field in a part: simple fields and complex
    ones (instructions split over runs are joined; a field whose name is made by a field
    nested in it is refused too, that being how such names are hidden)."""
    from lxml import etree

    root = _parse(data)
    open_fields: list[_Field] = []
    for element in root.iter(f"{_W}fldSimple", f"{_W}fldChar", f"{_W}instrText"):
        tag = etree.QName(element).localname
        if tag == "fldSimple":
            _check_instruction(element.get(f"{_W}instr") or "", nested=False)
            continue
        top = open_fields[-1] if open_fields else None
        if tag == "instrText":
            if top is not None and not top.in_result:
                top.instruction += element.text or ""
            continue
        kind = element.get(f"{_W}fldCharType")
        if kind == "begin":
            if top is not None and not top.in_result and not top.instruction.strip():
                top.nested = True  # the outer field's name would come from this one
            open_fields.append(_Field())
        elif kind == "separate" and top is not None and not top.in_result:
            top.in_result = True
            _check_instruction(top.instruction, nested=top.nested)
        elif kind == "end" and top is not None:
            open_fields.pop()
            if not top.in_result:
                _check_instruction(top.instruction, nested=top.nested)
    for field in open_fields:  # left open at the end of the part: checked as far as it goes
        if not field.in_result:
            _check_instruction(field.instruction, nested=field.nested)


_FIELD_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"?|(\\[A-Za-z*@#!])|(\S+)')
"""A field's argument (quoted, backslashes escaped), switch or bare word."""


def _hyperlink_target(arguments: str) -> str:
    """The address a ``HYPERLINK`` field opens: its first argument before any switch
    ("" when it only jumps to a bookmark, ``\\l``)."""
    for found in _FIELD_TOKEN.finditer(arguments):
        if found.group(2) is not None:
            return ""
        quoted, bare = found.group(1), found.group(3)
        return re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare or ""
    return ""


def _check_instruction(instruction: str, *, nested: bool) -> None:
    stripped = instruction.lstrip(" \t\r\n=")
    found = _FIELD_NAME.search(stripped)
    name = found.group(0).upper() if found else ""
    if name in REFUSED_FIELDS:
        raise _Unsafe(f"a field {name} ({' '.join(instruction.split())[:80]!r}), which "
                      "reads a file, asks another program or runs a command when the "
                      "document is opened or clicked")
    if name == "HYPERLINK" and found is not None:
        target = _hyperlink_target(stripped[found.end():])
        if target and not safe_href(target):
            raise _Unsafe(f"a field HYPERLINK to {target[:80]!r}; only links to web, e-mail "
                          "and phone addresses may point outside")
    if nested:
        raise _Unsafe("a field whose name is made by another field inside it (a way to "
                      "hide fields such as DDEAUTO)")
