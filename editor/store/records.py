"""Turn domain records into table rows and back, through the one codec of the application.

Columns that the application filters on are filled from the record; everything else goes
whole into a JSON ``document`` as :func:`editor.core.codec.to_plain` writes it, and comes
back through :func:`editor.core.codec.from_plain`, which checks every field.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from editor.core.codec import BASIS_KEY, accepts, from_plain, to_plain
from editor.core.errors import StoreError, ValidationError
from editor.core.images import PhotoData, is_photo_key
from editor.core.model import Bundle, Organisation, Person, PressItem, Quote, Role
from editor.store.columns import QUOTE_TEXT_COLUMNS
from editor.store.folding import searchable

T = TypeVar("T")

ITEM_COLUMNS = (
    "id",
    "kind",
    "status",
    "issue_date",
    "source_language",
    "languages",
    "headline",
    "topics",
    "issuer_ids",
    "quotes",
    "version",
    "created_at",
    "updated_at",
    "source_name",
    "imported_at",
)
"""Fields of a press item kept outside its JSON document."""


def _column_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return to_plain(value)
    return value


def record_row(record: Any) -> dict[str, Any]:
    """A flat record (person, organisation, role) as a row: one column per field."""
    plain = to_plain(record)
    path = type(record).__name__.lower()
    check_storable(plain, path)
    check_incoming(type(record), plain, path)
    return {f.name: _column_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def record_from_row(cls: type[T], row: Mapping[Any, Any], table: str) -> T:
    """The flat record of ``cls`` stored in ``row``, checked field by field."""
    plain = {
        key: value.isoformat() if isinstance(value, date) else value for key, value in row.items()
    }
    try:
        return from_plain(cls, plain, checked=False)
    except ValidationError as exc:
        raise StoreError(
            f"The archive holds a damaged record in {table} (id {row.get('id')!r}): {exc}"
        ) from exc


@dataclass
class QuoteRows:
    """A quote as its row (without ``row_id``) and its speakers' rows (without quote)."""

    quote: dict[str, Any]
    speakers: list[dict[str, Any]] = field(default_factory=list)
    plain: dict[str, Any] | None = None
    """The quote's codec values, when its checks are left to the writer (see
    :func:`item_rows`)."""

    def check(self) -> None:
        """The codec's rules for incoming data on this quote (:func:`check_incoming`)."""
        if self.plain is not None:
            check_incoming(Quote, self.plain, f"quotes[{self.quote['position']}]")


@dataclass
class ItemRows:
    """A press item split into the rows of the archive's tables."""

    item: dict[str, Any]
    topics: list[dict[str, Any]]
    issuers: list[dict[str, Any]]
    quotes: list[QuoteRows]
    version_json: bytes = b""
    """The item as its history keeps it (:func:`version_json`)."""


VERSION_STAMPS = ("version", "created_at", "updated_at")
"""Fields of an item that a version's row holds instead of its JSON."""


_SURROGATE_ESCAPE = re.compile(r"\\ud[89a-f]", re.IGNORECASE)
"""What JSON in ASCII writes for a surrogate: half of a pair (an emoji) or a lone one; or
a backslash typed before "ud800"."""


def version_json(plain: Mapping[str, Any]) -> bytes:
    """An item's codec values as its history keeps them: JSON in ASCII without version and
    timestamps, keys sorted. A lone surrogate raises UnicodeEncodeError.

    ASCII (other characters escaped) takes less than half the time of UTF-8 for a 50-quote
    item's 40 KB (0.29 against 0.65 ms, measured) and 3 % more bytes before compression.
    It would let a lone surrogate through: where the text holds anything that could be
    one, the JSON is made in UTF-8 instead, which refuses it (and keeps a character
    outside the BMP, such as an emoji, at 4 bytes instead of the 12 of its escapes).
    """
    values = {key: value for key, value in plain.items() if key not in VERSION_STAMPS}
    text = json.dumps(values, separators=(",", ":"), sort_keys=True)
    if _SURROGATE_ESCAPE.search(text):
        return json.dumps(values, ensure_ascii=False, separators=(",", ":"),
                          sort_keys=True).encode("utf-8")
    return text.encode("ascii")


def _check_item(item: PressItem) -> None:
    if not item.id.strip():
        raise ValidationError("id", "a press item needs an id")
    seen: dict[str, int] = {}
    for index, quote in enumerate(item.quotes):
        if quote.id in seen:
            raise ValidationError(
                f"quotes[{index}].id",
                f"{quote.id!r} is already the id of quotes[{seen[quote.id]}]",
            )
        seen[quote.id] = index
    for index, photo in enumerate(item.photos):
        if photo.blob and not is_photo_key(photo.blob):
            raise ValidationError(f"photos[{index}].blob",
                                  "is not the key of photo bytes in the archive")


