"""The JSON interchange format: one press item with everything it refers to.

A document looks like this (see ``docs/interchange.md`` for every field)::

    {"format": "pressestelle.item", "version": 1,
     "item": {...}, "people": [...], "organisations": [...], "roles": [...]}

Reading checks the envelope, every field (through the codec, with paths such as
``item.blocks[3].text.de``) and the rules of :mod:`editor.core.validation`, and either
returns a complete :class:`Bundle` or raises; it never returns half a document. Writing
produces a canonical document: keys in a fixed order, fields equal to their default left
out, so that reading and writing again gives the identical document.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.core.codec import from_plain, shown_key, to_plain
from editor.core.errors import PressestelleError, ValidationError
from editor.core.model import (
    Bundle,
    Organisation,
    Person,
    PressItem,
    Role,
)
from editor.core.validation import validate_bundle
from editor.io.atomic import write_text_atomic

FORMAT = "pressestelle.item"
"""The value of ``format`` in every interchange document."""
VERSION = 1
"""The version this code writes, and the newest it reads."""
ITEM_PATH = "item"
"""Where the press item sits in a document; the start of its error paths."""
ENVELOPE_KEYS = ("format", "version", "item", "people", "organisations", "roles")

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
UPGRADES: dict[int, Upgrade] = {}
"""``UPGRADES[n]`` turns a version-``n`` document into a version ``n + 1`` document.
Empty while version 1 is the only one; every older version stays readable this way."""


class InterchangeError(PressestelleError):
    """A file cannot be read as an interchange document at all (unreadable, not JSON)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.file = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DocumentError(ValidationError):
    """A field of an interchange file is wrong; names the file and the field path."""

    def __init__(self, file: Path, error: ValidationError) -> None:
        super().__init__(error.path, error.problem)
        self.file = file
        self.args = (f"{file}: {error}",)


# --- writing ---------------------------------------------------------------------------


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _relative_photo_path(path: str, base_dir: Path | None) -> str:
    """``path`` relative to ``base_dir`` when the photo lies inside it, else unchanged."""
    photo = Path(path)
    if base_dir is None or not photo.is_absolute():
        return path
    try:
        return _absolute(photo).relative_to(_absolute(base_dir)).as_posix()
    except ValueError:
        return path


def bundle_to_document(bundle: Bundle, base_dir: Path | None = None) -> dict[str, Any]:
    """The interchange document of a bundle holding exactly one press item.

    With ``base_dir`` (the folder the document will be saved in), photo files inside
    that folder are referred to by a relative path with forward slashes.
    """
    if len(bundle.items) != 1:
        raise ValidationError(
            "items",
            f"an interchange document holds exactly one press item, got {len(bundle.items)}",
        )
    validate_bundle(bundle, item_paths=[ITEM_PATH])
    item: dict[str, Any] = to_plain(bundle.items[0])
    for photo in item.get("photos", []):
        photo["path"] = _relative_photo_path(photo["path"], base_dir)
    return {
        "format": FORMAT,
        "version": VERSION,
        "item": item,
        "people": to_plain(bundle.people),
        "organisations": to_plain(bundle.organisations),
        "roles": to_plain(bundle.roles),
    }


def dumps(bundle: Bundle, base_dir: Path | None = None) -> str:
    """The document as pretty JSON text (UTF-8 characters as they are, final newline)."""
    document = bundle_to_document(bundle, base_dir)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_file(bundle: Bundle, path: Path) -> None:
    """Save the bundle's one item as an interchange file, atomically.

    The whole text is made before the file is touched; an existing file is replaced
    in one step or not at all. Photo paths are written relative to the file's folder
    where the photo lies inside it.
    """
    path = Path(path)
    text = dumps(bundle, base_dir=path.parent)
    write_text_atomic(path, text)


