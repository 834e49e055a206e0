"""Quote dossier: every quote of one person over time, grouped by the role held when speaking.

Qt-free and archive-free: the caller passes a :class:`~editor.core.model.Bundle` holding the
items with the person's quotes, the people, organisations and roles. Rendered through a
template of kind ``dossier`` (built-in: ``quote-dossier``) in the same sandbox as the item
exports, and written atomically. Approval comments and notes are never copied in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

from editor.core.formatting import format_date, format_embargo, format_list
from editor.core.model import Bundle, PressItem, Quote, Role, text_or_any
from editor.core.quotes import ApprovalStatus, approval_status, approval_word
from editor.core.typography import QuoteSmartener, quote_marks, visible_safe
from editor.io.atomic import check_targets, remove_stale_temp_files, write_bytes_atomic
from editor.render import docx, html, worker
from editor.render.attribution import People
from editor.render.catalogue import DOCX_FILE, DOSSIER_KIND, FORMATS, TemplateInfo, find_template
from editor.render.errors import RenderError
from editor.render.export import embargo_until, embargoed_items, slugify
from editor.render.inline import Run, parse_inline, smarten_runs, text
from editor.render.labels import labels

DOSSIER_TEMPLATE = "quote-dossier"
"""The built-in dossier template."""


@dataclass
class DossierQuoteView:
    """One quote: the words in the language's marks, when, where and its approval state."""

    lang: str
    date: str
    runs: list[Run]
    headline: str
    item_date: str
    source: str
    approval: str
    approval_state: str
    together_with: str = ""
    notice: str = ""
    notice_kind: str = ""


@dataclass
class DossierGroupView:
    """The quotes said while holding one role (consecutive, oldest first)."""

    title: str
    organisation: str
    period: str
    count: str
    quotes: list[DossierQuoteView]


@dataclass
class DossierSectionView:
    """The dossier in one language; names match the shared HTML macros (heading, masthead)."""

    lang: str
    labels: dict[str, str]
    kind_label: str
    kicker: str
    headline: str
    subheadline: str
    headline_notice: str
    issuers: list[Any]
    groups: list[DossierGroupView]


@dataclass
class DossierView:
    """Everything a dossier template needs."""

    person_id: str
    person_name: str
    languages: list[str]
    sections: list[DossierSectionView]
    title: str
    jsonld: str
    kind: str = DOSSIER_KIND
    rows: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class _Said:
    quote: Quote
    item: PressItem
    day: date | None
    role: Role | None
    embargoed: bool = False


def _in(values: dict[str, str], lang: str) -> str:
    return visible_safe(text_or_any(values, lang))


def _capital(value: str) -> str:
    return value[:1].upper() + value[1:]


def _date(day: date | None, lang: str) -> str:
    return format_date(day, lang, "long") if day else ""


def quotes_of(bundle: Bundle, person_id: str, *, before_embargo: bool = False,
              now: datetime | None = None) -> list[_Said]:
    """The person's quotes in ``bundle``, oldest first, each with the role held that day.

    Quotes of an item under embargo are left out (the same check as item exports), unless
    ``before_embargo`` confirms they may go out; they then carry the embargo line.
    """
    people = People(bundle)
    embargoed = {item.id for item in embargoed_items(bundle, now=now)}
    found: list[_Said] = []
    for item in bundle.items:
        if item.id in embargoed and not before_embargo:
            continue
        for quote in item.quotes:
            speaker = next((s for s in quote.speakers if s.person_id == person_id), None)
            if speaker is None:
                continue
            day = quote.date or item.issue_date
            role = people.role(person_id, speaker.role_id, day) if day else (
                people.roles.get(speaker.role_id or ""))
            found.append(_Said(quote, item, day, role, item.id in embargoed))
    found.sort(key=lambda s: (s.day is None, s.day or date.min, s.item.id, s.quote.id))
    return found


@dataclass(frozen=True)
class Withheld:
    """Quotes a dossier leaves out because their item is under embargo."""

    item_id: str
    count: int
    text: str
    """ "2 quotes of press item ID („headline“) under embargo until …"."""


def withheld_quotes(bundle: Bundle, person_id: str,
                    now: datetime | None = None) -> list[Withheld]:
    """What a dossier of ``person_id`` leaves out for the embargo, one entry per item."""
    found = []
    for item in embargoed_items(bundle, now=now):
        n = sum(1 for q in item.quotes if any(s.person_id == person_id for s in q.speakers))
        if n:
            headline = visible_safe(item.headline.get(item.source_language).strip())
            shown = f" („{headline}“)" if headline else ""
            found.append(Withheld(item.id, n, f"{n} quote{'s' if n > 1 else ''} of press item "
                                  f"{item.id}{shown} under embargo until {embargo_until(item)}"))
    return found


def quote_count(bundle: Bundle, person_id: str) -> int:
    """How many quotes of ``person_id`` the bundle holds, embargoed or not."""
    return sum(1 for item in bundle.items for q in item.quotes
               if any(s.person_id == person_id for s in q.speakers))


