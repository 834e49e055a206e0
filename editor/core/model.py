"""The domain of a press office: people, organisations, roles, press items, blocks, quotes.

Plain dataclasses; texts that exist in several languages are held in
:class:`Translations`, which also knows whether a translation is stale.
Every record has a string ``id`` that is stable across archives and files.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from editor.core.images import PhotoData

LANGUAGES: tuple[str, ...] = ("de", "en")
"""Languages the application writes in, in their usual order."""


def new_id() -> str:
    """A fresh, globally unique record id."""
    import uuid  # here: a command that only reads starts faster without it

    return uuid.uuid4().hex


@functools.lru_cache(maxsize=4096)
def fingerprint(text: str) -> str:
    """A short, stable digest of a source text; a changed source changes it.

    Kept for the texts seen last: the editor's table asks for every cell on each paint.
    """
    from editor.core.digest import sha256  # here: a command that only reads needs none

    normalised = " ".join(text.split())
    return sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class ItemKind(enum.StrEnum):
    RELEASE = "release"
    EVENT_REPORT = "event_report"
    STATEMENT = "statement"


class ItemStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    CORRECTED = "corrected"
    WITHDRAWN = "withdrawn"


ALLOWED_STATUS_CHANGES: dict[ItemStatus, frozenset[ItemStatus]] = {
    ItemStatus.DRAFT: frozenset({ItemStatus.IN_REVIEW, ItemStatus.WITHDRAWN}),
    ItemStatus.IN_REVIEW: frozenset(
        {ItemStatus.DRAFT, ItemStatus.APPROVED, ItemStatus.WITHDRAWN}
    ),
    ItemStatus.APPROVED: frozenset(
        {ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED, ItemStatus.WITHDRAWN}
    ),
    ItemStatus.PUBLISHED: frozenset({ItemStatus.CORRECTED, ItemStatus.WITHDRAWN}),
    ItemStatus.CORRECTED: frozenset({ItemStatus.CORRECTED, ItemStatus.WITHDRAWN}),
    ItemStatus.WITHDRAWN: frozenset({ItemStatus.DRAFT}),
}
"""The editorial workflow: which status may follow which."""


class BlockKind(enum.StrEnum):
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    LIST = "list"
    QUOTE = "quote"
    PHOTO = "photo"


class QuoteLayout(enum.StrEnum):
    """How a quote is attributed: in a sentence after the words, or in a line under them."""

    SENTENCE = "sentence"
    """„…“, sagte die Ministerin, **Dr. Anna Beispiel**."""
    BYLINE = "byline"
    """The words alone, then the speaker's name and role under them (web releases)."""


class Attendance(enum.StrEnum):
    """How exact an event's number of participants is: "70", "rund 70", "mehr als 70"."""

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    UP_TO = "up_to"


MAX_PARTICIPANTS = 10_000_000
"""The largest attendance an event can have; more is a typing error."""


class ApprovalState(enum.StrEnum):
    """Freigabe: whether the speaker's office has approved a quote."""

    DRAFTED = "drafted"
    SENT = "sent"
    APPROVED = "approved"
    REJECTED = "rejected"


class Gender(enum.StrEnum):
    """Grammatical gender, for articles and inflection in attributions."""

    FEMININE = "f"
    MASCULINE = "m"
    NEUTRAL = "x"


def text_or_any(texts: Mapping[str, str], lang: str, default: str = "") -> str:
    """The text in ``lang``, else the first non-empty one in any language, else ``default``."""
    text = texts.get(lang)
    if text:
        return text
    return next((value for value in texts.values() if value), default)


