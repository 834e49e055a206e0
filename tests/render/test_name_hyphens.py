"""A hyphen inside a person's name never breaks a line in Word; other hyphens do."""

from __future__ import annotations

import dataclasses
import io
import zipfile

from lxml import etree
from render_support import make_bundle

from editor.core.model import Bundle
from editor.render import render_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
UNBROKEN = "\u2011"
"""Stands for ``<w:noBreakHyphen/>`` in the text read back from the XML."""


def _bundle() -> Bundle:
    bundle = make_bundle(paragraph_de="Brandenburg und Sachsen-Anhalt unterzeichnen.",
                         paragraph_en="Brandenburg and Saxony-Anhalt sign.")
    bundle.people = [dataclasses.replace(p, family_name="Meyer-Lüdenscheid")
                     if p.id == "p-anna" else p for p in bundle.people]
    item = bundle.items[0]
    item.contacts = [dataclasses.replace(item.contacts[0], name="Karl-Heinz Pressemann")]
    return bundle


def _runs(data: bytes) -> list[str]:
    """The text of each run of the body, a non-breaking hyphen written as U+2011."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    found = []
    for run in root.iter(f"{W}r"):
        pieces = []
        for child in run:
            if child.tag == f"{W}t":
                pieces.append(child.text or "")
            elif child.tag == f"{W}noBreakHyphen":
                pieces.append(UNBROKEN)
        found.append("".join(pieces))
    return found


def test_names_keep_their_hyphens_together_in_every_language() -> None:
    runs = _runs(render_docx(_bundle(), "item-1", "bilingual", ["de", "en"]))
    names = [r for r in runs if "Lüdenscheid" in r]
    # the quote's attribution and the event's speakers, in German and in English
    assert len(names) >= 4, runs
    assert all(f"Meyer{UNBROKEN}Lüdenscheid" in r and "-" not in r for r in names), names
    contacts = [r for r in runs if "Pressemann" in r]
    assert contacts and all(r == f"Karl{UNBROKEN}Heinz Pressemann" for r in contacts)
    text = "".join(runs)
    assert "Sachsen-Anhalt" in text and "Saxony-Anhalt" in text  # running text breaks


def test_the_sample_speakers_degree_stays_on_one_line(sample: Bundle) -> None:
    runs = _runs(render_docx(sample, sample.items[0].id, "pressemitteilung", ["de"]))
    assert any(r == f"Prof. Dr.{UNBROKEN}Ing. Jörg Steinbach" for r in runs), runs
    assert not any("Dr.-Ing. Jörg" in r for r in runs)


def test_the_web_page_keeps_hyphenated_names_on_one_line() -> None:
    from editor.render import render_html

    page = render_html(_bundle(), "item-1", "bilingual", ["de", "en"])
    unbroken = '<span style="white-space:nowrap">{}</span>'
    # the quote's attribution and the event's speakers in both languages, the contacts
    assert page.count(unbroken.format("Meyer-Lüdenscheid")) >= 4
    assert page.count(unbroken.format("Karl-Heinz")) == 2
    assert "Meyer-Lüdenscheid" not in page.replace(unbroken.format("Meyer-Lüdenscheid"), "")
    assert "Sachsen-Anhalt" in page and unbroken.format("Sachsen-Anhalt") not in page
