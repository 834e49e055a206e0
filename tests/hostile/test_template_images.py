"""Pictures inside a DOCX template (a logo, the preview picture in ``docProps``) reach
every export: a stranger's template is cleaned of their metadata as photos are, and a
picture whose metadata cannot be removed is refused with a message naming the part."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from photo_files import SECRETS, expected_clean_jpeg, gps_jpeg, png_with_text
from render_support import make_bundle

from editor.core import paths
from editor.render import TemplateError, render_docx, render_html

BUILTIN = "pressemitteilung"
LOGO = "word/media/logo.jpeg"
THUMBNAIL = "docProps/thumbnail.jpeg"


def _template(name: str, extra: dict[str, bytes]) -> None:
    """A user template: the built-in one with ``extra`` parts added or replaced."""
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / BUILTIN, folder)
    with zipfile.ZipFile(paths.builtin_templates_dir() / BUILTIN / "template.docx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts.update(extra)
    with zipfile.ZipFile(folder / "template.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def _exported(name: str) -> dict[str, bytes]:
    data = render_docx(make_bundle(), "item-1", name, ["de"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_a_logo_and_a_preview_picture_lose_their_metadata() -> None:
    _template("logo-gps", {LOGO: gps_jpeg(), THUMBNAIL: gps_jpeg(1),
                           "word/media/seal.png": png_with_text(bomb_mb=1)})
    parts = _exported("logo-gps")
    assert parts[LOGO] == expected_clean_jpeg()
    assert parts[THUMBNAIL] == expected_clean_jpeg(1)
    for part in (LOGO, THUMBNAIL, "word/media/seal.png"):
        for secret in SECRETS:
            assert secret not in parts[part], (part, secret)


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
def test_exiftool_finds_no_location_in_an_exported_logo(tmp_path: Path) -> None:
    _template("logo-exiftool", {LOGO: gps_jpeg()})
    logo = tmp_path / "logo.jpeg"
    logo.write_bytes(_exported("logo-exiftool")[LOGO])
    found = subprocess.run(["exiftool", "-a", "-G", "-s", str(logo)], capture_output=True,
                           text=True, timeout=60, check=True).stdout
    for word in ("GPS", "Serial", "Artist", "Creator", "Comment", "Mustermann"):
        assert word not in found, found


@pytest.mark.parametrize(("picture", "data", "words"), [
    ("word/media/logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", ("GIF", "PNG or JPEG")),
    ("word/media/image1.emf", b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + b"\x00" * 40,
     ("EMF",)),
    (LOGO, gps_jpeg()[:600], ("cannot be used", "cut short")),
])
def test_a_picture_that_cannot_be_cleaned_is_refused_naming_the_part(
        picture: str, data: bytes, words: tuple[str, ...]) -> None:
    _template("logo-refused", {picture: data})
    with pytest.raises(TemplateError) as caught:
        _exported("logo-refused")
    message = str(caught.value)
    assert "logo-refused" in message and picture in message and "\n" not in message
    for word in words:
        assert word in message, message


def _html_template(name: str, picture: str) -> None:
    """A user template whose web page shows ``picture`` (a ``data:`` address) above the
    content, as an inline logo."""
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / BUILTIN, folder)
    page = folder / "template.html.j2"
    page.write_text(page.read_text("utf-8").replace(
        "{% block content %}", f'{{% block content %}}<img class="logo" src="{picture}">'),
        "utf-8")


def test_an_inline_logo_of_a_web_page_template_loses_its_metadata() -> None:
    logo = base64.b64encode(gps_jpeg()).decode()
    _html_template("inline-logo", f"data:image/jpeg;base64,{logo}")
    page = render_html(make_bundle(), "item-1", "inline-logo", ["de"])
    clean = base64.b64encode(expected_clean_jpeg()).decode()
    assert f'<img class="logo" src="data:image/jpeg;base64,{clean}">' in page
    assert logo not in page


@pytest.mark.parametrize(("picture", "words"), [
    ("data:image/svg+xml;base64,PHN2Zy8+", ("svg+xml", "PNG or JPEG")),
    ("data:image/png,%89PNG", ("image/png", "base64")),
    ("data:image/jpeg;base64," + base64.b64encode(gps_jpeg()[:600]).decode(),
     ("cannot be used", "cut short")),
])
def test_an_inline_picture_that_cannot_be_cleaned_is_refused_naming_the_file(
        picture: str, words: tuple[str, ...]) -> None:
    _html_template("inline-refused", picture)
    with pytest.raises(TemplateError) as caught:
        render_html(make_bundle(), "item-1", "inline-refused", ["de"])
    message = str(caught.value)
    assert "inline-refused" in message and "template.html.j2" in message, message
    assert "\n" not in message
    for word in words:
        assert word in message, message


@pytest.mark.parametrize("prefix", [
    "DATA:image/jpeg;base64,",  # a browser reads the scheme in any case
    "Data:Image/JPEG;Base64,",
    "data:application/octet-stream;base64,",  # a browser shows a picture by its bytes
    "data:;base64,",
])
def test_an_inline_logo_however_its_address_is_written_loses_its_metadata(
        prefix: str) -> None:
    logo = base64.b64encode(gps_jpeg()).decode()
    _html_template("inline-spelled", prefix + logo)
    page = render_html(make_bundle(), "item-1", "inline-spelled", ["de"])
    assert logo not in page
    assert base64.b64encode(expected_clean_jpeg()).decode() in page


def _package(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return out.getvalue()


@pytest.mark.parametrize("inner", [
    _package({"[Content_Types].xml": b"<Types/>", "word/media/image1.jpeg": gps_jpeg()}),
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + gps_jpeg(),  # an OLE object
])
def test_a_document_embedded_in_a_template_is_refused_naming_the_part(inner: bytes) -> None:
    """An embedded document (a workbook, a Word file, an OLE object) is a package of its
    own, whose pictures would reach every export with their metadata."""
    name = "word/embeddings/oleObject1.bin"
    _template("embedded-package", {name: inner})
    with pytest.raises(TemplateError) as caught:
        _exported("embedded-package")
    message = str(caught.value)
    assert "embedded-package" in message and name in message and "\n" not in message
    assert "embedded" in message, message