@dataclass
class Translations:
    """A text per language, with the source fingerprint each translation was made from.

    ``basis[lang]`` is the :func:`fingerprint` of the source-language text at the moment
    the translation into ``lang`` was written or confirmed. When the source text changes,
    the fingerprint no longer matches and the translation is stale.
    """

    text: dict[str, str] = field(default_factory=dict)
    basis: dict[str, str] = field(default_factory=dict)

    def get(self, lang: str) -> str:
        return self.text.get(lang, "")

    def text_or_any(self, lang: str, default: str = "") -> str:
        """The text in ``lang``, else the first one in any language, else ``default``."""
        return text_or_any(self.text, lang, default)

    def has(self, lang: str) -> bool:
        return bool(self.text.get(lang, "").strip())

    def set_source(self, lang: str, value: str) -> None:
        """Write the source-language text; translations made from the old text go stale."""
        self.text[lang] = value
        self.basis.pop(lang, None)

    def set_translation(self, lang: str, value: str, source_lang: str) -> None:
        """Write a translation made from the current source text."""
        self.text[lang] = value
        self.mark_translated(lang, source_lang)

    def mark_translated(self, lang: str, source_lang: str) -> None:
        """Confirm that the translation into ``lang`` matches the current source."""
        if lang != source_lang:
            self.basis[lang] = fingerprint(self.get(source_lang))

    def is_missing(self, lang: str) -> bool:
        return not self.has(lang)

    def is_stale(self, lang: str, source_lang: str) -> bool:
        """True when ``lang`` is a translation whose source changed since it was written."""
        if lang == source_lang or not self.has(lang) or not self.has(source_lang):
            return False
        return self.basis.get(lang) != fingerprint(self.get(source_lang))

    @classmethod
    def of(cls, source_lang: str | None = None, **texts: str) -> Translations:
        """Texts that are all current: ``Translations.of("de", de="…", en="…")``."""
        result = cls(text=dict(texts))
        if source_lang is not None:
            for lang in texts:
                result.mark_translated(lang, source_lang)
        return result


@dataclass
class Person:
    """A person of the directory, as speakers and contacts name them."""

    id: str
    given_name: str
    family_name: str
    honorific: str = ""
    """Academic title or honorific as written before the name: "Prof. Dr.-Ing."."""
    gender: Gender = Gender.NEUTRAL
    town: str = ""
    note: str = ""
    """Internal note about the person; never exported."""
    honorific_by_language: dict[str, str] = field(default_factory=dict)
    """The honorific per language where it differs from ``honorific``: {"en": "Prof."}."""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)

    def honorific_in(self, lang: str) -> str:
        """The honorific as written in ``lang``: its own form, else :attr:`honorific`."""
        return self.honorific_by_language.get(lang, "").strip() or self.honorific

    def full_name_in(self, lang: str) -> str:
        """The full name with the honorific as written in ``lang``."""
        parts = (self.honorific_in(lang), self.given_name, self.family_name)
        return " ".join(p for p in parts if p)

    @property
    def sort_name(self) -> str:
        return f"{self.family_name}, {self.given_name}".strip(", ")


@dataclass
class Organisation:
    """An organisation of the directory: its names, boilerplate, town, website, logo."""

    id: str
    short_name: str
    name: dict[str, str] = field(default_factory=dict)
    """Full name per language: {"de": "Wirtschaftsförderung Land Brandenburg GmbH"}."""
    boilerplate: dict[str, str] = field(default_factory=dict)
    """The "Über …" / "About …" paragraph per language."""
    town: str = ""
    website: str = ""
    logo: str = ""
    """Key of the logo's bytes in the archive's photo store (see :mod:`editor.core.images`);
    "" for none. Templates may show it."""

    def display_name(self, lang: str) -> str:
        return text_or_any(self.name, lang, self.short_name)


@dataclass
class Role:
    """A function a person holds at an organisation for a period (Funktion)."""

    id: str
    person_id: str
    organisation_id: str | None
    title: dict[str, str] = field(default_factory=dict)
    """Title per language as it follows the definite article in an attribution:
    {"de": "Brandenburger Minister für Wirtschaft, Arbeit und Energie",
     "en": "Brandenburg's Minister for Economic Affairs, Labour and Energy"}."""
    function: dict[str, str] = field(default_factory=dict)
    """The bare function per language ("Geschäftsführer"); the start of ``title``."""
    function_plural: dict[str, str] = field(default_factory=dict)
    """The function in the plural, for joint attributions ("Geschäftsführer", "managing
    directors")."""
    valid_from: date | None = None
    valid_until: date | None = None

    def valid_on(self, day: date) -> bool:
        """True when the role was held on ``day`` (both ends inclusive; open ends)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until


def role_on(roles: list[Role], person_id: str, day: date) -> Role | None:
    """The role ``person_id`` held on ``day``; the one begun last wins when several did."""
    held = [r for r in roles if r.person_id == person_id and r.valid_on(day)]
    if not held:
        return None
    return max(held, key=lambda r: r.valid_from or date.min)


@dataclass
class Speaker:
    """One speaker of a quote: the person and, where known, the role held when speaking."""

    person_id: str
    role_id: str | None = None


@dataclass
class ApprovalEvent:
    """One step of a quote's approval round, as recorded when it was taken."""

    state: ApprovalState
    """The state the quote moved to."""
    at: datetime
    """When the step was taken (naive UTC, or as given by the user)."""
    user: str
    """Who recorded the step in the archive (the archive user)."""
    by: str = ""
    """Who decided, for approved or rejected ("Pressestelle MWAE, Frau Schulz")."""
    note: str = ""
    """To whom it was sent, or the reason a rejection gave; never exported."""


