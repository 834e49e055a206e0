"""The language-resolved view of one press item that templates and writers receive.

Everything here is already formatted for its language: marks, datelines, dates, lists.
Internal notes, approval comments and notes about people are never copied in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from editor.core.findings import Finding, Place, Severity, finding
from editor.core.formatting import (
    default_dateline_style,
    format_date,
    format_dateline,
    format_embargo,
    format_list,
    format_number,
)
from editor.core.images import PhotoData
from editor.core.links import mailto_href, safe_href, tel_href
from editor.core.model import (
    MAX_PARTICIPANTS,
    Attendance,
    Block,
    BlockKind,
    Bundle,
    ItemKind,
    ItemStatus,
    PressItem,
    QuoteLayout,
    Translations,
)
from editor.core.typography import QuoteSmartener, visible_safe
from editor.render.attribution import (
    People,
    SpeakerRole,
    byline_runs,
    quote_paragraph,
    quote_words,
    speakers_of,
)
from editor.render.errors import RenderError
from editor.render.inline import Run, parse_inline, plain, smarten_runs
from editor.render.labels import about_heading, credit_line, labels

SECTION_PARTS: tuple[str, ...] = (
    "release_line", "correction", "kicker", "headline", "subheadline", "blocks", "end", "event",
    "about", "contacts", "credits",
)
"""What a language section of an exported item holds, in this order. Both the HTML
macros (``_shared/macros.html.j2``) and the DOCX writer walk ``LanguageView.parts``, a
selection of these, so the two formats always show the same things."""

HEAD_PARTS = frozenset({"release_line", "correction", "kicker", "headline", "subheadline"})
"""The parts above the text, which a side-by-side layout puts in its first row."""


@dataclass
class PhotoView:
    """A photo with its caption and credit; ``image`` is ``None`` when it is missing.

    The bytes are those the archive holds (``Bundle.photo_data``): nothing else is shown.
    """

    image: PhotoData | None
    photo_id: str
    caption: list[Run]
    alt: str
    credit: str
    missing_label: str

    @property
    def available(self) -> bool:
        """True when the archive holds the picture (``photo_src`` then gives it)."""
        return self.image is not None

    @property
    def path(self) -> str:
        """Kept for templates written when photos were files: true when there is a
        picture. It names no file; there is none."""
        return f"archive:{self.image.key}" if self.image is not None else ""


@dataclass
class BlockView:
    """One block in one language.

    ``notice`` is a visible remark ("[Übersetzung veraltet]") when the translation is
    stale (the text is still shown) or missing (``runs`` is then empty).
    """

    kind: str
    lang: str
    runs: list[Run] = field(default_factory=list)
    items: list[list[Run]] = field(default_factory=list)
    photo: PhotoView | None = None
    lead: bool = False
    dateline: str = ""
    notice: str = ""
    notice_kind: str = ""
    byline: list[Run] = field(default_factory=list)
    """For a quote in byline layout: the speakers' names and roles, shown under the words."""
    after: list[Run] = field(default_factory=list)
    """For a quote in byline layout: the block's own text, a paragraph after the byline."""

    @property
    def plain(self) -> str:
        return plain(self.runs)

    @property
    def empty(self) -> bool:
        """True when the block shows nothing in this language (its text is missing and no
        editing mark says so): the writers leave it out rather than print an empty line."""
        return not (self.runs or self.items or self.photo or self.notice or self.byline
                    or self.after)


@dataclass
class OrganisationView:
    """An issuer. ``website`` is a safe link or "" (see :mod:`editor.core.links`);
    ``website_text`` is the address as stored, to show without a link when unsafe."""

    short_name: str
    name: str
    about: str
    boilerplate: list[Run]
    website: str
    website_text: str = ""


@dataclass
class ContactView:
    """A press contact; ``website``, ``email_href`` and ``phone_href`` are safe links or ""
    (``mailto:``/``tel:`` made from the address and number), ``website_text`` as stored."""

    name: str
    function: str
    organisation: str
    phone: str
    email: str
    website: str
    topics: str = ""
    """What the contact answers on: "Verkehr und Mobilität / Kultur und Tourismus"."""
    website_text: str = ""
    email_href: str = ""
    phone_href: str = ""


