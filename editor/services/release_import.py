"""Importing old releases (DOCX, HTML, text, PDF): propose items, review, then save.

:func:`propose` reads one document and turns it into a :class:`DocumentProposal`: a press
item (headline, Dachzeile, Unterzeile, dateline places and date, blocks, photos,
boilerplate organisations, press contacts, embargo), the quotes found in it with their
speakers matched against the archive's people (or proposed as new people with a role
from the release's date), and whether the archive already has the item. Nothing is
written. :func:`save` stores the accepted proposals, each document in its own
transaction, so a failing one leaves the others and the archive as they were.
The desktop app's review window and the command line ``import-docs`` both use this.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.errors import PressestelleError, ValidationError
from editor.core.images import PhotoData
from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    Bundle,
    Contact,
    Embargo,
    ItemKind,
    ItemStatus,
    Organisation,
    Person,
    Photo,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
    fingerprint,
    new_id,
    role_on,
)
from editor.core.provenance import source_name_of
from editor.core.quote_extract import (
    PRONOUNS,
    FoundQuote,
    Mention,
    find_quotes,
    singular_role,
)
from editor.core.quotes import speakers_basis, text_basis
from editor.core.validation import validate_bundle
from editor.core.wording import counted
from editor.io.documents import (
    DocumentReadError,
    Kind,
    ReadProblem,
    SourceBlock,
    SourceDocument,
    read_document,
)
from editor.services.directory import person_from_text
from editor.services.release_fields import (
    BOILERPLATE,
    CONTACTS,
    NOISE,
    contact_from_text,
    detect_language,
    fold_name,
    parse_dateline,
    parse_embargo,
    straight_quotes,
    strip_markup,
)
from editor.store.shared import SharedPolicy

if TYPE_CHECKING:
    from editor.store.archive import Archive


def _now() -> datetime:
    """The moment of an import, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class QuoteFinding:
    """One quote as found, with what it was matched to; offsets into the plain text."""

    quote_id: str
    text: str
    speaker_mentions: list[str]
    person_ids: list[str]
    role_text: str
    verb: str
    char_start: int
    char_end: int
    context_start: int
    context_end: int
    accepted: bool = True


