"""Reading and writing interchange files: lossless round trips, exact error paths."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor.core.codec import to_plain
from editor.core.errors import PressestelleError, ValidationError
from editor.core.model import Bundle, Translations
from editor.io import interchange
from editor.io.interchange import (
    DocumentError,
    InterchangeError,
    bundle_to_document,
    document_to_bundle,
    dumps,
    read_file,
    write_file,
)

# --- round trips ---------------------------------------------------------------------


SAMPLE_PHOTO = "2021-03-15-smart-country.jpg"


def _as_written(bundle: Bundle) -> dict[str, str]:
    """The sample's photo under the name its file gives it."""
    return {bundle.items[0].photos[0].blob: SAMPLE_PHOTO}


def test_file_to_bundle_to_document_is_the_identical_document(sample_copy: Path) -> None:
    original = json.loads(sample_copy.read_text(encoding="utf-8"))
    bundle = read_file(sample_copy)
    assert bundle_to_document(bundle, _as_written(bundle)) == original


def test_dumping_the_sample_gives_the_file_byte_for_byte(sample_copy: Path) -> None:
    bundle = read_file(sample_copy)
    assert dumps(bundle, _as_written(bundle)) == sample_copy.read_text(encoding="utf-8")


def test_reading_copies_the_photo_bytes_into_the_bundle(sample_copy: Path) -> None:
    bundle = read_file(sample_copy)
    photo = bundle.items[0].photos[0]
    data = (sample_copy.parent / SAMPLE_PHOTO).read_bytes()
    assert photo.blob == hashlib.sha256(data).hexdigest()
    assert bundle.photo_data[photo.blob].data == data
    assert bundle.photo_data[photo.blob].media_type == "image/jpeg"


def test_bundle_to_document_to_bundle_is_equal(sample_copy: Path) -> None:
    bundle = read_file(sample_copy)
    again = document_to_bundle(bundle_to_document(bundle, _as_written(bundle)),
                               sample_copy.parent)
    assert again == bundle
    # Without photo paths the document carries no picture: the photo comes back missing.
    bare = document_to_bundle(copy.deepcopy(bundle_to_document(bundle)))
    assert bare.items[0].photos[0].blob == "" and bare.photo_data == {}
    bare.items[0].photos[0].blob = bundle.items[0].photos[0].blob
    assert bare.items == bundle.items


def test_write_then_read_in_another_folder_keeps_everything(
    sample_copy: Path, tmp_path: Path
) -> None:
    bundle = read_file(sample_copy)
    target = tmp_path / "elsewhere" / "copy.json"
    target.parent.mkdir()
    assert write_file(bundle, target) == []
    document = json.loads(target.read_text(encoding="utf-8"))
    written = document["item"]["photos"][0]["path"]
    key = bundle.items[0].photos[0].blob
    assert written == f"copy-photos/{key[:32]}.jpg"
    assert (target.parent / written).read_bytes() == bundle.photo_data[key].data
    assert read_file(target) == bundle


def test_writing_again_reuses_the_photo_file_named_by_its_content(
    sample_copy: Path, tmp_path: Path
) -> None:
    bundle = read_file(sample_copy)
    target = tmp_path / "out.json"
    write_file(bundle, target)
    write_file(bundle, target)
    assert [p.name for p in (tmp_path / "out-photos").iterdir()] == [
        f"{bundle.items[0].photos[0].blob[:32]}.jpg"]


def test_a_photo_without_bytes_is_written_without_path(sample_copy: Path, tmp_path: Path) -> None:
    bundle = read_file(sample_copy)
    bundle.photo_data.clear()
    target = tmp_path / "out.json"
    assert write_file(bundle, target) == [bundle.items[0].photos[0].id]
    assert "path" not in json.loads(target.read_text("utf-8"))["item"]["photos"][0]
    assert not (tmp_path / "out-photos").exists()
    assert read_file(target).items[0].photos[0].blob == ""


