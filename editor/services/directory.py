"""The directory: people, their roles over time, organisations and saved press contacts.

The desktop app's directory window and the command line both go through
:class:`Directory`. Every call checks its input first and writes in one transaction, so
bad input changes nothing; a :class:`DirectoryError` names the field that is wrong.

Rules: a person needs a family name; a role may not end before it starts; two roles of
one person at one organisation may not overlap; an organisation's short name is used
once (compared folded: "WFBB" and "wfbb" are the same); a role that a quote stores must
still be held on the day of that quote.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor.core.codec import from_plain, to_plain
from editor.core.errors import NotFoundError, ValidationError
from editor.core.images import PhotoData, PhotoError, clean_photo, is_photo_key
from editor.core.model import (
    LANGUAGES,
    Contact,
    Gender,
    Organisation,
    Person,
    Role,
    new_id,
)
from editor.io.photo_files import read_photo_file
from editor.store.folding import fold_query, searchable
from editor.store.usage import InUse, MergeRecord, UndoImpossible, Usage

if TYPE_CHECKING:
    from editor.store.archive import Archive

__all__ = ["Directory", "DirectoryError", "InUse", "MergePlan", "MergeUndo",
           "UndoImpossible", "Usage"]

T = TypeVar("T")

MANY = 100_000
"""How many people a search without a limit may return."""


class DirectoryError(ValidationError):
    """Input for the directory is wrong at ``field``; nothing was saved.

    ``code`` names the problem and ``params`` its values (dates, names), so that a user
    interface can word it in its own language; ``problem`` is the English wording."""

    def __init__(self, field: str, problem: str, code: str = "", **params: Any) -> None:
        super().__init__(field, problem)
        self.field = field
        self.code = code
        self.params = params


@dataclass
class MergePlan:
    """What merging ``duplicate`` into ``keep`` would move."""

    keep: Person
    duplicate: Person
    quotes: int
    """Quotes the duplicate speaks."""
    items: list[str]
    """Ids of the items that name the duplicate (quotes, event speakers, drafts)."""
    roles: int
    """Roles of the duplicate; they become the kept person's."""


@dataclass
class MergeUndo:
    """What :meth:`Directory.undo_merge` needs to take a merge back; opaque to callers."""

    keep_id: str
    duplicate_id: str
    record: MergeRecord


def _span(role: Role) -> str:
    start = role.valid_from.isoformat() if role.valid_from else "open start"
    end = role.valid_until.isoformat() if role.valid_until else "open end"
    return f"{start} – {end}"


def _overlap(a_from: date | None, a_until: date | None,
             b_from: date | None, b_until: date | None) -> bool:
    return ((a_from is None or b_until is None or a_from <= b_until)
            and (b_from is None or a_until is None or b_from <= a_until))


def _folded(text: str) -> str:
    return " ".join(fold_query(text).split())


def _contains(texts: list[str], wanted: str) -> bool:
    """True when the folded ``wanted`` is part of a text, in either umlaut spelling."""
    return not wanted or any(wanted in " ".join(line.split())
                             for line in searchable(*texts).splitlines())


def person_matches(person: Person, query: str) -> bool:
    """True when ``query`` is part of the person's name, folded like the archive's search
    ("jörg", "joerg" and "jorg" alike)."""
    wanted = _folded(query)
    names = [person.full_name, *(person.full_name_in(lang)
                                 for lang in person.honorific_by_language)]
    return bool(wanted) and _contains(names, wanted)


def person_order(person: Person) -> tuple[str, str, str]:
    """The directory's order of people: by family name, then given name (folded)."""
    return (_folded(person.family_name), _folded(person.given_name), person.id)


def _role_title(role: Role) -> str:
    return role.title.get("de") or next(iter(role.title.values()), "") or role.id


def _role_name(role: Role) -> str:
    return f"{_role_title(role)!r} ({role.id})"


