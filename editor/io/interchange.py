"""The JSON interchange format: one press item with everything it refers to.

A document looks like this (see ``docs/interchange.md`` for every field)::

    {"format": "pressestelle.item", "version": 2,
     "item": {...}, "people": [...], "organisations": [...], "roles": [...]}

Reading checks the envelope, every field (through the codec, with paths such as
``item.blocks[3].text.de``) and the rules of :mod:`editor.core.validation`, and either
returns a complete :class:`Bundle` or raises; it never returns half a document. Writing
produces a canonical document: keys in a fixed order, fields equal to their default left
out, so that reading and writing again gives the identical document.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.core.codec import from_plain, shown_key, to_plain
from editor.core.errors import PressestelleError, ValidationError
from editor.core.images import PhotoData, PhotoError
from editor.core.invisible import Removed, removed_from
from editor.core.model import (
    Bundle,
    Organisation,
    Person,
    PressItem,
    Role,
)
from editor.core.validation import validate_bundle
from editor.io.atomic import (
    FileWriteError,
    remove_stale_temp_files,
    write_bytes_atomic,
    write_text_atomic,
)
from editor.io.photo_files import read_photo_in_folder, read_regular_file

FORMAT = "pressestelle.item"
"""The value of ``format`` in every interchange document."""
VERSION = 2
"""The version this code writes, and the newest it reads."""
ITEM_PATH = "item"
"""Where the press item sits in a document; the start of its error paths."""
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""The largest interchange file read (photos travel beside it, not inside)."""
MAX_SHARED_RECORDS = 1_000
"""The most people, organisations or roles one document may bring: an item names a few
dozen; each is compared with the archive's on the way in (tens of thousands would keep
an import busy for minutes)."""
MAX_DEPTH = 32
"""The deepest nesting of arrays and objects read: an interchange document nests about
eight deep; hundreds of levels only make every reader of it recurse (and fail)."""
ENVELOPE_KEYS = ("format", "version", "item", "people", "organisations", "roles")

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def _upgrade_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added fields with defaults (``Contact.topics``, ``Quote.layout``,
    ``Event.attendance``): a version-1 document means the same without them."""
    return {**doc, "version": 2}


UPGRADES: dict[int, Upgrade] = {1: _upgrade_1}
"""``UPGRADES[n]`` turns a version-``n`` document into a version ``n + 1`` document, so
every older version stays readable."""


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


def photo_folder_name(path: Path) -> str:
    """The folder beside an interchange file that holds its photos: ``<stem>-photos``."""
    return f"{Path(path).stem}-photos"


def photo_file_name(photo: PhotoData) -> str:
    """A photo's file name in that folder, made from its content: ``<key>.<ext>``."""
    return f"{photo.key[:32]}.{photo.extension}"


def bundle_to_document(
    bundle: Bundle, photo_paths: dict[str, str] | None = None
) -> dict[str, Any]:
    """The interchange document of a bundle holding exactly one press item.

    ``photo_paths`` gives, by photo key (``Photo.blob``), the relative path (forward
    slashes) under which the photo's bytes are written beside the document; a photo
    without one is written without ``path`` (it is imported as a missing picture).
    """
    if len(bundle.items) != 1:
        raise ValidationError(
            "items",
            f"an interchange document holds exactly one press item, got {len(bundle.items)}",
        )
    validate_bundle(bundle, item_paths=[ITEM_PATH])
    item: dict[str, Any] = to_plain(bundle.items[0])
    photos = []
    for photo in item.get("photos", []):
        written = (photo_paths or {}).get(photo.get("blob", ""))
        plain = {"id": photo["id"], **({"path": written} if written else {})}
        plain.update((k, v) for k, v in photo.items() if k not in ("id", "blob"))
        photos.append(plain)
    if photos:
        item["photos"] = photos
    return {
        "format": FORMAT,
        "version": VERSION,
        "item": item,
        "people": to_plain(bundle.people),
        # a logo names bytes in the archive; documents do not carry logos (yet)
        "organisations": [{k: v for k, v in org.items() if k != "logo"}
                          for org in to_plain(bundle.organisations)],
        "roles": to_plain(bundle.roles),
    }


