"""Languages one after the other in Word: each language a section with its own footer.

A header or footer holds one text for every page of its section, so "{{ labels.page }}"
in the footer of a bilingual template says "Seite" on the English pages too when the
whole release is one section. When the template's header or footer reads differently
per language, each language becomes a Word section of its own: the section properties
of the template's content section are repeated at the end of each language, pointing at
a copy of the header and footer parts rendered in that language. The first language
keeps the template's parts; a new section starts on a new page (as the page break
between languages did).

Only strings are handled here; :mod:`editor.render.docx` renders the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"

_CONTENT_TAG = re.compile(r"\{\{\s*content\s*\}\}")
_SECT_PR = re.compile(r"<w:sectPr[ >].*?</w:sectPr>|<w:sectPr\s*/>", re.DOTALL)
_REFERENCE = re.compile(r'(<w:(header|footer)Reference\b[^>]*?\s[\w.-]+:id=")([^"]*)(")')
_SECTION_TYPE = re.compile(r"<w:type\b[^>]*/>")
_RELATIONSHIP = re.compile(r"<Relationship\b([^>]*?)/?>")
_ATTRIBUTE = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')
_NUMBERED = re.compile(r"word/(?:header|footer)(\d+)\.xml$")


@dataclass(frozen=True)
class Reference:
    """A header or footer the content's section points at."""

    rel_id: str
    part: str
    """The part's name in the package: "word/footer1.xml"."""
    rel_type: str
    kind: str
    """"header" or "footer"."""


@dataclass(frozen=True)
class ContentSection:
    """The section properties that close the section holding ``{{p content }}``."""

    properties: str
    references: tuple[Reference, ...]


def content_section(document: str, rels: str) -> ContentSection | None:
    """The properties of the section holding the content in a prepared ``document.xml``
    (the first ``<w:sectPr>`` after the content tag), with the parts it refers to;
    ``None`` when there is no such section, it holds Jinja tags or refers to nothing."""
    tag = _CONTENT_TAG.search(document)
    if tag is None:
        return None
    found = _SECT_PR.search(document, tag.end())
    if found is None or "{" in found.group(0):
        return None
    targets = {}
    for rel in _RELATIONSHIP.finditer(rels):
        attrs = dict(_ATTRIBUTE.findall(rel.group(1)))
        if attrs.get("TargetMode") == "External" or "Id" not in attrs:
            continue
        target = attrs.get("Target", "")
        part = target[1:] if target.startswith("/") else f"word/{target}"
        targets[attrs["Id"]] = (part, attrs.get("Type", ""))
    references = []
    for ref in _REFERENCE.finditer(found.group(0)):
        rel_id = ref.group(3)
        if rel_id in targets:
            part, rel_type = targets[rel_id]
            references.append(Reference(rel_id, part, rel_type, ref.group(2)))
    if not references:
        return None
    return ContentSection(found.group(0), tuple(references))


def first_free_number(existing: list[str]) -> int:
    """The number after every header's and footer's in the package ("word/footer2.xml"
    is the next footer of a template with "word/header1.xml" and "word/footer1.xml")."""
    numbers = [int(m.group(1)) for name in existing if (m := _NUMBERED.match(name))]
    return max(numbers, default=0) + 1


def with_references(properties: str, rel_ids: dict[str, str], *, new_page: bool) -> str:
    """The section properties pointing at other relationship ids; with ``new_page`` the
    section starts on a new page (Word's default section type)."""
    def renamed(m: re.Match[str]) -> str:
        return m.group(1) + rel_ids.get(m.group(3), m.group(3)) + m.group(4)

    out = _REFERENCE.sub(renamed, properties)
    return _SECTION_TYPE.sub("", out) if new_page else out


def end_section(out: list[str], properties: str) -> None:
    """End the content written so far with a section: its properties go into the last
    paragraph (a paragraph of their own after a table or when nothing was written)."""
    last = out[-1] if out else ""
    if last.startswith("<w:p><w:pPr>") and "</w:pPr>" in last:
        out[-1] = last.replace("</w:pPr>", properties + "</w:pPr>", 1)
    else:
        out.append(f"<w:p><w:pPr>{properties}</w:pPr></w:p>")


def rels_name(part: str) -> str:
    """ "word/footer1.xml" -> "word/_rels/footer1.xml.rels"."""
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def content_type(types: str, part: str, kind: str) -> str:
    """The content type the package gives ``part`` (the standard one when it gives none)."""
    for m in re.finditer(r"<Override\b([^>]*?)/?>", types):
        attrs = dict(_ATTRIBUTE.findall(m.group(1)))
        if attrs.get("PartName") == f"/{part}":
            return attrs.get("ContentType", "")
    return HEADER_TYPE if kind == "header" else FOOTER_TYPE
