"""The language-resolved view of one press item that templates and writers receive.

Everything here is already formatted for its language: marks, datelines, dates, lists.
Internal notes, approval comments and notes about people are never copied in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from editor.core.formatting import (
    default_dateline_style,
    format_date,
    format_dateline,
    format_embargo,
    format_list,
    format_number,
)
from editor.core.links import mailto_href, safe_href, tel_href
from editor.core.model import Block, BlockKind, Bundle, PressItem, Translations
from editor.core.typography import QuoteSmartener, visible_safe
from editor.render.attribution import People, quote_paragraph, speakers_of
from editor.render.errors import RenderError
from editor.render.inline import Run, parse_inline, plain, smarten_runs
from editor.render.labels import labels


@dataclass
class PhotoView:
    """A photo with its caption and credit; ``path`` is ``None`` when the file is missing."""

    path: Path | None
    source: str
    caption: list[Run]
    alt: str
    credit: str
    missing_label: str


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

    @property
    def plain(self) -> str:
        return plain(self.runs)


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
    website_text: str = ""
    email_href: str = ""
    phone_href: str = ""


@dataclass
class EventSpeakerView:
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
    name: str
    when: str
    place: str
    online: bool
    organisers: str
    participants: str
    speakers: list[EventSpeakerView]


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


@dataclass(frozen=True)
class ViewOptions:
    """Choices a template makes: dateline convention per language."""

    dateline: dict[str, str] = field(default_factory=dict)


def _t(values: dict[str, str], lang: str) -> str:
    return visible_safe(values.get(lang) or "")


def _smart(value: str, lang: str) -> str:
    return QuoteSmartener(lang).feed(visible_safe(value))


def _notice(texts: Translations, lang: str, source: str, words: dict[str, str]) -> tuple[str, str]:
    if texts.is_missing(lang) and texts.has(source):
        return words["missing"], "missing"
    if texts.is_stale(lang, source):
        return words["stale"], "stale"
    return "", ""


class _Builder:
    def __init__(self, bundle: Bundle, item: PressItem, options: ViewOptions) -> None:
        self.bundle = bundle
        self.item = item
        self.options = options
        self.people = People(bundle)
        self.day = item.issue_date or date.today()

    def photo(self, photo_id: str | None, lang: str) -> PhotoView:
        words = labels(lang)
        try:
            photo = self.item.photo(photo_id or "")
        except KeyError:
            raise RenderError(
                f"A photo block of item {self.item.id} shows photo {photo_id!r}, "
                "which the item does not have."
            ) from None
        path = Path(photo.path).expanduser()
        caption = smarten_runs(parse_inline(_t(photo.caption, lang)), QuoteSmartener(lang))
        credit = words["credit"].format(credit=visible_safe(photo.credit)) if photo.credit else ""
        return PhotoView(
            path=path if photo.path and path.is_file() else None,
            source=visible_safe(photo.path),
            caption=caption,
            alt=_t(photo.alt_text, lang) or plain(caption),
            credit=credit,
            missing_label=words["photo_missing"].format(path=visible_safe(photo.path)),
        )

    def block(self, block: Block, lang: str, lead: bool, dateline: str) -> BlockView:
        src = self.item.source_language
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
            view.notice, view.notice_kind = _notice(quote.text, lang, src, words)
            if not view.notice:
                view.notice, view.notice_kind = _notice(texts, lang, src, words)
            if quote.text.is_missing(lang):
                return view
            speakers = speakers_of(quote, self.people, quote.date or self.day)
            after = smarten_runs(parse_inline(texts.get(lang)), QuoteSmartener(lang))
            view.runs = quote_paragraph(quote, speakers, lang, quote.text.get(lang), after)
            return view
        if block.kind is BlockKind.PHOTO:
            view.photo = self.photo(block.photo_id, lang)
            return view
        view.notice, view.notice_kind = _notice(texts, lang, src, words)
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
        for block in self.item.blocks:
            is_lead = not lead_done and block.kind is BlockKind.PARAGRAPH
            lead_done = lead_done or is_lead
            out.append(self.block(block, lang, is_lead, dateline))
        return out

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
            for o in ev.organiser_ids
            if o in self.people.organisations
        ]
        speakers = []
        for sp in ev.speakers:
            person = self.people.person(sp.person_id, f"The event of item {self.item.id}")
            role = self.people.role(sp.person_id, sp.role_id, ev.starts.date() if ev.starts
                                    else self.day)
            function = ""
            if role is not None:
                function = _t(role.function, lang) or _t(role.title, lang)
            speakers.append(EventSpeakerView(
                visible_safe(person.full_name), function, visible_safe(sp.town or person.town)))
        place = words["online"] if ev.online and not ev.place else visible_safe(ev.place)
        if ev.online and ev.place:
            place = f"{visible_safe(ev.place)} / {words['online']}"
        return EventView(
            name=_smart(_t(ev.name, lang), lang),
            when=when,
            place=place,
            online=ev.online,
            organisers=visible_safe(format_list(organisers, lang)),
            participants=format_number(ev.participants, lang) if ev.participants else "",
            speakers=speakers,
        )

    def section(self, lang: str) -> LanguageView:
        item = self.item
        words = labels(lang)
        style = self.options.dateline.get(lang) or default_dateline_style(lang)
        dateline = visible_safe(format_dateline(item.places, item.issue_date, style))
        embargo = ""
        if item.embargo is not None:
            when = format_embargo(item.embargo.until, item.embargo.timezone, lang)
            embargo = words["embargo"].format(when=when)
        issuers = []
        for oid in item.issuer_ids:
            org = self.people.organisations.get(oid)
            if org is None:
                raise RenderError(
                    f"Item {item.id} names issuer {oid!r}, who is not in the archive.")
            name = visible_safe(org.display_name(lang))
            issuers.append(OrganisationView(
                short_name=visible_safe(org.short_name),
                name=name,
                about=words["about"].format(name=visible_safe(org.short_name) or name),
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
            ))
        credits = []
        shown = {b.photo_id for b in item.blocks if b.kind is BlockKind.PHOTO}
        for p in item.photos:
            if p.credit and p.id not in shown:
                credits.append(words["credit"].format(credit=visible_safe(p.credit)))
        src = item.source_language
        headline_notice, _ = _notice(item.headline, lang, src, words)
        return LanguageView(
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
            topics=visible_safe(format_list(item.topics, lang)),
            event=self.event(lang),
        )


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
            article["keywords"] = visible_safe(", ".join(item.topics))
        articles.append(article)
    data: object = articles[0] if len(articles) == 1 else articles
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def find_item(bundle: Bundle, item_id: str) -> PressItem:
    for item in bundle.items:
        if item.id == item_id:
            return item
    raise RenderError(f"There is no press item with id {item_id!r} to export.")


def build_view(
    bundle: Bundle, item_id: str, languages: list[str], options: ViewOptions | None = None
) -> ExportView:
    """The view of ``item_id`` in ``languages`` (in that order)."""
    item = find_item(bundle, item_id)
    if not languages:
        raise RenderError("Choose at least one language to export.")
    builder = _Builder(bundle, item, options or ViewOptions())
    sections = [builder.section(lang) for lang in languages]
    rows = [RowView([s.blocks[i] for s in sections]) for i in range(len(item.blocks))]
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
    )
