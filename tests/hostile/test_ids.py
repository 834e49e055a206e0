"""Record ids: one rule for items, blocks, quotes, photos, people, organisations, roles
and every reference to them; lone surrogates anywhere in an interchange file.

An id is printed one a line by ``list`` and ``import`` and typed on the command line:
letters, digits and ``-_.:``, starting with a letter or digit, at most 100 characters.
"""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from corpus import BAD_IDS
from render_support import make_bundle

from editor.cli import main
from editor.core.codec import id_problem
from editor.core.errors import ValidationError
from editor.io import interchange
from editor.io.samples import load_sample_bundles
from editor.store import Archive

GOOD_IDS = ["item-1", "a:b.c_d-e", "2021-03-15-smart-country", uuid.uuid4().hex, "X" * 100,
            "Ärger-1", "q1"]

ID_FIELDS = {
    "item.id": ("item", "id"),
    "item.blocks[0].id": ("item", "blocks", 0, "id"),
    "item.quotes[0].id": ("item", "quotes", 0, "id"),
    "item.blocks[1].quote_id": ("item", "blocks", 1, "quote_id"),
    "item.quotes[1].speakers[0].person_id": ("item", "quotes", 1, "speakers", 0, "person_id"),
    "item.quotes[1].speakers[0].role_id": ("item", "quotes", 1, "speakers", 0, "role_id"),
    "item.issuer_ids[1]": ("item", "issuer_ids", 1),
    "item.contacts[0].organisation_id": ("item", "contacts", 0, "organisation_id"),
    "item.event.organiser_ids[0]": ("item", "event", "organiser_ids", 0),
    "people[0].id": ("people", 0, "id"),
    "organisations[1].id": ("organisations", 1, "id"),
    "roles[0].id": ("roles", 0, "id"),
    "roles[0].person_id": ("roles", 0, "person_id"),
    "roles[0].organisation_id": ("roles", 0, "organisation_id"),
}


def _document() -> dict[str, Any]:
    return interchange.bundle_to_document(make_bundle())


def _set(document: dict[str, Any], where: tuple[Any, ...], value: Any) -> None:
    node: Any = document
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value


@pytest.mark.parametrize("value", BAD_IDS)
def test_bad_ids_are_refused(value: str) -> None:
    problem = id_problem(value)
    assert problem is not None and "\n" not in problem


@pytest.mark.parametrize("value", GOOD_IDS)
def test_good_ids_pass(value: str) -> None:
    assert id_problem(value) is None


def test_the_ids_of_the_samples_pass() -> None:
    found = 0
    for bundle in load_sample_bundles():
        for item in bundle.items:
            ids = [item.id, *(b.id for b in item.blocks), *(q.id for q in item.quotes),
                   *(p.id for p in item.photos)]
            ids += [r.id for r in (*bundle.people, *bundle.organisations, *bundle.roles)]
            for one in ids:
                assert id_problem(one) is None, one
                found += 1
    assert found > 10