def dumps(bundle: Bundle, photo_paths: dict[str, str] | None = None) -> str:
    """The document as pretty JSON text (UTF-8 characters as they are, final newline).

    Without ``photo_paths`` no photo gets a ``path``: the text alone cannot carry the
    bytes (see :func:`photos_left_out`)."""
    document = bundle_to_document(bundle, photo_paths)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def photos_left_out(bundle: Bundle, photo_paths: dict[str, str] | None = None) -> list[str]:
    """Ids of the photos a document of ``bundle`` carries without their picture."""
    return [p.id for item in bundle.items for p in item.photos
            if not (photo_paths or {}).get(p.blob)]


def write_file(bundle: Bundle, path: Path) -> list[str]:
    """Save the bundle's one item as an interchange file with its photos beside it.

    The photos go into ``<stem>-photos/`` next to the file, named by their content, and
    the document refers to them relatively, so that reading the file again gives the
    same item with the same pictures. Each file is written atomically, the photos
    first. Returns the ids of the photos whose bytes the archive does not have (written
    without ``path``).
    """
    path = Path(path)
    folder = photo_folder_name(path)
    planned: dict[str, tuple[str, PhotoData]] = {}
    for item in bundle.items:
        for photo in item.photos:
            data = bundle.photo_data.get(photo.blob) if photo.blob else None
            if data is not None and data.key == photo.blob:
                planned[photo.blob] = (f"{folder}/{photo_file_name(data)}", data)
    paths = {key: written for key, (written, _) in planned.items()}
    text = dumps(bundle, paths)  # checks the bundle before anything is written
    remove_stale_temp_files(path.parent)
    made: list[Path] = []
    photos_dir = path.parent / folder
    if planned and (photos_dir.is_symlink() or (photos_dir.exists() and not photos_dir.is_dir())):
        raise FileWriteError(photos_dir, "it is a link or a file, not a folder for the photos; "
                             "nothing was written. Remove it or choose another file name")
    try:
        if planned and not photos_dir.is_dir():
            (path.parent / folder).mkdir()
            made.append(path.parent / folder)
        for written, data in planned.values():
            target = path.parent / written
            if not _holds(target, data.public_data):
                new = not target.exists()
                write_bytes_atomic(target, data.public_data)
                if new:
                    made.insert(0, target)
        write_text_atomic(path, text)
    except BaseException:
        for leftover in made:  # a failed write leaves the folder as it was
            with contextlib.suppress(OSError):
                leftover.rmdir() if leftover.is_dir() else leftover.unlink()
        raise
    return photos_left_out(bundle, paths)


def _holds(target: Path, data: bytes) -> bool:
    """True when ``target`` is a regular file with exactly ``data`` (no need to write)."""
    try:
        return (target.is_file() and not target.is_symlink()
                and target.stat().st_size == len(data) and target.read_bytes() == data)
    except OSError:
        return False


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


def _take_photo_paths(item: Any) -> tuple[Any, list[str | None]]:
    """A copy of the raw item without the photos' ``path`` (the model has none), and those.

    ``blob`` belongs to the archive: a document cannot name bytes the archive holds.
    """
    if not isinstance(item, dict) or not isinstance(item.get("photos"), list):
        return item, []
    item = {**item, "photos": [dict(p) if isinstance(p, dict) else p for p in item["photos"]]}
    written: list[str | None] = []
    for i, photo in enumerate(item["photos"]):
        if not isinstance(photo, dict):
            written.append(None)
            continue
        if "blob" in photo:
            raise ValidationError(f"{ITEM_PATH}.photos[{i}].blob", "unknown field")
        value = photo.pop("path", None)
        if value is not None and not isinstance(value, str):
            raise ValidationError(f"{ITEM_PATH}.photos[{i}].path",
                                  f"expected string, got {_json_type(value)}")
        written.append(value)
    return item, written


def _read_photos(bundle: Bundle, written: list[str | None], base_dir: Path | None) -> None:
    """Copy each photo's bytes from the document's folder into the bundle."""
    item = bundle.items[0]
    for i, (photo, path) in enumerate(zip(item.photos, written, strict=True)):
        if path is None:
            continue
        field_path = f"{ITEM_PATH}.photos[{i}].path"
        if base_dir is None:
            raise ValidationError(field_path, f"photo {photo.id!r}, path {path!r}: photo "
                                  "files are read only from the folder of an interchange file")
        try:
            data = read_photo_in_folder(base_dir, path)
        except PhotoError as error:
            raise ValidationError(
                field_path, f"photo {photo.id!r}, path {path!r}: {error}") from None
        photo.blob = data.key
        bundle.photo_data[data.key] = data