@dataclass
class Approval:
    """Where a quote stands with its speakers: its state, who decided when, its history."""

    state: ApprovalState = ApprovalState.DRAFTED
    by: str = ""
    """Who approved or rejected ("Pressestelle MWAE, Frau Schulz")."""
    at: datetime | None = None
    comment: str = ""
    """Internal comment from the approval round; never exported."""
    sent_to: str = ""
    """To whom the quote was last sent for approval."""
    sent_at: datetime | None = None
    """When the quote was last sent for approval."""
    basis: dict[str, str] = field(default_factory=dict)
    """The :func:`fingerprint` of the quote text per language when it was approved; a
    text that no longer matches makes the quote "changed since approval"."""
    speakers: str = ""
    """The :func:`fingerprint` of the persons speaking when it was approved; another,
    an added or a removed speaker makes the quote "changed since approval"."""
    history: list[ApprovalEvent] = field(default_factory=list)
    """Every step of the approval round, oldest first."""


@dataclass
class Quote:
    """Words of one or more speakers, per language, with their attribution and approval."""

    id: str
    speakers: list[Speaker] = field(default_factory=list)
    text: Translations = field(default_factory=Translations)
    """The words spoken, without outer quotation marks; inner straight quotes become the
    language's nested marks when rendered."""
    verb: dict[str, str] = field(default_factory=dict)
    """Attribution verb per language: {"de": "sagte", "en": "said"}."""
    attribution: dict[str, str] = field(default_factory=dict)
    """Hand-written attribution per language; when empty, it is built from the speakers."""
    date: date | None = None
    """When it was said; ``None`` means the date of the item it appears in."""
    approval: Approval = field(default_factory=Approval)
    topics: list[str] = field(default_factory=list)
    layout: QuoteLayout = QuoteLayout.SENTENCE
    """In a sentence ("…“, sagte …") or with the speakers in a byline under the words."""


@dataclass
class Photo:
    """A photo of an item: its bytes in the archive, caption, credit and alt text."""

    id: str
    blob: str = ""
    """The photo's bytes in the archive: their SHA-256 (see :mod:`editor.core.images`).

    Empty when the archive has no bytes for it (an older archive whose file could not
    be read); exports then show that the picture is missing."""
    caption: dict[str, str] = field(default_factory=dict)
    alt_text: dict[str, str] = field(default_factory=dict)
    credit: str = ""
    """Shown as "© {credit}"."""
    licence: str = ""


@dataclass
class Contact:
    """A press contact printed under the release.

    An item holds its contacts as copies (what was printed); the archive's directory keeps
    its own records, and ``id`` names the one an item's contact was picked from."""

    name: str
    organisation_id: str | None = None
    function: dict[str, str] = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    website: str = ""
    topics: dict[str, str] = field(default_factory=dict)
    """What the contact answers questions on, per language:
    {"de": "Verkehr und Mobilität / Kultur und Tourismus"}."""
    id: str = ""
    """The directory contact this one was picked from; "" for one typed only into the item."""


@dataclass
class Embargo:
    """Sperrfrist: the item may not be published before ``until`` in ``timezone``."""

    until: datetime
    """Wall-clock time in ``timezone`` (naive)."""
    timezone: str = "Europe/Berlin"

    def ends(self) -> datetime:
        """The moment it ends (aware); an unknown zone counts as UTC+14, the earliest any
        embargo can end, so it never ends too early."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return self.until.replace(tzinfo=ZoneInfo(self.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return self.until.replace(tzinfo=ZoneInfo("Etc/GMT-14"))

    def in_force(self, now: datetime | None = None) -> bool:
        """True while the embargo has not ended (``now``: an aware moment, default now)."""
        from datetime import UTC

        return (now or datetime.now(UTC)) < self.ends()


@dataclass
class EventSpeaker:
    """A speaker on an event's programme."""

    person_id: str
    role_id: str | None = None
    town: str = ""
    """Where the speaker comes from, as printed: "Potsdam"."""