@pytest.mark.parametrize("field", sorted(ID_FIELDS))
@pytest.mark.parametrize("value", ["a\nb", "a b", "\udc80", "-x", "x" * 101])
def test_every_id_field_refuses_a_bad_id_with_its_path(field: str, value: str) -> None:
    document = _document()
    _set(document, ID_FIELDS[field], value)
    with pytest.raises(ValidationError) as caught:
        interchange.document_to_bundle(document)
    assert caught.value.path == field
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("value", ["a\nb", "\udc80", "x y"])
def test_the_archive_refuses_bad_ids_and_saves_nothing(value: str, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        bundle = make_bundle()
        bundle.items[0].blocks[0].id = value
        with pytest.raises(ValidationError) as caught:
            archive.save_bundle(bundle)
        assert caught.value.path == "blocks[0].id"
        assert not archive.has_item("item-1")
        person = copy.deepcopy(make_bundle().people[0])
        person.id = value
        with pytest.raises(ValidationError) as caught:
            archive.save_bundle(make_bundle().__class__(people=[person]))
        assert caught.value.path == "person.id"


SURROGATE_PLACES = {
    "item.headline.de": ("item", "headline", "de"),
    "item.blocks[0].text.en": ("item", "blocks", 0, "text", "en"),
    "item.places[0]": ("item", "places", 0),
    "item.contacts[0].name": ("item", "contacts", 0, "name"),
    "people[1].family_name": ("people", 1, "family_name"),
    "organisations[0].boilerplate.de": ("organisations", 0, "boilerplate", "de"),
    "roles[2].title.en": ("roles", 2, "title", "en"),
}


@pytest.mark.parametrize("field", sorted(SURROGATE_PLACES))
def test_lone_surrogates_in_a_file_are_refused_by_field(field: str, tmp_path: Path) -> None:
    document = _document()
    _set(document, SURROGATE_PLACES[field], "vor \udc80 nach")
    file = tmp_path / "s.json"
    file.write_text(json.dumps(document), encoding="ascii")  # "\udc80" as JSON escape
    assert "\\udc80" in file.read_text(encoding="ascii")
    with pytest.raises(ValidationError) as caught:
        interchange.read_file(file)
    assert caught.value.path == field
    assert "U+DC80" in str(caught.value)


def test_a_surrogate_in_a_language_key_is_refused(tmp_path: Path) -> None:
    document = _document()
    document["item"]["headline"]["\udc80"] = "x"
    with pytest.raises(ValidationError) as caught:
        interchange.document_to_bundle(document)
    assert caught.value.path == "item.headline"


@pytest.mark.parametrize("value", ["a\nb", "\udc80", "a b"])
def test_import_on_the_command_line_says_one_line_and_lists_nothing(
        value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = _document()
    document["item"]["id"] = value
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(document), encoding="ascii")
    db = str(tmp_path / "a.sqlite")
    assert main(["--db", db, "import", str(file)]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "item.id" in err
    assert main(["--db", db, "list"]) == 0
    listed = capsys.readouterr().out
    assert value not in listed


@pytest.mark.parametrize("key", ["\udc80", "a\nb", "k" * 5000, "\u202eevil"])
def test_odd_keys_are_named_shortly_and_printably(key: str) -> None:
    document = _document()
    document["item"]["headline"][key] = "x"
    with pytest.raises(ValidationError) as caught:
        interchange.document_to_bundle(document)
    assert str(caught.value).isprintable() and len(str(caught.value)) < 200
    document = _document()
    document["item"][key] = 1
    with pytest.raises(ValidationError, match="unknown field") as caught:
        interchange.document_to_bundle(document)
    assert str(caught.value).isprintable() and len(str(caught.value)) < 200
    document = _document()
    document[key] = 1
    with pytest.raises(ValidationError, match="unknown field") as caught:
        interchange.document_to_bundle(document)
    assert str(caught.value).isprintable() and len(str(caught.value)) < 200


@pytest.mark.parametrize(("written", "meant"), [
    ("ｐerson-1", "person-1"),       # fullwidth letter
    ("person-１", "person-1"),        # fullwidth digit
    ("ﬁnanzen", "finanzen"),        # ligature
    ("quote²", "quote2"),            # superscript
])
def test_look_alike_characters_are_refused_with_the_plain_spelling(written: str,
                                                                     meant: str) -> None:
    """Two ids that print alike must not name two records: compatibility forms are
    refused, and the message gives the spelling to use."""
    problem = id_problem(written)
    assert problem is not None and f"write {meant!r}" in problem
    assert id_problem(meant) is None


def test_a_decomposed_id_is_refused_with_its_composed_spelling() -> None:
    decomposed = "mu\u0308ller-2021"  # "ü" as "u" and a combining diaeresis
    problem = id_problem(decomposed)
    assert problem is not None and "decomposed" in problem
    assert "write 'müller-2021'" in problem and id_problem("müller-2021") is None