def check_storable(plain: Any, path: str = "") -> None:
    """Raise ValidationError naming the field when a text holds a lone surrogate.

    Such a character (half of a UTF-16 pair, left by a broken copy and paste) cannot be
    written as UTF-8; it is refused rather than dropped or replaced behind the user's back.
    """
    if path == "" and not isinstance(plain, str):
        try:  # the usual case at once: nothing to find
            json.dumps(plain, ensure_ascii=False, default=str).encode("utf-8")
            return
        except UnicodeEncodeError:
            pass  # look for the field
    if isinstance(plain, str):
        try:
            plain.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValidationError(
                path, f"contains a broken character (U+{ord(plain[exc.start]):04X}, half of "
                f"a UTF-16 pair) at position {exc.start + 1}; nothing was saved. Type or paste "
                f"that part of the text again") from None
    elif isinstance(plain, dict):
        for key, value in plain.items():
            check_storable(key, path)
            check_storable(value, f"{path}.{key}" if path else str(key))
    elif isinstance(plain, list):
        for index, value in enumerate(plain):
            check_storable(value, f"{path}[{index}]")


def check_incoming(cls: type[Any], plain: Any, path: str = "") -> None:
    """The codec's rules for incoming data (ids, text lengths, links) on a record to save.

    The quick test (:func:`~editor.core.codec.accepts`) lets the usual, valid record pass;
    anything else is read with the codec, which names what is wrong and where.
    """
    if accepts(cls, plain):
        return
    try:
        from_plain(cls, plain, path)
    except ValidationError as exc:
        raise ValidationError(exc.path, f"{exc.problem}; nothing was saved") from None


def item_rows(item: PressItem, plain: dict[str, Any] | None = None, *,
              check_quotes: bool = True) -> ItemRows:
    """Split ``item`` into rows; timestamps and version are left to the archive.

    ``plain`` is ``to_plain(item)`` when the caller has made it already (it is not changed).
    Without ``check_quotes`` the quotes are not checked here: each :class:`QuoteRows` keeps
    its codec values for the writer to check (:meth:`QuoteRows.check`) those that differ
    from the stored ones (an unchanged quote was checked when it was saved).
    """
    _check_item(item)
    document = dict(to_plain(item) if plain is None else plain)
    try:  # the history's JSON, which also tells that every text can be stored
        raw = version_json(document)
    except UnicodeEncodeError:
        check_storable(document)  # names the field
        raise
    plain_quotes = document.get("quotes") or []
    check_incoming(PressItem, document if check_quotes else {**document, "quotes": []})
    for key in ITEM_COLUMNS:
        document.pop(key, None)
    row = {
        "id": item.id,
        "kind": item.kind.value,
        "status": item.status.value,
        "issue_date": item.issue_date,
        "source_language": item.source_language,
        "languages": list(item.languages),
        "headline": to_plain(item.headline),
        "headline_search": searchable(*item.headline.text.values()),
        "document": document,
        "source_name": item.source_name,
        "imported_at": item.imported_at,
    }
    topics = [
        {"item_id": item.id, "position": i, "topic": topic} for i, topic in enumerate(item.topics)
    ]
    issuers = [
        {"item_id": item.id, "position": i, "organisation_id": org}
        for i, org in enumerate(item.issuer_ids)
    ]
    quotes = [_quote_rows(item, i, quote, plain, keep_plain=not check_quotes)
              for i, (quote, plain) in enumerate(zip(item.quotes, plain_quotes, strict=True))]
    return ItemRows(row, topics, issuers, quotes, raw)


def _quote_rows(item: PressItem, position: int, quote: Quote,
                plain: dict[str, Any], *, keep_plain: bool = False) -> QuoteRows:
    """The rows of ``quote``, whose codec values (``to_plain``) are ``plain``."""
    document = dict(plain)
    document.pop("id", None)
    document.pop("speakers", None)
    texts = dict(document.pop("text", {}))
    columns = {column: texts.pop(lang, None) for lang, column in QUOTE_TEXT_COLUMNS.items()}
    if texts:
        document["text"] = texts
    row = {
        "item_id": item.id,
        "quote_id": quote.id,
        "position": position,
        "said_on": quote.date or item.issue_date,
        "approval_state": quote.approval.state.value,
        **columns,
        "document": document,
    }
    speakers = [
        {"position": i, "person_id": s.person_id, "role_id": s.role_id}
        for i, s in enumerate(quote.speakers)
    ]
    return QuoteRows(row, speakers, plain if keep_plain else None)


