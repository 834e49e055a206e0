"""The fields of an old release recognised in its text: datelines, embargo lines,
press contacts, boilerplate headings, noise lines and the language of a paragraph.

Pure functions over plain text, used by :mod:`editor.services.release_import`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from editor.core.model import Contact, Embargo
from editor.store.folding import fold_query

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
    "july": 7, "october": 10, "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PLACE = (r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.\-]*(?:\s(?:an\sder|am|im|bei|upon|on)\s[A-ZÄÖÜ][\w.\-]*)?"
          r"(?:\s\([A-ZÄÖÜ][\w.\s]{0,20}\))?")
_PLACES = rf"(?P<places>{_PLACE}(?:\s?/\s?{_PLACE})*)"
_DATE = (rf"(?:(?P<d1>\d{{1,2}})\.\s?(?P<m1>\d{{1,2}})\.\s?(?P<y1>\d{{4}}|\d{{2}})"
         rf"|(?P<d2>\d{{1,2}})\.?\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})"
         rf"|(?P<m3>{_MONTH})\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>\d{{4}}))")
DATELINE = re.compile(
    rf"^{_PLACES}\s*(?:,\s*(?:den\s+|am\s+|on\s+)?{_DATE}|\s*\(ots(?:/[^)]*)?\))"
    r"\s*[.:]?\s*(?:[–—-]\s*)?", re.IGNORECASE)
EMBARGO = re.compile(
    rf"^(?:\*\*)?(?:Sperrfrist|Embargo(?:ed)?(?:\s+until)?|Sperrvermerk|Veröffentlichung "
    rf"nicht vor|Not for publication before)\s*:?\s*(?:bis\s+)?(?:zum\s+)?{_DATE}"
    r"(?:,?\s*(?:um\s+|at\s+)?(?P<h>\d{1,2})[:.](?P<min>\d{2})\s*(?:Uhr|h)?)?", re.IGNORECASE)
BOILERPLATE = re.compile(r"^(?:Über\s+(?:die\s+|den\s+|das\s+)?|About\s+(?:the\s+)?)(?P<org>.+)$")
CONTACTS = re.compile(
    r"^(?:Pressekontakt|Presse-?kontakte?|Press contacts?|Media contacts?|Kontakt|Contact|"
    r"Rückfragen(?: bitte)? an|For further information|Medienkontakt|Ansprechpartner(?:in)?)"
    r"\s*:?\s*", re.IGNORECASE)
NOISE = re.compile(
    r"^(?:FOR IMMEDIATE RELEASE|PRESSEMITTEILUNG|Pressemitteilung|PRESSEINFORMATION|"
    r"Presseinformation|PRESS RELEASE|Press release|#+|-+\s*(?:Ende|End)\s*-+|"
    r"Ende der Pressemitteilung|\*\*\*|"
    r"Original-Content von: .+)$")  # the wire service's signature under an ots release

_GERMAN_WORDS = (
    "der die das und ist nicht mit sich des ein eine für auf dem den zu von im sind wird "
    "wir auch es als bei aus nach wie oder dass über zum zur sie werden hat haben einen "
    "einer noch beide diese heute sagte")
_GERMAN = frozenset(_GERMAN_WORDS.split())
_ENGLISH_WORDS = (
    "the and is of to for with that on are was be by this as it at from have has we "
    "will not their our both which said today its been they who")
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def detect_language(text: str, default: str = "de") -> str:
    """German or English, by their most frequent short words; ``default`` when unclear."""
    words = re.findall(r"[a-zäöüß]+", text.casefold())
    german = sum(1 for w in words if w in _GERMAN)
    english = sum(1 for w in words if w in _ENGLISH)
    if german == english or max(german, english) < 2:
        return default
    return "de" if german > english else "en"


@lru_cache(maxsize=65_536)
def fold_name(text: str) -> str:
    """A name compared with others: case, accents and ä/ö/ü/ß spellings folded.

    Remembered: a batch of documents compares every mention with the same people and
    organisations over and over."""
    lowered = unicodedata.normalize("NFC", text).casefold()
    lowered = lowered.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return " ".join(fold_query(lowered.replace("ß", "ss")).split())


def strip_markup(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("**", "").replace("*", "")


def straight_quotes(text: str) -> str:
    """Quotation marks in running text as the app's own straight-quote markup."""
    return re.sub(r"[„“”»«]", '"', text)


def _date_of(match: re.Match[str]) -> date | None:
    try:
        if match.group("d1"):
            year = int(match.group("y1"))
            year += 2000 if year < 100 else 0
            return date(year, int(match.group("m1")), int(match.group("d1")))
        if match.group("d2"):
            return date(int(match.group("y2")), MONTHS[match.group("m2").casefold()],
                        int(match.group("d2")))
        if match.group("d3"):
            return date(int(match.group("y3")), MONTHS[match.group("m3").casefold()],
                        int(match.group("d3")))
    except (ValueError, KeyError):
        return None
    return None


def parse_dateline(text: str) -> tuple[list[str], date | None, int] | None:
    """Places, date and the length of a dateline at the start of ``text``, or ``None``."""
    plain = text
    match = DATELINE.match(plain)
    if not match:
        return None
    places = [p.strip() for p in match.group("places").split("/") if p.strip()]
    places = [p.title() if p.isupper() else p for p in places]
    return places, _date_of(match), match.end()


def parse_embargo(text: str) -> Embargo | None:
    match = EMBARGO.match(text.strip())
    if not match:
        return None
    day = _date_of(match)
    if day is None:
        return None
    hour = int(match.group("h")) if match.group("h") else 0
    minute = int(match.group("min")) if match.group("min") else 0
    try:
        return Embargo(datetime(day.year, day.month, day.day, hour, minute))
    except ValueError:
        return None


def contact_from_text(text: str, lang: str = "de") -> Contact | None:
    """A press contact from its lines: name first, then phone, e-mail and web address."""
    lines = [line.strip(" ·") for line in re.split(r"\n|\s+·\s+", strip_markup(text))
             if line.strip(" ·")]
    if not lines:
        return None
    contact = Contact(name=lines[0])
    rest: list[str] = []
    for line in lines[1:]:
        email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", line)
        phone = re.search(r"(?:Tel\.?|Telefon|Phone|Fon)?\s*:?\s*(\+?[\d][\d /()-]{5,}\d)", line)
        web = re.search(r"https?://\S+|www\.\S+", line)
        if email and not contact.email:
            contact.email = email.group(0)
        if phone and not contact.phone and not web:
            contact.phone = phone.group(1).strip()
        if web and not contact.website:
            contact.website = web.group(0) if web.group(0).startswith("http") \
                else f"https://{web.group(0)}"
        if not (email or phone or web):
            rest.append(line)
    if rest:
        contact.function = {lang: rest[0]}
    return contact
