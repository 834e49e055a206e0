"""Every template in every language set, as DOCX and HTML, with built and sample data."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from render_support import CANARY_APPROVAL, CANARY_NOTE, CANARY_PERSON, BundleFactory

from editor.core.model import Bundle
from editor.render import (
    RenderError,
    TemplateError,
    export_items,
    list_templates,
    render_docx,
    render_html,
)
from editor.render.export import slugify

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "fixtures" / "reference_de.txt"
CASES = [(t.name, langs) for t in list_templates() if t.builtin for langs in t.language_sets()]


def normalise(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def html_text(page: str) -> str:
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    for script in tree.iter("script"):
        script.text = ""
    return "".join(tree.itertext())


def strict_parse(page: str) -> None:
    html5lib.HTMLParser(strict=True).parse(page)


def test_builtin_templates_listed() -> None:
    names = {t.name: t for t in list_templates()}
    assert {"pressemitteilung", "press-release", "bilingual", "side-by-side",
            "event-report"} <= set(names)
    assert names["pressemitteilung"].languages == ["de"]
    assert names["bilingual"].language_sets() == [["de", "en"]]
    assert all(t.builtin and t.formats == ["docx", "html"] for t in names.values())


@pytest.mark.parametrize(("template", "langs"), CASES)
def test_every_template_renders(template: str, langs: list[str], bundle_factory: BundleFactory,
                                photo_file: Path) -> None:
    bundle = bundle_factory(photo_path=str(photo_file), embargo=True)
    data = render_docx(bundle, "item-1", template, langs)
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)
    page = render_html(bundle, "item-1", template, langs)
    strict_parse(page)
    for lang in langs:
        assert f'lang="{lang}"' in page
    assert '"@type":"NewsArticle"' in page
    headline = {"de": "Agenturen schließen Kooperation zur „Smart Country“",
                "en": "Agencies join forces for the “Smart Country”"}
    for lang in langs:
        assert headline[lang] in text and headline[lang] in page
    assert "© Rainer Weisflog" in text
    assert any(r.bold and r.text == "Dr. Anna Beispiel" for p in document.paragraphs
               for r in p.runs) or template == "side-by-side"
    assert "<strong>Dr. Anna Beispiel</strong>" in page
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
    if "de" in langs:
        assert "Sperrfrist: 15. März 2021, 10:00 Uhr MEZ" in text
    if template == "event-report":
        line = {"de": "Oberbürgermeister Mike Schubert | Potsdam",
                "en": "Lord Mayor Mike Schubert | Potsdam"}[langs[0]]
        assert line in text and line in page
        assert ("1.234" if langs == ["de"] else "1,234") in text
    fragment = render_html(bundle, "item-1", template, langs, fragment=True)
    assert "<html" not in fragment and "<article" in fragment
    strict_parse(f"<!DOCTYPE html><html lang=de><title>x</title><body>{fragment}</body></html>")


def test_english_conventions(bundle: Bundle) -> None:
    text = docx_text(render_docx(bundle, "item-1", "press-release", ["en"]))
    assert "FOR IMMEDIATE RELEASE" in text
    assert "###" in text and "About AGA" in text
    assert "POTSDAM/MAGDEBURG, 15 March 2021 –" in text


def test_consecutive_has_page_break_and_reverse_order(bundle: Bundle) -> None:
    data = render_docx(bundle, "item-1", "bilingual", ["en", "de"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    # the footers differ per language: a section break to the next page between them
    assert "<w:pPr><w:pStyle" in xml and xml.count("<w:sectPr") == 2
    assert xml.index("Agencies join forces") < xml.index("Agenturen schließen")


def test_side_by_side_marks_stale_and_missing(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.blocks[0].text.set_source("de", "Ganz neuer Text des Vorspanns.")
    item.blocks[-1].text.text.pop("en")
    data = render_docx(bundle, "item-1", "side-by-side", ["de", "en"], draft=True)
    table = docx.Document(io.BytesIO(data)).tables[0]
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert any("[translation outdated]" in en and "The partners signed" in en and
               "Ganz neuer Text" in de for de, en in cells)
    assert any("[translation missing]" in en for _de, en in cells)
    assert "DRAFT – for approval" in docx_text(data)
    page = render_html(bundle, "item-1", "side-by-side", ["de", "en"], draft=True)
    assert "[translation outdated]" in page and "[translation missing]" in page
    assert 'class="ps-draft"' in page and "ENTWURF – zur Freigabe" in page
    # what goes to journalists carries no editing marks and no draft line
    final = render_html(bundle, "item-1", "side-by-side", ["de", "en"])
    final_docx = docx_text(render_docx(bundle, "item-1", "side-by-side", ["de", "en"]))
    for text in (final, final_docx):
        assert "[translation" not in text and "ENTWURF" not in text and "DRAFT" not in text
        assert "The partners signed" in text


def test_wrong_languages_and_unknown_things(bundle: Bundle) -> None:
    with pytest.raises(RenderError, match="one-language"):
        render_docx(bundle, "item-1", "pressemitteilung", ["de", "en"])
    with pytest.raises(RenderError, match="in de"):
        render_html(bundle, "item-1", "pressemitteilung", ["en"])
    with pytest.raises(RenderError, match="no template called"):
        render_html(bundle, "item-1", "nope", ["de"])
    with pytest.raises(RenderError, match="no press item"):
        render_html(bundle, "missing", "pressemitteilung", ["de"])


def test_missing_photo_is_a_visible_placeholder(bundle_factory: BundleFactory) -> None:
    bundle = bundle_factory(photo_path="/nowhere/photo.jpg")
    assert bundle.items[0].photos[0].blob == ""
    text = docx_text(render_docx(bundle, "item-1", "pressemitteilung", ["de"], draft=True))
    assert "[Bild fehlt]" in text and "/nowhere" not in text
    page = render_html(bundle, "item-1", "pressemitteilung", ["de"], draft=True)
    assert "[Bild fehlt]" in page and "/nowhere" not in page
    assert "© Rainer Weisflog" in text
    # outside a draft the photo is left out, caption and all, with no placeholder
    final = docx_text(render_docx(bundle, "item-1", "pressemitteilung", ["de"]))
    final_page = render_html(bundle, "item-1", "pressemitteilung", ["de"])
    for shown in (final, final_page):
        assert "[Bild fehlt]" not in shown and "class=\"ps-photo-missing\"" not in shown
    assert "<figure" not in final_page


def test_nothing_internal_leaks(bundle: Bundle, tmp_path: Path) -> None:
    written = export_items(bundle, ["item-1"], "bilingual", ["de", "en"], ["docx", "html"],
                           tmp_path)
    for template, langs in CASES:
        written.append(tmp_path / "x.html")
        written[-1].write_text(render_html(bundle, "item-1", template, langs))
        written.append(tmp_path / "x.docx")
        written[-1].write_bytes(render_docx(bundle, "item-1", template, langs))
        for path in written:
            raw = path.read_bytes()
            blobs = [raw]
            if path.suffix == ".docx":
                with zipfile.ZipFile(path) as z:
                    blobs = [z.read(n) for n in z.namelist()]
            for blob in blobs:
                for canary in (CANARY_NOTE, CANARY_APPROVAL, CANARY_PERSON):
                    assert canary.encode() not in blob


def test_export_items_names_progress_and_clashes(bundle: Bundle, tmp_path: Path) -> None:
    twin = bundle_copy = Bundle(list(bundle.items), bundle.people, bundle.organisations,
                                bundle.roles)
    import copy
    second = copy.deepcopy(bundle.items[0])
    second.id = "item-2"
    twin.items.append(second)
    seen: list[tuple[int, int, str]] = []
    paths = export_items(bundle_copy, ["item-1", "item-2"], "pressemitteilung", ["de"],
                         ["docx", "html"], tmp_path / "out",
                         progress=lambda done, total, p: seen.append((done, total, p)))
    names = [p.name for p in paths]
    assert names == [
        "2021-03-15_agenturen-schliessen-kooperation-zur-smart-country_pressemitteilung.de.docx",
        "2021-03-15_agenturen-schliessen-kooperation-zur-smart-country_pressemitteilung.de.html",
        "2021-03-15_agenturen-schliessen-kooperation-zur-smart-country_pressemitteilung-2.de.docx",
        "2021-03-15_agenturen-schliessen-kooperation-zur-smart-country_pressemitteilung-2.de.html",
    ]
    assert [s[:2] for s in seen] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)
    with pytest.raises(RenderError):
        export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["rtf"], tmp_path)


def test_slugify() -> None:
    assert slugify("Wirtschaftsförderer aus Brandenburg schließen „Smart“") == \
        "wirtschaftsfoerderer-aus-brandenburg-schliessen-smart"
    assert slugify("😀") == "release"
    assert len(slugify("wort " * 40)) <= 60


# --- the sample release against the reference text ----------------------------------------

def golden_paragraphs() -> list[str]:
    return [normalise(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def assert_in_order(text: str, paragraphs: list[str]) -> None:
    haystack = normalise(unicodedata.normalize("NFC", text))
    position = 0
    for paragraph in paragraphs:
        found = haystack.find(paragraph, position)
        assert found >= 0, f"missing or out of order: {paragraph[:80]}…"
        position = found + len(paragraph)


SPEAKERS = ["Prof. Dr.-Ing. Jörg Steinbach", "Prof. Dr. Armin Willingmann",
            "Dr. Steffen Kammradt", "Thomas Einsfelder"]


def test_sample_docx_reproduces_reference(sample: Bundle) -> None:
    item_id = sample.items[0].id
    data = render_docx(sample, item_id, "pressemitteilung", ["de"])
    assert_in_order(docx_text(data), golden_paragraphs())
    document = docx.Document(io.BytesIO(data))
    bold = {r.text for p in document.paragraphs for r in p.runs if r.bold}
    for name in SPEAKERS:
        assert name in bold
    assert "Potsdam/Magdeburg, den 15.03.2021." in {
        r.text for p in document.paragraphs for r in p.runs if r.style.name == "PS Dateline"}


def test_sample_html_reproduces_reference(sample: Bundle) -> None:
    item_id = sample.items[0].id
    page = render_html(sample, item_id, "pressemitteilung", ["de"])
    strict_parse(page)
    assert_in_order(html_text(page), golden_paragraphs())
    names = re.sub(r'<span style="white-space:nowrap">([^<]*)</span>', r"\1", page)
    for name in SPEAKERS:  # "Dr.-Ing." in a name is kept on one line
        assert f"<strong>{name}</strong>" in names
    assert re.search(r'<strong class="ps-dateline">Potsdam/Magdeburg, den 15\.03\.2021\.</strong>',
                     page)


def test_sample_english(sample: Bundle) -> None:
    item_id = sample.items[0].id
    text = normalise(docx_text(render_docx(sample, item_id, "press-release", ["en"])))
    assert ("emphasised the managing directors of Wirtschaftsförderung Brandenburg (WFBB), "
            "Dr. Steffen Kammradt, and of Investitions- und Marketinggesellschaft "
            "Sachsen-Anhalt (IMG), Thomas Einsfelder.") in text
    assert "build on this welcome development across state borders,” said Prof. Dr.-Ing." in text


def test_template_error_type_is_pressestelle_error() -> None:
    from editor.core.errors import PressestelleError
    assert issubclass(TemplateError, PressestelleError)
    assert issubclass(RenderError, PressestelleError)
