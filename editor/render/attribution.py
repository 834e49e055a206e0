"""Quote paragraphs: the quoted words in the language's marks and who said them.

German: „…“, sagte der Brandenburger Minister für …, **Prof. Dr.-Ing. Jörg Steinbach**.
Joint: „…“, betonen die Geschäftsführer der WFBB, **A**, und der IMG, **B**.
English: “…,” said **Prof. Dr.-Ing. Jörg Steinbach**, Brandenburg's Minister for ….
Joint: “…,” emphasised the managing directors of WFBB, **A**, and of IMG, **B**.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from editor.core.formatting import format_list
from editor.core.model import Bundle, Gender, Person, Quote, Role, role_on, text_or_any
from editor.core.typography import QuoteSmartener, quote_marks
from editor.render.errors import RenderError
from editor.render.inline import Run, merge, parse_inline, person_name, smarten_runs, text
from editor.render.labels import DEFAULT_VERBS

GERMAN_ARTICLE = {Gender.MASCULINE: "der", Gender.FEMININE: "die"}
"""Definite article before a German role title, for one person of the stated gender. Without
a stated gender no article is guessed: the title follows the name ("**Jens Kowalski**,
Gründer des Jahres")."""

_GERMAN_PLURAL_VERBS = {
    # strong or irregular forms a rule cannot derive (the past tense, as in releases)
    "sprach": "sprachen", "versprach": "versprachen", "hob": "hoben", "wies": "wiesen",
    "unterstrich": "unterstrichen", "schrieb": "schrieben", "rief": "riefen",
    "gab": "gaben", "hielt": "hielten", "zog": "zogen", "schloss": "schlossen",
    "bat": "baten", "trat": "traten", "bot": "boten", "riet": "rieten", "galt": "galten",
    "bekräftigt": "bekräftigen",
    # the present tense of the usual verbs of an attribution
    "sagt": "sagen", "betont": "betonen", "erklärt": "erklären", "meint": "meinen",
    "ergänzt": "ergänzen", "unterstreicht": "unterstreichen", "hebt": "heben",
    "freut": "freuen", "fasst": "fassen", "zeigt": "zeigen", "stellt": "stellen",
    "weist": "weisen", "spricht": "sprechen", "hält": "halten", "zieht": "ziehen",
}
"""German attribution verbs in the singular with their plural, where "-te" → "-ten" fails."""
_GERMAN_SINGULAR_VERBS = {plural: single for single, plural in _GERMAN_PLURAL_VERBS.items()}


def verb_for_speakers(verb: str, lang: str, count: int) -> str:
    """The attribution verb agreeing with the number of speakers.

    German: with two or more speakers "sagte" becomes "sagten" and "hob hervor" "hoben
    hervor" (the first word agrees, what follows stays); with one, a known plural such as
    "betonen" becomes "betont" and "sagten" "sagte". A verb not known here stays as
    written. English verbs do not change ("said").
    """
    if lang.split("-")[0] != "de" or not verb.strip():
        return verb
    first, sep, rest = verb.strip().partition(" ")
    lower = first.lower()
    if count >= 2:
        if lower in _GERMAN_PLURAL_VERBS:
            first = first[:1] + _GERMAN_PLURAL_VERBS[lower][1:]
        elif lower.endswith("te"):
            first += "n"
    elif count == 1 and lower in _GERMAN_SINGULAR_VERBS:
        first = first[:1] + _GERMAN_SINGULAR_VERBS[lower][1:]
    elif count == 1 and lower.endswith("ten") and len(lower) > 4:
        first = first[:-1]  # "sagten" → "sagte"; strong forms ("baten") are listed above
    return first + sep + rest


def verbs_for_speakers(verbs: dict[str, str], count: int) -> dict[str, str]:
    """Every language's verb of a quote agreeing with ``count`` speakers (see
    :func:`verb_for_speakers`): stored so, a joint quote reads "sagten" where it is
    edited, not only in the export; "said" stays as it is."""
    return {lang: verb_for_speakers(verb, lang, count) for lang, verb in verbs.items()}


_TRAILING_STOP = re.compile(r"[.,;:]\s*$")


@dataclass(frozen=True)
class SpeakerRole:
    """A speaker with the role held when speaking (``None`` when unknown)."""

    person: Person
    role: Role | None
    undated: bool = False
    """True when no role was given and there was no date to look one up on."""


class People:
    """Look-ups of a bundle's people, roles and organisations by id."""

    def __init__(self, bundle: Bundle) -> None:
        self.people = {p.id: p for p in bundle.people}
        self.roles = {r.id: r for r in bundle.roles}
        self.organisations = {o.id: o for o in bundle.organisations}
        self.roles_of: dict[str, list[Role]] = {}
        """Each person's roles, in the bundle's order: a role on a day looks at these only."""
        for r in bundle.roles:
            self.roles_of.setdefault(r.person_id, []).append(r)

    def person(self, person_id: str, where: str) -> Person:
        try:
            return self.people[person_id]
        except KeyError:
            raise RenderError(f"{where} names person {person_id!r}, who is not in the archive.") \
                from None

    def role(self, person_id: str, role_id: str | None, day: date | None) -> Role | None:
        """The role given by id, else the role the person held on ``day``; without a day
        nothing is guessed (``None``)."""
        if role_id:
            found = self.roles.get(role_id)
            if found is not None:
                return found
        if day is None:
            return None
        return role_on(self.roles_of.get(person_id, []), person_id, day)


def _lang_text(values: dict[str, str], lang: str) -> str:
    return values.get(lang) or values.get(lang.split("-")[0]) or ""


def _title(role: Role | None, lang: str) -> str:
    if role is None:
        return ""
    return _lang_text(role.title, lang) or text_or_any(role.title, lang)


def speakers_of(quote: Quote, people: People, day: date | None) -> list[SpeakerRole]:
    """The quote's speakers with their roles on ``day`` (the quote's date, else its item's).

    Without a day, only a role stored on the speaker counts; the others get none and are
    marked ``undated`` so the export can say so.
    """
    out = []
    for sp in quote.speakers:
        person = people.person(sp.person_id, f"Quote {quote.id}")
        role = people.role(sp.person_id, sp.role_id, day)
        out.append(SpeakerRole(person, role, undated=role is None and day is None))
    return out


def _common_function(speakers: list[SpeakerRole], lang: str) -> tuple[str, str] | None:
    """(function, plural) when every speaker's title starts with the same function."""
    if len(speakers) < 2 or any(s.role is None for s in speakers):
        return None
    functions = {_lang_text(s.role.function, lang) for s in speakers if s.role is not None}
    if len(functions) != 1:
        return None
    function = functions.pop()
    if not function or not all(_title(s.role, lang).startswith(function) for s in speakers):
        return None
    first = speakers[0].role
    assert first is not None
    plural = _lang_text(first.function_plural, lang) or function
    return function, plural


def _join(items: list[tuple[list[Run], bool]], lang: str) -> list[Run]:
    """Items joined as a list ("A, B und C"); an item ending in an apposition
    ("der IMG, **B**") keeps its closing comma before the conjunction."""
    pattern = format_list([f"\x01{i}\x01" for i in range(len(items))], lang)
    parts = re.split("\x01(\\d+)\x01", pattern)
    out: list[Run] = []
    previous: int | None = None
    for k, part in enumerate(parts):
        if k % 2:
            previous = int(part)
            out.extend(items[previous][0])
            continue
        if previous is not None and part and items[previous][1] and not part.startswith(","):
            part = "," + part
        if part:
            out.append(text(part))
    return out


def _german(speakers: list[SpeakerRole], verb: str) -> list[Run]:
    runs: list[Run] = [text(f"{verb} ")]
    common = _common_function(speakers, "de")
    if common is not None:
        function, plural = common
        items = []
        for s in speakers:
            rest = _title(s.role, "de")[len(function):].strip()
            items.append(([text(f"{rest}, " if rest else ""),
                           person_name(s.person.full_name_in("de"))], True))
        runs.append(text(f"die {plural} "))
        runs += _join(items, "de")
        return runs
    items = []
    for s in speakers:
        title = _title(s.role, "de")
        article = GERMAN_ARTICLE.get(s.person.gender)
        if title and article:
            items.append(([text(f"{article} {title}, "),
                           person_name(s.person.full_name_in("de"))], True))
        elif title:
            items.append(([person_name(s.person.full_name_in("de")), text(f", {title}")],
                          True))
        else:
            items.append(([person_name(s.person.full_name_in("de"))], False))
    return runs + _join(items, "de")


def _english(speakers: list[SpeakerRole], verb: str, lang: str) -> list[Run]:
    runs: list[Run] = [text(f"{verb} ")]
    common = _common_function(speakers, lang)
    if common is not None:
        function, plural = common
        items = []
        for s in speakers:
            rest = _title(s.role, lang)[len(function):].strip()
            items.append(([text(f"{rest}, " if rest else ""),
                           person_name(s.person.full_name_in(lang))], True))
        runs.append(text(f"the {plural} "))
        return runs + _join(items, lang)
    items = []
    for s in speakers:
        title = _title(s.role, lang)
        if title:
            items.append(([person_name(s.person.full_name_in(lang)), text(f", {title}")], True))
        else:
            items.append(([person_name(s.person.full_name_in(lang))], False))
    return runs + _join(items, lang)


def attribution_runs(quote: Quote, speakers: list[SpeakerRole], lang: str) -> list[Run]:
    """The attribution after the closing mark, ending with a full stop; may be empty."""
    override = _lang_text(quote.attribution, lang)
    if override:
        return parse_inline(override)
    if not speakers:
        return []
    single, plural = DEFAULT_VERBS.get(lang.split("-")[0], DEFAULT_VERBS["en"])
    written = _lang_text(quote.verb, lang)
    verb = (verb_for_speakers(written, lang, len(speakers)) if written
            else single if len(speakers) == 1 else plural)
    german = lang.split("-")[0] == "de"
    runs = _german(speakers, verb) if german else _english(speakers, verb, lang)
    return [*runs, text(".")]


def quote_words(lang: str, words: str) -> list[Run]:
    """The quoted words alone, in the language's marks (the byline layout)."""
    marks = quote_marks(lang)
    inner = smarten_runs(parse_inline(words.strip()), QuoteSmartener(lang, level=1))
    return merge([text(marks.open), *inner, text(marks.close)])


def byline_runs(quote: Quote, speakers: list[SpeakerRole], lang: str) -> list[Run]:
    """Who said it, for the line under the words: "**Dr. Anna Beispiel**, Ministerin für
    Wirtschaft", one speaker a line; a hand-written attribution is used as it stands."""
    override = _lang_text(quote.attribution, lang)
    if override:
        runs = parse_inline(override)
        if runs:
            last = runs[-1]
            runs[-1] = replace(last, text=_TRAILING_STOP.sub("", last.text))
        return merge(runs)
    out: list[Run] = []
    for i, s in enumerate(speakers):
        if i:
            out.append(text("\n"))
        out.append(person_name(s.person.full_name_in(lang)))
        title = _title(s.role, lang)
        if title:
            out.append(text(f", {title}"))
    return merge(out)


def quote_paragraph(
    quote: Quote,
    speakers: list[SpeakerRole],
    lang: str,
    words: str,
    after: list[Run],
) -> list[Run]:
    """A whole quote paragraph: marks, the words, the attribution and what follows it."""
    marks = quote_marks(lang)
    inner = smarten_runs(parse_inline(words.strip()), QuoteSmartener(lang, level=1))
    attribution = attribution_runs(quote, speakers, lang)
    english = lang.split("-")[0] != "de"
    if attribution and inner and _TRAILING_STOP.search(inner[-1].text):
        last = inner[-1]
        inner[-1] = replace(last, text=_TRAILING_STOP.sub("", last.text))
    ends_in_mark = bool(inner) and inner[-1].text.rstrip().endswith(("?", "!", "…"))
    runs: list[Run] = [text(marks.open), *inner]
    if not attribution:
        runs.append(text(marks.close))
    elif english:
        runs.append(text(marks.close if ends_in_mark else "," + marks.close))
        runs.append(text(" "))
    else:
        runs.append(text(marks.close + ", "))
    runs += attribution
    if after:
        runs.append(text(" "))
        runs += after
    return merge(runs)
