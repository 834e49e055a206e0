"""Shared records met again in an import: people, organisations and roles.

An imported item brings the people, organisations and roles it refers to. Those records
are shared with every other item of the archive, so an import never changes a stored one
silently: a record equal to the stored one is reused, a differing one is listed field by
field and the user decides (:class:`SharedPolicy`).

What an interchange file states about a record: every field whose value is not the
field's default. An absent field, an empty text, an empty object or ``null`` states
nothing, and so does a language missing from a per-language object ("name": {"de": …}
says nothing about the English name). The canonical writer leaves defaults out, so this
is also what a dumped file means. An import therefore never empties a stored field.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from editor.core.errors import PressestelleError
from editor.core.model import Bundle, Organisation, Person, Role

SharedRecord = Person | Organisation | Role
R = TypeVar("R", bound=SharedRecord)

KIND = {Person: "person", Organisation: "organisation", Role: "role"}
"""How a difference names the record's kind."""
IDENTITY_FIELDS = {"id", "person_id"}
"""Compared separately: a role of another person is another record, not a change."""
SHOWN_LENGTH = 60
"""Values in a difference are shortened to this many characters."""
MERGED_PERSON_KEY = "merged_person:"
"""Archive setting ``merged_person:<id>`` = the id of the person it was merged into."""


class SharedPolicy(enum.StrEnum):
    """What an import does with a stored record that differs from the file's."""

    REFUSE = "refuse"
    """Stop and write nothing; the differences are reported."""
    UPDATE = "update"
    """Take the values the file states; fields the file leaves out keep theirs."""
    KEEP = "keep"
    """Keep the stored record as it is; the file's record is ignored."""


@dataclasses.dataclass(frozen=True)
class FieldDifference:
    """One field that a file states differently from the archive."""

    kind: str
    """"person", "organisation" or "role"."""
    record_id: str
    field: str
    """The field, with the language for per-language texts: "boilerplate.de"."""
    stored: str
    incoming: str
    record_name: str = ""
    """The stored record as people know it: a name, an organisation, a role's title."""

    def line(self) -> str:
        """One line for a terminal: kind, id, field, both values shortened."""
        named = f" ({self.record_name})" if self.record_name not in ("", self.record_id) else ""
        return (f"{self.kind} {self.record_id}{named}: {self.field}: stored "
                f"{shorten(self.stored)!r}, in the file {shorten(self.incoming)!r}")


class SharedRecordsDiffer(PressestelleError):
    """An import would change stored shared records; nothing was written."""

    def __init__(self, differences: list[FieldDifference]) -> None:
        self.differences = differences
        first = differences[0]
        more = f" and {len(differences) - 1} more" if len(differences) > 1 else ""
        super().__init__(
            f"The file differs from the archive in shared records ({first.line()}{more}); "
            f"nothing was imported. Choose to update the stored records or to keep them."
        )


class RoleOwnerConflict(PressestelleError):
    """A role id of the file belongs to another person in the archive."""

    def __init__(self, role_id: str, stored_person: str, incoming_person: str) -> None:
        self.role_id = role_id
        super().__init__(
            f"Role {role_id} belongs to person {stored_person} in the archive but to "
            f"{incoming_person} in the file: these are different roles with the same id. "
            f"Nothing was imported; give the file's role another id."
        )


def shorten(text: str, length: int = SHOWN_LENGTH) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return ""  # required texts (names): empty states nothing


def _stated(field: dataclasses.Field[Any], value: Any) -> bool:
    return value != _default(field) and value != ""


def record_name(record: SharedRecord) -> str:
    """What a person reading a list calls ``record``; its id when it has nothing else."""
    if isinstance(record, Person):
        return record.full_name or record.id
    if isinstance(record, Organisation):
        return record.display_name("de") or record.id
    return next((t for t in (record.title.get("de"), *record.title.values()) if t), record.id)


def differences(stored: SharedRecord, incoming: SharedRecord, *,
                both_stated: bool = False) -> list[FieldDifference]:
    """Each field ``incoming`` states with another value than ``stored`` has.

    With ``both_stated``, only fields that ``stored`` states too (two files compared).
    """
    kind = KIND[type(stored)]
    name = record_name(stored)
    found: list[FieldDifference] = []
    for field in dataclasses.fields(stored):
        if field.name in IDENTITY_FIELDS:
            continue
        old, new = getattr(stored, field.name), getattr(incoming, field.name)
        if isinstance(new, dict):
            for lang, text in new.items():
                if text and old.get(lang, "") != text and (old.get(lang) or not both_stated):
                    found.append(FieldDifference(kind, stored.id, f"{field.name}.{lang}",
                                                 old.get(lang, ""), text, name))
        elif (_stated(field, new) and old != new
              and (_stated(field, old) or not both_stated)):
            found.append(FieldDifference(kind, stored.id, field.name, _shown(old), _shown(new),
                                         name))
    return found


def updated(stored: R, incoming: R) -> R:
    """``stored`` with every value ``incoming`` states put in."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(stored):
        if field.name in IDENTITY_FIELDS:
            continue
        new = getattr(incoming, field.name)
        if isinstance(new, dict):
            merged = dict(getattr(stored, field.name))
            merged.update({lang: text for lang, text in new.items() if text})
            changes[field.name] = merged
        elif _stated(field, new):
            changes[field.name] = new
    return dataclasses.replace(stored, **changes)


def follow_merges(bundle: Bundle, merged: Mapping[str, str]) -> list[tuple[str, str]]:
    """Point the bundle at the people its people were merged into; (from, to) per move.

    A person merged away in this archive is not created again: the file's record of it
    is dropped (the kept person's stored record stands) and every reference to it, in
    roles, quotes and event speakers, moves to the kept person. Changes ``bundle``.
    """
    moves = {p.id: merged[p.id] for p in bundle.people if p.id in merged}
    if not moves:
        return []
    bundle.people = [p for p in bundle.people if p.id not in moves]
    for role in bundle.roles:
        role.person_id = moves.get(role.person_id, role.person_id)
    for item in bundle.items:
        for quote in item.quotes:
            seen: set[str] = set()
            speakers = []
            for speaker in quote.speakers:
                speaker.person_id = moves.get(speaker.person_id, speaker.person_id)
                if speaker.person_id not in seen:
                    seen.add(speaker.person_id)
                    speakers.append(speaker)
            quote.speakers = speakers
        if item.event is not None:
            seen = set()
            event_speakers = []
            for event_speaker in item.event.speakers:
                event_speaker.person_id = moves.get(event_speaker.person_id,
                                                    event_speaker.person_id)
                if event_speaker.person_id not in seen:
                    seen.add(event_speaker.person_id)
                    event_speakers.append(event_speaker)
            item.event.speakers = event_speakers
    return sorted(moves.items())