@dataclass
class EventSpeakerView:
    """A speaker of an event as printed."""

    name: str
    role: str
    town: str

    @property
    def line(self) -> str:
        """ "Oberbürgermeister Mike Schubert | Potsdam"."""
        who = f"{self.role} {self.name}".strip()
        return f"{who} | {self.town}" if self.town else who


@dataclass
class EventView:
    """An event as printed: name, time, place, speakers."""

    name: str
    when: str
    place: str
    online: bool
    organisers: str
    participants: str
    speakers: list[EventSpeakerView]

    @property
    def facts(self) -> list[tuple[str, str]]:
        """(label key, value) of the facts that are known, in the order they are shown."""
        return [(key, value) for key, value in (
            ("date", self.when), ("place", self.place), ("organisers", self.organisers),
            ("participants", self.participants)) if value]


@dataclass
class LanguageView:
    """The item in one language, with the labels of that language."""

    lang: str
    labels: dict[str, str]
    kind_label: str
    kicker: str
    headline: str
    subheadline: str
    headline_notice: str
    dateline: str
    date: str
    release_line: str
    embargoed: bool
    blocks: list[BlockView]
    issuers: list[OrganisationView]
    contacts: list[ContactView]
    credits: list[str]
    topics: str
    event: EventView | None
    parts: list[str] = field(default_factory=list)
    """The parts of :data:`SECTION_PARTS` this section shows, in order."""
    places: str = ""
    """The item's places as written in a dateline: "Potsdam/Magdeburg"."""
    embargo_when: str = ""
    """When the embargo ends, in this language ("15. März 2021, 10:00 Uhr MEZ"); empty
    without an embargo."""
    correction: str = ""
    """ "Korrigierte Fassung vom 3. Dezember 2026" for a corrected item, else empty."""
    draft_label: str = ""
    """The ENTWURF / DRAFT line a draft shows under this language's masthead, as the DOCX
    writer puts it at the top of each language (empty unless a draft)."""


@dataclass
class RowView:
    """One line of a side-by-side layout: the same block in each language."""

    cells: list[BlockView]


@dataclass
class ExportView:
    """Everything a template needs for one item in the chosen languages."""

    item_id: str
    kind: str
    languages: list[str]
    sections: list[LanguageView]
    rows: list[RowView]
    title: str
    issue_date: str
    jsonld: str
    warnings: list[Finding] = field(default_factory=list)
    """What the export could not do as asked (no role known, no dateline)."""
    draft: bool = False
    """A draft for approval: editing marks are shown, under :attr:`draft_label`."""
    draft_label: str = ""
    """ "ENTWURF – zur Freigabe …" in the item's languages (empty unless a draft)."""

    @property
    def part_groups(self) -> list[list[str]]:
        """The rows of a side-by-side layout: the head parts together, then ``["blocks"]``
        (one row per block), then each part after the text in its own row, so that the
        languages stay level."""
        order = [p for p in SECTION_PARTS if any(p in s.parts for s in self.sections)]
        head = [p for p in order if p in HEAD_PARTS]
        return ([head] if head else []) + [[p] for p in order if p not in HEAD_PARTS]


@dataclass(frozen=True)
class ViewOptions:
    """Choices a template makes (dateline convention per language), and whether the view
    is a draft for approval.

    Without ``draft`` the view holds no editing marks ("[Übersetzung fehlt]" …): a photo
    without its picture is left out, a missing translation shows nothing. The export
    checks (:mod:`editor.services.preflight`) refuse such items unless a draft is made.
    """

    dateline: dict[str, str] = field(default_factory=dict)
    draft: bool = False


def _t(values: dict[str, str], lang: str) -> str:
    return visible_safe(values.get(lang) or "")


def _smart(value: str, lang: str) -> str:
    return QuoteSmartener(lang).feed(visible_safe(value))


