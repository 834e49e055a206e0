"""Very long texts: refused at input beyond the limit, and exported whole below it.

A text node over 10 MB is beyond what XML readers accept (lxml without XML_PARSE_HUGE,
Word); the DOCX writer splits long texts into several pieces of one run, so an item an
older archive holds with a 12 MB paragraph still exports, and new input is limited to
:data:`editor.core.codec.MAX_TEXT_LENGTH` characters per text, with the field named.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from render_support import make_bundle

from editor.core.codec import MAX_TEXT_LENGTH, from_plain, to_plain
from editor.core.errors import ValidationError
from editor.core.model import PressItem
from editor.io import interchange
from editor.render import render_docx
from editor.store import Archive

OVER_LXML_LIMIT = 12_000_000


def test_a_paragraph_over_the_xml_text_limit_exports_to_docx_whole() -> None:
    text = ("Wort & <Zeichen> „Zitat“ " * (OVER_LXML_LIMIT // 25 + 1))[:OVER_LXML_LIMIT]
    bundle = make_bundle(paragraph_de=text)  # as an archive from before the limit may hold
    data = render_docx(bundle, "item-1", "pressemitteilung", ["de"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))  # no huge_tree needed
    pieces = [t.text or "" for t in root.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")]
    assert max(len(p) for p in pieces) <= 1_000_000
    paragraph = max((p.text for p in docx.Document(io.BytesIO(data)).paragraphs), key=len)
    assert paragraph.endswith(text) and len(paragraph) >= OVER_LXML_LIMIT


def test_the_text_limit_holds_at_its_edge() -> None:
    plain = to_plain(make_bundle().items[0])
    plain["blocks"][0]["text"]["de"] = "x" * MAX_TEXT_LENGTH
    from_plain(PressItem, plain)
    plain["blocks"][0]["text"]["de"] += "x"
    with pytest.raises(ValidationError) as caught:
        from_plain(PressItem, plain, "item")
    assert caught.value.path == "item.blocks[0].text.de"
    assert f"{MAX_TEXT_LENGTH:,}" in caught.value.problem
    from_plain(PressItem, plain, checked=False)  # what the archive already holds stays readable


def test_a_text_over_the_limit_is_refused_at_import_and_by_the_archive(tmp_path: Path) -> None:
    bundle = make_bundle()
    bundle.organisations[0].boilerplate["en"] = "y" * (MAX_TEXT_LENGTH + 1)
    document = interchange.bundle_to_document(make_bundle())
    document["organisations"] = to_plain(bundle.organisations)
    file = tmp_path / "long.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        interchange.read_file(file)
    assert caught.value.path == "organisations[0].boilerplate.en"
    with Archive.open(tmp_path / "a.sqlite") as archive:
        with pytest.raises(ValidationError) as caught:
            archive.save_bundle(bundle)
        assert caught.value.path == "organisation.boilerplate.en"
        assert not archive.has_item("item-1")
