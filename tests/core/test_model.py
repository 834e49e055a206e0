"""Invariants of the domain model: translations, roles over time, the status workflow."""

from __future__ import annotations

from datetime import date

import pytest

from editor.core.model import (
    ALLOWED_STATUS_CHANGES,
    Block,
    ItemStatus,
    Person,
    PressItem,
    Role,
    Translations,
    fingerprint,
    role_on,
)

# --- Translations ----------------------------------------------------------------------


def test_of_with_a_source_makes_every_translation_current() -> None:
    t = Translations.of("de", de="Guten Tag", en="Good day")
    assert not t.is_stale("en", "de")
    assert t.basis == {"en": fingerprint("Guten Tag")}


def test_of_without_a_source_leaves_translations_unconfirmed() -> None:
    t = Translations.of(de="Guten Tag", en="Good day")
    assert t.basis == {}
    assert t.is_stale("en", "de")


def test_set_source_makes_the_translation_stale_and_mark_translated_clears_it() -> None:
    t = Translations.of("de", de="Guten Tag", en="Good day")
    t.set_source("de", "Guten Abend")
    assert t.is_stale("en", "de")
    assert not t.is_missing("en")
    t.mark_translated("en", "de")
    assert not t.is_stale("en", "de")


def test_set_translation_records_the_current_source() -> None:
    t = Translations()
    t.set_source("de", "Hallo")
    t.set_translation("en", "Hello", "de")
    assert not t.is_stale("en", "de")
    t.set_source("de", "Hallo Welt")
    assert t.is_stale("en", "de")


def test_missing_is_not_stale() -> None:
    t = Translations.of("de", de="Nur Deutsch")
    assert t.is_missing("en")
    assert not t.is_stale("en", "de")
    t.text["en"] = "   "
    assert t.is_missing("en") and not t.has("en")
    assert not t.is_stale("en", "de")


def test_the_source_itself_is_never_stale() -> None:
    t = Translations.of("de", de="A", en="B")
    t.set_source("de", "C")
    assert not t.is_stale("de", "de")


def test_an_empty_source_makes_nothing_stale() -> None:
    t = Translations.of("de", de="A", en="B")
    t.set_source("de", "")
    assert not t.is_stale("en", "de")


def test_marking_the_source_language_translated_does_nothing() -> None:
    t = Translations.of(de="A")
    t.mark_translated("de", "de")
    assert t.basis == {}


def test_fingerprint_ignores_whitespace_changes_only() -> None:
    base = fingerprint("Das ist ein Satz.")
    assert fingerprint("  Das  ist\nein\tSatz. ") == base
    assert fingerprint("Das ist ein Satz!") != base
    assert fingerprint("das ist ein Satz.") != base
    assert len(base) == 16 and int(base, 16) >= 0


def test_a_whitespace_edit_of_the_source_keeps_the_translation_current() -> None:
    t = Translations.of("de", de="Ein Satz.", en="A sentence.")
    t.set_source("de", "Ein  Satz.\n")
    assert not t.is_stale("en", "de")


def test_item_lists_its_stale_translations() -> None:
    item = PressItem(
        id="i",
        languages=["de", "en"],
        headline=Translations.of("de", de="Titel", en="Title"),
        blocks=[Block("b1", text=Translations.of("de", de="Absatz", en="Paragraph"))],
    )
    assert item.stale_translations() == []
    item.blocks[0].text.set_source("de", "Neuer Absatz")
    item.headline.set_source("de", "Neuer Titel")
    assert item.stale_translations() == [("headline", "en"), ("b1", "en")]


# --- roles over time -------------------------------------------------------------------


def _roles() -> list[Role]:
    return [
        Role("old", "p", None, valid_from=date(2016, 4, 25), valid_until=date(2021, 9, 15)),
        Role("new", "p", None, valid_from=date(2021, 9, 16)),
        Role("other", "q", None),
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2016, 4, 24), None),
        (date(2016, 4, 25), "old"),
        (date(2021, 3, 15), "old"),
        (date(2021, 9, 15), "old"),
        (date(2021, 9, 16), "new"),
        (date(2030, 1, 1), "new"),
    ],
)
def test_role_on_picks_the_role_held_on_the_day(day: date, expected: str | None) -> None:
    role = role_on(_roles(), "p", day)
    assert (role.id if role else None) == expected


def test_open_ends_cover_all_time() -> None:
    assert role_on(_roles(), "q", date(1900, 1, 1)) is not None
    assert role_on(_roles(), "q", date(2100, 1, 1)) is not None
    assert role_on(_roles(), "nobody", date(2021, 1, 1)) is None


def test_of_overlapping_roles_the_one_begun_last_wins() -> None:
    roles = [
        Role("always", "p", None),
        Role("since-2020", "p", None, valid_from=date(2020, 1, 1)),
    ]
    assert role_on(roles, "p", date(2021, 1, 1)).id == "since-2020"  # type: ignore[union-attr]
    assert role_on(roles, "p", date(2019, 1, 1)).id == "always"  # type: ignore[union-attr]


def test_valid_on_includes_both_ends() -> None:
    role = Role("r", "p", None, valid_from=date(2021, 1, 1), valid_until=date(2021, 1, 31))
    assert role.valid_on(date(2021, 1, 1)) and role.valid_on(date(2021, 1, 31))
    assert not role.valid_on(date(2020, 12, 31)) and not role.valid_on(date(2021, 2, 1))


# --- status workflow -------------------------------------------------------------------


@pytest.mark.parametrize(
    "steps",
    [
        ["in_review", "approved", "published"],
        ["in_review", "draft", "in_review", "approved", "published", "corrected", "corrected"],
        ["withdrawn", "draft"],
        ["in_review", "approved", "published", "withdrawn"],
    ],
)
def test_allowed_status_paths(steps: list[str]) -> None:
    item = PressItem(id="i")
    for step in steps:
        item.change_status(ItemStatus(step))
    assert item.status is ItemStatus(steps[-1])


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (ItemStatus.DRAFT, ItemStatus.PUBLISHED),
        (ItemStatus.DRAFT, ItemStatus.APPROVED),
        (ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED),
        (ItemStatus.PUBLISHED, ItemStatus.DRAFT),
        (ItemStatus.WITHDRAWN, ItemStatus.PUBLISHED),
    ],
)
def test_refused_status_changes(start: ItemStatus, target: ItemStatus) -> None:
    item = PressItem(id="i", status=start)
    with pytest.raises(ValueError, match=f"cannot become {target.value}"):
        item.change_status(target)
    assert item.status is start


def test_staying_in_the_same_status_is_always_allowed() -> None:
    for status in ItemStatus:
        item = PressItem(id="i", status=status)
        item.change_status(status)
        assert item.status is status


def test_every_status_has_a_way_out() -> None:
    assert set(ALLOWED_STATUS_CHANGES) == set(ItemStatus)
    assert all(ALLOWED_STATUS_CHANGES[s] for s in ItemStatus)


# --- people ----------------------------------------------------------------------------


def test_full_name_and_sort_name() -> None:
    p = Person("p", "Jörg", "Steinbach", "Prof. Dr.-Ing.")
    assert p.full_name == "Prof. Dr.-Ing. Jörg Steinbach"
    assert p.sort_name == "Steinbach, Jörg"
    assert Person("q", "Thomas", "Einsfelder").full_name == "Thomas Einsfelder"