def _notice(texts: Translations, lang: str, source: str, words: dict[str, str]) -> tuple[str, str]:
    if texts.is_missing(lang) and texts.has(source):
        return words["missing"], "missing"
    if lang == source and texts.is_missing(lang) and any(
            texts.has(other) for other in texts.text if other != lang):
        # the source text was emptied while a translation still has words: a draft shows
        # the gap instead of dropping the paragraph in this language alone
        return words["text_missing"], "missing"
    if texts.is_stale(lang, source):
        return words["stale"], "stale"
    return "", ""


class _Builder:
    def __init__(self, bundle: Bundle, item: PressItem, options: ViewOptions,
                 people: People | None = None) -> None:
        self.bundle = bundle
        self.item = item
        self.options = options
        self.people = people if people is not None else People(bundle)
        self.day: date | None = item.issue_date
        """The day roles are looked up on; ``None`` in an undated item (no guessing)."""
        self.warnings: list[Finding] = []

    def _warn(self, note: Finding) -> None:
        if note not in self.warnings:
            self.warnings.append(note)

    def notice(self, texts: Translations, lang: str, words: dict[str, str]) -> tuple[str, str]:
        """The editing mark of ``texts`` in ``lang``; none outside a draft for approval."""
        if not self.options.draft:
            return "", ""
        return _notice(texts, lang, self.item.source_language, words)

    def shows(self, block: Block) -> bool:
        """False for a photo block whose picture is missing, outside a draft."""
        if block.kind is not BlockKind.PHOTO or self.options.draft:
            return True
        try:
            photo = self.item.photo(block.photo_id or "")
        except KeyError:
            return True  # reported by :meth:`photo`
        image = self.bundle.photo_data.get(photo.blob) if photo.blob else None
        return image is not None and image.key == photo.blob

    def _warn_unknown_roles(self, speakers: list[SpeakerRole], place: Place) -> None:
        """A warning for each speaker whose role is unknown only because nothing is dated."""
        for sp in speakers:
            if sp.role is None and sp.undated:
                self._warn(finding("role_unknown", Severity.WARNING, self.item.id, place,
                                   person=sp.person.full_name))

    def photo(self, photo_id: str | None, lang: str) -> PhotoView:
        words = labels(lang)
        try:
            photo = self.item.photo(photo_id or "")
        except KeyError:
            raise RenderError(
                f"A photo block of item {self.item.id} shows photo {photo_id!r}, "
                "which the item does not have."
            ) from None
        image = self.bundle.photo_data.get(photo.blob) if photo.blob else None
        if image is not None and image.key != photo.blob:
            image = None
        caption = smarten_runs(parse_inline(_t(photo.caption, lang)), QuoteSmartener(lang))
        credit = credit_line(visible_safe(photo.credit), lang)
        return PhotoView(
            image=image,
            photo_id=visible_safe(photo.id),
            caption=caption,
            alt=_t(photo.alt_text, lang) or plain(caption),
            credit=credit,
            missing_label=words["photo_missing"] if self.options.draft else "",
        )

    def block(self, block: Block, lang: str, lead: bool, dateline: str) -> BlockView:
        words = labels(lang)
        kind = block.kind.value
        view = BlockView(kind=kind, lang=lang)
        texts = block.text
        if block.kind is BlockKind.QUOTE:
            try:
                quote = self.item.quote(block.quote_id or "")
            except KeyError:
                raise RenderError(
                    f"A quote block of item {self.item.id} shows quote {block.quote_id!r}, "
                    "which the item does not have."
                ) from None
            view.notice, view.notice_kind = self.notice(quote.text, lang, words)
            if not view.notice:
                view.notice, view.notice_kind = self.notice(texts, lang, words)
            if quote.text.is_missing(lang):
                return view
            speakers = speakers_of(quote, self.people, quote.date or self.day)
            self._warn_unknown_roles(speakers, Place(block_id=block.id, quote_id=quote.id))
            after = smarten_runs(parse_inline(texts.get(lang)), QuoteSmartener(lang))
            if quote.layout is QuoteLayout.BYLINE:
                view.runs = quote_words(lang, quote.text.get(lang))
                view.byline = byline_runs(quote, speakers, lang)
                view.after = after
            else:
                view.runs = quote_paragraph(quote, speakers, lang, quote.text.get(lang), after)
            return view
        if block.kind is BlockKind.PHOTO:
            view.photo = self.photo(block.photo_id, lang)
            return view
        view.notice, view.notice_kind = self.notice(texts, lang, words)
        source = texts.get(lang)
        if block.kind is BlockKind.LIST:
            lines = [ln.strip().removeprefix("- ").removeprefix("* ") for ln in source.splitlines()]
            view.items = [
                smarten_runs(parse_inline(ln), QuoteSmartener(lang)) for ln in lines if ln
            ]
            return view
        view.runs = smarten_runs(parse_inline(source), QuoteSmartener(lang))
        if lead and view.runs:
            view.lead = True
            view.dateline = dateline
        return view

    def blocks(self, lang: str, dateline: str) -> list[BlockView]:
        out = []
        lead_done = False
        for block in self.shown_blocks():
            is_lead = not lead_done and block.kind is BlockKind.PARAGRAPH
            lead_done = lead_done or is_lead
            out.append(self.block(block, lang, is_lead, dateline))
        return out

    def shown_blocks(self) -> list[Block]:
        return [block for block in exported_blocks(self.item) if self.shows(block)]

    def event(self, lang: str) -> EventView | None:
        ev = self.item.event
        if ev is None:
            return None
        words = labels(lang)
        when = ""
        if ev.starts is not None:
            when = format_date(ev.starts.date(), lang, "long")
            if ev.starts.time().hour or ev.starts.time().minute:
                clock = ev.starts.strftime("%H:%M")
                if ev.ends is not None and ev.ends.date() == ev.starts.date():
                    clock += "–" + ev.ends.strftime("%H:%M")
                when += f", {clock}" + (" Uhr" if lang.startswith("de") else "")
            if ev.ends is not None and ev.ends.date() != ev.starts.date():
                when += " – " + format_date(ev.ends.date(), lang, "long")
        organisers = [
            self.people.organisations[o].display_name(lang)
            for o in dict.fromkeys(ev.organiser_ids)
            if o in self.people.organisations
        ]
        speakers = []
        day = ev.starts.date() if ev.starts else self.day
        for sp in ev.speakers:
            person = self.people.person(sp.person_id, f"The event of item {self.item.id}")
            role = self.people.role(sp.person_id, sp.role_id, day)
            if role is None and day is None and not sp.role_id:
                self._warn_unknown_roles([SpeakerRole(person, None, undated=True)],
                                         Place(field="event"))
            function = ""
            if role is not None:
                function = _t(role.function, lang) or _t(role.title, lang)
            speakers.append(EventSpeakerView(
                visible_safe(person.full_name_in(lang)), function,
                visible_safe(sp.town or person.town)))
        place = words["online"] if ev.online and not ev.place else visible_safe(ev.place)
        if ev.online and ev.place:
            place = f"{visible_safe(ev.place)} / {words['online']}"
        return EventView(
            name=_smart(_t(ev.name, lang), lang),
            when=when,
            place=place,
            online=ev.online,
            organisers=visible_safe(format_list(organisers, lang)),
            participants=self.participants(lang),
            speakers=speakers,
        )

    def participants(self, lang: str) -> str:
        """ "1.234", "rund 70", "more than 70"; empty when not known."""
        ev = self.item.event
        if ev is None or ev.participants is None:
            return ""
        if not 0 <= ev.participants <= MAX_PARTICIPANTS:
            raise RenderError(
                f"Press item {self.item.id}: event.participants is {ev.participants}, which "
                f"is not a number of people (0 to {MAX_PARTICIPANTS:,}); correct it.")
        if ev.participants == 0 and ev.attendance is Attendance.EXACT:
            return ""
        number = format_number(ev.participants, lang)
        if ev.attendance is Attendance.EXACT:
            return number
        return labels(lang)[f"attendance_{ev.attendance.value}"].format(n=number)

    def section(self, lang: str) -> LanguageView:
        item = self.item
        words = labels(lang)
        style = self.options.dateline.get(lang) or default_dateline_style(lang)
        dateline = visible_safe(format_dateline(item.places, item.issue_date, style))
        if not dateline and any(b.kind is BlockKind.PARAGRAPH for b in item.blocks):
            self._warn(finding("no_dateline", Severity.WARNING, item.id,
                               Place(field="issue_date")))
        embargo = when = ""
        if item.embargo is not None:
            when = format_embargo(item.embargo.until, item.embargo.timezone, lang)
            embargo = words["embargo"].format(when=when)
        issuers = []
        for oid in dict.fromkeys(item.issuer_ids):  # an organisation named twice shows once
            org = self.people.organisations.get(oid)
            if org is None:
                raise RenderError(
                    f"Item {item.id} names issuer {oid!r}, who is not in the archive.")
            name = visible_safe(org.display_name(lang))
            issuers.append(OrganisationView(
                short_name=visible_safe(org.short_name),
                name=name,
                about=about_heading(visible_safe(org.short_name) or name, lang),
                boilerplate=smarten_runs(parse_inline(_t(org.boilerplate, lang)),
                                         QuoteSmartener(lang)),
                website=safe_href(org.website),
                website_text=visible_safe(org.website),
            ))
        contacts = []
        for c in item.contacts:
            org = self.people.organisations.get(c.organisation_id or "")
            contacts.append(ContactView(
                name=visible_safe(c.name),
                function=_t(c.function, lang),
                organisation=visible_safe(org.display_name(lang)) if org else "",
                phone=visible_safe(c.phone),
                email=visible_safe(c.email),
                website=safe_href(c.website),
                website_text=visible_safe(c.website),
                email_href=mailto_href(c.email),
                phone_href=tel_href(c.phone),
                topics=_t(c.topics, lang),
            ))
        credits = []
        shown = {b.photo_id for b in item.blocks if b.kind is BlockKind.PHOTO}
        for p in item.photos:
            line = credit_line(visible_safe(p.credit), lang)
            if line and p.id not in shown:
                credits.append(line)
        headline_notice, _ = self.notice(item.headline, lang, words)
        view = LanguageView(
            lang=lang,
            labels=words,
            kind_label=words.get(item.kind.value, words["release"]),
            kicker=_smart(item.kicker.get(lang), lang),
            headline=_smart(item.headline.get(lang), lang),
            subheadline=_smart(item.subheadline.get(lang), lang),
            headline_notice=headline_notice,
            dateline=dateline,
            date=format_date(item.issue_date, lang, "long") if item.issue_date else "",
            release_line=embargo or words["immediate"],
            embargoed=bool(embargo),
            blocks=self.blocks(lang, dateline),
            issuers=issuers,
            contacts=contacts,
            credits=list(dict.fromkeys(credits)),
            topics=visible_safe(format_list(list(dict.fromkeys(item.topics)), lang)),
            event=self.event(lang),
            places=visible_safe("/".join(dict.fromkeys(p.strip() for p in item.places
                                                       if p.strip()))),
            embargo_when=when,
            correction=_correction(item, lang),
        )
        view.parts = _parts(view, immediate_line=item.kind is not ItemKind.EVENT_REPORT)
        return view