def _approval(quote: Quote, lang: str, words: dict[str, str]) -> str:
    """The quote's approval status in the one wording of the approval round."""
    status = approval_status(quote)
    word = approval_word(status, lang)
    if status == ApprovalStatus.APPROVED and quote.approval.at is not None:
        return words["approval_on"].format(state=word, date=_date(quote.approval.at.date(),
                                                                  lang))
    return word


def _approval_class(quote: Quote) -> str:
    """The stored state for a template's styles; "changed" for words edited since."""
    if approval_status(quote) == ApprovalStatus.CHANGED:
        return "changed"
    return quote.approval.state.value


def _quote_view(said: _Said, person_id: str, people: People, lang: str) -> DossierQuoteView:
    words = labels(lang)
    quote, item = said.quote, said.item
    notice = notice_kind = ""
    shown = lang
    if not quote.text.has(lang):
        shown = next((x for x in (item.source_language, *quote.text.text) if quote.text.has(x)),
                     lang)
        if shown != lang:
            notice, notice_kind = words["missing"], "missing"
    if said.embargoed and item.embargo is not None:
        line = words["embargo"].format(
            when=format_embargo(item.embargo.until, item.embargo.timezone, lang))
        notice, notice_kind = " ".join(x for x in (line, notice) if x), "embargo"
    marks = quote_marks(shown)
    inner = smarten_runs(parse_inline(visible_safe(quote.text.get(shown).strip())),
                         QuoteSmartener(shown, level=1))
    others = [people.people[s.person_id].full_name_in(lang) for s in quote.speakers
              if s.person_id != person_id and s.person_id in people.people]
    headline = visible_safe(item.headline.get(lang)
                            or item.headline.text_or_any(item.source_language))
    item_date = _date(item.issue_date, lang)
    inner_headline = QuoteSmartener(lang, level=1).feed(headline)
    return DossierQuoteView(
        lang=lang,
        date=_date(said.day, lang),
        runs=[text(marks.open), *inner, text(marks.close)],
        headline=QuoteSmartener(lang).feed(headline),
        item_date=item_date,
        source=words["source"].format(headline=inner_headline, date=item_date) if item_date
        else QuoteSmartener(lang).feed(headline),
        approval=_approval(quote, lang, words),
        approval_state=_approval_class(quote),
        together_with=words["together_with"].format(
            names=visible_safe(format_list(others, lang))) if others else "",
        notice=notice,
        notice_kind=notice_kind,
    )


def _count(n: int, words: dict[str, str]) -> str:
    return words["quote_count_one"] if n == 1 else words["quote_count"].format(n=n)


def _section(bundle: Bundle, person_id: str, said: list[_Said], lang: str) -> DossierSectionView:
    words = labels(lang)
    people = People(bundle)
    person = people.person(person_id, "The quote dossier")
    groups: list[DossierGroupView] = []
    runs: list[list[_Said]] = []
    for entry in said:
        key = entry.role.id if entry.role else None
        if runs and (runs[-1][0].role.id if runs[-1][0].role else None) == key:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    for run in runs:
        role = run[0].role
        organisation = ""
        if role is not None and role.organisation_id in people.organisations:
            organisation = visible_safe(
                people.organisations[role.organisation_id or ""].display_name(lang))
        first, last = _date(run[0].day, lang), _date(run[-1].day, lang)
        groups.append(DossierGroupView(
            title=_capital(_in(role.title, lang)) if role and role.title else words["no_role"],
            organisation=organisation,
            period=first if first == last else f"{first} – {last}",
            count=_count(len(run), words),
            quotes=[_quote_view(s, person_id, people, lang) for s in run],
        ))
    days = [s.day for s in said if s.day]
    span = ""
    if days:
        span = str(days[0].year) if days[0].year == days[-1].year else (
            f"{days[0].year}–{days[-1].year}")
    return DossierSectionView(
        lang=lang,
        labels=words,
        kind_label=words["dossier"],
        kicker="",
        headline=visible_safe(person.full_name_in(lang)),
        subheadline=", ".join(x for x in (_count(len(said), words), span) if x),
        headline_notice="",
        issuers=[],
        groups=groups,
    )


def build_dossier_view(bundle: Bundle, person_id: str, languages: list[str], *,
                       before_embargo: bool = False,
                       now: datetime | None = None) -> DossierView:
    """The dossier of ``person_id`` in ``languages`` from the quotes in ``bundle``; quotes
    under embargo only with ``before_embargo`` (see :func:`quotes_of`)."""
    if not languages:
        raise RenderError("Choose at least one language for the quote dossier.")
    people = People(bundle)
    person = people.person(person_id, "The quote dossier")
    said = quotes_of(bundle, person_id, before_embargo=before_embargo, now=now)
    sections = [_section(bundle, person_id, said, lang) for lang in languages]
    data = {"@context": "https://schema.org", "@type": "Person",
            "name": visible_safe(person.full_name_in(languages[0]))}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return DossierView(
        person_id=person_id,
        person_name=visible_safe(person.full_name_in(languages[0])),
        languages=list(languages),
        sections=sections,
        title=f"{sections[0].kind_label}: {visible_safe(person.full_name_in(languages[0]))}",
        jsonld=raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"),
    )


