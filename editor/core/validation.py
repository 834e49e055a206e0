"""Rules a bundle of press items must keep so the archive, the exports and the quote
registry can rely on it: unique ids, references that resolve, sensible dates and languages.

The codec checks the shape of every field; :func:`validate_bundle` checks what a shape
cannot express. Problems are reported as :class:`ValidationError` with the path of the
offending field in the interchange document (``items[0].blocks[4].quote_id``).
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.core.errors import ValidationError
from editor.core.images import is_photo_key
from editor.core.model import (
    LANGUAGES,
    MAX_PARTICIPANTS,
    BlockKind,
    Bundle,
    PressItem,
    Quote,
    Role,
    Translations,
)

FINGERPRINT = re.compile(r"^[0-9a-f]{8,64}$")
"""What a stored source fingerprint looks like (hex digest, see model.fingerprint)."""

OUTER_MARKS: tuple[tuple[str, str], ...] = (("„", "“"), ("“", "”"), ("»", "«"), ("«", "»"))
"""Typographic pairs that must not enclose a stored quote text (rendering adds them)."""


def validate_bundle(bundle: Bundle, *, item_paths: Sequence[str] | None = None) -> None:
    """Raise ValidationError for the first broken invariant in ``bundle``.

    ``item_paths`` names each item in error paths; the default is ``items[0]``,
    ``items[1]``, …; the interchange format, which holds one item, passes ``["item"]``.
    """
    _Checker(bundle, item_paths).run()


def _fail(path: str, problem: str) -> typing.NoReturn:
    raise ValidationError(path, problem)


def _span(role: Role) -> str:
    start = role.valid_from.isoformat() if role.valid_from else "open start"
    end = role.valid_until.isoformat() if role.valid_until else "open end"
    return f"{start} – {end}"


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _is_language_map(tp: Any) -> bool:
    return typing.get_origin(tp) is dict and typing.get_args(tp) == (str, str)


class _Checker:
    """One pass over a bundle; the first problem found is raised."""

    def __init__(self, bundle: Bundle, item_paths: Sequence[str] | None) -> None:
        self.bundle = bundle
        if item_paths is None:
            item_paths = [f"items[{i}]" for i in range(len(bundle.items))]
        if len(item_paths) != len(bundle.items):
            raise ValueError("item_paths must name every item of the bundle")
        self.item_paths = list(item_paths)
        self.people = {p.id: p for p in bundle.people}
        self.organisations = {o.id: o for o in bundle.organisations}
        self.roles = {r.id: r for r in bundle.roles}

    def run(self) -> None:
        b = self.bundle
        self._unique_ids(((f"people[{i}].id", p.id) for i, p in enumerate(b.people)), "person")
        self._unique_ids(
            ((f"organisations[{i}].id", o.id) for i, o in enumerate(b.organisations)),
            "organisation",
        )
        self._unique_ids(((f"roles[{i}].id", r.id) for i, r in enumerate(b.roles)), "role")
        self._unique_ids(
            ((f"{self.item_paths[i]}.id", it.id) for i, it in enumerate(b.items)), "press item"
        )
        # Blocks, quotes and photos are archived by id too: unique across the bundle.
        for what, attr in (("block", "blocks"), ("quote", "quotes"), ("photo", "photos")):
            self._unique_ids(
                (
                    (f"{self.item_paths[i]}.{attr}[{j}].id", record.id)
                    for i, item in enumerate(b.items)
                    for j, record in enumerate(getattr(item, attr))
                ),
                what,
            )
        for i, person in enumerate(b.people):
            if not (person.given_name.strip() or person.family_name.strip()):
                _fail(f"people[{i}].family_name", "a person needs a name")
            self._languages(person, f"people[{i}]")
        for i, org in enumerate(b.organisations):
            if not org.short_name.strip():
                _fail(f"organisations[{i}].short_name", "must not be empty")
            self._languages(org, f"organisations[{i}]")
        for i, role in enumerate(b.roles):
            self._role(role, f"roles[{i}]")
        for item, path in zip(b.items, self.item_paths, strict=True):
            self._item(item, path)

    # --- general rules -------------------------------------------------------------

    def _unique_ids(self, entries: Iterable[tuple[str, str]], what: str) -> None:
        seen: set[str] = set()
        for path, value in entries:
            if not value.strip():
                _fail(path, f"the {what} id must not be empty")
            if value != value.strip():
                _fail(path, f"the {what} id {value!r} has spaces at its start or end")
            if value in seen:
                _fail(path, f"duplicate {what} id {value!r}")
            seen.add(value)

    def _languages(self, record: Any, path: str) -> None:
        """Every per-language text uses a supported language; fingerprints look right."""
        hints = _hints(type(record))
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            here = f"{path}.{f.name}"
            if isinstance(value, Translations):
                self._translations(value, here)
            elif _is_language_map(hints[f.name]):
                for lang in value:
                    self._language(lang, f"{here}.{lang}")

    def _language(self, lang: str, path: str) -> None:
        if lang not in LANGUAGES:
            _fail(path, f"{lang!r} is not a supported language (use {', '.join(LANGUAGES)})")

    def _translations(self, texts: Translations, path: str) -> None:
        for lang in texts.text:
            self._language(lang, f"{path}.{lang}")
        for lang, value in texts.basis.items():
            self._language(lang, f"{path}.basis.{lang}")
            if not FINGERPRINT.match(value):
                _fail(f"{path}.basis.{lang}", f"{value!r} is not a source fingerprint")

    def _no_repeats(self, values: Sequence[str], path: str, what: str) -> None:
        """A list that names each entry once: "A · A" is a typing error, never meant."""
        seen: set[str] = set()
        for i, value in enumerate(values):
            key = value.strip().casefold()
            if key in seen:
                _fail(f"{path}[{i}]", f"the {what} {value.strip()!r} is listed twice")
            seen.add(key)

    def _person(self, person_id: str, path: str) -> None:
        if person_id not in self.people:
            _fail(path, f"no person with id {person_id!r} among the people")

    def _organisation(self, org_id: str, path: str) -> None:
        if org_id not in self.organisations:
            _fail(path, f"no organisation with id {org_id!r} among the organisations")

    def _role_of(self, role_id: str, person_id: str, day: date | None, path: str) -> None:
        role = self.roles.get(role_id)
        if role is None:
            _fail(path, f"no role with id {role_id!r} among the roles")
        if role.person_id != person_id:
            _fail(path, f"role {role_id!r} belongs to {role.person_id!r}, not to {person_id!r}")
        if day is not None and not role.valid_on(day):
            _fail(path, f"role {role_id!r} was not held on {day.isoformat()} ({_span(role)})")

    # --- records -------------------------------------------------------------------

    def _role(self, role: Role, path: str) -> None:
        self._person(role.person_id, f"{path}.person_id")
        if role.organisation_id is not None:
            self._organisation(role.organisation_id, f"{path}.organisation_id")
        if (
            role.valid_from is not None
            and role.valid_until is not None
            and role.valid_until < role.valid_from
        ):
            _fail(
                f"{path}.valid_until",
                f"{role.valid_until.isoformat()} is before valid_from "
                f"{role.valid_from.isoformat()}",
            )
        self._languages(role, path)

    def _item(self, item: PressItem, path: str) -> None:
        if not item.languages:
            _fail(f"{path}.languages", "at least one language is needed")
        seen: set[str] = set()
        for i, lang in enumerate(item.languages):
            self._language(lang, f"{path}.languages[{i}]")
            if lang in seen:
                _fail(f"{path}.languages[{i}]", f"{lang!r} is listed twice")
            seen.add(lang)
        if item.source_language not in item.languages:
            _fail(
                f"{path}.source_language",
                f"{item.source_language!r} is not one of the item's languages "
                f"({', '.join(item.languages)})",
            )
        if item.version < 0:
            _fail(f"{path}.version", "must not be negative")
        self._languages(item, path)
        for i, place in enumerate(item.places):
            if not place.strip():
                _fail(f"{path}.places[{i}]", "must not be empty")
        for i, topic in enumerate(item.topics):
            if not topic.strip():
                _fail(f"{path}.topics[{i}]", "must not be empty")
        for i, org_id in enumerate(item.issuer_ids):
            self._organisation(org_id, f"{path}.issuer_ids[{i}]")
        self._no_repeats(item.issuer_ids, f"{path}.issuer_ids", "organisation")
        self._no_repeats(item.places, f"{path}.places", "place")
        self._no_repeats(item.topics, f"{path}.topics", "topic")
        for i, contact in enumerate(item.contacts):
            here = f"{path}.contacts[{i}]"
            if not contact.name.strip():
                _fail(f"{here}.name", "must not be empty")
            if contact.organisation_id is not None:
                self._organisation(contact.organisation_id, f"{here}.organisation_id")
            self._languages(contact, here)
        for i, photo in enumerate(item.photos):
            here = f"{path}.photos[{i}]"
            if photo.blob and not is_photo_key(photo.blob):
                _fail(f"{here}.blob", "is not the key of photo bytes in the archive")
            self._languages(photo, here)
        for i, quote in enumerate(item.quotes):
            self._quote(quote, item, f"{path}.quotes[{i}]")
        quote_ids = {q.id for q in item.quotes}
        photo_ids = {p.id for p in item.photos}
        for i, block in enumerate(item.blocks):
            here = f"{path}.blocks[{i}]"
            self._languages(block, here)
            if block.kind is BlockKind.QUOTE:
                if not block.quote_id:
                    _fail(f"{here}.quote_id", "a quote block needs the id of its quote")
                if block.quote_id not in quote_ids:
                    _fail(f"{here}.quote_id", f"no quote with id {block.quote_id!r} in this item")
            elif block.quote_id is not None:
                _fail(f"{here}.quote_id", f"only quote blocks refer to a quote, not {block.kind}")
            if block.kind is BlockKind.PHOTO:
                if not block.photo_id:
                    _fail(f"{here}.photo_id", "a photo block needs the id of its photo")
                if block.photo_id not in photo_ids:
                    _fail(f"{here}.photo_id", f"no photo with id {block.photo_id!r} in this item")
            elif block.photo_id is not None:
                _fail(f"{here}.photo_id", f"only photo blocks refer to a photo, not {block.kind}")
        if item.embargo is not None:
            if item.embargo.until.tzinfo is not None:
                _fail(
                    f"{path}.embargo.until",
                    "write the wall-clock time without an offset; the zone goes in timezone",
                )
            try:
                ZoneInfo(item.embargo.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                _fail(
                    f"{path}.embargo.timezone",
                    f"{item.embargo.timezone!r} is not a known time zone (e.g. Europe/Berlin)",
                )
        if item.event is not None:
            self._event(item, f"{path}.event")

    def _quote(self, quote: Quote, item: PressItem, path: str) -> None:
        if not quote.speakers and not any(v.strip() for v in quote.attribution.values()):
            _fail(f"{path}.speakers", "a quote needs a speaker or a written attribution")
        day = quote.date or item.issue_date
        seen: set[str] = set()
        for i, speaker in enumerate(quote.speakers):
            here = f"{path}.speakers[{i}]"
            self._person(speaker.person_id, f"{here}.person_id")
            if speaker.person_id in seen:
                _fail(f"{here}.person_id", f"{speaker.person_id!r} speaks twice in one quote")
            seen.add(speaker.person_id)
            if speaker.role_id is not None:
                self._role_of(speaker.role_id, speaker.person_id, day, f"{here}.role_id")
        for lang, text in quote.text.text.items():
            stripped = text.strip()
            for opening, closing in OUTER_MARKS:
                if len(stripped) > 1 and stripped[0] == opening and stripped[-1] == closing:
                    _fail(
                        f"{path}.text.{lang}",
                        "store the words without the outer quotation marks "
                        "(they are added when the quote is rendered)",
                    )
        for i, topic in enumerate(quote.topics):
            if not topic.strip():
                _fail(f"{path}.topics[{i}]", "must not be empty")
        self._languages(quote, path)

    def _event(self, item: PressItem, path: str) -> None:
        event = item.event
        assert event is not None
        if event.starts is not None and event.ends is not None:
            if (event.starts.tzinfo is None) != (event.ends.tzinfo is None):
                _fail(f"{path}.ends", "give starts and ends both with or both without an offset")
            if event.ends < event.starts:
                _fail(f"{path}.ends", "the event ends before it starts")
        if event.participants is not None and event.participants < 0:
            _fail(f"{path}.participants", "must not be negative")
        if event.participants is not None and event.participants > MAX_PARTICIPANTS:
            shown = str(event.participants)
            shown = shown if len(shown) <= 12 else f"a number of {len(shown)} digits"
            _fail(f"{path}.participants",
                  f"{shown} is more people than any event has (at most "
                  f"{MAX_PARTICIPANTS:,}); for an estimate give a number and attendance "
                  "\"about\" or \"more_than\"")
        for i, org_id in enumerate(event.organiser_ids):
            self._organisation(org_id, f"{path}.organiser_ids[{i}]")
        self._no_repeats(event.organiser_ids, f"{path}.organiser_ids", "organisation")
        self._no_repeats([s.person_id for s in event.speakers], f"{path}.speakers",
                         "speaker")
        day = event.starts.date() if event.starts is not None else item.issue_date
        for i, speaker in enumerate(event.speakers):
            here = f"{path}.speakers[{i}]"
            self._person(speaker.person_id, f"{here}.person_id")
            if speaker.role_id is not None:
                self._role_of(speaker.role_id, speaker.person_id, day, f"{here}.role_id")
        self._languages(event, path)