def _correction(item: PressItem, lang: str) -> str:
    """The line saying since when the corrected version stands (corrected items only)."""
    if item.status is not ItemStatus.CORRECTED:
        return ""
    when = item.corrected_at or item.updated_at
    if when is None:
        return ""
    day = when.astimezone().date() if when.tzinfo is not None else when.date()
    return labels(lang)["corrected"].format(date=format_date(day, lang, "long"))


def _parts(s: LanguageView, *, immediate_line: bool = True) -> list[str]:
    """The parts of :data:`SECTION_PARTS` that ``s`` has something to show for.

    The release line is the embargo line when there is one. Otherwise a release in English
    says "FOR IMMEDIATE RELEASE" (German releases go out without such a line); an event
    report (``immediate_line`` false) tells of what has happened and has none in any
    language, so its German and English versions open alike."""
    has = {
        "release_line": s.embargoed or (immediate_line and s.lang.split("-")[0] != "de"),
        "correction": bool(s.correction),
        "kicker": bool(s.kicker),
        "headline": True,
        "subheadline": bool(s.subheadline),
        "blocks": bool(s.blocks),
        "end": bool(s.labels.get("end")),
        "event": s.event is not None,
        "about": any(o.boilerplate for o in s.issuers),
        "contacts": bool(s.contacts),
        "credits": bool(s.credits),
    }
    return [name for name in SECTION_PARTS if has[name]]


