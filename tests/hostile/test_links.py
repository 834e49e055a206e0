"""Links from data: only https, http, mailto and tel, in every field that becomes a link.

Each unsafe link is refused at input (interchange import, the archive's save) with the
field named, and an unsafe link that an older archive still holds is exported as plain
text: the HTML is parsed and no href or src may carry another scheme, and no DOCX
hyperlink relationship may point anywhere else.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import html5lib
import pytest
from corpus import URL_TRICKS as UNSAFE
from render_support import make_bundle

from editor.core.codec import to_plain
from editor.core.errors import ValidationError
from editor.core.links import (
    email_problem,
    link_problem,
    mailto_href,
    markdown_link_problem,
    safe_href,
    tel_href,
)
from editor.core.model import Bundle, Contact
from editor.io import interchange
from editor.render import list_templates, render_docx, render_html
from editor.render.inline import parse_inline
from editor.store import Archive

SAFE = [
    "https://example.org", "http://example.org/presse?x=1#top", "HTTPS://EXAMPLE.ORG",
    "https://bücher.example/ä", "mailto:presse@example.org", "MAILTO:presse@example.org?subject=Hi",
    "tel:+493310000000", "tel:0331-000.000", "https://example.org:8443/a/b",
]
ALLOWED_SCHEME = re.compile(r"^(https?|mailto|tel):", re.IGNORECASE)
CANARY = "zz-unsafe-canary"


@pytest.mark.parametrize("target", SAFE)
def test_safe_links_pass(target: str) -> None:
    assert link_problem(target) is None
    assert safe_href(target) == target


@pytest.mark.parametrize("target", UNSAFE)
def test_unsafe_links_are_refused_with_a_reason(target: str) -> None:
    problem = link_problem(target)
    assert problem is not None and "\n" not in problem
    assert safe_href(target) == ""


def test_addresses_and_numbers_become_mailto_and_tel_only_when_they_are_ones() -> None:
    assert mailto_href("presse@example.org") == "mailto:presse@example.org"
    for address in ("javascript:alert(1)@x.org", "a b@example.org", "presse", "a@b",
                    "x@example.org?body=1", "<a@example.org>", "a@example.org\n"):
        assert email_problem(address) is not None
        assert mailto_href(address) == ""
    assert tel_href("+49 (0)331 000000-0") == "tel:+493310000000"
    assert tel_href("0331 / 12 34") == "tel:03311234"
    for phone in ("javascript:alert(1)", "ruf an", "12", "+49 331 1234 (Zentrale)"):
        assert tel_href(phone) == ""


def test_inline_links_keep_only_safe_targets() -> None:
    for target in UNSAFE:
        runs = parse_inline(f"[Klick]({target}) danach")
        assert all(r.href == "" or ALLOWED_SCHEME.match(r.href) for r in runs), target
    (run, *_) = parse_inline("[Klick](https://example.org/a) danach")
    assert run.href == "https://example.org/a"
    assert markdown_link_problem("[a](//evil.example) und [b](https://example.org)")
    assert markdown_link_problem("Preis [2021] (netto) und a](b") is not None  # errs safe
    assert markdown_link_problem("[a](https://example.org) [b](<mailto:a@example.org>)") \
        is None


# --- every link field, at input ----------------------------------------------------------

Setter = Callable[[Bundle, str], None]


def _set_block(bundle: Bundle, value: str) -> None:
    bundle.items[0].blocks[0].text.text["de"] = f"Mehr [hier]({value})."


def _set_quote(bundle: Bundle, value: str) -> None:
    bundle.items[0].quotes[0].text.text["en"] = f"See [this]({value})"


def _set_boilerplate(bundle: Bundle, value: str) -> None:
    bundle.organisations[0].boilerplate["de"] = f"Über [uns]({value})"


def _set_org_website(bundle: Bundle, value: str) -> None:
    bundle.organisations[0].website = value


def _set_contact_website(bundle: Bundle, value: str) -> None:
    bundle.items[0].contacts[0].website = value


def _set_contact_email(bundle: Bundle, value: str) -> None:
    bundle.items[0].contacts[0].email = value


def _set_subheadline(bundle: Bundle, value: str) -> None:
    bundle.items[0].subheadline.text["en"] = f"[x]({value})"


FIELDS: dict[str, tuple[Setter, str, str]] = {
    # name: (setter, path in an interchange file, path in the archive's save)
    "block text": (_set_block, "item.blocks[0].text.de", "blocks[0].text.de"),
    "quote text": (_set_quote, "item.quotes[0].text.en", "quotes[0].text.en"),
    "subheadline": (_set_subheadline, "item.subheadline.en", "subheadline.en"),
    "boilerplate": (_set_boilerplate, "organisations[0].boilerplate.de",
                    "organisation.boilerplate.de"),
    "organisation website": (_set_org_website, "organisations[0].website",
                             "organisation.website"),
    "contact website": (_set_contact_website, "item.contacts[0].website",
                        "contacts[0].website"),
    "contact email": (_set_contact_email, "item.contacts[0].email", "contacts[0].email"),
}
FIELD_CASES = [(f, t) for f in FIELDS for t in
               ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html,<b>x</b>", "//evil.example", "java\tscript:x",
                "%6Aavascript:x", "vbscript:x", "file:///etc/passwd"]]


def _email_value(field: str, target: str) -> str:
    return f"{target}@example.org" if field == "contact email" and ":" not in target else target


@pytest.mark.parametrize(("field", "target"), FIELD_CASES)
def test_unsafe_links_are_refused_at_import_with_the_field_named(
        field: str, target: str, tmp_path: Path) -> None:
    setter, path, _ = FIELDS[field]
    bundle = make_bundle()
    document = interchange.bundle_to_document(bundle)
    file = tmp_path / "item.json"
    setter(bundle, _email_value(field, target))
    document.update(item=to_plain(bundle.items[0]),
                    organisations=to_plain(bundle.organisations))
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        interchange.read_file(file)
    assert caught.value.path == path
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("field", "target"), FIELD_CASES)
def test_unsafe_links_are_refused_by_the_archive_and_nothing_is_saved(
        field: str, target: str, tmp_path: Path) -> None:
    setter, _, path = FIELDS[field]
    with Archive.open(tmp_path / "a.sqlite") as archive:
        bundle = make_bundle()
        setter(bundle, _email_value(field, target))
        with pytest.raises(ValidationError) as caught:
            archive.save_bundle(bundle)
        assert caught.value.path == path
        assert "nothing was saved" in str(caught.value)
        assert not archive.has_item("item-1")
        assert archive.load_bundle([]).organisations == []


def test_safe_links_are_accepted_everywhere(tmp_path: Path) -> None:
    bundle = make_bundle()
    for setter, _, _ in FIELDS.values():
        setter(bundle, "mailto:presse@example.org")
    bundle.items[0].contacts[0].email = "presse@example.org"
    file = tmp_path / "ok.json"
    interchange.write_file(bundle, file)
    read = interchange.read_file(file)
    with Archive.open(tmp_path / "ok.sqlite") as archive:
        archive.save_bundle(read)
        assert archive.load_bundle(["item-1"]).organisations[0].website == \
            "mailto:presse@example.org"


# --- at render: the second line ------------------------------------------------------------

def _old_archive_bundle(target: str) -> Bundle:
    """What an archive written before the check may hold: unsafe links in every field."""
    bundle = make_bundle()
    item = bundle.items[0]
    item.blocks[0].text.text["de"] = f"[{CANARY}-block]({target}) Text."
    item.blocks[0].text.text["en"] = f"[{CANARY}-block]({target}) Text."
    item.quotes[0].text.text["de"] = f"Siehe [{CANARY}-quote]({target})"
    item.quotes[0].text.text["en"] = f"See [{CANARY}-quote]({target})"
    bundle.organisations[0].website = target
    bundle.organisations[0].boilerplate = {"de": f"[{CANARY}-about]({target})",
                                           "en": f"[{CANARY}-about]({target})"}
    item.contacts.append(Contact(f"{CANARY}-contact", "o-a", {}, target, target, target))
    return bundle


def _hrefs_of_html(page: str) -> list[str]:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(page)
    found = []
    for element in tree.iter():
        for attr in ("href", "src", "action", "formaction", "xlink:href", "srcset"):
            value = element.get(attr)
            if value is not None:
                found.append(value)
    return found


HTML_CASES = [(t.name, langs) for t in list_templates() if t.builtin and "html" in t.formats
              for langs in t.language_sets()]
DOCX_CASES = [(t.name, langs) for t in list_templates() if t.builtin and "docx" in t.formats
              for langs in t.language_sets()]
RENDER_TARGETS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                  "//evil.example", "vbscript:x", "file:///etc/passwd"]


@pytest.mark.parametrize("target", RENDER_TARGETS)
def test_unsafe_links_from_an_old_archive_render_as_plain_text_in_every_html(
        target: str) -> None:
    bundle = _old_archive_bundle(target)
    for template, langs in HTML_CASES:
        page = render_html(bundle, "item-1", template, langs)
        for value in _hrefs_of_html(page):
            assert ALLOWED_SCHEME.match(value) or value.startswith("data:image/"), \
                f"{template}: unsafe link {value[:60]!r}"
        assert f"{CANARY}-block" in page and f"{CANARY}-about" in page, template
        assert "https://a.example.org" in page  # the safe link of the item is still live


@pytest.mark.parametrize("target", RENDER_TARGETS)
def test_unsafe_links_from_an_old_archive_never_become_docx_hyperlinks(target: str) -> None:
    bundle = _old_archive_bundle(target)
    for template, langs in DOCX_CASES:
        data = render_docx(bundle, "item-1", template, langs)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
            document = z.read("word/document.xml").decode("utf-8")
        external = re.findall(r'<Relationship [^>]*TargetMode="External"[^>]*/>', rels)
        targets = re.findall(r'Target="([^"]*)"', " ".join(external))
        assert targets, template  # the item's safe link is one
        assert all(ALLOWED_SCHEME.match(t) for t in targets), f"{template}: {targets}"
        assert f"{CANARY}-block" in document, template


def test_an_unsafe_website_stored_before_the_check_still_loads_and_shows_as_text(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        archive.save_bundle(make_bundle())
    with sqlite3.connect(path) as db:  # as an archive written by an earlier version
        db.execute("UPDATE organisations SET website = 'javascript:alert(1)' WHERE id = 'o-a'")
    with Archive.open(path) as archive:
        bundle = archive.load_bundle(["item-1"])
    assert bundle.organisations[0].website == "javascript:alert(1)"
    page = render_html(bundle, "item-1", "pressemitteilung", ["de"])
    assert "javascript:alert(1)" in page
    assert all(ALLOWED_SCHEME.match(v) or v.startswith("data:image/")
               for v in _hrefs_of_html(page))
