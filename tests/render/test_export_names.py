"""Export file names speak the user's language: in a German UI a press officer reads
"undatiert" and "zweisprachig-nacheinander", not "undated" and "bilingual"; names stay
ASCII-safe, and the English ones are as before."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from editor.core.model import Bundle
from editor.render.export import export_items, file_stem

ITEM = "2021-03-15-smart-country"
SAFE = re.compile(r"[a-z0-9._-]+")


@pytest.mark.parametrize(("template", "languages", "german", "english"), [
    ("bilingual", ["de", "en"], "zweisprachig-nacheinander", "bilingual"),
    ("side-by-side", ["de", "en"], "zweisprachig-nebeneinander", "side-by-side"),
    ("event-report", ["de"], "veranstaltungsbericht", "event-report"),
    ("press-release", ["en"], "pressemitteilung-englisch", "press-release"),
    ("pressemitteilung", ["de"], "pressemitteilung", "pressemitteilung"),
])
def test_the_template_part_is_german_in_a_german_ui(
        sample: Bundle, template: str, languages: list[str], german: str, english: str) -> None:
    de = file_stem(sample, ITEM, languages, template, name_language="de")
    en = file_stem(sample, ITEM, languages, template)
    suffix = "-".join(languages)
    assert de.startswith("2021-03-15_") and de.endswith(f"_{german}.{suffix}")
    assert en.endswith(f"_{english}.{suffix}")
    assert SAFE.fullmatch(de) and SAFE.fullmatch(en)
    assert file_stem(sample, ITEM, languages, template, name_language="de") == de  # stable


def test_an_undated_item_is_undatiert_in_german(sample: Bundle) -> None:
    bundle = copy.deepcopy(sample)
    bundle.items[0].issue_date = None
    assert file_stem(bundle, ITEM, ["de"], "pressemitteilung", name_language="de").startswith(
        "undatiert_")
    assert file_stem(bundle, ITEM, ["de"], "pressemitteilung").startswith("undated_")


def test_an_item_whose_headline_gives_no_letters_is_a_pressemitteilung(sample: Bundle) -> None:
    bundle = copy.deepcopy(sample)
    item = bundle.items[0]
    item.headline.text = {"de": "„…“"}
    item.id = "…"
    bundle.items[0] = item
    stem = file_stem(bundle, "…", ["de"], "pressemitteilung", name_language="de")
    assert stem == "2021-03-15_pressemitteilung_pressemitteilung.de"
    assert file_stem(bundle, "…", ["de"], "pressemitteilung") == (
        "2021-03-15_release_pressemitteilung.de")


def test_export_writes_the_german_names(sample: Bundle, tmp_path: Path) -> None:
    written = export_items(sample, [ITEM], "bilingual", ["de", "en"], ["html"], tmp_path,
                           name_language="de")
    assert [p.name for p in written] == [
        "2021-03-15_wirtschaftsfoerderer-aus-brandenburg-und-sachsen-anhalt_"
        "zweisprachig-nacheinander.de-en.html"]
