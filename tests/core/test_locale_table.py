"""The table of dates and lists exports use is Babel's own data, formatted as Babel does."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date as babel_format_date
from babel.lists import format_list as babel_format_list

from editor.core import formatting
from editor.core.locale_table import LOCALES

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["de", "en", "fr", "de-CH", "de_AT", "en_US", "en-GB"]


def test_the_table_is_what_babel_holds_now() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_locale_table.py"),
                           "--check"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_dates_are_formatted_as_babel_formats_them(lang: str) -> None:
    assert formatting._tabled(lang) is not None
    locale = formatting.babel_locale(lang)
    days = [date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]
    day = date(1890, 1, 1)
    while day < date(2110, 1, 1):
        days.append(day)
        day += timedelta(days=13)
    for style in ("short", "medium", "long", "full", "dd.MM."):
        for day in days:
            assert formatting.format_date(day, lang, style) == babel_format_date(
                day, style, locale=locale), (lang, style, day)


@pytest.mark.parametrize("lang", LANGS)
def test_lists_are_formatted_as_babel_formats_them(lang: str) -> None:
    locale = formatting.babel_locale(lang)
    words = ["Anna", "Ben", "Cem", "Dana", "Emil"]
    for n in range(1, len(words) + 1):
        for alternatives in (False, True):
            assert formatting.format_list(words[:n], lang, alternatives=alternatives) == \
                babel_format_list(words[:n], style="or" if alternatives else "standard",
                                  locale=locale)


def test_other_locales_are_left_to_babel() -> None:
    assert formatting._tabled("nl") is None
    assert formatting.format_date(date(2021, 3, 15), "nl") == "15 maart 2021"
    assert set(LOCALES) >= {"de_DE", "en_GB", "fr_FR"}