@dataclass
class DocumentProposal:
    """What importing one document would store; the review may change any part."""

    path: Path
    source: SourceDocument
    item: PressItem
    findings: list[QuoteFinding] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    """Every person the item refers to (archive's and new), by id."""
    roles: dict[str, Role] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    photo_data: dict[str, PhotoData] = field(default_factory=dict)
    new_ids: set[str] = field(default_factory=set)
    """Ids of the people, roles and organisations that importing would create."""
    duplicate_of: str | None = None
    """The archive item (or earlier document of the batch) this one repeats."""
    accepted: bool = True
    keep_duplicate: bool = False
    """Import it although it is a duplicate (the user chose so)."""
    block_sources: dict[str, str] = field(default_factory=dict)
    """A quote block's whole paragraph text as read, by block id (to undo a rejection)."""

    @property
    def text(self) -> str:
        return self.source.text

    def new_people(self) -> list[Person]:
        return [p for p in self.people.values() if p.id in self.new_ids]

    def cleaned_photos(self) -> list[tuple[int, PhotoData]]:
        """The item's photos (number from 1, bytes) whose metadata was removed on reading."""
        found = []
        for number, photo in enumerate(self.item.photos, start=1):
            data = self.photo_data.get(photo.blob) if photo.blob else None
            if data is not None and data.removed:
                found.append((number, data))
        return found

    def notes(self) -> list[str]:
        """What reading took out of the document, one English line each: invisible
        characters of its texts, location and other metadata of its photos."""
        from editor.core.photo_metadata import describe

        lines = [removed.line() for removed in self.source.removed]
        lines += [f"photo {number}: {describe(data.removed)} removed; exports never carry "
                  "it" for number, data in self.cleaned_photos()]
        return lines

    def new_roles(self) -> list[Role]:
        return [r for r in self.roles.values() if r.id in self.new_ids]

    def new_organisations(self) -> list[Organisation]:
        return [o for o in self.organisations.values() if o.id in self.new_ids]

    def bundle(self, *, copied: bool = True) -> Bundle:
        """The item with the records it refers to, as :meth:`Archive.save_bundle` takes it.

        Without ``copied`` the bundle holds the proposal's own item: only for reading it
        at once (checking it), never for keeping or changing."""
        item = copy.deepcopy(self.item) if copied else self.item
        person_ids = {s.person_id for q in item.quotes for s in q.speakers}
        role_ids = {s.role_id for q in item.quotes for s in q.speakers if s.role_id}
        roles = [r for r in self.roles.values() if r.id in role_ids]
        org_ids = set(item.issuer_ids) | {r.organisation_id for r in roles if r.organisation_id}
        org_ids |= {c.organisation_id for c in item.contacts if c.organisation_id}
        return Bundle(
            items=[item],
            people=[p for p in self.people.values() if p.id in person_ids],
            organisations=[o for o in self.organisations.values() if o.id in org_ids],
            roles=roles,
            photo_data={k: v for k, v in self.photo_data.items()
                        if any(p.blob == k for p in item.photos)},
        )

    def reject_quote(self, quote_id: str) -> None:
        """Keep the words as an ordinary paragraph; the quote goes (and new people it
        alone named are not created)."""
        for finding in self.findings:
            if finding.quote_id == quote_id:
                finding.accepted = False
        self.item.quotes = [q for q in self.item.quotes if q.id != quote_id]
        for block in self.item.blocks:
            if block.quote_id == quote_id:
                block.kind = BlockKind.PARAGRAPH
                block.quote_id = None
                source = self.block_sources.get(block.id)
                if source is not None:
                    block.text = Translations.of(self.item.source_language,
                                                 **{self.item.source_language: source})

    def adopt(self, person: Person, roles: Sequence[Role],
              organisations: Sequence[Organisation]) -> None:
        """Make a stored person (with their roles and those roles' organisations) one the
        item may name, e.g. when the review attributes a quote to them."""
        self.people[person.id] = person
        by_id = {o.id: o for o in organisations}
        for role in roles:
            if role.person_id == person.id:
                self.roles.setdefault(role.id, role)
                org = by_id.get(role.organisation_id or "")
                if org is not None:
                    self.organisations.setdefault(org.id, org)

    def set_status(self, status: ItemStatus) -> None:
        """The item's editorial status when stored (published by default)."""
        self.item.status = status

    def set_quote_approved(self, quote_id: str, approved: bool) -> None:
        """Store the quote as approved (as it was published) or as not yet approved."""
        quote = self.item.quote(quote_id)
        if approved:
            quote.approval = _approved(quote, self.path.name)
        else:
            quote.approval = Approval()

    # -- corrections made in the review (window or command line) ------------------------

    def set_text_field(self, name: str, text: str) -> None:
        """The headline, Dachzeile ("kicker") or Unterzeile ("subheadline") in the item's
        source language; empty text removes a Dachzeile or Unterzeile."""
        if name not in TEXT_FIELDS:
            raise ValueError(f"{name} is no text field of an item")
        value = " ".join(text.split())
        if name == "headline" and not value:
            raise ValueError("the headline cannot be empty")
        texts = getattr(self.item, name)
        if value:
            texts.set_source(self.item.source_language, value)
        else:
            texts.text.pop(self.item.source_language, None)

    def set_date(self, day: date | None) -> None:
        """The item's date; roles proposed for new people start on it."""
        old = self.item.issue_date
        self.item.issue_date = day
        for role in self.new_roles():
            if role.valid_from == old:
                role.valid_from = day
        for quote in self.item.quotes:
            if quote.speakers:
                self.set_speakers(quote.id, [s.person_id for s in quote.speakers])

    def set_places(self, places: Sequence[str]) -> None:
        self.item.places = [p.strip() for p in places if p.strip()]

    def set_quote_text(self, quote_id: str, text: str) -> None:
        """Correct a quote's words (an approved quote stays approved, for the new words)."""
        value = " ".join(text.split())
        if not value:
            raise ValueError("a quote needs words; reject it instead")
        quote = self.item.quote(quote_id)
        quote.text.set_source(self.item.source_language, value)
        if quote.approval.state == ApprovalState.APPROVED:
            quote.approval = _approved(quote, self.path.name)
        for finding in self._findings_of(quote_id):
            finding.text = value

    def set_quote_role(self, quote_id: str, title: str) -> None:
        """The role as written for the quote's speakers. A role proposed by the import is
        renamed; a speaker without a role, or with a stored role of another title, gets a
        new role from the item's date (stored roles are never changed). A German plural
        written for several speakers gives each the singular (:func:`joint_title`)."""
        value = " ".join(title.split())
        quote = self.item.quote(quote_id)
        lang = self.item.source_language
        day = self.item.issue_date or date.today()
        for speaker in quote.speakers:
            role = self.roles.get(speaker.role_id or "")
            person = self.people.get(speaker.person_id)
            own = joint_title(value, person.full_name, self.text) if (
                len(quote.speakers) > 1 and lang == "de" and person is not None) else value
            if role is not None and role.id in self.new_ids:
                if value:
                    role.title = {lang: own}
                    role.function = _function(own, lang)
                else:
                    speaker.role_id = None
                    self.roles.pop(role.id, None)
                    self.new_ids.discard(role.id)
            elif value and (role is None or role.title.get(lang) != own):
                new = Role(new_id(), speaker.person_id, None, title={lang: own},
                           function=_function(own, lang), valid_from=day)
                self.roles[new.id] = new
                self.new_ids.add(new.id)
                speaker.role_id = new.id
        for finding in self._findings_of(quote_id):
            finding.role_text = value

    def name_speaker(self, quote_id: str, written: str, registry_people: Sequence[Person] = (),
                     ) -> Person:
        """Attribute the quote to the person typed ("Dr. Anna Beispiel, Ministerin …"): one
        the item or ``registry_people`` already has by that name, else a new person."""
        person, title = person_from_text(written)
        if not person.family_name[:1].isupper():
            raise ValueError(f"“{written}” is no person's name")
        wanted = fold_name(f"{person.given_name} {person.family_name}")
        known = [*self.people.values(), *registry_people]
        found = next((p for p in known
                      if fold_name(f"{p.given_name} {p.family_name}") == wanted), None)
        if found is None:
            person.id = new_id()
            self.new_ids.add(person.id)
            found = person
        self.people[found.id] = found
        self.set_speakers(quote_id, [found.id])
        if title:
            self.set_quote_role(quote_id, title)
        for finding in self._findings_of(quote_id):
            finding.speaker_mentions = [written]
        return found

    def reject_person(self, person_id: str) -> None:
        """Do not create this proposed person: their quotes keep the name only as written
        (as the attribution), and the roles proposed for them go too."""
        if person_id not in self.new_ids:
            raise ValueError("only people the import would create can be rejected")
        lang = self.item.source_language
        written = {f.quote_id: ", ".join(f.speaker_mentions) for f in self.findings}
        for quote in self.item.quotes:
            if any(s.person_id == person_id for s in quote.speakers):
                quote.speakers = [s for s in quote.speakers if s.person_id != person_id]
                if not quote.speakers:
                    quote.attribution = {lang: written.get(quote.id) or (
                        "unbekannt" if lang == "de" else "unknown")}
                _published_with_these_speakers(quote)
        for finding in self.findings:
            finding.person_ids = [p for p in finding.person_ids if p != person_id]
        for role in [r for r in self.roles.values() if r.person_id == person_id]:
            if role.id in self.new_ids:
                self.roles.pop(role.id)
                self.new_ids.discard(role.id)
        self.people.pop(person_id, None)
        self.new_ids.discard(person_id)

    def _findings_of(self, quote_id: str) -> list[QuoteFinding]:
        return [f for f in self.findings if f.quote_id == quote_id]

    def set_speakers(self, quote_id: str, person_ids: list[str]) -> None:
        """Attribute the quote to these people (each with the role held on its date)."""
        quote = self.item.quote(quote_id)
        day = quote.date or self.item.issue_date or date.today()
        roles = list(self.roles.values())
        quote.speakers = []
        for person_id in person_ids:
            held = role_on(roles, person_id, day)
            quote.speakers.append(Speaker(person_id, held.id if held else None))
        for finding in self.findings:
            if finding.quote_id == quote_id:
                finding.person_ids = list(person_ids)
        if quote.speakers:
            quote.attribution = {}
        _published_with_these_speakers(quote)


TEXT_FIELDS = ("headline", "kicker", "subheadline")
"""The item's text fields a review may correct: headline, Dachzeile, Unterzeile."""


