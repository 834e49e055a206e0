"""The checks before anything leaves the house: one list for the window and the command line.

:func:`check_items` returns :class:`~editor.core.findings.Finding` s, each with its
severity, its message (by code, so the window can translate it) and its place in the
item. Errors stop a normal export; warnings are reported. The checks:

- content: an empty headline, missing or outdated translations in the exported languages,
  a quote without a speaker, an embargo that ends before the issue date, a photo without
  its picture, quotes not approved (an error when only approved quotes may go out), and
  what the export cannot do (an unknown role in an undated item, no dateline);
- agency style (warnings): headline and subheadline length, the length of the text, the
  number of quotes, a text opening with a quote, one attribution verb used again and again;
- the archive's gender-language policy (:class:`GenderPolicy`): German spellings that break
  it, with the spelling it asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from editor.core.findings import POLICY_NAMES, Finding, GenderPolicy, Place, Severity, finding
from editor.core.model import BlockKind, Bundle, PressItem, QuoteLayout, Translations
from editor.core.quotes import approval_status, approval_word, unapproved_quotes
from editor.render.inline import parse_inline, plain
from editor.render.labels import DEFAULT_VERBS

HEADLINE_LIMIT = 70
"""Characters German agencies take for a headline."""
SUBHEADLINE_LIMIT = 110
"""Characters for the Unterzeile (subheadline)."""
RELEASE_LIMIT = 3500
"""Characters of text (blocks and quotes, one language): about one and a half pages."""
QUOTES_LIMIT = 3
"""Quotes a release should have at most."""

GENDER_POLICY_SETTING = "gender_policy"
"""Archive setting: the :class:`GenderPolicy` value."""

__all__ = ["GENDER_POLICY_SETTING", "POLICY_NAMES", "CheckOptions", "GenderPolicy",
           "check_items", "gender_findings", "parse_policy"]

_LETTER = r"[^\W\d_]"
_SHORT_FORMS: dict[str, str] = {
    # stem, then the mark, then "in" or "innen"; the end of the word follows
    "*": rf"\b({_LETTER}{{2,}})\*(innen|in)\b",
    ":": rf"\b({_LETTER}{{2,}}):(innen|in)\b",
    "_": rf"\b({_LETTER}{{2,}})_(innen|in)\b",
    "I": r"\b([^\W\d_]*[a-zäöüß])I(nnen|n)\b",
}
"""Short gender forms: Sternchen, Doppelpunkt, Gendergap, Binnen-I (compiled by the re
module when a gender policy is first checked: an archive without one needs none)."""
_PAIR = rf"\b({_LETTER}{{2,}})innen (und|oder) \1\b"
"""The Paarform "Bürgerinnen und Bürger"."""


def gender_findings(text: str, policy: GenderPolicy) -> list[tuple[str, str]]:
    """(word as written, spelling the policy asks for) for each spelling ``text`` writes
    against ``policy``, in the order they occur."""
    if policy is GenderPolicy.NONE:
        return []
    found: list[tuple[int, str, str]] = []
    keep = {GenderPolicy.STERNCHEN: "*", GenderPolicy.DOPPELPUNKT: ":"}.get(policy)
    for mark, pattern in _SHORT_FORMS.items():
        if mark == keep:
            continue
        for match in re.finditer(pattern, text):
            stem, ending = match.group(1), match.group(2)
            plural = ending in ("innen", "nnen")
            found.append((match.start(), match.group(0), _spelling(stem, plural, policy)))
    if policy is not GenderPolicy.PAARFORM:
        for match in re.finditer(_PAIR, text):
            found.append((match.start(), match.group(0),
                          _spelling(match.group(1), True, policy)))
    return [(word, wanted) for _start, word, wanted in sorted(found)]


def _spelling(stem: str, plural: bool, policy: GenderPolicy) -> str:
    if policy is GenderPolicy.PAARFORM:
        return f"{stem}innen und {stem}" if plural else f"{stem}in oder {stem}"
    mark = "*" if policy is GenderPolicy.STERNCHEN else ":"
    return f"{stem}{mark}{'innen' if plural else 'in'}"


@dataclass(frozen=True)
class CheckOptions:
    """What an export asks for: its languages (``None``: each item's own), whether only
    approved quotes may go out, and the archive's gender-language policy."""

    languages: tuple[str, ...] | None = None
    require_approval: bool = False
    gender_policy: GenderPolicy = GenderPolicy.NONE


def parse_policy(value: str | None) -> GenderPolicy:
    """The stored or typed policy; an unknown or empty value is no policy."""
    try:
        return GenderPolicy((value or "").strip().lower())
    except ValueError:
        return GenderPolicy.NONE


def check_items(bundle: Bundle, item_ids: list[str], options: CheckOptions) -> list[Finding]:
    """Every finding for the export of ``item_ids``, item by item, errors first."""
    from editor.render.viewmodel import build_view, find_item

    found: list[Finding] = []
    for item_id in dict.fromkeys(item_ids):
        item = find_item(bundle, item_id)
        languages = list(options.languages or item.languages)
        notes: list[Finding] = []
        notes += _content(bundle, item, languages)
        notes += _approval(bundle, item, options.require_approval)
        notes += build_view(bundle, item.id, languages).warnings
        notes += _style(item, languages)
        if "de" in languages:
            notes += _gender(item, options.gender_policy)
        unique = list(dict.fromkeys(notes))
        found += [n for n in unique if n.severity is Severity.ERROR]
        found += [n for n in unique if n.severity is Severity.WARNING]
    return found


# --- content -------------------------------------------------------------------------------

def _texts(item: PressItem) -> Iterable[tuple[Place, Translations]]:
    """Every text an export shows, with its place (language left open)."""
    for name in ("kicker", "headline", "subheadline"):
        yield Place(field=name), getattr(item, name)
    for block in item.blocks:
        if block.kind is BlockKind.QUOTE:
            try:
                quote = item.quote(block.quote_id or "")
            except KeyError:
                continue
            yield Place(block_id=block.id, quote_id=quote.id), quote.text
            yield Place(block_id=block.id), block.text
        elif block.kind is not BlockKind.PHOTO:
            yield Place(block_id=block.id), block.text


def _with_lang(place: Place, lang: str) -> Place:
    return Place(place.field, place.block_id, place.quote_id, place.photo_id, lang)


def _content(bundle: Bundle, item: PressItem, languages: list[str]) -> list[Finding]:
    src = item.source_language
    out: list[Finding] = []
    if not item.headline.has(src):
        out.append(finding("headline_empty", Severity.ERROR, item.id,
                           Place(field="headline", lang=src)))
    for place, texts in _texts(item):
        if not texts.has(src):
            continue  # nothing to translate
        for lang in languages:
            if lang == src:
                continue
            where = _with_lang(place, lang)
            if texts.is_missing(lang):
                out.append(finding("translation_missing", Severity.ERROR, item.id, where,
                                   lang=lang))
            elif texts.is_stale(lang, src):
                out.append(finding("translation_stale", Severity.WARNING, item.id, where,
                                   lang=lang))
    for block in item.blocks:
        if block.kind is BlockKind.QUOTE:
            try:
                quote = item.quote(block.quote_id or "")
            except KeyError:
                continue
            if not quote.speakers and not any(quote.attribution.get(lang, "").strip()
                                              for lang in languages):
                out.append(finding("quote_no_speaker", Severity.ERROR, item.id,
                                   Place(block_id=block.id, quote_id=quote.id)))
        elif block.kind is BlockKind.PHOTO:
            try:
                photo = item.photo(block.photo_id or "")
            except KeyError:
                continue
            image = bundle.photo_data.get(photo.blob) if photo.blob else None
            if image is None or image.key != photo.blob:
                out.append(finding("photo_missing", Severity.ERROR, item.id,
                                   Place(block_id=block.id, photo_id=photo.id),
                                   photo=photo.id))
    if (item.embargo is not None and item.issue_date is not None
            and item.embargo.until.date() < item.issue_date):
        out.append(finding("embargo_before_issue", Severity.ERROR, item.id,
                           Place(field="embargo"),
                           embargo=item.embargo.until.strftime("%Y-%m-%d %H:%M"),
                           issued=item.issue_date.isoformat()))
    return out


def _approval(bundle: Bundle, item: PressItem, required: bool) -> list[Finding]:
    names = {person.id: person.full_name for person in bundle.people}
    severity = Severity.ERROR if required else Severity.WARNING
    out = []
    for quote in unapproved_quotes(item):
        block_id = next((b.id for b in item.blocks if b.quote_id == quote.id), "")
        speakers = ", ".join(names.get(s.person_id, s.person_id) for s in quote.speakers)
        out.append(finding("quote_unapproved", severity, item.id,
                           Place(block_id=block_id, quote_id=quote.id),
                           speakers=speakers or "(no speaker)",
                           status=approval_word(approval_status(quote), "en"),
                           state=approval_status(quote).value))
    return out


# --- agency style ------------------------------------------------------------------------

def _visible(value: str) -> str:
    return " ".join(plain(parse_inline(value)).split())


def _style(item: PressItem, languages: list[str]) -> list[Finding]:
    out: list[Finding] = []
    for lang in languages:
        for name, limit, code in (("headline", HEADLINE_LIMIT, "headline_long"),
                                  ("subheadline", SUBHEADLINE_LIMIT, "subheadline_long")):
            length = len(_visible(getattr(item, name).get(lang)))
            if length > limit:
                out.append(finding(code, Severity.WARNING, item.id,
                                   Place(field=name, lang=lang), count=length, limit=limit))
        length = sum(len(_visible(texts.get(lang))) for place, texts in _texts(item)
                     if not place.field)
        if length > RELEASE_LIMIT:
            out.append(finding("release_long", Severity.WARNING, item.id, Place(lang=lang),
                               count=length, limit=RELEASE_LIMIT))
    quote_blocks = [b for b in item.blocks if b.kind is BlockKind.QUOTE]
    if len(quote_blocks) > QUOTES_LIMIT:
        out.append(finding("quotes_many", Severity.WARNING, item.id,
                           Place(block_id=quote_blocks[QUOTES_LIMIT].id),
                           count=len(quote_blocks), limit=QUOTES_LIMIT))
    first = next((b for b in item.blocks if b.kind is not BlockKind.PHOTO), None)
    if first is not None and first.kind is BlockKind.QUOTE:
        out.append(finding("opens_with_quote", Severity.WARNING, item.id,
                           Place(block_id=first.id, quote_id=first.quote_id or "")))
    out += _verbs(item, languages)
    return out


def _verbs(item: PressItem, languages: list[str]) -> list[Finding]:
    """One warning per language and verb that two or more quotes in sentences use."""
    out: list[Finding] = []
    for lang in languages:
        uses: dict[str, list[Place]] = {}
        for block in item.blocks:
            if block.kind is not BlockKind.QUOTE:
                continue
            try:
                quote = item.quote(block.quote_id or "")
            except KeyError:
                continue
            if (quote.layout is QuoteLayout.BYLINE or quote.attribution.get(lang, "").strip()
                    or not quote.speakers or quote.text.is_missing(lang)):
                continue
            single, plural = DEFAULT_VERBS.get(lang.split("-")[0], DEFAULT_VERBS["en"])
            verb = (quote.verb.get(lang, "").strip()
                    or (single if len(quote.speakers) == 1 else plural))
            uses.setdefault(verb.casefold(), []).append(
                Place(block_id=block.id, quote_id=quote.id, lang=lang))
        for verb, places in uses.items():
            if len(places) > 1:
                out.append(finding("verb_repeated", Severity.WARNING, item.id, places[1],
                                   verb=verb, count=len(places)))
    return out


# --- gender-language policy --------------------------------------------------------------

def _gender(item: PressItem, policy: GenderPolicy) -> list[Finding]:
    out: list[Finding] = []
    if policy is GenderPolicy.NONE:
        return out
    for place, texts in _texts(item):
        for word, wanted in gender_findings(texts.get("de"), policy):
            out.append(finding("gender_policy", Severity.WARNING, item.id,
                               _with_lang(place, "de"), word=word,
                               policy=POLICY_NAMES[policy], suggestion=wanted))
    return out