def test_without_a_folder_photo_files_are_not_read(sample_document: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        document_to_bundle(sample_document)
    assert caught.value.path == "item.photos[0].path"
    assert SAMPLE_PHOTO in str(caught.value)


def test_a_document_cannot_name_archive_bytes(sample_copy: Path,
                                              sample_document: dict[str, Any]) -> None:
    sample_document["item"]["photos"][0]["blob"] = "ab" * 32
    with pytest.raises(ValidationError) as caught:
        document_to_bundle(sample_document, sample_copy.parent)
    assert caught.value.path == "item.photos[0].blob"


def test_canonical_output_does_not_depend_on_dictionary_order(sample_copy: Path) -> None:
    bundle = read_file(sample_copy)
    text = dumps(bundle)
    headline = bundle.items[0].headline
    bundle.items[0].headline = Translations(
        text=dict(reversed(headline.text.items())), basis=dict(headline.basis)
    )
    org = bundle.organisations[0]
    org.name = dict(reversed(org.name.items()))
    assert dumps(bundle) == text
    assert json.loads(text)["item"]["headline"] == to_plain(bundle.items[0].headline)


def test_dumps_is_pretty_utf8_with_a_final_newline(sample_copy: Path) -> None:
    text = dumps(read_file(sample_copy))
    assert text.startswith('{\n  "format": "pressestelle.item",\n  "version": 2,')
    assert "Wirtschaftsförderer" in text and "\\u00f6" not in text
    assert text.endswith("}\n")


def test_only_one_item_fits_a_document(sample_copy: Path) -> None:
    bundle = read_file(sample_copy)
    two = Bundle(bundle.items * 2, bundle.people, bundle.organisations, bundle.roles)
    with pytest.raises(ValidationError, match="exactly one press item"):
        dumps(two)


def test_an_inconsistent_bundle_is_not_written(sample_copy: Path, tmp_path: Path) -> None:
    bundle = read_file(sample_copy)
    bundle.items[0].quotes[0].speakers[0].person_id = "nobody"
    target = tmp_path / "out.json"
    with pytest.raises(ValidationError, match=r"item\.quotes\[0\]\.speakers\[0\]\.person_id"):
        write_file(bundle, target)
    assert list(tmp_path.iterdir()) == [sample_copy.parent]


def test_an_older_version_is_upgraded_on_reading(
    sample_document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interchange, "VERSION", 2)

    def upgrade(doc: dict[str, Any]) -> dict[str, Any]:
        return {**doc, "version": 2}

    monkeypatch.setitem(interchange.UPGRADES, 1, upgrade)
    del sample_document["item"]["photos"][0]["path"]
    bundle = document_to_bundle(sample_document)
    assert bundle_to_document(bundle)["version"] == 2


# --- malformed documents -------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _set(path: list[Any], value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: list[Any]) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _replace_with(value: Any) -> Mutation:
    return lambda doc: value


def _duplicate_block_id(doc: dict[str, Any]) -> None:
    blocks = doc["item"]["blocks"]
    blocks[1]["id"] = blocks[0]["id"]


def _later_role(doc: dict[str, Any]) -> None:
    doc["item"]["quotes"][1]["speakers"][0]["role_id"] = "role-willingmann-st-mwu"


def _outer_marks(doc: dict[str, Any]) -> None:
    text = doc["item"]["quotes"][0]["text"]
    text["de"] = f"„{text['de']}“"


MALFORMED: dict[str, tuple[Mutation, str, str]] = {
    # case: (mutation, exact field path, part of the problem)
    "top level is an array": (_replace_with([1, 2]), "", "got array"),
    "missing format": (_delete(["format"]), "format", "required field is missing"),
    "unknown format": (_set(["format"], "something.else"), "format", "not a Pressestelle"),
    "newer version": (_set(["version"], 99), "version", "newer Pressestelle"),
    "version is text": (_set(["version"], "1"), "version", "expected integer, got string"),
    "unknown envelope field": (_set(["extras"], {}), "extras", "unknown field"),
    "missing item": (_delete(["item"]), "item", "required field is missing"),
    "missing item id": (_delete(["item", "id"]), "item.id", "required field is missing"),
    "text is a number": (
        _set(["item", "blocks", 3, "text", "de"], 42),
        "item.blocks[3].text.de",
        "expected string, got number",
    ),
    "unknown item field": (_set(["item", "colour"], "red"), "item.colour", "unknown field"),
    "bad status": (_set(["item", "status"], "gedruckt"), "item.status", "expected one of"),
    "impossible date": (
        _set(["item", "issue_date"], "2021-02-30"),
        "item.issue_date",
        "not a real date",
    ),
    "impossible embargo time": (
        _set(["item", "embargo"], {"until": "2021-03-15T25:00"}),
        "item.embargo.until",
        "not a real date and time",
    ),
    "unknown time zone": (
        _set(["item", "embargo"], {"until": "2021-03-15T09:00", "timezone": "Europe/Potsdam"}),
        "item.embargo.timezone",
        "not a known time zone",
    ),
    "quote block to a missing quote": (
        _set(["item", "blocks", 1, "quote_id"], "no-such-quote"),
        "item.blocks[1].quote_id",
        "no quote with id 'no-such-quote' in this item",
    ),
    "quote block without quote": (
        _delete(["item", "blocks", 1, "quote_id"]),
        "item.blocks[1].quote_id",
        "needs the id of its quote",
    ),
    "photo block to a missing photo": (
        _set(["item", "blocks", 5, "photo_id"], "no-such-photo"),
        "item.blocks[5].photo_id",
        "no photo with id",
    ),
    "speaker unknown": (
        _set(["item", "quotes", 0, "speakers", 0, "person_id"], "nobody"),
        "item.quotes[0].speakers[0].person_id",
        "no person with id 'nobody'",
    ),
    "speaker with another person's role": (
        _set(["item", "quotes", 0, "speakers", 0, "role_id"], "role-kammradt-wfbb"),
        "item.quotes[0].speakers[0].role_id",
        "belongs to 'person-steffen-kammradt'",
    ),
    "role not held on the quote's date": (
        _later_role,
        "item.quotes[1].speakers[0].role_id",
        "was not held on 2021-03-15",
    ),
    "role ends before it starts": (
        _set(["roles", 1, "valid_until"], "2015-01-01"),
        "roles[1].valid_until",
        "is before valid_from",
    ),
    "role of an unknown person": (
        _set(["roles", 0, "person_id"], "nobody"),
        "roles[0].person_id",
        "no person with id",
    ),
    "unknown issuer": (
        _set(["item", "issuer_ids", 1], "org-nowhere"),
        "item.issuer_ids[1]",
        "no organisation with id 'org-nowhere'",
    ),
    "language code invalid": (
        _set(["item", "headline", "Deutsch"], "x"),
        "item.headline.Deutsch",
        "not a language code",
    ),
    "language not supported": (
        _set(["item", "languages"], ["de", "fr"]),
        "item.languages[1]",
        "not a supported language",
    ),
    "source language not among the languages": (
        _set(["item", "languages"], ["en"]),
        "item.source_language",
        "not one of the item's languages",
    ),
    "duplicate block ids": (_duplicate_block_id, "item.blocks[1].id", "duplicate block id"),
    "duplicate person ids": (
        _set(["people", 1, "id"], "person-joerg-steinbach"),
        "people[1].id",
        "duplicate person id",
    ),
    "people is not a list": (_set(["people"], "Steinbach"), "people", "expected array"),
    "bad approval state": (
        _set(["item", "quotes", 0, "approval", "state"], "maybe"),
        "item.quotes[0].approval.state",
        "expected one of",
    ),
    "quote stored with outer marks": (
        _outer_marks,
        "item.quotes[0].text.de",
        "without the outer quotation marks",
    ),
    "fingerprint is not one": (
        _set(["item", "headline", "basis", "en"], "yesterday"),
        "item.headline.basis.en",
        "not a source fingerprint",
    ),
    "photo file missing": (
        _set(["item", "photos", 0, "path"], "missing.jpg"),
        "item.photos[0].path",
        "photo 'photo-2021-03-15-smart-country', path 'missing.jpg': the file does not exist",
    ),
    "gender not an option": (_set(["people", 0, "gender"], "male"), "people[0].gender",
                             "expected one of f, m, x"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_document_names_the_exact_field(
    case: str, sample_copy: Path, sample_document: dict[str, Any]
) -> None:
    mutate, path, problem = MALFORMED[case]
    document = copy.deepcopy(sample_document)
    result = mutate(document)
    if result is not None:
        document = result
    sample_copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_file(sample_copy)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.path == path
    assert problem in error.problem
    message = str(error)
    assert message.startswith(f"{sample_copy}: ")
    assert "\n" not in message
    if path:
        assert f"{sample_copy}: {path}: " in message


def test_photo_missing_names_the_photo_and_the_path_as_written(sample_copy: Path) -> None:
    (sample_copy.parent / "2021-03-15-smart-country.jpg").unlink()
    with pytest.raises(ValidationError) as caught:
        read_file(sample_copy)
    assert caught.value.path == "item.photos[0].path"
    assert "'photo-2021-03-15-smart-country'" in str(caught.value)
    assert "'2021-03-15-smart-country.jpg'" in str(caught.value)


RAW: dict[str, tuple[bytes, list[str]]] = {
    "not JSON at all": (
        b'{\n  "format": "pressestelle.item",\n  oops\n}',
        ["not valid JSON at line 3, column 3"],
    ),
    "empty file": (b"", ["not valid JSON at line 1, column 1"]),
    # Where a decoder places this error differs: Python 3.11 and 3.12 point after the comma
    # (column 32), 3.13 at the comma itself (column 31); see the test below.
    "trailing comma": (
        b'{"format": "pressestelle.item",}', ["not valid JSON at line 1, column "]),
    "duplicate key": (
        b'{"format": "pressestelle.item", "format": "x"}',
        ["the key 'format' appears twice"],
    ),
    "NaN": (b'{"version": NaN}', ["NaN is not a JSON value"]),
    "not UTF-8": (b'{"item": "\xe4"}', ["not UTF-8 text (line 1"]),
}


@pytest.mark.parametrize("case", list(RAW))
def test_unparsable_file_names_the_file_and_the_place(case: str, tmp_path: Path) -> None:
    data, parts = RAW[case]
    path = tmp_path / "broken.json"
    path.write_bytes(data)
    with pytest.raises(InterchangeError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for part in parts:
        assert part in message
    assert "\n" not in message


def test_a_json_error_gives_the_decoders_own_line_and_column(tmp_path: Path) -> None:
    """The place reported is the one the running Python's decoder found, at the comma or
    just after it, whichever that Python's wording says."""
    data = b'{"format": "pressestelle.item",}'
    try:
        json.loads(data)
    except json.JSONDecodeError as error:
        where = (error.lineno, error.colno)
    assert where in ((1, 31), (1, 32))
    path = tmp_path / "comma.json"
    path.write_bytes(data)
    with pytest.raises(InterchangeError) as caught:
        read_file(path)
    assert f"not valid JSON at line {where[0]}, column {where[1]}: " in str(caught.value)


def test_a_byte_order_mark_is_accepted(sample_copy: Path) -> None:
    data = sample_copy.read_bytes()
    sample_copy.write_bytes(b"\xef\xbb\xbf" + data)
    assert read_file(sample_copy).items[0].id == "2021-03-15-smart-country"


def test_unreadable_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(InterchangeError, match=r"nowhere\.json: cannot read the file"):
        read_file(missing)
    with pytest.raises(InterchangeError, match="cannot read the file"):
        read_file(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_file_without_permission_is_named(sample_copy: Path) -> None:
    sample_copy.chmod(0)
    with pytest.raises(InterchangeError, match="cannot read the file"):
        read_file(sample_copy)


def test_every_error_is_a_pressestelle_error() -> None:
    assert issubclass(InterchangeError, PressestelleError)
    assert issubclass(DocumentError, ValidationError)


def test_a_dump_to_a_file_reimports_identically_from_anywhere(
    sample_copy: Path, tmp_path: Path
) -> None:
    """What the command line's `dump --out` writes imports back unchanged, once moved."""
    bundle = read_file(sample_copy)
    first = tmp_path / "a" / "dumped.json"
    first.parent.mkdir()
    write_file(bundle, first)
    moved = tmp_path / "b"
    shutil.copytree(first.parent, moved)
    assert read_file(moved / "dumped.json") == bundle


# --- provenance of imported items ------------------------------------------------------


def test_provenance_travels_through_a_document(sample_copy: Path,
                                               sample_document: dict[str, Any]) -> None:
    sample_document["item"]["source_name"] = "Meldung vom 15. März.docx"
    sample_document["item"]["imported_at"] = "2026-01-02T09:30:00+00:00"
    bundle = document_to_bundle(sample_document, sample_copy.parent)
    item = bundle.items[0]
    assert item.source_name == "Meldung vom 15. März.docx"
    assert item.imported_at is not None and item.imported_at.isoformat() == \
        "2026-01-02T09:30:00+00:00"
    written = bundle_to_document(bundle, _as_written(bundle))["item"]
    assert (written["source_name"], written["imported_at"]) == (
        "Meldung vom 15. März.docx", "2026-01-02T09:30:00+00:00")


@pytest.mark.parametrize("name", ["/etc/passwd", "../../geheim.docx", "C:\\alt.docx",
                                  "file:alt.docx", "alt\n.docx", "x" * 256, " alt.docx"])
def test_a_document_cannot_claim_a_path_as_its_source(
        sample_copy: Path, sample_document: dict[str, Any], name: str) -> None:
    sample_document["item"]["source_name"] = name
    with pytest.raises(ValidationError) as caught:
        document_to_bundle(sample_document, sample_copy.parent)
    assert caught.value.path == "item.source_name"


@pytest.mark.parametrize("depth", [33, 500, 900])
def test_a_document_nested_deeper_than_any_item_is_refused_in_one_line(
        sample_copy: Path, depth: int) -> None:
    """Nesting the parser still takes made the cleaning of texts recurse past Python's
    limit: a traceback instead of a message."""
    document = json.loads(sample_copy.read_text("utf-8"))
    document["item"]["topics"] = json.loads("[" * depth + "]" * depth)
    sample_copy.write_text(json.dumps(document), "utf-8")
    with pytest.raises(InterchangeError, match=r"nested too deeply \(more than 32 levels"):
        read_file(sample_copy)


def test_a_document_bringing_thousands_of_people_is_refused_at_once(
        sample_copy: Path) -> None:
    """Each person is compared with the archive's on the way in: 10,000 kept an import
    busy for most of a minute."""
    document = json.loads(sample_copy.read_text("utf-8"))
    person = document["people"][0]
    document["people"] += [dict(person, id=f"person-{i}") for i in range(10_000)]
    sample_copy.write_text(json.dumps(document), "utf-8")
    with pytest.raises(DocumentError, match="people: 10,004 records, more than the 1,000"):
        read_file(sample_copy)