# --- reading ---------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _envelope(doc: Any) -> dict[str, Any]:
    """Check format and version, bring an older document up to date, reject strangers."""
    if not isinstance(doc, dict):
        raise ValidationError(
            "",
            "an interchange document is a JSON object with format, version and item, "
            f"got {_json_type(doc)}",
        )
    if "format" not in doc:
        raise ValidationError("format", f"required field is missing (expected {FORMAT!r})")
    if doc["format"] != FORMAT:
        shown = doc["format"] if isinstance(doc["format"], str) else _json_type(doc["format"])
        raise ValidationError(
            "format", f"{shown!r} is not a Pressestelle press item (expected {FORMAT!r})"
        )
    if "version" not in doc:
        raise ValidationError("version", "required field is missing")
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("version", f"expected integer, got {_json_type(version)}")
    if version > VERSION:
        raise ValidationError(
            "version",
            f"this file has format version {version}, written by a newer Pressestelle; "
            f"this one reads versions up to {VERSION}: update Pressestelle to import it",
        )
    if version < 1:
        raise ValidationError("version", f"{version} is not a format version (they start at 1)")
    while version < VERSION:
        doc = UPGRADES[version](doc)
        version += 1
    unknown = sorted(set(doc) - set(ENVELOPE_KEYS))
    if unknown:
        raise ValidationError(shown_key(unknown[0]), "unknown field")
    if ITEM_PATH not in doc:
        raise ValidationError(ITEM_PATH, "required field is missing")
    checked: dict[str, Any] = doc
    return checked


def _resolve_photos(item: PressItem, base_dir: Path) -> None:
    """Make photo paths absolute against ``base_dir``; every file must exist."""
    for i, photo in enumerate(item.photos):
        resolved = _absolute(base_dir / photo.path)
        if not resolved.is_file():
            raise ValidationError(f"{ITEM_PATH}.photos[{i}].path", f"file not found: {resolved}")
        photo.path = str(resolved)


def document_to_bundle(doc: Any, base_dir: Path | None = None) -> Bundle:
    """Check a parsed interchange document completely and turn it into a bundle.

    With ``base_dir`` (the folder of the file it came from) photo paths are resolved
    against it, made absolute and checked to exist; without, they are kept as written.
    """
    doc = _envelope(doc)
    item = from_plain(PressItem, doc[ITEM_PATH], ITEM_PATH)
    people = from_plain(list[Person], doc.get("people", []), "people")
    organisations = from_plain(list[Organisation], doc.get("organisations", []), "organisations")
    roles = from_plain(list[Role], doc.get("roles", []), "roles")
    bundle = Bundle(items=[item], people=people, organisations=organisations, roles=roles)
    validate_bundle(bundle, item_paths=[ITEM_PATH])
    if base_dir is not None:
        _resolve_photos(item, base_dir)
    return bundle


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def loads(text: str, source: Path) -> Any:
    """Parse JSON strictly (no duplicate keys, no NaN); errors name ``source``, line, column."""
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants
        )
    except json.JSONDecodeError as error:
        raise InterchangeError(
            source,
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
        ) from None
    except _DuplicateKey as error:
        raise InterchangeError(
            source, f"not valid interchange JSON: the key {error.args[0]!r} appears twice "
            "in one object"
        ) from None
    except RecursionError:
        raise InterchangeError(source, "not valid interchange JSON: nested too deeply") from None
    except ValueError as error:
        raise InterchangeError(source, f"not valid JSON: {error}") from None


MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest interchange file read: far above any real press item, below a memory hog."""


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file of sensible size.

    Opened without blocking and checked on the open file, so that a pipe (which would
    wait for a writer forever), a device such as /dev/zero (endless) or a folder named
    like a file is refused, even when it replaces the file between a check and the read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InterchangeError(
                path, "not a regular file (a folder, device or pipe); name an interchange "
                ".json file")
        if info.st_size > MAX_FILE_BYTES:
            raise InterchangeError(
                path, f"the file has {info.st_size / 1e6:,.0f} MB, more than the "
                f"{MAX_FILE_BYTES // 2**20} MB an interchange file may have")
        return file.read(MAX_FILE_BYTES + 1)


def read_file(path: Path) -> Bundle:
    """Read and check an interchange file; photo paths come back absolute.

    Raises InterchangeError when the file cannot be read or is not JSON, and
    DocumentError (a ValidationError) naming the file and the field otherwise.
    """
    path = Path(path)
    try:
        data = _read_regular_file(path)
    except OSError as error:
        raise InterchangeError(
            path, f"cannot read the file: {error.strerror or error}"
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InterchangeError(
            path, f"not UTF-8 text (line {line}, byte {error.start}); save it as UTF-8"
        ) from None
    document = loads(text, path)
    try:
        return document_to_bundle(document, base_dir=path.parent)
    except ValidationError as error:
        raise DocumentError(path, error) from error