def _without_invisible(value: Any, path: str, notes: list[Removed]) -> Any:
    """``value`` (parsed JSON) with invisible direction and format characters removed
    from every text (see :mod:`editor.core.invisible`), each removal noted with the
    field's path; ids and photo paths are left as written (see :func:`_kept_as_written`)."""
    if isinstance(value, str):
        cleaned, found = removed_from(value, path)
        if found is not None:
            notes.append(found)
        return cleaned
    if isinstance(value, list):
        return [_without_invisible(v, f"{path}[{i}]", notes) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {key: v if _kept_as_written(key)
                else _without_invisible(v, f"{path}.{key}" if path else str(key), notes)
                for key, v in value.items()}
    return value


def _kept_as_written(key: object) -> bool:
    """Ids and photo paths are checked character by character and refused, not cleaned:
    an id that changed on the way in would point at another record."""
    return isinstance(key, str) and (key in ("id", "path", "format") or
                                     key.endswith(("_id", "_ids")))


def document_to_bundle(doc: Any, base_dir: Path | None = None,
                       notes: list[Removed] | None = None) -> Bundle:
    """Check a parsed interchange document completely and turn it into a bundle.

    Invisible direction and format characters are removed from its texts; ``notes``
    receives where (see :func:`_without_invisible`).

    Photos are read from ``base_dir`` (the folder of the file it came from), each only
    when it is an image file inside that folder, and their bytes put into the bundle
    (:attr:`Bundle.photo_data`). A photo without ``path`` has no picture.
    """
    doc = _envelope(doc)
    for key in ("people", "organisations", "roles"):
        records = doc.get(key)
        if isinstance(records, list) and len(records) > MAX_SHARED_RECORDS:
            raise ValidationError(key, f"{len(records):,} records, more than the "
                                  f"{MAX_SHARED_RECORDS:,} one press item may bring along")
    doc = _without_invisible(doc, "", notes if notes is not None else [])
    raw_item, written = _take_photo_paths(doc[ITEM_PATH])
    item = from_plain(PressItem, raw_item, ITEM_PATH)
    for i, org in enumerate(doc.get("organisations") or []):
        if isinstance(org, dict) and "logo" in org:  # archive bytes: not for a document
            raise ValidationError(f"organisations[{i}].logo", "unknown field")
    people = from_plain(list[Person], doc.get("people", []), "people")
    organisations = from_plain(list[Organisation], doc.get("organisations", []), "organisations")
    roles = from_plain(list[Role], doc.get("roles", []), "roles")
    bundle = Bundle(items=[item], people=people, organisations=organisations, roles=roles)
    validate_bundle(bundle, item_paths=[ITEM_PATH])
    _read_photos(bundle, written, base_dir)
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
        document = json.loads(
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
    if _depth(document) > MAX_DEPTH:
        raise InterchangeError(source, "not valid interchange JSON: nested too deeply "
                               f"(more than {MAX_DEPTH} levels of arrays and objects)")
    return document


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in ``value`` (walked without recursion)."""
    deepest, level = 0, [(value, 0)]
    while level:
        current, depth = level.pop()
        if isinstance(current, (list, dict)):
            depth += 1
            if depth > MAX_DEPTH:
                return depth
            deepest = max(deepest, depth)
            level.extend((child, depth) for child in (
                current.values() if isinstance(current, dict) else current))
    return deepest


def read_file(path: Path, notes: list[Removed] | None = None) -> Bundle:
    """Read and check an interchange file; its photos' bytes come with the bundle.

    ``notes`` receives the invisible characters removed from its texts.

    Raises InterchangeError when the file cannot be read or is not JSON, and
    DocumentError (a ValidationError) naming the file and the field otherwise.
    """
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_DOCUMENT_BYTES, "an interchange file")
    except PhotoError as error:
        raise InterchangeError(path, f"cannot read the file: {error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InterchangeError(
            path, f"not UTF-8 text (line {line}, byte {error.start}); save it as UTF-8"
        ) from None
    document = loads(text, path)
    try:
        return document_to_bundle(document, base_dir=path.parent, notes=notes)
    except ValidationError as error:
        raise DocumentError(path, error) from error
