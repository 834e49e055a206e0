"""The list of items under embargo is brought up to date by reading the items saved since
it was made (their versions differ), not every item's document after each save; deleted
items drop out, and a save stamped long before the latest one (a computer whose clock is
behind) is seen at once, not minutes later."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from editor.core.model import Bundle, Embargo, Person, PressItem, Quote, Speaker, Translations
from editor.store import Archive, embargo_list
from editor.store import archive as archive_module
from editor.store.schema import press_items

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
LATER = Embargo(datetime(2026, 3, 16, 10, 0))
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def _item(item_id: str, embargo: Embargo | None = None) -> PressItem:
    return PressItem(id=item_id, issue_date=date(2026, 3, 1), embargo=embargo,
                     quotes=[Quote(f"{item_id}-q", speakers=[Speaker("p-anna")],
                                   text=Translations(text={"de": f"Die Förderung {item_id}."}))],
                     headline=Translations(text={"de": f"Meldung {item_id}"}))


def _backdate(archive: Archive, *item_ids: str) -> None:
    """As if these items had been saved on days long ago (or copied in with such times)."""
    with archive._engine.begin() as conn:
        for n, item_id in enumerate(item_ids):
            day = LONG_AGO + timedelta(days=n)
            conn.execute(update(press_items).where(press_items.c.id == item_id).values(
                created_at=day, updated_at=day))


@pytest.fixture
def many(archive: Archive) -> Archive:
    bundle = Bundle(people=[Person("p-anna", "Anna", "Müller")])
    bundle.items = [_item(f"i-{n:02d}") for n in range(30)] + [_item("i-secret", LATER)]
    archive.save_bundle(bundle)
    _backdate(archive, *(item.id for item in bundle.items))
    return archive


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The stored embargoes read out of item documents."""
    seen: list[Any] = []
    real = embargo_list.embargo_from

    def counted(plain: Any) -> Embargo | None:
        seen.append(plain)
        return real(plain)

    monkeypatch.setattr(embargo_list, "embargo_from", counted)
    return seen


def _set_embargo(archive: Archive, item_id: str, embargo: Embargo | None) -> None:
    item = archive.load_item(item_id)
    item.embargo = embargo
    archive.save_item(item)


def _found(archive: Archive) -> int:
    """Quotes found outside an embargo in force."""
    return archive.count_quotes("förderung", now=NOW)


def test_saves_read_only_the_items_saved(many: Archive, read: list[Any]) -> None:
    assert _found(many) == 30  # the one under embargo is left out
    assert len(read) == 31
    read.clear()
    _set_embargo(many, "i-05", LATER)
    assert _found(many) == 29
    assert len(read) == 2  # i-05 and the latest saved before (i-secret); was 31: all
    read.clear()
    _set_embargo(many, "i-secret", None)
    many.save_item(_item("i-new"))
    assert _found(many) == 31
    assert len(read) <= 3  # i-05 was saved moments ago too: read again


def test_deleted_items_and_items_stored_with_older_times_are_seen(
        many: Archive, read: list[Any]) -> None:
    assert _found(many) == 30
    many.delete_item("i-secret")
    _set_embargo(many, "i-05", LATER)
    assert _found(many) == 29  # i-secret's quote gone with it, i-05's hidden
    many.save_item(_item("i-copied", LATER))
    _backdate(many, "i-copied")
    read.clear()
    assert _found(many) == 29
    assert len(read) == 1  # the one copied in
    assert many.count_quotes("förderung", now=NOW, include_embargoed=True) == 31


@pytest.mark.parametrize("behind", [timedelta(minutes=6), timedelta(days=2)])
def test_a_save_stamped_before_the_latest_is_seen_at_once(
        many: Archive, read: list[Any], monkeypatch: pytest.MonkeyPatch,
        behind: timedelta) -> None:
    """A colleague's computer whose clock is behind saves an embargo: its quotes are left
    out at the next search, not only after the list was read again in full (ten minutes
    later, and only once something else was saved: it was missed when saved more than
    five minutes before the latest save, and unseen at all while nothing else changed)."""
    many.save_item(_item("i-latest"))
    assert _found(many) == 31
    stamped = many.load_item("i-latest").updated_at
    assert stamped is not None
    monkeypatch.setattr(archive_module, "_now", lambda: stamped - behind)
    mark = many.change_mark()
    read.clear()
    _set_embargo(many, "i-05", LATER)
    assert many.change_mark() != mark  # the list in the window is read again too
    assert _found(many) == 30  # was 31: i-05's quote still found
    assert len(read) == 1
    monkeypatch.setattr(archive_module, "_now", lambda: stamped + timedelta(seconds=1))
    many.save_item(_item("i-later"))
    assert _found(many) == 31
    _set_embargo(many, "i-05", None)
    assert _found(many) == 32
