"""docs/interchange.schema.json describes the format the code reads and writes."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from editor.core import model
from editor.core.errors import ValidationError
from editor.core.paths import project_root
from editor.io import interchange

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = project_root() / "docs" / "interchange.schema.json"

RECORDS: dict[str, type] = {
    "PressItem": model.PressItem,
    "Block": model.Block,
    "Quote": model.Quote,
    "Speaker": model.Speaker,
    "Approval": model.Approval,
    "Photo": model.Photo,
    "Contact": model.Contact,
    "Embargo": model.Embargo,
    "Event": model.Event,
    "EventSpeaker": model.EventSpeaker,
    "Person": model.Person,
    "Organisation": model.Organisation,
    "Role": model.Role,
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def _errors(schema: dict[str, Any], document: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [e.message for e in validator.iter_errors(document)]


def test_the_sample_is_valid_against_the_schema(
    schema: dict[str, Any], sample_document: dict[str, Any]
) -> None:
    assert _errors(schema, sample_document) == []


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_schema_lists_exactly_the_fields_of_the_model(schema: dict[str, Any], name: str) -> None:
    definition = schema["$defs"][name]
    fields = dataclasses.fields(RECORDS[name])
    # A photo's bytes are in the archive (``blob``); a document names a file (``path``).
    names = ["path" if f.name == "blob" and name == "Photo" else f.name for f in fields
             if not (name == "Organisation" and f.name == "logo")]  # a logo: archive bytes
    assert list(definition["properties"]) == names
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    assert definition.get("required", []) == required
    assert definition["additionalProperties"] is False


def _enums(node: Any) -> list[list[Any]]:
    if isinstance(node, dict):
        found = [node["enum"]] if "enum" in node else []
        return found + [e for v in node.values() for e in _enums(v)]
    if isinstance(node, list):
        return [e for v in node for e in _enums(v)]
    return []


def test_schema_enums_match_the_model(schema: dict[str, Any]) -> None:
    enums = _enums(schema)
    for kind in (model.ItemKind, model.ItemStatus, model.BlockKind, model.ApprovalState,
                 model.Gender):
        assert [m.value for m in kind] in enums, kind
    assert list(model.LANGUAGES) == schema["$defs"]["language"]["enum"]
    assert schema["properties"]["format"]["const"] == interchange.FORMAT
    assert schema["properties"]["version"]["const"] == interchange.VERSION
    assert list(schema["properties"]) == list(interchange.ENVELOPE_KEYS)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["item", "blocks", 3, "text", "de"], 42),
        (["item", "status"], "gedruckt"),
        (["item", "colour"], "red"),
        (["item", "headline", "Deutsch"], "x"),
        (["version"], 3),
        (["format"], "something.else"),
        (["item", "blocks", 1, "quote_id"], None),
        (["people", 0, "gender"], "male"),
    ],
)
def test_the_schema_rejects_what_the_reader_rejects(
    schema: dict[str, Any], sample_document: dict[str, Any], path: list[Any], value: Any
) -> None:
    document = copy.deepcopy(sample_document)
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(schema, document)
    with pytest.raises(ValidationError):
        interchange.document_to_bundle(document)


def test_the_schema_file_is_the_documented_one() -> None:
    text = (project_root() / "docs" / "interchange.md").read_text(encoding="utf-8")
    assert "interchange.schema.json" in text
    assert Path(SCHEMA_PATH).name in text
