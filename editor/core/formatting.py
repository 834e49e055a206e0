"""Locale formatting through Babel: dates, numbers, money, lists and datelines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from editor.core.locale_table import LOCALES

if TYPE_CHECKING:  # Babel and its locale data are loaded when the table does not serve
    from babel import Locale

DEFAULT_REGION = {"de": "de_DE", "en": "en_GB", "fr": "fr_FR"}
"""Which regional variant a bare language code is formatted in (press English is British)."""


def _region(lang: str) -> str:
    tag = lang.replace("-", "_")
    return DEFAULT_REGION.get(tag, tag)


@lru_cache(maxsize=64)
def babel_locale(lang: str) -> Locale:
    """The Babel locale for a language tag ("de", "de-CH", "en_US")."""
    from babel import Locale

    return Locale.parse(_region(lang))


def known_language(lang: str) -> bool:
    """Whether ``lang`` is a language tag exports can format ("de", "de-CH", "en_US"):
    a template names its languages in a file from outside, which may say anything."""
    from editor.core.codec import LANGUAGE_CODE

    if not LANGUAGE_CODE.match(lang.replace("_", "-")):
        return False
    if _tabled(lang) is not None:
        return True
    from babel.core import UnknownLocaleError

    try:
        babel_locale(lang)
    except (ValueError, UnknownLocaleError):
        return False
    return True


def _tabled(lang: str) -> dict[str, Any] | None:
    """The locale's entry of :mod:`editor.core.locale_table` (Babel's own data)."""
    found: dict[str, Any] | None = LOCALES.get(_region(lang))
    return found


def _date_from_table(day: date, pieces: list[Any], months: dict[str, list[str]]) -> str:
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        field, count = piece
        if field == "d":
            out.append(f"{day.day:0{count}d}")
        elif field == "M":
            out.append(months["wide"][day.month - 1] if count == 4
                       else months["abbreviated"][day.month - 1] if count == 3
                       else f"{day.month:0{count}d}")
        else:
            out.append(f"{day.year % 100 if count == 2 else day.year:0{count}d}")
    return "".join(out)


def format_date(day: date, lang: str, style: str = "long") -> str:
    """A date: de long "15. März 2021", medium "15.03.2021"; en long "15 March 2021"."""
    table = _tabled(lang)
    if table is not None and style in table["dates"] and type(day) is date:
        return _date_from_table(day, table["dates"][style], table["months"])
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, style, locale=babel_locale(lang))


def format_datetime(moment: datetime, lang: str, style: str = "long") -> str:
    """Date and time, e.g. "15. März 2021, 10:00 Uhr" / "15 March 2021, 10:00"."""
    from babel.dates import format_date as babel_format_date
    from babel.dates import format_time

    loc = babel_locale(lang)
    day = babel_format_date(moment.date(), style, locale=loc)
    clock = format_time(moment.time(), "HH:mm", locale=loc)
    if loc.language == "de":
        return f"{day}, {clock} Uhr"
    return f"{day}, {clock}"


def format_embargo(until: datetime, timezone: str, lang: str) -> str:
    """An embargo moment with its zone: "15. März 2021, 10:00 Uhr MEZ" / "… 10:00 CET"."""
    from zoneinfo import ZoneInfo  # here: only an embargo needs the time zone data

    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        return f"{format_datetime(until, lang)} {timezone}".strip()
    from babel.dates import format_datetime as babel_format_datetime

    aware = until.replace(tzinfo=zone)
    abbreviation = babel_format_datetime(aware, "z", tzinfo=zone, locale=babel_locale(lang))
    return f"{format_datetime(until, lang)} {abbreviation}"


def format_number(value: float, lang: str) -> str:
    """A number with the locale's separators: 1.234,5 / 1,234.5."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale(lang))


def format_money_compact(amount: float, currency: str, lang: str) -> str:
    """A large amount in words the press uses: "60 Mio. €" in German, "€60 million" in English."""
    from babel.numbers import format_compact_currency, format_compact_decimal, get_currency_symbol

    loc = babel_locale(lang)
    if loc.language == "en":
        symbol = get_currency_symbol(currency, locale=loc)
        words = format_compact_decimal(amount, format_type="long", locale=loc, fraction_digits=1)
        return f"{symbol}{words}"
    return format_compact_currency(amount, currency, locale=loc, fraction_digits=1)


def format_list(items: Sequence[str], lang: str, *, alternatives: bool = False) -> str:
    """Items as a sentence: "A, B und C" / "A, B and C" (or "A, B oder C")."""
    if not items:
        return ""
    table = _tabled(lang)
    if table is not None:
        patterns = table["lists"]["or" if alternatives else "standard"]
        if len(items) == 1:
            return items[0]
        if len(items) == 2 and "2" in patterns:
            return str(patterns["2"].format(*items))
        result = patterns["start"].format(items[0], items[1])
        for item in items[2:-1]:
            result = patterns["middle"].format(result, item)
        return str(patterns["end"].format(result, items[-1]))
    from babel.lists import format_list as babel_format_list

    return babel_format_list(list(items), style="or" if alternatives else "standard",
                             locale=babel_locale(lang))


DATELINE_STYLES = ("de-den", "de-plain", "en-caps", "en-plain")
"""Dateline conventions a template can choose from (manifest key ``dateline``)."""


def format_dateline(places: Sequence[str], day: date | None, style: str) -> str:
    """The dateline that opens the lead, in a template's chosen convention.

    ``de-den``: "Potsdam/Magdeburg, den 15.03.2021."; ``de-plain``: "Potsdam, 15. März
    2021 –"; ``en-caps``: "POTSDAM/MAGDEBURG, 15 March 2021 –"; ``en-plain``:
    "Potsdam, 15 March 2021 –". With only a date, that alone: "15.03.2021." (a sentence
    does not start with "den"), "15 March 2021 –". Without a date, every style follows
    :func:`undated_dateline`. With neither, there is no dateline: ``""``.
    """
    if style not in DATELINE_STYLES:
        raise ValueError(f"Unknown dateline style {style!r}; choose one of {DATELINE_STYLES}.")
    place = "/".join(dict.fromkeys(p.strip() for p in places if p.strip()))
    if day is None:
        return undated_dateline(place, style)
    if style == "de-den":
        when = f"den {format_date(day, 'de', 'medium')}" if place \
            else format_date(day, "de", "medium")
        return ", ".join(x for x in (place, when) if x) + "."
    lang = "de" if style == "de-plain" else "en"
    when = format_date(day, lang, "long")
    if style == "en-caps":
        place = place.upper()
    return ", ".join(x for x in (place, when) if x) + " –"


def undated_dateline(place: str, style: str) -> str:
    """The dateline of an item without a date, the same in every template: the places and
    a dash, as a news agency's place line ("Potsdam/Cottbus –", "POTSDAM –" where the
    style writes places in capitals); ``""`` without places.

    One rule for all styles: a place alone closed by a full stop ("Potsdam.") reads as a
    sentence of one word, and the German templates disagreed on it.
    """
    if not place:
        return ""
    return f"{place.upper() if style == 'en-caps' else place} –"


def default_dateline_style(lang: str) -> str:
    """The usual dateline convention of a language."""
    return "de-den" if lang.split("-")[0].split("_")[0] == "de" else "en-caps"