def quote_plain(row: Mapping[Any, Any], speakers: Sequence[Mapping[Any, Any]]) -> dict[str, Any]:
    """A stored quote as codec values, ready for :func:`from_plain`."""
    plain = dict(row["document"])
    texts = {
        lang: row[column] for lang, column in QUOTE_TEXT_COLUMNS.items() if row[column] is not None
    }
    texts.update(plain.pop("text", {}))
    if texts:
        plain["text"] = texts
    plain["id"] = row["quote_id"]
    plain["speakers"] = [{"person_id": s["person_id"], "role_id": s["role_id"]} for s in speakers]
    return plain


def item_from_rows(
    row: Mapping[Any, Any],
    topics: Sequence[str],
    issuer_ids: Sequence[str],
    quotes: Sequence[dict[str, Any]],
) -> PressItem:
    """Rebuild a press item from its row, topics, issuers and quotes (as codec values)."""
    plain = dict(row["document"])
    plain.update(
        id=row["id"],
        kind=row["kind"],
        status=row["status"],
        source_language=row["source_language"],
        languages=list(row["languages"]),
        headline=row["headline"],
        topics=list(topics),
        issuer_ids=list(issuer_ids),
        quotes=list(quotes),
        version=row["version"],
    )
    if row["issue_date"] is not None:
        plain["issue_date"] = row["issue_date"].isoformat()
    if row.get("source_name"):
        plain["source_name"] = row["source_name"]
    try:
        item = from_plain(PressItem, plain, checked=False)
    except ValidationError as exc:
        raise StoreError(f"The archive holds a damaged press item {row['id']!r}: {exc}") from exc
    item.created_at = row["created_at"]
    item.updated_at = row["updated_at"]
    item.imported_at = row.get("imported_at")
    return item


def headline_texts(headline: Mapping[Any, Any]) -> dict[str, str]:
    """The headline column's texts per language, without translation fingerprints."""
    return {k: v for k, v in headline.items() if k != BASIS_KEY and isinstance(v, str)}


def collect_references(
    item: PressItem,
    person_ids: dict[str, None],
    role_ids: dict[str, None],
    org_ids: dict[str, None],
) -> None:
    """Add the ids of every person, role and organisation ``item`` refers to."""
    for org in item.issuer_ids:
        org_ids.setdefault(org)
    for contact in item.contacts:
        if contact.organisation_id:
            org_ids.setdefault(contact.organisation_id)
    for quote in item.quotes:
        for speaker in quote.speakers:
            person_ids.setdefault(speaker.person_id)
            if speaker.role_id:
                role_ids.setdefault(speaker.role_id)
    if item.event is not None:
        for org in item.event.organiser_ids:
            org_ids.setdefault(org)
        for event_speaker in item.event.speakers:
            person_ids.setdefault(event_speaker.person_id)
            if event_speaker.role_id:
                role_ids.setdefault(event_speaker.role_id)


def assemble_bundle(
    items: list[PressItem],
    fetch: Callable[[str, type[Any], dict[str, None]], list[Any]],
    roles_of: Callable[[list[str]], Iterable[Mapping[Any, Any]]],
    photos: Callable[[Iterator[str]], dict[str, PhotoData]],
) -> Bundle:
    """``items`` with every person, organisation and role they refer to, read by the
    caller's means (the archive's SQLAlchemy connection or the light reader's file).

    ``fetch(table, cls, ids)`` gives the records with these ids, in that order;
    ``roles_of(person_ids)`` the rows of every role of those people, by person and start;
    ``photos(keys)`` the bytes of the photos. That is: issuers, contacts' organisations,
    event organisers and speakers, quote speakers with their roles, every role of those
    people and the roles' organisations; a reference to a missing record is left out.
    """
    person_ids: dict[str, None] = {}
    role_ids: dict[str, None] = {}
    org_ids: dict[str, None] = {}
    for item in items:
        collect_references(item, person_ids, role_ids, org_ids)
    found_roles: list[Role] = fetch("roles", Role, role_ids)
    if person_ids:
        known = {r.id for r in found_roles}
        for row in roles_of(list(person_ids)):
            if row["id"] not in known:
                found_roles.append(record_from_row(Role, row, "roles"))
    for role in found_roles:
        person_ids.setdefault(role.person_id)
        if role.organisation_id:
            org_ids.setdefault(role.organisation_id)
    return Bundle(
        items=items,
        people=fetch("people", Person, person_ids),
        organisations=fetch("organisations", Organisation, org_ids),
        roles=found_roles,
        photo_data=photos(p.blob for item in items for p in item.photos),
    )