def joint_title(title: str, written: str, text: str) -> str:
    """One speaker's title from a German role written once, in the plural, for several
    ("Präsidenten der Kammer" for "Anna Beispiel" and "Bernd Muster").

    "Präsidentinnen" gives "Präsidentin". A masculine plural ("Präsidenten",
    "Geschäftsführer") is also German's generic plural for a mixed group, and a given name
    alone does not reliably tell a woman (Andrea, Kim, Luca); so each speaker gets the
    masculine singular, unless the document itself says she is a woman: "Frau Beispiel",
    or the feminine title before her name elsewhere ("Präsidentin Beispiel"). The review
    shows the proposed role either way."""
    person, _ = person_from_text(written)
    family = person.family_name.strip()
    feminine = singular_role(title, woman=True)
    woman = False
    if family and feminine != singular_role(title):
        noun = next((w for w in feminine.split() if w[:1].isupper()), "")
        given = rf"(?:{re.escape(person.given_name)}\s+)?" if person.given_name else ""
        woman = re.search(rf"\bFrau\s+(?:(?:Dr|Prof)\.\s+)*{given}{re.escape(family)}\b"
                          rf"|{re.escape(noun.lower())}\s+{given}{re.escape(family)}\b",
                          text, re.IGNORECASE) is not None
    return singular_role(title, woman=woman)


def _function(title: str, lang: str) -> dict[str, str]:
    first = title.split()[0] if title.split() else ""
    return {lang: first} if first[:1].isupper() else {}


@dataclass
class DocumentFailure:
    path: Path
    message: str
    problem: ReadProblem | None = None
    """Why a document could not be read, when the reader said so."""
    detail: str = ""


@dataclass
class BatchSummary:
    items: int = 0
    quotes: int = 0
    new_people: int = 0
    duplicates: int = 0
    failures: list[DocumentFailure] = field(default_factory=list)
    not_saved: int = 0
    """Accepted documents left unsaved because the saving was stopped."""

    def line(self) -> str:
        stopped = f", stopped before {self.not_saved} more" if self.not_saved else ""
        return (f"{counted(self.items, 'item')}, {counted(self.quotes, 'quote')}, "
                f"{counted(self.new_people, 'new person', 'new people')}, "
                f"{counted(self.duplicates, 'duplicate')} skipped, "
                f"{counted(len(self.failures), 'failure')}{stopped}")


class Registry:
    """The people, roles and organisations known while a batch is proposed: the archive's
    and those proposed by earlier documents of the batch (so two documents naming one new
    person propose the same person)."""

    def __init__(self, archive: Archive) -> None:
        self.people: dict[str, Person] = {p.id: p for p in archive.people()}
        self.roles: dict[str, Role] = {r.id: r for r in archive.roles()}
        self.organisations: dict[str, Organisation] = {
            o.id: o for o in archive.organisations()}
        self.new_ids: set[str] = set()
        self.items: list[tuple[str, str, date | None]] = []
        self._archive = archive
        self._by_day: dict[date, list[str]] = {}
        self._texts: dict[str, str] = {}
        """Fingerprints of item texts, by item id (or file name within the batch)."""
        for summary in archive.list_items():
            if summary.issue_date is not None:
                self._by_day.setdefault(summary.issue_date, []).append(summary.id)
            for headline in summary.headline.values():
                if headline.strip():
                    self.items.append((summary.id, _folded_headline(headline),
                                       summary.issue_date))

    def duplicate(self, item: PressItem) -> str | None:
        """The item (or earlier document of the batch) with the same headline and date,
        or the same text."""
        headlines = {_folded_headline(h) for h in item.headline.text.values() if h.strip()}
        for item_id, headline, day in self.items:
            if headline in headlines and (day == item.issue_date or day is None
                                          or item.issue_date is None):
                return item_id
        wanted = text_print(item)
        if not wanted:
            return None
        for item_id, printed in self._texts.items():
            if printed == wanted:
                return item_id
        for item_id in self._by_day.get(item.issue_date, []) if item.issue_date else []:
            if item_id not in self._texts:
                try:
                    self._texts[item_id] = text_print(self._archive.load_item(item_id))
                except PressestelleError:
                    self._texts[item_id] = ""
            if self._texts[item_id] == wanted:
                return item_id
        return None

    def remember(self, proposal: DocumentProposal) -> None:
        self._texts[proposal.path.name] = text_print(proposal.item)
        for headline in proposal.item.headline.text.values():
            if headline.strip():
                self.items.append((f"{proposal.path.name}", _folded_headline(headline),
                                   proposal.item.issue_date))
        for person in proposal.new_people():
            self.people[person.id] = person
        for role in proposal.new_roles():
            self.roles[role.id] = role
        for org in proposal.new_organisations():
            self.organisations[org.id] = org
        self.new_ids |= proposal.new_ids

    def find_person(self, mention: str) -> Person | None:
        person, _ = person_from_text(mention)
        wanted = fold_name(f"{person.given_name} {person.family_name}")
        if not wanted:
            return None
        for candidate in self.people.values():
            if fold_name(f"{candidate.given_name} {candidate.family_name}") == wanted:
                return candidate
        if not person.given_name:
            family = fold_name(person.family_name)
            same = [c for c in self.people.values() if fold_name(c.family_name) == family]
            if len(same) == 1:
                return same[0]
        return None

    def find_organisation(self, text: str) -> Organisation | None:
        return organisation_named_in(text, self.organisations.values())


def organisation_named_in(text: str, organisations: Iterable[Organisation]
                          ) -> Organisation | None:
    """The first of ``organisations`` that ``text`` names (folded, as whole words; its
    first word also in the genitive: "Leiterin des Amts für Strukturwandel" names "Amt
    für Strukturwandel")."""
    folded = fold_name(text)
    for org in organisations:
        for name in (org.short_name, *org.name.values()):
            key = fold_name(name)
            if not key:
                continue
            first, _, rest = key.partition(" ")
            pattern = rf"(?<!\w){re.escape(first)}(?:e?s)?" + (
                rf"\s+{re.escape(rest)}" if rest else "") + r"(?!\w)"
            if key == folded or re.search(pattern, folded):
                return org
    return None


def _published_with_these_speakers(quote: Quote) -> None:
    """A speaker corrected in the review: the quote was published with them, so an
    approval taken from the release covers the corrected speakers, as it does the words."""
    if quote.approval.state == ApprovalState.APPROVED:
        quote.approval.speakers = speakers_basis(quote)