def _jsonld(item: PressItem, sections: list[LanguageView]) -> str:
    """schema.org NewsArticle per language, safe to place inside a <script> element."""
    articles = []
    for s in sections:
        lead = next((b for b in s.blocks if b.lead), None)
        article: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.headline,
            "inLanguage": s.lang,
            "publisher": [{"@type": "Organization", "name": o.name} for o in s.issuers],
        }
        if item.issue_date:
            article["datePublished"] = item.issue_date.isoformat()
        if s.subheadline:
            article["alternativeHeadline"] = s.subheadline
        if lead is not None:
            article["description"] = lead.plain[:500]
        if item.topics:
            article["keywords"] = visible_safe(", ".join(dict.fromkeys(item.topics)))
        articles.append(article)
    data: object = articles[0] if len(articles) == 1 else articles
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def find_item(bundle: Bundle, item_id: str) -> PressItem:
    for item in bundle.items:
        if item.id == item_id:
            return item
    raise _no_item(item_id)


def _no_item(item_id: str) -> RenderError:
    return RenderError(f"There is no press item with id {item_id!r} to export.")


class BundleIndex:
    """A bundle's items, people and roles by id, built once for a run over many items.

    An export of N items looks each item, speaker and role up in constant time instead
    of scanning the bundle for each (which made large exports quadratic). The bundle
    must not change while the index is in use.
    """

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.people = People(bundle)
        self._items: dict[str, PressItem] = {}
        for item in bundle.items:
            self._items.setdefault(item.id, item)  # the first of equal ids, as find_item

    def item(self, item_id: str) -> PressItem:
        try:
            return self._items[item_id]
        except KeyError:
            raise _no_item(item_id) from None


