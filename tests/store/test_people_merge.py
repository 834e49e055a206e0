"""Merging a duplicate person: quotes, roles and event speakers move, in one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from editor.core.errors import NotFoundError
from editor.core.model import (
    Event,
    EventSpeaker,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.io.samples import load_sample_bundles
from editor.store import Archive

SAMPLE_ITEM = "2021-03-15-smart-country"
STEINBACH = "person-joerg-steinbach"


@pytest.fixture
def with_duplicate(archive: Archive) -> Archive:
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    archive.save_person(Person("dup-steinbach", "Joerg", "Steinbach"))
    archive.save_role(Role("role-dup", "dup-steinbach", None, title={"de": "Professor"},
                           valid_from=date(2010, 1, 1), valid_until=date(2019, 11, 19)))
    archive.save_item(PressItem(
        id="item-dup",
        issue_date=date(2018, 6, 1),
        headline=Translations(text={"de": "Tag der Forschung"}),
        quotes=[
            Quote("q-dup", speakers=[Speaker("dup-steinbach")],
                  text=Translations(text={"de": "Forschung braucht Wasserstoff."})),
            Quote("q-both", speakers=[Speaker(STEINBACH), Speaker("dup-steinbach")],
                  text=Translations(text={"de": "Doppelt gemoppelt."})),
        ],
        event=Event(speakers=[EventSpeaker("dup-steinbach", town="Cottbus"),
                              EventSpeaker("person-armin-willingmann")]),
    ))
    return archive


def test_merge_moves_quotes_roles_and_event_speakers(with_duplicate: Archive) -> None:
    archive = with_duplicate
    assert {h.quote_id for h in archive.search_quotes("", speaker="dup-steinbach")} == {
        "q-dup", "q-both"}
    version = archive.load_item("item-dup").version

    archive.merge_people(STEINBACH, "dup-steinbach")

    with pytest.raises(NotFoundError):
        archive.person("dup-steinbach")
    assert {r.id for r in archive.roles(STEINBACH)} == {"role-steinbach-bb-mwae", "role-dup"}
    item = archive.load_item("item-dup")
    assert item.version == version + 1
    assert item.quote("q-dup").speakers[0].person_id == STEINBACH
    assert [s.person_id for s in item.quote("q-both").speakers] == [STEINBACH]
    assert item.event is not None
    assert [s.person_id for s in item.event.speakers] == [STEINBACH, "person-armin-willingmann"]
    assert item.event.speakers[0].town == "Cottbus"
    dossier = archive.quotes_of_person(STEINBACH)
    assert [h.quote_id for h in dossier] == ["q-dup", "q-both", "quote-2021-03-15-steinbach"]
    # the old role, moved over, is the role at the time of the 2018 quote
    assert dossier[0].speakers[0].title == {"de": "Professor"}


def test_merge_updates_the_index(with_duplicate: Archive) -> None:
    archive = with_duplicate
    archive.merge_people(STEINBACH, "dup-steinbach")
    found = {h.quote_id for h in archive.search_quotes("wasserstoff", speaker=STEINBACH)}
    assert found == {"q-dup"}
    assert archive.search_quotes("", speaker="dup-steinbach") == []
    assert [p.id for p in archive.find_people("steinbach")] == [STEINBACH]
    assert archive.count_quotes() == 5


def test_merge_with_unknown_person_changes_nothing(with_duplicate: Archive) -> None:
    archive = with_duplicate
    with pytest.raises(NotFoundError, match="nobody"):
        archive.merge_people(STEINBACH, "nobody")
    with pytest.raises(NotFoundError, match="nobody"):
        archive.merge_people("nobody", "dup-steinbach")
    assert archive.person("dup-steinbach").given_name == "Joerg"
    with pytest.raises(ValueError, match="itself"):
        archive.merge_people(STEINBACH, STEINBACH)


def test_merge_is_one_transaction(with_duplicate: Archive,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    archive = with_duplicate

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(archive._index, "reindex_quotes", fail)
    with pytest.raises(RuntimeError):
        archive.merge_people(STEINBACH, "dup-steinbach")
    assert archive.person("dup-steinbach").family_name == "Steinbach"
    assert archive.load_item("item-dup").quote("q-dup").speakers[0].person_id == "dup-steinbach"