def _approved(quote: Quote, source: str) -> Approval:
    """The approval of a quote taken from a published release."""
    return Approval(state=ApprovalState.APPROVED, by="import",
                    at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
                    basis=text_basis(quote), speakers=speakers_basis(quote),
                    comment=f"Approved as published in {source}")


def text_print(item: PressItem) -> str:
    """A fingerprint of an item's words (paragraphs and quotes, folded, without marks):
    two copies of one release give the same, whatever their layout."""
    texts = [b.text.get(item.source_language) for b in item.blocks]
    texts += [q.text.get(item.source_language) for q in item.quotes]
    words = re.findall(r"\w+", strip_markup(" ".join(texts)).casefold())
    return fingerprint(" ".join(words)) if len(words) >= 20 else ""


def _folded_headline(text: str) -> str:
    plain = re.sub(r"[\"„“”»«‚‘’*]", "", text)
    return fold_name(plain)


@dataclass
class _Part:
    """One language's share of a document, after fields were taken out."""

    lang: str
    headline: str = ""
    kicker: str = ""
    subheadline: str = ""
    content: list[SourceBlock] = field(default_factory=list)
    boilerplates: list[tuple[str, str]] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    day: date | None = None
    embargo: Embargo | None = None
    dateline_end: dict[int, int] = field(default_factory=dict)
    """Offset in the plain text where a block's lead starts after its dateline."""


def _languages(document: SourceDocument) -> dict[int, str]:
    """The language of each block (by index): stated by the document, else detected."""
    default = document.lang or detect_language(document.text)
    found: dict[int, str] = {}
    for index, block in enumerate(document.blocks):
        if document.columns is not None:
            found[index] = document.columns[block.column]
        elif block.lang:
            found[index] = block.lang
        elif block.kind == Kind.PHOTO or len(block.plain.split()) < 4:
            found[index] = ""
        else:
            found[index] = detect_language(block.plain, "")
    last = default
    for index in range(len(document.blocks)):  # short blocks: the language of what follows
        if found[index]:
            last = found[index]
            continue
        block = document.blocks[index]
        if block.kind == Kind.PARAGRAPH and len(block.plain.split()) >= 4 and index:
            # A sentence too plain to tell goes on the text before it: the last paragraph
            # of the German part is not the English part's Dachzeile.
            found[index] = last
            continue
        following = next((found[j] for j in range(index + 1, len(document.blocks))
                          if found[j]), last)
        found[index] = following if document.blocks[index].kind != Kind.PHOTO else last
    counts: dict[str, int] = {}
    for index, block in enumerate(document.blocks):
        if block.kind != Kind.PHOTO:
            counts[found[index]] = counts.get(found[index], 0) + 1
    if counts:  # a language of a single block (a headline misjudged) is the main one's
        main = max(counts, key=lambda lang: counts[lang])
        for index in found:
            if counts.get(found[index], 0) < 2:
                found[index] = main
    return found


def _split_parts(document: SourceDocument) -> list[_Part]:
    langs = _languages(document)
    order: list[str] = []
    grouped: dict[str, list[SourceBlock]] = {}
    for index, block in enumerate(document.blocks):
        lang = langs[index]
        if lang not in grouped:
            order.append(lang)
            grouped[lang] = []
        grouped[lang].append(block)
    parts: list[_Part] = []
    for lang in order:
        blocks = grouped[lang]
        if len(order) > 1 and sum(1 for b in blocks if b.kind != Kind.PHOTO) < 2:
            if parts:
                parts[0].content.extend(blocks)
            continue
        parts.append(_fields(lang, blocks))
    return parts or [_fields(order[0] if order else "de", document.blocks)]


def _fields(lang: str, blocks: list[SourceBlock]) -> _Part:
    part = _Part(lang)
    section: str = ""
    section_org = ""
    for block in blocks:
        plain = block.plain.strip()
        if block.kind != Kind.PHOTO and NOISE.match(plain):
            continue
        if block.kind != Kind.PHOTO:
            embargo = parse_embargo(plain)
            if embargo is not None:
                part.embargo = embargo
                continue
        if block.kind == Kind.KICKER and not part.headline:
            part.kicker = block.text
            continue
        if block.kind == Kind.HEADLINE and not part.headline:
            part.headline = plain
            if part.content and not part.kicker and len(part.content[-1].plain) < 100 \
                    and part.content[-1].kind in (Kind.PARAGRAPH, Kind.SUBHEADING):
                part.kicker = part.content.pop().plain
            continue
        if block.kind == Kind.SUBHEADLINE and not part.subheadline:
            part.subheadline = plain
            continue
        if block.kind in (Kind.SUBHEADING, Kind.HEADLINE) or (
                block.kind == Kind.PARAGRAPH and CONTACTS.match(plain) and len(plain) < 40):
            boiler = BOILERPLATE.match(plain)
            if boiler and len(plain) < 120:
                section, section_org = "boilerplate", boiler.group("org").strip()
                continue
            contact = CONTACTS.match(plain)
            if contact and contact.end() == len(plain):
                section = "contacts"
                continue
            section = ""
        if block.kind == Kind.PARAGRAPH:
            contact = CONTACTS.match(plain)
            if contact and contact.end() < len(plain) and re.search(r"@|\+?\d{4}", plain):
                found = contact_from_text(block.text[contact.end():] if block.text.startswith(
                    plain[:contact.end()]) else plain[contact.end():], lang)
                if found is not None:
                    part.contacts.append(found)
                continue
        if section == "boilerplate" and block.kind == Kind.PARAGRAPH:
            part.boilerplates.append((section_org, block.text))
            continue
        if section == "contacts" and block.kind == Kind.PARAGRAPH:
            found = contact_from_text(block.text, lang)
            if found is not None:
                part.contacts.append(found)
            continue
        part.content.append(block)
    if not part.headline and part.content:
        part.headline = part.content.pop(0).plain
    for block in part.content:
        if block.kind == Kind.PARAGRAPH:
            plain = strip_markup(block.text)
            dateline = parse_dateline(plain)
            if dateline is not None:
                part.places, part.day, length = dateline
                part.dateline_end[id(block)] = block.start + _plain_offset(block, plain, length)
                block.text = _drop_prefix(block.text, length)
            break
    return part


def _plain_offset(block: SourceBlock, stripped: str, length: int) -> int:
    """Where in the block's plain text the stripped text's ``length`` characters end."""
    head = stripped[:length].strip()
    index = block.plain.find(head)
    return index + len(head) if index >= 0 else length


