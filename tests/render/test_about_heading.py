"""The boilerplate's heading: "Über" with the article a German organisation name needs."""

from __future__ import annotations

import pytest
from render_support import make_bundle
from test_export_templates import docx_text, html_text

from editor.render import render_docx, render_html
from editor.render.labels import about_heading, german_article


@pytest.mark.parametrize("name, article", [
    ("Amt für Strukturwandel", "das"),
    ("Landesamt für Umwelt", "das"),
    ("Stadtwerke Cottbus", "die"),
    ("Handwerkskammer Potsdam", "die"),
    ("Industrie- und Handelskammer Cottbus", "die"),
    ("Technische Universität Neustadt", "die"),
    ("Wirtschaftsförderung Neustadt GmbH", "die"),
    ("Landkreis Oberhavel", "den"),
    ("Förderverein Musterstadt e.V.", "den"),
    ("Stadt Neustadt", "die"),
    # a company's or a town's own name, an abbreviation: no article
    ("Beispiel AG", ""),
    ("Muster SE", ""),
    ("Darmstadt Marketing GmbH", ""),
    ("WFBB", ""),
    ("Die Brücke", ""),
])
def test_the_article_by_the_head_noun(name: str, article: str) -> None:
    assert german_article(name) == article


def test_only_german_headings_take_an_article() -> None:
    assert about_heading("Amt für Strukturwandel", "de") == "Über das Amt für Strukturwandel"
    assert about_heading("Amt für Strukturwandel", "en") == "About Amt für Strukturwandel"
    assert about_heading("Beispiel AG", "de") == "Über Beispiel AG"


def test_docx_and_html_exports_write_the_article() -> None:
    bundle = make_bundle()
    bundle.organisations[0].short_name = "Amt für Strukturwandel"
    bundle.organisations[1].short_name = "Stadtwerke Neustadt"
    for text in (docx_text(render_docx(bundle, "item-1", "pressemitteilung", ["de"])),
                 html_text(render_html(bundle, "item-1", "pressemitteilung", ["de"]))):
        assert "Über das Amt für Strukturwandel" in text
        assert "Über die Stadtwerke Neustadt" in text
    english = html_text(render_html(bundle, "item-1", "press-release", ["en"]))
    assert "About Amt für Strukturwandel" in english
