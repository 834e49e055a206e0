"""DOCX templates without Jinja where they only write fields, and prepared templates kept
between runs: the same documents as Jinja and a fresh read make, and nothing stale."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from markupsafe import Markup

from editor.core import paths
from editor.core.model import Bundle
from editor.render import TemplateError, docx, docx_cache, render_docx, template_files
from editor.render.catalogue import find_template

FIELDS = {
    "headline": 'A & B <c> "d" \'e\' ß',
    "issuers": "WFBB · IMG",
    "kind_labels": "Pressemitteilung & ß",
    "content": Markup("<w:p><w:r><w:t>x &amp; y</w:t></w:r></w:p>"),
    "labels": {"page": "Seite <1>", "items": "not the method"},
}


def _jinja(source: str, context: dict[str, object]) -> str:
    return docx._environment().from_string(source).render(context)


@pytest.mark.parametrize("source", [
    "<a>{{ headline }}</a>", "{{ headline|upper }}|{{ kind_labels|lower }}",
    "{{labels.page}} {{ content }}\n", "a\r\nb\rc\n\n", "{{ issuers }} }} { x",
    "{{ content|upper }}", "",
])
def test_fields_are_written_as_jinja_writes_them(source: str) -> None:
    pieces = docx.simple_pieces(source)
    assert pieces is not None
    assert docx.render_simple(pieces, FIELDS) == _jinja(source, FIELDS)


@pytest.mark.parametrize("source", [
    "{% if headline %}x{% endif %}", "{# note #}", "{{ headline|title }}", "{{ none }}",
    "{{ labels['page'] }}", "{{- headline }}", "{{ headline ~ 'x' }}", "{{{ headline }}",
    "{{ headline }",
])
def test_anything_more_than_fields_is_left_to_jinja(source: str) -> None:
    assert docx.simple_pieces(source) is None


@pytest.mark.parametrize("source", ["{{ missing }}", "{{ labels.items }}", "{{ labels.nope }}",
                                    "{{ headline.upper }}", "{{ labels }}"])
def test_values_other_than_texts_of_the_context_are_left_to_jinja(source: str) -> None:
    pieces = docx.simple_pieces(source)
    assert pieces is not None
    assert docx.render_simple(pieces, FIELDS) is None


def test_broken_xml_is_reported_as_lxml_reports_it() -> None:
    with pytest.raises(TemplateError) as caught:
        docx.check_xml(b"<a><b></a>", "t.docx (word/document.xml)")
    assert "broken XML" in caught.value.problem and "mismatch" in caught.value.problem
    with pytest.raises(TemplateError):
        docx.check_xml(b"<w:p/>", "t.docx (word/document.xml)")  # prefix not declared
    deep = b"<a>" * 300 + b"</a>" * 300  # beyond lxml's nesting, which expat does not know
    with pytest.raises(TemplateError, match="goes beyond"):
        docx.check_xml(deep, "t.docx (word/document.xml)")
    docx.check_xml(b'<w:p xmlns:w="urn:x"><w:t>ok</w:t></w:p>', "t.docx")


def _user_docx(name: str) -> Path:
    folder = paths.user_templates_dir() / name
    folder.mkdir(parents=True)
    builtin = paths.builtin_templates_dir() / "pressemitteilung"
    for file in ("template.docx", "manifest.json", "template.html.j2"):
        shutil.copy(builtin / file, folder / file)
    return folder


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _fresh() -> None:
    docx._CACHE.entries.clear()


def test_a_prepared_template_is_read_from_the_cache_and_makes_the_same_document(
    bundle: Bundle, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh()
    first = render_docx(bundle, "item-1", "pressemitteilung", ["de"])
    assert list((paths.cache_dir() / docx_cache.FOLDER).iterdir())
    reads: list[str] = []
    real = template_files.read_docx_parts

    def counting(data: bytes, where: str) -> dict[str, bytes]:
        reads.append(where)
        return real(data, where)

    monkeypatch.setattr(template_files, "read_docx_parts", counting)
    _fresh()
    again = render_docx(bundle, "item-1", "pressemitteilung", ["de"])
    assert reads == []  # prepared once, then taken from the cache
    assert _parts(again) == _parts(first)


def test_a_changed_template_is_prepared_again(bundle: Bundle) -> None:
    folder = _user_docx("changing")
    _fresh()
    render_docx(bundle, "item-1", "changing", ["de"])
    file = folder / "template.docx"
    parts = _parts(file.read_bytes())
    header = parts["word/header1.xml"].decode("utf-8")
    parts["word/header1.xml"] = header.replace("{{ issuers }}", "NEU {{ headline }}").encode()
    with zipfile.ZipFile(file, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _fresh()
    made = _parts(render_docx(bundle, "item-1", "changing", ["de"]))
    assert b"NEU " in made["word/header1.xml"]
    assert len(list((paths.cache_dir() / docx_cache.FOLDER).iterdir())) >= 2


def test_a_corrupt_or_foreign_cache_file_is_ignored_and_written_anew(bundle: Bundle) -> None:
    info = find_template("pressemitteilung")
    data = (info.folder / "template.docx").read_bytes()
    key = docx_cache.key(data)
    _fresh()
    expected = _parts(render_docx(bundle, "item-1", "pressemitteilung", ["de"]))
    entry = paths.cache_dir() / docx_cache.FOLDER / key
    whole = entry.read_bytes()
    for broken in (whole[:-100], whole[:20], b"", whole[:-5] + b"xxxxx",
                   docx_cache.encode("another-key", docx_cache.decode(key, whole))):  # type: ignore[arg-type]
        entry.write_bytes(broken)
        assert docx_cache.load(key) is None
        _fresh()
        assert _parts(render_docx(bundle, "item-1", "pressemitteilung", ["de"])) == expected
        assert docx_cache.load(key) is not None  # written whole again


def test_a_broken_template_is_never_cached(bundle: Bundle) -> None:
    folder = _user_docx("broken-cached")
    file = folder / "template.docx"
    parts = _parts(file.read_bytes())
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"{{p content }}", b"{{p content }")
    with zipfile.ZipFile(file, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    for _ in range(2):
        _fresh()
        with pytest.raises(TemplateError, match="syntax error"):
            render_docx(bundle, "item-1", "broken-cached", ["de"])
    assert docx_cache.load(docx_cache.key(file.read_bytes())) is None