def _drop_prefix(markup: str, length: int) -> str:
    """The markup text without its first ``length`` characters of plain text."""
    count = 0
    i = 0
    while i < len(markup) and count < length:
        if markup.startswith("**", i):
            i += 2
            continue
        i += 1
        count += 1
    rest = markup[i:]
    while rest.startswith("**"):
        rest = rest[2:]
    rest = rest.lstrip(" –—-")
    if rest.count("**") % 2:
        rest = rest.replace("**", "", 1)
    return rest.strip()


class _Builder:
    """Turns one read document into a proposal."""

    def __init__(self, registry: Registry, document: SourceDocument, today: date) -> None:
        self.registry = registry
        self.document = document
        self.today = today
        self.proposal = DocumentProposal(document.path, document, PressItem(id=new_id()))
        self.surnames: dict[str, str] = {}
        self.last_speakers: list[str] = []
        self.quotes: list[FoundQuote] = []
        self._quote_starts: list[int] = []
        self._role_ids: dict[str, list[str]] = {}
        """The ids of :attr:`DocumentProposal.roles` by person."""

    def build(self) -> DocumentProposal:
        document = self.document
        parts = _split_parts(document)
        main = parts[0]
        item = self.proposal.item
        item.kind = ItemKind.RELEASE
        item.status = ItemStatus.PUBLISHED
        item.source_language = main.lang if main.lang in ("de", "en") else "de"
        item.languages = [item.source_language]
        other = parts[1] if len(parts) > 1 and parts[1].lang in ("de", "en") \
            and parts[1].lang != item.source_language else None
        if other is not None:
            item.languages.append(other.lang)
        item.issue_date = main.day or (other.day if other else None)
        item.places = main.places or (other.places if other else [])
        item.embargo = main.embargo or (other.embargo if other else None)
        for name, value in (("headline", "headline"), ("kicker", "kicker"),
                            ("subheadline", "subheadline")):
            texts = {main.lang: straight_quotes(getattr(main, value))}
            if other is not None and getattr(other, value):
                texts[other.lang] = straight_quotes(getattr(other, value))
            texts = {k: v for k, v in texts.items() if v}
            setattr(item, name, Translations.of(item.source_language, **texts))
        self.quotes = sorted(find_quotes(document.text), key=lambda q: q.start)
        self._quote_starts = [q.start for q in self.quotes]
        self._blocks(main, other)
        self._organisations(main, other)
        self._roles_at_new_organisations()
        item.contacts = main.contacts or (other.contacts if other else [])
        item.source_name = source_name_of(document.path.name)
        item.imported_at = _now()
        self.proposal.duplicate_of = self.registry.duplicate(item)
        return self.proposal

    # -- blocks and quotes ---------------------------------------------------------------

    def _quotes_in(self, block: SourceBlock) -> list[FoundQuote]:
        """The quotes starting in the block (found by bisection: a document with
        thousands of paragraphs and quotes is read in linear time, not quadratic)."""
        low = bisect.bisect_left(self._quote_starts, block.start)
        high = bisect.bisect_left(self._quote_starts, block.end, low)
        return self.quotes[low:high]

    def _roles_of(self, person_id: str) -> list[Role]:
        """The proposal's roles of one person (each person's own list, not all roles)."""
        return [self.proposal.roles[r] for r in self._role_ids.get(person_id, ())]

    def _add_role(self, role: Role) -> None:
        if role.id not in self.proposal.roles:
            self._role_ids.setdefault(role.person_id, []).append(role.id)
        self.proposal.roles[role.id] = role

    def _blocks(self, main: _Part, other: _Part | None) -> None:
        item = self.proposal.item
        twins = [b for b in other.content] if other is not None else []
        consumed: set[int] = set()
        for index, block in enumerate(main.content):
            if id(block) in consumed:
                continue
            twin = twins[index] if index < len(twins) and twins[index].kind == block.kind \
                else None
            if block.kind == Kind.PHOTO:
                self._photo(block, twin, main.lang, other.lang if other else "")
                continue
            kind = {Kind.SUBHEADING: BlockKind.SUBHEADING, Kind.LIST: BlockKind.LIST}.get(
                block.kind, BlockKind.PARAGRAPH)
            texts = {main.lang: self._block_text(block, main)}
            if twin is not None and other is not None:
                texts[other.lang] = self._block_text(twin, other)
            new = Block(new_id(), kind, Translations.of(item.source_language, **texts))
            found = self._quotes_in(block) if block.kind == Kind.PARAGRAPH else []
            twin_found = self._quotes_in(twin) if twin is not None and other is not None \
                else []
            lead = main.dateline_end.get(id(block), block.start)
            if found and found[0].start <= lead + 2:
                first = found[0]
                quote = self._quote(first, main.lang,
                                    twin_found[0] if twin_found and other else None,
                                    other.lang if other else "")
                if quote is not None:
                    new.kind = BlockKind.QUOTE
                    new.quote_id = quote.id
                    self.proposal.block_sources[new.id] = texts[main.lang]
                    rest = {main.lang: self._rest(block, first)}
                    if twin is not None and twin_found and other is not None:
                        rest[other.lang] = self._rest(twin, twin_found[0])
                    new.text = Translations.of(item.source_language,
                                               **{k: v for k, v in rest.items() if v})
                    if first.pull_quote and first.attribution_end > block.end:
                        for later in main.content[index + 1:index + 3]:  # name, role
                            if later.start < first.attribution_end:
                                consumed.add(id(later))
                    found = found[1:]
                    twin_found = twin_found[1:]
            if len(twin_found) != len(found):
                twin_found = []  # the twin's quotes pair with these only one by one
            for number, extra in enumerate(found):  # inside a paragraph: the text stays
                self._quote(extra, main.lang, twin_found[number] if twin_found else None,
                            other.lang if other is not None and twin_found else "")
            item.blocks.append(new)

    def _block_text(self, block: SourceBlock, part: _Part) -> str:
        text = block.text
        return straight_quotes(text)

    def _rest(self, block: SourceBlock, quote: FoundQuote) -> str:
        """What follows the quote's attribution in its paragraph."""
        if quote.attribution_end >= block.end:
            return ""
        return straight_quotes(self.document.text[quote.attribution_end:block.end].strip())

    def _quote(self, found: FoundQuote, lang: str, twin: FoundQuote | None,
               twin_lang: str) -> Quote | None:
        item = self.proposal.item
        quote = Quote(new_id())
        quote.text = Translations.of(item.source_language, **{lang: found.text})
        if twin is not None and twin_lang:
            quote.text.set_translation(twin_lang, twin.text, item.source_language)
        if found.verb:
            quote.verb = {lang: found.verb}
            if twin is not None and twin.verb and twin_lang:
                quote.verb[twin_lang] = twin.verb
        person_ids: list[str] = []
        named: list[list[str]] = []
        joint = lang == "de" and len(found.mentions) > 1 and found.mentions[0].role_text and \
            len({m.role_text for m in found.mentions}) == 1
        for mention in found.mentions:
            if joint:  # one role written for all: "die Präsidentinnen der Kammer X und Y"
                mention = replace(mention, role_text=joint_title(
                    mention.role_text, mention.text, self.document.text))
            named.append(self._resolve(mention, lang))
            for person_id in named[-1]:
                if person_id not in person_ids:
                    person_ids.append(person_id)
        if twin is not None and twin_lang and len(twin.mentions) == len(found.mentions):
            for ids, theirs in zip(named, twin.mentions, strict=True):
                if len(ids) == 1 and theirs.role_text:
                    self._twin_role(ids[0], theirs.role_text.strip(), twin_lang)
        if not person_ids and twin is not None and twin_lang:
            for mention in twin.mentions:  # named only in the other language's paragraph
                for person_id in self._resolve(mention, twin_lang):
                    if person_id not in person_ids:
                        person_ids.append(person_id)
        if person_ids:
            self.last_speakers = person_ids
        day = item.issue_date or self.today
        for person_id in person_ids:
            held = role_on(self._roles_of(person_id), person_id, day)
            quote.speakers.append(Speaker(person_id, held.id if held else None))
        if not quote.speakers:
            written = ", ".join(m.text for m in found.mentions)
            quote.attribution = {lang: written} if written else {
                lang: "unbekannt" if lang == "de" else "unknown"}
        quote.approval = _approved(quote, self.document.path.name)
        item.quotes.append(quote)
        context_start = max(0, found.start - 200)
        context_end = min(len(self.document.text), max(found.attribution_end, found.end) + 100)
        self.proposal.findings.append(QuoteFinding(
            quote.id, found.text, [m.text for m in found.mentions], person_ids,
            found.role_text, found.verb, found.start, found.end, context_start, context_end))
        return quote

    def _resolve(self, mention: Mention, lang: str) -> list[str]:
        """The person a mention names: known, named earlier in the document, or new."""
        text = mention.text.strip()
        refers = mention.refers_to
        if refers and refers.split()[-1] == text:
            refers = ""  # a family name alone ("Muster"): matched by itself below
        if refers and text.split()[0].casefold() == "the":
            # "the minister" after "Energy Minister Jane Doe": the extractor takes up only
            # a person's name there, so that person is known or proposed like any other
            return self._resolve(Mention(refers, mention.start, mention.end), lang)
        if refers and text.split()[0].casefold() in ("der", "die", "das"):
            # "der Minister" after "Innenminister Jan Muster": that person when named
            # before or known; "die Zeitung" after "Süddeutsche Zeitung" is nobody
            candidate, _ = person_from_text(refers)
            family = fold_name(candidate.family_name) if candidate.family_name else ""
            if family and family in self.surnames:
                return [self.surnames[family]]
            if self.registry.find_person(refers) is None:
                return []
            return self._resolve(Mention(refers, mention.start, mention.end,
                                         mention.role_text), lang)
        if text.casefold() in PRONOUNS or refers:
            if refers:
                named = self._resolve(Mention(refers, mention.start, mention.end,
                                              mention.role_text), lang)
                if named:
                    return named
            return list(self.last_speakers)
        if not text[:1].isupper() or text.split()[0].casefold() in ("der", "die", "the"):
            return []
        candidate, _ = person_from_text(text)
        if not candidate.family_name:
            return []
        if mention.source and self.registry.find_person(text) is None:
            return []  # "laut Spiegel Online": a source is a person only when known
        family = fold_name(candidate.family_name)
        if not candidate.given_name and family in self.surnames:
            return [self.surnames[family]]
        person = self.registry.find_person(text)
        if person is None and not candidate.given_name:
            return []  # a surname alone that nobody named in full: left for the review
        if person is None:
            candidate.id = new_id()
            person = candidate
            self.proposal.new_ids.add(person.id)
        self.proposal.people[person.id] = person
        self.surnames[family] = person.id
        self._role(person, mention, lang)
        return [person.id]

    def _role(self, person: Person, mention: Mention, lang: str) -> None:
        day = self.proposal.item.issue_date or self.today
        for role in self.registry.roles.values():
            if role.person_id == person.id:
                self._add_role(role)
                org = self.registry.organisations.get(role.organisation_id or "")
                if org is not None:
                    self.proposal.organisations[org.id] = org
        if role_on(self._roles_of(person.id), person.id, day) is not None:
            return
        title = mention.role_text.strip()
        if not title:
            return
        org = self.registry.find_organisation(title)
        function = title.split()[0] if title.split() else ""
        role = Role(new_id(), person.id, org.id if org else None, title={lang: title},
                    function={lang: function} if function[:1].isupper() else {},
                    valid_from=day)
        if org is not None:
            self.proposal.organisations[org.id] = org
        self._add_role(role)
        self.proposal.new_ids.add(role.id)

    def _twin_role(self, person_id: str, title: str, lang: str) -> None:
        """The other language's title of a role this document proposes ("Ministerin für
        Energie" / "Minister for Energy"); a role of the archive is left as it is."""
        day = self.proposal.item.issue_date or self.today
        role = role_on(self._roles_of(person_id), person_id, day)
        if role is None or role.id not in self.proposal.new_ids or role.title.get(lang):
            return
        role.title[lang] = title
        role.function.update(_function(title, lang))

    def _photo(self, block: SourceBlock, twin: SourceBlock | None, lang: str,
               twin_lang: str) -> None:
        item = self.proposal.item
        photo = Photo(new_id(), credit=block.credit or (twin.credit if twin else ""))
        if block.caption:
            photo.caption[lang] = straight_quotes(block.caption)
        if twin is not None and twin.caption and twin_lang:
            photo.caption[twin_lang] = straight_quotes(twin.caption)
        if block.photo is not None:
            photo.blob = block.photo.key
            self.proposal.photo_data[block.photo.key] = block.photo
        item.photos.append(photo)
        item.blocks.append(Block(new_id(), BlockKind.PHOTO, photo_id=photo.id))

    def _roles_at_new_organisations(self) -> None:
        """A role this document proposes without an organisation whose title names one the
        document proposes too (from its "Über …" text): that organisation is the role's."""
        proposal = self.proposal
        new = [org for org in proposal.organisations.values() if org.id in proposal.new_ids]
        for role in proposal.roles.values():
            if new and role.organisation_id is None and role.id in proposal.new_ids:
                org = organisation_named_in(" ".join(role.title.values()), new)
                if org is not None:
                    role.organisation_id = org.id

    def _organisations(self, main: _Part, other: _Part | None) -> None:
        item = self.proposal.item
        twins = dict(other.boilerplates) if other is not None else {}
        for name, written in main.boilerplates:
            org = self.registry.find_organisation(name)
            if org is None:
                text, website = _website_after(written)
                org = Organisation(new_id(), short_name=name, boilerplate={main.lang: text},
                                   website=website)
                self.proposal.new_ids.add(org.id)
                for twin_name, twin_text in twins.items():
                    if fold_name(twin_name) == fold_name(name) and other is not None:
                        org.boilerplate[other.lang] = _website_after(twin_text)[0]
            self.proposal.organisations[org.id] = org
            if org.id not in item.issuer_ids:
                item.issuer_ids.append(org.id)
        for contact in item.contacts or main.contacts:
            org = self.registry.find_organisation(contact.name)
            if org is not None:
                contact.organisation_id = org.id
                self.proposal.organisations[org.id] = org


