"""Bundles: items with their people, organisations and roles, saved all or nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from store_records import (
    organisations,
    people,
    rich_bundle,
    rich_item,
    roles,
    simple_item,
    without_stamps,
)

from editor.core.errors import NotFoundError, StoreError
from editor.core.model import Bundle, Person, Role
from editor.store import Archive, DuplicateItemError
from editor.store import archive as archive_module
from editor.store.shared import SharedPolicy, SharedRecordsDiffer


def _counts(archive: Archive) -> tuple[int, int, int, int]:
    return (
        len(archive.list_items()),
        len(archive.people()),
        len(archive.organisations()),
        len(archive.roles()),
    )


def test_save_bundle_stores_everything(archive: Archive) -> None:
    bundle = rich_bundle()
    assert archive.save_bundle(bundle) == ["item-rich"]
    assert _counts(archive) == (1, 5, 5, 6)
    assert bundle.items[0].version == 1
    assert archive.person("p-steinbach") == people()[0]
    assert archive.organisation("o-wfbb") == organisations()[0]
    assert archive.role("r-minister") == roles()[0]
    assert without_stamps(archive.load_item("item-rich")) == rich_item()


def test_existing_item_raises_duplicate_and_writes_nothing(archive: Archive) -> None:
    archive.save_bundle(rich_bundle())
    again = rich_bundle()
    again.people.append(Person("p-new", "Neue", "Person"))
    again.items.insert(0, simple_item("fresh", "Neu", None))
    with pytest.raises(DuplicateItemError) as caught:
        archive.save_bundle(again)
    assert caught.value.item_id == "item-rich"
    assert "item-rich" in str(caught.value)
    assert "Förderung für den Strukturwandel" in str(caught.value)
    assert _counts(archive) == (1, 5, 5, 6)
    assert not archive.has_item("fresh")


def test_the_same_item_twice_in_one_bundle_is_a_duplicate(archive: Archive) -> None:
    bundle = Bundle(items=[simple_item("a", "Eins", None), simple_item("a", "Zwei", None)])
    with pytest.raises(DuplicateItemError):
        archive.save_bundle(bundle)
    assert archive.is_empty()


def test_replace_overwrites_whatever_the_version(archive: Archive) -> None:
    archive.save_bundle(rich_bundle())
    stored = archive.load_item("item-rich")
    archive.save_item(stored)  # version 2 now

    replacement = rich_bundle()
    replacement.items[0].headline.set_source("de", "Neue Überschrift")
    replacement.people[0].town = "Cottbus"
    assert replacement.items[0].version == 0
    with pytest.raises(SharedRecordsDiffer):  # replacing an item does not change people
        archive.save_bundle(replacement, replace=True)
    assert archive.person("p-steinbach").town == "Potsdam"
    archive.save_bundle(replacement, replace=True, shared=SharedPolicy.UPDATE)

    loaded = archive.load_item("item-rich")
    assert loaded.version == 3
    assert loaded.headline.get("de") == "Neue Überschrift"
    assert loaded.created_at == stored.created_at
    assert archive.person("p-steinbach").town == "Cottbus"
    assert _counts(archive) == (1, 5, 5, 6)


def test_failure_half_way_leaves_archive_unchanged(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.save_person(Person("p-before", "Vorher", "Da"))
    bundle = rich_bundle()
    bundle.items.append(simple_item("second", "Zweite", date(2021, 1, 1)))
    real = archive_module.Archive._write_item
    calls: list[str] = []

    def failing(self: Archive, conn: Any, item: Any, now: Any, *, replace: bool,
                **options: Any) -> Any:
        calls.append(item.id)
        if len(calls) == 2:
            raise StoreError("disk full")
        return real(self, conn, item, now, replace=replace, **options)

    monkeypatch.setattr(archive_module.Archive, "_write_item", failing)
    with pytest.raises(StoreError, match="disk full"):
        archive.save_bundle(bundle)
    assert calls == ["item-rich", "second"]
    monkeypatch.undo()

    assert _counts(archive) == (0, 1, 0, 0)
    assert bundle.items[0].version == 0


def test_role_of_an_unknown_person_fails_the_whole_bundle(archive: Archive) -> None:
    bundle = rich_bundle()
    bundle.roles.append(Role("r-ghost", "p-ghost", None))
    with pytest.raises(NotFoundError, match="p-ghost"):
        archive.save_bundle(bundle)
    assert _counts(archive) == (0, 0, 0, 0)


def test_load_bundle_has_everything_the_items_refer_to(archive: Archive) -> None:
    archive.save_bundle(rich_bundle())
    archive.save_item(simple_item("other", "Andere", None, issuer_ids=["o-unrelated"]))

    bundle = archive.load_bundle(["item-rich"])

    assert [i.id for i in bundle.items] == ["item-rich"]
    assert {p.id for p in bundle.people} == {
        "p-steinbach",
        "p-kammradt",
        "p-einsfelder",
        "p-schubert",
    }
    # issuers, contact, event organiser, and the organisations of the speakers' roles
    assert {o.id for o in bundle.organisations} == {"o-wfbb", "o-img", "o-lhp", "o-mwae"}
    # every role of the speakers, also the one not quoted
    assert {r.id for r in bundle.roles} == {
        "r-minister",
        "r-professor",
        "r-kammradt",
        "r-einsfelder",
        "r-schubert",
    }


def test_load_bundle_round_trips_into_a_new_archive(archive: Archive, tmp_path: Any) -> None:
    archive.save_bundle(rich_bundle())
    bundle = archive.load_bundle(["item-rich"])
    with Archive.open(tmp_path / "copy.sqlite") as other:
        other.save_bundle(bundle)
        again = other.load_bundle(["item-rich"])
    assert without_stamps(again.items[0]) == without_stamps(bundle.items[0])
    assert again.people == bundle.people
    assert again.organisations == bundle.organisations
    assert again.roles == bundle.roles


def test_load_bundle_of_a_missing_item(archive: Archive) -> None:
    with pytest.raises(NotFoundError, match="missing"):
        archive.load_bundle(["missing"])
