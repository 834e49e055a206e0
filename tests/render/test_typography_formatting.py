"""Quotation marks, apostrophes, safe characters and Babel formatting."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from editor.core.formatting import (
    format_dateline,
    format_embargo,
    format_list,
    format_money_compact,
    format_number,
)
from editor.core.typography import quote_marks, quoted, smarten, visible_safe


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "„x“"), ("en", "“x”"), ("de-CH", "«x»"), ("fr", "«\u202fx\u202f»"),
])
def test_quote_marks_per_language(lang: str, expected: str) -> None:
    assert quoted("x", lang) == expected


def test_nested_marks() -> None:
    assert quoted("x", "de", 1) == "‚x‘"
    assert quoted("x", "en", 1) == "‘x’"
    assert quote_marks("de-CH").pair(1) == ("‹", "›")


def test_smarten_body_and_inside_quote() -> None:
    assert smarten('zum "Smart Country" werden', "de") == "zum „Smart Country“ werden"
    assert smarten('als "Smart Country", die', "de", level=1) == "als ‚Smart Country‘, die"
    assert smarten('a "Smart Country".', "en") == "a “Smart Country”."
    assert smarten('"a "b" c"', "de") == "„a ‚b‘ c“"


def test_apostrophes() -> None:
    assert smarten("it's Germany's", "en") == "it’s Germany’s"
    assert smarten("geht's", "de") == "geht’s"
    assert smarten("'90", "de") == "'90"


def test_visible_safe() -> None:
    assert visible_safe("a\x0bb\x00c\ud800d") == "a\ufffdb\ufffdc\ufffdd"
    assert visible_safe("a\r\nb\tc") == "a\nb\tc"
    assert visible_safe("ok 😀 עברית") == "ok 😀 עברית"


def test_babel_formatting() -> None:
    assert format_money_compact(60_000_000, "EUR", "de") == "60\xa0Mio.\xa0€"
    assert format_money_compact(60_000_000, "EUR", "en") == "€60 million"
    assert format_list(["A", "B", "C"], "de") == "A, B und C"
    assert format_list(["A", "B", "C"], "en") == "A, B and C"
    assert format_number(1234.5, "de") == "1.234,5"
    assert format_embargo(datetime(2021, 3, 15, 10), "Europe/Berlin", "de") == \
        "15. März 2021, 10:00 Uhr MEZ"


def test_datelines() -> None:
    places = ["Potsdam", "Magdeburg"]
    day = date(2021, 3, 15)
    assert format_dateline(places, day, "de-den") == "Potsdam/Magdeburg, den 15.03.2021."
    assert format_dateline(places, day, "en-caps") == "POTSDAM/MAGDEBURG, 15 March 2021 –"
    assert format_dateline(["Potsdam"], day, "de-plain") == "Potsdam, 15. März 2021 –"
    with pytest.raises(ValueError):
        format_dateline(places, day, "nope")