_WEBSITE_AFTER = re.compile(r"\s*\[(https?://[^\]\s]+)\]\(\1\)$")


def _website_after(boilerplate: str) -> tuple[str, str]:
    """A boilerplate without the website our exports write after it, and that website."""
    found = _WEBSITE_AFTER.search(boilerplate.strip())
    if found is None:
        return boilerplate, ""
    return boilerplate.strip()[:found.start()], found.group(1)


def propose(registry: Registry, path: Path, today: date | None = None) -> DocumentProposal:
    """Read one document and propose what importing it stores; writes nothing."""
    return propose_document(registry, read_document(path), today)


def propose_document(registry: Registry, document: SourceDocument,
                     today: date | None = None) -> DocumentProposal:
    """Propose what importing a document already read stores (the reading may have run
    elsewhere, e.g. off the window's thread); writes nothing."""
    proposal = _Builder(registry, document, today or date.today()).build()
    try:
        validate_bundle(proposal.bundle(copied=False), item_paths=["item"])
    except ValidationError as error:
        raise ValidationError(error.path, f"{document.path.name}: the proposed item is not "
                              f"valid ({error.problem})") from None
    registry.remember(proposal)
    return proposal


READ_ERRORS = (PressestelleError, OSError, RecursionError, MemoryError, ValueError)
"""What reading or proposing one document may raise; the batch goes on without it."""


