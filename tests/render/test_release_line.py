"""The line above the headline: the embargo line, or "FOR IMMEDIATE RELEASE" on releases.

German releases go out without an "immediate release" line, English ones with it. An event
report tells of what has happened: its German and English versions open alike, with the
embargo line when there is one and with no "immediate release" line in either.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from render_support import BundleFactory
from test_embargo import _docx_text, _flat, _html_text

from editor.core.model import Bundle, Embargo, ItemKind
from editor.render import list_templates, render_docx, render_html
from editor.render.catalogue import find_template
from editor.render.export import view_for
from editor.render.labels import labels
from editor.render.text import render_view

IMMEDIATE = {lang: labels(lang)["immediate"] for lang in ("de", "en")}
CASES = [(t.name, langs) for t in list_templates()
         if t.builtin and t.kind != "dossier" for langs in t.language_sets()]


def _texts(bundle: Bundle, template: str, langs: list[str]) -> dict[str, str]:
    view = view_for(bundle, "item-1", find_template(template), langs)
    return {"docx": _flat(_docx_text(render_docx(bundle, "item-1", template, langs))),
            "html": _flat(_html_text(render_html(bundle, "item-1", template, langs))),
            "txt": _flat(render_view(view))}


def _event_report(factory: BundleFactory) -> Bundle:
    bundle = factory()
    bundle.items[0].kind = ItemKind.EVENT_REPORT
    return bundle


@pytest.mark.parametrize(("template", "langs"), CASES)
def test_an_event_report_has_no_immediate_line_in_any_language(
        template: str, langs: list[str], bundle_factory: BundleFactory) -> None:
    for fmt, text in _texts(_event_report(bundle_factory), template, langs).items():
        for phrase in IMMEDIATE.values():
            assert phrase.lower() not in text.lower(), (fmt, phrase)


@pytest.mark.parametrize(("template", "langs"), CASES)
def test_an_embargoed_event_report_has_the_embargo_line_in_each_language(
        template: str, langs: list[str], bundle_factory: BundleFactory) -> None:
    bundle = _event_report(bundle_factory)
    bundle.items[0].embargo = Embargo(datetime(2099, 3, 15, 10, 0), "Europe/Berlin")
    for fmt, text in _texts(bundle, template, langs).items():
        for lang in langs:
            assert _flat(labels(lang)["embargo"].split("{")[0]).strip() in text, (fmt, lang)


def test_an_english_release_keeps_its_immediate_line(bundle_factory: BundleFactory) -> None:
    for fmt, text in _texts(bundle_factory(), "bilingual", ["de", "en"]).items():
        assert IMMEDIATE["en"] in text, fmt
        assert IMMEDIATE["de"] not in text, fmt
