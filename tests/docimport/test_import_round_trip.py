"""Round trip: every built-in template's DOCX and HTML export of the sample, imported again,
gives back the sample's headline, paragraphs and three quotes with their speakers."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from editor.core.model import BlockKind, Bundle, Translations
from editor.io.samples import load_sample_bundles
from editor.render.catalogue import list_templates
from editor.render.export import export_items
from editor.services.release_import import Registry, propose
from editor.store import Archive

SAMPLE = "2021-03-15-smart-country"


def normal(text: str) -> str:
    """Compared without markup, quotation-mark style and spacing."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).replace("*", "")
    text = re.sub(r"(?<=\w)[’'](?=\w)", "'", text)
    text = re.sub(r"[\"„“”»«‚‘’]", '"', text)
    return " ".join(text.split())


def cases() -> list[tuple[str, list[str], str]]:
    found = []
    for info in list_templates():
        if not info.builtin or info.kind == "dossier":
            continue
        for languages in info.language_sets():
            for fmt in info.formats:
                found.append((info.name, languages, fmt))
    return found


@pytest.fixture(scope="module")
def sample() -> Bundle:
    (bundle,) = [b for b in load_sample_bundles() if b.items[0].id == SAMPLE]
    return bundle


@pytest.mark.parametrize(("template", "languages", "fmt"), cases())
def test_export_imported_again(template: str, languages: list[str], fmt: str, sample: Bundle,
                               tmp_path: Path) -> None:
    (path,) = export_items(sample, [SAMPLE], template, languages, [fmt], tmp_path / "out",
                           allow_before_embargo=True)
    with Archive.open(tmp_path / "empty.sqlite") as archive:
        proposal = propose(Registry(archive), path)
    original = sample.items[0]
    item = proposal.item
    assert item.issue_date == original.issue_date
    assert item.places == original.places
    people = {p.id: p.family_name for p in sample.people}
    found_people = {p.id: p.family_name for p in proposal.people.values()}
    for lang in languages:
        assert normal(item.headline.get(lang)) == normal(original.headline.get(lang))
        imported = [normal(b.text.get(lang)) for b in item.blocks if b.text.has(lang)]
        for block in original.blocks:
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) and block.text.has(lang):
                assert normal(block.text.get(lang)) in imported, (lang, block.id)
        quotes = [(normal(q.text.get(lang)),
                   [found_people[s.person_id] for s in q.speakers]) for q in item.quotes]
        wanted = [(normal(q.text.get(lang)), [people[s.person_id] for s in q.speakers])
                  for q in original.quotes]
        assert quotes == wanted


@pytest.mark.parametrize(("template", "languages"), [
    (template, languages) for template, languages, fmt in cases() if fmt == "html"])
def test_own_html_export_gives_back_dachzeile_contact_and_boilerplate(
        template: str, languages: list[str], sample: Bundle, tmp_path: Path) -> None:
    bundle = copy.deepcopy(sample)
    original = bundle.items[0]
    original.kicker = Translations.of("de", de="Strukturwandel vor Ort",
                                      en="Structural change on site")
    original.subheadline = Translations.of("de", de="Zwei Länder, ein Netz",
                                           en="Two states, one network")
    issuers = [o for o in bundle.organisations if o.id in original.issuer_ids]
    issuers[0].website = "https://wirtschaft.example.org"
    (path,) = export_items(bundle, [SAMPLE], template, languages, ["html"], tmp_path / "out",
                           allow_before_embargo=True)
    with Archive.open(tmp_path / "empty.sqlite") as archive:
        proposal = propose(Registry(archive), path)
    item = proposal.item
    for lang in languages:
        assert item.kicker.get(lang) == original.kicker.get(lang)
        assert item.subheadline.get(lang) == original.subheadline.get(lang)
    assert [(c.name, c.phone, c.email, c.website) for c in item.contacts] == [
        (c.name, c.phone, c.email, c.website) for c in original.contacts]
    imported = {o.short_name: o for o in proposal.organisations.values()
                if o.id in item.issuer_ids}
    assert list(imported) == [o.short_name for o in issuers]
    for org in issuers:
        for lang in languages:
            assert normal(imported[org.short_name].boilerplate[lang]) == normal(
                org.boilerplate[lang])
    assert imported[issuers[0].short_name].website == "https://wirtschaft.example.org"