def failure_of(path: Path, error: BaseException) -> DocumentFailure:
    """One document's failure with the reason, for the batch's report."""
    if isinstance(error, DocumentReadError):
        return DocumentFailure(path, str(error), error.problem, error.detail)
    if isinstance(error, PressestelleError):
        return DocumentFailure(path, str(error))
    return DocumentFailure(path, f"{path.name}: cannot be read ({type(error).__name__})")


Progress = Callable[[int, int, str], bool]
"""Called before each document with (done, total, file name); False cancels the batch."""


def propose_all(archive: Archive, paths: Sequence[Path], progress: Progress | None = None,
                today: date | None = None,
                ) -> tuple[list[DocumentProposal], list[DocumentFailure], bool]:
    """Proposals for every document; a failing one is reported and the batch goes on.

    Returns the proposals, the failures, and whether the batch was cancelled."""
    registry = Registry(archive)
    proposals: list[DocumentProposal] = []
    failures: list[DocumentFailure] = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths), Path(path).name):
            return proposals, failures, True
        try:
            proposals.append(propose(registry, Path(path), today))
        except READ_ERRORS as error:
            failures.append(failure_of(Path(path), error))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return proposals, failures, False


def save(archive: Archive, proposals: Sequence[DocumentProposal], *,
         include_duplicates: bool = False, saved_by: str = "",
         progress: Progress | None = None) -> tuple[list[str], BatchSummary]:
    """Store each accepted proposal in its own transaction; returns the item ids stored.
    ``saved_by`` is recorded with each item's first version.

    Duplicates are skipped unless ``include_duplicates``; a document whose saving fails
    is reported in the summary and changes nothing, the others are stored. ``progress``
    is called before each document to be saved; when it answers False the saving stops
    there (the documents saved so far stay, each whole; the summary counts the rest)."""
    summary = BatchSummary()
    stored: list[str] = []
    created: set[str] = set()
    wanted = [p for p in proposals if p.accepted]
    for done, proposal in enumerate(wanted):
        if proposal.duplicate_of is not None and not (include_duplicates
                                                      or proposal.keep_duplicate):
            summary.duplicates += 1
            continue
        if progress is not None and not progress(done, len(wanted), proposal.path.name):
            summary.not_saved = sum(
                1 for p in wanted[done:] if p.duplicate_of is None or include_duplicates
                or p.keep_duplicate)
            summary.duplicates += sum(1 for p in wanted[done:] if p.duplicate_of is not None
                                      and not (include_duplicates or p.keep_duplicate))
            break
        try:
            proposal.item.imported_at = _now()
            bundle = proposal.bundle()
            archive.save_bundle(bundle, shared=SharedPolicy.KEEP, saved_by=saved_by)
        except PressestelleError as error:
            summary.failures.append(DocumentFailure(proposal.path,
                                                    f"{proposal.path.name}: {error}"))
            continue
        stored.append(bundle.items[0].id)
        summary.items += 1
        summary.quotes += len(bundle.items[0].quotes)
        for person in bundle.people:
            if person.id in proposal.new_ids and person.id not in created:
                created.add(person.id)
                summary.new_people += 1
    if progress is not None and not summary.not_saved:
        progress(len(wanted), len(wanted), "")
    return stored, summary


def finding_json(proposal: DocumentProposal, finding: QuoteFinding) -> dict[str, Any]:
    return {
        "index": proposal.findings.index(finding) + 1,
        "accepted": finding.accepted,
        "text": finding.text,
        "speaker_mentions": finding.speaker_mentions,
        "person_ids": finding.person_ids,
        "new_person_ids": [p for p in finding.person_ids if p in proposal.new_ids],
        "role_text": finding.role_text,
        "verb": finding.verb,
        "char_start": finding.char_start,
        "char_end": finding.char_end,
    }