class Directory:
    """The use cases of the archive's directory; see the module text for its rules."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    # -- checks shared by every record ----------------------------------------------------

    @staticmethod
    def _checked(cls: type[T], record: T) -> T:
        """The codec's rules for incoming data (ids, links, lengths), with field names."""
        try:
            return from_plain(cls, to_plain(record))
        except ValidationError as exc:
            raise DirectoryError(exc.path, f"{exc.problem}; nothing was saved", "invalid",
                                 detail=exc.problem) from None

    @staticmethod
    def _languages(texts: dict[str, str], field: str) -> None:
        for lang in texts:
            if lang not in LANGUAGES:
                raise DirectoryError(f"{field}.{lang}", f"{lang!r} is not a language of the "
                                     f"application ({', '.join(LANGUAGES)}); nothing was saved",
                                     "unknown_language", lang=lang,
                                     languages=", ".join(LANGUAGES))

    # -- people ---------------------------------------------------------------------------

    def people(self, query: str = "", limit: int | None = None) -> list[Person]:
        """People whose name contains ``query`` (folded like the search), by family name."""
        if query.strip():
            found = self._archive.find_people(query, limit=MANY if limit is None else limit)
        else:
            found = self._archive.people()
        found.sort(key=person_order)
        return found if limit is None else found[:limit]

    def person(self, person_id: str) -> Person:
        return self._archive.person(person_id)

    def _check_person(self, person: Person) -> Person:
        person = copy.deepcopy(person)
        person.given_name = person.given_name.strip()
        person.family_name = person.family_name.strip()
        person.honorific = person.honorific.strip()
        person.honorific_by_language = {
            lang: text.strip() for lang, text in person.honorific_by_language.items()
            if text.strip()}
        if not person.family_name:
            raise DirectoryError("family_name", "a person needs a family name; nothing was "
                                 "saved", "family_name_missing")
        if not isinstance(person.gender, Gender):
            raise DirectoryError("gender", "use f, m or x; nothing was saved", "gender_invalid")
        self._languages(person.honorific_by_language, "honorific_by_language")
        return self._checked(Person, person)

    def add_person(self, person: Person) -> Person:
        """Store a new person (a new id when it has none); returns the stored record."""
        person = dataclasses.replace(person, id=person.id or new_id())
        checked = self._check_person(person)
        if self._exists(self._archive.person, checked.id):
            raise DirectoryError("id", f"{checked.id!r} is already the id of a person; "
                                 f"nothing was saved", "id_taken", id=checked.id)
        self._archive.save_person(checked)
        return checked

    def update_person(self, person: Person) -> None:
        """Store changed fields of a person that is in the archive."""
        checked = self._check_person(person)
        self._archive.person(checked.id)  # NotFoundError when it is not there
        self._archive.save_person(checked)

    def delete_person(self, person_id: str) -> None:
        """Remove a person and their roles; :class:`InUse` when quotes or items use them."""
        self._archive.delete_person(person_id)

    def usages_of_person(self, person_id: str) -> list[Usage]:
        return self._archive.usages("person", person_id)

    # -- roles ----------------------------------------------------------------------------

    def roles_of(self, person_id: str) -> list[Role]:
        """The person's roles, the one begun last first (open starts last)."""
        held = self._archive.roles(person_id)
        return sorted(held, key=lambda r: (r.valid_from or date.min, r.id), reverse=True)

    def current_roles(self, person_id: str, on: date | None = None) -> list[Role]:
        """The roles held on ``on`` (``None``: today), the one begun last first."""
        day = on or date.today()
        return [role for role in self.roles_of(person_id) if role.valid_on(day)]

    def role(self, role_id: str) -> Role:
        return self._archive.role(role_id)

    def _check_role(self, role: Role, *, ended: dict[str, date] | None = None) -> Role:
        """``role`` checked against the rules and the person's other roles.

        ``ended`` gives roles that are about to end (id → last day) with this change."""
        for field in ("title", "function", "function_plural"):
            self._languages(getattr(role, field), field)
        role = self._checked(Role, role)
        try:
            self._archive.person(role.person_id)
        except NotFoundError:
            raise DirectoryError("person_id", f"there is no person with id "
                                 f"{role.person_id!r}; nothing was saved",
                                 "person_missing", id=role.person_id) from None
        if role.organisation_id is not None:
            try:
                self._archive.organisation(role.organisation_id)
            except NotFoundError:
                raise DirectoryError("organisation_id", f"there is no organisation with id "
                                     f"{role.organisation_id!r}; nothing was saved",
                                     "organisation_missing",
                                     id=role.organisation_id) from None
        if (role.valid_from is not None and role.valid_until is not None
                and role.valid_until < role.valid_from):
            raise DirectoryError(
                "valid_until", f"the role ends ({role.valid_until.isoformat()}) before it "
                f"starts ({role.valid_from.isoformat()}); nothing was saved",
                "role_ends_before_start", valid_from=role.valid_from,
                valid_until=role.valid_until)
        ended = ended or {}
        for other in self._archive.roles(role.person_id):
            if other.id == role.id or other.organisation_id != role.organisation_id \
                    or role.organisation_id is None:
                continue
            until = ended.get(other.id, other.valid_until)
            if _overlap(role.valid_from, role.valid_until, other.valid_from, until):
                shown = dataclasses.replace(other, valid_until=until)
                raise DirectoryError(
                    "valid_from", f"the role ({_span(role)}) overlaps the person's role "
                    f"{_role_name(other)} at the same organisation ({_span(shown)}); end "
                    f"that role first or let this one start later; nothing was saved",
                    "role_overlap", valid_from=role.valid_from,
                    valid_until=role.valid_until, other=_role_title(other),
                    other_from=other.valid_from, other_until=until)
        self._check_quotes_still_held(role)
        return role

    def _check_quotes_still_held(self, role: Role) -> None:
        """A quote that stores the role must have been said while it was held."""
        for item_id, quote_id, said_on in self._archive.quote_days_of_role(role.id):
            if said_on is not None and not role.valid_on(said_on):
                field = ("valid_from" if role.valid_from is not None
                         and said_on < role.valid_from else "valid_until")
                raise DirectoryError(
                    field, f"quote {quote_id} of item {item_id} was said on "
                    f"{said_on.isoformat()} in this role, outside {_span(role)}; old quotes "
                    f"keep their role, so add a new role instead; nothing was saved",
                    "quote_outside_role", said_on=said_on, valid_from=role.valid_from,
                    valid_until=role.valid_until, item=item_id, quote=quote_id)

    def add_role(self, role: Role, *, end_previous: bool = False) -> Role:
        """Store a new role; with ``end_previous`` the person's open roles end the day
        before it begins (it then needs ``valid_from``). Overlaps at one organisation are
        refused. Returns the stored role."""
        role = dataclasses.replace(role, id=role.id or new_id())
        if self._exists(self._archive.role, role.id):
            raise DirectoryError("id", f"{role.id!r} is already the id of a role; nothing "
                                 f"was saved", "id_taken", id=role.id)
        if not end_previous:
            checked = self._check_role(role)
            self._archive.save_role(checked)
            return checked
        if role.valid_from is None:
            raise DirectoryError("valid_from", "to end the previous role, the new one needs "
                                 "the day it begins; nothing was saved",
                                 "end_previous_needs_start")
        day_before = role.valid_from - timedelta(days=1)
        ending = {r.id: day_before for r in self._archive.roles(role.person_id)
                  if r.valid_until is None
                  and (r.valid_from is None or r.valid_from <= day_before)}
        checked = self._check_role(role, ended=ending)
        for role_id, until in ending.items():  # old quotes must keep their role
            self._check_quotes_still_held(
                dataclasses.replace(self._archive.role(role_id), valid_until=until))
        self._archive.start_role(checked)
        return checked

    def update_role(self, role: Role) -> None:
        """Store a changed role. Quotes keep what they said: a role that a quote stores
        cannot be moved away from that quote's day, nor to another person."""
        stored = self._archive.role(role.id)
        if stored.person_id != role.person_id:
            raise DirectoryError("person_id", "a role stays with its person; give the other "
                                 "person a role of their own; nothing was saved",
                                 "role_other_person")
        self._archive.save_role(self._check_role(role))

    def end_role(self, role_id: str, until: date) -> None:
        """The role was held up to ``until`` (inclusive)."""
        stored = self._archive.role(role_id)
        self._archive.save_role(self._check_role(dataclasses.replace(stored, valid_until=until)))

    def delete_role(self, role_id: str) -> None:
        """Remove a role; :class:`InUse` when a quote or event stores it."""
        self._archive.delete_role(role_id)

    def usages_of_role(self, role_id: str) -> list[Usage]:
        return self._archive.usages("role", role_id)

    # -- organisations --------------------------------------------------------------------

    def organisations(self, query: str = "") -> list[Organisation]:
        """Organisations whose short or full name contains ``query`` (folded)."""
        wanted = _folded(query)
        found = [org for org in self._archive.organisations()
                 if _contains([org.short_name, *org.name.values()], wanted)]
        return sorted(found, key=lambda o: (_folded(o.short_name), o.id))

    def organisation(self, organisation_id: str) -> Organisation:
        return self._archive.organisation(organisation_id)

    def _check_organisation(self, org: Organisation,
                            new_logo: PhotoData | None = None) -> Organisation:
        org = copy.deepcopy(org)
        org.short_name = org.short_name.strip()
        if not org.short_name:
            raise DirectoryError("short_name", "an organisation needs a short name "
                                 "(\"WFBB\"); nothing was saved", "short_name_missing")
        for field in ("name", "boilerplate"):
            self._languages(getattr(org, field), field)
        org = self._checked(Organisation, org)
        folded = _folded(org.short_name)
        for other in self._archive.organisations():
            if other.id != org.id and _folded(other.short_name) == folded:
                raise DirectoryError(
                    "short_name", f"{org.short_name!r} is already the short name of "
                    f"organisation {other.id} ({other.display_name('de')}); nothing was saved",
                    "short_name_taken", short_name=org.short_name,
                    other=other.display_name("de"))
        arriving = new_logo is not None and org.logo == new_logo.key
        if org.logo and not arriving and (not is_photo_key(org.logo)
                                          or not self._archive.photo_data([org.logo])):
            raise DirectoryError("logo", "is not an image stored in the archive; add the "
                                 "logo as an image file; nothing was saved", "logo_not_image")
        return org

    def read_logo(self, source: Path | PhotoData) -> PhotoData:
        """The logo in ``source`` (a file or read bytes) after the same checks as photos
        (kind, size, dimensions); :class:`DirectoryError` at "logo" when it fails them."""
        if isinstance(source, PhotoData):
            try:
                return clean_photo(source.data)
            except PhotoError as exc:
                raise DirectoryError("logo", f"the image cannot be the logo: {exc}; nothing "
                                     f"was saved", "logo_unusable", name="",
                                     detail=str(exc)) from None
        try:
            return read_photo_file(source)
        except PhotoError as exc:
            raise DirectoryError("logo", f"{source.name} cannot be the logo: {exc}; nothing "
                                 f"was saved", "logo_unusable", name=source.name,
                                 detail=str(exc)) from None
        except OSError as exc:
            raise DirectoryError("logo", f"{source.name} cannot be read "
                                 f"({exc.strerror or exc}); nothing was saved",
                                 "logo_unreadable", name=source.name,
                                 detail=exc.strerror or str(exc)) from None

    def store_logo(self, source: Path | PhotoData) -> str:
        """Check the logo (see :meth:`read_logo`) and keep it in the archive's photos;
        returns the key to give :attr:`Organisation.logo`."""
        return self._archive.store_photo(self.read_logo(source))

    def _with_logo(self, org: Organisation,
                   logo: Path | PhotoData | None) -> tuple[Organisation, PhotoData | None]:
        if logo is None:
            return org, None
        photo = self.read_logo(logo)
        return dataclasses.replace(org, logo=photo.key), photo

    def add_organisation(self, org: Organisation,
                         logo: Path | PhotoData | None = None) -> Organisation:
        """Store a new organisation; ``logo``: an image file (or its bytes) to use as its
        logo, checked like photos. Everything is checked before anything is stored."""
        org = dataclasses.replace(org, id=org.id or new_id())
        org, photo = self._with_logo(org, logo)
        checked = self._check_organisation(org, new_logo=photo)
        if self._exists(self._archive.organisation, checked.id):
            raise DirectoryError("id", f"{checked.id!r} is already the id of an "
                                 f"organisation; nothing was saved", "id_taken",
                                 id=checked.id)
        if photo is not None:
            self._archive.store_photo(photo)
        self._archive.save_organisation(checked)
        return checked

    def update_organisation(self, org: Organisation,
                            logo: Path | PhotoData | None = None) -> None:
        """Store changed fields (and, with ``logo``, a new logo) of an organisation."""
        org, photo = self._with_logo(org, logo)
        checked = self._check_organisation(org, new_logo=photo)
        self._archive.organisation(checked.id)
        if photo is not None:
            self._archive.store_photo(photo)
        self._archive.save_organisation(checked)

    def delete_organisation(self, org_id: str) -> None:
        """Remove an organisation; :class:`InUse` when items, roles or contacts name it."""
        self._archive.delete_organisation(org_id)

    def usages_of_organisation(self, org_id: str) -> list[Usage]:
        return self._archive.usages("organisation", org_id)

    # -- contacts -------------------------------------------------------------------------

    def contacts(self, query: str = "") -> list[Contact]:
        """Saved press contacts whose name, function, topics or e-mail contain ``query``."""
        wanted = _folded(query)

        found = [c for c in self._archive.contacts()
                 if _contains([c.name, c.email, *c.function.values(), *c.topics.values()],
                              wanted)]
        return sorted(found, key=lambda c: (_folded(c.name), c.id))

    def contact(self, contact_id: str) -> Contact:
        return self._archive.contact(contact_id)

    def _check_contact(self, contact: Contact) -> Contact:
        contact = copy.deepcopy(contact)
        contact.name = contact.name.strip()
        if not contact.name:
            raise DirectoryError("name", "a press contact needs a name; nothing was saved",
                                 "contact_name_missing")
        for field in ("function", "topics"):
            self._languages(getattr(contact, field), field)
        contact = self._checked(Contact, contact)
        if contact.organisation_id is not None:
            try:
                self._archive.organisation(contact.organisation_id)
            except NotFoundError:
                raise DirectoryError("organisation_id", f"there is no organisation with id "
                                     f"{contact.organisation_id!r}; nothing was saved",
                                     "organisation_missing",
                                     id=contact.organisation_id) from None
        return contact

    def add_contact(self, contact: Contact) -> Contact:
        contact = dataclasses.replace(contact, id=contact.id or new_id())
        checked = self._check_contact(contact)
        if self._exists(self._archive.contact, checked.id):
            raise DirectoryError("id", f"{checked.id!r} is already the id of a contact; "
                                 f"nothing was saved", "id_taken", id=checked.id)
        self._archive.save_contact(checked)
        return checked

    def update_contact(self, contact: Contact) -> None:
        checked = self._check_contact(contact)
        self._archive.contact(checked.id)
        self._archive.save_contact(checked)

    def delete_contact(self, contact_id: str) -> None:
        """Remove a saved contact; :class:`InUse` while items hold a contact picked from it."""
        self._archive.delete_contact(contact_id)

    def usages_of_contact(self, contact_id: str) -> list[Usage]:
        return self._archive.usages("contact", contact_id)

    # -- merging --------------------------------------------------------------------------

    def merge_plan(self, keep_id: str, duplicate_id: str) -> MergePlan:
        """What :meth:`merge` would move; changes nothing."""
        if keep_id == duplicate_id:
            raise DirectoryError("duplicate", "a person cannot be merged with itself",
                                 "merge_self")
        keep, duplicate = self.person(keep_id), self.person(duplicate_id)
        quotes = self._archive.quotes_of_person(duplicate_id)
        items = [u.item_id for u in self.usages_of_person(duplicate_id) if u.item_id]
        return MergePlan(keep, duplicate, len(quotes), list(dict.fromkeys(items)),
                         len(self._archive.roles(duplicate_id)))

    def merge(self, keep_id: str, duplicate_id: str) -> MergeUndo:
        """Fold the duplicate into ``keep_id`` (quotes, roles, event speakers move; the
        duplicate is deleted). The result takes it back with :meth:`undo_merge`."""
        if keep_id == duplicate_id:
            raise DirectoryError("duplicate", "a person cannot be merged with itself",
                                 "merge_self")
        record = self._archive.merge_people(keep_id, duplicate_id)
        return MergeUndo(keep_id, duplicate_id, record)

    def undo_merge(self, undo: MergeUndo) -> None:
        """Put back the duplicate with its roles and quotes exactly as before the merge;
        :class:`UndoImpossible` when they were changed since (then nothing changes)."""
        self._archive.undo_merge(undo.record)

    # -- inline creation ------------------------------------------------------------------

    def person_from_text(self, text: str) -> tuple[Person, str]:
        """A new person (no id yet) and the role title from what a user typed.

        "Prof. Dr. Anna Beispiel, Ministerin für X" gives honorific "Prof. Dr.", given
        name "Anna", family name "Beispiel" and the title "Ministerin für X". Gender is
        guessed only from "Minister"/"Ministerin" forms in the title, else neutral.
        """
        return person_from_text(text)

    @staticmethod
    def _exists(getter: Any, record_id: str) -> bool:
        try:
            getter(record_id)
        except NotFoundError:
            return False
        return True


