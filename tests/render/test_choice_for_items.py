"""Which template and languages an item is shown or exported in when the last choice needs
a language the item does not have."""

from __future__ import annotations

from editor import render
from editor.render.catalogue import choice_for_items


def test_a_choice_the_items_cannot_fill_gives_way_to_the_nearest_one() -> None:
    templates = {t.name: t for t in render.list_templates()}
    # the same template in the item's language, where it makes one
    assert choice_for_items(templates, "event-report", ["en"], ["de"]) == ("event-report", ["de"])
    # else a template of the same kind that makes the item's languages
    assert choice_for_items(templates, "bilingual", ["de", "en"], ["de"]) == (
        "pressemitteilung", ["de"])
    assert choice_for_items(templates, "side-by-side", ["de", "en"], ["en"]) == (
        "press-release", ["en"])
    # a choice the items can fill, or no languages known, is kept
    assert choice_for_items(templates, "bilingual", ["de", "en"], ["de", "en"]) == (
        "bilingual", ["de", "en"])
    assert choice_for_items(templates, "pressemitteilung", ["de"], ["de", "en"]) == (
        "pressemitteilung", ["de"])
    assert choice_for_items(templates, "bilingual", ["de", "en"], []) == (
        "bilingual", ["de", "en"])
    # nothing makes French: the choice stays as it was
    assert choice_for_items(templates, "bilingual", ["de", "en"], ["fr"]) == (
        "bilingual", ["de", "en"])