# -- corrections given as a file (the command line's review) ------------------------------

CORRECTIONS_LIMIT = 1_000_000
"""Bytes a corrections file may have."""
_DOCUMENT_KEYS = {"headline", "kicker", "subheadline", "date", "places", "status", "skip",
                  "include_duplicate", "quotes", "reject_people"}
_QUOTE_KEYS = {"index", "reject", "text", "speaker", "role", "approved"}


class CorrectionError(PressestelleError):
    """A corrections file that cannot be applied; the message names the file and place."""


def read_corrections(path: Path) -> dict[str, dict[str, Any]]:
    """The corrections per document file name, from a JSON file:
    ``{"documents": {"alt.docx": {"headline": "…", "quotes": [{"index": 1, …}]}}}``."""
    import json
    import stat

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe would keep the import waiting
            raise CorrectionError(f"{path.name}: the corrections file is not a regular file")
        if info.st_size > CORRECTIONS_LIMIT:
            raise CorrectionError(f"{path.name}: the corrections file is larger than 1 MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CorrectionError(f"{path.name}: cannot be read ({type(error).__name__})") from None
    except json.JSONDecodeError as error:
        raise CorrectionError(f"{path.name}: not JSON (line {error.lineno}: "
                              f"{error.msg})") from None
    except RecursionError:
        raise CorrectionError(f"{path.name}: not JSON this program reads (nested too "
                              "deeply)") from None
    except ValueError:  # the only other: a number of thousands of digits
        raise CorrectionError(f"{path.name}: not JSON this program reads (a number of "
                              "thousands of digits)") from None
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict) or not all(
            isinstance(k, str) and isinstance(v, dict) for k, v in documents.items()):
        raise CorrectionError(f'{path.name}: expected {{"documents": {{"file name": {{…}}}}}}')
    for name, spec in documents.items():
        unknown = set(spec) - _DOCUMENT_KEYS
        if unknown:
            raise CorrectionError(f"{path.name}: documents.{name}: unknown field "
                                  f"{sorted(unknown)[0]!r} (known: "
                                  f"{', '.join(sorted(_DOCUMENT_KEYS))})")
    return documents


def apply_corrections(proposal: DocumentProposal, spec: dict[str, Any],
                      people: Sequence[Person] = (), where: str = "") -> None:
    """Apply one document's corrections as the review window would; a bad value raises
    :class:`CorrectionError` naming the field (the proposal may then be half corrected:
    the caller drops it)."""
    where = where or proposal.path.name

    def fail(field_name: str, problem: str) -> CorrectionError:
        return CorrectionError(f"{where}: {field_name}: {problem}")

    def text(field_name: str, value: Any) -> str:
        if not isinstance(value, str) or len(value) > 10_000:
            raise fail(field_name, "expected a text (at most 10,000 characters)")
        return value

    try:
        for name in TEXT_FIELDS:
            if name in spec:
                proposal.set_text_field(name, text(name, spec[name]))
        if "date" in spec:
            value = spec["date"]
            try:
                day = None if value is None else date.fromisoformat(text("date", value))
            except ValueError:
                raise fail("date", f"“{value}” is not a date; write it as YYYY-MM-DD") \
                    from None
            proposal.set_date(day)
        if "places" in spec:
            places = spec["places"]
            if not isinstance(places, list) or not all(isinstance(p, str) for p in places):
                raise fail("places", "expected a list of place names")
            proposal.set_places(places)
        if "status" in spec:
            if spec["status"] not in ("published", "draft"):
                raise fail("status", "expected “published” or “draft”")
            proposal.set_status(ItemStatus(spec["status"]))
        for flag in ("skip", "include_duplicate"):
            if flag in spec and not isinstance(spec[flag], bool):
                raise fail(flag, "expected true or false")
        if spec.get("skip"):
            proposal.accepted = False
        if spec.get("include_duplicate"):
            proposal.keep_duplicate = True
        quotes = spec.get("quotes", [])
        if not isinstance(quotes, list):
            raise fail("quotes", "expected a list of corrections by quote number")
        for entry in quotes:
            _correct_quote(proposal, entry, people, fail, text)
        rejected = spec.get("reject_people", [])
        if not isinstance(rejected, list) or not all(isinstance(r, str) for r in rejected):
            raise fail("reject_people", "expected a list of names or ids")
        for wanted in rejected:
            matches = [p for p in proposal.new_people()
                       if wanted in (p.id, p.full_name) or fold_name(wanted) == fold_name(
                           f"{p.given_name} {p.family_name}")]
            if not matches:
                raise fail("reject_people", f"“{wanted}” is none of the new people "
                           "this document proposes")
            for person in matches:
                proposal.reject_person(person.id)
    except ValueError as error:
        raise fail("value", str(error)) from None


def _correct_quote(proposal: DocumentProposal, entry: Any, people: Sequence[Person],
                   fail: Callable[[str, str], CorrectionError],
                   text: Callable[[str, Any], str]) -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("index"), int) or \
            isinstance(entry.get("index"), bool):
        raise fail("quotes", 'each correction needs "index": the quote\'s number (1, 2, …)')
    index = entry["index"]
    if not 1 <= index <= len(proposal.findings):
        raise fail(f"quotes[{index}]", f"there {'is' if len(proposal.findings) == 1 else 'are'} "
                   f"{counted(len(proposal.findings), 'quote')}")
    unknown = set(entry) - _QUOTE_KEYS
    if unknown:
        raise fail(f"quotes[{index}]", f"unknown field {sorted(unknown)[0]!r}")
    finding = proposal.findings[index - 1]
    place = f"quotes[{index}]"
    if entry.get("reject") is True:
        proposal.reject_quote(finding.quote_id)
        return
    if not finding.accepted:
        return
    if "text" in entry:
        proposal.set_quote_text(finding.quote_id, text(f"{place}.text", entry["text"]))
    if "speaker" in entry:
        proposal.name_speaker(finding.quote_id, text(f"{place}.speaker", entry["speaker"]),
                              people)
    if "role" in entry:
        proposal.set_quote_role(finding.quote_id, text(f"{place}.role", entry["role"]))
    if "approved" in entry:
        if not isinstance(entry["approved"], bool):
            raise fail(f"{place}.approved", "expected true or false")
        proposal.set_quote_approved(finding.quote_id, entry["approved"])