_HONORIFIC_WORDS = frozenset({"prof", "dr", "dipl", "mag", "ing", "h", "mult", "sir", "dame",
                              "mr", "mrs", "ms", "hon", "apl", "jun", "priv", "doz"})
"""Starts of words written before a name: "Prof.", "Dr.-Ing.", "Dipl.-Kfm.", "h.c."."""
_PARTICLES = frozenset({"von", "vom", "van", "de", "der", "den", "zu", "zur", "di", "da",
                        "del", "della", "le", "la", "ten", "ter", "op"})
_FEMININE = re.compile(r"minister(?:präsident)?in$", re.IGNORECASE)
_MASCULINE = re.compile(r"minister(?:präsident)?$", re.IGNORECASE)


def _is_honorific(word: str) -> bool:
    start = re.split(r"[.\-]", word.casefold(), maxsplit=1)[0]
    return start in _HONORIFIC_WORDS and (word.endswith(".") or "." in word)


def person_from_text(text: str) -> tuple[Person, str]:
    """See :meth:`Directory.person_from_text`."""
    flat = " ".join(text.split())
    name_part, _, title = flat.partition(",")
    title = title.strip()
    words = name_part.split()
    honorific: list[str] = []
    while len(words) > 1 and _is_honorific(words[0]):
        honorific.append(words.pop(0))
    family_start = len(words) - 1 if words else 0
    while family_start > 0 and words[family_start - 1].casefold() in _PARTICLES \
            and family_start - 1 > 0:
        family_start -= 1
    given = " ".join(words[:family_start])
    family = " ".join(words[family_start:])
    gender = Gender.NEUTRAL
    for word in re.findall(r"[^\W\d_]+", title):
        if _FEMININE.search(word):
            gender = Gender.FEMININE
            break
        if _MASCULINE.search(word):
            gender = Gender.MASCULINE
            break
    person = Person(id="", given_name=given, family_name=family,
                    honorific=" ".join(honorific), gender=gender)
    return person, title
