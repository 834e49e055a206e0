"""Hostile text, the sandbox, broken and overriding user templates, LibreOffice."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from render_support import BundleFactory

from editor.core import paths
from editor.core.model import Bundle
from editor.render import TemplateError, list_templates, render_docx, render_html

HOSTILE = ("<script>alert(1)</script> & < > \x0b\x00 \ud800 😀 שלום עולם مرحبا "
           "{{ 7*7 }} {% raw %} ]]> \"quoted\"")
CASES = [(t.name, langs) for t in list_templates() if t.builtin for langs in t.language_sets()]


def _check_docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        from lxml import etree
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))
    document = docx.Document(io.BytesIO(data))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


@pytest.mark.parametrize(("template", "langs"), CASES)
def test_hostile_text_gives_valid_files(template: str, langs: list[str],
                                        bundle_factory: BundleFactory) -> None:
    bundle = bundle_factory(paragraph_de=HOSTILE, paragraph_en=HOSTILE)
    item = bundle.items[0]
    item.headline.text["de"] = item.headline.text["en"] = HOSTILE
    item.kicker.text["de"] = "\x0bKicker\x00"
    bundle.people[0].family_name = "<b>Beispiel</b> & Co"
    text = _check_docx(render_docx(bundle, "item-1", template, langs))
    assert "<script>alert(1)</script> & < >" in text
    assert "{{ 7*7 }}" in text and "49" not in text.split("{{ 7*7 }}")[0][-5:]
    assert "\ufffd" in text
    page = render_html(bundle, "item-1", template, langs)
    html5lib.HTMLParser(strict=True).parse(page)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in page and "{{ 7*7 }}" in page
    assert "</script>" not in page.split('type="application/ld+json">', 1)[1].split(
        "</script>", 1)[0]


def test_one_megabyte_paragraph(bundle_factory: BundleFactory) -> None:
    big = ("Ein sehr langer Absatz mit Text. " * 33_000)[:1_000_000]
    bundle = bundle_factory(paragraph_de=big)
    text = _check_docx(render_docx(bundle, "item-1", "pressemitteilung", ["de"]))
    assert len(text) > 1_000_000
    html5lib.HTMLParser(strict=True).parse(render_html(bundle, "item-1", "pressemitteilung",
                                                        ["de"]))


def _user_template(name: str, html: str | None = None, manifest: dict | None = None,
                   docx_from: str = "pressemitteilung") -> Path:
    folder = paths.user_templates_dir() / name
    folder.mkdir(parents=True)
    builtin = paths.builtin_templates_dir() / docx_from
    shutil.copy(builtin / "template.docx", folder / "template.docx")
    data = manifest or json.loads((builtin / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps(data))
    (folder / "template.html.j2").write_text(html or "<p>{{ view.title }}</p>")
    return folder


def test_sandbox_blocks_attribute_escapes(bundle: Bundle) -> None:
    _user_template("evil", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateError) as caught:
        render_html(bundle, "item-1", "evil", ["de"])
    message = str(caught.value)
    assert "template.html.j2" in message and "line 1" in message
    assert "subclasses" not in message.split("not allowed")[0] or "unsafe" in message
    assert "<class" not in message


def test_photo_filter_cannot_read_a_file_named_by_the_template(
    bundle: Bundle, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CANARY-4711")
    _user_template("reader", '<img src="{{ path|photo_src }}">'.replace("path", repr(str(secret))))
    with pytest.raises(TemplateError, match=r"template\.html\.j2.*photo_src") as caught:
        render_html(bundle, "item-1", "reader", ["de"])
    assert "SECRET-CANARY" not in str(caught.value)


def test_broken_user_template_names_file_and_line(bundle: Bundle) -> None:
    _user_template("broken", "<p>ok</p>\n<p>{{ view.title }</p>\n")
    with pytest.raises(TemplateError) as caught:
        render_html(bundle, "item-1", "broken", ["de"])
    assert caught.value.line == 2 and "broken" in caught.value.file
    _user_template("unknown-field", "<p>\n{{ view.nonsense }}</p>")
    with pytest.raises(TemplateError, match=r"line 2: unknown field.*nonsense"):
        render_html(bundle, "item-1", "unknown-field", ["de"])


def test_user_template_with_a_syntax_error_is_listed_as_unavailable() -> None:
    """Listing names the broken file and line, so the user never picks it for an export."""
    _user_template("hausvorlage", "<p>ok</p>\n<p>{{ view.title }</p>\n")
    _user_template("tief", "{{ " + "(" * 500 + "1" + ")" * 500 + " }}")
    _user_template("gut")
    problems: list[TemplateError] = []
    names = [t.name for t in list_templates(problems=problems)]
    assert "gut" in names and "hausvorlage" not in names and "tief" not in names
    found = {p.template: p for p in problems}
    assert found["hausvorlage"].line == 2
    assert found["hausvorlage"].file.endswith("hausvorlage/template.html.j2")
    assert "syntax error" in found["hausvorlage"].problem
    assert "nests too deeply" in found["tief"].problem
    with pytest.raises(TemplateError, match=r"hausvorlage.*line 2: syntax error"):
        list_templates()


def test_bad_manifest(bundle: Bundle) -> None:
    folder = _user_template("badjson")
    (folder / "manifest.json").write_text('{"name": {"de": "x"},\n "languages": [de]}')
    with pytest.raises(TemplateError, match=r"manifest.json, line 2"):
        list_templates()
    problems: list[TemplateError] = []
    assert "badjson" not in [t.name for t in list_templates(problems=problems)]
    assert len(problems) == 1


def test_user_template_overrides_builtin(bundle: Bundle) -> None:
    _user_template("pressemitteilung", "<!DOCTYPE html><title>x</title><p>MINE {{ view.title }}")
    info = {t.name: t for t in list_templates()}["pressemitteilung"]
    assert not info.builtin
    assert "MINE" in render_html(bundle, "item-1", "pressemitteilung", ["de"])


def _docx_with_body_text(folder: Path, text: str) -> None:
    file = folder / "template.docx"
    document = docx.Document(str(file))
    document.add_paragraph(text)
    document.save(str(file))


def test_docx_template_with_german_quotes_in_tag(bundle: Bundle) -> None:
    folder = _user_template("german-quotes")
    _docx_with_body_text(folder, "{{ labels[„page“] }}")
    with pytest.raises(TemplateError) as caught:
        render_docx(bundle, "item-1", "german-quotes", ["de"])
    message = str(caught.value)
    assert "word/document.xml" in message and "„" in message and "straight quotes" in message


def test_docx_template_tags_work_and_errors_name_the_part(bundle: Bundle) -> None:
    folder = _user_template("docx-tags")
    _docx_with_body_text(folder, "Stand: {{ date }} – {{ “x” }}")
    text = _check_docx(render_docx(bundle, "item-1", "docx-tags", ["de"]))
    assert "Stand: 15. März 2021 – x" in text
    folder = _user_template("docx-broken")
    _docx_with_body_text(folder, "{{ headline }")
    with pytest.raises(TemplateError, match=r"word/document.xml.*line \d+.*syntax error"):
        render_docx(bundle, "item-1", "docx-broken", ["de"])
    folder = _user_template("docx-sandbox")
    _docx_with_body_text(folder, "{{ headline.__class__.__mro__ }}")
    with pytest.raises(TemplateError, match="not allowed"):
        render_docx(bundle, "item-1", "docx-sandbox", ["de"])


@pytest.mark.slow
def test_all_builtin_docx_convert_with_libreoffice(bundle_factory: BundleFactory,
                                                    photo_file: Path, sample: Bundle,
                                                    tmp_path: Path) -> None:
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed")
    bundle = bundle_factory(photo_path=str(photo_file), embargo=True)
    expected: dict[str, list[str]] = {}
    for template, langs in CASES:
        for label, data, item_id in (("built", bundle, "item-1"),
                                     ("sample", sample, sample.items[0].id)):
            name = f"{template}.{'-'.join(langs)}.{label}"
            (tmp_path / f"{name}.docx").write_bytes(render_docx(data, item_id, template, langs))
            item = data.items[0]
            must = [item.headline.get(lang) for lang in langs]
            must += [q.text.get(lang) for q in item.quotes for lang in langs]
            expected[name] = must
    files = sorted(str(p) for p in tmp_path.glob("*.docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *files], check=True, capture_output=True, timeout=300)
    for name, must in expected.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        flat = " ".join(text.replace("\u00ad", "").split())
        for snippet in must:
            probe = " ".join(snippet.split()[:3])  # the opening words, before any inner quote
            assert probe in flat, f"{name}: {probe!r} not in the PDF text"
