"""Building returned Word files by hand: the exported file with its XML changed as Word
writes tracked changes (``w:ins``, ``w:del``) and comments."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

from editor.core import anchors
from editor.core.model import Bundle, PressItem
from editor.io.samples import load_sample_bundles
from editor.render.approval_docx import approval_docx

SAMPLE_ITEM = "2021-03-15-smart-country"
INS = '<w:ins w:id="901" w:author="Pressestelle MWAE" w:date="2026-12-01T10:00:00Z">'
DEL = '<w:del w:id="902" w:author="Pressestelle MWAE" w:date="2026-12-01T10:00:00Z">'
COMMENTS_REL = ('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/comments" Target="comments.xml"/>')


def sample() -> tuple[Bundle, PressItem]:
    bundle = load_sample_bundles()[0]
    item = next(i for i in bundle.items if i.id == SAMPLE_ITEM)
    return bundle, item


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def exported(item: PressItem, bundle: Bundle, languages: list[str] | None = None) -> bytes:
    return approval_docx(bundle, item, languages or ["de"])


def edited(data: bytes, *replacements: tuple[str, str], comments: str = "") -> bytes:
    """``data`` with each (old, new) replaced once in word/document.xml (the old text
    must be there), and ``comments`` as word/comments.xml."""
    parts = parts_of(data)
    xml = parts["word/document.xml"].decode("utf-8")
    for old, new in replacements:
        assert old in xml, old
        xml = xml.replace(old, new, 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    if comments:
        parts["word/comments.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main">' + comments
            + "</w:comments>").encode("utf-8")
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        parts["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", COMMENTS_REL + "</Relationships>").encode("utf-8")
    return zipped(parts)


def run_of(text: str) -> str:
    """The XML of the run holding ``text`` as the exporter writes German text."""
    return (f'<w:r><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">{text}'
            "</w:t></w:r>")


def bookmark_name(field: str, record_id: str = "", lang: str = "de") -> str:
    return anchors.anchor(field, lang, record_id).name


def write(tmp_path: Path, data: bytes, name: str = "returned.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def copy_item(item: PressItem) -> PressItem:
    return copy.deepcopy(item)