@dataclass
class Event:
    """The facts of an event an item reports on."""

    name: dict[str, str] = field(default_factory=dict)
    starts: datetime | None = None
    ends: datetime | None = None
    place: str = ""
    online: bool = False
    organiser_ids: list[str] = field(default_factory=list)
    participants: int | None = None
    """How many took part (0 to :data:`MAX_PARTICIPANTS`); see ``attendance``."""
    speakers: list[EventSpeaker] = field(default_factory=list)
    attendance: Attendance = Attendance.EXACT
    """Whether ``participants`` is exact, about, more than or up to that number."""


@dataclass
class Block:
    """One paragraph, subheading, list, quote or photo of an item, in every language.

    A quote block shows ``quote_id``; its ``text`` is what follows the attribution in
    the same paragraph (often nothing). A photo block shows ``photo_id``.
    """

    id: str
    kind: BlockKind = BlockKind.PARAGRAPH
    text: Translations = field(default_factory=Translations)
    quote_id: str | None = None
    photo_id: str | None = None


@dataclass
class PressItem:
    """A release, event report or statement, with its blocks, quotes and photos."""

    id: str
    kind: ItemKind = ItemKind.RELEASE
    status: ItemStatus = ItemStatus.DRAFT
    issue_date: date | None = None
    places: list[str] = field(default_factory=list)
    issuer_ids: list[str] = field(default_factory=list)
    source_language: str = "de"
    languages: list[str] = field(default_factory=lambda: ["de"])
    kicker: Translations = field(default_factory=Translations)
    """Dachzeile: the line above the headline."""
    headline: Translations = field(default_factory=Translations)
    subheadline: Translations = field(default_factory=Translations)
    """Unterzeile: the line below the headline."""
    blocks: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    embargo: Embargo | None = None
    event: Event | None = None
    internal_note: str = ""
    """For the press office only; never exported."""
    corrected_at: datetime | None = None
    """When the correction now standing was published (set by publishing an item that was
    published before); its exports say "Korrigierte Fassung vom …"."""
    source_name: str = ""
    """The file an imported item was read from: its name only, never a folder (the path
    would tell where the press office keeps its files). Empty for items made here."""
    imported_at: datetime | None = None
    """When the item was imported from :attr:`source_name`."""
    version: int = 0
    """Incremented by the archive on every save; a stale copy cannot overwrite a newer one."""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def quote(self, quote_id: str) -> Quote:
        for q in self.quotes:
            if q.id == quote_id:
                return q
        raise KeyError(quote_id)

    def photo(self, photo_id: str) -> Photo:
        for p in self.photos:
            if p.id == photo_id:
                return p
        raise KeyError(photo_id)

    def stale_translations(self) -> list[tuple[str, str]]:
        """(block id or field name, language) for every translation that is stale."""
        found: list[tuple[str, str]] = []
        src = self.source_language
        named = [("kicker", self.kicker), ("headline", self.headline),
                 ("subheadline", self.subheadline)]
        named += [(b.id, b.text) for b in self.blocks]
        named += [(q.id, q.text) for q in self.quotes]
        for name, texts in named:
            for lang in self.languages:
                if texts.is_stale(lang, src):
                    found.append((name, lang))
        return found

    def change_status(self, new: ItemStatus) -> None:
        """Move along the editorial workflow; an impossible step raises ValueError."""
        if new == self.status:
            return
        if new not in ALLOWED_STATUS_CHANGES[self.status]:
            raise ValueError(f"A {self.status.value} item cannot become {new.value}.")
        self.status = new


@dataclass
class Bundle:
    """Press items together with every person, organisation and role they refer to."""

    items: list[PressItem] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    photo_data: dict[str, PhotoData] = field(default_factory=dict)
    """The bytes of the items' photos by :attr:`Photo.blob`: all an export may show."""