def find_dossier_template(name: str = DOSSIER_TEMPLATE) -> TemplateInfo:
    """The dossier template ``name``; a template for press items is refused."""
    info = find_template(name)
    if info.kind != DOSSIER_KIND:
        raise RenderError(f"Template {name!r} makes press items, not quote dossiers; "
                          f"use {DOSSIER_TEMPLATE!r}.")
    return info


def _html(info: TemplateInfo, view: DossierView) -> str:
    return html.render_context(info, {"view": view, "sections": view.sections,
                                      "rows": view.rows, "fragment": False,
                                      "layout": info.layout, "kind": view.kind})


def _docx(info: TemplateInfo, view: DossierView) -> bytes:
    template = docx.load_template(info)
    w = docx.ContentWriter(template)
    for number, s in enumerate(view.sections):
        lang = s.lang
        w.para("PS Kicker", w.run(s.kind_label, lang),
               "<w:pageBreakBefore/>" if number else "")
        w.para("PS Headline", w.run(s.headline, lang))
        w.para("PS Subheadline", w.run(s.subheadline, lang))
        for group in s.groups:
            w.para("PS Subheading", w.run(group.title, lang))
            facts = " · ".join(x for x in (group.organisation, group.period, group.count) if x)
            w.para("PS Caption", w.run(facts, lang))
            for q in group.quotes:
                notice = (w.run(q.notice, lang, w.r_style("PS Notice")) + w.run(" ", lang)
                          if q.notice else "")
                w.para("PS Quote", notice + w.runs(q.runs, lang))
                meta = " · ".join(x for x in (q.date, q.together_with, q.source) if x)
                state = w.run(q.approval, lang, "" if q.approval_state == "approved"
                              else w.r_style("PS Notice"))
                w.para("PS Caption", w.run(meta + " · ", lang) + state)
    first = view.sections[0]
    context = {
        "view": view, "section": first, "sections": view.sections,
        "content": Markup("".join(w.out)), "headline": view.title, "kicker": "",
        "date": "", "dateline": "", "kind_label": first.kind_label, "labels": first.labels,
        "issuers": view.person_name, "kind_labels": first.kind_label,
        "issuer_names": view.person_name, "release_line": "",
        "languages": " / ".join(s.labels["language"] for s in view.sections),
    }
    return docx.assemble(template, w, context)


def render_dossier(bundle: Bundle, person_id: str, languages: list[str], fmt: str,
                   template: str = DOSSIER_TEMPLATE, *, before_embargo: bool = False,
                   now: datetime | None = None) -> bytes:
    """The dossier of ``person_id`` as the bytes of a .docx or a UTF-8 .html file."""
    info = find_dossier_template(template)
    info.check_languages(languages)
    if fmt not in FORMATS or fmt not in info.formats:
        raise RenderError(f"Template {info.name!r} does not make {fmt!r}; "
                          f"choose from {', '.join(info.formats)}.")
    view = build_dossier_view(bundle, person_id, languages, before_embargo=before_embargo,
                              now=now)
    if fmt == "docx":
        data = worker.render(info, str(info.folder / DOCX_FILE), _docx, info, view)
        assert isinstance(data, bytes)
        return data
    return _html(info, view).encode("utf-8")


@worker.in_session
def export_dossier(bundle: Bundle, person_id: str, languages: list[str], formats: list[str],
                   out_dir: Path, template: str = DOSSIER_TEMPLATE, *,
                   before_embargo: bool = False, now: datetime | None = None) -> list[Path]:
    """Write the dossier once per language and format into ``out_dir``; the paths written.

    Every file is rendered before the first is written, and each is written atomically.
    Quotes under embargo are left out unless ``before_embargo`` (see
    :func:`withheld_quotes` for what to tell the user).
    """
    info = find_dossier_template(template)
    sets = [[lang] for lang in languages] if info.layout == "single" else [languages]
    person = People(bundle).person(person_id, "The quote dossier")
    withheld = [] if before_embargo else withheld_quotes(bundle, person_id, now)
    total = quote_count(bundle, person_id)
    if withheld and total == sum(w.count for w in withheld):
        raise RenderError(
            f"Every quote of {person.full_name} is under embargo ({withheld[0].text}), so "
            f"the dossier would be empty; nothing was written. Make it before the embargo "
            f"ends only if it stays internal.")
    kind = "" if info.name == DOSSIER_TEMPLATE else f"_{slugify(info.name, 40)}"
    stem = f"dossier_{slugify(person.full_name)}{kind}"
    files: list[tuple[Path, bytes]] = []
    for langs in sets:
        for fmt in formats:
            data = render_dossier(bundle, person_id, langs, fmt, template,
                                  before_embargo=before_embargo, now=now)
            files.append((Path(out_dir) / f"{stem}.{'-'.join(langs)}.{fmt}", data))
    try:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"The folder {out_dir} cannot be created: {exc.strerror}.") from None
    remove_stale_temp_files(out_dir)  # what killed exports left here
    check_targets(path for path, _ in files)
    for path, data in files:
        write_bytes_atomic(path, data)
    return [path for path, _ in files]