TEXT_ONLY_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.LIST)


def exported_blocks(item: PressItem) -> list[Block]:
    """The item's blocks that go into an export: text blocks with no text in any language
    (a paragraph started and never written) are left out, not printed as empty rows."""
    return [b for b in item.blocks
            if b.kind not in TEXT_ONLY_KINDS or any(t.strip() for t in b.text.text.values())]


def build_view(
    bundle: Bundle, item_id: str, languages: list[str], options: ViewOptions | None = None,
    *, index: BundleIndex | None = None,
) -> ExportView:
    """The view of ``item_id`` in ``languages`` (in that order); ``index`` (of ``bundle``)
    makes the look-ups of a run over many items constant-time."""
    item = index.item(item_id) if index is not None else find_item(bundle, item_id)
    if not languages:
        raise RenderError("Choose at least one language to export.")
    builder = _Builder(bundle, item, options or ViewOptions(),
                       index.people if index is not None else None)
    sections = [builder.section(lang) for lang in languages]
    rows = [RowView([s.blocks[i] for s in sections])
            for i in range(len(builder.shown_blocks()))]
    draft_label = (" / ".join(dict.fromkeys(labels(lang)["draft"] for lang in languages))
                   if builder.options.draft else "")
    for section in sections:
        section.draft_label = draft_label
    first = sections[0]
    return ExportView(
        item_id=item.id,
        kind=item.kind.value,
        languages=list(languages),
        sections=sections,
        rows=rows,
        title=first.headline or item.id,
        issue_date=item.issue_date.isoformat() if item.issue_date else "",
        jsonld=_jsonld(item, sections),
        warnings=builder.warnings,
        draft=builder.options.draft,
        draft_label=draft_label,
    )
