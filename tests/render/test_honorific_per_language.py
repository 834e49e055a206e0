"""Exports write each speaker's honorific as written in the export's language."""

from __future__ import annotations

import copy
import io
import re

import docx
import pytest

from editor.core.model import Bundle
from editor.render import render_docx, render_html
from editor.render.dossier import render_dossier

STEINBACH = "person-joerg-steinbach"


@pytest.fixture
def english_honorific(sample: Bundle) -> Bundle:
    bundle = copy.deepcopy(sample)
    for person in bundle.people:
        if person.id == STEINBACH:
            person.honorific_by_language = {"en": "Prof."}
    return bundle


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _plain(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@pytest.mark.parametrize(("template", "languages"), [
    ("press-release", ["en"]), ("pressemitteilung", ["de"]),
    ("bilingual", ["de", "en"]), ("side-by-side", ["de", "en"])])
def test_each_language_gets_its_honorific(english_honorific: Bundle, template: str,
                                          languages: list[str]) -> None:
    item_id = english_honorific.items[0].id
    page = _plain(render_html(english_honorific, item_id, template, languages))
    text = _docx_text(render_docx(english_honorific, item_id, template, languages))
    for shown in (page, text):
        assert ("Prof. Jörg Steinbach" in shown) == ("en" in languages), template
        assert ("Prof. Dr.-Ing. Jörg Steinbach" in shown) == ("de" in languages), template


def test_the_dossier_gets_the_honorific_of_its_language(english_honorific: Bundle) -> None:
    english = _plain(render_dossier(english_honorific, STEINBACH, ["en"], "html").decode())
    german = _plain(render_dossier(english_honorific, STEINBACH, ["de"], "html").decode())
    assert "Prof. Jörg Steinbach" in english and "Dr.-Ing." not in english
    assert "Prof. Dr.-Ing. Jörg Steinbach" in german
