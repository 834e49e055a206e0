"""The directory service: rules at the field, nothing saved half, merging with undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from editor.core.errors import NotFoundError
from editor.core.model import (
    Contact,
    Event,
    EventSpeaker,
    Gender,
    Organisation,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.services.directory import (
    Directory,
    DirectoryError,
    InUse,
    UndoImpossible,
    person_from_text,
)
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive.sqlite") as opened:
        yield opened


@pytest.fixture
def directory(archive: Archive) -> Directory:
    return Directory(archive)


def _org(directory: Directory, short: str = "MWAE") -> Organisation:
    return directory.add_organisation(Organisation("", short, {"de": f"{short} Ministerium"}))


def _person(directory: Directory, family: str = "Beispiel", given: str = "Anna") -> Person:
    return directory.add_person(Person("", given, family, honorific="Dr."))


# --- people ------------------------------------------------------------------------------


def test_a_person_without_a_family_name_is_refused_at_the_field(
        directory: Directory, archive: Archive) -> None:
    with pytest.raises(DirectoryError) as caught:
        directory.add_person(Person("", "Anna", "   "))
    assert caught.value.field == "family_name"
    assert "family name" in str(caught.value)
    assert archive.people() == []


def test_editing_a_person_to_no_family_name_keeps_the_stored_one(directory: Directory) -> None:
    person = _person(directory)
    person.family_name = ""
    person.given_name = "Changed"
    with pytest.raises(DirectoryError):
        directory.update_person(person)
    stored = directory.person(person.id)
    assert (stored.given_name, stored.family_name) == ("Anna", "Beispiel")


def test_a_bad_link_or_language_names_the_field(directory: Directory) -> None:
    with pytest.raises(DirectoryError) as caught:
        directory.add_person(Person("", "A", "B", honorific_by_language={"fr": "Pr"}))
    assert caught.value.field == "honorific_by_language.fr"
    with pytest.raises(DirectoryError) as caught:
        directory.add_organisation(Organisation("", "X", website="javascript:alert(1)"))
    assert caught.value.field == "website"
    assert directory.organisations() == []


def test_people_are_found_folded_and_sorted_by_family_name(directory: Directory) -> None:
    for given, family in (("Zoe", "Özdemir"), ("Max", "Bauer"), ("Jörg", "Steinbach")):
        directory.add_person(Person("", given, family))
    assert [p.family_name for p in directory.people()] == ["Bauer", "Özdemir", "Steinbach"]
    assert [p.family_name for p in directory.people("joerg")] == ["Steinbach"]
    assert [p.family_name for p in directory.people("ozdem")] == ["Özdemir"]
    assert len(directory.people(limit=2)) == 2


def test_honorific_per_language(directory: Directory) -> None:
    person = directory.add_person(Person("", "Jörg", "Steinbach", honorific="Prof. Dr.-Ing.",
                                         honorific_by_language={"en": "Prof."}))
    stored = directory.person(person.id)
    assert stored.honorific_in("en") == "Prof."
    assert stored.honorific_in("de") == "Prof. Dr.-Ing."
    assert stored.full_name_in("en") == "Prof. Jörg Steinbach"


def test_an_id_used_twice_is_refused(directory: Directory) -> None:
    directory.add_person(Person("p1", "A", "B"))
    with pytest.raises(DirectoryError) as caught:
        directory.add_person(Person("p1", "C", "D"))
    assert caught.value.field == "id"
    assert directory.person("p1").family_name == "B"


# --- roles -------------------------------------------------------------------------------


def test_a_role_ending_before_it_starts_is_refused(directory: Directory,
                                                   archive: Archive) -> None:
    person, org = _person(directory), _org(directory)
    with pytest.raises(DirectoryError) as caught:
        directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                valid_from=date(2022, 1, 1), valid_until=date(2021, 12, 31)))
    assert caught.value.field == "valid_until"
    assert "before it starts" in str(caught.value)
    assert archive.roles(person.id) == []


def test_overlapping_roles_at_one_organisation_are_refused(directory: Directory,
                                                           archive: Archive) -> None:
    person, org = _person(directory), _org(directory)
    first = directory.add_role(Role("", person.id, org.id, {"de": "Referentin"},
                                    valid_from=date(2019, 1, 1), valid_until=date(2021, 6, 30)))
    with pytest.raises(DirectoryError) as caught:
        directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                valid_from=date(2021, 6, 30)))
    assert caught.value.field == "valid_from"
    assert "overlaps" in str(caught.value) and first.id in str(caught.value)
    assert [r.id for r in archive.roles(person.id)] == [first.id]
    # the next day is fine, and so is the same time at another organisation
    directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                            valid_from=date(2021, 7, 1)))
    directory.add_role(Role("", person.id, _org(directory, "WFBB").id, {"de": "Beirätin"},
                            valid_from=date(2020, 1, 1)))
    assert len(archive.roles(person.id)) == 3


def test_end_previous_ends_the_open_role_the_day_before(directory: Directory) -> None:
    person, org = _person(directory), _org(directory)
    old = directory.add_role(Role("", person.id, org.id, {"de": "Staatssekretärin"},
                                  valid_from=date(2019, 1, 1)))
    with pytest.raises(DirectoryError):  # overlaps while the old one is open
        directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                valid_from=date(2023, 5, 1)))
    new = directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                  valid_from=date(2023, 5, 1)), end_previous=True)
    assert directory.role(old.id).valid_until == date(2023, 4, 30)
    assert [r.id for r in directory.roles_of(person.id)] == [new.id, old.id]
    assert [r.id for r in directory.current_roles(person.id, date(2022, 1, 1))] == [old.id]


def test_a_role_ended_last_year_is_not_current_today(directory: Directory) -> None:
    person, org = _person(directory), _org(directory)
    last_year = date.today().year - 1
    ended = directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                    valid_from=date(last_year - 3, 1, 1)))
    directory.end_role(ended.id, date(last_year, 6, 30))
    assert directory.current_roles(person.id, None) == []
    assert directory.current_roles(person.id, date.today()) == []
    assert [r.id for r in directory.current_roles(person.id, date(last_year, 6, 30))] == [
        ended.id]


def test_a_role_a_quote_stores_cannot_be_moved_off_the_quote_day(
        directory: Directory, archive: Archive) -> None:
    person, org = _person(directory), _org(directory)
    role = directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                   valid_from=date(2020, 1, 1)))
    archive.save_item(PressItem("item-1", issue_date=date(2021, 3, 15), quotes=[
        Quote("q1", speakers=[Speaker(person.id, role.id)],
              text=Translations(text={"de": "Wir machen das."}))]))
    with pytest.raises(DirectoryError) as caught:
        directory.end_role(role.id, date(2021, 1, 1))
    assert caught.value.field == "valid_until" and "q1" in str(caught.value)
    assert directory.role(role.id).valid_until is None
    directory.end_role(role.id, date(2021, 3, 15))
    assert directory.role(role.id).valid_until == date(2021, 3, 15)


# --- organisations and contacts -----------------------------------------------------------


def test_an_organisation_short_name_used_twice_is_refused(directory: Directory) -> None:
    first = _org(directory, "WFBB")
    with pytest.raises(DirectoryError) as caught:
        directory.add_organisation(Organisation("", " wfbb ", {"de": "Andere"}))
    assert caught.value.field == "short_name" and first.id in str(caught.value)
    assert [o.id for o in directory.organisations()] == [first.id]
    other = _org(directory, "IMG")
    other.short_name = "WFBB"
    with pytest.raises(DirectoryError):
        directory.update_organisation(other)
    assert directory.organisation(other.id).short_name == "IMG"
    assert [o.short_name for o in directory.organisations("wirtschaft")] == []
    assert [o.short_name for o in directory.organisations("img")] == ["IMG"]


def test_a_logo_must_be_an_image_of_the_archive(directory: Directory) -> None:
    with pytest.raises(DirectoryError) as caught:
        directory.add_organisation(Organisation("", "X", logo="a" * 64))
    assert caught.value.field == "logo"


def test_contacts_are_saved_searched_and_checked(directory: Directory) -> None:
    org = _org(directory)
    saved = directory.add_contact(Contact("Eva Muster", org.id, {"de": "Pressesprecherin"},
                                          email="eva@example.org",
                                          topics={"de": "Verkehr und Mobilität"}))
    assert saved.id
    assert [c.id for c in directory.contacts("mobilitaet")] == [saved.id]
    with pytest.raises(DirectoryError) as caught:
        directory.add_contact(Contact("Max", email="kein-mail"))
    assert caught.value.field == "email"
    with pytest.raises(DirectoryError) as caught:
        directory.add_contact(Contact(" "))
    assert caught.value.field == "name"
    assert len(directory.contacts()) == 1
    directory.delete_contact(saved.id)
    assert directory.contacts() == []


# --- deleting what is used ---------------------------------------------------------------


def test_deleting_what_items_use_is_refused_with_the_usages(
        directory: Directory, archive: Archive) -> None:
    person, org = _person(directory), _org(directory)
    role = directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"},
                                   valid_from=date(2020, 1, 1)))
    archive.save_item(PressItem(
        "item-1", issue_date=date(2021, 3, 15), issuer_ids=[org.id],
        headline=Translations(text={"de": "Neue Förderung"}),
        quotes=[Quote("q1", speakers=[Speaker(person.id, role.id)],
                      text=Translations(text={"de": "Gut so."}))]))
    with pytest.raises(InUse) as caught:
        directory.delete_person(person.id)
    assert [(u.item_id, u.headline, u.where) for u in caught.value.usages] == [
        ("item-1", "Neue Förderung", "quote q1")]
    assert "item-1" in str(caught.value)
    with pytest.raises(InUse):
        directory.delete_role(role.id)
    with pytest.raises(InUse) as caught:
        directory.delete_organisation(org.id)
    assert {u.where for u in caught.value.usages} >= {"issuer", f"role {role.id} of Anna "
                                                                "Beispiel"}
    assert directory.person(person.id) and directory.role(role.id)
    assert directory.organisation(org.id)


def test_an_unused_person_is_deleted_with_their_roles(directory: Directory,
                                                      archive: Archive) -> None:
    person, org = _person(directory), _org(directory)
    directory.add_role(Role("", person.id, org.id, {"de": "Ministerin"}))
    directory.delete_person(person.id)
    with pytest.raises(NotFoundError):
        directory.person(person.id)
    assert archive.roles() == []
    assert directory.people("beispiel") == []


def test_an_event_speaker_counts_as_a_use(directory: Directory, archive: Archive) -> None:
    person = _person(directory)
    archive.save_item(PressItem("item-ev", event=Event(speakers=[EventSpeaker(person.id)])))
    assert [u.where for u in directory.usages_of_person(person.id)] == ["event speaker"]


# --- merging -----------------------------------------------------------------------------


@pytest.fixture
def duplicates(directory: Directory, archive: Archive) -> tuple[str, str]:
    keep = directory.add_person(Person("keep", "Jörg", "Steinbach", honorific="Prof. Dr.-Ing."))
    dup = directory.add_person(Person("dup", "Joerg", "Steinbach", gender=Gender.MASCULINE))
    directory.add_role(Role("role-dup", dup.id, None, {"de": "Professor"},
                            valid_from=date(2010, 1, 1)))
    archive.save_item(PressItem(
        "item-a", issue_date=date(2018, 6, 1),
        quotes=[Quote("qa1", speakers=[Speaker(dup.id, "role-dup")],
                      text=Translations(text={"de": "Forschung braucht Wasserstoff."})),
                Quote("qa2", speakers=[Speaker(keep.id), Speaker(dup.id)],
                      text=Translations(text={"de": "Gemeinsam geht es."}))],
        event=Event(speakers=[EventSpeaker(dup.id, town="Cottbus")])))
    archive.save_item(PressItem(
        "item-b", issue_date=date(2019, 2, 1),
        quotes=[Quote("qb1", speakers=[Speaker(dup.id)],
                      text=Translations(text={"de": "Wasserstoff ist die Zukunft."}))]))
    return keep.id, dup.id


def _speakers(archive: Archive) -> dict[str, list[tuple[str, str | None]]]:
    found = {}
    for item_id in ("item-a", "item-b"):
        item = archive.load_item(item_id)
        for quote in item.quotes:
            found[quote.id] = [(s.person_id, s.role_id) for s in quote.speakers]
        if item.event:
            found[f"{item_id}:event"] = [(s.person_id, s.role_id) for s in item.event.speakers]
    return found


def test_merge_plan_shows_what_moves(directory: Directory, duplicates: tuple[str, str]) -> None:
    plan = directory.merge_plan(*duplicates)
    assert (plan.keep.id, plan.duplicate.id) == duplicates
    assert (plan.quotes, plan.roles, plan.items) == (3, 1, ["item-a", "item-b"])
    with pytest.raises(DirectoryError):
        directory.merge_plan("keep", "keep")


def test_merging_moves_every_quote_and_undo_restores_them_exactly(
        directory: Directory, archive: Archive, duplicates: tuple[str, str]) -> None:
    keep, dup = duplicates
    before = _speakers(archive)
    dup_record = directory.person(dup)

    undo = directory.merge(keep, dup)

    assert all(person != dup for speakers in _speakers(archive).values()
               for person, _ in speakers)
    assert {h.quote_id for h in archive.quotes_of_person(keep)} == {"qa1", "qa2", "qb1"}
    assert archive.quotes_of_person(dup) == []
    assert [r.id for r in directory.roles_of(keep)] == ["role-dup"]
    with pytest.raises(NotFoundError):
        directory.person(dup)

    directory.undo_merge(undo)

    assert _speakers(archive) == before
    assert directory.person(dup) == dup_record
    assert [r.id for r in directory.roles_of(dup)] == ["role-dup"]
    assert {h.quote_id for h in archive.quotes_of_person(dup)} == {"qa1", "qa2", "qb1"}
    assert {h.quote_id for h in archive.search_quotes("wasserstoff", speaker=dup)} == {
        "qa1", "qb1"}
    assert [p.id for p in directory.people("joerg steinbach")] == ["dup", "keep"]
    assert archive.get_setting("merged_person:dup") is None


def test_undo_after_the_quotes_changed_again_changes_nothing(
        directory: Directory, archive: Archive, duplicates: tuple[str, str]) -> None:
    keep, dup = duplicates
    undo = directory.merge(keep, dup)
    item = archive.load_item("item-b")
    item.quotes[0].speakers = []
    item.quotes[0].attribution = {"de": "sagte jemand"}
    archive.save_item(item)
    after = _speakers(archive)
    with pytest.raises(UndoImpossible) as caught:
        directory.undo_merge(undo)
    assert "qb1" in str(caught.value)
    assert _speakers(archive) == after
    with pytest.raises(NotFoundError):
        directory.person(dup)


# --- inline creation ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "honorific", "given", "family", "gender", "title"), [
    ("Prof. Dr. Anna Beispiel, Ministerin für X", "Prof. Dr.", "Anna", "Beispiel",
     Gender.FEMININE, "Ministerin für X"),
    ("Dr.-Ing. Max  Mustermann, Brandenburger Minister für Wirtschaft", "Dr.-Ing.", "Max",
     "Mustermann", Gender.MASCULINE, "Brandenburger Minister für Wirtschaft"),
    ("Ursula von der Leyen", "", "Ursula", "von der Leyen", Gender.NEUTRAL, ""),
    ("Thomas Einsfelder, Geschäftsführer der IMG", "", "Thomas", "Einsfelder",
     Gender.NEUTRAL, "Geschäftsführer der IMG"),
    ("Beispiel", "", "", "Beispiel", Gender.NEUTRAL, ""),
    ("Dr Jane Doe, Minister for Energy", "Dr", "Jane", "Doe", Gender.NEUTRAL,
     "Minister for Energy"),
    ("Sir John Roe", "Sir", "John", "Roe", Gender.NEUTRAL, ""),
    ("Mr John Roe, Minister of State", "Mr", "John", "Roe", Gender.NEUTRAL, "Minister of State"),
])
def test_person_from_text(text: str, honorific: str, given: str, family: str,
                          gender: Gender, title: str) -> None:
    person, role_title = person_from_text(text)
    assert (person.honorific, person.given_name, person.family_name, person.gender,
            role_title) == (honorific, given, family, gender, title)
    assert person.id == ""


def test_interchange_carries_the_new_fields_and_refuses_a_logo_key() -> None:
    from editor.core.errors import ValidationError
    from editor.core.model import Bundle
    from editor.io.interchange import bundle_to_document, document_to_bundle

    bundle = Bundle(
        items=[PressItem("i1", contacts=[Contact("Eva", id="contact-eva")])],
        people=[Person("p1", "Jörg", "Steinbach", honorific="Prof. Dr.-Ing.",
                       honorific_by_language={"en": "Prof."})],
        organisations=[Organisation("o1", "WFBB", logo="a" * 64)])
    document = bundle_to_document(bundle)
    assert "logo" not in document["organisations"][0]
    read = document_to_bundle(document)
    assert read.people[0].honorific_in("en") == "Prof."
    assert read.items[0].contacts[0].id == "contact-eva"
    document["organisations"][0]["logo"] = "a" * 64
    with pytest.raises(ValidationError) as caught:
        document_to_bundle(document)
    assert caught.value.path == "organisations[0].logo"


def test_a_logo_is_checked_before_anything_is_stored(directory: Directory, archive: Archive,
                                                     tmp_path: Path) -> None:
    from editor.core.images import PhotoData

    with pytest.raises(DirectoryError) as caught:
        directory.add_organisation(Organisation("", "BAD"),
                                   logo=PhotoData("image/png", b"<svg onload=alert(1)>"))
    assert caught.value.field == "logo" and caught.value.code == "logo_unusable"
    assert not [o for o in directory.organisations() if o.short_name == "BAD"]
    with pytest.raises(DirectoryError) as caught:
        directory.add_organisation(Organisation("", "BAD"), logo=tmp_path)  # a folder
    assert caught.value.field == "logo"
    with pytest.raises(DirectoryError):  # the short name is checked before the logo is kept
        directory.add_organisation(Organisation("", ""), logo=tmp_path)
